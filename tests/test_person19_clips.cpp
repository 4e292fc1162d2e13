// A person's one word clipped from the one longer name beside it in one
// answer (docs/facets.md, session 27, person19): "Ani" of "Sri Mulyani",
// "Mega" of "Megawati Soekarnoputri", "JK" of "Jusuf Kalla", where the
// database names the two together again; on an in-memory database and on the
// same articles in two shards. And an honorific before a word of the one
// longer name of the answer holding it ("Sus Beben" of "Beben Nurfadilah").
#include "common/entities/entity_names.h"
#include "common/entities/one_thing.h"
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

/// An article that names `full` and, apart, `clip`.
Xapian::Document both(const std::string& full, const std::string& clip) {
    return article({{&kPerson, full, {full}}, {&kPerson, clip, {clip}}});
}

std::vector<Xapian::Document> articles() {
    std::vector<Xapian::Document> docs;
    // Clipped names the news writes beside the name twice or more.
    add_copies(docs, 20, article({{&kPerson, "Sri Mulyani", {"Sri Mulyani"}}}));
    add_copies(docs, 2, both("Sri Mulyani", "Ani"));
    add_copies(docs, 6, article({{&kPerson, "Ani", {"Ani"}}}));
    add_copies(docs, 5, article({{&kPerson, "Megawati Soekarnoputri", {"Megawati Soekarnoputri"}}}));
    add_copies(docs, 2, both("Megawati Soekarnoputri", "Mega"));
    add_copies(docs, 10, article({{&kPerson, "Mega", {"Mega"}}}));
    add_copies(docs, 3, both("Sutarmidji", "Midji"));
    add_copies(docs, 3, both("M.Ikhsan Rosan", "Ikhsan"));
    add_copies(docs, 4, both("Jusuf Kalla", "JK"));
    // Beside each other once: a clip's letters are no evidence alone.
    add_copies(docs, 1, both("Loris Capirossi", "Rossi"));
    add_copies(docs, 20, article({{&kPerson, "Rossi", {"Rossi"}}}));
    // A clip of two longer names, beside each twice.
    add_copies(docs, 2, both("Dwikorita Karnawati", "Dwi"));
    add_copies(docs, 2, both("Dwitularsih Sukowati", "Dwi"));
    // Two names holding "Ani" as a word, which same_thing_as() leaves apart.
    add_copies(docs, 2, article({{&kPerson, "Ani Yudhoyono", {"Ani Yudhoyono"}}}));
    add_copies(docs, 2, article({{&kPerson, "Ani Hasanah", {"Ani Hasanah"}}}));
    return docs;
}

/// Parameter: two shards (else one database).
class Person19ClipsTest : public ::testing::TestWithParam<bool> {
protected:
    Person19ClipsTest() : db_(testing::split_into(articles(), GetParam() ? 2 : 1)), names_(db_) {}
    /// same_thing_as() on one article's list of `keys`.
    std::vector<std::size_t> one_article(const std::vector<std::string>& keys) {
        return same_thing_as(kPerson, names_, keys, std::vector<std::size_t>(keys.size(), 1));
    }
    Xapian::Database db_;
    EntityNames names_;
};

TEST_P(Person19ClipsTest, AClipBesideTheNameItIsNamedWithAgainIsThatPerson) {
    for (const auto& [full, clip] : std::vector<std::pair<std::string, std::string>>{{"sri mulyani", "ani"},
                                                                                     {"megawati soekarnoputri", "mega"},
                                                                                     {"sutarmidji", "midji"},
                                                                                     {"m.ikhsan rosan", "ikhsan"},
                                                                                     {"jusuf kalla", "jk"}}) {
        EXPECT_TRUE(names_.clipped_beside(kPerson, clip, full)) << clip;
        const std::vector<std::size_t> into = one_article({full, clip});
        EXPECT_EQ(into[1], 0u) << clip;
        EXPECT_EQ(into[0], 0u) << clip;
    }
}

TEST_P(Person19ClipsTest, AcrossTheDatabaseAClipStaysItsOwn) {
    EXPECT_EQ(names_.resolve(kPerson, "Ani"), "ani");
    EXPECT_EQ(names_.resolve(kPerson, "Mega"), "mega");
}

TEST_P(Person19ClipsTest, AClipNamedBesideTheNameOnceStaysApart) {
    EXPECT_FALSE(names_.clipped_beside(kPerson, "rossi", "loris capirossi"));
    const std::vector<std::size_t> into = one_article({"loris capirossi", "rossi"});
    EXPECT_NE(into[0], into[1]);
}

TEST_P(Person19ClipsTest, AClipOfTwoNamesOfTheListStaysApart) {
    const std::vector<std::size_t> into = one_article({"dwikorita karnawati", "dwitularsih sukowati", "dwi"});
    EXPECT_EQ(into[2], 2u);
    EXPECT_NE(into[0], into[1]);
}

