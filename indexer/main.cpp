// telusur-index: index Indonesian news dumps into a Xapian database, or show
// how text is analyzed (`telusur-index analyze TEXT`).
#include "common/analysis/analyzer.h"
#include "common/analysis/analyze_report.h"
#include "common/cli/options.h"
#include "common/console.h"
#include "common/entities/entities.h"
#include "common/errors.h"
#include "common/indexing.h"

#include <CLI/CLI.hpp>
#include <xapian.h>

#include <atomic>
#include <csignal>
#include <iostream>

namespace {

std::atomic<bool> g_stop_requested{false};  // set by SIGINT/SIGTERM: finish, commit, exit

extern "C" void request_stop(int) { g_stop_requested.store(true); }

}  // namespace

namespace {

int run(int argc, char** argv) {
    CLI::App app{
        "telusur-index: index Indonesian news articles (JSON Lines, .gz, folders of .txt) into a Xapian database",
        "telusur-index"};
    app.set_version_flag("--version", std::string("telusur-index ") + TELUSUR_VERSION);

    const telusur::cli::DatabasePathArg database(&app, "Database folder (created if missing)");
    std::vector<std::string> inputs, delete_ids;
    bool quiet = false;
    app.add_option("inputs", inputs, "JSON Lines files (plain or .gz), .txt files, folders, or - for stdin");
    app.add_option("--delete", delete_ids, "Remove the articles with these ids")->take_all();
    const telusur::cli::IndexingArgs indexing(&app);
    app.add_flag("-q,--quiet", quiet, "No progress line and no summary");

    auto* analyze = app.add_subcommand("analyze", "Show how text is tokenized, normalized and stemmed");
    std::string analyze_text, analyze_format = "table";
    analyze->add_option("text", analyze_text, "Text to analyze, or - to read standard input")->required();
    analyze->add_option("--format", analyze_format, "table or json")
        ->check(CLI::IsMember({"table", "json"}))
        ->capture_default_str();
    const telusur::cli::StemmerArg analyze_stemmer(analyze, telusur::AnalysisOptions{}.stemmer, "Stemmer to show");

    if (const auto status = telusur::cli::parse(app, argc, argv)) return *status;

    if (*analyze) {
        if (analyze_text == "-") analyze_text.assign(std::istreambuf_iterator<char>(std::cin), {});
        const telusur::Analyzer analyzer(telusur::AnalysisOptions{analyze_stemmer.name, true});
        std::cout << telusur::format_analysis(analyzer, &telusur::EntityExtractor::instance(), analyze_text,
                                              analyze_format);
        return 0;
    }
    const std::string& db_path = database.path;
    const telusur::IndexOptions options = indexing.index_options();
    if (db_path.empty()) throw telusur::UsageError("--db DIR is required");
    if (inputs.empty() && delete_ids.empty())
        throw telusur::UsageError("nothing to do: give INPUT files or --delete IDs");

    std::signal(SIGINT, request_stop);
    std::signal(SIGTERM, request_stop);
    telusur::IndexStats stats;
    {
        telusur::ConsoleIndexObserver observer(!quiet && telusur::is_terminal(stderr));
        stats = telusur::run_indexing(db_path, inputs, delete_ids, options, observer, &g_stop_requested);
    }
    if (!quiet) std::cerr << stats.describe() << '\n';
    if (stats.interrupted) return 130;
    if (stats.strict_failure) return 1;
    // Like a compiler: failure only when nothing at all could be done.
    const bool did_nothing = stats.indexed() == 0 && stats.deleted == 0 && !inputs.empty();
    return did_nothing ? 1 : 0;
}

}  // namespace

int main(int argc, char** argv) {
    return telusur::run_tool("telusur-index", [&] { return run(argc, argv); });
}
