#include "common/cli/options.h"

#include "common/analysis/analyzer.h"
#include "common/errors.h"
#include "common/ranking.h"
#include "common/schema.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <iostream>

namespace telusur::cli {

namespace {

std::string format_number(double x) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g", x);
    return buf;
}

std::string join(const std::vector<std::string>& items, const char* separator = ", ") {
    std::string out;
    for (const auto& item : items) out += (out.empty() ? "" : separator) + item;
    return out;
}

}  // namespace

CLI::Validator number_in(double min, double max) {
    const std::string range = format_number(min) + " to " + format_number(max);
    return CLI::Validator(
        [min, max, range](std::string& input) -> std::string {
            const char* begin = input.c_str();
            char* end = nullptr;
            const double value = std::strtod(begin, &end);
            if (input.empty() || end != begin + input.size() || !std::isfinite(value) || value < min || value > max)
                return "'" + input + "' is not a number from " + range;
            return {};
        },
        "NUMBER in [" + range + "]");
}

CLI::Validator integer_in(long long min, long long max) {
    const std::string range = std::to_string(min) + " to " + std::to_string(max);
    return CLI::Validator(
        [min, max, range](std::string& input) -> std::string {
            long long value = 0;
            const char* end = input.data() + input.size();
            const auto [ptr, ec] = std::from_chars(input.data(), end, value);
            if (input.empty() || ec != std::errc() || ptr != end || value < min || value > max)
                return "'" + input + "' is not a whole number from " + range;
            return {};
        },
        "INT in [" + range + "]");
}

SearchDatabaseArgs::SearchDatabaseArgs(CLI::App* app) {
    const char* group = "Database";
    app->add_option("--db", specs, "Database folder or tcp://HOST:PORT shard; repeat to search several as one")
        ->allow_extra_args(false)
        ->required()
        ->group(group);
    app->add_option("--timeout", options.remote_timeout,
                    "Seconds to wait for a remote shard to connect and to answer (" + format_number(kMinTimeout) +
                        " to " + format_number(kMaxTimeout) + ")")
        ->check(number_in(kMinTimeout, kMaxTimeout))
        ->capture_default_str()
        ->group(group);
    app->add_flag("--allow-partial", options.allow_partial,
                  "When a shard is down or too slow, answer from the others (with a warning)")
        ->group(group);
}

DatabasePathArg::DatabasePathArg(CLI::App* app, const std::string& help, bool required) {
    auto* option = app->add_option("--db", path, help)->group("Database");
    if (required) option->required();
}

std::string stemmer_choices() { return join(stemmer_names()) + " (default: " + AnalysisOptions{}.stemmer + ")"; }

StemmerArg::StemmerArg(CLI::App* app, std::string default_name, const std::string& help)
    : name(std::move(default_name)) {
    app->add_option("--stemmer", name, help + ": " + stemmer_choices())->check(CLI::IsMember(stemmer_names()));
}

StemmerListArg::StemmerListArg(CLI::App* app, const std::string& help) {
    app->add_option("--stemmer", names, help + ": " + join(stemmer_names()) + "; repeat or list (a,b)")
        ->delimiter(',')
        ->check(CLI::IsMember(stemmer_names()));
}

IndexingArgs::IndexingArgs(CLI::App* app) {
    const char* group = "Indexing";
    app->add_option("--stemmer", options.stemmer,
                    "Stemmer for a new database: " + stemmer_choices() + "; an existing one keeps its own")
        ->check(CLI::IsMember(stemmer_names()))
        ->group(group);
    app->add_option("--threads", options.threads,
                    "Threads (0: one per core). A new database: one writer per thread, or with --shards N, "
                    "one writer per shard; an existing one: analysis threads feeding one writer")
        ->check(integer_in(0, kMaxThreads))
        ->capture_default_str()
        ->group(group);
    app->add_option("--shards", options.shards,
                    "Split a new database into N shards (a folder Xapian opens as one); updates find their shard")
        ->check(integer_in(1, kMaxShards))
        ->capture_default_str()
        ->group(group);
    app->add_flag("--no-entities", no_entities_, "Do not tag people, organizations and places")->group(group);
    app->add_option("--commit-every", options.commit_every, "Commit after this many changed articles")
        ->check(CLI::PositiveNumber)
        ->capture_default_str()
        ->group(group);
    app->add_option("--max-body-bytes", options.reader.max_body_bytes, "Cap article bodies at this many bytes")
        ->check(CLI::PositiveNumber)
        ->capture_default_str()
        ->group(group);
    app->add_option("--min-year", options.reader.min_year, "Drop (with a warning) dates before this year")
        ->check(CLI::Range(1, 9999))
        ->capture_default_str()
        ->group(group);
    app->add_option("--max-year", options.reader.max_year, "Drop (with a warning) dates after this year")
        ->check(CLI::Range(1, 9999))
        ->capture_default_str()
        ->group(group);
    app->add_flag("--strict", options.strict, "Fail at the first bad input record instead of skipping it")
        ->group(group);
}

