// A word of the sentence glued to the edge of a name, in a Title Case
// headline ("Liverpool Sempurna", "Guncang Papua Barat") or before a name
// starting a body's sentence ("Kesangsian Bondan"), cut off where the
// article names the rest alone and the whole is no name of its own
// (EntityExtractor::extract_article(), entities.cpp
// cut_ordinary_words_off_names()). The texts are made up for the tests;
// each refusal's case fails without its refusal.
#include "common/entities/entities.h"
#include "tests/extracted_names.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

namespace telusur {
namespace {

using testing::article_names;
using testing::describe;
using testing::has;

// A title, its body, a name the title's entities must hold and one they
// must not.
struct TitleCase {
    std::string_view title, body, expected, not_expected;
};

void expect_title(const TitleCase& c) {
    const auto found = article_names(c.title, c.body, true);
    EXPECT_TRUE(has(found, std::string(c.expected))) << c.title << ": " << describe(found);
    EXPECT_FALSE(has(found, std::string(c.not_expected))) << c.title << ": " << describe(found);
}

TEST(Edge15GluedWords, AWordAtATitlesNameEdgeIsCutWhereTheArticleNamesTheRest) {
    for (const TitleCase& c : std::vector<TitleCase>{
             // after the name
             {"Arema FC Imbang Lawan Tamu dari Kalimantan",
              "Arema FC bermain imbang 1-1 di Stadion Kanjuruhan. Pelatih Arema FC puas.", "ORG:Arema FC",
              "ORG:Arema FC Imbang"},
             {"Liverpool Sempurna di Anfield", "Liverpool menang 3-0 di Anfield. Liverpool kini memimpin klasemen.",
              "ORG:Liverpool", "ORG:Liverpool Sempurna"},
             // before the name
             {"Guncang Papua Barat, Gempa Magnitudo 5",
              "Gempa mengguncang Papua Barat pagi ini. Warga Papua Barat panik.", "LOC:Papua Barat",
              "LOC:Guncang Papua Barat"},
             {"Warga Mengungsi dari Lereng Gunung Merapi",
              "Warga di lereng Gunung Merapi mengungsi. Status Gunung Merapi naik.", "LOC:Gunung Merapi",
              "LOC:Lereng Gunung Merapi"}})
        expect_title(c);
}

// The body writes the rest in another form with the same canonical name.
TEST(Edge15GluedWords, TheRestTakesTheCanonicalNameTheBodyGivesIt) {
    const ArticleEntities found = EntityExtractor::instance().extract_article(
        "Man City Takluk di Kandang Sendiri",
        "Manchester City kalah 1-2 dari tamunya. Pelatih Manchester City kecewa.");
    ASSERT_FALSE(found.title.empty());
    EXPECT_EQ(found.title.front().text, "Man City");
    EXPECT_EQ(found.title.front().canonical, found.body.front().canonical);
}

TEST(Edge15GluedWords, ATitlesSpanStaysWhereARefusalHolds) {
    for (const TitleCase& c : std::vector<TitleCase>{
             // the article does not name the rest
             {"Man City Takluk di Kandang Sendiri", "Tim tamu menang 2-1. Pelatih kecewa.", "ORG:Man City Takluk",
              "ORG:Man City"},
             // the body writes the whole again: a name of its own
             {"Liverpool Sempurna di Anfield",
              "Liverpool Sempurna, begitu julukan mereka musim ini. Liverpool menang 3-0.", "ORG:Liverpool Sempurna",
              "ORG:Liverpool"},
             // the gazetteer lists the whole, a commission of its own
             {"Komnas Perempuan Minta Polisi Usut Kasus Itu",
              "Komnas menerima laporan korban. Menurut Komnas, kasus itu serius.", "ORG:Komnas Perempuan",
              "ORG:Komnas"},
             // a head of a name at the start names another thing (an
             // English club; "Universitas X" beside "X")
             {"Klub Inggris Incar Pemain Muda Persib", "Inggris punya banyak klub. Pemain asal Inggris juga datang.",
              "ORG:Klub Inggris", "LOC:Inggris"},
             // "Bintang" ("star") is a word of listed people's names: a
             // person's surname, not the headline's word
             {"Diperankan Bastian Bintang, Sinetron Baru Segera Tayang",
              "Sinetron itu dibintangi Bastian. Bastian memerankan seorang siswa.", "PER:Bastian Bintang",
              "PER:Bastian"},
             // a dictionary root the corpus does not know, ending a person,
             // can be a surname ("Rocky Gerung")
             {"Syahrini Mangap Saat Konser di Jakarta", "Syahrini tampil di Jakarta. Syahrini disambut meriah.",
              "PER:Syahrini Mangap", "PER:Syahrini"},
             // outside a Title Case headline capitalization marks names
             {"Menurut pelatih, Persija Keok karena cedera pemain",
              "Persija kalah 0-2 dari Bali United. Persija tertahan.", "ORG:Persija Keok", "ORG:Persija"}})
        expect_title(c);
}

constexpr std::string_view kTitle = "Pelatih Barcelona Puji Pemain Muda";

// A body's sentence, the name its entities must hold and one (if any) they
// must not.
struct BodyCase {
    std::string_view body, expected, not_expected;
};

TEST(Edge15GluedWords, AWordBeforeABodysSentenceInitialName) {
    for (const BodyCase& c : std::vector<BodyCase>{
             // cut: the first word of a sentence, a quote mark before it
             // changing nothing
             {"Kecemerlangan Fati membuat pelatih senang. Fati mencetak dua gol.", "PER:Fati",
              "PER:Kecemerlangan Fati"},
             {"\"Kesangsian Bondan terbukti,\" kata pelatih. Bondan tersenyum.", "PER:Bondan", "PER:Kesangsian Bondan"},
             // cut: a person's rest may be a part of the full name the
             // article writes, which the indexer folds into it
             {"Kecemerlangan Fati membuat pelatih senang. Ansu Fati mencetak dua gol.", "PER:Fati",
              "PER:Kecemerlangan Fati"},
             // kept: a name that is not its part does not count
             {"Kecemerlangan Fati membuat pelatih senang. Pelatih memuji Ansu.", "PER:Kecemerlangan Fati", "PER:Fati"},
             // kept: inside a sentence a capitalized word is the writer's
             {"Pelatih memuji Kecemerlangan Fati di laga itu. Fati mencetak dua gol.", "PER:Kecemerlangan Fati", ""},
             // kept: a body that writes the whole twice names it
             {"Kecemerlangan Fati membuat pelatih senang. Kecemerlangan Fati diakui. Fati mencetak dua gol.",
              "PER:Kecemerlangan Fati", ""}}) {
        const auto found = article_names(kTitle, c.body, false);
        EXPECT_TRUE(has(found, std::string(c.expected))) << c.body << ": " << describe(found);
        if (!c.not_expected.empty()) {
            EXPECT_FALSE(has(found, std::string(c.not_expected))) << c.body << ": " << describe(found);
        }
    }
}

}  // namespace
}  // namespace telusur
