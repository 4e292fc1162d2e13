// The engine behind telusur-serve, without HTTP: requests arrive as
// parameter lists or JSON bodies and leave as (status, body) replies. The
// answers are built by the functions telusur-query uses (Searcher,
// response_to_json, error_to_json, run_batch, format_analysis), and the
// parameters are checked by telusur-query's own option groups
// (common/cli/options.h), so both speak the same JSON and reject the same
// values with the same messages.
#pragma once

#include "common/database.h"
#include "common/search.h"

#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace telusur::server {

struct ServiceOptions {
    std::vector<std::string> db_specs;  ///< folders or tcp://HOST:PORT, searched as one
    SearchDatabaseOptions db_options;
    /// Searchers (each with its own Xapian database handle): one per worker thread.
    unsigned searchers = 1;
    /// How often a searcher looks for a newer database revision (an
    /// indexer's commit), so new articles show up without a restart.
    std::chrono::milliseconds reopen_interval{200};
    /// Queries per POST /batch; more is a 413.
    std::size_t max_batch_queries = 10000;
};

struct Reply {
    int status = 200;
    std::string content_type = "application/json";
    std::string body;
};

/// URL parameters in order (a name may repeat: that is an error).
using Params = std::vector<std::pair<std::string, std::string>>;

/// The private-use characters `highlight=page` puts around matched words:
/// the search page escapes the snippet, then turns them into <mark>.
inline constexpr const char* kPageHighlightStart = "\xEE\x80\x80";  // U+E000
inline constexpr const char* kPageHighlightEnd = "\xEE\x80\x81";    // U+E001

/// Thread-safe: each call borrows one of the searchers.
class SearchService {
public:
    /// Opens the databases once per searcher.
    /// @throws DatabaseError when they cannot be opened.
    explicit SearchService(ServiceOptions options);
    ~SearchService();

    /// GET /search: q, limit, offset, sort, from, to, facets, all, collapse,
    /// snippet_length, ranking, entity_boost, highlight (none, markers,
    /// page), pretty.
    Reply search(const Params& params);
    /// POST /search: the same fields as one JSON object.
    Reply search_json(const std::string& body);
    /// POST /batch: JSON Lines of {"query" (or "q"), "qid"} in; the options
    /// for every query from the URL parameters; JSON Lines out, as
    /// `telusur-query --batch --format json` writes them.
    Reply batch(const Params& params, const std::string& body);
    /// GET /analyze: text, stemmer (default: the database's) -> what
    /// `telusur-index analyze --format json` prints.
    Reply analyze(const Params& params);
    Reply health();
    /// documents, revision, schema_version, stemmer, entities_indexed.
    Reply stats();

    /// A 4xx/5xx reply with {"error": message}.
    static Reply error(int status, const std::string& message);

private:
    struct Worker {
        std::unique_ptr<Searcher> searcher;
        std::chrono::steady_clock::time_point checked;
        /// A shard failed or was left out (--allow-partial): the databases
        /// are opened afresh, at most every kReopenShardsInterval, so a
        /// shard that comes back is searched again.
        bool stale = false;
        std::chrono::steady_clock::time_point rebuilt;
    };
    static constexpr std::chrono::seconds kReopenShardsInterval{2};
    /// /analyze with a stemmer other than the database's: that request's
    /// analyzer's stem cache.
    static constexpr std::size_t kOtherStemmerCacheWords = 4096;
    class Lease;
    /// A database failed under `lease` (if one was taken): its searcher
    /// opens the databases afresh later, and the reply is a 503.
    static Reply database_failed(std::optional<Lease>& lease, const std::string& message);
    Worker* acquire();
    void release(Worker* worker);
    void refresh(Worker& worker);

    ServiceOptions options_;
    std::vector<std::unique_ptr<Worker>> workers_;
    std::vector<Worker*> idle_;
    std::mutex mutex_;
    std::condition_variable idle_changed_;
};

}  // namespace telusur::server
