// An office or a minister's portfolio is no person (session 32, spans30;
// common/entities/entities.cpp, drop_offices_typed_as_people()): a unit
// head's abbreviated title ("Kabid Humas", "Kanit Reskrim", "Kasatreskrim"),
// a Jakarta city office ("Sudin KPKP") and the portfolio after "Menko"
// ("Menko Polhukam", listed as "Kemenko Polhukam") typed as people are
// dropped. What stays a person: the holder written beside the office, names
// that start like a title ("Kanita", "Kasino", "Karim Benzema"), a title
// span with a listed person's name in it, and a name after "Menko" that
// makes no listed ministry. The texts are made up after clickid articles.
#include "common/entities/entities.h"
#include "tests/extracted_names.h"

#include <gtest/gtest.h>

namespace telusur {
namespace {

using testing::ArticleNamesCase;
using testing::expect_article_names;

TEST(Spans30OfficeAsPerson, OfficesDropped) {
    for (const ArticleNamesCase& c : std::initializer_list<ArticleNamesCase>{
             {"Polisi Buru Pelaku",
              "\"Kalau ada yang mau melapor silakan,\" ungkap Kabid Humas Polda Metro Jaya, Kombes Pol Argo Yuwono "
              "saat dikonfirmasi. \"Pelaku kami tangkap tanpa perlawanan,\" ujar Kanit Reskrim, Iptu Jajang Rahmat.",
              {"PER:Argo Yuwono"},
              {"PER:Kabid", "PER:Kabid Humas", "PER:Kanit Reskrim"}},
             {"Kebakaran Hutan Meluas",
              "Menteri Koordinator Bidang Politik, Hukum, dan Keamanan (Menko Polhukam) Wiranto mengatakan, kebakaran "
              "hutan meluas. Mahfud MD akhirnya mendapat tempat di Menko Polhukam.",
              {"PER:Wiranto"},
              {"PER:Polhukam"}},
             {"Anjing Dibawa Petugas",
              "Tiga anjing milik Bima dibawa oleh petugas Sudin KPKP Jakarta Timur guna diobservasi. \"Ya tentu "
              "saja,\" "
              "kata Kasatreskrim Polres Garut AKP Maradona Armin Mappaseng.",
              {"PER:Maradona Armin Mappaseng"},
              {"PER:Sudin KPKP", "PER:Kasatreskrim", "PER:Kasatreskrim Polres"}},
         })
        expect_article_names(c, false);
}

TEST(Spans30OfficeAsPerson, PeopleStayPeople) {
    for (const ArticleNamesCase& c : std::initializer_list<ArticleNamesCase>{
             {"Benzema Cetak Gol",
              "Karim Benzema mencetak dua gol. Pelatih Zinedine Zidane memuji Kasino yang menonton dari tribune, kata "
              "Kanita Majunah.",
              {"PER:Karim Benzema", "PER:Kanita Majunah"},
              {}},
             {"Menko Bertemu Wiranto",
              "Menko Luhut bertemu Wiranto di Istana. Menko Luhut mengatakan rapat berjalan lancar.",
              {"PER:Wiranto", "PER:Luhut"},
              {}},
         })
        expect_article_names(c, false);
}

}  // namespace
}  // namespace telusur
