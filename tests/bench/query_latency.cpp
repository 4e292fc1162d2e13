// Per-query latency of a batch of queries, measured in one process, side by
// side on the same database:
//   telusur  telusur::Searcher::search() (what `telusur-query --batch` runs
//            per query: parsing with the full analysis chain, BM25, duplicate
//            collapsing, document data, snippets), limit 10;
//   xapian   a bare Xapian loop: QueryParser with the database's stemmer
//            (STEM_SOME, default OR, no stopper), Enquire::get_mset(0, 10),
//            nothing fetched.
//   xapian-same  the fair bare loop: Telusur's own parsed query for each
//            query (Searcher::parse(), prepared before timing), Xapian's
//            default BM25Weight, Enquire::get_mset(0, 10) and each result's
//            document data read; what a program using Xapian directly on
//            the same query would do at least.
//   telusur-nosnippet  as telusur fitted to `--format trec`
//            (fit_request_to_format(): no snippets, no entity display
//            names), i.e. the TREC batch path. Works on any Xapian database, so it also times
//            Omega's scriptindex database (--stemmer indonesian).
// Each mode first runs the first --warmup (default 100) queries untimed, then
// the whole batch timed.
// Prints one JSON object: per mode the count, errors, p50/p95/p99/mean ms and
// the total wall time. Used by tests/bench/run_peers.py.
//
//   query_latency --db DB --queries FILE [--mode telusur,xapian] [--stemmer NAME]
//                 [--limit 10] [--repeat 1] [--warmup 100] [--ranking SPEC]
//                 [--no-collapse] [--no-entity-boost] [--facets] [--cpu-time]
//                 [--process-cpu-time] [--per-query FILE]
// --cpu-time times each query by the thread's CPU time instead of the wall
// clock: steadier on a loaded machine, for comparing variants (the peer table
// reports wall time).
// --process-cpu-time times each query by the whole process's CPU time: the
// work of the searcher's facet thread (search.cpp, FacetThread) counts too,
// which the thread's CPU time leaves out.
// --per-query FILE writes each timed query's time and read system calls
// (mode<TAB>ms<TAB>reads<TAB>query; Xapian reads a B-tree block per pread,
// counted by /proc/thread-self/io) to find what the slowest ones have in
// common.
// --ranking, --no-collapse and --no-entity-boost change the telusur modes
// (as telusur-query's options do), to see what each piece of ranking costs.
// --facets adds the default facets (over the top answers) to the telusur
// modes: run with and without it for the cost of facets (issue 14's <= 1.2x
// of a query's median time).
// FILE: one query per line, or `qid<TAB>query`.
#include "common/analysis/analyzer.h"
#include "common/batch.h"
#include "common/database.h"
#include "common/ranking.h"
#include "common/search.h"

#include <xapian.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <unordered_map>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

struct Stats {
    std::string mode;
    std::size_t count = 0, errors = 0;
    double p50 = 0, p90 = 0, p95 = 0, p99 = 0, mean = 0, total_s = 0, max = 0;
    unsigned long long results = 0;  // sum of result counts, as a sanity check
};

double percentile(std::vector<double> v, double p) {
    if (v.empty()) return 0;
    std::sort(v.begin(), v.end());
    // Nearest-rank percentile.
    std::size_t rank = static_cast<std::size_t>(p / 100.0 * static_cast<double>(v.size()) + 0.999999);
    if (rank < 1) rank = 1;
    if (rank > v.size()) rank = v.size();
    return v[rank - 1];
}

std::size_t g_warmup = 100;
/// What a query's time is read from: the wall clock, or CPU time.
clockid_t g_cpu_clock = 0;
bool g_cpu_time = false;
std::ofstream g_per_query;

/// Read system calls of this thread so far (Xapian's block reads).
unsigned long long read_calls() {
    std::ifstream io("/proc/thread-self/io");
    std::string key;
    for (unsigned long long value = 0; io >> key >> value;)
        if (key == "syscr:") return value;
    return 0;
}

