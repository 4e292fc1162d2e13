// Result formats of telusur-query: text for people, JSON/JSON Lines and TREC
// run files for scripts. The JSON field names are an interface: keep them.
#pragma once

#include "common/search.h"

#include <nlohmann/json.hpp>

#include <string>

namespace telusur {

/// {"query","parsed","total_estimate","results":[{"rank","id","score","title",
/// "date","source","url","snippet"}],"facets":{name:[{"value","count"}]}}
nlohmann::json response_to_json(const SearchResponse& response);

struct TextStyle {
    bool color = false;  ///< ANSI colours for titles, metadata and facets
};

/// The human-readable result list, with a facet section when present.
std::string format_text(const SearchResponse& response, const TextStyle& style);

/// TREC run lines: "qid Q0 docid rank score run_name".
std::string format_trec(const SearchResponse& response, const std::string& qid, const std::string& run_name);

}  // namespace telusur
