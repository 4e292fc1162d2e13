// `telusur-eval ner-real`: entity precision on real news that we judged
// ourselves. The gold sets are clean sentences; a news dump has headlines
// in Title Case, bylines, site names and storm names, which they never
// show. The command draws a seeded sample of articles from a JSON-lines
// dump, extracts their entities as the indexer does (title and body), and
// either lists the distinct (article, type, text) mentions for judging
// (--list) or scores them against a judged file (--judged): precision per
// type over mentions and over distinct strings, and what is still unjudged.
#include "common/entities/entities.h"
#include "tests/eval/eval_command.h"

#include <nlohmann/json.hpp>
#include <zlib.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <map>
#include <memory>
#include <sstream>
#include <stdexcept>
#include <string>
#include <tuple>
#include <vector>

namespace telusur::eval {
namespace {

struct RealOptions {
    std::string corpus;
    std::string model_dir;
    std::string judged;
    std::uint64_t seed = 14;
    std::size_t articles = 40;
    bool list = false;
    bool print_unjudged = false;
    unsigned rule_mask = ExtractorOptions{}.rule_mask;
};

struct Article {
    std::string id, title, body;
};

// A portable sample: the articles with the smallest seeded hash of their id
// (std::shuffle differs between standard libraries).
std::uint64_t mix(std::uint64_t h) {
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ULL;
    return h ^ (h >> 33);
}

std::uint64_t sample_key(const std::string& id, std::uint64_t seed) {
    std::uint64_t h = mix(seed + 0x9E3779B97F4A7C15ULL);
    for (unsigned char c : id) h = mix(h ^ c);
    return h;
}

std::vector<Article> sample_articles(const std::string& path, std::uint64_t seed, std::size_t n) {
    gzFile in = gzopen(path.c_str(), "rb");
    if (in == nullptr) throw std::runtime_error("cannot open corpus file: " + path);
    std::vector<std::pair<std::uint64_t, Article>> all;
    std::string line;
    char buf[1 << 16];
    while (gzgets(in, buf, sizeof buf) != nullptr) {
        line.append(buf);
        if (line.back() != '\n') continue;
        const auto j = nlohmann::json::parse(line, nullptr, false);
        line.clear();
        if (j.is_discarded() || !j.is_object() || !j.contains("id")) continue;
        Article a{j["id"].get<std::string>(), j.value("title", ""), j.value("body", "")};
        all.emplace_back(sample_key(a.id, seed), std::move(a));
    }
    gzclose(in);
    std::sort(all.begin(), all.end(), [](const auto& x, const auto& y) { return x.first < y.first; });
    std::vector<Article> out;
    for (std::size_t k = 0; k < all.size() && k < n; ++k) out.push_back(std::move(all[k].second));
    return out;
}

// (article id, type, text) -> mentions, canonical name.
using MentionKey = std::tuple<std::string, std::string, std::string>;
struct Mentions {
    unsigned count = 0;
    std::string canonical;
};

std::map<MentionKey, Mentions> extract_sample(const EntityExtractor& x, const std::vector<Article>& articles) {
    std::map<MentionKey, Mentions> out;
    for (const Article& a : articles)
        for (const std::string* text : {&a.title, &a.body})
            for (const Entity& e : x.extract(*text)) {
                Mentions& m = out[{a.id, std::string(entity_type_name(e.type)), e.text}];
                ++m.count;
                m.canonical = e.canonical;
            }
    return out;
}

// Judged file: article_id, type, text, verdict (ok | no), TSV with '#' comments.
std::map<MentionKey, bool> read_judged(const std::string& path) {
    std::ifstream in(path);
    if (!in) throw std::runtime_error("cannot open judged file: " + path);
    std::map<MentionKey, bool> out;
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty() || line[0] == '#') continue;
        std::vector<std::string> cells;
        std::stringstream ss(line);
        std::string cell;
        while (std::getline(ss, cell, '\t')) cells.push_back(cell);
        if (cells.size() < 4 || (cells[3] != "ok" && cells[3] != "no"))
            throw std::runtime_error("bad judged line (id, type, text, ok|no): " + line);
        out[{cells[0], cells[1], cells[2]}] = cells[3] == "ok";
    }
    return out;
}

