// `telusur-eval facets`: are the entity facets of a query what its answer is
// about, one entry per real-world thing, and what do they cost?
//
// For each query of a file, on one database:
//  (a) overlap: per entity type, how many of the top 5 facet values are among
//      the 5 entities named by most of the query's top results (--reference-
//      depth, 100 by default; ties at the fifth place count as top 5), over
//      min(5, entities named); the mean over (query, type) pairs;
//  (b) duplicates: facet lists and result entity lists (of the reference
//      results) that name one thing twice, judged by an alias-group file
//      (one line per thing: `Joko Widodo|Jokowi|Presiden Jokowi`), names
//      compared case- and space-insensitively;
//  (c) cost: the queries timed in passes, one pass per mode (with and
//      without facets) on a fresh searcher, --repeat times with the order of
//      the modes alternating; the median of each query's median, and their
//      ratio. A query is never timed right after itself in the other mode,
//      so neither mode rides on the other's memos of that query (as in
//      tests/bench/query_latency, whose --facets ratio this should match).
// The top-20 overlap (what the first pages show) is printed beside, so that
// a choice of facet scope is not judged only by the reference it counts.
// Rows: one per --variant (which articles facets count), for all queries and
// for the odd and even lines of the query file, so that a choice can be
// checked on a half it was not made on. With --query-bin, an external
// telusur-query (another build, e.g. before a change) answers instead of the
// library, one process per query (times include process start).
#include "common/cli/options.h"
#include "common/errors.h"
#include "common/output.h"
#include "common/schema.h"
#include "common/search.h"
#include "tests/eval/eval_command.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <sys/wait.h>

