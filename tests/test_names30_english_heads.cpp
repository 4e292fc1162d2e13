// One place or university within one list (same_thing_as()), session 33,
// names30: a foreign name copied with its English head beside the
// Indonesian form, the head translated and moved ("Rajamangala National
// Stadium", "Stadion Rajamangala" in one clickid article on the SEA Games;
// "University of Rochester", "Universitas Rochester"). Each refusal is
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
using testing::empty_database;
using testing::joined;
using testing::joins;

TEST(Names30EnglishHeads, AnEnglishHeadAfterTheNameIsTheIndonesianOneBefore) {
    const auto db = empty_database();
    EXPECT_TRUE(joined(db, "rajamangala national stadium", "stadion rajamangala", kLocation));
    EXPECT_TRUE(joined(db, "sentul international circuit", "sirkuit sentul", kLocation));
    EXPECT_TRUE(joined(db, "paracel islands", "kepulauan paracel", kLocation));
    EXPECT_TRUE(joined(db, "nami island", "pulau nami", kLocation));
    EXPECT_TRUE(joined(db, "james river", "sungai james", kLocation));
    EXPECT_TRUE(joined(db, "guantanamo bay", "teluk guantanamo", kLocation));
    EXPECT_TRUE(joined(db, "komodo national park", "taman nasional komodo", kLocation));
    // The Indonesian head in another form, hyphens as spaces.
    EXPECT_TRUE(joined(db, "soekarno-hatta international airport", "bandar udara soekarno hatta", kLocation));
    EXPECT_TRUE(joined(db, "changi airport", "bandara internasional changi", kLocation));
    EXPECT_TRUE(joined(db, "mount elizabeth hospital", "rs mount elizabeth", kOrganization));
    // A university, a body to the tagger.
    EXPECT_TRUE(joined(db, "harvard university", "universitas harvard", kOrganization));
}

TEST(Names30EnglishHeads, AnEnglishHeadBeforeTheNameWithOfOrNot) {
    const auto db = empty_database();
    EXPECT_TRUE(joined(db, "university of leicester", "universitas leicester", kOrganization));
    EXPECT_TRUE(joined(db, "university of rochester", "universitas rochester", kOrganization));
    EXPECT_TRUE(joined(db, "mount everest", "gunung everest", kLocation));
    EXPECT_TRUE(joined(db, "lake toba", "danau toba", kLocation));
    EXPECT_TRUE(joined(db, "gulf of aden", "teluk aden", kLocation));
    // Two English forms of one stadium, and both beside the Indonesian one.
    const auto into =
        joins(db, {"rajamangala stadium", "stadion rajamangala", "rajamangala national stadium"}, kLocation);
    EXPECT_EQ(into[0], into[1]);
    EXPECT_EQ(into[1], into[2]);
}

TEST(Names30EnglishHeads, ThePlaceAloneBesideAHeadTheNewsDrops) {
    const auto db = empty_database();
    EXPECT_TRUE(joined(db, "dieng plateau", "dieng", kLocation));
    EXPECT_TRUE(joined(db, "sepang international circuit", "sepang", kLocation));
    EXPECT_TRUE(joined(db, "penang island", "penang", kLocation));
    // Into the commoner in the list.
    const EntityNames names(db);
    const auto into = same_thing_as(kLocation, names, {"dieng", "dieng plateau"}, {5, 1});
    EXPECT_EQ(into[1], 0u);
}

TEST(Names30EnglishHeads, AnotherHeadOrAnotherNameStaysApart) {
    const auto db = empty_database();
    EXPECT_FALSE(joined(db, "james river", "jalan james", kLocation));
    EXPECT_FALSE(joined(db, "nami island", "kepulauan nami", kLocation));
    EXPECT_FALSE(joined(db, "marina bay", "sirkuit marina", kLocation));
    EXPECT_FALSE(joined(db, "michigan state university", "universitas michigan", kOrganization));
    // A word more: "National Stadium Singapore" is no head after a name,
    // "Stadion Nasional" no name.
    EXPECT_FALSE(joined(db, "national stadium singapore", "stadion nasional", kLocation));
    EXPECT_FALSE(joined(db, "singapore national stadium", "stadion nasional", kLocation));
    // A qualifier alone; a head of its own before the English one: the
    // circuit on Phillip Island is no island.
    EXPECT_FALSE(joined(db, "north island", "pulau north", kLocation));
    EXPECT_FALSE(joined(db, "sirkuit phillip island", "pulau phillip", kLocation));
    EXPECT_FALSE(joined(db, "sirkuit phillip island", "phillip", kLocation));
}

TEST(Names30EnglishHeads, AUniversitysNationalIsPartOfItsName) {
    // "Seoul National University" and the "University of Seoul" are two; a
    // stadium's "National" is its rank ("Stadion Nasional Bukit Jalil").
    const auto db = empty_database();
    EXPECT_FALSE(joined(db, "seoul national university", "universitas seoul", kOrganization));
    EXPECT_TRUE(joined(db, "seoul national university", "universitas nasional seoul", kOrganization));
    EXPECT_TRUE(joined(db, "bukit jalil national stadium", "stadion bukit jalil", kLocation));
    EXPECT_TRUE(joined(db, "bukit jalil national stadium", "stadion nasional bukit jalil", kLocation));
}

TEST(Names30EnglishHeads, TheNameAloneStaysApartWhereItIsACountryARegionOrABody) {
    auto db = empty_database();
    // A country's name (in Indonesian: the index folds "Jordan" into
    // "Yordania"): the stadium is no Bahrain.
    EXPECT_FALSE(joined(db, "bahrain national stadium", "bahrain", kLocation));
    // A city's: the Jakarta International Stadium is no Jakarta.
    add_key_articles(db, kLocation, "kota jakarta", 1);
    EXPECT_FALSE(joined(db, "jakarta international stadium", "jakarta", kLocation));
    // A head that names a place of its own ("Teluk", "Laut": "Laut Jawa" is
    // no Java).
    EXPECT_FALSE(joined(db, "guantanamo bay", "guantanamo", kLocation));
    // A head named after a town that is another place (clickid's "Miami
    // Beach" beside "Miami", "Klang Valley" beside "Klang").
    EXPECT_FALSE(joined(db, "miami beach", "miami", kLocation));
    EXPECT_FALSE(joined(db, "klang valley", "klang", kLocation));
    EXPECT_FALSE(joined(db, "kuala lumpur international airport", "kuala lumpur", kLocation));
    // A place with a head of its own: the stadium is no area.
    EXPECT_FALSE(joined(db, "bukit jalil national stadium", "bukit jalil", kLocation));
}

}  // namespace
}  // namespace telusur
