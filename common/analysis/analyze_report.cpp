#include "common/analysis/analyze_report.h"

#include <nlohmann/json.hpp>

#include <cstdio>

namespace telusur {

namespace {

/// BIO tags per token: an entity's words, analyzed like the text, are
/// matched against the token sequence from where the previous one ended.
std::vector<std::string> entity_tags(const Analyzer& analyzer, const std::vector<AnalyzedToken>& tokens,
                                     const std::vector<Entity>& entities) {
    std::vector<std::string> tags(tokens.size());
    std::size_t from = 0;
    for (const auto& entity : entities) {
        const auto words = analyzer.analyze(entity.text);
        if (words.empty()) continue;
        for (std::size_t i = from; i + words.size() <= tokens.size(); ++i) {
            bool match = true;
            for (std::size_t k = 0; k < words.size() && match; ++k) match = tokens[i + k].term == words[k].term;
            if (!match) continue;
            const std::string type(entity_type_name(entity.type));
            for (std::size_t k = 0; k < words.size(); ++k) tags[i + k] = (k == 0 ? "B-" : "I-") + type;
            from = i + words.size();
            break;
        }
    }
    return tags;
}

}  // namespace

std::string format_analysis(const Analyzer& analyzer, const EntityExtractor* extractor, std::string_view text,
                            std::string_view format) {
    const auto tokens = analyzer.analyze(text);
    const auto entities = extractor ? extractor->extract(text) : std::vector<Entity>{};
    const auto tags = entity_tags(analyzer, tokens, entities);
    if (format == "json") {
        nlohmann::json out{{"stemmer", analyzer.options().stemmer},
                           {"tokens", nlohmann::json::array()},
                           {"entities", nlohmann::json::array()}};
        for (std::size_t i = 0; i < tokens.size(); ++i) {
            const auto& t = tokens[i];
            out["tokens"].push_back({{"position", t.position},
                                     {"term", t.term},
                                     {"stem", t.stem},
                                     {"stopword", t.stopword},
                                     {"entity", tags[i].empty() ? "O" : tags[i]}});
        }
        for (const auto& e : entities)
            out["entities"].push_back(
                {{"type", entity_type_name(e.type)}, {"text", e.text}, {"canonical", e.canonical}});
        return out.dump(2) + "\n";
    }
    std::string out = "pos  term                  stem                  entity  note\n";
    char line[256];
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        const auto& t = tokens[i];
        std::snprintf(line, sizeof line, "%-4u %-21s %-21s %-7s %s\n", t.position, t.term.c_str(),
                      t.stopword ? "-" : t.stem.c_str(), tags[i].empty() ? "O" : tags[i].c_str(),
                      t.stopword ? "stopword" : "");
        out += line;
    }
    for (const auto& e : entities)
        out += std::string(entity_type_name(e.type)) + "  " + e.text +
               (e.canonical != e.text ? "  -> " + e.canonical : "") + "\n";
    return out;
}

}  // namespace telusur
