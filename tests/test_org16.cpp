// Forms of one organisation or place in one answer (same_thing_as()),
// session 24, org16: a head's other form ("GOR", "Kp", "Kantor" for
// "Gedung"), a federal state's designator, an ocean's words, a unit's word
// with "sat", a general hospital's kind beside "RS", a toll road after
// "Jalan" and named by the town it starts from. Each refusal is checked to
// fail without it.
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

using testing::add_key_articles;
using testing::empty_database;
using testing::joined;
using testing::joins;

TEST(SameThingAsOrg16, AHeadsOtherFormIsThatHead) {
    const auto db = empty_database();
    EXPECT_TRUE(joined(db, "gedung olahraga djarum", "gor djarum", kLocation));
    EXPECT_TRUE(joined(db, "gelanggang olahraga ciranjang", "gor ciranjang", kLocation));
    EXPECT_TRUE(joined(db, "kp olen", "kampung olen", kLocation));
    EXPECT_TRUE(joined(db, "kantor kemenpora", "gedung kemenpora", kLocation));
    // Still two heads, two places.
    EXPECT_FALSE(joined(db, "gor djarum", "gedung djarum", kLocation));
    EXPECT_FALSE(joined(db, "kantor kemenpora", "masjid kemenpora", kLocation));
}

TEST(SameThingAsOrg16, AnOfficeOrHallIsNoPlaceOfItsNameWithoutABuildingsHead) {
    const auto db = empty_database();
    // "Gedung" before a name is the place the name says ...
    EXPECT_TRUE(joined(db, "gedung prambanan", "prambanan", kLocation));
    // ... an office in a place is not that place, a sports hall not its
    // town or owner.
    EXPECT_FALSE(joined(db, "kantor prambanan", "prambanan", kLocation));
    EXPECT_FALSE(joined(db, "gelanggang olahraga ciranjang", "ciranjang", kLocation));
    EXPECT_FALSE(joined(db, "gor universitas negeri yogyakarta", "universitas negeri yogyakarta", kLocation));
    // The office joins the building, or what the building is joined into.
    const auto into = joins(db, {"kantor kemenpora", "gedung kemenpora", "kemenpora"}, kLocation);
    EXPECT_EQ(into[0], into[1]);
    EXPECT_EQ(into[1], into[2]);
    // Not an office whose rest starts another building's name.
    EXPECT_FALSE(joined(db, "kantor presiden", "gedung presiden wakil", kLocation));
}

TEST(SameThingAsOrg16, AFederalStatesDesignatorAfterItsCountryOrNot) {
    const auto db = empty_database();
    EXPECT_TRUE(joined(db, "negara bagian jalisco", "jalisco", kLocation));
    EXPECT_TRUE(joined(db, "meksiko negara bagian sinaloa", "sinaloa", kLocation));
    EXPECT_TRUE(joined(db, "negara bagian colorado", "colorado", kLocation));
}

TEST(SameThingAsOrg16, AStatesDesignatorAfterOtherWordsStays) {
    auto db = empty_database();
    // A place with a head in a state the database knows is not the state.
    add_key_articles(db, kLocation, "negara bagian chiapas", 1);
    EXPECT_FALSE(joined(db, "masjid chiapas", "negara bagian chiapas", kLocation));
    EXPECT_FALSE(joined(db, "masjid chiapas", "chiapas", kLocation));
    // A place in the state, not the state.
    EXPECT_FALSE(joined(db, "bandara negara bagian texas", "texas", kLocation));
    EXPECT_FALSE(joined(db, "kota besar negara bagian texas", "texas", kLocation));
}

TEST(SameThingAsOrg16, AnOceansWords) {
    const auto db = empty_database();
    EXPECT_TRUE(joined(db, "lautan india", "samudera india", kLocation));
    EXPECT_TRUE(joined(db, "lautan pasifik", "samudra pasifik", kLocation));
    EXPECT_FALSE(joined(db, "lautan pasifik", "samudra atlantik", kLocation));
}

