// `telusur-eval stem`: exact-match stemming accuracy on word<TAB>lemma gold,
// one column per stemmer so telusur, snowball and none compare side by side;
// with --cv, the cross-validation of the stemmer's rule classes; with
// --suspicious, the corpus words whose stems look wrong; with
// --write-evidence, the corpus evidence compiled into the stemmer.
#include "common/analysis/analyzer.h"
#include "common/cli/options.h"
#include "common/stemmer/indonesian_stemmer.h"
#include "common/stemmer/stem_eval.h"
#include "common/stemmer/stem_morphology.h"
#include "tests/eval/eval_command.h"
#include "tests/eval/stem_corpus.h"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <filesystem>
#include <iostream>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace telusur::eval {
namespace {

constexpr unsigned kNoCompare = ~0u;

// The gold files of ../shared/stemming that `stem` scores and
// cross-validates when no --gold is given (issue 18's table).
const std::vector<std::string> kSharedGold{"ud-pud", "ud-csui", "ud-gsd", "sastrawi-tests", "lucene-tests"};

std::vector<std::string> shared_gold_files() {
    std::vector<std::string> out;
    for (const auto& name : kSharedGold) {
        const std::string path = TELUSUR_SHARED_DIR "/stemming/" + name + ".tsv";
        if (std::filesystem::exists(path)) out.push_back(path);
    }
    if (out.empty()) throw std::runtime_error("stem: no --gold, and no gold files in " TELUSUR_SHARED_DIR "/stemming");
    return out;
}

struct StemOptions {
    std::vector<std::string> gold_files;
    std::vector<std::string> stemmers{AnalysisOptions{}.stemmer};
    std::size_t errors = 10;
    bool json = false;
    int cv_folds = 0;
    std::string corpus = TELUSUR_SHARED_DIR "/corpus/clickid/articles.jsonl.gz";
    std::size_t suspicious = 0;
    std::string write_evidence;
    std::string write_refinable;
    EvidenceOptions evidence;
    unsigned rules = kAllStemRules;       // for --suspicious
    unsigned compare_rules = kNoCompare;  // --suspicious: a second rule set's stems beside
    bool morphology = false;
};

// --morphology: accuracy per class of Indonesian morphology on pairs built
// from the hunspell-id lexicon, one column per stemmer.
int run_morphology(const StemOptions& options) {
    std::vector<Xapian::Stem> stemmers;
    for (const auto& name : options.stemmers) stemmers.push_back(make_stemmer(name));
    const auto classes = morphology_classes();
    std::printf("%-27s %6s", "class", "pairs");
    for (const auto& name : options.stemmers) std::printf(" %10s", name.c_str());
    std::printf("  how the pairs are made\n");
    std::vector<StemScore> firsts;
    for (const auto& cls : classes) {
        std::printf("%-27s %6zu", cls.name.c_str(), cls.pairs.size());
        for (std::size_t i = 0; i < stemmers.size(); ++i) {
            auto score = score_stemmer(cls.pairs, stemmers[i], i == 0 ? options.errors : 0);
            std::printf(" %9.2f%%", 100.0 * score.accuracy());
            if (i == 0) firsts.push_back(std::move(score));
        }
        std::printf("  %s\n", cls.what.c_str());
    }
    for (std::size_t c = 0; c < classes.size(); ++c) {
        if (firsts[c].errors.empty()) continue;
        std::printf("\n%s: first %zu errors of %s (word, expected, got)\n", classes[c].name.c_str(),
                    firsts[c].errors.size(), options.stemmers[0].c_str());
        for (const auto& e : firsts[c].errors)
            std::printf("  %-28s %-18s %s\n", e.word.c_str(), e.expected.c_str(), e.got.c_str());
    }
    return 0;
}

// --suspicious and --write-evidence: both read the corpus once.
int run_corpus_reports(const StemOptions& options) {
    WordCases cases;
    const WordCounts counts = count_corpus_words(options.corpus, 0, &cases);
    std::printf("corpus %s: %zu distinct words\n", options.corpus.c_str(), counts.size());
    if (!options.write_evidence.empty()) {
        const auto words = keep_whole_words(counts, cases, options.evidence);
        const auto nasal_roots = nasal_evidence_roots(counts);
        const auto attested = attested_roots(counts);
        write_evidence_source(words, nasal_roots, attested, options.write_evidence, options.corpus);
        std::printf("%zu attested roots\n", attested.size());
        std::printf("wrote %s: %zu words kept whole (min count %ju, ratio %.0f), %zu nasal readings\n",
                    options.write_evidence.c_str(), words.size(),
                    static_cast<std::uintmax_t>(options.evidence.min_count), options.evidence.ratio,
                    nasal_roots.size());
        for (const auto& [word, root] : nasal_roots) std::printf("  %s -> %s\n", word.c_str(), root.c_str());
    }
    if (options.suspicious > 0) {
        const IndonesianStemmer stemmer(options.rules);
        std::printf(
            "\nsuspicious stems: the %zu most frequent words whose stem is at most 3 letters (short),\n"
            "occurs under a tenth as often as the word (rare), or which the corpus capitalises\n"
            "inside sentences while not its stem (name)\n%5s %-22s %9s  %-16s %9s %-5s",
            options.suspicious, "rank", "word", "count", "stem", "stem count", "why");
        std::optional<IndonesianStemmer> other;
        if (options.compare_rules != kNoCompare) {
            other.emplace(options.compare_rules);
            std::printf("  stem with --compare %u", options.compare_rules);
        }
        std::printf("\n");
        std::size_t rank = 0;
        for (const auto& s : suspicious_stems(counts, stemmer, options.suspicious, 10.0, &cases)) {
            std::printf("%5zu %-22s %9ju  %-16s %9ju %-5s", ++rank, s.word.c_str(),
                        static_cast<std::uintmax_t>(s.count), s.stem.c_str(), static_cast<std::uintmax_t>(s.stem_count),
                        s.why);
            if (other) {
                const std::string o = other->stem(s.word);
                std::printf("  %s%s", o.c_str(), o == s.stem ? "" : "  (changed)");
            }
            std::printf("\n");
        }
        // The other direction: words the compared rules put on the list.
        if (other) {
            std::printf("\nwords suspicious only with --compare %u:\n", options.compare_rules);
            for (const auto& s : suspicious_stems(counts, *other, options.suspicious, 10.0, &cases))
                if (stemmer.stem(s.word) != s.stem)
                    std::printf("      %-22s %9ju  %-16s %9ju\n", s.word.c_str(), static_cast<std::uintmax_t>(s.count),
                                s.stem.c_str(), static_cast<std::uintmax_t>(s.stem_count));
        }
    }
    return 0;
}

int run_stem(const StemOptions& options) {
    if (!options.write_refinable.empty()) {
        write_refinable_root_filter(options.write_refinable);
        std::printf("wrote %s\n", options.write_refinable.c_str());
        return 0;
    }
    if (options.suspicious > 0 || !options.write_evidence.empty()) return run_corpus_reports(options);
    if (options.morphology) return run_morphology(options);
    if (options.cv_folds > 1) {
        print_cross_validation(fold_gold(options.gold_files, options.cv_folds), options.cv_folds);
        return 0;
    }
    std::vector<Xapian::Stem> stemmers;
    for (const auto& name : options.stemmers) stemmers.push_back(make_stemmer(name));

    nlohmann::json files = nlohmann::json::array();
    if (!options.json) {
        std::printf("%-28s %7s", "file", "pairs");
        for (const auto& name : options.stemmers) std::printf(" %10s", name.c_str());
        std::printf("\n");
    }
    std::vector<std::vector<StemError>> samples;
    for (const auto& path : options.gold_files) {
        const auto gold = read_stem_gold(path);
        std::vector<StemScore> scores;
        for (const auto& stemmer : stemmers) scores.push_back(score_stemmer(gold, stemmer, options.errors));
        const std::string name = std::filesystem::path(path).filename().string();
        if (options.json) {
            // One entry per file; accuracy is the first stemmer's, the others
            // are listed by name.
            nlohmann::json entry{{"file", path}, {"pairs", gold.size()}, {"accuracy", scores[0].accuracy()}};
            nlohmann::json by_stemmer = nlohmann::json::object();
            for (std::size_t i = 0; i < scores.size(); ++i) by_stemmer[options.stemmers[i]] = scores[i].accuracy();
            entry["stemmers"] = by_stemmer;
            files.push_back(entry);
        } else {
            std::printf("%-28s %7zu", name.c_str(), gold.size());
            for (const auto& s : scores) std::printf(" %9.2f%%", 100.0 * s.accuracy());
            std::printf("\n");
            samples.push_back(scores[0].errors);
        }
    }
    if (options.json) {
        std::cout << nlohmann::json{{"files", files}}.dump() << '\n';
        return 0;
    }
    if (options.errors == 0) return 0;
    for (std::size_t f = 0; f < samples.size(); ++f) {
        if (samples[f].empty()) continue;
        std::printf("\n%s: first %zu errors of %s (word, expected, got)\n",
                    std::filesystem::path(options.gold_files[f]).filename().c_str(), samples[f].size(),
                    options.stemmers[0].c_str());
        for (const auto& e : samples[f])
            std::printf("  %-24s %-18s %s\n", e.word.c_str(), e.expected.c_str(), e.got.c_str());
    }
    return 0;
}

static const RegisterCommand reg{[](CLI::App& app, int* rc) {
    auto options = std::make_shared<StemOptions>();
    auto* sub = app.add_subcommand("stem", "Stemming accuracy on word<TAB>lemma gold files");
    sub->add_option("--gold", options->gold_files,
                    "Gold TSV file (word<TAB>lemma); repeatable. None: the shared gold files (" TELUSUR_SHARED_DIR
                    "/stemming: ud-pud, ud-csui, ud-gsd, sastrawi-tests, lucene-tests), scored by telusur, "
                    "snowball and none unless --stemmer says otherwise")
        ->check(CLI::ExistingFile);
    auto stemmers = std::make_shared<cli::StemmerListArg>(sub, "Stemmer(s) to score, side by side");
    sub->add_option("--errors", options->errors, "Errors to sample per file (first stemmer)")->capture_default_str();
    sub->add_flag("--json", options->json,
                  R"(Print {"files":[{"file":..,"pairs":N,"accuracy":0.xx,"stemmers":{..}}, ...]})");
    sub->add_flag("--morphology", options->morphology,
                  "Accuracy per class of Indonesian morphology on pairs built from the hunspell-id lexicon "
                  "(telusur, snowball, none unless --stemmer says otherwise)");
    sub->add_option("--cv", options->cv_folds,
                    "Cross-validate the stemmer's rule classes over the gold files: folds by word");
    sub->add_option("--corpus", options->corpus, "JSON Lines news corpus (title, body; may be gzip'd)")
        ->capture_default_str();
    sub->add_option("--suspicious", options->suspicious,
                    "Print the N most frequent corpus words whose stem is short or much rarer than the word");
    sub->add_option("--write-refinable", options->write_refinable,
                    "Write the compiled-in filter of refinable roots (common/stemmer/refinable_roots_data.cpp)");
    sub->add_option("--write-evidence", options->write_evidence,
                    "Write the corpus evidence (words kept whole) as a C++ source, e.g. "
                    "common/stemmer/corpus_evidence_data.cpp");
    sub->add_option("--rules", options->rules,
                    "--suspicious: StemRule bits of the stemmer (0 = the core rules only; default all)")
        ->capture_default_str();
    sub->add_option("--compare", options->compare_rules,
                    "--suspicious: also show each word's stem under these StemRule bits, and mark changes");
    sub->add_option("--evidence-min-count", options->evidence.min_count, "Evidence: least count of a judged word")
        ->capture_default_str();
    sub->add_option("--evidence-ratio", options->evidence.ratio,
                    "Evidence: keep whole when the root's family is this many times rarer")
        ->capture_default_str();
    sub->callback([options, rc, stemmers] {
        // No --gold: every shared gold file, telusur beside its baselines.
        const bool corpus_only = options->morphology || options->suspicious > 0 || !options->write_evidence.empty() ||
                                 !options->write_refinable.empty();
        if (options->morphology && stemmers->names.empty()) options->stemmers = {"telusur", "snowball", "none"};
        if (options->gold_files.empty() && !corpus_only) {
            options->gold_files = shared_gold_files();
            if (stemmers->names.empty()) options->stemmers = {"telusur", "snowball", "none"};
        }
        if (!stemmers->names.empty()) options->stemmers = stemmers->names;
        *rc = run_stem(*options);
    });
}};

}  // namespace
}  // namespace telusur::eval
