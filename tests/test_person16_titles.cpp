// A person's leading title, honorific or "Muhammad" before the names the
// news also writes alone ("Raden Prabowo Argo Yuwono", "Pol Argo Yuwono",
// "Muhammad Tito Karnavian", "I Ketut Diarmita"; docs/facets.md, session
// 24, person16): resolved across the database by the designator rule, on an
// in-memory database and on the same articles in two shards, and joined
// within one answer.
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

std::vector<Xapian::Document> articles() {
    std::vector<Xapian::Document> docs;
    // A rank's "Pol" the tagger left, a leading "Muhammad", the Balinese
    // "I", a religious title: the names alone are commoner.
    add_copies(docs, 2, article({{&kPerson, "Pol Argo Yuwono", {"Pol Argo Yuwono"}}}));
    add_copies(docs, 6, article({{&kPerson, "Argo Yuwono", {"Argo Yuwono", "Argo"}}}));
    add_copies(docs, 1, article({{&kPerson, "Muhammad Tito Karnavian", {"Muhammad Tito Karnavian"}}}));
    add_copies(docs, 1, article({{&kPerson, "M Tito Karnavian", {"M Tito Karnavian"}}}));
    add_copies(docs, 5, article({{&kPerson, "Tito Karnavian", {"Tito Karnavian", "Tito"}}}));
    add_copies(docs, 1, article({{&kPerson, "I Ketut Diarmita", {"I Ketut Diarmita"}}}));
    add_copies(docs, 3, article({{&kPerson, "Ketut Diarmita", {"Ketut Diarmita"}}}));
    add_copies(docs, 2, article({{&kPerson, "Ustadz Abdul Somad", {"Ustadz Abdul Somad"}}}));
    add_copies(docs, 4, article({{&kPerson, "Abdul Somad", {"Abdul Somad"}}}));
    // A father's name after "bin", which his sons share.
    add_copies(docs, 2, article({{&kPerson, "Mohammed bin Salman", {"Mohammed bin Salman"}}}));
    add_copies(docs, 4, article({{&kPerson, "bin Salman", {"bin Salman"}}}));
    // "Sri" is a given name, "Ra" a Korean surname: no titles.
    add_copies(docs, 1, article({{&kPerson, "Sri Mulyani Indrawati", {"Sri Mulyani Indrawati"}}}));
    add_copies(docs, 3, article({{&kPerson, "Mulyani Indrawati", {"Mulyani Indrawati"}}}));
    add_copies(docs, 1, article({{&kPerson, "Ra Mi Ran", {"Ra Mi Ran"}}}));
    add_copies(docs, 3, article({{&kPerson, "Mi Ran", {"Mi Ran"}}}));
    // Before one word, a title may be a given name ("Pol Espargaro").
    add_copies(docs, 3, article({{&kPerson, "Pol Espargaro", {"Pol Espargaro"}}}));
    add_copies(docs, 6, article({{&kPerson, "Espargaro", {"Espargaro"}}}));
    // A title before a name alone: "Habibie" names BJ Habibie in this
    // database, 20 times as often as "Dr Habibie", "Budi" no one in
    // particular.
    add_copies(docs, 45, article({{&kPerson, "BJ Habibie", {"BJ Habibie", "Habibie"}}}));
    // ... but a name of 8 articles is not 20 times "Ustadz Anam"'s.
    add_copies(docs, 8, article({{&kPerson, "Choirul Anam", {"Choirul Anam", "Anam"}}}));
    add_copies(docs, 1, article({{&kPerson, "Ustadz Anam", {"Ustadz Anam"}}}));
    add_copies(docs, 1, article({{&kPerson, "Habibie", {"Habibie"}}}));
    add_copies(docs, 2, article({{&kPerson, "Dr Habibie", {"Dr Habibie"}}}));
    add_copies(docs, 1, article({{&kPerson, "H Habibie", {"H Habibie"}}}));
    add_copies(docs, 6, article({{&kPerson, "Budi", {"Budi"}}}));
    add_copies(docs, 1, article({{&kPerson, "Dr Budi", {"Dr Budi"}}}));
    // A prince is no title's: "Harry" may be anyone's.
    add_copies(docs, 6, article({{&kPerson, "Harry Kane", {"Harry Kane", "Harry"}}}));
    add_copies(docs, 1, article({{&kPerson, "Harry", {"Harry"}}}));
    add_copies(docs, 2, article({{&kPerson, "Pangeran Harry", {"Pangeran Harry"}}}));
    return docs;
}

