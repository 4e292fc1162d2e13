#include "server/service.h"

#include "common/analysis/analyze_report.h"
#include "common/batch.h"
#include "common/cli/options.h"
#include "common/entities/entities.h"
#include "common/errors.h"
#include "common/output.h"
#include "common/schema.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>
#include <xapian.h>

#include <algorithm>
#include <charconv>
#include <map>
#include <optional>
#include <set>
#include <sstream>

namespace telusur::server {

namespace {

using nlohmann::json;

/// A parameter that maps onto a telusur-query option taking a value.
const std::map<std::string, std::string>& value_options() {
    static const std::map<std::string, std::string> options{
        {"limit", "--limit"},     {"offset", "--offset"},
        {"sort", "--sort"},       {"from", "--from"},
        {"to", "--to"},           {"snippet_length", "--snippet-length"},
        {"ranking", "--ranking"}, {"entity_boost", "--entity-boost"},
    };
    return options;
}

/// "1"/"true"/"yes"/"" (a bare ?facets) or "0"/"false"/"no".
std::optional<bool> parse_bool(const std::string& value) {
    if (value.empty() || value == "1" || value == "true" || value == "yes") return true;
    if (value == "0" || value == "false" || value == "no") return false;
    return std::nullopt;
}

/// A bad request: 400 with error_to_json()'s object, as telusur-query
/// prints for a query it cannot run.
struct BadRequest : std::runtime_error {
    using std::runtime_error::runtime_error;
};

struct ParsedSearch {
    SearchRequest request;
    bool pretty = false;
};

/// Parameters -> SearchRequest through telusur-query's option groups:
/// the same defaults, bounds and messages. `allow_query` is false for
/// /batch, whose queries come in the body.
ParsedSearch parse_search_params(const Params& params, bool allow_query) {
    std::set<std::string> seen;
    std::vector<std::string> args;
    std::string query, highlight = "none";
    bool pretty = false;
    for (const auto& [name, value] : params) {
        if (!seen.insert(name).second) throw BadRequest("parameter '" + name + "' given more than once");
        if (allow_query && (name == "q" || name == "query")) {
            if (seen.count(name == "q" ? "query" : "q")) throw BadRequest("give either q or query, not both");
            query = value;
        } else if (const auto option = value_options().find(name); option != value_options().end()) {
            args.push_back(option->second + "=" + value);  // "=": a value starting with '-' stays a value
        } else if (name == "facets" || name == "all" || name == "collapse" || name == "pretty") {
            const auto flag = parse_bool(value);
            if (!flag) throw BadRequest("parameter '" + name + "': '" + value + "' is not 1/0 or true/false");
            if (name == "facets" && *flag) args.push_back("--facets");
            if (name == "all" && *flag) args.push_back("--all");
            if (name == "collapse" && !*flag) args.push_back("--no-collapse");
            if (name == "pretty") pretty = *flag;
        } else if (name == "highlight") {
            if (value != "none" && value != "markers" && value != "page")
                throw BadRequest("parameter 'highlight': '" + value + "' is not none, markers or page");
            highlight = value;
        } else {
            throw BadRequest("unknown parameter '" + name + "'");
        }
    }
    if (allow_query) {
        if (query.empty()) throw BadRequest("missing parameter 'q' (the query)");
        if (const auto problem = check_query_text(query); !problem.empty()) throw QueryError(problem);
        args.push_back("--");
        args.push_back(query);
    }

    CLI::App app{"telusur-serve"};
    const cli::SearchArgs search(&app);
    const cli::RankingArgs ranking(&app);
    try {
        cli::parse(app, args);
    } catch (const UsageError& e) {
        // CLI11 names the option (--snippet-length); the parameter it came from is enough context.
        throw BadRequest(e.what());
    }
    ParsedSearch out;
    out.request = search.search_request();
    ranking.apply(out.request);
    if (highlight == "markers") out.request.highlight_start = "[", out.request.highlight_end = "]";
    if (highlight == "page")
        out.request.highlight_start = kPageHighlightStart, out.request.highlight_end = kPageHighlightEnd;
    out.pretty = pretty;
    return out;
}

/// A JSON body's fields as parameters (strings, numbers and booleans).
Params params_from_json(const std::string& body) {
    const json object = json::parse(body, nullptr, false);
    if (object.is_discarded()) throw BadRequest("the body is not valid JSON");
    if (!object.is_object()) throw BadRequest("the body must be a JSON object");
    Params params;
    for (const auto& [name, value] : object.items()) {
        if (value.is_string())
            params.emplace_back(name, value.get<std::string>());
        else if (value.is_boolean())
            params.emplace_back(name, value.get<bool>() ? "1" : "0");
        else if (value.is_number())
            params.emplace_back(name, value.dump());
        else
            throw BadRequest("field '" + name + "' must be a string, a number or a boolean");
    }
    return params;
}

Reply json_reply(int status, const json& body, bool pretty = false) {
    return {status, "application/json", dump_json(body, pretty) + "\n"};
}

std::string param(const Params& params, const std::string& name) {
    for (const auto& [n, v] : params)
        if (n == name) return v;
    return {};
}

}  // namespace

// --- Searchers ----------------------------------------------------------------

/// One borrowed searcher, given back when the lease ends.
class SearchService::Lease {
public:
    explicit Lease(SearchService& service) : service_(service), worker_(service.acquire()) {}
    ~Lease() { service_.release(worker_); }
    Lease(const Lease&) = delete;
    Lease& operator=(const Lease&) = delete;
    Searcher& searcher() { return *worker_->searcher; }
    /// The searcher lost a shard: open the databases afresh later.
    void mark_stale() { worker_->stale = true; }

private:
    SearchService& service_;
    SearchService::Worker* worker_;
};

Reply SearchService::database_failed(std::optional<Lease>& lease, const std::string& message) {
    if (lease) lease->mark_stale();
    return error(503, message);
}

SearchService::SearchService(ServiceOptions options) : options_(std::move(options)) {
    const unsigned count = std::max(1u, options_.searchers);
    for (unsigned i = 0; i < count; ++i) {
        auto worker = std::make_unique<Worker>();
        worker->searcher = std::make_unique<Searcher>(options_.db_specs, options_.db_options);
        worker->checked = std::chrono::steady_clock::now();
        idle_.push_back(worker.get());
        workers_.push_back(std::move(worker));
    }
}

SearchService::~SearchService() = default;

SearchService::Worker* SearchService::acquire() {
    Worker* worker = nullptr;
    {
        std::unique_lock lock(mutex_);
        idle_changed_.wait(lock, [&] { return !idle_.empty(); });
        worker = idle_.back();
        idle_.pop_back();
    }
    refresh(*worker);
    return worker;
}

void SearchService::release(Worker* worker) {
    {
        const std::lock_guard lock(mutex_);
        idle_.push_back(worker);
    }
    idle_changed_.notify_one();
}

void SearchService::refresh(Worker& worker) {
    const auto now = std::chrono::steady_clock::now();
    if (worker.stale && now - worker.rebuilt >= kReopenShardsInterval) {
        worker.rebuilt = worker.checked = now;
        try {
            worker.searcher = std::make_unique<Searcher>(options_.db_specs, options_.db_options);
            worker.stale = false;
        } catch (const std::exception&) {
            // Still down: the old searcher answers (503, or partial).
        } catch (const Xapian::Error&) {  // not a std::exception
        }
        return;
    }
    if (now - worker.checked < options_.reopen_interval) return;
    worker.checked = now;
    try {
        // The latest committed revision, so an indexer's new articles are
        // found; the searcher drops what it memoized about the old one.
        worker.searcher->reopen();
    } catch (const Xapian::Error&) {
        // A shard that cannot be reached now: the search reports it (503 or partial).
    }
}

// --- Endpoints ----------------------------------------------------------------

Reply SearchService::error(int status, const std::string& message) { return json_reply(status, {{"error", message}}); }

Reply SearchService::search(const Params& params) {
    const std::string query = param(params, "q").empty() ? param(params, "query") : param(params, "q");
    ParsedSearch parsed;
    std::optional<Lease> lease;
    try {
        parsed = parse_search_params(params, true);
        lease.emplace(*this);
        const SearchResponse response = lease->searcher().search(parsed.request);
        if (response.partial) lease->mark_stale();
        return json_reply(200, response_to_json(response), parsed.pretty);
    } catch (const BadRequest& e) {
        return json_reply(400, error_to_json(query, e.what()));
    } catch (const QueryError& e) {
        return json_reply(400, error_to_json(query, e.what()), parsed.pretty);
    } catch (const DatabaseError& e) {
        return database_failed(lease, e.what());
    } catch (const Xapian::Error& e) {
        return database_failed(lease, e.get_description());
    }
}

Reply SearchService::search_json(const std::string& body) {
    try {
        return search(params_from_json(body));
    } catch (const BadRequest& e) {
        return json_reply(400, error_to_json("", e.what()));
    }
}

Reply SearchService::batch(const Params& params, const std::string& body) {
    std::vector<BatchQuery> queries;
    std::optional<Lease> lease;
    try {
        const ParsedSearch parsed = parse_search_params(params, false);
        std::istringstream lines(body);
        std::string line;
        for (std::size_t number = 1; std::getline(lines, line); ++number) {
            if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
            const json object = json::parse(line, nullptr, false);
            const std::string where = "line " + std::to_string(number) + ": ";
            if (object.is_discarded() || !object.is_object()) throw BadRequest(where + "not a JSON object");
            const auto text = object.contains("query") ? object["query"] : object.value("q", json());
            if (!text.is_string()) throw BadRequest(where + "no \"query\" string");
            std::string qid = std::to_string(number);
            if (object.contains("qid")) {
                const auto& id = object["qid"];
                if (!id.is_string() && !id.is_number_integer()) throw BadRequest(where + "\"qid\" must be a string");
                qid = id.is_string() ? id.get<std::string>() : id.dump();
            }
            queries.push_back({qid, text.get<std::string>()});
            if (queries.size() > options_.max_batch_queries)
                return error(413, "more than " + std::to_string(options_.max_batch_queries) + " queries in one batch");
        }
        std::ostringstream out, err;  // err: per-query errors, already in their JSON lines
        lease.emplace(*this);
        run_batch(lease->searcher(), parsed.request, queries, OutputFormat::JsonLines, "telusur", out, err);
        return {200, "application/x-ndjson", out.str()};
    } catch (const BadRequest& e) {
        return error(400, e.what());
    } catch (const QueryError& e) {
        return error(400, e.what());
    } catch (const DatabaseError& e) {
        return database_failed(lease, e.what());
    } catch (const Xapian::Error& e) {
        return database_failed(lease, e.get_description());
    }
}

Reply SearchService::analyze(const Params& params) {
    std::string text, stemmer;
    bool has_text = false;
    for (const auto& [name, value] : params) {
        if (name == "text")
            text = value, has_text = true;
        else if (name == "stemmer")
            stemmer = value;
        else
            return error(400, "unknown parameter '" + name + "'");
    }
    if (!has_text) return error(400, "missing parameter 'text'");
    if (const auto problem = check_query_text(text); !problem.empty())
        return error(400, "text" + problem.substr(problem.find(' ')));  // "text is not valid UTF-8 (byte N)"
    const auto& names = stemmer_names();
    if (!stemmer.empty() && std::find(names.begin(), names.end(), stemmer) == names.end())
        return error(400, "unknown stemmer '" + stemmer + "' (" + cli::stemmer_choices() + ")");
    Lease lease(*this);
    const Analyzer& own = lease.searcher().analyzer();
    if (stemmer.empty() || stemmer == database_stemmer(lease.searcher().database()))
        return {200, "application/json", format_analysis(own, &EntityExtractor::instance(), text, "json")};
    // A cache of its own, freed with the request (not the thread's, which
    // would live as long as the connection thread).
    const Analyzer other(AnalysisOptions{stemmer, true, kOtherStemmerCacheWords});
    return {200, "application/json", format_analysis(other, &EntityExtractor::instance(), text, "json")};
}

Reply SearchService::health() {
    try {
        Lease lease(*this);
        json body{{"status", "ok"}, {"documents", lease.searcher().database().get_doccount()}};
        return json_reply(200, body);
    } catch (const Xapian::Error& e) {
        return error(503, e.get_description());
    }
}

Reply SearchService::stats() {
    try {
        Lease lease(*this);
        const Xapian::Database& db = lease.searcher().database();
        json body{{"documents", db.get_doccount()},
                  {"databases", options_.db_specs},
                  {"schema_version", nullptr},
                  {"stemmer", database_stemmer(db)},
                  {"entities_indexed", entities_indexed(db)},
                  {"searchers", workers_.size()},
                  {"version", TELUSUR_VERSION}};
        const std::string version = db.get_metadata(schema::kMetaSchemaVersion);
        int number = 0;
        if (const auto [end, ec] = std::from_chars(version.data(), version.data() + version.size(), number);
            ec == std::errc() && end == version.data() + version.size())
            body["schema_version"] = number;  // null: an empty database records none
        try {
            body["revision"] = db.get_revision();
        } catch (const Xapian::Error&) {
            body["revision"] = nullptr;  // several shards have no one revision
        }
        return json_reply(200, body);
    } catch (const Xapian::Error& e) {
        return error(503, e.get_description());
    }
}

}  // namespace telusur::server
