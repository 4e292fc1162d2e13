// `telusur-index analyze`: how a text becomes index terms, as a table or JSON.
#pragma once

#include "common/analysis/analyzer.h"
#include "common/entities/entities.h"

#include <string>
#include <string_view>

namespace telusur {

/// One line per token (position, term, stem, stopword flag, entity tag in
/// BIO form such as "B-LOC"); format is "table" or "json"
/// ({"stemmer", "tokens":[{"position","term","stem","stopword","entity"}],
///   "entities":[{"type","text","canonical"}]}).
/// @param extractor nullptr to leave entities out.
std::string format_analysis(const Analyzer& analyzer, const EntityExtractor* extractor, std::string_view text,
                            std::string_view format);

}  // namespace telusur
