// One thing within one answer (same_thing_as()), session 30, names24: an
// area's name that starts with a head of its own, with and without the
// area's head ("Kecamatan Gunung Putri" beside "Gunung Putri", which reads
// as a mountain's head and name); a place's name after a broad unit's word
// ("Benua Afrika", "Wilayah Kalimantan"). Each refusal is checked to fail
// without it.
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

const schema::EntityTypeSchema& kLocation = schema::entity_schema(EntityType::Location);

using testing::add_key_articles;
using testing::empty_database;
using testing::joined;
using testing::joins;

TEST(Names24AreaHeadNames, AnAreasNameWithAHeadOfItsOwnIsTheArea) {
    // clickid: "Kapolsek Gunung Putri" beside "Kecamatan Gunung Putri,
    // Kabupaten Bogor" (11 lines of the committed queries' result lists);
    // "Camat Sungai Kakap" beside "Kecamatan Sungai Kakap"; "Pulau Gelang"
    // beside "Desa Pulau Gelang".
    auto db = empty_database();
    EXPECT_TRUE(joined(db, "gunung putri", "kecamatan gunung putri", kLocation));
    EXPECT_TRUE(joined(db, "kecamatan sungai kakap", "sungai kakap", kLocation));
    EXPECT_TRUE(joined(db, "pulau gelang", "desa pulau gelang", kLocation));
    EXPECT_TRUE(joined(db, "pulau hiri", "kec. pulau hiri", kLocation));
}

TEST(Names24AreaHeadNames, IntoTheCommonerInTheList) {
    auto db = empty_database();
    add_key_articles(db, kLocation, "kecamatan gunung putri", 3);
    const EntityNames names(db);
    const std::vector<std::string> keys{"kecamatan gunung putri", "gunung putri"};
    EXPECT_EQ(same_thing_as(kLocation, names, keys, {2, 5}), (std::vector<std::size_t>{1, 1}));
    EXPECT_EQ(same_thing_as(kLocation, names, keys, {5, 2}), (std::vector<std::size_t>{0, 0}));
}

TEST(Names24AreaHeadNames, AnotherHeadOrAnotherNameStaysApart) {
    auto db = empty_database();
    // A street or a building named after the place is not the area.
    EXPECT_FALSE(joined(db, "gunung putri", "jalan gunung putri", kLocation));
    EXPECT_FALSE(joined(db, "pulau gelang", "pelabuhan pulau gelang", kLocation));
    // Another name, or the name without its own head.
    EXPECT_FALSE(joined(db, "gunung putri", "kecamatan gunung sindur", kLocation));
    EXPECT_FALSE(joined(db, "gunung malang", "desa gunung malang baru", kLocation));
    EXPECT_FALSE(joined(db, "putri", "kecamatan gunung putri", kLocation));
}

TEST(Names24AreaHeadNames, TwoAreasOfTheNameLeaveItAlone) {
    // A district and a village of one name: which one the name alone is,
    // the list does not say.
    auto db = empty_database();
    const auto into = joins(db, {"gunung malang", "desa gunung malang", "kecamatan gunung malang"}, kLocation);
    EXPECT_NE(into[0], into[1]);
    EXPECT_NE(into[0], into[2]);
}

TEST(Names24BroadUnitWords, AContinentsOrARegionsNameIsThePlace) {
    // clickid: "Benua Afrika" beside "Afrika" (Rini Soemarno in Zanzibar),
    // "wilayah Kalimantan" beside "Kalimantan" (the haze of September 2019).
    auto db = empty_database();
    EXPECT_TRUE(joined(db, "benua afrika", "afrika", kLocation));
    EXPECT_TRUE(joined(db, "asia", "benua asia", kLocation));
    EXPECT_TRUE(joined(db, "wilayah kalimantan", "kalimantan", kLocation));
    EXPECT_TRUE(joined(db, "wilayah jakarta barat", "jakarta barat", kLocation));
}

TEST(Names24BroadUnitWords, ACountryAfterBenuaOrAnotherNameStaysApart) {
    auto db = empty_database();
    // The continent Australia is not the country the news mostly names.
    EXPECT_FALSE(joined(db, "benua australia", "australia", kLocation));
    // Another name, or the word not before the name.
    EXPECT_FALSE(joined(db, "wilayah kalimantan", "kalimantan timur", kLocation));
    EXPECT_FALSE(joined(db, "benua afrika", "afrika selatan", kLocation));
    EXPECT_FALSE(joined(db, "kalimantan wilayah", "kalimantan", kLocation));
}

}  // namespace
}  // namespace telusur
