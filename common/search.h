// Searching: query string -> Xapian::Query (one QueryParser configured from
// the schema and the shared Analyzer) -> ranked results with snippets and
// facet counts.
#pragma once

#include "common/analysis/analyzer.h"
#include "common/database.h"
#include "common/ranking.h"

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
    /// Count sources, categories, people, organizations and places over the
    /// whole match set (not only the page), and matches per day/week/month.
    bool facets = false;
    std::size_t facet_values = 10;  ///< values shown per facet
    /// Require every word (AND) instead of ranking any-word matches (OR).
    bool match_all = false;
    /// Show one article per identical text (syndicated copies).
    bool collapse_duplicates = true;
    std::size_t snippet_length = 240;  ///< bytes of body text in a snippet
    std::string highlight_start, highlight_end;  ///< around matched words in snippets
    /// Weight of the entity terms of people, organizations and places the
    /// query names ("Korea Utara", "Kursk"): articles about them rank above
    /// articles that merely contain the words. 0 turns it off. 0.2 measured
    /// best with `telusur-eval ir` (1.0 lost 0.01-0.03 nDCG@10; docs/ranking.md).
    double entity_boost = 0.2;
    /// Weighting scheme and boosts (common/ranking.h); defaults are the best measured.
    RankingOptions ranking;
};

struct SearchResult {
    Xapian::doccount rank = 0;  ///< 1-based, counting from offset
    Xapian::docid docid = 0;
    std::string id;
    double score = 0;
    std::string title, date, source, url, category, snippet;
    /// "person"/"organization"/"location" -> canonical names, as indexed.
    std::map<std::string, std::vector<std::string>> entities;
};

struct FacetCount {
    std::string value;
    Xapian::doccount count = 0;
};

/// Matches over time: the granularity is chosen from the span of the
/// matches' dates (days up to 45 days, ISO weeks up to a year, else months).
struct Timeline {
    std::string granularity;          ///< "day", "week" or "month"; "" when no match has a date
    std::vector<FacetCount> buckets;  ///< value: "2024-11-05" (day, or the Monday of a week) or "2024-11"; in date order
};

struct SearchResponse {
    std::string query;
    std::string parsed;  ///< Xapian's description of the parsed query
    Xapian::doccount total_estimate = 0;
    std::vector<SearchResult> results;
    /// facet name ("source", "category", "person", "organization",
    /// "location") -> values, most frequent first.
    std::map<std::string, std::vector<FacetCount>> facets;
    Timeline timeline;
    /// Entities the query names, as "type:canonical" ("location:Korea Utara").
    std::vector<std::string> query_entities;
    /// True when shards were left out (--allow-partial); warnings say which.
    bool partial = false;
    std::vector<std::string> warnings;
};

/// Buckets per-day counts ("YYYYMMDD" -> count) into a Timeline.
Timeline make_timeline(const std::map<std::string, Xapian::doccount>& per_day);

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
    void open_databases();
    /// The entity terms of the names in the query, longest names first.
    std::vector<std::pair<std::string, std::string>> query_entity_terms(const std::vector<AnalyzedToken>& tokens);
    SearchResponse run(const SearchRequest& request);

    std::vector<std::string> specs_;
    SearchDatabaseOptions db_options_;
    std::vector<std::string> dropped_shards_;  ///< with allow_partial: shards that failed
    bool has_remote_ = false;
    Xapian::Database db_;
    std::unique_ptr<Analyzer> analyzer_;
    Xapian::QueryParser parser_;
};

}  // namespace telusur
