// One place within one list (same_thing_as()), session 32, names28: a
// facility named with and without the town or district it lies in after its
// name ("RS MH Thamrin", "RS MH Thamrin Purwakarta" in one clickid article
// about the Purbaleunyi toll-road crash). Each refusal is checked to fail
// without it.
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
using testing::empty_database;
using testing::joined;
using testing::joins;

/// Articles of a place the database knows well (kMinShortFormArticles is 5).
constexpr int kTownArticles = 20;

/// A database that knows `towns` as places.
Xapian::WritableDatabase with_towns(const std::vector<std::string>& towns) {
    auto db = empty_database();
    for (const std::string& town : towns) add_key_articles(db, kLocation, town, kTownArticles);
    return db;
}

TEST(Names28FacilityTownAfter, AFacilityWithItsTownAfterItIsOne) {
    const auto db = with_towns({"purwakarta", "pangkalan bun", "jayapura", "senayan", "jakarta"});
    // A hospital's kind, "RS" or an acronym starting with its letters.
    const auto crash = joins(db, {"rs mh thamrin", "rs mh thamrin purwakarta", "jakarta"}, kLocation);
    EXPECT_EQ(crash[0], crash[1]);
    EXPECT_NE(crash[0], crash[2]);
    EXPECT_TRUE(joined(db, "rsud sultan imanuddin", "rsud sultan imanuddin pangkalan bun", kLocation));
    // A place's head; a building's kind, an area and its town after it.
    EXPECT_TRUE(joined(db, "stadion mandala", "stadion mandala jayapura", kLocation));
    EXPECT_TRUE(joined(db, "hotel fairmont", "hotel fairmont senayan jakarta", kLocation));
    // A hospital the tagger typed as a body.
    EXPECT_TRUE(joined(db, "rs polri", "rs polri purwakarta", kOrganization));
}

TEST(Names28FacilityTownAfter, IntoTheCommonerInTheList) {
    const auto db = with_towns({"purwakarta"});
    const auto into = testing::joins(db, {"rs mh thamrin", "rs mh thamrin purwakarta"}, kLocation);
    EXPECT_EQ(into[0], into[1]);
    const EntityNames names(db);
    const auto counted = same_thing_as(kLocation, names, {"rs mh thamrin", "rs mh thamrin purwakarta"}, {1, 7});
    EXPECT_EQ(counted[0], 1u);
    EXPECT_EQ(counted[1], 1u);
}

TEST(Names28FacilityTownAfter, WithoutAKnownTownAfterItStaysApart) {
    // The database does not know the words as a place.
    EXPECT_FALSE(joined(empty_database(), "rs mh thamrin", "rs mh thamrin purwakarta", kLocation));
    // A word the news writes mostly otherwise: "Mandala" is a place key of
    // a few articles, the word is in many.
    auto db = with_towns({"mandala"});
    Xapian::Document word;
    word.add_term("mandala");
    for (int i = 0; i < 5 * kTownArticles + 1; ++i) db.add_document(word);
    EXPECT_FALSE(joined(db, "kjri hong kong", "kjri hong kong mandala", kLocation));
    EXPECT_FALSE(joined(db, "rs hong kong", "rs hong kong mandala", kLocation));
    // A direction or a size ("Papua Barat"), a place as the news knows it.
    const auto directions = with_towns({"barat", "raya"});
    EXPECT_FALSE(joined(directions, "rs siloam", "rs siloam barat", kLocation));
    EXPECT_FALSE(joined(directions, "rs mata", "rs mata raya", kLocation));
}

TEST(Names28FacilityTownAfter, TwoBranchesInTheListStayApart) {
    const auto db = with_towns({"purwakarta", "karawaci"});
    const auto into = joins(db, {"rs siloam", "rs siloam purwakarta", "rs siloam karawaci"}, kLocation);
    EXPECT_NE(into[0], into[1]);
    EXPECT_NE(into[0], into[2]);
    EXPECT_NE(into[1], into[2]);
}

