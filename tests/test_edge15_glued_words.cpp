// A word of a Title Case headline's sentence glued to the edge of a name
// ("Liverpool Sempurna", "Guncang Papua Barat"), cut off where the article
// names the rest alone and the whole is no name of its own
// (EntityExtractor::extract_article(), entities.cpp
// cut_ordinary_words_off_headline_names()). The texts are made up for the
// tests; each refusal's test fails without its refusal.
#include "common/entities/entities.h"
#include "tests/extracted_names.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

namespace telusur {
namespace {

using testing::describe;
using testing::has;

// "TYPE:text" of each entity of the title, extracted with its body.
std::vector<std::string> title_names(std::string_view title, std::string_view body) {
    std::vector<std::string> out;
    for (const Entity& e : EntityExtractor::instance().extract_article(title, body).title)
        out.push_back(std::string(entity_type_name(e.type)) + ":" + e.text);
    return out;
}

// "TYPE:text" of each entity of the body, extracted with its title.
std::vector<std::string> body_names(std::string_view title, std::string_view body) {
    std::vector<std::string> out;
    for (const Entity& e : EntityExtractor::instance().extract_article(title, body).body)
        out.push_back(std::string(entity_type_name(e.type)) + ":" + e.text);
    return out;
}

constexpr std::string_view kTitle = "Pelatih Barcelona Puji Pemain Muda";

TEST(Edge15GluedWords, AWordAfterANameTheBodyWritesAloneIsCut) {
    const auto arema = title_names("Arema FC Imbang Lawan Tamu dari Kalimantan",
                                   "Arema FC bermain imbang 1-1 di Stadion Kanjuruhan. Pelatih Arema FC puas.");
    EXPECT_TRUE(has(arema, "ORG:Arema FC")) << describe(arema);
    const auto liverpool = title_names("Liverpool Sempurna di Anfield",
                                       "Liverpool menang 3-0 di Anfield. Liverpool kini memimpin klasemen.");
    EXPECT_TRUE(has(liverpool, "ORG:Liverpool")) << describe(liverpool);
}

TEST(Edge15GluedWords, AWordBeforeANameTheBodyWritesAloneIsCut) {
    const auto papua = title_names("Guncang Papua Barat, Gempa Magnitudo 5",
                                   "Gempa mengguncang Papua Barat pagi ini. Warga Papua Barat panik.");
    EXPECT_TRUE(has(papua, "LOC:Papua Barat")) << describe(papua);
    const auto merapi = title_names("Warga Mengungsi dari Lereng Gunung Merapi",
                                    "Warga di lereng Gunung Merapi mengungsi. Status Gunung Merapi naik.");
    EXPECT_TRUE(has(merapi, "LOC:Gunung Merapi")) << describe(merapi);
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

// The cut needs the article to name the rest: extract() alone, or a body
// that does not name it, keeps the span.
TEST(Edge15GluedWords, NoCutWhereTheArticleDoesNotNameTheRest) {
    const auto found = title_names("Man City Takluk di Kandang Sendiri", "Tim tamu menang 2-1. Pelatih kecewa.");
    EXPECT_TRUE(has(found, "ORG:Man City Takluk")) << describe(found);
}

// The body writes the whole span again: a name of its own.
TEST(Edge15GluedWords, AWholeTheBodyWritesAgainStays) {
    const auto found = title_names("Liverpool Sempurna di Anfield",
                                   "Liverpool Sempurna, begitu julukan mereka musim ini. Liverpool menang 3-0.");
    EXPECT_TRUE(has(found, "ORG:Liverpool Sempurna")) << describe(found);
}

// A name the gazetteer lists is one ("Komnas Perempuan", a commission of
// its own, though "perempuan" is an ordinary word and the body writes
// "Komnas" alone).
TEST(Edge15GluedWords, AListedWholeStays) {
    const auto found = title_names("Komnas Perempuan Minta Polisi Usut Kasus Itu",
                                   "Komnas menerima laporan korban. Menurut Komnas, kasus itu serius.");
    EXPECT_TRUE(has(found, "ORG:Komnas Perempuan")) << describe(found);
}

// A head of a name at the start names a thing of its own ("Klub Inggris", an
// English club; "Universitas X" beside "X").
TEST(Edge15GluedWords, AHeadAtTheStartStays) {
    const auto found = title_names("Klub Inggris Incar Pemain Muda Persib",
                                   "Inggris punya banyak klub. Pemain asal Inggris juga datang.");
    EXPECT_TRUE(has(found, "ORG:Klub Inggris")) << describe(found);
}

// "Bintang" is a common word ("star") and a word of listed people's names:
// a person's surname, not the headline's word.
TEST(Edge15GluedWords, AWordOfListedPeoplesNamesStaysInAPerson) {
    const auto found = title_names("Diperankan Bastian Bintang, Sinetron Baru Segera Tayang",
                                   "Sinetron itu dibintangi Bastian. Bastian memerankan seorang siswa.");
    EXPECT_TRUE(has(found, "PER:Bastian Bintang")) << describe(found);
}

// A dictionary root the corpus does not know, at the end of a person's
// name, can be a surname ("Rocky Gerung"): kept.
TEST(Edge15GluedWords, ARareRootEndingAPersonStays) {
    const auto found =
        title_names("Syahrini Mangap Saat Konser di Jakarta", "Syahrini tampil di Jakarta. Syahrini disambut meriah.");
    EXPECT_TRUE(has(found, "PER:Syahrini Mangap")) << describe(found);
}

// Outside a Title Case headline capitalization marks names: no cut.
TEST(Edge15GluedWords, ATitleInSentenceCaseIsLeft) {
    const auto found = title_names("Menurut pelatih, Persija Keok karena cedera pemain",
                                   "Persija kalah 0-2 dari Bali United. Persija tertahan.");
    EXPECT_TRUE(has(found, "ORG:Persija Keok")) << describe(found);
}

// A body capitalizes the first word of a sentence, glued to the name after
// it; a quote mark before it changes nothing.
TEST(Edge15GluedWords, AWordStartingABodysSentenceIsCut) {
    const auto fati = body_names(kTitle, "Kecemerlangan Fati membuat pelatih senang. Fati mencetak dua gol.");
    EXPECT_FALSE(has(fati, "PER:Kecemerlangan Fati")) << describe(fati);
    EXPECT_EQ(std::count(fati.begin(), fati.end(), "PER:Fati"), 2) << describe(fati);
    const auto bondan = body_names(kTitle, "\"Kesangsian Bondan terbukti,\" kata pelatih. Bondan tersenyum.");
    EXPECT_EQ(std::count(bondan.begin(), bondan.end(), "PER:Bondan"), 2) << describe(bondan);
}

// A person's rest may be a part of a name the article writes in full: the
// indexer folds it into the name ("Fati" into "Ansu Fati"); a name that is
// not its part does not count.
TEST(Edge15GluedWords, APersonsRestMayBeAPartOfTheFullName) {
    const auto part = body_names(kTitle, "Kecemerlangan Fati membuat pelatih senang. Ansu Fati mencetak dua gol.");
    EXPECT_TRUE(has(part, "PER:Fati")) << describe(part);
    const auto other = body_names(kTitle, "Kecemerlangan Fati membuat pelatih senang. Pelatih memuji Ansu.");
    EXPECT_TRUE(has(other, "PER:Kecemerlangan Fati")) << describe(other);
}

// Inside a body's sentence a capitalized word is the writer's: no cut.
TEST(Edge15GluedWords, AWordInsideABodysSentenceStays) {
    const auto found = body_names(kTitle, "Pelatih memuji Kecemerlangan Fati di laga itu. Fati mencetak dua gol.");
    EXPECT_TRUE(has(found, "PER:Kecemerlangan Fati")) << describe(found);
}

// A body that writes the whole twice names it.
TEST(Edge15GluedWords, AWholeABodyWritesTwiceStays) {
    const auto found = body_names(
        kTitle, "Kecemerlangan Fati membuat pelatih senang. Kecemerlangan Fati diakui. Fati mencetak dua gol.");
    EXPECT_TRUE(has(found, "PER:Kecemerlangan Fati")) << describe(found);
}

}  // namespace
}  // namespace telusur
