// The entities a query names: which people, organizations and places of the
// index a query's words refer to ("pasukan Korea Utara Kursk" names
// location:Korea Utara and location:Kursk). The ranking's entity boost
// favours articles about them.
#pragma once

#include "common/analysis/analyzer.h"
#include "common/entities/entity_names.h"

#include <xapian.h>

#include <string>
#include <vector>

namespace telusur {

struct QueryEntity {
    std::vector<std::string> terms;  ///< its entity terms (EntityNames::filter_terms)
    std::string label;               ///< "type:display name", e.g. "location:Korea Utara"
};

/// The entities named by n-grams (up to 4 words) of the query's words that
/// the database knows as names (EntityNames): data-driven, so it works for
/// lower-case queries and for any name or form the tagger found in the
/// articles, and it loads no entity model. Longer names
/// win; a word belongs to one name at most; names neither start nor end with
/// a function word ("di Kursk").
/// @param tokens the query as Analyzer::analyze() gives it
std::vector<QueryEntity> find_query_entities(EntityNames& names, const std::vector<AnalyzedToken>& tokens);

}  // namespace telusur
