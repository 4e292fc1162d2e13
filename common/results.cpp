#include "common/results.h"

#include "common/entities/entity_names.h"
#include "common/schema.h"
#include "common/text/unicode.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace telusur {

SearchResult read_result(const Xapian::MSetIterator& match, const Xapian::MSet& mset, const Xapian::Stem& stemmer,
                         const SnippetOptions& snippets) {
    namespace keys = schema::data_keys;
    SearchResult r;
    r.docid = *match;
    const auto data = nlohmann::json::parse(match.get_document().get_data(), nullptr, false);
    if (!data.is_object()) return r;
    auto field = [&](const char* key) { return data.value(key, std::string()); };
    r.id = field(keys::kId);
    r.title = field(keys::kTitle);
    r.date = field(keys::kDate);
    r.source = field(keys::kSource);
    r.url = field(keys::kUrl);
    r.category = field(keys::kCategory);
    if (snippets.length > 0)
        r.snippet = text::collapse_spaces(mset.snippet(field(keys::kBody), snippets.length, stemmer, 0,
                                                       snippets.highlight_start, snippets.highlight_end, "…"));
    if (const auto entities = data.find(keys::kEntities); entities != data.end() && entities->is_object())
        for (const auto& [key, names] : entities->items())
            if (names.is_array()) r.entities[key] = names.get<std::vector<std::string>>();
    return r;
}

void resolve_entity_names(SearchResult& result, EntityNames& names) {
    for (const auto& type : schema::kEntityTypes) {
        const auto it = result.entities.find(type.json_key);
        if (it == result.entities.end()) continue;
        std::vector<std::string> keys, shown;
        for (const auto& name : it->second) {
            const std::string& key = names.resolve(type, name);
            if (std::find(keys.begin(), keys.end(), key) != keys.end()) continue;
            keys.push_back(key);
            shown.push_back(names.display_name(type, key, name));
        }
        it->second = std::move(shown);
    }
}

}  // namespace telusur
