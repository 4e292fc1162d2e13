// telusur-query: search a Telusur database from the command line or scripts.
// Exit status, like grep: 0 with results, 1 with none, 2 on errors.
#include "common/batch.h"
#include "common/console.h"
#include "common/errors.h"
#include "common/output.h"
#include "common/search.h"

#include <CLI/CLI.hpp>
#include <xapian.h>

#include <fstream>
#include <iostream>

namespace {

int run(int argc, char** argv) {
    CLI::App app{"telusur-query: search Indonesian news indexed by telusur-index"};
    app.set_version_flag("--version", std::string("telusur-query ") + TELUSUR_VERSION);

    std::vector<std::string> db_specs;
    std::string query, batch_file, format = "text", sort = "relevance", highlight = "auto", run_name = "telusur";
    telusur::SearchRequest request;
    telusur::SearchDatabaseOptions db_options;
    app.add_option("--db", db_specs, "Database folder or tcp://HOST:PORT shard; repeat to search several as one")
        ->allow_extra_args(false)
        ->required();
    app.add_option("query", query,
                   "Query: words, \"phrases\", AND/OR/NOT, -word, judul: sumber: kategori: tanggal:A..B");
    app.add_option("--batch", batch_file, "Run one query per line (qid<TAB>query or query) from FILE or - (stdin)");
    app.add_option("--format", format, "text, json, jsonl or trec")
        ->check(CLI::IsMember({"text", "json", "jsonl", "trec"}))->capture_default_str();
    app.add_option("--limit", request.limit, "Results per query")->capture_default_str();
    app.add_option("--offset", request.offset, "Skip this many results (paging)")->capture_default_str();
    app.add_option("--sort", sort, "relevance or date (newest first)")
        ->check(CLI::IsMember({"relevance", "date"}))->capture_default_str();
    app.add_option("--from", request.from, "Only articles on or after this date (YYYY[-MM[-DD]])");
    app.add_option("--to", request.to, "Only articles on or before this date (YYYY[-MM[-DD]])");
    app.add_flag("--facets", request.facets, "Count sources and categories over all matches");
    app.add_flag("--all", request.match_all, "Require every word (default: rank articles matching any word)");
    app.add_flag("!--no-collapse", request.collapse_duplicates, "Show identical articles (syndicated copies) separately");
    app.add_option("--highlight", highlight, "Matched words in snippets: auto (colour on a terminal), color, markers ([...]), none")
        ->check(CLI::IsMember({"auto", "color", "markers", "none"}))->capture_default_str();
    app.add_option("--snippet-length", request.snippet_length, "Bytes of body text per snippet (0: no snippets, faster)")
        ->capture_default_str();
    app.add_option("--run-name", run_name, "Run name in TREC output")->capture_default_str();
    app.add_option("--timeout", db_options.remote_timeout, "Seconds to wait for a remote shard")->capture_default_str();
    app.add_flag("--allow-partial", db_options.allow_partial,
                 "When a shard is down or too slow, answer from the others (with a warning)");
    app.add_option("--entity-boost", request.ranking.entity_boost,
                   "Weight for people, organizations and places the query names (0: off)")->capture_default_str();
    std::string ranking;
    app.add_option("--ranking", ranking,
                   "Ranking options, key=value,... (e.g. k1=1.2,b=0.75,proximity=on,prf=on; preset=plain for "
                   "plain BM25); see common/ranking.h and docs/ranking.md");
    CLI11_PARSE(app, argc, argv);
    telusur::set_ranking_options(request.ranking, ranking);

    if (query.empty() == batch_file.empty()) throw telusur::UsageError("give either a QUERY or --batch FILE");
    request.query = query;
    request.sort = sort == "date" ? telusur::SearchRequest::Sort::Date : telusur::SearchRequest::Sort::Relevance;
    const bool terminal = telusur::is_terminal(stdout);
    const bool color = format == "text" && (highlight == "color" || (highlight == "auto" && terminal));
    if (color) request.highlight_start = "\033[1;33m", request.highlight_end = "\033[0m";
    if (highlight == "markers") request.highlight_start = "[", request.highlight_end = "]";

    telusur::Searcher searcher(db_specs, db_options);
    const auto output_format = telusur::parse_output_format(format);

    if (!batch_file.empty()) {
        std::ifstream file;
        if (batch_file != "-") {
            file.open(batch_file);
            if (!file) throw telusur::UsageError("cannot open batch file '" + batch_file + "'");
        }
        const auto queries = telusur::read_batch_queries(batch_file == "-" ? std::cin : file);
        const auto summary = telusur::run_batch(searcher, request, queries,
                                                output_format == telusur::OutputFormat::Json
                                                    ? telusur::OutputFormat::JsonLines : output_format,
                                                run_name, std::cout, std::cerr);
        return summary.with_results > 0 ? 0 : 1;
    }

    telusur::SearchResponse response;
    try {
        response = searcher.search(request);
    } catch (const telusur::QueryError& e) {
        // Scripts get valid JSON for any query, errors included.
        if (output_format == telusur::OutputFormat::Json || output_format == telusur::OutputFormat::JsonLines)
            std::cout << nlohmann::json{{"query", query}, {"error", e.what()}, {"results", nlohmann::json::array()}}.dump()
                      << '\n';
        throw;
    }
    for (const auto& warning : response.warnings) std::cerr << "telusur-query: warning: " << warning << '\n';
    switch (output_format) {
        case telusur::OutputFormat::Text: std::cout << telusur::format_text(response, {color}); break;
        case telusur::OutputFormat::Json: std::cout << telusur::response_to_json(response).dump(2) << '\n'; break;
        case telusur::OutputFormat::JsonLines: std::cout << telusur::response_to_json(response).dump() << '\n'; break;
        case telusur::OutputFormat::Trec: std::cout << telusur::format_trec(response, "1", run_name); break;
    }
    return response.results.empty() ? 1 : 0;
}

}  // namespace

int main(int argc, char** argv) {
    return telusur::run_tool("telusur-query", [&] { return run(argc, argv); });
}
