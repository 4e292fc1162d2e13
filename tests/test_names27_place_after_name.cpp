// One place within one answer (same_thing_as()), session 31, names27: a place
// with its head beside the one key of the list that is it with a place after
// it, where the list names that place too ("Gedung Kodim", "Gedung Kodim
// Kalideres" and Kalideres in n121's list). Each refusal is checked to fail
// without it.
#include "common/entities/one_thing.h"
#include "common/schema.h"
#include "tests/same_thing.h"

#include <gtest/gtest.h>
#include <xapian.h>

#include <cstddef>
#include <string>
#include <vector>

namespace telusur {
namespace {

const schema::EntityTypeSchema& kLocation = schema::entity_schema(EntityType::Location);

using testing::empty_database;
using testing::joins;

/// The index each of `keys` is joined into, with their articles in the list.
std::vector<std::size_t> joins_counted(const Xapian::Database& db, const std::vector<std::string>& keys,
                                       const std::vector<std::size_t>& articles) {
    const EntityNames names(db);
    return same_thing_as(kLocation, names, keys, articles);
}

TEST(Names27PlaceAfterName, TheNameWithTheListedPlaceAfterItIsOne) {
    // clickid, n121 (`Anies pencari suaka`): the old Kodim building in
    // Kalideres, with the list's counts.
    const auto db = empty_database();
    const auto into =
        joins_counted(db, {"gedung kodim", "gedung kodim kalideres", "kalideres", "jakarta"}, {16, 15, 27, 70});
    EXPECT_EQ(into[0], 0u);
    EXPECT_EQ(into[1], 0u);
    EXPECT_EQ(into[2], 2u);
    EXPECT_EQ(into[3], 3u);
    // Two places after it, an area and its city, both listed.
    const auto two = joins(db, {"pantai sancang", "pantai sancang garut", "garut"}, kLocation);
    EXPECT_EQ(two[0], two[1]);
    const auto area_and_city =
        joins(db, {"gedung kodim", "gedung kodim kalideres jakarta", "kalideres", "jakarta"}, kLocation);
    EXPECT_EQ(area_and_city[0], area_and_city[1]);
    EXPECT_NE(area_and_city[0], area_and_city[2]);
}

TEST(Names27PlaceAfterName, ANameTheDatabaseGoesOnWithInManyWaysStaysApart) {
    // clickid: "Stasiun MRT" goes on with Bugis, Bundaran HI, Senayan, Lebak
    // Bulus...: any station of the line. "Gedung Kodim" goes on with one
    // other word (its address), and still joins.
    auto db = empty_database();
    for (const char* station : {"stasiun mrt bugis", "stasiun mrt senayan", "stasiun mrt lebak bulus"})
        testing::add_key_articles(db, kLocation, station, 1);
    testing::add_key_articles(db, kLocation, "gedung kodim perumahan daan mogot baru", 1);
    testing::add_key_articles(db, kLocation, "gedung kodim kalideres", 1);
    const auto station = joins(db, {"stasiun mrt", "stasiun mrt lebak bulus", "lebak bulus"}, kLocation);
    EXPECT_NE(station[0], station[1]);
    const auto building = joins(db, {"gedung kodim", "gedung kodim kalideres", "kalideres"}, kLocation);
    EXPECT_EQ(building[0], building[1]);
}

TEST(Names27PlaceAfterName, OnATieTheShorterNameStays) {
    const auto db = empty_database();
    const auto into = joins(db, {"pasar johar semarang", "pasar johar", "semarang"}, kLocation);
    EXPECT_EQ(into[0], 1u);
    EXPECT_EQ(into[1], 1u);
}

TEST(Names27PlaceAfterName, WithoutThePlaceInTheListItStaysApart) {
    // Every Kodim has a building: only the answer naming Kalideres says which.
    const auto db = empty_database();
    const auto into = joins(db, {"gedung kodim", "gedung kodim kalideres", "jakarta"}, kLocation);
    EXPECT_NE(into[0], into[1]);
}

TEST(Names27PlaceAfterName, TwoSuchBuildingsStayApart) {
    const auto db = empty_database();
    const auto into = joins(
        db, {"gedung kodim", "gedung kodim kalideres", "kalideres", "gedung kodim tangerang", "tangerang"}, kLocation);
    EXPECT_NE(into[0], into[1]);
    EXPECT_NE(into[0], into[3]);
    EXPECT_NE(into[1], into[3]);
}

TEST(Names27PlaceAfterName, AnotherHeadOrAHeadWithAnyRoadsWordStaysApart) {
    const auto db = empty_database();
    const auto other_head = joins(db, {"masjid baitul amin", "pasar baitul amin kalideres", "kalideres"}, kLocation);
    EXPECT_NE(other_head[0], other_head[1]);
    // "Jalan Raya" and "Bandara Internasional" are every such road's and
    // airport's words.
    const auto road = joins(db, {"jalan raya", "jalan raya kalimalang", "kalimalang"}, kLocation);
    EXPECT_NE(road[0], road[1]);
    const auto airport =
        joins(db, {"bandara internasional", "bandara internasional banyuwangi", "banyuwangi"}, kLocation);
    EXPECT_NE(airport[0], airport[1]);
    // A road from the place to another is another road (clickid: "Jalan
    // Raya Bogor-Kukusan", the toll road's section, beside "Jalan Raya
    // Bogor").
    const auto route = joins(db, {"jalan raya bogor", "jalan raya bogor-kukusan", "kukusan"}, kLocation);
    EXPECT_NE(route[0], route[1]);
    // More words after it than a place's name: no place.
    const auto more = joins(db, {"gedung kodim", "gedung kodim lama kalideres", "kalideres"}, kLocation);
    EXPECT_NE(more[0], more[1]);
}

}  // namespace
}  // namespace telusur
