// Query text -> Xapian::Query: one QueryParser configured from the schema's
// field table (common/schema.h) and the shared Analyzer, plus date filters.
#pragma once

#include "common/analysis/analyzer.h"
#include "common/entities/entity_names.h"

#include <xapian.h>

#include <memory>
#include <string>
#include <string_view>

namespace telusur {

/// Parses a date bound "YYYY", "YYYY-MM" or "YYYY-MM-DD" into the YYYYMMDD
/// of the first (is_end false) or last (is_end true) day it covers.
/// @throws QueryError when it is none of those.
std::string date_bound(std::string_view text, bool is_end);

/// The filter on the date slot for articles dated from..to (each a date
/// bound, "" for an open end). @throws QueryError for a bad date or when
/// both ends are open.
Xapian::Query date_range_query(std::string_view from, std::string_view to);

/// The filter for a `tanggal:` value: "A..B", "A" (the days A covers),
/// "..B" or "A..". @throws QueryError
Xapian::Query date_field_query(std::string_view value);

/// What a search asks of the query parser.
struct QueryText {
    std::string text;
    bool match_all = false;  ///< every word required (AND) instead of any (OR)
    std::string from, to;    ///< date bounds, "" for none
    QueryAnalysisOptions analysis;
};

/// Wildcards are bounded, or `a* a* a* ...` takes minutes: at most
/// kMaxWildcards per query (more is a QueryError), each expanding to its
/// kMaxWildcardExpansion most frequent words.
inline constexpr unsigned kMaxWildcards = 10;
/// Longer query text is a QueryError: a pasted article of 10,000 words
/// took seconds to parse and match, and no search needs it.
inline constexpr std::size_t kMaxQueryBytes = 8192;
inline constexpr unsigned kMaxWildcardExpansion = 100;

/// Not thread-safe (it holds a Xapian::QueryParser): one per Searcher.
class QueryBuilder {
public:
    /// @param entities_indexed whether the database has entity terms; when
    ///   not, entity filters match plain normalized names and no entity
    ///   data is loaded.
    /// `remote`: some shard of `db` is a remote database (EntityNames).
    QueryBuilder(const Xapian::Database& db, const Analyzer& analyzer, bool entities_indexed, bool remote = false);

    /// The query with its filters. @throws QueryError for a malformed query
    /// (unbalanced quote, unknown field, bad date).
    Xapian::Query build(const QueryText& query);

    /// The parser that built the last query: maps stemmed terms back to the
    /// words typed (ranking needs both).
    const Xapian::QueryParser& parser() const { return parser_; }
    /// For a reopened database.
    void set_database(const Xapian::Database& db);

    /// The database's entity names (filters, query entities, facets); its
    /// memo lasts until the database is reopened.
    EntityNames& entity_names() { return *entity_names_; }

private:
    const Analyzer& analyzer_;
    bool remote_;
    std::unique_ptr<EntityNames> entity_names_;
    Xapian::QueryParser parser_;
};

}  // namespace telusur
