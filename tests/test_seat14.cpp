// Forms of one thing in one answer (same_thing_as()), session 22, seat14: a
// flight's number glued after the airline ("Lion Air Penerbangan JT-626
// Soekarno-Hatta"), and a facility written with its head twice, by an
// acronym with its town ("Bandara SSK Pekanbaru") or by its town alone
// ("Bandara Pekanbaru"); a badminton club named in English ("Djarum
// Badminton Club", "PB Djarum") and a racing team's Italian word ("Tim
// Scuderia Ferrari"). Each refusal is checked to fail without it.
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
using testing::add_keys_together;
using testing::empty_database;
using testing::joined;
using testing::joins;

/// A city the database knows: named alone (a place's rest: a town after a
/// facility's name) and with its designator (stays_apart(): "Bandara X" is
/// no other facility by its last word).
void add_city(Xapian::WritableDatabase& db, const std::string& town) {
    add_key_articles(db, kLocation, town, 5);
    add_key_articles(db, kLocation, "kota " + town, 1);
}

TEST(SameThingAsSeat14, AFlightsNumberGluedAfterTheAirlineIsTheAirline) {
    const auto db = empty_database();
    EXPECT_TRUE(joined(db, "lion air", "lion air penerbangan jt-626 soekarno-hatta", kOrganization));
    EXPECT_TRUE(joined(db, "wings air", "wings air penerbangan iw-1458", kOrganization));
    EXPECT_TRUE(joined(db, "lion air", "lion air jt-310", kOrganization));
    // No hyphen after the word for a flight.
    EXPECT_TRUE(joined(db, "citilink", "citilink penerbangan qg410", kOrganization));
}

TEST(SameThingAsSeat14, AFlightCodeIsTwoCharactersAndANumber) {
    const auto db = empty_database();
    // One letter: a team's age group, no flight.
    EXPECT_FALSE(joined(db, "timnas", "timnas u-16", kOrganization));
    // A longer word's number.
    EXPECT_FALSE(joined(db, "satgas", "satgas covid-19", kOrganization));
    // Without the word for a flight, a code needs its hyphen ("VR46").
    EXPECT_FALSE(joined(db, "akademi pebalap", "akademi pebalap vr46", kOrganization));
}

TEST(SameThingAsSeat14, AnAirlinesWordForAFlightWithoutItsNumber) {
    auto db = empty_database();
    // The airline named far more often than the cut name: no part of it
    // by the counts alone.
    add_key_articles(db, kOrganization, "wings air", 30);
    add_key_articles(db, kOrganization, "wings air penerbangan", 2);
    add_key_articles(db, kOrganization, "wings air penerbangan iw-1458", 1);
    EXPECT_TRUE(joined(db, "wings air", "wings air penerbangan", kOrganization));
}

TEST(SameThingAsSeat14, AWordForAFlightNeedsTheDatabasesFlightNumbers) {
    auto db = empty_database();
    // A body of aviation: the database names no flight of it.
    add_key_articles(db, kOrganization, "lembaga penerbangan dan antariksa nasional", 1);
    EXPECT_FALSE(joined(db, "lembaga", "lembaga penerbangan", kOrganization));
    add_key_articles(db, kOrganization, "wings air", 30);
    add_key_articles(db, kOrganization, "wings air penerbangan", 2);
    add_key_articles(db, kOrganization, "wings air penerbangan dan bandara", 1);
    EXPECT_FALSE(joined(db, "wings air", "wings air penerbangan", kOrganization));
}

TEST(SameThingAsSeat14, ABadmintonClubInEnglishIsAPb) {
    const auto db = empty_database();
    EXPECT_TRUE(joined(db, "djarum badminton club", "pb djarum", kOrganization));
    EXPECT_TRUE(joined(db, "exist badminton club", "pb exist", kOrganization));
}

TEST(SameThingAsSeat14, ARacingTeamsItalianWord) {
    const auto db = empty_database();
    EXPECT_TRUE(joined(db, "tim scuderia ferrari", "ferrari", kOrganization));
    EXPECT_TRUE(joined(db, "scuderia ferrari", "ferrari", kOrganization));
    EXPECT_TRUE(joined(db, "scuderia alphatauri", "alphatauri", kOrganization));
}

TEST(SameThingAsSeat14, AFacilitysHeadWrittenTwice) {
    const auto db = empty_database();
    EXPECT_TRUE(
        joined(db, "bandara internasional bandara sultan syarif kasim", "bandara sultan syarif kasim", kLocation));
    EXPECT_TRUE(joined(db, "stadion stadion moh soebroto", "stadion moh soebroto", kLocation));
}

