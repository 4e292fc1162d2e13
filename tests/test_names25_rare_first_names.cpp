// One thing within one answer (same_thing_as()), session 31, names25: a
// letter changed inside a later word of a person's name after a rare first
// name ("Abisai Rolio" beside "Abisai Rollo"). Each refusal is checked to
// fail without it.
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

using testing::add_key_articles;
using testing::empty_database;
using testing::joined;

TEST(Names25RareFirstNames, ALetterChangedAfterARareFirstNameIsASlip) {
    // clickid: "Abisai Rolio" (10 articles) beside "Abisai Rollo" (35), the
    // facet lists of `tokoh Papua Istana Jokowi` (n77), n166 and n459.
    auto db = empty_database();
    add_key_articles(db, kPerson, "abisai rollo", 35);
    add_key_articles(db, kPerson, "abisai rolio", 10);
    EXPECT_TRUE(joined(db, "abisai rolio", "abisai rollo", kPerson));
    EXPECT_TRUE(joined(db, "kay rala", "kay rana", kPerson));
    EXPECT_TRUE(joined(db, "erizal jamal", "erizal jamil", kPerson));
}

TEST(Names25RareFirstNames, ACommonFirstNameOrAnotherChangeStaysApart) {
    auto db = empty_database();
    // "Abdul" starts more than ten people's keys: "Abdul Aris" and "Abdul
    // Azis" may be two people.
    for (const char* surname :
         {"aris", "azis", "somad", "rozak", "hamid", "jamil", "halim", "muis", "qodir", "rahman", "wahid"})
        add_key_articles(db, kPerson, std::string("abdul ") + surname, 1);
    EXPECT_FALSE(joined(db, "abdul aris", "abdul azis", kPerson));
    // The last letter or the first one of the word, two letters, the first
    // word.
    EXPECT_FALSE(joined(db, "kay rala", "kay ralo", kPerson));
    EXPECT_FALSE(joined(db, "abisai rollo", "abisai tollo", kPerson));
    EXPECT_FALSE(joined(db, "abisai rollo", "abisai riolo", kPerson));
    EXPECT_FALSE(joined(db, "erizal jamal", "erizal jumil", kPerson));
    EXPECT_FALSE(joined(db, "alif maulana", "arif maulana", kPerson));
}

}  // namespace
}  // namespace telusur
