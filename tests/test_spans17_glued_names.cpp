// Spans that run one name into another (entities.cpp): two names glued
// with nothing between them, each named alone in the article or a person
// after a title and a place ("Wamena Papua", "Bupati Kabupaten Puncak
// Willem Wandik"; cut_ordinary_words_off_names(), split_two_glued_names),
// a bracket the span does not open and close ("(PP Iptek) Taman Mini
// Indonesia Indah", "PT PLN (Persero"; cut_at_unmatched_brackets()), and
// "kontra" between two clubs, read as "vs" ("Persija Kontra Persipura").
// The texts are made up for the tests; each refusal's case fails without
// its refusal.
#include "common/entities/entities.h"
#include "tests/extracted_names.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

namespace telusur {
namespace {

using testing::expect_article_names;

TEST(Spans17GluedNames, TwoNamesTheArticleNamesAloneAreSplit) {
    // A place then its province, in a headline.
    expect_article_names({"Kerusuhan di Wamena Papua Mereda",
                          "Situasi di Wamena berangsur pulih. Aparat keamanan di Papua masih berjaga.",
                          {"LOC:Wamena", "LOC:Papua"},
                          {"LOC:Wamena Papua"}},
                         true);
    // Two bodies, in a body.
    expect_article_names(
        {"Rapat Digelar",
         "Rapat dihadiri anggota Fraksi Gerindra MPR dan wartawan. Gerindra menolak usulan itu. Pimpinan MPR "
         "menerima.",
         {"ORG:Gerindra", "ORG:MPR"},
         {"ORG:Gerindra MPR"}},
        false);
    expect_article_names(
        {"Motor Baru Diuji",
         "Tim Petronas Yamaha menyiapkan motor baru. Sponsor utama Petronas menyatakan dukungan. Pabrikan Yamaha "
         "juga hadir.",
         {"ORG:Petronas", "ORG:Yamaha"},
         {"ORG:Petronas Yamaha"}},
        false);
}

TEST(Spans17GluedNames, APersonAfterATitleAndAPlaceIsSplitOff) {
    expect_article_names(
        {"Rapat Digelar",
         "Rapat dihadiri Bupati Kabupaten Puncak Willem Wandik dan warga. Warga Kabupaten Puncak menyambut baik.",
         {"LOC:Kabupaten Puncak", "PER:Willem Wandik"},
         {"LOC:Kabupaten Puncak Willem Wandik"}},
        false);
    // The person's surname lost with a link: the given name stays a person.
    expect_article_names(
        {"Banjir Melanda",
         "Banjir melanda Jakarta. Presiden Amerika Serikat Donald , dalam pernyataannya, menyampaikan duka. "
         "Pemerintah Amerika Serikat mengirim bantuan.",
         {"LOC:Amerika Serikat", "PER:Donald"},
         {"LOC:Amerika Serikat Donald"}},
        false);
}

TEST(Spans17GluedNames, OneNameStaysWhole) {
    // A place named with a head of a name: "Kota Pekanbaru Riau" is read
    // as one (a city's government, a facility and its city are so named).
    expect_article_names(
        {"Banjir Meluas",
         "Banjir melanda Kota Pekanbaru Riau pada Senin. Wali Kota Pekanbaru meninjau lokasi. Pemerintah Kota "
         "Pekanbaru membuka posko. Gubernur Riau ikut hadir.",
         {"LOC:Kota Pekanbaru Riau"},
         {}},
        false);
    // A one-word "person" that is a word of listed bodies' names.
    expect_article_names(
        {"Rogers Waspadai Tuan Rumah",
         "Pelatih Leicester mengingatkan anak asuhnya saat dijamu Manchester United di Old Trafford. Para pemain "
         "datang ke Manchester dengan percaya diri. Hal ini berbeda dengan United yang belum menang.",
         {"ORG:Manchester United"},
         {}},
        false);
}

TEST(Spans17Brackets, ABracketTheSpanDoesNotCloseOrOpenEndsTheName) {
    expect_article_names(
        {"Pameran Sains Dibuka",
         "Pameran digelar di Pusat Peragaan Ilmu Pengetahuan dan Teknologi (PP Iptek) Taman Mini Indonesia "
         "Indah, Jakarta Timur, pada Sabtu.",
         {"ORG:Taman Mini Indonesia Indah"},
         {"ORG:PP Iptek) Taman Mini Indonesia Indah"}},
        false);
    expect_article_names({"Tarif Listrik Naik",
                          "Manajemen PT PLN (Persero) menyatakan tarif naik bulan depan.",
                          {"ORG:PT PLN"},
                          {"ORG:PT PLN (Persero"}},
                         false);
}

TEST(Spans17Brackets, AHeadsAbbreviationOrABracketInsideAWordStays) {
    // "SMP Negeri 4 Purwodadi" is the school's name: the bracket of one
    // word abbreviates its head.
    expect_article_names({"Sekolah Diliburkan",
                          "Siswa Sekolah Menengah Pertama (SMP) Negeri 4 Purwodadi diliburkan sejak Senin.",
                          {"LOC:SMP) Negeri 4 Purwodadi"},
                          {"LOC:Negeri 4 Purwodadi"}},
                         false);
    // Since spans25 the closing bracket is mended back on
    // (mend_names_cut_at_punctuation()).
    expect_article_names({"Konser Digelar", "Grup f(x) tampil di Seoul pada Sabtu malam.", {"ORG:f(x)"}, {}}, false);
}

TEST(Spans17Versus, KontraBetweenTwoClubsSplitsThem) {
    expect_article_names({"Julio Banuelos Sambut Laga Persija Kontra Persipura dengan Optimisme Tinggi",
                          "Pelatih Persija Jakarta optimistis menghadapi Persipura Jayapura pekan depan.",
                          {"ORG:Persija", "ORG:Persipura"},
                          {"ORG:Persija Kontra Persipura"}},
                         true);
}

}  // namespace
}  // namespace telusur
