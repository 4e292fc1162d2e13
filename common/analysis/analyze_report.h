// `telusur-index analyze`: how a text becomes index terms, as a table or JSON.
#pragma once

#include "common/analysis/analyzer.h"

#include <string>
#include <string_view>

namespace telusur {

/// One line per token (position, term, stem, stopword flag); format is
/// "table" or "json" ({"tokens":[{"position","term","stem","stopword"}]}).
std::string format_analysis(const Analyzer& analyzer, std::string_view text, std::string_view format);

}  // namespace telusur
