// A slip of the pen in a later word of a person's rare name, joined across
// the database to the name the news writes 20 times as often ("BJ Habbie",
// "Airlangga Hartato"; docs/facets.md, session 24, person16), on an
// in-memory database and on the same articles in two shards.
#include "common/entities/entity_names.h"
#include "common/schema.h"
#include "tests/name_use_articles.h"
#include "tests/test_support.h"

#include <gtest/gtest.h>
#include <xapian.h>

#include <string>
#include <vector>

namespace telusur {
namespace {

const schema::EntityTypeSchema& kPerson = schema::entity_schema(EntityType::Person);

using testing::add_copies;
using testing::article;

std::vector<Xapian::Document> articles() {
    std::vector<Xapian::Document> docs;
    // A form the news writes for a longer key, a key of one article too.
    add_copies(docs, 45, article({{&kPerson, "Bacharuddin Jusuf Habibie", {"BJ Habibie", "Habibie"}}}));
    add_copies(docs, 1, article({{&kPerson, "BJ Habibie", {"BJ Habibie"}}}));
    add_copies(docs, 2, article({{&kPerson, "BJ Habbie", {"BJ Habbie"}}}));
    // A letter left out; two letters swapped.
    add_copies(docs, 25, article({{&kPerson, "Airlangga Hartarto", {"Airlangga Hartarto", "Airlangga"}}}));
    add_copies(docs, 1, article({{&kPerson, "Airlangga Hartato", {"Airlangga Hartato"}}}));
    add_copies(docs, 21, article({{&kPerson, "Ole Gunnar Solskjaer", {"Ole Gunnar Solskjaer"}}}));
    add_copies(docs, 1, article({{&kPerson, "Ole Gunnar Solksjaer", {"Ole Gunnar Solksjaer"}}}));
    // Ten times as often: two people of one common name, as likely.
    add_copies(docs, 10, article({{&kPerson, "Budi Setiyadi", {"Budi Setiyadi"}}}));
    add_copies(docs, 1, article({{&kPerson, "Budi Setiadi", {"Budi Setiadi"}}}));
    // A Korean name of three short words: a syllable is a letter apart.
    add_copies(docs, 25, article({{&kPerson, "Jung Jae Yeon", {"Jung Jae Yeon"}}}));
    add_copies(docs, 1, article({{&kPerson, "Jung Jae Yoon", {"Jung Jae Yoon"}}}));
    // A word of three letters.
    add_copies(docs, 25, article({{&kPerson, "Gary Lim", {"Gary Lim"}}}));
    add_copies(docs, 1, article({{&kPerson, "Gary Lin", {"Gary Lin"}}}));
    // A name of six articles is a name.
    add_copies(docs, 130, article({{&kPerson, "Marc Marquez", {"Marc Marquez"}}}));
    add_copies(docs, 6, article({{&kPerson, "Marc Marques", {"Marc Marques"}}}));
    return docs;
}

/// Parameter: two shards (else one database).
class Person16SlipsTest : public ::testing::TestWithParam<bool> {
protected:
    Person16SlipsTest() : db_(testing::split_into(articles(), GetParam() ? 2 : 1)), names_(db_) {}
    Xapian::Database db_;
    EntityNames names_;
};

TEST_P(Person16SlipsTest, ARareSlipInALaterWordIsTheCommonName) {
    EXPECT_EQ(names_.resolve(kPerson, "BJ Habbie"), "bacharuddin jusuf habibie");
    EXPECT_EQ(names_.resolve(kPerson, "Airlangga Hartato"), "airlangga hartarto");
    EXPECT_EQ(names_.resolve(kPerson, "Ole Gunnar Solksjaer"), "ole gunnar solskjaer");
    // The common name stays itself.
    EXPECT_EQ(names_.resolve(kPerson, "Airlangga Hartarto"), "airlangga hartarto");
}

TEST_P(Person16SlipsTest, TenTimesAsOftenIsNotEnough) {
    EXPECT_EQ(names_.resolve(kPerson, "Budi Setiadi"), "budi setiadi");
}

TEST_P(Person16SlipsTest, AKoreanNameOfThreeShortWordsStaysApart) {
    EXPECT_EQ(names_.resolve(kPerson, "Jung Jae Yoon"), "jung jae yoon");
}

TEST_P(Person16SlipsTest, AWordOfThreeLettersStaysApart) { EXPECT_EQ(names_.resolve(kPerson, "Gary Lin"), "gary lin"); }

TEST_P(Person16SlipsTest, ANameOfSixArticlesStaysApart) {
    EXPECT_EQ(names_.resolve(kPerson, "Marc Marques"), "marc marques");
}

INSTANTIATE_TEST_SUITE_P(OneDatabaseAndShards, Person16SlipsTest, ::testing::Bool());

TEST(Person16Slips, OneLetterApart) {
    EXPECT_TRUE(EntityNames::one_letter_apart("habibie", "habbie"));
    EXPECT_TRUE(EntityNames::one_letter_apart("hartarto", "hartanto"));
    EXPECT_TRUE(EntityNames::one_letter_apart("solskjaer", "solksjaer"));
    EXPECT_TRUE(EntityNames::one_letter_apart("rashford", "rasford"));
    EXPECT_FALSE(EntityNames::one_letter_apart("habibie", "habibie"));
    EXPECT_FALSE(EntityNames::one_letter_apart("situmorang", "sitomurang"));
    EXPECT_FALSE(EntityNames::one_letter_apart("habibie", "habi"));
    EXPECT_TRUE(EntityNames::one_letter_apart("kardashian", "kardasihan"));
    EXPECT_FALSE(EntityNames::one_letter_apart("kardashian", "kardahsina"));
}

}  // namespace
}  // namespace telusur