namespace telusur::eval {
namespace {

using Clock = std::chrono::steady_clock;

struct FacetEvalOptions {
    std::vector<std::string> db;
    std::string queries;
    std::string aliases;
    std::vector<std::string> variants;
    std::string query_bin;
    std::size_t reference_depth = 100;
    unsigned repeat = 3;
    bool json = false;
    bool verbose = false;
};

struct Query {
    std::string qid, text;
};

/// qid<TAB>query or query per line; '#' starts a comment line.
std::vector<Query> read_queries(const std::string& path) {
    std::ifstream in(path);
    if (!in) throw UsageError("cannot open queries file '" + path + "'");
    std::vector<Query> out;
    std::size_t line_number = 0;
    for (std::string line; std::getline(in, line);) {
        ++line_number;
        if (line.empty() || line[0] == '#') continue;
        const auto tab = line.find('\t');
        if (tab == std::string::npos)
            out.push_back({std::to_string(line_number), line});
        else
            out.push_back({line.substr(0, tab), line.substr(tab + 1)});
    }
    if (out.empty()) throw UsageError("no query in '" + path + "'");
    return out;
}

/// Names -> the thing they name: a name of an alias group stands for the
/// group, any other name for itself (normalized).
class AliasGroups {
public:
    explicit AliasGroups(const std::string& path) {
        if (path.empty()) return;
        std::ifstream in(path);
        if (!in) throw UsageError("cannot open alias-group file '" + path + "'");
        std::size_t groups = 0;
        for (std::string line; std::getline(in, line);) {
            if (line.empty() || line[0] == '#') continue;
            const std::string id = "#group" + std::to_string(++groups);
            std::stringstream names(line);
            for (std::string name; std::getline(names, name, '|');)
                if (!name.empty()) group_[schema::normalize_boolean_value(name)] = id;
        }
    }
    std::string thing(const std::string& name) const {
        std::string normalized = schema::normalize_boolean_value(name);
        const auto it = group_.find(normalized);
        return it == group_.end() ? normalized : it->second;
    }
    /// The first two names of the list that stand for one thing ("a / b"),
    /// "" when none do.
    std::string duplicate(const std::vector<std::string>& names) const {
        std::map<std::string, const std::string*> things;
        for (const auto& name : names)
            if (const auto [it, added] = things.emplace(thing(name), &name); !added) return *it->second + " / " + name;
        return "";
    }

private:
    std::map<std::string, std::string> group_;
};

struct Variant {
    std::string name;
    std::string facets_over = "default";  ///< "all", N, or "default" (the library's or the binary's)
    std::optional<double> min_share;      ///< unset: the library's default
};

/// "NAME" (the defaults), "NAME=over=N|all,share=F".
Variant parse_variant(const std::string& spec) {
    Variant v;
    const auto eq = spec.find('=');
    v.name = spec.substr(0, eq);
    if (v.name.empty()) throw UsageError("--variant '" + spec + "': give NAME[=over=N|all,share=F]");
    if (eq == std::string::npos) return v;
    std::stringstream items(spec.substr(eq + 1));
    for (std::string item; std::getline(items, item, ',');) {
        const auto sep = item.find('=');
        const std::string key = item.substr(0, sep), value = sep == std::string::npos ? "" : item.substr(sep + 1);
        try {
            if (key == "over" && (value == "all" || std::stoul(value) > 0))
                v.facets_over = value;
            else if (key == "share" && std::stod(value) >= 0 && std::stod(value) <= 1)
                v.min_share = std::stod(value);
            else
                throw UsageError("");
        } catch (const std::exception&) {
            throw UsageError("--variant '" + spec + "': '" + item + "' is not over=N|all or share=0..1");
        }
    }
    return v;
}

/// Answers queries as JSON (response_to_json()), with the library or an
/// external telusur-query.
class Answerer {
public:
    explicit Answerer(const FacetEvalOptions& o) : o_(o) {
        if (o.query_bin.empty()) searcher_ = std::make_unique<Searcher>(o.db);
    }
    /// @param facets_over "" for no facets
    nlohmann::json answer(const std::string& query, std::size_t limit, const std::string& facets_over,
                          std::optional<double> min_share) {
        if (searcher_) {
            SearchRequest request;
            request.query = query;
            request.limit = static_cast<Xapian::doccount>(limit);
            request.facets = !facets_over.empty();
            if (facets_over == "all")
                request.facets_over = SearchRequest::kFacetsOverAll;
            else if (request.facets && facets_over != "default")
                request.facets_over = static_cast<Xapian::doccount>(std::stoul(facets_over));
            if (min_share) request.facets_min_share = *min_share;
            return response_to_json(searcher_->search(request));
        }
        std::string command = shell_quote(o_.query_bin) + " --format json --limit " + std::to_string(limit);
        for (const auto& db : o_.db) command += " --db " + shell_quote(db);
        if (!facets_over.empty()) {
            command += " --facets";
            // An older build knows no --facets-over: give it only when asked.
            if (facets_over != "default") command += " --facets-over " + facets_over;
        }
        command += " -- " + shell_quote(query);
        std::string out;
        FILE* pipe = popen(command.c_str(), "r");
        if (pipe == nullptr) throw UsageError("cannot run " + o_.query_bin);
        char buffer[65536];
        for (std::size_t n; (n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0;) out.append(buffer, n);
        const int status = pclose(pipe);
        if (status != 0 && WEXITSTATUS(status) > 1) throw UsageError("failed: " + command);
        return nlohmann::json::parse(out);
    }

private:
    static std::string shell_quote(const std::string& s) {
        std::string out = "'";
        for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
        return out + "'";
    }
    const FacetEvalOptions& o_;
    std::unique_ptr<Searcher> searcher_;
};

double median(std::vector<double> v) {
    if (v.empty()) return 0;
    std::sort(v.begin(), v.end());
    const std::size_t m = v.size() / 2;
    return v.size() % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
}

/// The things most of `results` name (each result once per thing), top 5
/// with the ties of the fifth.
std::set<std::string> reference_top5(const nlohmann::json& results, std::size_t depth, const char* type,
                                     const AliasGroups& groups) {
    std::map<std::string, std::size_t> named;
    for (std::size_t i = 0; i < std::min(depth, results.size()); ++i) {
        const auto& entities = results[i]["entities"];
        if (!entities.contains(type)) continue;
        std::set<std::string> things;
        for (const auto& name : entities[type]) things.insert(groups.thing(name.get<std::string>()));
        for (const auto& thing : things) ++named[thing];
    }
    std::vector<std::pair<std::size_t, std::string>> sorted;
    for (const auto& [thing, count] : named) sorted.push_back({count, thing});
    std::sort(sorted.rbegin(), sorted.rend());
    std::set<std::string> top;
    for (std::size_t i = 0; i < sorted.size(); ++i) {
        if (i >= 5 && sorted[i].first < sorted[4].first) break;
        top.insert(sorted[i].second);
    }
    return top;
}

struct QueryScore {
    std::vector<double> overlap100, overlap20;  ///< one per entity type with a reference
    std::size_t facet_lists = 0, duplicate_facet_lists = 0;
    std::size_t result_lists = 0, duplicate_result_lists = 0;
    double facets_ms = 0, plain_ms = 0;
    Xapian::doccount facets_over = 0, total = 0;
};

struct Row {
    std::vector<double> overlap100, overlap20, facets_ms, plain_ms;
    std::size_t queries = 0, facet_lists = 0, duplicate_facet_lists = 0, result_lists = 0, duplicate_result_lists = 0;
    std::vector<double> facets_over;
    void add(const QueryScore& s) {
        ++queries;
        overlap100.insert(overlap100.end(), s.overlap100.begin(), s.overlap100.end());
        overlap20.insert(overlap20.end(), s.overlap20.begin(), s.overlap20.end());
        facet_lists += s.facet_lists;
        duplicate_facet_lists += s.duplicate_facet_lists;
        result_lists += s.result_lists;
        duplicate_result_lists += s.duplicate_result_lists;
        facets_ms.push_back(s.facets_ms);
        plain_ms.push_back(s.plain_ms);
        facets_over.push_back(s.facets_over);
    }
    static double mean(const std::vector<double>& v) {
        double sum = 0;
        for (double x : v) sum += x;
        return v.empty() ? 0 : sum / static_cast<double>(v.size());
    }
    nlohmann::json to_json() const {
        const double facets = median(facets_ms), plain = median(plain_ms);
        return {{"queries", queries},
                {"overlap", mean(overlap100)},
                {"overlap_top20", mean(overlap20)},
                {"facet_lists", facet_lists},
                {"duplicate_facet_lists", duplicate_facet_lists},
                {"result_lists", result_lists},
                {"duplicate_result_lists", duplicate_result_lists},
                {"duplicate_result_share",
                 result_lists ? static_cast<double>(duplicate_result_lists) / static_cast<double>(result_lists) : 0.0},
                {"facets_over_median", median(facets_over)},
                {"facets_ms", facets},
                {"plain_ms", plain},
                {"ratio", plain > 0 ? facets / plain : 0.0}};
    }
};

/// Per query, the median time of the page of 10 with and without facets.
struct QueryTimes {
    std::vector<double> facets_ms, plain_ms;
};

/// Not one of the evaluated queries: common words of Indonesian news.
constexpr const char* kWarmUpQuery = "presiden indonesia jakarta";

QueryTimes time_queries(const std::vector<Query>& queries, const Variant& v, const FacetEvalOptions& o) {
    std::vector<std::vector<double>> with(queries.size()), without(queries.size());
    for (unsigned r = 0; r < std::max(1u, o.repeat); ++r)
        for (const bool facets : {r % 2 == 1, r % 2 == 0}) {
            Answerer answerer(o);
            // What a searcher builds once, from its first searches on (entity
            // lexicon, article keys, facet store), is start-up, not facets.
            for (int warm = 0; warm < 2; ++warm)
                answerer.answer(kWarmUpQuery, 10, facets ? v.facets_over : "", facets ? v.min_share : std::nullopt);
            for (std::size_t i = 0; i < queries.size(); ++i) {
                const auto start = Clock::now();
                answerer.answer(queries[i].text, 10, facets ? v.facets_over : "", facets ? v.min_share : std::nullopt);
                (facets ? with : without)[i].push_back(
                    std::chrono::duration<double, std::milli>(Clock::now() - start).count());
            }
        }
    QueryTimes times;
    for (std::size_t i = 0; i < queries.size(); ++i) {
        times.facets_ms.push_back(median(with[i]));
        times.plain_ms.push_back(median(without[i]));
    }
    return times;
}

QueryScore score_query(Answerer& answerer, const Query& q, const Variant& v, const FacetEvalOptions& o,
                       const AliasGroups& groups) {
    QueryScore s;
    const nlohmann::json answer = answerer.answer(q.text, 10, v.facets_over, v.min_share);
    s.facets_over = answer.value("facets_over", answer.value("total_estimate", 0u));
    s.total = answer.value("total_estimate", 0u);
    const nlohmann::json reference = answerer.answer(q.text, o.reference_depth, "", std::nullopt)["results"];
    for (const auto& type : schema::kEntityTypes) {
        std::vector<std::string> facet_names;
        if (answer["facets"].contains(type.json_key))
            for (const auto& value : answer["facets"][type.json_key]) facet_names.push_back(value["value"]);
        if (!facet_names.empty()) {
            ++s.facet_lists;
            if (const std::string twice = groups.duplicate(facet_names); !twice.empty()) {
                ++s.duplicate_facet_lists;
                if (o.verbose) std::cerr << q.qid << " duplicate " << type.json_key << " facet list: " << twice << '\n';
            }
        }
        std::set<std::string> top5;
        for (std::size_t i = 0; i < std::min<std::size_t>(5, facet_names.size()); ++i)
            top5.insert(groups.thing(facet_names[i]));
        auto overlap = [&](std::size_t depth, std::vector<double>& out) {
            const std::set<std::string> ref = reference_top5(reference, depth, type.json_key, groups);
            if (ref.empty()) return;
            std::size_t shared = 0;
            for (const auto& thing : top5) shared += ref.count(thing);
            out.push_back(static_cast<double>(shared) / static_cast<double>(std::min<std::size_t>(5, ref.size())));
            if (o.verbose && depth == o.reference_depth && out.back() < 1) {
                std::cerr << q.qid << " overlap " << type.json_key << " " << out.back() << ": reference";
                for (const auto& thing : ref) std::cerr << " [" << thing << "]";
                std::cerr << '\n';
            }
        };
        overlap(o.reference_depth, s.overlap100);
        overlap(20, s.overlap20);
        for (const auto& result : reference) {
            if (!result["entities"].contains(type.json_key) || result["entities"][type.json_key].empty()) continue;
            ++s.result_lists;
            const auto names = result["entities"][type.json_key].get<std::vector<std::string>>();
            if (const std::string twice = groups.duplicate(names); !twice.empty()) {
                ++s.duplicate_result_lists;
                if (o.verbose)
                    std::cerr << q.qid << " duplicate " << type.json_key << " in " << result["id"] << ": " << twice
                              << '\n';
            }
        }
    }
    if (o.verbose) {
        std::cerr << q.qid << " " << q.text << ": facets over " << s.facets_over << " of " << s.total;
        for (const auto& type : schema::kEntityTypes) {
            std::cerr << "\n  " << type.json_key << ":";
            if (answer["facets"].contains(type.json_key))
                for (const auto& value : answer["facets"][type.json_key])
                    std::cerr << " " << value["value"].get<std::string>() << " (" << value["count"] << ")";
        }
        std::cerr << '\n';
    }
    return s;
}

int run_facets(const FacetEvalOptions& o) {
    const std::vector<Query> queries = read_queries(o.queries);
    const AliasGroups groups(o.aliases);
    std::vector<Variant> variants;
    for (const auto& spec : o.variants) variants.push_back(parse_variant(spec));
    if (variants.empty()) variants.push_back({"default", "default", std::nullopt});
    if (!o.query_bin.empty())
        for (const auto& v : variants)
            if (v.min_share) throw UsageError("--query-bin: share= is the library's; give over= only");
    Answerer answerer(o);

    struct Rows {
        std::string name;
        Row all, odd, even;
    };
    std::vector<Rows> rows;
    for (const auto& v : variants) {
        Rows r{v.name, {}, {}, {}};
        const QueryTimes times = time_queries(queries, v, o);
        for (std::size_t i = 0; i < queries.size(); ++i) {
            QueryScore s = score_query(answerer, queries[i], v, o, groups);
            s.facets_ms = times.facets_ms[i];
            s.plain_ms = times.plain_ms[i];
            r.all.add(s);
            (i % 2 == 0 ? r.odd : r.even).add(s);
        }
        rows.push_back(std::move(r));
    }

    if (o.json) {
        nlohmann::json list = nlohmann::json::array();
        for (const auto& r : rows) {
            nlohmann::json entry = r.all.to_json();
            entry["name"] = r.name;
            entry["half_a"] = r.odd.to_json();
            entry["half_b"] = r.even.to_json();
            list.push_back(entry);
        }
        std::cout << nlohmann::json{{"variants", list}}.dump() << '\n';
        return 0;
    }
    std::printf("%-14s %-5s %7s %9s %9s %11s %12s %8s %9s %9s %6s\n", "variant", "half", "queries", "overlap",
                "ovl@top20", "dup facets", "dup results", "over p50", "facet ms", "plain ms", "ratio");
    for (const auto& r : rows)
        for (const auto& [half, row] :
             {std::pair<const char*, const Row*>{"all", &r.all}, {"A", &r.odd}, {"B", &r.even}}) {
            const nlohmann::json j = row->to_json();
            char dup_facets[32], dup_results[32];
            std::snprintf(dup_facets, sizeof dup_facets, "%zu/%zu", row->duplicate_facet_lists, row->facet_lists);
            std::snprintf(dup_results, sizeof dup_results, "%.1f%%", 100 * j["duplicate_result_share"].get<double>());
            std::printf("%-14s %-5s %7zu %9.3f %9.3f %11s %12s %8.0f %9.2f %9.2f %6.2f\n", r.name.c_str(), half,
                        row->queries, j["overlap"].get<double>(), j["overlap_top20"].get<double>(), dup_facets,
                        dup_results, j["facets_over_median"].get<double>(), j["facets_ms"].get<double>(),
                        j["plain_ms"].get<double>(), j["ratio"].get<double>());
        }
    return 0;
}

static const RegisterCommand reg{[](CLI::App& app, int* rc) {
    auto o = std::make_shared<FacetEvalOptions>();
    auto* sub = app.add_subcommand(
        "facets",
        "Entity facet quality on a database: overlap of the top-5 facet values with the top results' entities, "
        "lists naming one thing twice (alias groups), facet time");
    sub->add_option("--db", o->db, "Database (repeatable: shards, tcp://HOST:PORT)")->required();
    sub->add_option("--queries", o->queries, "Queries, qid<TAB>query or query per line ('#': comment)")
        ->required()
        ->check(CLI::ExistingFile);
    sub->add_option("--aliases", o->aliases, "Alias groups: one thing per line, its names separated by '|'")
        ->check(CLI::ExistingFile);
    sub->add_option("--variant", o->variants,
                    "NAME[=over=N|all,share=F]: which articles facets count (the N best matches whose score is at "
                    "least F of the best, or all); repeatable, one row each (default: the library's defaults)");
    sub->add_option("--reference-depth", o->reference_depth, "Top results whose entities are the reference")
        ->check(cli::integer_in(1, 10000))
        ->capture_default_str();
    sub->add_option("--repeat", o->repeat, "Timed passes over the queries per mode (medians)")
        ->check(cli::integer_in(1, 100))
        ->capture_default_str();
    sub->add_option("--query-bin", o->query_bin,
                    "Answer with this telusur-query (another build), one process per query; a variant without "
                    "over= runs it with plain --facets");
    sub->add_flag("--json", o->json,
                  R"(Print {"variants":[{"name","queries","overlap","overlap_top20","duplicate_facet_lists",...,)"
                  R"("facets_ms","plain_ms","ratio","half_a":{...},"half_b":{...}}]})");
    sub->add_flag("--verbose", o->verbose, "Each query's facets and duplicates on stderr");
    sub->callback([o, rc] {
        try {
            *rc = run_facets(*o);
        } catch (const UsageError& e) {
            std::cerr << "telusur-eval facets: error: " << e.what() << '\n';
            *rc = 2;
        } catch (const DatabaseError& e) {
            std::cerr << "telusur-eval facets: error: " << e.what() << '\n';
            *rc = 2;
        } catch (const QueryError& e) {
            std::cerr << "telusur-eval facets: error: " << e.what() << '\n';
            *rc = 2;
        }
    });
}};

}  // namespace
}  // namespace telusur::eval