IndexOptions IndexingArgs::index_options() const {
    IndexOptions out = options;
    out.entities = !no_entities_;
    return out;
}

std::string query_syntax_help() {
    struct Line {
        std::string syntax, meaning;
    };
    std::vector<Line> lines{
        {"words", "articles with any of the words, best first (--all: every word)"},
        {"\"a phrase\"", "the words in this order"},
        {"a AND b, a OR b, a NOT b", "boolean operators (upper case)"},
        {"-word, +word", "exclude a word, require a word"},
    };
    for (const auto& field : schema::kQueryFields) {
        const char* value = field.kind == schema::FieldKind::FreeText  ? "WORDS"
                            : field.kind == schema::FieldKind::Boolean ? "VALUE"
                                                                       : "DATE[..DATE]";
        lines.push_back({std::string(field.name) + ":" + value, field.help});
    }
    std::size_t width = 0;
    for (const auto& line : lines) width = std::max(width, line.syntax.size());
    std::string out = "Query syntax:\n";
    for (const auto& line : lines)
        out += "  " + line.syntax + std::string(width + 2 - line.syntax.size(), ' ') + line.meaning + "\n";
    out +=
        "A first query word that starts with '-' is a query word, not an option: "
        "telusur-query --db DB '-Ukraina Kursk' (or put the query after --).\n";
    return out;
}

SearchArgs::SearchArgs(CLI::App* app) {
    std::string fields;
    for (const auto& field : schema::kQueryFields)
        fields += (fields.empty() ? "" : " ") + std::string(field.name) + ":";
    app->add_option("query", words,
                    "Query words, joined with spaces: words, \"phrases\", AND/OR/NOT, -word, " + fields +
                        " (see Query syntax below)")
        ->type_name("QUERY");
    app->add_option("--batch", batch_file, "Run one query per line (qid<TAB>query or query) from FILE or - (stdin)");
    const char* group = "Search";
    app->add_option("--limit", request.limit, "Results per query")
        ->check(integer_in(1, kMaxLimit))
        ->capture_default_str()
        ->group(group);
    app->add_option("--offset", request.offset, "Skip this many results (paging)")
        ->check(integer_in(0, kMaxOffset))
        ->capture_default_str()
        ->group(group);
    app->add_option("--sort", sort, "relevance or date (newest first)")
        ->check(CLI::IsMember({"relevance", "date"}))
        ->capture_default_str()
        ->group(group);
    app->add_option("--from", request.from, "Only articles on or after this date (YYYY[-MM[-DD]])")->group(group);
    app->add_option("--to", request.to, "Only articles on or before this date (YYYY[-MM[-DD]])")->group(group);
    app->add_flag("--facets", request.facets,
                  "Count the people, organizations, places, sources and categories of the articles that answer "
                  "the query (not only this page; see --facets-over; the top " +
                      std::to_string(request.facet_values) +
                      " of each) and those articles per day, week or month (timeline)")
        ->group(group);
    app->add_option("--facets-over", facets_over,
                    "Which articles --facets counts: N, the N best matches (after re-ranking, whatever --sort), "
                    "or all, every match (each article sharing a word with the query)")
        ->check(CLI::IsMember({"all"}) | integer_in(1, kMaxFacetsOver))
        ->capture_default_str()
        ->group(group);
    app->add_flag("--all", request.match_all, "Require every word (default: rank articles matching any word)")
        ->group(group);
    app->add_flag("!--no-collapse", request.collapse_duplicates,
                  "Show identical articles (syndicated copies) separately")
        ->group(group);
    app->add_option("--snippet-length", request.snippet_length,
                    "Bytes of body text per snippet (0: no snippets, faster; --format trec computes none)")
        ->check(integer_in(0, kMaxSnippetLength))
        ->capture_default_str()
        ->group(group);
    app->footer(query_syntax_help());
}

