// A person's one-word name clipped from a longer name beside it ("Gusmi",
// "Djoksis"), leading given names spelled out where the news writes their
// initials ("Burhanuddin Jusuf Habibie" / "BJ Habibie"), and a defined
// nickname before the surname ("Rudy Habibie") or quoted inside the name
// ("Andi 'Gilang' Farid Izdihar" / "Andi Gilang"), joined across
// the database (docs/facets.md, session 25, person17), on an in-memory
// database and on the same articles in two shards.
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
using testing::Named;

/// An article naming `full` and `clip`, each in its own form.
Xapian::Document beside(const std::string& full, const std::string& clip) {
    return article({Named{&kPerson, full, {full}}, Named{&kPerson, clip, {clip}}});
}

Xapian::Document alone(const std::string& name, std::vector<std::string> forms = {}) {
    if (forms.empty()) forms = {name};
    return article({Named{&kPerson, name, forms}});
}

std::vector<Xapian::Document> articles() {
    std::vector<Xapian::Document> docs;
    // A one-word name, clipped at its start: the articles both keys share.
    add_copies(docs, 2, beside("Gusmiadirrahman", "Gusmi"));
    add_copies(docs, 3, alone("Gusmiadirrahman"));
    // The first syllables of two words: the short-form terms.
    add_copies(docs, 2, beside("Djoko Siswanto", "Djoksis"));
    add_copies(docs, 10, alone("Djoko Siswanto", {"Djoko Siswanto", "Djoko"}));
    // The end of a word.
    add_copies(docs, 3, beside("H Sutarmidji", "Midji"));
    add_copies(docs, 7, alone("H Sutarmidji"));
    // A word the database writes before another as a name.
    add_copies(docs, 3, beside("FX Hadi Rudyatmo", "Rudy"));
    add_copies(docs, 1, alone("Rudy"));
    add_copies(docs, 17, alone("FX Hadi Rudyatmo"));
    add_copies(docs, 1, alone("Rudy Gunawan"));
    // Beside the longer name in half its articles.
    add_copies(docs, 2, beside("Megawati Soekarnoputri", "Mega"));
    add_copies(docs, 2, alone("Mega"));
    add_copies(docs, 20, alone("Megawati Soekarnoputri"));
    // Beside it in one article.
    add_copies(docs, 1, beside("Tavipuddin", "Tavip"));
    add_copies(docs, 14, alone("Tavipuddin"));
    // A pair of players.
    add_copies(docs, 2, beside("Praveen Jordan/Melati Daeva Oktavianti", "Melati"));
    add_copies(docs, 5, alone("Praveen Jordan/Melati Daeva Oktavianti"));
    // Clipped from two names.
    add_copies(docs, 2, beside("Fernando Alonso", "Nando"));
    add_copies(docs, 1, beside("Fernando Torres", "Nando"));
    add_copies(docs, 8, alone("Fernando Alonso"));
    add_copies(docs, 9, alone("Fernando Torres"));
    // The longer name not twice as common.
    add_copies(docs, 4, beside("Veronica Koman", "Vero"));
    add_copies(docs, 2, alone("Veronica Koman"));

    // Initials the news writes for a key of the same initials and surname.
    add_copies(docs, 45, alone("Bacharuddin Jusuf Habibie", {"BJ Habibie", "Habibie"}));
    add_copies(docs, 2, alone("Burhanuddin Jusuf Habibie"));
    // ... or a key of its own.
    add_copies(docs, 7, alone("RJ Lino"));
    add_copies(docs, 1, alone("Richard Joost Lino"));
    // Two letters are no given name: a hospital's "RS".
    add_copies(docs, 5, alone("RA Habibie"));
    add_copies(docs, 1, alone("RS Ainun Habibie"));
    // Not three times as common.
    add_copies(docs, 4, alone("AM Kamal"));
    add_copies(docs, 3, alone("Ahmad Musthofa Kamal"));
    // The initials' form written for a name of other words.
    add_copies(docs, 30, alone("Ainun Habibie", {"Ainun Habibie", "AJ Habibie"}));
    add_copies(docs, 1, alone("Anita Jasmine Habibie"));

    // A nickname defined once for a name, before that name's surname.
    const auto define = [&](const std::string& nickname, const std::string& name) {
        Xapian::Document doc = alone(name);
        const schema::DefinitionTerms terms = schema::definition_terms(
            kPerson, schema::normalize_boolean_value(nickname), schema::normalize_boolean_value(name));
        doc.add_boolean_term(terms.nickname_to_key);
        doc.add_boolean_term(terms.key_to_nickname);
        docs.push_back(doc);
    };
    define("Rudy", "Bacharuddin Jusuf Habibie");
    add_copies(docs, 3, alone("Rudy Habibie"));
    // ... before a name of fewer articles.
    define("Ibas", "Edhie Baskoro Yudhoyono");
    add_copies(docs, 3, alone("Ibas Yudhoyono"));

    // A nickname quoted inside a name, and the name's first or last word
    // with it: to the key of more articles, either way.
    add_copies(docs, 2, alone("Andi Farid Izdihar", {"Andi Farid Izdihar", "Andi \u2018Gilang\u2019 Farid Izdihar"}));
    add_copies(docs, 5, alone("Andi Gilang"));
    add_copies(docs, 6, alone("Stefano Cugurra", {"Stefano 'Teco' Cugurra", "Stefano Cugurra"}));
    add_copies(docs, 1, alone("Stefano Teco"));
    add_copies(docs, 2, alone("Saul Alvarez", {"Saul \"Canelo\" Alvarez"}));
    add_copies(docs, 3, alone("Saul Canelo"));
    return docs;
}

