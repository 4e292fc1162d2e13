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
            shown.push_back(names.display_name(type, key, name));
        }
        it->second = std::move(shown);
    }
}

void look_up_in_term_order(EntityNames& names, std::vector<NameLookup> lookups, NameLookupKind kind) {
    // Raw bytes, not normalized names: as indexed, a name's bytes mostly sort
    // as its term does, and normalizing each name of each query (ICU) cost
    // more than the rare look-up out of order.
    std::stable_sort(lookups.begin(), lookups.end(), [](const NameLookup& a, const NameLookup& b) {
        return std::forward_as_tuple(std::string_view(a.type->prefix), *a.name) <
               std::forward_as_tuple(std::string_view(b.type->prefix), *b.name);
    });
    for (std::size_t i = 0; i < lookups.size(); ++i) {
        const NameLookup& lookup = lookups[i];
        if (i > 0 && lookup.type == lookups[i - 1].type && *lookup.name == *lookups[i - 1].name) continue;
        if (kind == NameLookupKind::Resolve)
            names.resolve(*lookup.type, *lookup.name);
        else
            names.display_name(*lookup.type, *lookup.name, *lookup.fallback);
    }
}

void resolve_entity_names(std::vector<SearchResult>& results, EntityNames& names) {
    std::vector<NameLookup> page_names;  // in page order
    for (const auto& result : results)
        for (const auto& type : schema::kEntityTypes)
            if (const auto it = result.entities.find(type.json_key); it != result.entities.end())
                for (const auto& name : it->second) page_names.push_back({&type, &name, nullptr});
    look_up_in_term_order(names, page_names, NameLookupKind::Resolve);
    // display_name() memoizes the first fallback it is given for a key
    // without name-use terms: give each key the name page order reaches it
    // with first, so the page shows what it did without this warm-up.
    std::vector<std::string> keys;
    keys.reserve(page_names.size());  // the look-ups below view them
    std::vector<NameLookup> key_lookups;
    for (const auto& name : page_names) {
        keys.push_back(names.resolve(*name.type, *name.name));  // a copy: the memo's entries move
        key_lookups.push_back({name.type, &keys.back(), name.name});
    }
    look_up_in_term_order(names, std::move(key_lookups), NameLookupKind::DisplayName);
    for (auto& result : results) resolve_entity_names(result, names);
}

}  // namespace telusur
