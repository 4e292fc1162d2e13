// A facility named after a person (entities.cpp,
// join_facility_heads_to_names()): the hero's name after a facility's head is
// the facility's, not a person ("RSPAD Gatot Soebroto", "Jalan Ahmad Yani",
// "Taman Ismail Marzuki"), also in the other spelling of the listed name and
// after a bracketed acronym head; an address ("Selamat jalan, Pak ..."), an
// unlisted name after a hospital and a span ending in a word of its own name
// stay apart. The texts are made up for the tests; each refusal's case fails
// without its refusal.
#include "common/entities/entities.h"
#include "tests/extracted_names.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

namespace telusur {
namespace {

using testing::expect_article_names;

TEST(FacilityNames, AHerosNameAfterAHeadIsTheFacility) {
    expect_article_names({"Kondisi Terkini",
                          "Mantan pejabat itu masih dirawat di RSPAD Gatot Soebroto, Jakarta Pusat, sejak Minggu.",
                          {"LOC:RSPAD Gatot Soebroto"},
                          {"PER:Gatot Soebroto", "ORG:RSPAD"}},
                         false);
    expect_article_names({"Lalu Lintas Padat",
                          "Kemacetan panjang terjadi di Jalan Ahmad Yani menjelang sore hari.",
                          {"LOC:Jalan Ahmad Yani"},
                          {"PER:Ahmad Yani"}},
                         false);
    expect_article_names({"Pameran Lukisan Dibuka",
                          "Pameran lukisan karya seniman muda digelar di Taman Ismail Marzuki pekan ini.",
                          {"LOC:Taman Ismail Marzuki"},
                          {"PER:Ismail Marzuki"}},
                         false);
}

TEST(FacilityNames, TheOtherSpellingAndABracketedAcronym) {
    // Listed as "Gatot Soebroto"; written with "u".
    expect_article_names({"Kondisi Terkini",
                          "Mantan pejabat itu dirawat di RSPAD Gatot Subroto sejak Minggu pagi.",
                          {},
                          {"PER:Gatot Subroto"}},
                         false);
    expect_article_names({"Kondisi Terkini",
                          "Ia dirawat di Rumah Sakit Pusat Angkatan Darat (RSPAD) Gatot Soebroto sejak Minggu.",
                          {},
                          {"PER:Gatot Soebroto"}},
                         false);
}

TEST(FacilityNames, RefusalsKeepThePerson) {
    // A farewell, not a street.
    expect_article_names({"Selamat Jalan Pak Habibie", "", {}, {"LOC:Jalan Pak Habibie"}}, true);
    // An unlisted name after a hospital: its staff.
    expect_article_names({"Kondisi Terkini",
                          "Kepala RSPAD Hendra Irawan mengatakan kondisi pasien membaik.",
                          {},
                          {"LOC:RSPAD Hendra Irawan"}},
                         false);
}

}  // namespace
}  // namespace telusur