std::string SearchArgs::query() const { return join(words, " "); }

SearchRequest SearchArgs::search_request() const {
    SearchRequest out = request;
    out.query = query();
    out.sort = sort == "date" ? SearchRequest::Sort::Date : SearchRequest::Sort::Relevance;
    out.facets_over =
        facets_over == "all" ? SearchRequest::kFacetsOverAll : static_cast<Xapian::doccount>(std::stoul(facets_over));
    return out;
}

OutputArgs::OutputArgs(CLI::App* app) {
    const char* group = "Output";
    app->add_option("--format", format_name, join(output_format_names()))
        ->check(CLI::IsMember(output_format_names()))
        ->capture_default_str()
        ->group(group);
    app->add_option("--highlight", highlight,
                    "Matched words in snippets: auto (colour on a terminal), color, markers ([...]), none")
        ->check(CLI::IsMember({"auto", "color", "markers", "none"}))
        ->capture_default_str()
        ->group(group);
    app->add_option("--run-name", run_name, "Run name in TREC output")->capture_default_str()->group(group);
}

RankingArgs::RankingArgs(CLI::App* app) {
    const char* group = "Ranking";
    app->add_option("--ranking", ranking,
                    "Ranking options, key=value,... (e.g. k1=1.2,b=0.75,proximity=on,prf=on; preset=plain for "
                    "plain BM25); see common/ranking.h and docs/ranking.md")
        ->check(CLI::Validator(
            [](std::string& input) -> std::string {
                RankingOptions scratch;
                try {
                    set_ranking_options(scratch, input);
                } catch (const UsageError& e) {
                    return e.what();
                }
                return {};
            },
            "KEY=VALUE,..."))
        ->group(group);
    app->add_option("--entity-boost", entity_boost,
                    "Weight for people, organizations and places the query names (0: off; at most " +
                        format_number(kMaxEntityBoost) + "; default " + format_number(RankingOptions{}.entity_boost) +
                        ")")
        ->check(number_in(0, kMaxEntityBoost))
        ->group(group);
}

void RankingArgs::apply(SearchRequest& request) const {
    set_ranking_options(request.ranking, ranking);
    if (entity_boost) request.ranking.entity_boost = *entity_boost;
}

std::vector<std::string> words_after_options(const CLI::App& app, const std::vector<std::string>& args) {
    std::vector<std::string> options, words;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        if (arg == "--") {
            words.insert(words.end(), args.begin() + static_cast<std::ptrdiff_t>(i) + 1, args.end());
            break;
        }
        const bool long_option = arg.size() > 2 && arg.compare(0, 2, "--") == 0;
        const auto eq = arg.find('=');
        const std::string name = long_option && eq != std::string::npos ? arg.substr(0, eq) : arg;
        const CLI::Option* option = arg.size() > 1 && arg[0] == '-' ? app.get_option_no_throw(name) : nullptr;
        if (!long_option && option == nullptr) {
            words.push_back(arg);  // a word, "-", or "-word"
            continue;
        }
        options.push_back(arg);  // an unknown --option stays one, for CLI11 to report
        const bool takes_value = option != nullptr && option->get_items_expected_min() > 0;  // 0 for flags
        if (takes_value && name == arg && i + 1 < args.size()) options.push_back(args[++i]);
    }
    if (words.empty()) return options;
    options.push_back("--");
    options.insert(options.end(), words.begin(), words.end());
    return options;
}

std::vector<std::string> arguments(int argc, const char* const* argv) {
    std::vector<std::string> out;
    for (int i = 1; i < argc; ++i) out.emplace_back(argv[i]);
    return out;
}

std::optional<int> parse(CLI::App& app, const std::vector<std::string>& args) {
    std::vector<std::string> reversed(args.rbegin(), args.rend());  // CLI11 takes them last first
    try {
        app.parse(reversed);
    } catch (const CLI::ParseError& e) {
        if (e.get_exit_code() == static_cast<int>(CLI::ExitCodes::Success)) {
            app.exit(e, std::cout, std::cerr);  // --help, --version
            return 0;
        }
        throw UsageError(e.what());
    }
    return std::nullopt;
}

std::optional<int> parse(CLI::App& app, int argc, const char* const* argv) { return parse(app, arguments(argc, argv)); }

}  // namespace telusur::cli