double now_ms() {
    if (!g_cpu_time) return std::chrono::duration<double, std::milli>(Clock::now().time_since_epoch()).count();
    timespec ts{};
    clock_gettime(g_cpu_clock, &ts);
    return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

template <class F>
Stats time_batch(const std::string& mode, const std::vector<std::string>& queries, int repeat, F&& run_one) {
    Stats s;
    s.mode = mode;
    for (std::size_t i = 0; i < queries.size() && i < g_warmup; ++i) {  // warm-up, untimed
        try {
            run_one(queries[i]);
        } catch (...) {
        }
    }
    std::vector<double> ms;
    ms.reserve(queries.size() * static_cast<std::size_t>(repeat));
    const auto start = Clock::now();
    for (int r = 0; r < repeat; ++r) {
        for (const auto& q : queries) {
            const unsigned long long reads0 = g_per_query.is_open() ? read_calls() : 0;
            const double t0 = now_ms();
            try {
                s.results += run_one(q);
            } catch (const std::exception&) {
                ++s.errors;
            } catch (const Xapian::Error&) {
                ++s.errors;
            }
            ms.push_back(now_ms() - t0);
            // Less the read of /proc itself that the count includes.
            if (g_per_query.is_open())
                g_per_query << mode << '\t' << ms.back() << '\t' << read_calls() - reads0 - 1 << '\t' << q << '\n';
        }
    }
    s.total_s = std::chrono::duration<double>(Clock::now() - start).count();
    s.count = ms.size();
    s.p50 = percentile(ms, 50);
    s.p90 = percentile(ms, 90);
    s.p95 = percentile(ms, 95);
    s.p99 = percentile(ms, 99);
    s.max = ms.empty() ? 0 : *std::max_element(ms.begin(), ms.end());
    double sum = 0;
    for (double x : ms) sum += x;
    s.mean = ms.empty() ? 0 : sum / static_cast<double>(ms.size());
    return s;
}

std::vector<std::string> read_queries(const std::string& path) {
    std::ifstream in(path);
    if (!in) throw std::runtime_error("cannot read " + path);
    std::vector<std::string> out;
    for (std::string line; std::getline(in, line);) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        const auto tab = line.find('\t');
        if (tab != std::string::npos) line = line.substr(tab + 1);
        if (!line.empty()) out.push_back(line);
    }
    return out;
}

void usage() {
    std::cerr
        << "usage: query_latency --db DB --queries FILE [--mode telusur,xapian] [--stemmer NAME] "
           "[--limit N] [--repeat N] [--warmup N] [--ranking SPEC] [--no-collapse] [--no-entity-boost] [--facets] "
           "[--cpu-time] [--process-cpu-time] [--per-query FILE]\n";
}

}  // namespace