TEST(SameThingAsSeat14, AFacilitysAcronymWithItsTown) {
    auto db = empty_database();
    add_key_articles(db, kLocation, "pekanbaru", 5);
    EXPECT_TRUE(joined(db, "bandara ssk pekanbaru", "bandara sultan syarif kasim", kLocation));
    EXPECT_TRUE(joined(db, "stadion gbk", "stadion gelora bung karno", kLocation));
    const auto into =
        joins(db, {"bandara ssk pekanbaru", "bandara sultan syarif kasim", "bandara internasional sultan syarif kasim"},
              kLocation);
    EXPECT_EQ(into[0], into[1]);
    EXPECT_EQ(into[1], into[2]);
}

TEST(SameThingAsSeat14, AFacilitysNumberBeforeItsTown) {
    auto db = empty_database();
    add_key_articles(db, kLocation, "pekanbaru", 5);
    // The name goes on in the database with a number and the town: still
    // the one airport.
    add_key_articles(db, kLocation, "bandara sultan syarif kasim ii pekanbaru", 1);
    EXPECT_TRUE(joined(db, "bandara ssk pekanbaru", "bandara sultan syarif kasim", kLocation));
    // With its number, and its town.
    EXPECT_TRUE(joined(db, "bandara ssk ii", "bandara sultan syarif kasim", kLocation));
    EXPECT_TRUE(joined(db, "bandara ssk ii pekanbaru", "bandara ssk", kLocation));
    // With another word, the start of another name.
    add_key_articles(db, kLocation, "bandara sultan syarif kasim baru", 1);
    EXPECT_FALSE(joined(db, "bandara ssk pekanbaru", "bandara sultan syarif kasim", kLocation));
}

TEST(SameThingAsSeat14, AFacilitysAcronymSpellsOneNameOfItsHead) {
    auto db = empty_database();
    add_key_articles(db, kLocation, "pekanbaru", 5);
    // Another head: a stadium is no airport.
    EXPECT_FALSE(joined(db, "stadion ssk pekanbaru", "bandara sultan syarif kasim", kLocation));
    // Two names it spells: which one is unknown.
    const auto into =
        joins(db, {"bandara ssk pekanbaru", "bandara sultan syarif kasim", "bandara sumber sari kencana"}, kLocation);
    EXPECT_NE(into[0], into[1]);
    EXPECT_NE(into[0], into[2]);
}

TEST(SameThingAsSeat14, AFacilityByItsTownAlone) {
    auto db = empty_database();
    add_city(db, "pekanbaru");
    add_keys_together(db, kLocation, {"bandara pekanbaru", "bandara ssk pekanbaru"}, 1);
    EXPECT_TRUE(joined(db, "bandara pekanbaru", "bandara ssk pekanbaru", kLocation));
    const auto into =
        joins(db, {"bandara pekanbaru", "bandara ssk pekanbaru", "bandara sultan syarif kasim"}, kLocation);
    EXPECT_EQ(into[0], into[1]);
    EXPECT_EQ(into[1], into[2]);
}

TEST(SameThingAsSeat14, AFacilityByItsTownThatTheDatabaseNamesWithIt) {
    auto db = empty_database();
    add_city(db, "jeddah");
    add_keys_together(db, kLocation, {"bandara jeddah", "bandara king abdulaziz"}, 1);
    // Not in the database: which town's airport is unknown.
    EXPECT_FALSE(joined(db, "bandara jeddah", "bandara king abdulaziz", kLocation));
    add_key_articles(db, kLocation, "bandara king abdulaziz jeddah", 1);
    EXPECT_TRUE(joined(db, "bandara jeddah", "bandara king abdulaziz", kLocation));
}

TEST(SameThingAsSeat14, AFacilityByATownThatNamesAFacilityOfItsOwn) {
    auto db = empty_database();
    add_city(db, "beijing");
    add_keys_together(db, kLocation, {"bandara beijing", "bandara daxing beijing"}, 1);
    EXPECT_TRUE(joined(db, "bandara beijing", "bandara daxing beijing", kLocation));
    // The capital's airport is "Bandara Internasional Beijing".
    add_key_articles(db, kLocation, "bandara internasional beijing", 1);
    EXPECT_FALSE(joined(db, "bandara beijing", "bandara daxing beijing", kLocation));
}

TEST(SameThingAsSeat14, AFacilityByItsTownNeedsOneFacilityNamedBesideIt) {
    auto db = empty_database();
    add_city(db, "jakarta");
    // Never named in one article: the town's other airport, maybe.
    add_key_articles(db, kLocation, "bandara jakarta", 1);
    add_key_articles(db, kLocation, "bandara halim jakarta", 1);
    EXPECT_FALSE(joined(db, "bandara jakarta", "bandara halim jakarta", kLocation));
    // Two of the town's facilities in the list: which one is unknown.
    add_keys_together(db, kLocation, {"bandara jakarta", "bandara halim jakarta", "bandara kemayoran jakarta"}, 1);
    const auto into = joins(db, {"bandara jakarta", "bandara halim jakarta", "bandara kemayoran jakarta"}, kLocation);
    EXPECT_NE(into[0], into[1]);
    EXPECT_NE(into[0], into[2]);
}

}  // namespace
}  // namespace telusur
