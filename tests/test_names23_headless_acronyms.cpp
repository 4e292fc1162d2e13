// One thing within one answer (same_thing_as()), session 30, names23: a
// body's acronym of its name after the head, alone, beside the name ("PPN"
// beside "Kementerian Perencanaan Pembangunan Nasional", which articles
// write "Kementerian PPN/Bappenas"). Each refusal is checked to fail
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

const schema::EntityTypeSchema& kOrganization = schema::entity_schema(EntityType::Organization);
const schema::EntityTypeSchema& kPerson = schema::entity_schema(EntityType::Person);

using testing::add_key_articles;
using testing::add_keys_together;
using testing::empty_database;
using testing::joined;

constexpr const char* kMinistry = "kementerian perencanaan pembangunan nasional";

TEST(Names23HeadlessAcronyms, AnAcronymOfTheNameAfterItsHeadIsTheBody) {
    // clickid: "PPN" beside Bappenas's ministry (64 lines of the committed
    // queries' result lists); "Kementerian PPN/Bappenas" a key of 3 articles.
    auto db = empty_database();
    add_keys_together(db, kOrganization, {"ppn", kMinistry}, 3);
    add_key_articles(db, kOrganization, "ppn", 5);
    add_key_articles(db, kOrganization, "kementerian ppn/bappenas", 1);
    EXPECT_TRUE(joined(db, "ppn", kMinistry, kOrganization));
    EXPECT_TRUE(joined(db, kMinistry, "ppn", kOrganization));
    // The head and the acronym alone as a key.
    add_keys_together(db, kOrganization, {"lhk", "kementerian lingkungan hidup dan kehutanan"}, 2);
    add_key_articles(db, kOrganization, "kementerian lhk", 1);
    EXPECT_TRUE(joined(db, "lhk", "kementerian lingkungan hidup dan kehutanan", kOrganization));
}

TEST(Names23HeadlessAcronyms, NeverWrittenAfterTheHeadStaysApart) {
    // The letters alone are no evidence: "PPN" is also the value-added tax.
    auto db = empty_database();
    add_keys_together(db, kOrganization, {"ppn", kMinistry}, 3);
    EXPECT_FALSE(joined(db, "ppn", kMinistry, kOrganization));
    // Written after another head only.
    add_key_articles(db, kOrganization, "badan ppn", 1);
    EXPECT_FALSE(joined(db, "ppn", kMinistry, kOrganization));
}

TEST(Names23HeadlessAcronyms, AnAcronymMostlyAnotherThingsStaysApart) {
    // "PPN" the tax: beside the ministry in fewer than a quarter of its
    // articles, or never.
    auto db = empty_database();
    add_key_articles(db, kOrganization, "kementerian ppn/bappenas", 1);
    add_keys_together(db, kOrganization, {"ppn", kMinistry}, 1);
    add_key_articles(db, kOrganization, "ppn", 4);
    EXPECT_FALSE(joined(db, "ppn", kMinistry, kOrganization));
    auto apart = empty_database();
    add_key_articles(apart, kOrganization, "kementerian ppn/bappenas", 1);
    add_key_articles(apart, kOrganization, "ppn", 4);
    add_key_articles(apart, kOrganization, kMinistry, 4);
    EXPECT_FALSE(joined(apart, "ppn", kMinistry, kOrganization));
}

TEST(Names23HeadlessAcronyms, AnAcronymCommonerInTheListThanTheBodyStaysApart) {
    // clickid, a facet list over tax news ("Sri Mulyani keuangan negara"):
    // PPN 5 (3 of them the tax) beside the ministry's 2.
    auto db = empty_database();
    add_keys_together(db, kOrganization, {"ppn", kMinistry}, 3);
    add_key_articles(db, kOrganization, "kementerian ppn/bappenas", 1);
    const EntityNames names(db);
    const std::vector<std::string> keys{"ppn", kMinistry};
    const auto commoner_acronym = same_thing_as(kOrganization, names, keys, {5, 2});
    EXPECT_NE(commoner_acronym[0], commoner_acronym[1]);
    const auto rarer_acronym = same_thing_as(kOrganization, names, keys, {2, 5});
    EXPECT_EQ(rarer_acronym[0], rarer_acronym[1]);
}

TEST(Names23HeadlessAcronyms, OtherLettersNoHeadTwoLettersOrAPersonStayApart) {
    auto db = empty_database();
    add_key_articles(db, kOrganization, "kementerian ppn/bappenas", 1);
    add_key_articles(db, kOrganization, "kementerian pp", 1);
    add_key_articles(db, kOrganization, "perencanaan pnk", 1);
    add_keys_together(db, kOrganization, {"ppn", "kementerian perencanaan pembangunan daerah"}, 3);
    add_keys_together(db, kOrganization, {"pnk", "perencanaan pembangunan nasional kita"}, 3);
    add_keys_together(db, kOrganization, {"pp", "kementerian perencanaan pembangunan"}, 3);
    // The initials are another name's.
    EXPECT_FALSE(joined(db, "ppn", "kementerian perencanaan pembangunan daerah", kOrganization));
    // No body's head before the words ("Perencanaan" is none).
    EXPECT_FALSE(joined(db, "pnk", "perencanaan pembangunan nasional kita", kOrganization));
    // Two letters are too many words'.
    EXPECT_FALSE(joined(db, "pp", "kementerian perencanaan pembangunan", kOrganization));
    // People have no heads.
    add_keys_together(db, kPerson, {"ppn", kMinistry}, 3);
    add_key_articles(db, kPerson, "kementerian ppn", 1);
    EXPECT_FALSE(joined(db, "ppn", kMinistry, kPerson));
}

}  // namespace
}  // namespace telusur
