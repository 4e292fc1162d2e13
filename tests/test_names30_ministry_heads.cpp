// One ministry within one list (same_thing_as()), session 33, names30: a
// ministry named with its head in several forms ("Kemenko Maritim",
// "Kemenko Bidang Kemaritiman"; "Kemenko Perekonomian", "Kementerian
// Perekonomian" in one clickid answer). Each refusal is checked to fail
// without it.
#include "common/entities/one_thing.h"
#include "common/schema.h"
#include "tests/same_thing.h"

#include <gtest/gtest.h>

namespace telusur {
namespace {

const schema::EntityTypeSchema& kOrganization = schema::entity_schema(EntityType::Organization);

using testing::empty_database;
using testing::joined;

TEST(Names30MinistryHeads, ACoordinatingMinistrysHeadInAnyForm) {
    const auto db = empty_database();
    EXPECT_TRUE(joined(db, "kemenko maritim", "kemenko bidang kemaritiman", kOrganization));
    EXPECT_TRUE(joined(db, "kemenko perekonomian", "kementerian perekonomian", kOrganization));
    EXPECT_TRUE(joined(db, "kementerian koordinator perekonomian", "kementerian koordinator bidang perekonomian",
                       kOrganization));
    // A slip in the head.
    EXPECT_TRUE(joined(db, "kementrian perhubungan", "kementerian perhubungan", kOrganization));
}

TEST(Names30MinistryHeads, AnotherFieldOrAForeignDepartmentStaysApart) {
    const auto db = empty_database();
    EXPECT_FALSE(joined(db, "kemenko maritim", "kementerian kelautan", kOrganization));
    EXPECT_FALSE(joined(db, "kementerian luar negeri", "kementerian luar negeri inggris", kOrganization));
    // "Departemen" is mostly a foreign ministry's word: the US State
    // Department beside Indonesia's foreign ministry.
    EXPECT_FALSE(joined(db, "departemen luar negeri", "kementerian luar negeri", kOrganization));
    EXPECT_FALSE(joined(db, "departemen keuangan", "kementerian keuangan", kOrganization));
}

}  // namespace
}  // namespace telusur
