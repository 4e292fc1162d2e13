// Result formats of telusur-query: text for people, JSON/JSON Lines and TREC
// run files for scripts. The JSON field names are an interface: keep them.
#pragma once

#include "common/search.h"

#include <nlohmann/json.hpp>

#include <string>

namespace telusur {

/// {"query", "parsed", "total_estimate",
///  "total_exact": bool,   (total_estimate is a count, not an estimate)
///  "facets_over": N,   (with facets: how many articles the facets and the
///                       timeline count; by default the best matches)
///  "results": [{"rank", "id", "score", "title", "date", "source", "url",
///               "category", "snippet",
///               "entities": {"person"|"organization"|"location": [...]}}],
///                            (one display name per real-world thing)
///  "facets": {"source"|"category"|"person"|"organization"|"location":
///             [{"value", "count"}]},   (empty without --facets)
///             person/organization/location values also have "filter" (the
///             query text that selects every article counted) and "also"
///             (the other names counted, FacetCount::also; when any)
///  "query_entities": ["location:Korea Utara", ...],
///  "timeline": {"granularity": "day"|"week"|"month",
///               "buckets": [{"period", "count"}]},  (only with facets and dated matches)
///  "partial": true, "warnings": [...]}  (only when shards were left out)
/// Batch mode adds "qid". README.md ("JSON output") lists the same keys.
nlohmann::json response_to_json(const SearchResponse& response);

/// The answer to a query that failed: {"query", "error", "results": []}
/// (batch mode adds "qid"). The one builder of error objects, for single
/// queries and batches alike.
nlohmann::json error_to_json(const std::string& query, const std::string& message);

/// json.dump(), pretty-printed with two spaces when `pretty`, one line
/// otherwise; invalid UTF-8 in any string is replaced by U+FFFD rather than
/// throwing, so every answer is valid JSON.
std::string dump_json(const nlohmann::json& json, bool pretty = false);

struct TextStyle {
    bool color = false;  ///< ANSI colours for titles, metadata and facets
};

/// The human-readable result list, with a facet section when present.
std::string format_text(const SearchResponse& response, const TextStyle& style);

/// TREC run lines: "qid Q0 docid rank score run_name".
std::string format_trec(const SearchResponse& response, const std::string& qid, const std::string& run_name);

}  // namespace telusur
