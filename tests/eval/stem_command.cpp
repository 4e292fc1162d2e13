// `telusur-eval stem`: exact-match stemming accuracy on word<TAB>lemma gold,
// one column per stemmer so telusur, snowball and none compare side by side.
#include "common/analysis/analyzer.h"
#include "common/cli/options.h"
#include "common/stemmer/stem_eval.h"
#include "tests/eval/eval_command.h"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

namespace telusur::eval {
namespace {

struct StemOptions {
    std::vector<std::string> gold_files;
    std::vector<std::string> stemmers{AnalysisOptions{}.stemmer};
    std::size_t errors = 10;
    bool json = false;
};

int run_stem(const StemOptions& options) {
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
    sub->add_option("--gold", options->gold_files, "Gold TSV file (word<TAB>lemma); repeatable")
        ->required()
        ->check(CLI::ExistingFile);
    auto stemmers = std::make_shared<cli::StemmerListArg>(sub, "Stemmer(s) to score, side by side");
    sub->add_option("--errors", options->errors, "Errors to sample per file (first stemmer)")
        ->capture_default_str();
    sub->add_flag("--json", options->json,
                  R"(Print {"files":[{"file":..,"pairs":N,"accuracy":0.xx,"stemmers":{..}}, ...]})");
    sub->callback([options, rc, stemmers] {
        if (!stemmers->names.empty()) options->stemmers = stemmers->names;
        *rc = run_stem(*options);
    });
}};

}  // namespace
}  // namespace telusur::eval
