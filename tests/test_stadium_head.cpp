// A stadium's English head after its name ("Anfield Stadium") in one
// answer: the "Stadion Anfield", "Anfield" of the same list
// (same_thing_as(), one_thing.cpp), unless the name before it is a city,
// regency or province the database knows (stays_apart()).
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

bool joined(const Xapian::Database& db, const std::string& a, const std::string& b) {
    return testing::joined(db, a, b, kLocation);
}

TEST(StadiumHead, AStadiumsEnglishHeadIsItsIndonesianOneOrNone) {
    const auto db = testing::empty_database();
    EXPECT_TRUE(joined(db, "anfield", "anfield stadium"));
    EXPECT_TRUE(joined(db, "stadion anfield", "anfield stadium"));
    // Another head: another place of the name.
    EXPECT_FALSE(joined(db, "gedung anfield", "anfield stadium"));
}

TEST(StadiumHead, NotAfterARegionsName) {
    auto db = testing::empty_database();
    testing::add_key_articles(db, kLocation, "bekasi", 1);
    testing::add_key_articles(db, kLocation, "kota bekasi", 1);
    EXPECT_FALSE(joined(db, "bekasi", "bekasi stadium"));
}

}  // namespace
}  // namespace telusur
