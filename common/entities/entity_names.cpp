#include "common/entities/entity_names.h"

#include <algorithm>

namespace telusur {

namespace {

/// Whether `part`'s words start or end `full`'s words (a surname or first
/// name used after a full mention: "trump" of "donald trump").
bool is_name_part(std::string_view part, std::string_view full) {
    if (part.size() >= full.size()) return false;
    const bool prefix = full.substr(0, part.size()) == part && full[part.size()] == ' ';
    const bool suffix = full.substr(full.size() - part.size()) == part && full[full.size() - part.size() - 1] == ' ';
    return prefix || suffix;
}

/// A name of fewer words: a surname ("trump" of "donald trump"), a nickname
/// or an acronym an article introduced ("jokowi", "pupr").
bool is_shorter_name(std::string_view name, std::string_view key) {
    const auto words = [](std::string_view s) { return std::count(s.begin(), s.end(), ' ') + 1; };
    return words(name) < words(key);
}

}  // namespace

std::vector<EntityNames::Use> EntityNames::uses(const std::string& prefix, const std::string& head) const {
    const std::string start = prefix + head + schema::kNameUseSeparator;
    std::vector<Use> found;
    for (auto it = db_.allterms_begin(start); it != db_.allterms_end(start); ++it)
        found.push_back({(*it).substr(start.size()), it.get_termfreq()});
    return found;
}

const std::string& EntityNames::resolve(const schema::EntityTypeSchema& type, std::string_view name) {
    auto& as_given = resolved_as_given_[static_cast<std::size_t>(type.type)];
    if (const auto it = as_given.find(name); it != as_given.end()) return it->second;
    if (as_given.size() >= kMaxMemo) as_given.clear();
    return as_given.emplace(std::string(name), resolve_normalized(type, name)).first->second;
}

const std::string& EntityNames::resolve_normalized(const schema::EntityTypeSchema& type, std::string_view name) {
    const std::string normalized = schema::normalize_boolean_value(name);
    const std::string memo_key = type.prefix + normalized;
    if (const auto it = resolved_.find(memo_key); it != resolved_.end()) return it->second;
    if (resolved_.size() >= kMaxMemo) resolved_.clear();  // a long-running server sees unbounded names
    // Where articles wrote this name, which keys did they resolve it to?
    std::string key = normalized;
    Xapian::doccount elsewhere = 0;
    const Use* best = nullptr;
    const Xapian::doccount own_articles = db_.get_termfreq(schema::make_boolean_term(type.prefix, normalized));
    const bool own_key = own_articles > 0;
    const std::vector<Use> meanings = uses(type.alias_prefix, normalized);
    for (const auto& use : meanings) {
        if (use.value == normalized) continue;
        // A name that is a key of its own only stands for a longer name
        // ("trump" for "donald trump", never "iriana joko widodo" for "joko
        // widodo", though her full name contains his).
        if (own_key && !is_shorter_name(normalized, use.value)) continue;
        elsewhere += use.documents;
        if (best == nullptr || use.documents > best->documents) best = &use;
    }
    // A name that is never a key of its own (the gazetteer always folded it)
    // stands for its most common meaning. A name that is also a key stands
    // for a longer one when that meaning dominates its resolved uses and is
    // not rare beside the articles naming it alone (on clickid: "trump" 124
    // articles Donald Trump, 48 alone; "jokowi" 440 Joko Widodo, 1,245 alone;
    // but "joko widodo" 4 Iriana Joko Widodo, 1,339 alone).
    if (best != nullptr &&
        (!own_key || (best->documents >= kMinResolvedUses && best->documents >= kDominantShare * elsewhere &&
                      best->documents >= kMinShareOfAlone * own_articles)))
        key = best->value;
    return resolved_.emplace(memo_key, std::move(key)).first->second;
}

Xapian::doccount EntityNames::articles(const schema::EntityTypeSchema& type, std::string_view name) {
    const std::string normalized = schema::normalize_boolean_value(name);
    // Cheap checks first: most n-grams of a query are neither a key nor a
    // form some article wrote.
    if (!db_.term_exists(schema::make_boolean_term(type.prefix, normalized))) {
        const std::string start = type.alias_prefix + normalized + schema::kNameUseSeparator;
        if (db_.allterms_begin(start) == db_.allterms_end(start)) return 0;
    }
    return db_.get_termfreq(schema::make_boolean_term(type.prefix, resolve(type, normalized)));
}

std::vector<std::string> EntityNames::filter_terms(const schema::EntityTypeSchema& type, std::string_view name) {
    const std::string key = resolve(type, name);
    std::vector<std::string> terms{schema::make_boolean_term(type.prefix, key)};
    // The forms written for the key that are keys of their own elsewhere
    // ("trump" in articles that never give the full name).
    std::vector<Use> forms = uses(type.name_use_prefix, key);
    std::stable_sort(forms.begin(), forms.end(), [](const Use& a, const Use& b) { return a.documents > b.documents; });
    for (const auto& form : forms) {
        if (terms.size() >= kMaxFilterKeys) break;
        const std::string normalized = schema::normalize_boolean_value(form.value);
        const std::string term = schema::make_boolean_term(type.prefix, normalized);
        if (normalized == key || std::find(terms.begin(), terms.end(), term) != terms.end()) continue;
        if (db_.term_exists(term) && resolve(type, normalized) == key) terms.push_back(term);
    }
    return terms;
}

const std::string& EntityNames::display_name(const schema::EntityTypeSchema& type, const std::string& key,
                                             const std::string& fallback) {
    const std::string memo_key = type.prefix + key;
    if (const auto it = display_.find(memo_key); it != display_.end()) return it->second;
    if (display_.size() >= kMaxMemo) display_.clear();
    const Use* best = nullptr;
    const std::vector<Use> forms = uses(type.name_use_prefix, key);
    for (const auto& form : forms) {
        if (type.type == EntityType::Person && is_name_part(schema::normalize_boolean_value(form.value), key)) continue;
        if (best == nullptr || form.documents > best->documents) best = &form;  // ties: first in byte order
    }
    return display_.emplace(memo_key, best != nullptr ? best->value : fallback).first->second;
}

}  // namespace telusur