int run_ner_real(const RealOptions& opt) {
    ExtractorOptions xopt;
    xopt.rule_mask = opt.rule_mask;
    const EntityExtractor x = EntityExtractor::load(opt.model_dir.empty() ? entity_model_dir() : opt.model_dir, xopt);
    const auto articles = sample_articles(opt.corpus, opt.seed, opt.articles);
    const auto found = extract_sample(x, articles);
    if (opt.list || opt.judged.empty()) {
        for (const auto& [key, m] : found)
            std::printf("%s\t%s\t%s\t%u\t%s\n", std::get<0>(key).c_str(), std::get<1>(key).c_str(),
                        std::get<2>(key).c_str(), m.count, m.canonical.c_str());
        return 0;
    }
    const auto judged = read_judged(opt.judged);
    struct Counts {
        unsigned ok = 0, no = 0, unjudged = 0, ok_distinct = 0, no_distinct = 0;
    };
    std::map<std::string, Counts> by_type;
    for (const auto& [key, m] : found) {
        for (const std::string& t : {std::get<1>(key), std::string("all")}) {
            Counts& c = by_type[t];
            const auto it = judged.find(key);
            if (it == judged.end()) {
                c.unjudged += m.count;
            } else if (it->second) {
                c.ok += m.count;
                ++c.ok_distinct;
            } else {
                c.no += m.count;
                ++c.no_distinct;
            }
        }
        if (opt.print_unjudged && judged.find(key) == judged.end())
            std::printf("UNJUDGED\t%s\t%s\t%s\n", std::get<0>(key).c_str(), std::get<1>(key).c_str(),
                        std::get<2>(key).c_str());
    }
    std::printf("%zu articles (seed %ju), judged file %s\n", articles.size(), static_cast<std::uintmax_t>(opt.seed),
                opt.judged.c_str());
    std::printf("  type  mentions  correct  wrong  unjudged  precision  | distinct: correct  wrong  precision\n");
    for (const char* t : {"PER", "ORG", "LOC", "all"}) {
        const Counts& c = by_type[t];
        const auto pct = [](unsigned a, unsigned b) { return a + b == 0 ? 0.0 : 100.0 * a / (a + b); };
        std::printf("  %-4s  %8u  %7u  %5u  %8u  %8.1f%%  |           %5u  %5u  %8.1f%%\n", t, c.ok + c.no + c.unjudged,
                    c.ok, c.no, c.unjudged, pct(c.ok, c.no), c.ok_distinct, c.no_distinct,
                    pct(c.ok_distinct, c.no_distinct));
    }
    return 0;
}

const RegisterCommand reg{[](CLI::App& app, int* rc) {
    auto opt = std::make_shared<RealOptions>();
    auto* sub = app.add_subcommand("ner-real",
                                   "Entity precision on a seeded sample of real news articles, against a judged file");
    sub->add_option("--corpus", opt->corpus, "JSON-lines news dump (id, title, body; may be gzip'd)")
        ->required()
        ->check(CLI::ExistingFile);
    sub->add_option("--judged", opt->judged, "TSV: article id, type, text as written, ok|no");
    sub->add_option("--model-dir", opt->model_dir, "model directory (default: the committed models/)");
    sub->add_option("--seed", opt->seed, "sample seed")->capture_default_str();
    sub->add_option("--articles", opt->articles, "sample size")->capture_default_str();
    sub->add_option("--rule-mask", opt->rule_mask,
                    "ExtractorOptions::rule_mask (12: the rules before the clean-up for real news)")
        ->capture_default_str();
    sub->add_flag("--list", opt->list, "print the sample's distinct mentions (id, type, text, count, canonical)");
    sub->add_flag("--print-unjudged", opt->print_unjudged, "list mentions the judged file lacks");
    sub->callback([opt, rc] { *rc = run_ner_real(*opt); });
}};

}  // namespace
}  // namespace telusur::eval
