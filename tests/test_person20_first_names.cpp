// People named with more or other first words in one answer (docs/facets.md,
// session 28, person20): a name that ends the one longer name of the list
// ("Bebby Fey" of "DJ Bebby Fey"), a woman's maiden and married names beside
// her husband ("Hasri Ainun Besari", "Hasri Ainun Habibie" beside "BJ
// Habibie"), and a name that starts a longer one as often named ("Liza
// Elly", "Liza Elly Purnamasari"); on one database and on the same articles
// in two shards.
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

Xapian::Document named(const std::string& key, const std::vector<std::string>& forms) {
    return article({{&kPerson, key, forms}});
}

std::vector<Xapian::Document> articles() {
    std::vector<Xapian::Document> docs;
    // A wife's maiden and married names, her husband, her name clipped.
    add_copies(docs, 5, named("Hasri Ainun Besari", {"Hasri Ainun Besari"}));
    add_copies(docs, 4, named("Hasri Ainun Habibie", {"Hasri Ainun Habibie"}));
    add_copies(docs, 5, named("Ainun Habibie", {"Ainun Habibie"}));
    add_copies(docs, 6, named("Ainun", {"Ainun"}));
    add_copies(docs, 20, named("BJ Habibie", {"BJ Habibie"}));
    // A title glued before a name; a first name the news writes rarely.
    add_copies(docs, 2, named("DJ Bebby Fey", {"DJ Bebby Fey"}));
    add_copies(docs, 10, named("Bebby Fey", {"Bebby Fey"}));
    add_copies(docs, 2, named("Indrasari Wisnu Wardhana", {"Indrasari Wisnu Wardhana"}));
    add_copies(docs, 3, named("Wisnu Wardhana", {"Wisnu Wardhana"}));
    // A wife named with her husband's whole name, far rarer than he.
    add_copies(docs, 1, named("Iriana Joko Widodo", {"Iriana Joko Widodo"}));
    add_copies(docs, 30, named("Joko Widodo", {"Joko Widodo"}));
    // A singer named with her group, called by her own first name.
    add_copies(docs, 4, named("Wendy Blue Moon", {"Wendy Blue Moon", "Wendy"}));
    add_copies(docs, 6, named("Blue Moon", {"Blue Moon"}));
    // A husband glued before his wife's name by a kinship word.
    add_copies(docs, 2, named("Krisjiana Suami Siti Badriah", {"Krisjiana Suami Siti Badriah"}));
    add_copies(docs, 5, named("Siti Badriah", {"Siti Badriah"}));
    // Korean names that share two short first words.
    add_copies(docs, 3, named("Lee Min Ho", {"Lee Min Ho"}));
    add_copies(docs, 3, named("Lee Min Jung", {"Lee Min Jung"}));
    add_copies(docs, 3, named("Kim Jung", {"Kim Jung"}));
    // A name and a longer one as often named.
    add_copies(docs, 2, named("Liza Elly", {"Liza Elly"}));
    add_copies(docs, 2, named("Liza Elly Purnamasari", {"Liza Elly Purnamasari"}));
    return docs;
}

/// Parameter: two shards (else one database).
class Person20FirstNamesTest : public ::testing::TestWithParam<bool> {
protected:
    Person20FirstNamesTest() : db_(testing::split_into(articles(), GetParam() ? 2 : 1)), names_(db_) {}
    /// same_thing_as() on one answer's list of `keys`, each named by
    /// `counts[i]` of its articles.
    std::vector<std::size_t> one_answer(const std::vector<std::string>& keys, const std::vector<std::size_t>& counts) {
        return same_thing_as(kPerson, names_, keys, counts);
    }
    /// Whether keys[a] and keys[b] end in one entry.
    static bool together(const std::vector<std::size_t>& into, std::size_t a, std::size_t b) {
        return into[a] == into[b];
    }
    Xapian::Database db_;
    EntityNames names_;
};

