// Command-line option groups shared by telusur-index, telusur-query and
// telusur-eval: each struct registers its options (with validation) on a
// CLI::App in its constructor and holds the parsed values, like PISA's
// tools/app.hpp. Tests parse argument vectors through them without running a
// binary (tests/test_cli_options.cpp).
//
// Usage errors, like grep: parse() turns every CLI11 parse error into a
// UsageError (exit status 2 through run_tool()); --help and --version print
// and exit 0.
#pragma once

#include "common/batch.h"
#include "common/database.h"
#include "common/indexing.h"
#include "common/search.h"

#include <CLI/CLI.hpp>

#include <optional>
#include <string>
#include <vector>

namespace telusur::cli {

// --- Validators ------------------------------------------------------------

/// A finite number from min to max (inclusive); rejects nan, inf and text.
CLI::Validator number_in(double min, double max);
/// A whole number from min to max (inclusive); rejects signs out of range,
/// fractions and text.
CLI::Validator integer_in(long long min, long long max);

// --- Option groups ----------------------------------------------------------

/// telusur-query's databases: --db (repeatable, required), --timeout,
/// --allow-partial.
struct SearchDatabaseArgs {
    std::vector<std::string> specs;
    SearchDatabaseOptions options;
    /// --timeout bounds, seconds: below a millisecond Xapian's timeout would
    /// round to 0, which means "wait forever".
    static constexpr double kMinTimeout = 0.001;
    static constexpr double kMaxTimeout = 3600;
    explicit SearchDatabaseArgs(CLI::App* app);
};

/// One database folder, --db DIR: the database telusur-index writes, or the
/// one `telusur-eval ir` uses instead of a temporary one.
struct DatabasePathArg {
    std::string path;
    DatabasePathArg(CLI::App* app, const std::string& help, bool required = false);
};

/// --stemmer NAME, one of stemmer_names(); `name` starts as default_name
/// ("" for telusur-index: the database's own, or the default stemmer for a
/// new one).
struct StemmerArg {
    std::string name;
    StemmerArg(CLI::App* app, std::string default_name, const std::string& help);
};

/// --stemmer NAME[,NAME...] (repeatable): stemmers to compare in telusur-eval.
struct StemmerListArg {
    std::vector<std::string> names;
    StemmerListArg(CLI::App* app, const std::string& help);
};

/// "telusur, snowball, none (default: telusur)": the stemmer names and the
/// default, both from common/analysis.
std::string stemmer_choices();

/// telusur-index's indexing options: --stemmer, --threads, --shards,
/// --no-entities, --commit-every, --max-body-bytes, --strict.
struct IndexingArgs {
    IndexOptions options;
    static constexpr unsigned kMaxThreads = 1024;
    static constexpr unsigned kMaxShards = 1024;
    explicit IndexingArgs(CLI::App* app);
    /// The IndexOptions the command line asked for.
    IndexOptions index_options() const;

private:
    bool no_entities_ = false;
};

/// What telusur-query searches for: the query words (positional, joined with
/// spaces) or --batch FILE, and --sort, --from, --to, --facets,
/// --facets-over, --all, --no-collapse, --limit, --offset, --snippet-length.
/// The query-syntax help is the app's footer (query_syntax_help()).
struct SearchArgs {
    std::vector<std::string> words;
    std::string batch_file;
    std::string sort = "relevance";
    /// "all" or a number of best matches (SearchRequest::facets_over).
    std::string facets_over = std::to_string(SearchRequest::kDefaultFacetsOver);
    SearchRequest request;
    static constexpr long long kMaxFacetsOver = 100000;
    static constexpr long long kMaxLimit = 10000;
    static constexpr long long kMaxOffset = 1000000;
    static constexpr long long kMaxSnippetLength = 100000;
    explicit SearchArgs(CLI::App* app);
    /// The words joined with single spaces ("" when none were given).
    std::string query() const;
    /// request with the query and the sort order filled in.
    SearchRequest search_request() const;
};

/// Output: --format (output_format_names()), --highlight, --run-name.
struct OutputArgs {
    std::string format_name = "text";
    std::string highlight = "auto";
    std::string run_name = "telusur";
    explicit OutputArgs(CLI::App* app);
    OutputFormat format() const { return parse_output_format(format_name); }
};

/// Ranking: --ranking key=value,... (common/ranking.h, checked when parsed)
/// and --entity-boost (finite, >= 0), a shortcut for --ranking
/// entity_boost=W that wins over it.
struct RankingArgs {
    std::string ranking;
    std::optional<double> entity_boost;
    static constexpr double kMaxEntityBoost = 1000;
    explicit RankingArgs(CLI::App* app);
    /// Sets request.ranking, the entity boost included.
    void apply(SearchRequest& request) const;
};

/// The query syntax, one line per operator and per field of
/// schema::kQueryFields (name and help), for --help.
std::string query_syntax_help();

// --- Parsing -----------------------------------------------------------------

/// Reorders telusur-query's arguments so that every argument that is not an
/// option of `app` (or an option's value) comes after a "--": a query word
/// that starts with '-' ("-Ukraina Kursk", the documented exclusion syntax)
/// is then a query word, not an unknown option. An argument is an option
/// when it starts with "--" or is a registered single-dash name ("-h");
/// options that take a value keep the argument after them. Everything after
/// a "--" the user wrote stays a query word. Order among the words is kept.
std::vector<std::string> words_after_options(const CLI::App& app, const std::vector<std::string>& args);

/// Parses args (without the program name, in order). Returns an exit status
/// when the tool should stop at once (0 after --help or --version, which are
/// printed on stdout); nullopt to go on.
/// @throws UsageError for every other parse error, with CLI11's message.
std::optional<int> parse(CLI::App& app, const std::vector<std::string>& args);
std::optional<int> parse(CLI::App& app, int argc, const char* const* argv);

/// argv[1..argc) as strings.
std::vector<std::string> arguments(int argc, const char* const* argv);

}  // namespace telusur::cli
