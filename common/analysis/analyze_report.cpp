#include "common/analysis/analyze_report.h"

#include <nlohmann/json.hpp>

#include <cstdio>

namespace telusur {

std::string format_analysis(const Analyzer& analyzer, std::string_view text, std::string_view format) {
    const auto tokens = analyzer.analyze(text);
    if (format == "json") {
        nlohmann::json out{{"stemmer", analyzer.options().stemmer}, {"tokens", nlohmann::json::array()}};
        for (const auto& t : tokens)
            out["tokens"].push_back({{"position", t.position}, {"term", t.term}, {"stem", t.stem}, {"stopword", t.stopword}});
        return out.dump(2) + "\n";
    }
    std::string out = "pos  term                  stem                  note\n";
    char line[256];
    for (const auto& t : tokens) {
        std::snprintf(line, sizeof line, "%-4u %-21s %-21s %s\n", t.position, t.term.c_str(),
                      t.stopword ? "-" : t.stem.c_str(), t.stopword ? "stopword" : "");
        out += line;
    }
    return out;
}

}  // namespace telusur
