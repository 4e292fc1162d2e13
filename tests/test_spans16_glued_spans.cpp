// Spans the tagger made too long where the source glued text to a name:
// two sentences with no space after the full stop ("Moeldoko.Dia", split
// by the tokenizer, ner_text.cpp ends_glued_sentence()) or with none at all
// ("San MarinoRossi"), two or three ordinary words at the edge of a Title
// Case headline's name ("Batam Makin Pekat", "Rumah Duka Patra Kuningan";
// both in entities.cpp cut_ordinary_words_off_names()), two names a
// headline joins by an ordinary word ("Liverpool Tumpas Newcastle", there
// too) and a name written twice in a row ("Teo Chee Hean Teo Chee Hean",
// cut_names_written_twice()).
// The texts are made up for the tests; each refusal's case fails without
// its refusal.
#include "common/entities/entities.h"
#include "common/entities/ner_text.h"
#include "tests/extracted_names.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

namespace telusur {
namespace {

using testing::article_names;
using testing::describe;
using testing::has;

std::vector<std::string> tokens_of(std::string_view text) {
    std::vector<std::string> out;
    for (const ner::TokenSpan& t : ner::tokenize(text)) out.emplace_back(text.substr(t.begin, t.end - t.begin));
    return out;
}

TEST(Spans16GluedSentences, AFullStopWithNoSpaceAfterAWordEndsTheSentence) {
    EXPECT_EQ(tokens_of("disampaikan Moeldoko.Dia mengatakan"),
              (std::vector<std::string>{"disampaikan", "Moeldoko", ".", "Dia", "mengatakan"}));
    EXPECT_EQ(tokens_of("Leo Rolly Carnando.Masih"),
              (std::vector<std::string>{"Leo", "Rolly", "Carnando", ".", "Masih"}));
    const std::vector<std::string> found = testing::names("Kabar itu disampaikan Moeldoko.Dia mengatakan semua aman.");
    EXPECT_TRUE(has(found, "PER:Moeldoko")) << describe(found);
    EXPECT_FALSE(has(found, "PER:Moeldoko.Dia")) << describe(found);
}

TEST(Spans16GluedSentences, NumbersDomainsInitialsAndAbbreviationsStayWhole) {
    for (const std::string_view token : {
             "3.5", "1.000", "Kompas.com", "B.J.", "Y.M.",
             "Tempo.Co",    // a domain in Title Case
             "Change.Org",  // another
             "Moh.Hatta",   // a short abbreviation before the dot
             "Prof.Budi",   // a known abbreviation of four letters
             "EVOS.AOV",    // capitals after the dot: a team's name
         })
        EXPECT_EQ(tokens_of(token), std::vector<std::string>{std::string(token)}) << token;
}

struct ArticleCase {
    std::string_view title, body, expected, not_expected;
};

void expect(const ArticleCase& c, bool of_title) {
    const auto found = article_names(c.title, c.body, of_title);
    EXPECT_TRUE(has(found, std::string(c.expected))) << c.title << " / " << c.body << ": " << describe(found);
    EXPECT_FALSE(has(found, std::string(c.not_expected))) << c.title << " / " << c.body << ": " << describe(found);
}

TEST(Spans16GluedWords, TwoOrdinaryWordsAtAHeadlinesNameEdgeAreCut) {
    for (const ArticleCase& c : std::vector<ArticleCase>{
             // after the name
             {"Asap di Batam Makin Pekat, Warga Diminta Pakai Masker",
              "Kabut asap di Batam semakin pekat pada Selasa pagi. Wali Kota Batam meminta warga memakai masker.",
              "LOC:Batam", "LOC:Batam Makin Pekat"},
             {"Sepekan Terakhir Suhu di Malang Makin Dingin, Ini Sebabnya",
              "Suhu di Malang turun hingga 15 derajat. Warga Malang diminta menjaga kesehatan.", "LOC:Malang",
              "LOC:Malang Makin Dingin"},
             // before the name
             {"Jenazah Tiba di Rumah Duka Patra Kuningan",
              "Jenazah tiba di rumah duka Patra Kuningan, Jakarta Selatan, pukul 20.30 WIB.", "LOC:Patra Kuningan",
              "LOC:Rumah Duka Patra Kuningan"}})
        expect(c, true);
}

TEST(Spans16GluedWords, ASpanStaysWhereARefusalHolds) {
    // The words cut off are a name the article writes: Sawah Besar, a
    // district of Jakpus.
    expect({"Kebakaran di Sawah Besar Jakpus, 4 Damkar Dikerahkan",
            "Kebakaran terjadi di Kecamatan Sawah Besar, Jakpus, pada Selasa siang. Petugas Jakpus mengerahkan "
            "empat mobil pemadam.",
            "LOC:Sawah Besar Jakpus", "LOC:Jakpus"},
           true);
    // The rest would be only a head of a name, beside a stray "PT".
    expect({"PT Mobil Anak Bangsa Akan Produksi Motor Listrik",
            "PT , (MAB) akan memproduksi motor listrik tahun depan. Pendiri MAB mengatakan produksi dimulai Januari.",
            "ORG:PT Mobil Anak Bangsa", "ORG:PT"},
           true);
    // A body's sentence capitalizes its first word only: the writer
    // capitalized the second.
    const auto body = article_names("Pasar Modal Sepi Pekan Ini",
                                    "Bursa Efek Indonesia mencatat transaksi turun. Investor di Indonesia menunggu "
                                    "data inflasi.",
                                    false);
    EXPECT_TRUE(has(body, "ORG:Bursa Efek Indonesia")) << describe(body);
    EXPECT_EQ(std::count(body.begin(), body.end(), "LOC:Indonesia"), 1) << describe(body);
}

// The title's entities as "TYPE:text", in order.
std::string title_names(std::string_view title, std::string_view body) {
    std::string out;
    for (const std::string& name : article_names(title, body, true)) out += name + "; ";
    return out;
}

TEST(Spans16JoiningWord, TwoNamesAHeadlineJoinsByAnOrdinaryWordAreSplit) {
    EXPECT_EQ(
        title_names("Liverpool Tumpas Newcastle 3-1 di Anfield",
                    "Liverpool menang 3-1 atas Newcastle. Pelatih Newcastle kecewa, Liverpool memimpin klasemen."),
        "ORG:Liverpool; ORG:Newcastle; LOC:Anfield; ");
    EXPECT_EQ(title_names("Netanyahu Kecewa Benny Gantz Tolak Koalisi",
                          "Netanyahu menyebut Benny Gantz menolak tawaran. Benny Gantz memimpin partai Biru Putih."),
              "PER:Netanyahu; PER:Benny Gantz; ");
}

TEST(Spans16JoiningWord, ASpanStaysUnlessBothNamesAreWrittenAloneAndTheWordIsOrdinary) {
    // The body does not name Liverpool alone.
    EXPECT_EQ(title_names("Liverpool Tumpas Newcastle 3-1 di Anfield",
                          "Tuan rumah menang 3-1 atas tamunya. Pelatih Newcastle kecewa."),
              "ORG:Liverpool Tumpas Newcastle; LOC:Anfield; ");
    // "Akbar" is a word of names, capitalized in most of its uses.
    EXPECT_EQ(title_names("Ilham Akbar Habibie Hadiri Pemakaman",
                          "Ilham hadir bersama keluarga. Habibie dimakamkan di TMP Kalibata."),
              "PER:Ilham Akbar Habibie; ");
}

// The body's text as written, each of its entities' text.
std::vector<std::string> body_texts(std::string_view body) {
    std::vector<std::string> out;
    for (const Entity& e : EntityExtractor::instance().extract_article("x", body).body) out.push_back(e.text);
    return out;
}

TEST(Spans16GluedSentences, TheNextSentencesWordGluedWithNoSpaceIsCut) {
    const auto found =
        body_texts("Pebalap Valentino Rossi finis keempat di San Marino. Balapan di San MarinoRossi mengaku puas.");
    EXPECT_EQ(std::count(found.begin(), found.end(), "San Marino"), 2) << describe(found);
    EXPECT_FALSE(has(found, "San MarinoRossi")) << describe(found);
}

TEST(Spans16GluedSentences, ABrandsWordAndAWordWrittenTwiceStayWhole) {
    // A one-word span: a brand's parts are written so.
    const auto brand =
        body_texts("Layanan baru Grab hadir di Medan. Menurut Grab, pesanan naik. Warga memakai GrabFood setiap hari.");
    EXPECT_TRUE(has(brand, "GrabFood")) << describe(brand);
    // The glued word is written twice: no slip of one sentence.
    const auto twice = body_texts(
        "Pebalap Valentino Rossi finis keempat di San Marino. Di San MarinoRossi mengaku puas. Balapan di San "
        "MarinoRossi seru.");
    EXPECT_TRUE(has(twice, "San MarinoRossi")) << describe(twice);
}

TEST(Spans16NameWrittenTwice, TheSecondCopyIsCutOff) {
    const std::vector<std::string> found =
        testing::names("Wakil Perdana Menteri Singapura Teo Chee Hean Teo Chee Hean tiba di Jakarta.");
    EXPECT_TRUE(has(found, "PER:Teo Chee Hean")) << describe(found);
    EXPECT_FALSE(has(found, "PER:Teo Chee Hean Teo Chee Hean")) << describe(found);
    // One word twice is a name of its own.
    const std::vector<std::string> island = testing::names("Turis datang ke Bora Bora setiap tahun.");
    ASSERT_FALSE(island.empty());
    EXPECT_NE(island.front().find("Bora Bora"), std::string::npos) << describe(island);
}

}  // namespace
}  // namespace telusur
