// telusur-query: search a Telusur database from the command line or scripts.
// Exit status, like grep: 0 with results, 1 with none, 2 on errors (usage
// errors included).
#include "common/batch.h"
#include "common/cli/options.h"
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
    CLI::App app{"telusur-query: search Indonesian news indexed by telusur-index", "telusur-query"};
    app.set_version_flag("--version", std::string("telusur-query ") + TELUSUR_VERSION);
    const telusur::cli::SearchDatabaseArgs databases(&app);
    const telusur::cli::SearchArgs search(&app);
    const telusur::cli::OutputArgs output(&app);
    const telusur::cli::RankingArgs ranking(&app);
    // A query word may start with '-' (exclusion): it goes after the options.
    if (const auto status =
            telusur::cli::parse(app, telusur::cli::words_after_options(app, telusur::cli::arguments(argc, argv))))
        return *status;

    const std::string query = search.query();
    if (query.empty() == search.batch_file.empty()) throw telusur::UsageError("give either a QUERY or --batch FILE");
    telusur::SearchRequest request = search.search_request();
    ranking.apply(request);
    const auto output_format = output.format();
    telusur::fit_request_to_format(request, output_format);
    const bool terminal = telusur::is_terminal(stdout);
    const std::string& highlight = output.highlight;
    const bool color =
        output_format == telusur::OutputFormat::Text && (highlight == "color" || (highlight == "auto" && terminal));
    if (color) request.highlight_start = "\033[1;33m", request.highlight_end = "\033[0m";
    if (highlight == "markers") request.highlight_start = "[", request.highlight_end = "]";

    telusur::Searcher searcher(databases.specs, databases.options);

    if (!search.batch_file.empty()) {
        std::ifstream file;
        if (search.batch_file != "-") {
            file.open(search.batch_file);
            if (!file) throw telusur::UsageError("cannot open batch file '" + search.batch_file + "'");
        }
        const auto queries = telusur::read_batch_queries(search.batch_file == "-" ? std::cin : file);
        const auto summary = telusur::run_batch(
            searcher, request, queries,
            output_format == telusur::OutputFormat::Json ? telusur::OutputFormat::JsonLines : output_format,
            output.run_name, std::cout, std::cerr);
        return summary.with_results > 0 ? 0 : 1;
    }

    const bool json = output_format == telusur::OutputFormat::Json || output_format == telusur::OutputFormat::JsonLines;
    telusur::SearchResponse response;
    try {
        if (const auto problem = telusur::check_query_text(query); !problem.empty()) throw telusur::QueryError(problem);
        response = searcher.search(request);
    } catch (const telusur::QueryError& e) {
        // Scripts get valid JSON for any query, errors included.
        if (json)
            std::cout << telusur::dump_json(telusur::error_to_json(query, e.what()),
                                            output_format == telusur::OutputFormat::Json)
                      << '\n';
        throw;
    }
    for (const auto& warning : response.warnings) std::cerr << "telusur-query: warning: " << warning << '\n';
    switch (output_format) {
        case telusur::OutputFormat::Text: std::cout << telusur::format_text(response, {color}); break;
        case telusur::OutputFormat::Json:
            std::cout << telusur::dump_json(telusur::response_to_json(response), true) << '\n';
            break;
        case telusur::OutputFormat::JsonLines:
            std::cout << telusur::dump_json(telusur::response_to_json(response)) << '\n';
            break;
        case telusur::OutputFormat::Trec: std::cout << telusur::format_trec(response, "1", output.run_name); break;
    }
    return response.results.empty() ? 1 : 0;
}

}  // namespace

int main(int argc, char** argv) {
    return telusur::run_tool("telusur-query", [&] { return run(argc, argv); });
}
