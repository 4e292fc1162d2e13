// Forms of one organisation or place in one answer (same_thing_as()),
// session 25, org17: a prefecture's and a district's designator, islands
// that name a regency, a name alone beside two heads, a name's last word
// alone, an acronym spelling "Indonesia", a letter changed in a long word of
// a body's or place's name. Each refusal is checked to fail without it.
#include "common/entities/entity_names.h"
#include "common/entities/one_thing.h"
#include "common/schema.h"
#include "tests/same_thing.h"

#include <gtest/gtest.h>
#include <xapian.h>

#include <string>
#include <vector>

namespace telusur {
namespace {

const schema::EntityTypeSchema& kOrganization = schema::entity_schema(EntityType::Organization);
const schema::EntityTypeSchema& kLocation = schema::entity_schema(EntityType::Location);
const schema::EntityTypeSchema& kPerson = schema::entity_schema(EntityType::Person);

using testing::add_key_articles;
using testing::add_keys_together;
using testing::empty_database;
using testing::joined;
using testing::joins;

TEST(SameThingAsOrg17, APrefectureOrDistrictIsItsName) {
    const auto db = empty_database();
    EXPECT_TRUE(joined(db, "prefektur chiba", "chiba", kLocation));
    EXPECT_TRUE(joined(db, "distrik abepura", "abepura", kLocation));
    EXPECT_FALSE(joined(db, "prefektur chiba", "prefektur kanagawa", kLocation));
}

TEST(SameThingAsOrg17, ADistrictOfACitysNameIsNoCity) {
    auto db = empty_database();
    // A head before a city's name, as "Kecamatan" is.
    add_key_articles(db, kLocation, "kota jayapura", 1);
    EXPECT_FALSE(joined(db, "distrik jayapura", "jayapura", kLocation));
}

TEST(SameThingAsOrg17, IslandsThatNameARegencyAreItsName) {
    auto db = empty_database();
    add_key_articles(db, kLocation, "kabupaten nias", 1);
    add_key_articles(db, kLocation, "kabupaten talaud", 1);
    EXPECT_TRUE(joined(db, "kepulauan nias", "nias", kLocation));
    EXPECT_TRUE(joined(db, "kepulauan talaud", "talaud", kLocation));
    EXPECT_FALSE(joined(db, "kepulauan nias", "nias selatan", kLocation));
}

TEST(SameThingAsOrg17, IslandsOfACitysOrProvincesNameStayApart) {
    auto db = empty_database();
    // Kepulauan Batu off Nias, Kota Batu in East Java.
    add_key_articles(db, kLocation, "kabupaten batu", 1);
    add_key_articles(db, kLocation, "kota batu", 1);
    EXPECT_FALSE(joined(db, "kepulauan batu", "batu", kLocation));
    // Two provinces (and a regency of the name, so that only the province
    // keeps them apart).
    add_key_articles(db, kLocation, "kabupaten riau", 1);
    add_key_articles(db, kLocation, "provinsi riau", 1);
    EXPECT_FALSE(joined(db, "kepulauan riau", "riau", kLocation));
}

TEST(SameThingAsOrg17, ANameAloneBesideTwoHeadsIsTheCommonerHeads) {
    auto db = empty_database();
    add_key_articles(db, kLocation, "kecamatan babakan madang", 9);
    add_key_articles(db, kLocation, "jalan babakan madang", 1);
    const auto into = joins(db, {"kecamatan babakan madang", "jalan babakan madang", "babakan madang"}, kLocation);
    EXPECT_EQ(into[2], into[0]);
    EXPECT_NE(into[1], into[0]);
    EXPECT_EQ(into[1], 1u);
}

TEST(SameThingAsOrg17, ANameAloneBesideTwoHeadsNamedAlikeStays) {
    auto db = empty_database();
    add_key_articles(db, kLocation, "kecamatan cisolok", 4);
    add_key_articles(db, kLocation, "jalan cisolok", 2);
    const auto into = joins(db, {"kecamatan cisolok", "jalan cisolok", "cisolok"}, kLocation);
    EXPECT_EQ(into[0], 0u);
    EXPECT_EQ(into[1], 1u);
    EXPECT_EQ(into[2], 2u);
}

TEST(SameThingAsOrg17, ANameMostlyWrittenAloneBesideTwoHeadsStays) {
    auto db = empty_database();
    // An area named after its station, or the station named after it.
    add_key_articles(db, kLocation, "gambir", 20);
    add_key_articles(db, kLocation, "stasiun gambir", 6);
    add_key_articles(db, kLocation, "pasar gambir", 1);
    const auto into = joins(db, {"gambir", "stasiun gambir", "pasar gambir"}, kLocation);
    EXPECT_EQ(into[0], 0u);
    EXPECT_EQ(into[1], 1u);
}

TEST(SameThingAsOrg17, APersonsNameTypedAsAPlaceAndItsLastWord) {
    auto db = empty_database();
    add_keys_together(db, kLocation, {"miftahul ulum", "ulum"}, 5);
    add_key_articles(db, kLocation, "ulum", 2);
    add_key_articles(db, kLocation, "miftahul ulum", 20);
    add_key_articles(db, kPerson, "miftahul ulum", 2);
    EXPECT_TRUE(joined(db, "miftahul ulum", "ulum", kLocation));
}

TEST(SameThingAsOrg17, ALastWordBesideAPlacesNameStays) {
    auto db = empty_database();
    // "RSUD Koja" is no Koja: no person's name.
    add_keys_together(db, kLocation, {"rsud koja", "koja"}, 5);
    EXPECT_FALSE(joined(db, "rsud koja", "koja", kLocation));
}

TEST(SameThingAsOrg17, ALastWordNamedApartStays) {
    auto db = empty_database();
    add_keys_together(db, kLocation, {"miftahul ulum", "ulum"}, 2);
    add_key_articles(db, kLocation, "ulum", 3);
    add_key_articles(db, kPerson, "miftahul ulum", 2);
    EXPECT_FALSE(joined(db, "miftahul ulum", "ulum", kLocation));
}

TEST(SameThingAsOrg17, ALastWordThatIsADirectionOrARegionStays) {
    auto db = empty_database();
    add_keys_together(db, kLocation, {"jawa barat", "barat"}, 5);
    add_key_articles(db, kPerson, "jawa barat", 2);
    EXPECT_FALSE(joined(db, "jawa barat", "barat", kLocation));
    add_keys_together(db, kLocation, {"sakti bima", "bima"}, 5);
    add_key_articles(db, kPerson, "sakti bima", 2);
    EXPECT_TRUE(joined(db, "sakti bima", "bima", kLocation));
    add_key_articles(db, kLocation, "kota bima", 1);
    EXPECT_FALSE(joined(db, "sakti bima", "bima", kLocation));
    // Two names ending in the word: which one is unknown.
    add_keys_together(db, kLocation, {"darul ulum", "miftahul ulum", "ulum"}, 5);
    add_key_articles(db, kPerson, "darul ulum", 2);
    add_key_articles(db, kPerson, "miftahul ulum", 2);
    const auto into = joins(db, {"darul ulum", "miftahul ulum", "ulum"}, kLocation);
    EXPECT_EQ(into[2], 2u);
}

TEST(SameThingAsOrg17, AnAcronymSpellsIndonesia) {
    const auto db = empty_database();
    EXPECT_TRUE(joined(db, "lipi", "lembaga ilmu pengetahuan indonesia", kOrganization));
    EXPECT_TRUE(joined(db, "lipi", "lembaga imu pengetahuan indonesia", kOrganization));
    EXPECT_TRUE(joined(db, "pbsi", "persatuan bulutangkis seluruh indonesia", kOrganization));
    EXPECT_TRUE(joined(db, "appmi", "asosiasi perancang dan pengusaha mode indonesia", kOrganization));
    // Three letters are too many bodies'.
    EXPECT_FALSE(joined(db, "hmi", "himpunan mahasiswa indonesia", kOrganization));
    // Initials alone: "IAIN" is Institut Agama Islam Negeri.
    EXPECT_FALSE(joined(db, "iain", "ikatan arsitek indonesia", kOrganization));
    // Two names it spells: which one is unknown.
    const auto into =
        joins(db, {"lipi", "lembaga ilmu pengetahuan indonesia", "lembaga ilmu perikanan indonesia"}, kOrganization);
    EXPECT_EQ(into[0], 0u);
}

TEST(SameThingAsOrg17, AnAcronymSpellsNoCompoundInTwoLetters) {
    auto db = empty_database();
    EXPECT_TRUE(joined(db, "pbti", "persatuan bulu tangkis indonesia", kOrganization));
    Xapian::Document doc;
    doc.add_term("bulutangkis");
    db.add_document(doc);
    EXPECT_FALSE(joined(db, "pbti", "persatuan bulu tangkis indonesia", kOrganization));
}

TEST(SameThingAsOrg17, ALetterChangedInALongWordOfAFarCommonerName) {
    auto db = empty_database();
    add_key_articles(db, kOrganization, "borussia dortmund", 40);
    add_key_articles(db, kOrganization, "borusiia dortmund", 1);
    EXPECT_TRUE(joined(db, "borusiia dortmund", "borussia dortmund", kOrganization));
    add_key_articles(db, kLocation, "nusa tenggara timur", 40);
    EXPECT_TRUE(joined(db, "nusa tenggira timur", "nusa tenggara timur", kLocation));
}

TEST(SameThingAsOrg17, ALetterChangedInNamesNamedAlikeStays) {
    auto db = empty_database();
    add_key_articles(db, kOrganization, "bank mandiri", 10);
    add_key_articles(db, kOrganization, "bank mandari", 5);
    EXPECT_FALSE(joined(db, "bank mandiri", "bank mandari", kOrganization));
}

}  // namespace
}  // namespace telusur