TEST(SameThingAsOrg16, AUnitsWordWithSat) {
    const auto db = empty_database();
    EXPECT_TRUE(joined(db, "satreskrim polres blora", "reskrim polres blora", kOrganization));
    EXPECT_TRUE(joined(db, "satlantas polres bogor", "lantas polres bogor", kOrganization));
    // Not a unit's base, a place.
    EXPECT_FALSE(joined(db, "mako satbrimob srondol", "mako brimob srondol", kLocation));
}

TEST(SameThingAsOrg16, AUnitsWordWithSatNeedsTheRestAndFourLetters) {
    const auto db = empty_database();
    // Another word too: another unit.
    EXPECT_FALSE(joined(db, "satreskrim polres blora", "reskrim polres rembang", kOrganization));
    // Three letters after "sat": a word of its own ("Satria").
    EXPECT_FALSE(joined(db, "satria muda", "ria muda", kOrganization));
}

TEST(SameThingAsOrg16, AGeneralHospitalsKindBesideRs) {
    const auto db = empty_database();
    EXPECT_TRUE(joined(db, "rsup sanglah", "rs sanglah", kLocation));
    EXPECT_TRUE(joined(db, "rsud timika", "rs timika", kLocation));
    EXPECT_TRUE(joined(db, "rsup fatmawati", "rs fatmawati", kOrganization));
}

TEST(SameThingAsOrg16, AHospitalOfItsOwnKindStays) {
    const auto db = empty_database();
    // Mothers' and children's, mental: hospitals of their own beside a general one.
    EXPECT_FALSE(joined(db, "rsia bunda", "rs bunda", kOrganization));
    EXPECT_FALSE(joined(db, "rsj sambang lihum", "rs sambang lihum", kLocation));
    // Regional and central: two owners.
    EXPECT_FALSE(joined(db, "rsud sanglah", "rsup sanglah", kLocation));
}

TEST(SameThingAsOrg16, ATollRoadAfterJalan) {
    auto db = empty_database();
    add_key_articles(db, kLocation, "jalan purbaleunyi", 1);
    add_key_articles(db, kLocation, "jalan tol purbaleunyi", 5);
    add_key_articles(db, kLocation, "tol purbaleunyi", 11);
    EXPECT_TRUE(joined(db, "jalan purbaleunyi", "jalan tol purbaleunyi", kLocation));
    const auto into = joins(db, {"jalan purbaleunyi", "tol purbaleunyi", "purbaleunyi"}, kLocation);
    EXPECT_EQ(into[0], into[1]);
    EXPECT_EQ(into[1], into[2]);
}

TEST(SameThingAsOrg16, AStreetNamedMoreThanTheTollRoadStays) {
    auto db = empty_database();
    add_key_articles(db, kLocation, "jalan jakarta", 12);
    add_key_articles(db, kLocation, "jalan tol jakarta", 2);
    EXPECT_FALSE(joined(db, "jalan jakarta", "jalan tol jakarta", kLocation));
    // Or unknown to the database.
    EXPECT_FALSE(joined(db, "jalan cawang", "tol cawang", kLocation));
}

TEST(SameThingAsOrg16, ATollRoadByTheTownItStartsFrom) {
    const auto db = empty_database();
    EXPECT_TRUE(joined(db, "tol pejagan", "jalan tol pejagan-pemalang", kLocation));
    const auto into = joins(db, {"tol pejagan", "jalan tol pejagan", "tol pejagan-pemalang"}, kLocation);
    EXPECT_EQ(into[0], into[1]);
    EXPECT_EQ(into[1], into[2]);
    // The whole of the first town's name, no start of it.
    EXPECT_FALSE(joined(db, "tol peja", "jalan tol pejagan-pemalang", kLocation));
}

TEST(SameThingAsOrg16, ATollRoadByARegionOrOfTwoRoutesStays) {
    auto db = empty_database();
    add_key_articles(db, kLocation, "kota tangerang", 5);
    // A region's toll roads are many.
    EXPECT_FALSE(joined(db, "tol tangerang", "tol tangerang-merak", kLocation));
    // Two routes from the town in the list: which one is unknown.
    const auto into = joins(db, {"tol cikampek", "tol cikampek-palimanan", "tol cikampek-purwakarta"}, kLocation);
    EXPECT_NE(into[0], into[1]);
    EXPECT_NE(into[0], into[2]);
}

}  // namespace
}  // namespace telusur