/// Parameter: two shards (else one database).
class Person16TitlesTest : public ::testing::TestWithParam<bool> {
protected:
    Person16TitlesTest() : db_(testing::split_into(articles(), GetParam() ? 2 : 1)), names_(db_) {}
    std::size_t matches(const std::string& name) {
        return testing::documents_with_any(db_, names_.filter_terms(kPerson, name));
    }
    Xapian::Database db_;
    EntityNames names_;
};

TEST_P(Person16TitlesTest, ALeadingTitleOrMuhammadBeforeTheNameAloneIsThatPerson) {
    EXPECT_EQ(names_.resolve(kPerson, "Pol Argo Yuwono"), "argo yuwono");
    EXPECT_EQ(names_.resolve(kPerson, "Muhammad Tito Karnavian"), "tito karnavian");
    EXPECT_EQ(names_.resolve(kPerson, "M Tito Karnavian"), "tito karnavian");
    EXPECT_EQ(names_.resolve(kPerson, "I Ketut Diarmita"), "ketut diarmita");
    EXPECT_EQ(names_.resolve(kPerson, "Ustadz Abdul Somad"), "abdul somad");
    // Filters find the titled forms through their designated terms.
    EXPECT_EQ(matches("Tito Karnavian"), 7u);
    EXPECT_EQ(matches("Argo Yuwono"), 8u);
    EXPECT_EQ(names_.display_name(kPerson, "tito karnavian", ""), "Tito Karnavian");
}

TEST_P(Person16TitlesTest, AFathersNameAfterBinStaysApart) {
    EXPECT_EQ(names_.resolve(kPerson, "Mohammed bin Salman"), "mohammed bin salman");
    EXPECT_EQ(EntityNames::without_designator_word(EntityType::Person, "muhammad bin salman"), "");
}

TEST_P(Person16TitlesTest, AGivenNameOrAKoreanSurnameIsNoTitle) {
    EXPECT_EQ(names_.resolve(kPerson, "Sri Mulyani Indrawati"), "sri mulyani indrawati");
    EXPECT_EQ(names_.resolve(kPerson, "Ra Mi Ran"), "ra mi ran");
}

TEST_P(Person16TitlesTest, ATitleBeforeOneWordStaysApart) {
    EXPECT_EQ(names_.resolve(kPerson, "Pol Espargaro"), "pol espargaro");
}

TEST_P(Person16TitlesTest, ATitleBeforeANameTheDatabaseKnowsIsThatPerson) {
    EXPECT_EQ(names_.resolve(kPerson, "Dr Habibie"), "bj habibie");
    EXPECT_EQ(names_.resolve(kPerson, "H Habibie"), "bj habibie");
}

TEST_P(Person16TitlesTest, ATitleBeforeAWordOfItsOwnOrAPrinceStaysApart) {
    EXPECT_EQ(names_.resolve(kPerson, "Dr Budi"), "dr budi");
    EXPECT_EQ(names_.resolve(kPerson, "Anam"), "choirul anam");
    EXPECT_EQ(names_.resolve(kPerson, "Ustadz Anam"), "ustadz anam");
    EXPECT_EQ(names_.resolve(kPerson, "Harry"), "harry kane");
    EXPECT_EQ(names_.resolve(kPerson, "Pangeran Harry"), "pangeran harry");
}

INSTANTIATE_TEST_SUITE_P(OneDatabaseAndShards, Person16TitlesTest, ::testing::Bool());

TEST(Person16Titles, DesignatorWordsOfPeople) {
    EXPECT_EQ(EntityNames::without_designator_word(EntityType::Person, "raden prabowo argo yuwono"),
              "prabowo argo yuwono");
    EXPECT_EQ(EntityNames::without_designator_word(EntityType::Person, "sir alex ferguson"), "alex ferguson");
    EXPECT_EQ(EntityNames::without_designator_word(EntityType::Person, "mochamad faizal shaifullah"),
              "faizal shaifullah");
    EXPECT_EQ(EntityNames::without_designator_word(EntityType::Person, "hj siti habibah"), "siti habibah");
    // Not of other types ("M" of an organization, "I" of a place).
    EXPECT_EQ(EntityNames::without_designator_word(EntityType::Organization, "m tito karnavian"), "");
    EXPECT_EQ(EntityNames::without_designator_word(EntityType::Person, "sir alex"), "");
}

/// Within one answer the bare names are equal, whichever is commoner.
TEST(Person16Titles, OneAnswerJoinsTheTitledFormIntoTheName) {
    Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
    const EntityNames names(db);
    const std::vector<std::string> keys{"muhammad rian ardianto", "rian ardianto"};
    const std::vector<std::size_t> into = same_thing_as(kPerson, names, keys, {1, 1});
    EXPECT_EQ(into[0], into[1]);
}

}  // namespace
}  // namespace telusur
