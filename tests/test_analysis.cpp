// Text to terms: the analysis pipeline shared by index and query, in
// Xapian's term[positions] notation (as api_termgen.cc does).
#include "common/analysis/analyzer.h"
#include "common/analysis/answer_types.h"

#include <gtest/gtest.h>

#include <map>

namespace telusur {
namespace {

/// "term[pos,pos] term[pos]" for the unprefixed terms TermGenerator writes,
/// and the stemmed terms after a '|'.
std::string index_terms(const std::string& text, const std::string& stemmer) {
    const Analyzer analyzer(AnalysisOptions{stemmer, true});
    Xapian::TermGenerator generator;
    analyzer.configure(generator);
    Xapian::Document doc;
    generator.set_document(doc);
    generator.index_text(analyzer.normalize(text));
    std::string positional, stemmed;
    for (auto t = doc.termlist_begin(); t != doc.termlist_end(); ++t) {
        const std::string term = *t;
        if (term[0] == 'Z') {
            stemmed += (stemmed.empty() ? "" : " ") + term;
            continue;
        }
        std::string positions;
        for (auto p = t.positionlist_begin(); p != t.positionlist_end(); ++p)
            positions += (positions.empty() ? "" : ",") + std::to_string(*p);
        positional += (positional.empty() ? "" : " ") + term + "[" + positions + "]";
    }
    return positional + " | " + stemmed;
}

/// The goldens hold for the default stemmer and for Snowball alike (where
/// the stems differ, both are spelled out).
class AnalysisGoldens : public ::testing::TestWithParam<const char*> {
protected:
    bool snowball() const { return std::string(GetParam()) == "snowball"; }
};
INSTANTIATE_TEST_SUITE_P(Stemmers, AnalysisGoldens, ::testing::Values("telusur", "snowball"),
                         [](const auto& info) { return std::string(info.param); });

TEST_P(AnalysisGoldens, NumbersKeepTheirSeparators) {
    EXPECT_EQ(index_terms("10.000 tentara", GetParam()), "10.000[1] tentara[2] | Ztentara");
    EXPECT_EQ(index_terms("naik 3,5 persen", GetParam()), "3,5[2] naik[1] persen[3] | Znaik Zpersen");
}

TEST_P(AnalysisGoldens, LettersAndDigitsStayOneWord) { EXPECT_EQ(index_terms("G7", GetParam()), "g7[1] | Zg7"); }

TEST_P(AnalysisGoldens, SlashAndHyphenJoinedWordsAreAdjacent) {
    // Found as single words and, by the query parser, as the exact phrase.
    EXPECT_EQ(index_terms("5/11", GetParam()), "11[2] 5[1] | ");
    EXPECT_EQ(index_terms("K-Pop", GetParam()), "k[1] pop[2] | Zk Zpop");
}

TEST_P(AnalysisGoldens, ReduplicationIndexesTheBaseWord) {
    // tentara-tentara: the base word twice at adjacent positions, so "tentara"
    // matches and the phrase "tentara-tentara" still finds the exact form.
    EXPECT_EQ(index_terms("tentara-tentara", GetParam()), "tentara[1,2] | Ztentara");
}

TEST_P(AnalysisGoldens, GluedCurrencyIsSplit) {
    EXPECT_EQ(index_terms("Rp11.000", GetParam()), "11.000[2] rp[1] | Zrp");
    EXPECT_EQ(index_terms("harga Rp 11.000", GetParam()), "11.000[3] harga[1] rp[2] | Zharga Zrp");
    EXPECT_EQ(index_terms("Grp5", GetParam()), "grp5[1] | Zgrp5");  // only a standalone "Rp"
}

TEST_P(AnalysisGoldens, ZeroWidthAndSoftHyphenAreRemoved) {
    // U+200B zero-width space and U+00AD soft hyphen inside words.
    EXPECT_EQ(index_terms("pen\u00ADdidikan ko\u200Brupsi", GetParam()), "korupsi[2] pendidikan[1] | Zdidik Zkorupsi");
}

TEST_P(AnalysisGoldens, CompatibilityFormsAreUnified) {
    // Full-width letters and digits, as pasted from some CMS: NFKC.
    EXPECT_EQ(index_terms("\uFF27\uFF17", GetParam()), "g7[1] | Zg7");
}

TEST_P(AnalysisGoldens, StopwordsKeepPositionsButGetNoStem) {
    EXPECT_EQ(index_terms("kabinet dan presiden", GetParam()), "dan[2] kabinet[1] presiden[3] | Zkabinet Zpresiden");
}

TEST_P(AnalysisGoldens, EmptyText) { EXPECT_EQ(index_terms("", GetParam()), " | "); }

TEST(Analysis, AnalyzeListsTokensInOrder) {
    const Analyzer analyzer;
    const auto tokens = analyzer.analyze("Pasukan itu menyatakan");
    ASSERT_EQ(tokens.size(), 3u);
    EXPECT_EQ(tokens[0].term, "pasukan");
    EXPECT_EQ(tokens[0].position, 1u);
    EXPECT_TRUE(tokens[1].stopword);
    EXPECT_EQ(tokens[1].stem, "");
    EXPECT_EQ(tokens[2].term, "menyatakan");
    EXPECT_EQ(tokens[2].stem, analyzer.stemmer()("menyatakan"));
}

TEST(Analysis, UnknownStemmerIsAnError) {
    EXPECT_THROW(make_stemmer("klingon"), std::invalid_argument);
    EXPECT_EQ(make_stemmer("none")("menyatakan"), "menyatakan");
}

// A server's searcher stems through a bounded cache of its own (not the
// calling thread's): the same stems, also once the cache has been cleared
// for growing past its bound.
TEST(Analysis, StemmerWithItsOwnCacheStemsAlike) {
    Xapian::Stem per_thread = make_stemmer("telusur");
    Xapian::Stem own = make_stemmer("telusur", 64);  // 1 word per shard: cleared again and again
    const std::vector<std::string> words = {"menyatakan", "pasukan",  "dikerahkan", "kebersihan", "Selasa",
                                            "perbaikan",  "mengecek", "berlari",    "sekolah",    "pelajaran",
                                            "memperoleh", "ketahuan", "bersama",    "penjelasan", "diketahui"};
    for (int round = 0; round < 3; ++round)
        for (const auto& word : words) EXPECT_EQ(own(word), per_thread(word)) << word;
    const Analyzer analyzer(AnalysisOptions{"telusur", true, 1024});
    EXPECT_EQ(analyzer.stemmer()("menyatakan"), per_thread("menyatakan"));
}

TEST(Analysis, QueryParserSharesTheConfiguration) {
    const Analyzer analyzer;
    Xapian::QueryParser parser;
    analyzer.configure(parser);
    // Stopwords are never required; capitalised words are searched unstemmed.
    EXPECT_EQ(parser.parse_query(analyzer.normalize("pasukan yang dikerahkan"), Xapian::QueryParser::FLAG_DEFAULT)
                  .get_description(),
              "Query((" + std::string("Z") + analyzer.stemmer()("pasukan") + "@1 OR Z" +
                  analyzer.stemmer()("dikerahkan") + "@3))");
}

std::vector<AnalyzedToken> words_of(const std::string& question) {
    return Analyzer(AnalysisOptions{"telusur", true}).analyze(question);
}

TEST(AnswerTypes, QuestionWordsAskForOneTypeOfAnswer) {
    EXPECT_EQ(expected_answer_type(words_of("Siapakah Gubernur Bank Indonesia sekarang?")), answer_type::kPerson);
    EXPECT_EQ(expected_answer_type(words_of("Berapa kapasitas PLTS di Yogyakarta?")), answer_type::kNumber);
    EXPECT_EQ(expected_answer_type(words_of("Pada tahun berapakah Sigit menjadi juara dunia?")), answer_type::kNumber);
    EXPECT_EQ(expected_answer_type(words_of("Kapan PBB dibentuk ?")), answer_type::kDate);
    EXPECT_EQ(expected_answer_type(words_of("Di mana lokasi rumah Moussa Arafat?")), answer_type::kPlace);
    EXPECT_EQ(expected_answer_type(words_of("Dari negara manakah Ayrton Senna berasal?")), answer_type::kPlace);
    // The first question word decides.
    EXPECT_EQ(expected_answer_type(words_of("Siapa yang menang dan berapa skornya?")), answer_type::kPerson);
    // No single type of answer, or not a question.
    EXPECT_EQ(expected_answer_type(words_of("Apa nama latin kunyit?")), 0);
    EXPECT_EQ(expected_answer_type(words_of("Mengapa harga cabai naik?")), 0);
    EXPECT_EQ(expected_answer_type(words_of("pasukan Korea Utara Kursk")), 0);
    EXPECT_EQ(expected_answer_type({}), 0);
}

TEST(AnswerTypes, QuestionsAndTopics) {
    EXPECT_TRUE(is_question(words_of("Apa nama latin kunyit?")));
    EXPECT_TRUE(is_question(words_of("Mengapa harga cabai naik")));
    EXPECT_TRUE(is_question(words_of("Siapakah Gubernur Bank Indonesia sekarang?")));
    EXPECT_FALSE(is_question(words_of("Zidane: Masalah Madrid Itu Psikis, Bukan Ronaldo")));
    EXPECT_FALSE(is_question(words_of("pasukan Korea Utara Kursk")));
}

TEST(AnswerTypes, WordsThatCanBeAnAnswer) {
    EXPECT_EQ(answer_types_of_word("45.000"), answer_type::kNumber);
    EXPECT_EQ(answer_types_of_word("5,6"), answer_type::kNumber);
    EXPECT_EQ(answer_types_of_word("g7"), answer_type::kNumber);
    EXPECT_EQ(answer_types_of_word("1945"), answer_type::kNumber | answer_type::kDate);
    EXPECT_EQ(answer_types_of_word("9999"), answer_type::kNumber);  // not a year
    EXPECT_EQ(answer_types_of_word("oktober"), answer_type::kDate);
    EXPECT_EQ(answer_types_of_word("rabu"), answer_type::kDate);
    EXPECT_EQ(answer_types_of_word("pasukan"), 0);
    EXPECT_EQ(answer_types_of_word(""), 0);
}

}  // namespace
}  // namespace telusur
