// CI gate on stemming accuracy: scores the "telusur" stemmer on the gold
// files in ../shared/stemming with the same code as `telusur-eval stem`.
//
// Thresholds are the accuracy reached when they were last raised, less about
// 0.005 (one sastrawi-tests pair is 0.0076). Issue 3 asked for ud-pud >= 97 %,
// ud-csui >= 94 %, ud-gsd >= 94 %, sastrawi-tests >= 96 %; issue 18 for
// 97.5 / 92.5 / 92.5 / 93 % on the held-out pairs (not here). Reached on the
// shared pairs after issue 18: 97.92 / 92.22 / 92.79 / 95.45 %, and after its
// second pass (se-...-nya adverbs kept whole): 97.59 / 92.60 / 92.97 / 95.45 % (see
// docs/stemmer.md, where the treebanks' conflicting lemma conventions and
// the cross-validation of the rule classes are discussed). The figures
// assume the lexicon was built with apertium-ind-zlm installed
// (lexicon.cmake warns if it was not).
#include "common/analysis/analyzer.h"
#include "common/stemmer/stem_eval.h"
#include "common/stemmer/lexicon.h"
#include "common/stemmer/stem_morphology.h"
#include "tests/test_support.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>

namespace telusur {
namespace {

struct GoldTarget {
    const char* file;
    double min_accuracy;
};

class StemEval : public ::testing::TestWithParam<GoldTarget> {};

TEST_P(StemEval, MeetsTarget) {
    const auto path = std::filesystem::path(TELUSUR_SHARED_DIR) / "stemming" / GetParam().file;
    if (!std::filesystem::exists(path)) GTEST_SKIP() << "gold file not available: " << path;
    const auto gold = read_stem_gold(path.string());
    const auto score = score_stemmer(gold, make_stemmer("telusur"), 10);
    std::string sample;
    for (const auto& e : score.errors) sample += "\n  " + e.word + " expected " + e.expected + " got " + e.got;
    EXPECT_GE(score.accuracy(), GetParam().min_accuracy)
        << GetParam().file << ": " << score.correct << "/" << score.pairs << " correct; first errors:" << sample;
}

INSTANTIATE_TEST_SUITE_P(
    Gold, StemEval,
    ::testing::Values(GoldTarget{"ud-pud.tsv", 0.974},         // issue 3 target 0.97: met (reached 0.9759)
                      GoldTarget{"ud-csui.tsv", 0.921},        // issue 3 target 0.94: not met (reached 0.9260)
                      GoldTarget{"ud-gsd.tsv", 0.924},         // issue 3 target 0.94: not met (reached 0.9297)
                      GoldTarget{"sastrawi-tests.tsv", 0.949}  // issue 3 target 0.96: not met (reached 0.9545)
                      ),
    [](const auto& info) {
        std::string name = info.param.file;
        name = name.substr(0, name.find('.'));
        for (char& c : name)
            if (c == '-') c = '_';
        return name;
    });

TEST(StemEval, NeverWorseThanSnowballOnLucene) {
    const auto path = std::filesystem::path(TELUSUR_SHARED_DIR) / "stemming" / "lucene-tests.tsv";
    if (!std::filesystem::exists(path)) GTEST_SKIP() << "gold file not available: " << path;
    const auto gold = read_stem_gold(path.string());
    EXPECT_GE(score_stemmer(gold, make_stemmer("telusur")).accuracy(),
              score_stemmer(gold, make_stemmer("snowball")).accuracy());
}

// The corpus evidence compiled into the stemmer (words kept whole, attested
// roots, nasal readings) is what `telusur-eval stem --write-evidence`
// computes from clickid with today's rules: a rule change that moves it
// must regenerate the file (about 5 s).
TEST(StemEval, CorpusEvidenceIsCurrent) {
    const auto corpus = std::filesystem::path(TELUSUR_SHARED_DIR) / "corpus" / "clickid" / "articles.jsonl.gz";
    if (!std::filesystem::exists(corpus)) GTEST_SKIP() << "clickid corpus not available: " << corpus;
    testing::TempDir tmp;
    const std::string fresh = tmp.path("corpus_evidence_data.cpp");
    const auto run = testing::run_command(std::string(TELUSUR_EVAL_BIN) + " stem --corpus '" + corpus.string() +
                                          "' --write-evidence '" + fresh + "'");
    ASSERT_EQ(run.exit_code, 0) << run.err;
    const auto slurp = [](const std::string& path) {
        std::ifstream in(path, std::ios::binary);
        return std::string(std::istreambuf_iterator<char>(in), {});
    };
    EXPECT_EQ(slurp(fresh), slurp(std::string(TELUSUR_SOURCE_DIR) + "/common/stemmer/corpus_evidence_data.cpp"))
        << "regenerate: telusur-eval stem --write-evidence common/stemmer/corpus_evidence_data.cpp";
}

// With no --gold, `telusur-eval stem` prints issue 18's table: every shared
// gold file, telusur beside snowball and none.
TEST(StemEval, DefaultTableCoversTheSharedGold) {
    const auto dir = std::filesystem::path(TELUSUR_SHARED_DIR) / "stemming";
    if (!std::filesystem::exists(dir / "ud-pud.tsv")) GTEST_SKIP() << "gold files not available: " << dir;
    const auto run = testing::run_command(std::string(TELUSUR_EVAL_BIN) + " stem --errors 0");
    ASSERT_EQ(run.exit_code, 0) << run.err;
    const std::string header = run.out.substr(0, run.out.find('\n'));
    for (const char* stemmer : {"telusur", "snowball", "none"})
        EXPECT_NE(header.find(stemmer), std::string::npos) << stemmer << " column missing:\n" << run.out;
    for (const char* file : {"ud-pud", "ud-csui", "ud-gsd", "sastrawi-tests", "lucene-tests"}) {
        const auto at = run.out.find(std::string("\n") + file + ".tsv");
        ASSERT_NE(at, std::string::npos) << file << " row missing:\n" << run.out;
        const std::string row = run.out.substr(at + 1, run.out.find('\n', at + 1) - at - 1);
        EXPECT_EQ(std::count(row.begin(), row.end(), '%'), 3) << row;
    }
    // --stemmer still chooses the columns.
    const auto one = testing::run_command(std::string(TELUSUR_EVAL_BIN) + " stem --errors 0 --stemmer telusur");
    ASSERT_EQ(one.exit_code, 0) << one.err;
    EXPECT_EQ(one.out.find("snowball"), std::string::npos) << one.out;
}

// Per-class accuracy on the morphology pairs `telusur-eval stem --morphology`
// builds from the compiled-in hunspell-id lexicon (no ../shared needed, so a
// unit test): floors at the figures of issue 18's third pass less about half
// a point, so that a rule change that breaks a class of morphology shows.
TEST(StemMorphology, EveryClassKeepsItsFloor) {
    const std::vector<std::pair<const char*, double>> floors{
        {"hunspell suffix", 0.993},
        {"hunspell ber-/bel-", 0.993},
        {"hunspell per-/pel-", 0.993},
        {"hunspell meN-/di-", 0.993},
        {"hunspell peN-", 0.993},
        {"hunspell ke-/se-/ter-", 0.980},
        {"hunspell reduplication", 0.990},
        {"particle after possessive", 0.991},
        {"meN-/di- + per-", 0.995},
        {"meN-X-X-kan", 0.995},
        {"X-meN-X", 0.993},
        {"X-X-nya", 0.994},
        {"ber-X-X-an", 0.994},
        {"ke-X-X-an", 0.991},
        {"looks affixed", 0.993},
    };
    const auto classes = morphology_classes();
    const auto stemmer = make_stemmer("telusur");
    for (const auto& class_floor : floors) {
        const char* const name = class_floor.first;  // not a structured binding: clang 14 cannot capture one
        const double floor = class_floor.second;
        const auto it = std::find_if(classes.begin(), classes.end(), [&](const auto& c) { return c.name == name; });
        ASSERT_NE(it, classes.end()) << name << " class missing";
        EXPECT_GE(it->pairs.size(), 300u) << name << ": too few pairs to measure";
        const auto score = score_stemmer(it->pairs, stemmer, 5);
        std::string sample;
        for (const auto& e : score.errors) sample += "\n  " + e.word + " expected " + e.expected + " got " + e.got;
        EXPECT_GE(score.accuracy(), floor) << name << ": " << score.correct << "/" << score.pairs << sample;
    }
}

// The built pairs are unambiguous: no built form is a dictionary entry or a
// form hunspell derives.
TEST(StemMorphology, BuiltFormsAreNotLexiconEntries) {
    const auto& lexicon = Lexicon::instance();
    for (const auto& cls : morphology_classes()) {
        // hunspell's own forms are lexicon entries by design, and so are the
        // words that only look affixed.
        if (cls.name.rfind("hunspell", 0) == 0 || cls.name == "looks affixed") continue;
        for (const auto& pair : cls.pairs) {
            EXPECT_FALSE(lexicon.is_root(pair.word)) << cls.name << ": " << pair.word;
            EXPECT_TRUE(lexicon.derived_roots(pair.word).empty()) << cls.name << ": " << pair.word;
        }
    }
}

TEST(StemEval, ReadsTsvAndScores) {
    const auto path = std::filesystem::temp_directory_path() / "telusur_stem_eval_test.tsv";
    {
        std::ofstream out(path);
        out << "# comment\nmenulis\ttulis\nmereka\tmereka\r\n\nbukuku\tbuk\n";
    }
    const auto gold = read_stem_gold(path.string());
    ASSERT_EQ(gold.size(), 3u);
    EXPECT_EQ(gold[1].lemma, "mereka");
    const auto score = score_stemmer(gold, make_stemmer("telusur"));
    EXPECT_EQ(score.pairs, 3u);
    EXPECT_EQ(score.correct, 2u);
    ASSERT_EQ(score.errors.size(), 1u);
    EXPECT_EQ(score.errors[0].got, "buku");
    std::filesystem::remove(path);
}

}  // namespace
}  // namespace telusur
