// `telusur-eval ner`: entity-level exact-match precision, recall and F1 of
// the entity extractor on CoNLL gold files, per type and micro-averaged,
// per file (as conlleval counts chunks).
#include "common/entities/entities.h"
#include "common/entities/ner_text.h"
#include "tests/eval/eval_command.h"
#include "tests/eval/ner_conll.h"

#include <nlohmann/json.hpp>
#include <zlib.h>

#include <cstdio>
#include <ctime>
#include <iostream>
#include <memory>
#include <sstream>
#include <stdexcept>

namespace telusur::eval {
namespace {

struct NerOptions {
    std::vector<std::string> gold;
    std::string model_dir;
    std::string types;  // "PER,LOC": override the per-file default
    std::string split = "all";
    double dev_fraction = 0.12;
    double dev_offset = 0.0;
    bool json = false;
    bool no_rules = false;
    bool print_errors = false;
    std::string predictions;  // write token<TAB>gold<TAB>predicted here
    std::string time_corpus;  // JSON lines with "title"/"body": time extract() over them
    std::size_t time_docs = 20000;
    unsigned rule_mask = ExtractorOptions{}.rule_mask;
};

std::array<bool, 3> parse_types(const std::string& s) {
    std::array<bool, 3> out{};
    std::stringstream in(s);
    std::string t;
    while (std::getline(in, t, ',')) {
        if (t == "PER")
            out[0] = true;
        else if (t == "ORG")
            out[1] = true;
        else if (t == "LOC")
            out[2] = true;
        else
            throw std::invalid_argument("unknown entity type in --types: " + t);
    }
    return out;
}

// Prints a sentence whose predicted spans differ from the gold ones, with
// gold spans as [text]TYPE and predictions as {text}TYPE.
void print_errors(const ConllSentence& s, const std::vector<TokenEntity>& predicted, const std::array<bool, 3>& types) {
    NerCounts c;
    c.add_sentence(s, predicted, types);
    if (c.tp == c.predicted && c.tp == c.gold) return;
    std::string gold_line, pred_line;
    for (std::size_t i = 0; i < s.tokens.size(); ++i) {
        gold_line +=
            (s.tags[i] == "O" ? "" : s.tags[i].substr(0, 1) + s.tags[i].substr(2, 1) + ":") + s.tokens[i] + ' ';
    }
    for (const TokenEntity& p : predicted) {
        pred_line += " {";
        for (std::size_t k = p.first; k < p.last; ++k) pred_line += (k > p.first ? " " : "") + s.tokens[k];
        pred_line += "}" + std::string(entity_type_name(p.type));
    }
    std::printf("GOLD %s\nPRED%s\n\n", gold_line.c_str(), pred_line.c_str());
}

// Appends one sentence as CoNLL lines: token, gold tag, predicted tag.
void write_predictions(FILE* f, const ConllSentence& s, const std::vector<TokenEntity>& predicted) {
    std::vector<std::string> tags(s.tokens.size(), "O");
    for (const TokenEntity& p : predicted)
        for (std::size_t k = p.first; k < p.last; ++k)
            tags[k] = std::string(k == p.first ? "B-" : "I-") + std::string(entity_type_name(p.type));
    for (std::size_t i = 0; i < s.tokens.size(); ++i)
        std::fprintf(f, "%s\t%s\t%s\n", s.tokens[i].c_str(), s.tags[i].c_str(), tags[i].c_str());
    std::fputc('\n', f);
}

// Reads up to max_docs articles' titles and bodies, then runs extract() over
// all of them on this thread and prints CPU time and tokens per second.
void time_extraction(const EntityExtractor& extractor, const std::string& path, std::size_t max_docs) {
    gzFile in = gzopen(path.c_str(), "rb");
    if (in == nullptr) throw std::runtime_error("cannot open corpus file: " + path);
    std::vector<std::string> texts;
    std::string line;
    char buf[1 << 16];
    while (texts.size() < 2 * max_docs && gzgets(in, buf, sizeof buf) != nullptr) {
        line.append(buf);
        if (line.back() != '\n') continue;
        const auto j = nlohmann::json::parse(line, nullptr, false);
        line.clear();
        if (j.is_discarded() || !j.is_object()) continue;
        for (const char* field : {"title", "body"})
            if (j.contains(field) && j[field].is_string()) texts.push_back(j[field].get<std::string>());
    }
    gzclose(in);
    std::size_t tokens = 0;
    for (const std::string& t : texts) tokens += ner::tokenize(t).size();
    std::size_t entities = 0;
    const std::clock_t c0 = std::clock();
    for (const std::string& t : texts) entities += extractor.extract(t).size();
    const double secs = double(std::clock() - c0) / CLOCKS_PER_SEC;
    std::printf("%zu texts, %zu tokens, %zu entities: %.3f s CPU, %.3f M tokens/s\n", texts.size(), tokens, entities,
                secs, tokens / secs / 1e6);
}

int run_ner(const NerOptions& opt) {
    if (opt.gold.empty() && opt.time_corpus.empty()) {
        std::fprintf(stderr, "telusur-eval ner: give --gold FILE (or --time-corpus FILE)\n");
        return 2;
    }
    ExtractorOptions xopt;
    xopt.rules = !opt.no_rules;
    xopt.rule_mask = opt.rule_mask;
    const EntityExtractor extractor =
        EntityExtractor::load(opt.model_dir.empty() ? entity_model_dir() : opt.model_dir, xopt);
    if (!opt.time_corpus.empty()) time_extraction(extractor, opt.time_corpus, opt.time_docs);
    static constexpr const char* kTypeNames[3] = {"PER", "ORG", "LOC"};
    std::unique_ptr<FILE, int (*)(FILE*)> pred_out(nullptr, fclose);
    if (!opt.predictions.empty()) {
        pred_out.reset(std::fopen(opt.predictions.c_str(), "w"));
        if (!pred_out) throw std::runtime_error("cannot write " + opt.predictions);
    }
    nlohmann::json files = nlohmann::json::array();
    for (const std::string& path : opt.gold) {
        const auto types = opt.types.empty() ? default_scored_types(path) : parse_types(opt.types);
        NerCounts counts;
        std::size_t sentences = 0;
        for (const ConllSentence& s : read_conll(path)) {
            if (opt.split != "all" && in_dev_split(s, opt.dev_fraction, opt.dev_offset) != (opt.split == "dev"))
                continue;
            ++sentences;
            const std::vector<TokenEntity> predicted = extractor.extract_tokens(s.tokens);
            counts.add_sentence(s, predicted, types);
            if (opt.print_errors) print_errors(s, predicted, types);
            if (pred_out) write_predictions(pred_out.get(), s, predicted);
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
            per_type[kTypeNames[t]] = {{"p", r.p},
                                       {"r", r.r},
                                       {"f1", r.f1},
                                       {"gold", counts.gold[t]},
                                       {"predicted", counts.predicted[t]},
                                       {"tp", counts.tp[t]}};
            if (!opt.json)
                std::printf("  %-5s %7.2f %7.2f %7.2f %6zu %6zu %6zu\n", kTypeNames[t], 100 * r.p, 100 * r.r,
                            100 * r.f1, counts.gold[t], counts.predicted[t], counts.tp[t]);
        }
        if (!opt.json) std::printf("  %-5s %7.2f %7.2f %7.2f\n", "micro", 100 * m.p, 100 * m.r, 100 * m.f1);
        files.push_back({{"file", path},
                         {"sentences", sentences},
                         {"split", opt.split},
                         {"micro_p", m.p},
                         {"micro_r", m.r},
                         {"micro_f1", m.f1},
                         {"per_type", per_type}});
    }
    if (opt.json) std::cout << nlohmann::json{{"files", files}}.dump(2) << '\n';
    return 0;
}

const RegisterCommand reg{[](CLI::App& app, int* rc) {
    auto opt = std::make_shared<NerOptions>();
    auto* sub = app.add_subcommand("ner", "Entity F1 (exact match, per type and micro) on CoNLL BIO gold files");
    sub->add_option("--gold", opt->gold, "CoNLL file (token<TAB>tag); repeatable");
    sub->add_option("--model-dir", opt->model_dir,
                    "directory with ner.model and gazetteer.tsv.gz (default: "
                    "$TELUSUR_MODEL_DIR or the source tree's models/)");
    sub->add_option("--types", opt->types,
                    "types to score, e.g. PER,LOC (default: all; PER,LOC for nerp* files, which have no ORG)");
    sub->add_option("--split", opt->split, "score all sentences, or only the train-ner dev/train split")
        ->check(CLI::IsMember({"all", "dev", "train"}))
        ->capture_default_str();
    sub->add_option("--dev-fraction", opt->dev_fraction, "dev fraction used by --split")->capture_default_str();
    sub->add_option("--dev-offset", opt->dev_offset, "dev slice offset used by --split (as train-ner's)")
        ->capture_default_str();
    sub->add_flag("--no-rules", opt->no_rules, "model only: no gazetteer/trigger rules after the tagger");
    sub->add_option("--rule-mask", opt->rule_mask,
                    "rules to apply (bits: 1 title/speech, 2 ORG head, 4 gazetteer, 8 title + corpus-capitalized name)")
        ->capture_default_str();
    sub->add_flag("--print-errors", opt->print_errors, "print each sentence with a wrong or missed entity");
    sub->add_option("--predictions", opt->predictions,
                    "write every scored sentence as token<TAB>gold<TAB>predicted lines to this file");
    sub->add_option("--time-corpus", opt->time_corpus,
                    "JSON-lines articles (\"title\", \"body\"; may be gzip'd): time extract() over them "
                    "on one thread (speed check)")
        ->check(CLI::ExistingFile);
    sub->add_option("--time-docs", opt->time_docs, "articles read for --time-corpus")->capture_default_str();
    sub->add_flag("--json", opt->json, "print JSON: {\"files\":[{\"file\",\"micro_f1\",\"per_type\":{...}}]}");
    sub->callback([opt, rc] { *rc = run_ner(*opt); });
}};

}  // namespace
}  // namespace telusur::eval
