#include "common/results.h"

#include "common/entities/entity_names.h"
#include "common/schema.h"
#include "common/text/unicode.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <tuple>

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
            // Two keys may show one name (a misspelt expansion shown as its
            // acronym, "KPK"): one entry, as the facets count it.
            const std::string& display = names.display_name(type, key, name);
            if (std::find(shown.begin(), shown.end(), display) == shown.end()) shown.push_back(display);
        }
        it->second = std::move(shown);
    }
}

void resolve_entity_names(std::vector<SearchResult>& results, EntityNames& names) {
    struct Name {
        const schema::EntityTypeSchema* type;
        std::string normalized;
        const std::string* as_given;
        std::size_t order;  ///< position in page order
    };
    std::vector<Name> page_names;
    for (const auto& result : results)
        for (const auto& type : schema::kEntityTypes)
            if (const auto it = result.entities.find(type.json_key); it != result.entities.end())
                for (const auto& name : it->second)
                    page_names.push_back({&type, schema::normalize_boolean_value(name), &name, page_names.size()});
    const auto term_order = [](const Name& a, const Name& b) {
        return std::forward_as_tuple(std::string_view(a.type->prefix), a.normalized, a.order) <
               std::forward_as_tuple(std::string_view(b.type->prefix), b.normalized, b.order);
    };
    std::sort(page_names.begin(), page_names.end(), term_order);
    // resolve() depends on the database alone; memoized here in term order.
    std::vector<Name> keys;
    for (const auto& name : page_names)
        keys.push_back({name.type, names.resolve(*name.type, *name.as_given), name.as_given, name.order});
    // display_name() memoizes the first fallback it is given for a key
    // without name-use terms: give each key the name page order reaches it
    // with first, so the page shows what it did without this warm-up.
    std::sort(keys.begin(), keys.end(), term_order);
    for (std::size_t i = 0; i < keys.size(); ++i)
        if (i == 0 || keys[i].type != keys[i - 1].type || keys[i].normalized != keys[i - 1].normalized)
            names.display_name(*keys[i].type, keys[i].normalized, *keys[i].as_given);
    for (auto& result : results) resolve_entity_names(result, names);
}

}  // namespace telusur