TEST_P(Person20FirstNamesTest, AWifesMaidenAndMarriedNamesBesideHerHusbandAreOnePerson) {
    const std::vector<std::string> keys = {"bj habibie", "hasri ainun besari", "hasri ainun habibie", "ainun habibie",
                                           "ainun"};
    const auto into = one_answer(keys, {30, 7, 8, 8, 16});
    for (std::size_t i = 2; i < keys.size(); ++i) EXPECT_TRUE(together(into, 1, i)) << keys[i];
    EXPECT_FALSE(together(into, 0, 1));
    // The maiden name the commoner: the married name's later words still
    // find it through the married name joined into it.
    const auto maiden = one_answer(keys, {30, 20, 8, 8, 16});
    for (std::size_t i = 2; i < keys.size(); ++i) EXPECT_TRUE(together(maiden, 1, i)) << keys[i];
    // Without the husband in the list, two last words are two people's.
    const auto apart = one_answer({"hasri ainun besari", "hasri ainun habibie"}, {3, 3});
    EXPECT_FALSE(together(apart, 0, 1));
    // First words of three letters: Korean names, not one name.
    const auto korean = one_answer({"lee min ho", "lee min jung", "kim jung"}, {3, 3, 3});
    EXPECT_FALSE(together(korean, 0, 1));
}

TEST_P(Person20FirstNamesTest, ANameEndingTheOneLongerNameOfTheListIsThatPerson) {
    for (const auto& [whole, part] : std::vector<std::pair<std::string, std::string>>{
             {"dj bebby fey", "bebby fey"}, {"indrasari wisnu wardhana", "wisnu wardhana"}}) {
        const auto into = one_answer({whole, part}, {1, 3});
        EXPECT_TRUE(together(into, 0, 1)) << whole;
        EXPECT_EQ(into[0], 1u) << "into the commoner: " << part;
    }
}

TEST_P(Person20FirstNamesTest, AWifeARelativeAndASingerBesideHerGroupStayApart) {
    for (const auto& [whole, part] : std::vector<std::pair<std::string, std::string>>{
             {"iriana joko widodo", "joko widodo"},             // far rarer
             {"wendy blue moon", "blue moon"},                  // called "Wendy"
             {"krisjiana suami siti badriah", "siti badriah"},  // "suami"
             {"sony budi santoso", "budi santoso"}}) {          // unknown to the database
        const auto into = one_answer({whole, part}, {1, 3});
        EXPECT_FALSE(together(into, 0, 1)) << whole;
    }
    // A ticket: the longer name starts with another name of the list.
    const auto ticket = one_answer({"joko widodo", "joko widodo bebby fey", "bebby fey"}, {5, 1, 3});
    EXPECT_FALSE(together(ticket, 1, 2));
}

TEST_P(Person20FirstNamesTest, ANameStartingALongerOneAsOftenNamedIsThatPerson) {
    const auto into = one_answer({"liza elly purnamasari", "liza elly"}, {1, 1});
    EXPECT_TRUE(together(into, 0, 1));
}

TEST_P(Person20FirstNamesTest, InitialsGluedToTheNextWordAreAWordOfTheirOwn) {
    // "M.Ikhsan Rosan" as "M Ikhsan Rosan" writes it; "H.S" stays one word
    // (an "H." alone would be the title Haji).
    EXPECT_TRUE(together(one_answer({"m.ikhsan rosan", "m ikhsan rosan"}, {1, 2}), 0, 1));
    EXPECT_TRUE(together(one_answer({"h.s dillon", "hs dillon"}, {1, 2}), 0, 1));
    EXPECT_FALSE(together(one_answer({"m.ikhsan rosan", "m ikhsan asaad"}, {1, 2}), 0, 1));
}

TEST_P(Person20FirstNamesTest, ASurnameCutToItsInitialIsTheOneNameOfTheListItStarts) {
    EXPECT_TRUE(together(one_answer({"iwa karniwa", "iwa k"}, {3, 1}), 0, 1));
    // Two surnames with that letter: which one is unknown.
    const auto two = one_answer({"budi santoso", "budi sudarsono", "budi s"}, {3, 3, 1});
    EXPECT_FALSE(together(two, 2, 0));
    EXPECT_FALSE(together(two, 2, 1));
}

INSTANTIATE_TEST_SUITE_P(OneDatabaseAndShards, Person20FirstNamesTest, ::testing::Bool());

}  // namespace
}  // namespace telusur
