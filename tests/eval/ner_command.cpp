// `telusur-eval ner`: entity-level exact-match precision, recall and F1 of
// the entity extractor on CoNLL gold files, per type and micro-averaged,
// per file (as conlleval counts chunks).
#include "common/entities/entities.h"
#include "tests/eval/eval_command.h"
#include "tests/eval/ner_conll.h"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <iostream>
#include <sstream>

namespace telusur::eval {
namespace {

struct NerOptions {
    std::vector<std::string> gold;
    std::string model_dir;
    std::string types;  // "PER,LOC": override the per-file default
    std::string split = "all";
    double dev_fraction = 0.12;
    bool json = false;
    bool no_rules = false;
    bool print_errors = false;
    unsigned rule_mask = 0xC;
};

std::array<bool, 3> parse_types(const std::string& s) {
    std::array<bool, 3> out{};
    std::stringstream in(s);
    std::string t;
    while (std::getline(in, t, ',')) {
        if (t == "PER") out[0] = true;
        else if (t == "ORG") out[1] = true;
        else if (t == "LOC") out[2] = true;
        else throw std::invalid_argument("unknown entity type in --types: " + t);
    }
    return out;
}

// Prints a sentence whose predicted spans differ from the gold ones, with
// gold spans as [text]TYPE and predictions as {text}TYPE.
void print_errors(const ConllSentence& s, const std::vector<TokenEntity>& predicted,
                  const std::array<bool, 3>& types) {
    NerCounts c;
    c.add_sentence(s, predicted, types);
    if (c.tp == c.predicted && c.tp == c.gold) return;
    std::string gold_line, pred_line;
    for (std::size_t i = 0; i < s.tokens.size(); ++i) {
        gold_line += (s.tags[i] == "O" ? "" : s.tags[i].substr(0, 1) + s.tags[i].substr(2, 1) + ":") + s.tokens[i] + ' ';
    }
    for (const TokenEntity& p : predicted) {
        pred_line += " {";
        for (std::size_t k = p.first; k < p.last; ++k) pred_line += (k > p.first ? " " : "") + s.tokens[k];
        pred_line += "}" + std::string(entity_type_name(p.type));
    }
    std::printf("GOLD %s\nPRED%s\n\n", gold_line.c_str(), pred_line.c_str());
}

int run_ner(const NerOptions& opt) {
    ExtractorOptions xopt;
    xopt.rules = !opt.no_rules;
    xopt.rule_mask = opt.rule_mask;
    const EntityExtractor extractor =
        EntityExtractor::load(opt.model_dir.empty() ? entity_model_dir() : opt.model_dir, xopt);
    static constexpr const char* kTypeNames[3] = {"PER", "ORG", "LOC"};
    nlohmann::json files = nlohmann::json::array();
    for (const std::string& path : opt.gold) {
        const auto types = opt.types.empty() ? default_scored_types(path) : parse_types(opt.types);
        NerCounts counts;
        std::size_t sentences = 0;
        for (const ConllSentence& s : read_conll(path)) {
            if (opt.split != "all" && in_dev_split(s, opt.dev_fraction) != (opt.split == "dev")) continue;
            ++sentences;
            const std::vector<TokenEntity> predicted = extractor.extract_tokens(s.tokens);
            counts.add_sentence(s, predicted, types);
            if (opt.print_errors) print_errors(s, predicted, types);
        }
        const Prf m = micro(counts, types);
        nlohmann::json per_type = nlohmann::json::object();
        if (!opt.json) {
            std::printf("%s (%zu sentences, split %s)\n", path.c_str(), sentences, opt.split.c_str());
            std::printf("  %-5s %7s %7s %7s %6s %6s %6s\n", "type", "P", "R", "F1", "gold", "pred", "tp");
        }
        for (std::size_t t = 0; t < 3; ++t) {
            if (!types[t]) continue;
            const Prf r = prf(counts.tp[t], counts.predicted[t], counts.gold[t]);
            per_type[kTypeNames[t]] = {{"p", r.p}, {"r", r.r}, {"f1", r.f1}, {"gold", counts.gold[t]},
                                       {"predicted", counts.predicted[t]}, {"tp", counts.tp[t]}};
            if (!opt.json)
                std::printf("  %-5s %7.2f %7.2f %7.2f %6zu %6zu %6zu\n", kTypeNames[t], 100 * r.p, 100 * r.r,
                            100 * r.f1, counts.gold[t], counts.predicted[t], counts.tp[t]);
        }
        if (!opt.json) std::printf("  %-5s %7.2f %7.2f %7.2f\n", "micro", 100 * m.p, 100 * m.r, 100 * m.f1);
        files.push_back({{"file", path}, {"sentences", sentences}, {"split", opt.split}, {"micro_p", m.p},
                         {"micro_r", m.r}, {"micro_f1", m.f1}, {"per_type", per_type}});
    }
    if (opt.json) std::cout << nlohmann::json{{"files", files}}.dump(2) << '\n';
    return 0;
}

const RegisterCommand reg{[](CLI::App& app, int* rc) {
    auto opt = std::make_shared<NerOptions>();
    auto* sub = app.add_subcommand("ner", "Entity F1 (exact match, per type and micro) on CoNLL BIO gold files");
    sub->add_option("--gold", opt->gold, "CoNLL file (token<TAB>tag); repeatable")->required();
    sub->add_option("--model-dir", opt->model_dir, "directory with ner.model and gazetteer.tsv.gz (default: "
                                                   "$TELUSUR_MODEL_DIR or the source tree's models/)");
    sub->add_option("--types", opt->types,
                    "types to score, e.g. PER,LOC (default: all; PER,LOC for nerp* files, which have no ORG)");
    sub->add_option("--split", opt->split, "score all sentences, or only the train-ner dev/train split")
        ->check(CLI::IsMember({"all", "dev", "train"}))
        ->capture_default_str();
    sub->add_option("--dev-fraction", opt->dev_fraction, "dev fraction used by --split")->capture_default_str();
    sub->add_flag("--no-rules", opt->no_rules, "model only: no gazetteer/trigger rules after the tagger");
    sub->add_option("--rule-mask", opt->rule_mask,
                    "rules to apply (bits: 1 title/speech, 2 ORG head, 4 gazetteer, 8 title + corpus-capitalized name)")
        ->capture_default_str();
    sub->add_flag("--print-errors", opt->print_errors, "print each sentence with a wrong or missed entity");
    sub->add_flag("--json", opt->json, "print JSON: {\"files\":[{\"file\",\"micro_f1\",\"per_type\":{...}}]}");
    sub->callback([opt, rc] { *rc = run_ner(*opt); });
}};

}  // namespace
}  // namespace telusur::eval