/// Parameter: two shards (else one database).
class Person17NamesTest : public ::testing::TestWithParam<bool> {
protected:
    Person17NamesTest() : db_(testing::split_into(articles(), GetParam() ? 2 : 1)), names_(db_) {}
    Xapian::Database db_;
    EntityNames names_;
};

TEST_P(Person17NamesTest, AClippedNameBesideTheLongerNameIsIt) {
    EXPECT_EQ(names_.resolve(kPerson, "Gusmi"), "gusmiadirrahman");
    EXPECT_EQ(names_.resolve(kPerson, "Djoksis"), "djoko siswanto");
    EXPECT_EQ(names_.resolve(kPerson, "Midji"), "h sutarmidji");
    EXPECT_EQ(names_.resolve(kPerson, "Gusmiadirrahman"), "gusmiadirrahman");
}

TEST_P(Person17NamesTest, AWordWrittenBeforeAnotherIsAName) { EXPECT_EQ(names_.resolve(kPerson, "Rudy"), "rudy"); }

TEST_P(Person17NamesTest, HalfTheClipsArticlesIsNotEnough) { EXPECT_EQ(names_.resolve(kPerson, "Mega"), "mega"); }

TEST_P(Person17NamesTest, OneArticleBesideIsNotEnough) { EXPECT_EQ(names_.resolve(kPerson, "Tavip"), "tavip"); }

TEST_P(Person17NamesTest, APairOfPlayersIsNotTheClip) { EXPECT_EQ(names_.resolve(kPerson, "Melati"), "melati"); }

TEST_P(Person17NamesTest, ANameClippedFromTwoIsNeither) { EXPECT_EQ(names_.resolve(kPerson, "Nando"), "nando"); }

TEST_P(Person17NamesTest, TheLongerNameTwiceAsCommonAtLeast) { EXPECT_EQ(names_.resolve(kPerson, "Vero"), "vero"); }

TEST_P(Person17NamesTest, GivenNamesSpelledOutAreTheNameOfTheirInitials) {
    EXPECT_EQ(names_.resolve(kPerson, "Burhanuddin Jusuf Habibie"), "bacharuddin jusuf habibie");
    EXPECT_EQ(names_.resolve(kPerson, "Richard Joost Lino"), "rj lino");
    EXPECT_EQ(names_.resolve(kPerson, "Bacharuddin Jusuf Habibie"), "bacharuddin jusuf habibie");
}

TEST_P(Person17NamesTest, TwoLettersAreNoGivenName) {
    EXPECT_EQ(names_.resolve(kPerson, "RS Ainun Habibie"), "rs ainun habibie");
}

TEST_P(Person17NamesTest, TheInitialsKeyThreeTimesAsCommon) {
    EXPECT_EQ(names_.resolve(kPerson, "Ahmad Musthofa Kamal"), "ahmad musthofa kamal");
}

TEST_P(Person17NamesTest, TheInitialsWrittenForOtherWordsAreNoJoin) {
    EXPECT_EQ(names_.resolve(kPerson, "Anita Jasmine Habibie"), "anita jasmine habibie");
}

