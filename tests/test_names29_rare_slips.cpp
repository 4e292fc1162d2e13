// One thing within one answer (same_thing_as()), session 32, names29: a rare
// key one slip of the pen from a far commoner key of the same list, in any
// word of the name (rare_slip_of()). Each join is checked to fail without
// the rule; the refusals name what must stay apart.
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

const schema::EntityTypeSchema& kPerson = schema::entity_schema(EntityType::Person);
const schema::EntityTypeSchema& kOrganization = schema::entity_schema(EntityType::Organization);
const schema::EntityTypeSchema& kLocation = schema::entity_schema(EntityType::Location);

using testing::add_key_articles;
using testing::empty_database;
using testing::joined;
using testing::joins;

TEST(Names29RareSlips, ARareKeyOneSlipFromAFarCommonerOneIsItsSlip) {
    // clickid's counts; each pair in one article's list.
    auto db = empty_database();
    add_key_articles(db, kLocation, "timor leste", 62);  // a letter changed, the last
    add_key_articles(db, kLocation, "timot leste", 1);
    add_key_articles(db, kLocation, "jakarta pusat", 1047);
    add_key_articles(db, kLocation, "jakarta pusar", 1);
    add_key_articles(db, kOrganization, "pb djarum", 115);  // the first
    add_key_articles(db, kOrganization, "pb bjarum", 1);
    add_key_articles(db, kLocation, "jawa timur", 595);  // a word of four, a letter left out
    add_key_articles(db, kLocation, "jawa tmur", 1);
    add_key_articles(db, kPerson, "kivlan zen", 62);  // a word of three, one added inside
    add_key_articles(db, kPerson, "kivlan zein", 2);
    add_key_articles(db, kLocation, "malaysia", 779);  // one word: its last letter left out
    add_key_articles(db, kLocation, "malaysi", 1);
    add_key_articles(db, kPerson, "syahrini", 107);  // one added inside
    add_key_articles(db, kPerson, "syahirini", 1);
    EXPECT_TRUE(joined(db, "timot leste", "timor leste", kLocation));
    EXPECT_TRUE(joined(db, "jakarta pusar", "jakarta pusat", kLocation));
    EXPECT_TRUE(joined(db, "pb bjarum", "pb djarum", kOrganization));
    EXPECT_TRUE(joined(db, "jawa tmur", "jawa timur", kLocation));
    EXPECT_TRUE(joined(db, "kivlan zein", "kivlan zen", kPerson));
    EXPECT_TRUE(joined(db, "malaysi", "malaysia", kLocation));
    EXPECT_TRUE(joined(db, "syahirini", "syahrini", kPerson));
    // Into the commoner, whichever the list counts more.
    const auto into = joins(db, {"timor leste", "timot leste"}, kLocation);
    EXPECT_EQ(into[1], 0u);
}

TEST(Names29RareSlips, TheCountsMustTellTheSlip) {
    auto db = empty_database();
    // Not 20 times as common: "Kapuas Hulu" 6 articles, "Kapuas Hula" 1;
    // "Bima" 17, "Bimo" 2.
    add_key_articles(db, kLocation, "kapuas hulu", 6);
    add_key_articles(db, kLocation, "kapuas hula", 1);
    add_key_articles(db, kPerson, "bima aryo", 17);
    add_key_articles(db, kPerson, "bimo aryo", 2);
    EXPECT_FALSE(joined(db, "kapuas hula", "kapuas hulu", kLocation));
    EXPECT_FALSE(joined(db, "bimo aryo", "bima aryo", kPerson));
    // A key of more than 5 articles is a name of its own.
    add_key_articles(db, kLocation, "timor leste", 400);
    add_key_articles(db, kLocation, "timot leste", 6);
    EXPECT_FALSE(joined(db, "timot leste", "timor leste", kLocation));
    // A key the database does not know is no evidence.
    add_key_articles(db, kLocation, "jakarta pusat", 1047);
    EXPECT_FALSE(joined(db, "jakarta pusar", "jakarta pusat", kLocation));
    // Two commoner keys one slip from it: which one is unknown.
    add_key_articles(db, kLocation, "kota batu", 37);
    add_key_articles(db, kLocation, "kota batam", 89);
    add_key_articles(db, kLocation, "kota bata", 1);
    const auto into = joins(db, {"kota bata", "kota batu", "kota batam"}, kLocation);
    EXPECT_EQ(into[0], 0u);
}

TEST(Names29RareSlips, OtherNamesALetterApartStayApart) {
    auto db = empty_database();
    add_key_articles(db, kPerson, "argo yuwono", 109);  // a letter before the first
    add_key_articles(db, kPerson, "margo yuwono", 1);
    add_key_articles(db, kPerson, "yoo chan", 24);  // a word of three, one at its end
    add_key_articles(db, kPerson, "yoon chan", 1);
    add_key_articles(db, kOrganization, "persib", 125);  // one word: one added at its end
    add_key_articles(db, kOrganization, "persiba", 2);
    add_key_articles(db, kLocation, "surabaya", 517);  // one word: one changed
    add_key_articles(db, kLocation, "suralaya", 1);
    add_key_articles(db, kLocation, "bangkok", 78);  // one word of six: cut short, one left out
    add_key_articles(db, kLocation, "bangko", 1);
    add_key_articles(db, kLocation, "bandung", 422);
    add_key_articles(db, kLocation, "badung", 1);
    add_key_articles(db, kLocation, "bali", 480);  // one word of four
    add_key_articles(db, kLocation, "baloi", 2);
    add_key_articles(db, kLocation, "rokan hulu", 160);  // two letters
    add_key_articles(db, kLocation, "rokan hilir", 1);
    EXPECT_FALSE(joined(db, "margo yuwono", "argo yuwono", kPerson));
    EXPECT_FALSE(joined(db, "yoon chan", "yoo chan", kPerson));
    EXPECT_FALSE(joined(db, "persiba", "persib", kOrganization));
    EXPECT_FALSE(joined(db, "suralaya", "surabaya", kLocation));
    EXPECT_FALSE(joined(db, "bangko", "bangkok", kLocation));
    EXPECT_FALSE(joined(db, "badung", "bandung", kLocation));
    EXPECT_FALSE(joined(db, "baloi", "bali", kLocation));
    EXPECT_FALSE(joined(db, "rokan hilir", "rokan hulu", kLocation));
}

}  // namespace
}  // namespace telusur
