#include "common/results.h"

#include "common/entities/entity_names.h"
#include "common/entities/one_thing.h"
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

namespace {

constexpr std::string_view kJsonSpace = " \t\r\n";

/// The closing quote of the JSON string that opens at `open`, or npos.
std::size_t closing_quote(std::string_view json, std::size_t open) {
    for (std::size_t at = open + 1;; ++at) {
        at = json.find('"', at);  // memchr: the body has few quotes
        if (at == std::string_view::npos) return at;
        std::size_t backslashes = 0;
        while (json[at - 1 - backslashes] == '\\') ++backslashes;
        if (backslashes % 2 == 0) return at;
    }
}

/// Where the JSON value that starts at `at` ends (one past it), or npos.
std::size_t value_end(std::string_view json, std::size_t at) {
    int depth = 0;
    for (; at < json.size(); ++at) {
        const char c = json[at];
        if (depth == 0 && (c == ',' || c == '}')) return at;  // after a number, true, false or null
        if (c == '"') {
            at = closing_quote(json, at);
            if (at == std::string_view::npos) return at;
            if (depth == 0) return at + 1;
        } else if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            if (--depth == 0) return at + 1;
        }
    }
    return std::string_view::npos;
}

}  // namespace

std::string stored_id(std::string_view record) {
    constexpr auto npos = std::string_view::npos;
    std::size_t at = record.find_first_not_of(kJsonSpace);
    if (at == npos || record[at] != '{') return {};
    for (++at;;) {  // each member of the top-level object: "key": value
        at = record.find_first_not_of(kJsonSpace, at);
        if (at == npos || record[at] != '"') return {};
        const std::size_t key_end = closing_quote(record, at);
        if (key_end == npos) return {};
        const std::string_view key = record.substr(at + 1, key_end - at - 1);
        at = record.find_first_not_of(kJsonSpace, key_end + 1);
        if (at == npos || record[at] != ':') return {};
        at = record.find_first_not_of(kJsonSpace, at + 1);
        if (at == npos) return {};
        const std::size_t end = value_end(record, at);
        if (end == npos) return {};
        if (key == schema::data_keys::kId) {
            // Only the id's own text is parsed, for its escapes.
            const auto id = nlohmann::json::parse(record.substr(at, end - at), nullptr, false);
            return id.is_string() ? id.get<std::string>() : std::string();
        }
        at = record.find_first_not_of(kJsonSpace, end);
        if (at == npos || record[at] != ',') return {};
        ++at;
    }
}

namespace {

/// One article's list of one type: its distinct keys' display names, in
/// order of first mention, one entry per thing. Two keys may show one name
/// (a misspelt expansion shown as its acronym, "KPK"), or name one thing
/// (same_thing_as(): "Donald" beside "Trump", which resolves to Donald
/// Trump): one entry, as the facets count it.
std::vector<std::string> one_entry_per_thing(const schema::EntityTypeSchema& type, EntityNames& names,
                                             const std::vector<std::string>& keys,
                                             const std::vector<std::string>& displays, JoinMemo* joins) {
    // The forms the news writes each key in, for a person's one-word name:
    // "Indrawati" beside "Sri Mulyani", written "Sri Mulyani Indrawati"
    // elsewhere.
    std::vector<std::vector<std::string>> forms;
    const auto one_word = [](const std::string& key) { return key.find(' ') == std::string::npos; };
    if (type.type == EntityType::Person && keys.size() > 1 && std::any_of(keys.begin(), keys.end(), one_word))
        for (const auto& key : keys)
            forms.push_back(one_word(key) ? std::vector<std::string>{} : names.written_forms(type, key));
    const std::vector<std::size_t> articles(keys.size(), 1);
    const auto join = [&] { return same_thing_as(type, names, keys, articles, forms); };
    const std::vector<std::size_t> into =
        joins != nullptr && keys.size() > 1 ? joins->joins(type, keys, articles, forms, join) : join();
    std::vector<std::string> shown;
    for (std::size_t i = 0; i < keys.size(); ++i) {
        const std::string& display = displays[into[i]];
        if (std::find(shown.begin(), shown.end(), display) == shown.end()) shown.push_back(display);
    }
    return shown;
}

}  // namespace

void resolve_entity_names(SearchResult& result, EntityNames& names, JoinMemo* joins) {
    for (const auto& type : schema::kEntityTypes) {
        const auto it = result.entities.find(type.json_key);
        if (it == result.entities.end()) continue;
        std::vector<std::string> keys, displays;
        for (const auto& name : it->second) {
            const std::string& key = names.resolve(type, name);
            if (std::find(keys.begin(), keys.end(), key) != keys.end()) continue;
            keys.push_back(key);
            displays.push_back(names.display_name(type, key, name));
        }
        it->second = one_entry_per_thing(type, names, keys, displays, joins);
    }
}