TEST_P(Person17NamesTest, ADefinedNicknameBeforeTheSurnameIsTheName) {
    EXPECT_EQ(names_.resolve(kPerson, "Rudy Habibie"), "bacharuddin jusuf habibie");
}

TEST_P(Person17NamesTest, ADefinedNicknameBeforeAnotherSurnameIsAnotherName) {
    // "Rudy" is defined for Habibie, not for Rudy Gunawan.
    EXPECT_EQ(names_.resolve(kPerson, "Rudy Gunawan"), "rudy gunawan");
}

TEST_P(Person17NamesTest, TheDefinedNameAsCommonAtLeast) {
    EXPECT_EQ(names_.resolve(kPerson, "Ibas Yudhoyono"), "ibas yudhoyono");
}

TEST_P(Person17NamesTest, AQuotedNicknameWithTheNamesFirstOrLastWordIsTheName) {
    EXPECT_EQ(names_.resolve(kPerson, "Andi Farid Izdihar"), "andi gilang");
    EXPECT_EQ(names_.resolve(kPerson, "Stefano Teco"), "stefano cugurra");
    EXPECT_EQ(names_.resolve(kPerson, "Saul Alvarez"), "saul canelo");
}

TEST_P(Person17NamesTest, AQuotedNicknameLeadsToTheKeyOfMoreArticlesOnly) {
    // Else "saul canelo" and "saul alvarez" would lead to each other.
    EXPECT_EQ(names_.resolve(kPerson, "Saul Alvarez"), "saul canelo");
    EXPECT_EQ(names_.resolve(kPerson, "Saul Canelo"), "saul canelo");
    EXPECT_EQ(names_.resolve(kPerson, "Stefano Cugurra"), "stefano cugurra");
    EXPECT_EQ(names_.resolve(kPerson, "Andi Gilang"), "andi gilang");
}

INSTANTIATE_TEST_SUITE_P(OneDatabaseAndShards, Person17NamesTest, ::testing::Bool());

TEST(Person17Names, IsClippedFrom) {
    EXPECT_TRUE(EntityNames::is_clipped_from("gusmi", "gusmiadirrahman"));
    EXPECT_TRUE(EntityNames::is_clipped_from("midji", "h sutarmidji"));
    EXPECT_TRUE(EntityNames::is_clipped_from("dovi", "andrea dovizioso"));
    EXPECT_TRUE(EntityNames::is_clipped_from("djoksis", "djoko siswanto"));
    EXPECT_TRUE(EntityNames::is_clipped_from("karput", "kartika putri"));
    EXPECT_TRUE(EntityNames::is_clipped_from("sibad", "siti badriah"));
    // A whole word, one letter short, or three letters are no clip.
    EXPECT_FALSE(EntityNames::is_clipped_from("koman", "veronica koman"));
    EXPECT_FALSE(EntityNames::is_clipped_from("asfinawat", "asfinawati"));
    EXPECT_FALSE(EntityNames::is_clipped_from("jin", "kim seokjin"));
    // A syllable of one letter; letters not at words' starts.
    EXPECT_FALSE(EntityNames::is_clipped_from("dsiswa", "djoko siswanto"));
    EXPECT_FALSE(EntityNames::is_clipped_from("okosis", "djoko siswanto"));
}

TEST(Person17Names, QuotedNickname) {
    const auto quoted = EntityNames::quoted_nickname("andi \u2018gilang\u2019 farid izdihar");
    EXPECT_EQ(quoted.before, "andi");
    EXPECT_EQ(quoted.nickname, "gilang");
    EXPECT_EQ(quoted.after, "farid izdihar");
    EXPECT_EQ(EntityNames::quoted_nickname("josep 'pep' guardiola").nickname, "pep");
    EXPECT_EQ(EntityNames::quoted_nickname("\"teco\" cugurra").before, "");
    EXPECT_EQ(EntityNames::quoted_nickname("\u201cbeto\u201d goncalves").nickname, "beto");
    // An apostrophe inside a word; one letter in quotes.
    EXPECT_TRUE(EntityNames::quoted_nickname("ma'ruf amin").nickname.empty());
    EXPECT_TRUE(EntityNames::quoted_nickname("john 'j' smith").nickname.empty());
}

}  // namespace
}  // namespace telusur