TEST(Names28FacilityTownAfter, ANameTheDatabaseWritesWithAnotherTownStaysApart) {
    // A chain's ("Rumah Sakit Siloam" goes on with Bali and Karawaci) or a
    // body's ("Stasiun MRT" with Senayan and Lebak Bulus).
    auto db = with_towns({"karawaci", "bali", "lebak bulus", "senayan", "jakarta", "jakarta pusat"});
    add_key_articles(db, kLocation, "rumah sakit siloam bali", 1);
    add_key_articles(db, kLocation, "stasiun mrt senayan", 1);
    EXPECT_FALSE(joined(db, "rumah sakit siloam", "rumah sakit siloam karawaci", kLocation));
    EXPECT_FALSE(joined(db, "stasiun mrt", "stasiun mrt lebak bulus", kLocation));
    // A name that starts another's the database names often: "Stadion
    // Mandala Krida" is Yogyakarta's, Jayapura's is "Stadion Mandala" too.
    add_key_articles(db, kLocation, "jayapura", kTownArticles);
    add_key_articles(db, kLocation, "stadion mandala krida", 5);
    EXPECT_FALSE(joined(db, "stadion mandala", "stadion mandala jayapura", kLocation));
    // Another form of the same town shares a word with it.
    add_key_articles(db, kLocation, "rspad gatot subroto jakarta", 1);
    EXPECT_TRUE(joined(db, "rspad gatot subroto", "rspad gatot subroto jakarta pusat", kLocation));
}

TEST(Names28FacilityTownAfter, TheTownWrittenAnotherWayOrItsLargerPlaceIsNoOtherTown) {
    // clickid: the database writes "RS Polri" (a body to the tagger) with
    // "Kramat Jati", "Kramatjati" and "Jakarta Timur", the district's city.
    auto spaced = with_towns({"kramat jati", "kramatjati"});
    for (const char* key : {"rs polri kramat jati", "rs polri kramatjati"})
        add_key_articles(spaced, kOrganization, key, 1);
    EXPECT_TRUE(joined(spaced, "rs polri", "rs polri kramat jati", kOrganization));
    auto larger = with_towns({"kramat jati", "jakarta timur"});
    testing::add_keys_together(larger, kLocation, {"kramat jati", "jakarta timur"}, kTownArticles);
    add_key_articles(larger, kLocation, "jakarta timur", 5 * kTownArticles);  // the city's own news
    for (const char* key : {"rs polri kramat jati", "rs polri jakarta timur"})
        add_key_articles(larger, kOrganization, key, 1);
    EXPECT_TRUE(joined(larger, "rs polri", "rs polri kramat jati", kOrganization));
    EXPECT_TRUE(joined(larger, "rs polri", "rs polri jakarta timur", kOrganization));
    // Another town, which the town's articles hardly name, is another branch.
    add_key_articles(larger, kLocation, "purwakarta", kTownArticles);
    add_key_articles(larger, kOrganization, "rs polri purwakarta", 1);
    EXPECT_FALSE(joined(larger, "rs polri", "rs polri kramat jati", kOrganization));
}

TEST(Names28FacilityTownAfter, NoFacilityNameNoJoin) {
    const auto db = with_towns({"bogor", "jakarta", "sudirman", "selatan", "timur", "purwakarta"});
    // A place, not a facility; a head alone; a head and a rank (a name cut
    // from "Jalan Jenderal Ahmad Yani" beside "Jalan Jenderal Sudirman").
    EXPECT_FALSE(joined(db, "jakarta", "jakarta selatan", kLocation));
    EXPECT_FALSE(joined(db, "gedung", "gedung purwakarta", kLocation));
    EXPECT_FALSE(joined(db, "jalan tol", "jalan tol jakarta", kLocation));
    EXPECT_FALSE(joined(db, "jalan jenderal", "jalan jenderal sudirman", kLocation));
    // A road's name is many towns' roads'.
    EXPECT_FALSE(joined(db, "jalan sudirman", "jalan sudirman purwakarta", kLocation));
    // A head and a word any such place takes.
    EXPECT_FALSE(joined(db, "bandara internasional", "bandara internasional purwakarta", kLocation));
    EXPECT_FALSE(joined(db, "jalan raya", "jalan raya purwakarta", kLocation));
    // A body, not a hospital or a building: its branch in a town is another
    // body ("Universitas Indonesia Timur"; "Dinas Sosial Purwakarta").
    EXPECT_FALSE(joined(db, "universitas indonesia", "universitas indonesia timur", kOrganization));
    EXPECT_FALSE(joined(db, "dinas sosial", "dinas sosial purwakarta", kOrganization));
}

}  // namespace
}  // namespace telusur