TEST_P(Person19ClipsTest, AWordOfOtherNamesOfTheListIsNotClipped) {
    // "Ani" is a word of two names here: which Ani is unknown, and not Sri
    // Mulyani's.
    const std::vector<std::size_t> into = one_article({"ani yudhoyono", "ani hasanah", "sri mulyani", "ani"});
    EXPECT_NE(into[3], into[2]);
}

INSTANTIATE_TEST_SUITE_P(OneDatabaseAndShards, Person19ClipsTest, ::testing::Bool());

TEST(Person19Clips, ClippedWithinAnswer) {
    EXPECT_TRUE(EntityNames::clipped_within_answer("ani", "sri mulyani"));
    EXPECT_TRUE(EntityNames::clipped_within_answer("mega", "megawati soekarnoputri"));
    EXPECT_TRUE(EntityNames::clipped_within_answer("midji", "h sutarmidji"));
    EXPECT_TRUE(EntityNames::clipped_within_answer("ikhsan", "m.ikhsan rosan"));
    EXPECT_TRUE(EntityNames::clipped_within_answer("jk", "jusuf kalla"));
    EXPECT_TRUE(EntityNames::clipped_within_answer("sby", "susilo bambang yudhoyono"));
    EXPECT_TRUE(EntityNames::clipped_within_answer("djoksis", "djoko siswanto"));
}

TEST(Person19Clips, NoClipOfAWholeWordTwoLettersOrAPair) {
    // A whole word is same_thing_as()'s other rules'.
    EXPECT_FALSE(EntityNames::clipped_within_answer("ani", "ani yudhoyono"));
    EXPECT_FALSE(EntityNames::clipped_within_answer("ani", "ani mulyani"));
    // Two letters are initials or nothing ("ar" of "argo yuwono").
    EXPECT_FALSE(EntityNames::clipped_within_answer("ar", "argo yuwono"));
    EXPECT_FALSE(EntityNames::clipped_within_answer("jk", "jusuf kalla wapres"));
    // A clip one letter shorter than the word is a slip's, not a clip.
    EXPECT_FALSE(EntityNames::clipped_within_answer("anie", "anies baswedan"));
    // A pair of players is two people.
    EXPECT_FALSE(EntityNames::clipped_within_answer("rizki", "della destiara haris/rizki amelia pradipta"));
    // Letters other than a-z.
    EXPECT_FALSE(EntityNames::clipped_within_answer("an-", "anies baswedan"));
}

/// same_thing_as() on one article's `keys`, no database behind them.
std::vector<std::size_t> one_article_alone(const std::vector<std::string>& keys) {
    Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
    const EntityNames names(db);
    return same_thing_as(kPerson, names, keys, std::vector<std::size_t>(keys.size(), 1));
}

TEST(Person19Honorifics, AfterHonorific) {
    EXPECT_EQ(EntityNames::after_honorific("sus beben"), "beben");
    EXPECT_EQ(EntityNames::after_honorific("baby archie"), "archie");
    EXPECT_EQ(EntityNames::after_honorific("sir alex"), "alex");
    EXPECT_EQ(EntityNames::after_honorific("pak jokowi"), "jokowi");
    EXPECT_EQ(EntityNames::after_honorific("dr habibie"), "habibie");
    // A name of three words, or no honorific before the word.
    EXPECT_EQ(EntityNames::after_honorific("sir alex ferguson"), "");
    EXPECT_EQ(EntityNames::after_honorific("alex ferguson"), "");
    // A leading "Muhammad" is a name's ("Muhammad Ali").
    EXPECT_EQ(EntityNames::after_honorific("muhammad ali"), "");
}

TEST(Person19Honorifics, AnHonorificBeforeAWordOfTheOneNameHoldingItIsThatPerson) {
    std::vector<std::size_t> into = one_article_alone({"beben nurfadilah", "sus beben"});
    EXPECT_EQ(into[1], 0u);
    into = one_article_alone({"alex ferguson", "sir alex"});
    EXPECT_EQ(into[1], 0u);
}

TEST(Person19Honorifics, TheHonorificJoinsBeforeTheWordAloneLooksForItsName) {
    // "Archie" alone is a word of two names until "Baby Archie" joins the
    // other.
    const std::vector<std::size_t> into = one_article_alone({"archie harrison", "baby archie", "archie"});
    EXPECT_EQ(into[1], 0u);
    EXPECT_EQ(into[2], 0u);
}

TEST(Person19Honorifics, AWordOfTwoNamesOrAfterMuhammadStaysApart) {
    std::vector<std::size_t> into = one_article_alone({"budi gunawan", "budi karya", "sus budi"});
    EXPECT_EQ(into[2], 2u);
    into = one_article_alone({"ali sadikin", "muhammad ali"});
    EXPECT_NE(into[0], into[1]);
}

}  // namespace
}  // namespace telusur
