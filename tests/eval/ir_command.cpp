// `telusur-eval ir`: retrieval quality (nDCG@10, MRR@10, Recall@100, as
// trec_eval computes them) of Telusur's ranking on a benchmark of documents,
// queries and TREC qrels. Indexes the documents with the indexer's own code,
// runs the queries through run_batch() (the path of `telusur-query --batch`)
// and scores the TREC run it writes, one table row per variant, so that a
// ranking change is measured against its baseline on the same data.
#include "common/batch.h"
#include "common/cli/options.h"
#include "common/database.h"
#include "common/errors.h"
#include "common/eval/ir_metrics.h"
#include "common/indexing.h"
#include "common/ranking.h"
#include "common/schema.h"
#include "common/search.h"
#include "tests/eval/eval_command.h"

#include <nlohmann/json.hpp>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace telusur::eval {
namespace {

namespace fs = std::filesystem;

struct IrOptions {
    std::vector<std::string> docs;
    std::vector<std::string> distractors;
    std::string queries;
    std::string qrels;
    std::string run;
    std::string db;
    std::string index_dir;
    std::string per_query;
    std::vector<std::string> variants;
    std::vector<std::string> stemmers;
    Xapian::doccount depth = 100;
    bool json = false;
};

struct Variant {
    std::string name;
    std::string stemmer;  ///< "" = the database's (or the indexer's default)
    RankingOptions ranking;
    QueryAnalysisOptions analysis;
};

/// "NAME=key=value,key=value": NAME, then ranking options and `stemmer`.
Variant parse_variant(const std::string& spec) {
    const auto eq = spec.find('=');
    Variant v;
    v.name = spec.substr(0, eq);
    if (v.name.empty()) throw UsageError("--variant '" + spec + "': give NAME=OPTIONS");
    if (eq == std::string::npos) return v;
    std::string ranking_list;
    std::stringstream items(spec.substr(eq + 1));
    for (std::string item; std::getline(items, item, ',');) {
        if (item.rfind("stemmer=", 0) == 0)
            v.stemmer = item.substr(8);
        else if (item.rfind("stem_caps=", 0) == 0)
            v.analysis.stem_capitalized =
                item.substr(10) == "on" || item.substr(10) == "true" || item.substr(10) == "1";
        else
            ranking_list += item + ",";
    }
    if (!v.stemmer.empty()) make_stemmer(v.stemmer);  // validates the name
    set_ranking_options(v.ranking, ranking_list);
    return v;
}

std::vector<Variant> build_variants(const IrOptions& o) {
    std::vector<Variant> base;
    for (const auto& spec : o.variants) base.push_back(parse_variant(spec));
    if (o.stemmers.empty()) {
        if (base.empty()) base.push_back({"telusur", "", RankingOptions{}, {}});
        return base;
    }
    // --stemmer crossed with the variants (or the default ranking).
    if (base.empty()) base.push_back({"", "", RankingOptions{}, {}});
    std::vector<Variant> out;
    for (const auto& v : base)
        for (const auto& s : o.stemmers)
            out.push_back({v.name.empty() ? s : v.name + "/" + s, s, v.ranking, v.analysis});
    return out;
}

/// mkdtemp folder, removed with the object.
class ScratchDir {
public:
    ScratchDir() {
        std::string pattern = (fs::temp_directory_path() / "telusur-ir-XXXXXX").string();
        if (!mkdtemp(pattern.data())) throw std::runtime_error("cannot create a temporary folder");
        path_ = pattern;
    }
    ~ScratchDir() {
        std::error_code ec;
        fs::remove_all(path_, ec);
    }
    ScratchDir(const ScratchDir&) = delete;
    ScratchDir& operator=(const ScratchDir&) = delete;
    const std::string& path() const { return path_; }

private:
    std::string path_;
};

/// Counts input issues; shows the first few.
class QuietObserver : public IndexObserver {
public:
    void on_issue(const InputIssue& issue) override {
        if (++issues_ <= 5) std::cerr << issue.describe() << '\n';
    }
    std::size_t issues() const { return issues_; }

private:
    std::size_t issues_ = 0;
};

/// Indexes docs and distractors into path with this stemmer.
void build_index(const std::string& path, const std::string& stemmer, const IrOptions& o) {
    std::vector<std::string> inputs = o.docs;
    inputs.insert(inputs.end(), o.distractors.begin(), o.distractors.end());
    IndexOptions options;
    options.stemmer = stemmer;
    QuietObserver observer;
    const auto start = std::chrono::steady_clock::now();
    const IndexStats stats = run_indexing(path, inputs, {}, options, observer);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::cerr << "telusur-eval ir: indexed " << stats.indexed() << " documents ("
              << (stemmer.empty() ? "default" : stemmer) << " stemmer) in " << std::fixed;
    std::cerr.precision(1);
    std::cerr << seconds << " s"
              << (observer.issues() ? ", " + std::to_string(observer.issues()) + " input issues" : "") << '\n';
    std::cerr.unsetf(std::ios::fixed);
    if (stats.indexed() == 0) throw UsageError("no document could be indexed from --docs/--distractors");
}

/// Stops early with a clear message when the judged documents are not in
/// the index (MIRACL, Mr.TyDi: qrels without a collection here), and warns
/// when only some are.
void check_judged_documents(const std::string& db_path, const ir::Qrels& qrels, const std::set<std::string>& qids) {
    Xapian::Database db(db_path);
    std::size_t judged = 0, found = 0;
    std::string missing_example;
    for (const auto& [qid, judgments] : qrels) {
        if (!qids.count(qid)) continue;
        for (const auto& [doc, rel] : judgments) {
            if (rel <= 0) continue;
            ++judged;
            if (db.term_exists(schema::make_id_term(doc)))
                ++found;
            else if (missing_example.empty())
                missing_example = doc;
        }
    }
    if (judged > 0 && found == 0)
        throw UsageError("none of the judged documents are in the index (e.g. '" + missing_example +
                         "'); this benchmark's documents are not available here, or --docs names another "
                         "collection (document ids must match the qrels)");
    if (found < judged)
        std::cerr << "telusur-eval ir: warning: " << judged - found << " of " << judged
                  << " relevant judged documents are not in the index (e.g. '" << missing_example
                  << "'); they count as not found\n";
}

std::string run_path(const std::string& base, const std::string& variant, bool several) {
    if (!several) return base;
    std::string safe = variant;
    for (char& c : safe)
        if (c == '/' || c == ' ') c = '_';
    const fs::path p(base);
    return (p.parent_path() / (p.stem().string() + "." + safe + p.extension().string())).string();
}

struct VariantResult {
    Variant variant;
    std::string stemmer;
    ir::IrScores scores;
    double seconds = 0;
};

int run_ir(const IrOptions& o) {
    if (o.docs.empty() && o.db.empty())
        throw UsageError("give --docs FILE (the benchmark's documents) or --db DIR (an index of them)");
    const std::vector<Variant> variants = build_variants(o);

    std::ifstream query_file(o.queries);
    if (!query_file) throw UsageError("cannot open queries file '" + o.queries + "'");
    const auto queries = read_batch_queries(query_file);
    const ir::Qrels qrels = ir::read_qrels_file(o.qrels);

    // Queries evaluated: those of the file judged with a relevant document.
    std::set<std::string> judged_qids;
    std::vector<std::string> only;
    std::size_t without_relevant = 0;
    for (const auto& q : queries) {
        const auto it = qrels.find(q.qid);
        if (it == qrels.end() || ir::relevant_count(it->second) == 0) {
            ++without_relevant;
            continue;
        }
        judged_qids.insert(q.qid);
        only.push_back(q.qid);
    }
    if (judged_qids.empty())
        throw UsageError("no query of " + o.queries + " has a relevant document in " + o.qrels +
                         " (do the qids of the two files match?)");
    std::size_t qrels_only = 0;
    for (const auto& [qid, judgments] : qrels)
        qrels_only += ir::relevant_count(judgments) > 0 && !judged_qids.count(qid);
    if (without_relevant > 0)
        std::cerr << "telusur-eval ir: " << without_relevant
                  << " queries have no relevant judged document and are skipped (as trec_eval does)\n";
    if (qrels_only > 0)
        std::cerr << "telusur-eval ir: note: " << qrels_only
                  << " judged queries of the qrels are not in the queries file and are not evaluated\n";

    // One index per stemmer.
    std::unique_ptr<ScratchDir> scratch;
    std::map<std::string, std::string> index_for;  // stemmer ("" = default) -> path
    std::string db_stemmer;
    if (!o.db.empty()) {
        if (!o.docs.empty() || !o.distractors.empty())
            build_index(o.db, "", o);  // upserts; unchanged documents are skipped
        db_stemmer = database_stemmer(Xapian::Database(o.db));
    } else if (o.index_dir.empty()) {
        scratch = std::make_unique<ScratchDir>();
    }
    for (const auto& v : variants) {
        if (index_for.count(v.stemmer)) continue;
        if (!o.db.empty()) {
            if (!v.stemmer.empty() && v.stemmer != db_stemmer)
                throw UsageError("variant '" + v.name + "' asks for the " + v.stemmer + " stemmer but --db " + o.db +
                                 " was built with " + db_stemmer + " (leave --db out to index per stemmer)");
            index_for[v.stemmer] = o.db;
            continue;
        }
        const std::string dir = o.index_dir.empty() ? scratch->path() : o.index_dir;
        const std::string path = dir + "/" + (v.stemmer.empty() ? "default" : v.stemmer);
        fs::create_directories(dir);
        build_index(path, v.stemmer, o);
        index_for[v.stemmer] = path;
    }
    for (const auto& [stemmer, path] : index_for) check_judged_documents(path, qrels, judged_qids);

    std::unique_ptr<std::ofstream> per_query;
    if (!o.per_query.empty()) {
        per_query = std::make_unique<std::ofstream>(o.per_query);
        if (!*per_query) throw UsageError("cannot write '" + o.per_query + "'");
        *per_query << "variant\tqid\tndcg@10\tmrr@10\trecall@100\n";
    }

    std::vector<VariantResult> results;
    for (const auto& v : variants) {
        const std::string path = index_for.at(v.stemmer);
        Searcher searcher(std::vector<std::string>{path});
        SearchRequest base;
        base.limit = o.depth;
        base.ranking = v.ranking;
        base.analysis = v.analysis;
        base.snippet_length = 0;  // the run needs no snippets
        std::ostringstream run_text;
        const auto start = std::chrono::steady_clock::now();
        const BatchSummary summary =
            run_batch(searcher, base, queries, OutputFormat::Trec, v.name, run_text, std::cerr);
        VariantResult r{v, database_stemmer(searcher.database()), {}, 0};
        r.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        if (summary.failed > 0)
            std::cerr << "telusur-eval ir: " << v.name << ": " << summary.failed << " queries failed (count as 0)\n";
        if (!o.run.empty()) {
            const std::string out = run_path(o.run, v.name, variants.size() > 1);
            std::ofstream file(out);
            if (!(file << run_text.str())) throw UsageError("cannot write run file '" + out + "'");
        }
        std::istringstream run_in(run_text.str());
        r.scores = ir::evaluate_run(qrels, ir::read_run(run_in), only);
        if (per_query)
            for (const auto& q : r.scores.per_query)
                *per_query << v.name << '\t' << q.qid << '\t' << q.ndcg10 << '\t' << q.mrr10 << '\t' << q.recall100
                           << '\n';
        results.push_back(std::move(r));
    }

    if (o.json) {
        auto scores_json = [](const ir::IrScores& s) {
            return nlohmann::json{
                {"queries", s.queries}, {"ndcg@10", s.ndcg10}, {"mrr@10", s.mrr10}, {"recall@100", s.recall100}};
        };
        if (results.size() == 1) {
            std::cout << scores_json(results[0].scores).dump() << '\n';
        } else {
            nlohmann::json list = nlohmann::json::array();
            for (const auto& r : results) {
                nlohmann::json entry{
                    {"name", r.variant.name}, {"stemmer", r.stemmer}, {"ranking", describe(r.variant.ranking)}};
                entry.update(scores_json(r.scores));
                list.push_back(entry);
            }
            std::cout << nlohmann::json{{"variants", list}}.dump() << '\n';
        }
        return 0;
    }
    std::printf("%-24s %-9s %7s %8s %8s %8s %7s  %s\n", "variant", "stemmer", "queries", "nDCG@10", "MRR@10", "R@100",
                "q/s", "ranking");
    for (const auto& r : results)
        std::printf("%-24s %-9s %7zu %8.4f %8.4f %8.4f %7.0f  %s\n", r.variant.name.c_str(), r.stemmer.c_str(),
                    r.scores.queries, r.scores.ndcg10, r.scores.mrr10, r.scores.recall100,
                    r.seconds > 0 ? static_cast<double>(queries.size()) / r.seconds : 0.0,
                    describe(r.variant.ranking).c_str());
    return 0;
}

static const RegisterCommand reg{[](CLI::App& app, int* rc) {
    auto o = std::make_shared<IrOptions>();
    auto* sub = app.add_subcommand(
        "ir", "Retrieval quality (nDCG@10, MRR@10, Recall@100 as trec_eval computes them) on a benchmark");
    sub->add_option("--docs", o->docs, "Documents (JSON Lines, gzip or plain, with the qrels' ids); repeatable")
        ->check(CLI::ExistingFile);
    sub->add_option("--distractors", o->distractors, "Unjudged documents indexed alongside; repeatable")
        ->check(CLI::ExistingFile);
    sub->add_option("--queries", o->queries, "Queries, qid<TAB>query per line")->required()->check(CLI::ExistingFile);
    sub->add_option("--qrels", o->qrels, "TREC qrels: qid 0 docid rel")->required()->check(CLI::ExistingFile);
    sub->add_option("--run", o->run, "Write the TREC run here (several variants: FILE.NAME.ext, one per variant)");
    auto database = std::make_shared<cli::DatabasePathArg>(
        sub, "Use (and, with --docs, update) this database instead of a temporary one");
    sub->add_option("--index-dir", o->index_dir,
                    "Keep the indexes in DIR/STEMMER and reuse them next time (instead of a temporary folder)");
    sub->add_option(
        "--variant", o->variants,
        "NAME=key=value,... : a ranking to compare, e.g. bm25=preset=plain,stemmer=none or "
        "prox=proximity=on,proximity_weight=0.5 (keys: stemmer, entity_boost, preset, weighting, k1, b, k3, "
        "min_normlen, delta, c, mu, stem_caps, exact, lead, lead_window, lead_depth, coverage, coverage_power, "
        "proximity, "
        "proximity_weight, proximity_window, proximity_ordered, prf, prf_docs, prf_terms, prf_weight); "
        "repeatable, one row each");
    auto stemmers = std::make_shared<cli::StemmerListArg>(sub, "Stemmer(s) to compare, crossed with --variant");
    sub->add_option("--depth", o->depth, "Results retrieved per query")->capture_default_str();
    sub->add_option("--per-query", o->per_query, "Write per-query scores (TSV) here");
    sub->add_flag("--json", o->json,
                  R"(Print {"queries":N,"ndcg@10":..,"mrr@10":..,"recall@100":..}; with several variants )"
                  R"({"variants":[{"name":..,"stemmer":..,"ranking":..,"queries":..,...}]})");
    sub->callback([o, rc, database, stemmers] {
        o->db = database->path;
        o->stemmers = stemmers->names;
        try {
            *rc = run_ir(*o);
        } catch (const UsageError& e) {
            std::cerr << "telusur-eval ir: error: " << e.what() << '\n';
            *rc = 2;
        } catch (const DatabaseError& e) {
            std::cerr << "telusur-eval ir: error: " << e.what() << '\n';
            *rc = 2;
        }
    });
}};

}  // namespace
}  // namespace telusur::eval
