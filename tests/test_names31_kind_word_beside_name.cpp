// One place or body within one list (same_thing_as()), session 33, names31:
// a name with a generic kind word before or after it beside the name alone
// ("Jalan Gunung Sahari", "Gunung Sahari"; "Klub Borneo FC", "Borneo FC";
// "One Pride Arena", "One Pride" in clickid's lists). Each refusal is
// checked to fail without it.
#include "common/entities/one_thing.h"
#include "common/schema.h"
#include "tests/same_thing.h"

#include <gtest/gtest.h>
#include <xapian.h>

#include <string>
#include <vector>

namespace telusur {
namespace {

const schema::EntityTypeSchema& kLocation = schema::entity_schema(EntityType::Location);
const schema::EntityTypeSchema& kOrganization = schema::entity_schema(EntityType::Organization);

using testing::add_key_articles;
using testing::add_keys_together;
using testing::empty_database;
using testing::joined;

/// A database whose articles name each pair of `pairs` together.
Xapian::WritableDatabase written_together(const schema::EntityTypeSchema& type,
                                          const std::vector<std::pair<std::string, std::string>>& pairs) {
    auto db = empty_database();
    for (const auto& [with_kind, name] : pairs) add_keys_together(db, type, {with_kind, name}, 2);
    return db;
}

TEST(Names31KindWordBesideName, AKindWordBeforeOrAfterANameOfTheListIsOne) {
    const std::vector<std::pair<std::string, std::string>> places = {
        {"jalan gunung sahari", "gunung sahari"},
        {"gedung istana negara", "istana negara"},
        {"kantor samsat jakarta pusat", "samsat jakarta pusat"},
        {"hotel menara peninsula", "menara peninsula"},
        {"kawasan wisata gedong songo", "gedong songo"},
        {"taman budaya ekspo waena", "ekspo waena"},
        {"rumah sakit medan eye center", "medan eye center"},
        {"kompleks candi borobudur", "candi borobudur"},
        {"one pride arena", "one pride"}};
    const auto place_db = written_together(kLocation, places);
    for (const auto& [with_kind, name] : places) EXPECT_TRUE(joined(place_db, with_kind, name, kLocation)) << with_kind;
    // A body: "Klub Borneo FC" in one clickid article, "Borneo FC" in 54.
    auto club_db = written_together(kOrganization, {{"klub borneo fc", "borneo fc"}});
    add_key_articles(club_db, kOrganization, "borneo fc", 50);
    EXPECT_TRUE(joined(club_db, "klub borneo fc", "borneo fc", kOrganization));
}

TEST(Names31KindWordBesideName, IntoTheCommonerInTheList) {
    const auto db = written_together(kLocation, {{"jalan gunung sahari", "gunung sahari"}});
    const EntityNames names(db);
    const auto into = same_thing_as(kLocation, names, {"jalan gunung sahari", "gunung sahari"}, {5, 2});
    EXPECT_EQ(into[0], 0u);
    EXPECT_EQ(into[1], 0u);
}

TEST(Names31KindWordBesideName, NeverWrittenTogetherStaysApart) {
    auto db = empty_database();
    add_key_articles(db, kLocation, "jalan gunung sahari", 3);
    add_key_articles(db, kLocation, "gunung sahari", 3);
    EXPECT_FALSE(joined(db, "jalan gunung sahari", "gunung sahari", kLocation));
}

TEST(Names31KindWordBesideName, ARegionOrACountryAfterAKindWordIsAnotherThing) {
    // "Kantor Jakarta": an office in the city; "Plaza Indonesia" is a mall.
    auto db = written_together(kLocation, {{"kantor jakarta", "jakarta"},
                                           {"plaza indonesia", "indonesia"},
                                           {"kawasan bogor", "bogor"},
                                           {"bogor arena", "bogor"}});
    add_key_articles(db, kLocation, "kota jakarta", 1);
    add_key_articles(db, kLocation, "kabupaten bogor", 1);
    EXPECT_FALSE(joined(db, "kantor jakarta", "jakarta", kLocation));
    EXPECT_FALSE(joined(db, "plaza indonesia", "indonesia", kLocation));
    EXPECT_FALSE(joined(db, "kawasan bogor", "bogor", kLocation));
    EXPECT_FALSE(joined(db, "bogor arena", "bogor", kLocation));
}

TEST(Names31KindWordBesideName, AnotherThingNamedAfterAPlaceStaysApart) {
    // clickid: a park named after a mountain, a forest on it, a district's
    // office, a cinema in a mall, a bay beside its town.
    const std::vector<std::pair<std::string, std::string>> places = {
        {"taman nasional gunung merbabu", "gunung merbabu"},
        {"hutan gunung slamet", "gunung slamet"},
        {"kantor kecamatan sukorejo", "kecamatan sukorejo"},
        {"xxi senayan city", "senayan city"},
        {"teluk kumai", "kumai"}};
    const auto db = written_together(kLocation, places);
    for (const auto& [with_kind, name] : places) EXPECT_FALSE(joined(db, with_kind, name, kLocation)) << with_kind;
}

TEST(Names31KindWordBesideName, ARiverUnderTwoFormsOfItsHeadBesideItsName) {
    // clickid: "Sungai Ciliwung" and "Kali Ciliwung" (one head in two
    // forms) beside "Ciliwung": two heads named alike left the name apart.
    const auto db = written_together(kLocation, {{"sungai ciliwung", "ciliwung"}, {"kali ciliwung", "ciliwung"}});
    const auto into = testing::joins(db, {"sungai ciliwung", "kali ciliwung", "ciliwung"}, kLocation);
    EXPECT_EQ(into[0], into[1]);
    EXPECT_EQ(into[0], into[2]);
}

TEST(Names31KindWordBesideName, AGenericWordIsNoName) {
    // A head or a kind word alone, a direction: "Istana" beside "Kawasan
    // Istana" or "Istana Presiden" is no one palace's name.
    const auto db = written_together(kLocation, {{"kawasan istana", "istana"},
                                                 {"kompleks hotel", "hotel"},
                                                 {"kawasan barat", "barat"},
                                                 {"taman arena", "arena"}});
    EXPECT_FALSE(joined(db, "kawasan istana", "istana", kLocation));
    EXPECT_FALSE(joined(db, "kompleks hotel", "hotel", kLocation));
    EXPECT_FALSE(joined(db, "kawasan barat", "barat", kLocation));
    EXPECT_FALSE(joined(db, "taman arena", "arena", kLocation));
}

TEST(Names31KindWordBesideName, ANameTheDatabaseWritesWithAnotherKindStaysApart) {
    // clickid: "Hotel Borobudur" (a Jakarta hotel) and "Kecamatan Borobudur"
    // beside "Candi Borobudur": the name alone may be any of them.
    auto db = written_together(kLocation, {{"hotel borobudur", "borobudur"}, {"kawasan borobudur", "borobudur"}});
    add_key_articles(db, kLocation, "candi borobudur", 1);
    EXPECT_FALSE(joined(db, "hotel borobudur", "borobudur", kLocation));
    EXPECT_FALSE(joined(db, "kawasan borobudur", "borobudur", kLocation));
    // A village's name is no area's around a place ("Desa Cikapundung").
    auto village = written_together(kLocation, {{"kawasan cikapundung", "cikapundung"}});
    add_key_articles(village, kLocation, "desa cikapundung", 1);
    EXPECT_FALSE(joined(village, "kawasan cikapundung", "cikapundung", kLocation));
    // Another form of the same kind is no other thing ("Kantor", "Gedung").
    auto office = written_together(kLocation, {{"kantor samsat jakarta pusat", "samsat jakarta pusat"}});
    add_key_articles(office, kLocation, "gedung samsat jakarta pusat", 1);
    EXPECT_TRUE(joined(office, "kantor samsat jakarta pusat", "samsat jakarta pusat", kLocation));
}

}  // namespace
}  // namespace telusur