std::vector<std::size_t> JoinMemo::joins(const schema::EntityTypeSchema& type, const std::vector<std::string>& keys,
                                         const std::vector<std::size_t>& articles,
                                         const std::vector<std::vector<std::string>>& forms, const Join& join) {
    // The whole input, each part ended by a byte no key or form holds.
    constexpr char kEndOfPart = '\0';
    key_.assign(type.prefix).push_back(kEndOfPart);
    key_.push_back(forms.empty() ? '-' : '+');  // same_thing_as()'s forms are optional
    for (std::size_t i = 0; i < keys.size(); ++i) {
        key_.append(keys[i]).push_back(kEndOfPart);
        key_.append(std::to_string(articles[i])).push_back(kEndOfPart);
        if (i < forms.size())
            for (const std::string& form : forms[i]) key_.append(form).push_back(kEndOfPart);
        key_.push_back('\n');  // the end of keys[i]'s forms
    }
    std::vector<std::size_t> into;
    if (const std::vector<std::uint32_t>* known = memo_.find(key_)) {
        into.assign(known->begin(), known->end());
        return into;
    }
    into = join();
    memo_.insert(key_, std::vector<std::uint32_t>(into.begin(), into.end()));
    return into;
}

std::vector<std::string> look_up_in_term_order(EntityNames& names, const std::vector<NameLookup>& lookups,
                                               NameLookupKind kind) {
    std::vector<std::size_t> order(lookups.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    // Raw bytes, not normalized names: as indexed, a name's bytes mostly sort
    // as its term does, and normalizing each name of each query (ICU) cost
    // more than the rare look-up out of order.
    // Equal names in the order given (the index decides: cheaper than a
    // stable sort's buffer). One three-way comparison per field: a tuple's <
    // compares equal strings twice.
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        const NameLookup &x = lookups[a], &y = lookups[b];
        if (x.type != y.type)
            if (const int c = std::string_view(x.type->prefix).compare(y.type->prefix); c != 0) return c < 0;
        if (const int c = x.name->compare(*y.name); c != 0) return c < 0;
        return a < b;
    });
    std::vector<std::string> answers(lookups.size());
    for (std::size_t i = 0; i < order.size(); ++i) {
        const NameLookup& lookup = lookups[order[i]];
        if (i > 0) {
            const NameLookup& before = lookups[order[i - 1]];
            if (lookup.type == before.type && *lookup.name == *before.name) {
                answers[order[i]] = answers[order[i - 1]];
                continue;
            }
        }
        // Copied: the memo's entries are reused as it fills.
        answers[order[i]] = kind == NameLookupKind::Resolve
                                ? names.resolve(*lookup.type, *lookup.name)
                                : names.display_name(*lookup.type, *lookup.name, *lookup.fallback);
    }
    return answers;
}

void resolve_entity_names(std::vector<SearchResult>& results, EntityNames& names, JoinMemo* joins) {
    std::vector<NameLookup> page_names;  // in page order
    for (const auto& result : results)
        for (const auto& type : schema::kEntityTypes)
            if (const auto it = result.entities.find(type.json_key); it != result.entities.end())
                for (const auto& name : it->second) page_names.push_back({&type, &name, nullptr});
    const std::vector<std::string> keys = look_up_in_term_order(names, page_names, NameLookupKind::Resolve);
    // display_name() memoizes the first fallback it is given for a key
    // without name-use terms: each key gets the name page order reaches it
    // with first, as resolve_entity_names(result) gives them.
    std::vector<NameLookup> key_lookups;
    for (std::size_t i = 0; i < page_names.size(); ++i)
        key_lookups.push_back({page_names[i].type, &keys[i], page_names[i].name});
    const std::vector<std::string> shown = look_up_in_term_order(names, key_lookups, NameLookupKind::DisplayName);
    // Each list: one display name per key, in order of first mention.
    std::size_t next = 0;
    for (auto& result : results)
        for (const auto& type : schema::kEntityTypes) {
            const auto it = result.entities.find(type.json_key);
            if (it == result.entities.end()) continue;
            std::vector<std::string> list_keys, list_displays;
            for (std::size_t n = 0; n < it->second.size(); ++n, ++next) {
                if (std::find(list_keys.begin(), list_keys.end(), keys[next]) != list_keys.end()) continue;
                list_keys.push_back(keys[next]);
                list_displays.push_back(shown[next]);
            }
            it->second = one_entry_per_thing(type, names, list_keys, list_displays, joins);
        }
}

}  // namespace telusur