int main(int argc, char** argv) try {
    std::string db_path, queries_path, modes = "telusur,xapian", stemmer_name;
    Xapian::doccount limit = 10;
    int repeat = 1;
    telusur::SearchRequest base;  // what every telusur-mode query starts from
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        auto value = [&]() -> std::string {
            if (i + 1 >= argc) {
                usage();
                std::exit(2);
            }
            return argv[++i];
        };
        if (arg == "--db")
            db_path = value();
        else if (arg == "--queries")
            queries_path = value();
        else if (arg == "--mode")
            modes = value();
        else if (arg == "--stemmer")
            stemmer_name = value();
        else if (arg == "--limit")
            limit = static_cast<Xapian::doccount>(std::stoul(value()));
        else if (arg == "--repeat")
            repeat = std::stoi(value());
        else if (arg == "--warmup")
            g_warmup = std::stoul(value());
        else if (arg == "--ranking")
            telusur::set_ranking_options(base.ranking, value());
        else if (arg == "--cpu-time" || arg == "--process-cpu-time") {
            g_cpu_time = true;
            g_cpu_clock = arg == "--cpu-time" ? CLOCK_THREAD_CPUTIME_ID : CLOCK_PROCESS_CPUTIME_ID;
        } else if (arg == "--per-query")
            g_per_query.open(value());
        else if (arg == "--no-collapse")
            base.collapse_duplicates = false;
        else if (arg == "--no-entity-boost")
            base.ranking.entity_boost = 0;
        else if (arg == "--facets")
            base.facets = true;
        else {
            usage();
            return 2;
        }
    }
    if (db_path.empty() || queries_path.empty()) {
        usage();
        return 2;
    }
    const auto queries = read_queries(queries_path);
    std::vector<Stats> all;

    std::stringstream mode_list(modes);
    for (std::string mode; std::getline(mode_list, mode, ',');) {
        if (mode == "telusur" || mode == "telusur-nosnippet") {
            telusur::Searcher searcher(std::vector<std::string>{db_path});
            const bool snippets = mode == "telusur";
            all.push_back(time_batch(mode, queries, repeat, [&](const std::string& q) {
                telusur::SearchRequest request = base;
                request.query = q;
                request.limit = limit;
                if (!snippets) telusur::fit_request_to_format(request, telusur::OutputFormat::Trec);
                return searcher.search(request).results.size();
            }));
        } else if (mode == "xapian-same") {
            Xapian::Database db(db_path);
            std::unordered_map<std::string, Xapian::Query> parsed;  // query text -> Telusur's parse
            {
                telusur::Searcher searcher(std::vector<std::string>{db_path});
                for (const auto& q : queries) {
                    telusur::SearchRequest request = base;
                    request.query = q;
                    try {
                        parsed[q] = searcher.parse(request);
                    } catch (...) {
                        parsed[q] = Xapian::Query();
                    }
                }
            }
            Xapian::Enquire enquire(db);
            all.push_back(time_batch(mode, queries, repeat, [&](const std::string& q) {
                const Xapian::Query& query = parsed.at(q);
                if (query.empty()) return std::size_t{0};
                enquire.set_query(query);
                const Xapian::MSet mset = enquire.get_mset(0, limit);
                std::size_t bytes = 0;
                for (auto it = mset.begin(); it != mset.end(); ++it) bytes += it.get_document().get_data().size();
                return bytes > 0 ? std::size_t{mset.size()} : std::size_t{0};
            }));
        } else if (mode == "xapian") {
            Xapian::Database db(db_path);
            // The database's own stemmer for a Telusur database; the one
            // given (Omega: "indonesian") for any other.
            Xapian::Stem stem = stemmer_name.empty() ? telusur::make_stemmer(telusur::database_stemmer(db))
                                                     : Xapian::Stem(stemmer_name);
            Xapian::QueryParser parser;
            parser.set_database(db);
            parser.set_stemmer(stem);
            parser.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
            parser.set_default_op(Xapian::Query::OP_OR);
            Xapian::Enquire enquire(db);
            all.push_back(time_batch(mode, queries, repeat, [&](const std::string& q) {
                enquire.set_query(parser.parse_query(q));
                return enquire.get_mset(0, limit).size();
            }));
        } else {
            std::cerr << "query_latency: unknown mode '" << mode
                      << "' (telusur, telusur-nosnippet, xapian, xapian-same)\n";
            return 2;
        }
    }

    std::printf("{\"queries\": %zu, \"modes\": {", queries.size());
    for (std::size_t i = 0; i < all.size(); ++i) {
        const auto& s = all[i];
        std::printf(
            "%s\"%s\": {\"count\": %zu, \"errors\": %zu, \"results\": %llu, \"p50_ms\": %.4f, "
            "\"p90_ms\": %.4f, \"p95_ms\": %.4f, \"p99_ms\": %.4f, \"mean_ms\": %.4f, \"max_ms\": %.4f, "
            "\"total_s\": %.4f}",
            i ? ", " : "", s.mode.c_str(), s.count, s.errors, s.results, s.p50, s.p90, s.p95, s.p99, s.mean, s.max,
            s.total_s);
    }
    std::printf("}}\n");
    return 0;
} catch (const Xapian::Error& e) {
    std::cerr << "query_latency: " << e.get_description() << '\n';
    return 2;
} catch (const std::exception& e) {
    std::cerr << "query_latency: " << e.what() << '\n';
    return 2;
}
