// Words and names glued to a name that are never part of it (session 30,
// spans23; common/entities/entities.cpp, cut_ordinary_words_off_names()):
// an amount of money after a name ("Toyota Rp3.133.315.800"), a hospital's
// ward before the hospital ("ICU RSPAD Gatot Subroto"), a match's score
// between two teams ("Persib1-1 Madura United"), and a place before the
// higher unit it lies in ("Pasangkayu Provinsi Sulawesi Barat"). What must
// stay whole: a watch's model with digits and a hyphen ("RM56-01"), a
// village's hall ("Balai Desa Kutuh"), a regency's hall ("Pendopo Kabupaten
// Lebak") and a body of a regency ("Dinas Perikanan Kabupaten Probolinggo").
// The texts are made up after clickid articles; the cut and split cases
// fail without the rules.
#include "common/entities/entities.h"
#include "tests/extracted_names.h"

#include <gtest/gtest.h>

namespace telusur {
namespace {

using testing::ArticleNamesCase;
using testing::expect_article_names;

TEST(Spans23AmountOfMoney, IsCutOffTheNameBeforeIt) {
    expect_article_names({"Tunggakan Pajak Mobil Mewah",
                          "Tunggakan pajak kendaraan mewah itu besar. \"Aston Martin mencapai Rp875.151.500, BMW "
                          "Rp4.207.947.600, Toyota Rp3.133.315.800, Lamborgini Rp2.189.052.800,\" ujarnya.",
                          {"ORG:Toyota", "ORG:BMW"},
                          {"ORG:Toyota Rp3.133.315.800", "PER:Lamborgini Rp2.189.052.800"}},
                         false);
}

TEST(Spans23HospitalWard, IsCutOffTheHospital) {
    for (const ArticleNamesCase& c : std::initializer_list<ArticleNamesCase>{
             {"Habibie Dirawat",
              "Presiden ketiga RI BJ Habibie menjalani perawatan di ruang ICU RSPAD Gatot Subroto Jakarta Pusat "
              "sejak Senin lalu.",
              {"LOC:RSPAD Gatot Subroto Jakarta Pusat"},
              {"LOC:ICU RSPAD Gatot Subroto Jakarta Pusat"}},
             {"Korban Kecelakaan Dibawa ke Rumah Sakit",
              "Korban langsung dibawa ke IGD RSUD Sumedang untuk mendapat pertolongan. Menurut dokter jaga, "
              "korban mengalami patah tulang.",
              {"LOC:RSUD Sumedang"},
              {"LOC:IGD RSUD Sumedang"}},
         })
        expect_article_names(c, false);
}

TEST(Spans23ScoreBetweenTeams, SplitsTheTwoTeams) {
    expect_article_names({"Jadwal Persib",
                          "Hasil pertandingan Persib musim ini: 9 Mei: Semen Padang 0-0 Persib ,18 Juni: Persib1-1 "
                          "Tira Persikabo ,23 Juni: Persib1-1 Madura United ,30 Juni: Persib0-2 Bali United.",
                          {"ORG:Persib", "ORG:Madura United", "ORG:Bali United"},
                          {"ORG:Persib1-1 Madura United", "ORG:Persib0-2 Bali United"}},
                         false);
}

TEST(Spans23ScoreBetweenTeams, AModelNumberInCapitalsStays) {
    expect_article_names({"Jam Tangan Mewah",
                          "Jam tangan Richard Mille RM56-01 Sapphire itu dijual miliaran rupiah.",
                          {"PER:Richard Mille RM56-01 Sapphire"},
                          {"PER:Richard Mille RM", "PER:Sapphire"}},
                         false);
}

TEST(Spans23PlaceInAHigherUnit, IsSplitBeforeTheUnitsHead) {
    for (const ArticleNamesCase& c : std::initializer_list<ArticleNamesCase>{
             {"Bupati Pasangkayu Serahkan APBDP",
              "Bupati Pasangkayu Provinsi Sulawesi Barat, Agus Ambo Djiwa serahkan APBD Perubahan 2019 kepada "
              "DPRD.",
              {"LOC:Pasangkayu", "LOC:Provinsi Sulawesi Barat"},
              {"LOC:Pasangkayu Provinsi Sulawesi Barat"}},
             {"Kebakaran Hutan",
              "Api membakar lahan gambut di Kerumutan Kabupaten Pelalawan sejak pekan lalu. Warga Desa Jayabakti "
              "Kecamatan Banjarwangi ikut membantu.",
              {"LOC:Kerumutan", "LOC:Kabupaten Pelalawan", "LOC:Desa Jayabakti", "LOC:Kecamatan Banjarwangi"},
              {"LOC:Kerumutan Kabupaten Pelalawan", "LOC:Desa Jayabakti Kecamatan Banjarwangi"}},
         })
        expect_article_names(c, false);
}

TEST(Spans23PlaceInAHigherUnit, AUnitsHallOrBodyStaysWhole) {
    expect_article_names({"Pertemuan Warga",
                          "Warga berkumpul di Balai Desa Kutuh pada Sabtu pagi. Dinas Perikanan Kabupaten "
                          "Probolinggo juga hadir di Pendopo Kabupaten Lebak.",
                          {"LOC:Balai Desa Kutuh", "LOC:Pendopo Kabupaten Lebak"},
                          {"LOC:Balai", "LOC:Pendopo", "LOC:Desa Kutuh", "LOC:Kabupaten Lebak"}},
                         false);
}

}  // namespace
}  // namespace telusur
