// One name written two ways in one article by a slip of the pen ("Mauricio
// Leal" ... "Mauricio Lela") or with and without accents ("Maxi Gómez" ...
// "Maxi Gomez") is one name (entities.cpp, fold_slips_of_the_pen()), so the
// article's entity list and the facets count it once. The texts are made up
// for the tests.
#include "common/entities/entities.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace telusur {
namespace {

/// The canonical name of the first mention written `text`, "" if none.
std::string canonical_of(const std::vector<Entity>& found, std::string_view text) {
    for (const Entity& e : found)
        if (e.text == text) return e.canonical;
    return "";
}

std::vector<Entity> extract(std::string_view text) { return EntityExtractor::instance().extract(text); }

TEST(SlipsOfThePen, APersonsNameSlippedInOneArticleIsOneName) {
    const auto leal = extract("Pelatih Mauricio Leal memuji timnya. Menurut Mauricio Lela, laga itu berat.");
    ASSERT_FALSE(canonical_of(leal, "Mauricio Lela").empty());
    EXPECT_EQ(canonical_of(leal, "Mauricio Lela"), canonical_of(leal, "Mauricio Leal"));
    const auto one_word = extract("Kepala BPS Suharyanto memaparkan data. Menurut Suhariyanto, ekspor turun.");
    ASSERT_FALSE(canonical_of(one_word, "Suharyanto").empty());
    EXPECT_EQ(canonical_of(one_word, "Suharyanto"), canonical_of(one_word, "Suhariyanto"));
}

TEST(SlipsOfThePen, AccentsMakeNoOtherName) {
    const auto found =
        extract("Striker Uruguay Maxi Gómez mencetak dua gol. Maxi Gomez kini memimpin daftar pencetak gol.");
    ASSERT_FALSE(canonical_of(found, "Maxi Gomez").empty());
    EXPECT_EQ(canonical_of(found, "Maxi Gomez"), canonical_of(found, "Maxi Gómez"));
}

TEST(SlipsOfThePen, TheSpellingTheNewsKnowsIsKept) {
    // "Pompeo" is a word of the news corpus, "Pompoe" is not: the mention
    // written first still takes the known spelling.
    const auto found = extract("Menlu AS Mike Pompoe tiba di Seoul. Mike Pompeo bertemu Presiden Moon Jae-in.");
    EXPECT_EQ(canonical_of(found, "Mike Pompoe"), "Mike Pompeo");
    EXPECT_EQ(canonical_of(found, "Mike Pompeo"), "Mike Pompeo");
}

// Refusals.

TEST(SlipsOfThePen, APlacesSpellingsAreLeftToTheDatabase) {
    // Two spellings of one province: the database joins them (the spelling
    // rule of EntityNames); one article's choice would split the counts that
    // join a place's epithet to it.
    const auto found = extract("Hujan deras melanda Sumatra Utara. Banjir di Sumatera Utara merendam ratusan rumah.");
    EXPECT_EQ(canonical_of(found, "Sumatra Utara"), "Sumatra Utara");
    EXPECT_EQ(canonical_of(found, "Sumatera Utara"), "Sumatera Utara");
}

TEST(SlipsOfThePen, ABodysChangedLetterIsAnotherBody) {
    const auto found = extract("Pemain Persija Putra dan Persija Putri berlatih bersama.");
    ASSERT_FALSE(canonical_of(found, "Persija Putri").empty());
    EXPECT_NE(canonical_of(found, "Persija Putra"), canonical_of(found, "Persija Putri"));
}

TEST(SlipsOfThePen, AShortWordsChangedLetterIsAnotherPerson) {
    const auto found = extract("Aktris Jung Jae Yeon beradu akting dengan Jung Jae Yoon dalam drama itu.");
    ASSERT_FALSE(canonical_of(found, "Jung Jae Yoon").empty());
    EXPECT_NE(canonical_of(found, "Jung Jae Yeon"), canonical_of(found, "Jung Jae Yoon"));
}

TEST(SlipsOfThePen, OneWordOfListedPeoplesNamesIsAnotherPerson) {
    const auto found = extract("Warga bernama Muhamad melapor ke polisi. Tetangganya, Muhammad, menjadi saksi.");
    ASSERT_FALSE(canonical_of(found, "Muhammad").empty());
    EXPECT_NE(canonical_of(found, "Muhamad"), canonical_of(found, "Muhammad"));
}

TEST(SlipsOfThePen, OneWordOfListedPeoplesNamesWithAnEndingIsAnotherPerson) {
    const auto found = extract("Gelandang Williams mencetak gol. Bek William dikartu merah.");
    ASSERT_FALSE(canonical_of(found, "William").empty()) << "the tagger no longer finds the name";
    EXPECT_NE(canonical_of(found, "Williams"), canonical_of(found, "William"));
}

}  // namespace
}  // namespace telusur
