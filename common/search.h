// Searching: query string -> Xapian::Query (one QueryParser configured from
// the schema and the shared Analyzer) -> ranked results with snippets and
// facet counts.
#pragma once

#include "common/analysis/analyzer.h"
#include "common/database.h"

#include <xapian.h>

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace telusur {

struct SearchRequest {
    std::string query;
    std::string from;  ///< inclusive lower date bound, YYYY[-MM[-DD]]; "" for none
    std::string to;    ///< inclusive upper date bound, YYYY[-MM[-DD]]; "" for none
    enum class Sort { Relevance, Date } sort = Sort::Relevance;
    Xapian::doccount offset = 0;
    Xapian::doccount limit = 10;
    /// Count sources and categories over the whole match set (not only the page).
    bool facets = false;
    std::size_t facet_values = 10;  ///< values shown per facet
    /// Require every word (AND) instead of ranking any-word matches (OR).
    bool match_all = false;
    /// Show one article per identical text (syndicated copies).
    bool collapse_duplicates = true;
    std::size_t snippet_length = 240;  ///< bytes of body text in a snippet
    std::string highlight_start, highlight_end;  ///< around matched words in snippets
};

struct SearchResult {
    Xapian::doccount rank = 0;  ///< 1-based, counting from offset
    Xapian::docid docid = 0;
    std::string id;
    double score = 0;
    std::string title, date, source, url, category, snippet;
};

struct FacetCount {
    std::string value;
    Xapian::doccount count = 0;
};

struct SearchResponse {
    std::string query;
    std::string parsed;  ///< Xapian's description of the parsed query
    Xapian::doccount total_estimate = 0;
    std::vector<SearchResult> results;
    /// facet name ("source", "category") -> values, most frequent first.
    std::map<std::string, std::vector<FacetCount>> facets;
};

/// Parses a date bound "YYYY", "YYYY-MM" or "YYYY-MM-DD" into the YYYYMMDD
/// of the first (is_end false) or last (is_end true) day it covers.
/// @throws QueryError when it is none of those.
std::string date_bound(std::string_view text, bool is_end);

/// Not thread-safe: use one Searcher per thread.
class Searcher {
public:
    /// @param db_specs folders or tcp://HOST:PORT shards, searched as one.
    explicit Searcher(const std::vector<std::string>& db_specs, const SearchDatabaseOptions& options = {});
    /// Searches an open database (in-memory ones in tests) with the stemmer
    /// its metadata names.
    explicit Searcher(const Xapian::Database& db);
    ~Searcher();

    /// @throws QueryError for a malformed query, DatabaseError when a shard fails.
    SearchResponse search(const SearchRequest& request);

    /// The query search() would run, filters included.
    /// @throws QueryError for a malformed query.
    Xapian::Query parse(const SearchRequest& request);

    const Xapian::Database& database() const { return db_; }
    const Analyzer& analyzer() const { return *analyzer_; }

private:
    void configure_parser();

    Xapian::Database db_;
    std::unique_ptr<Analyzer> analyzer_;
    Xapian::QueryParser parser_;
};

}  // namespace telusur
