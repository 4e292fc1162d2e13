#include "common/entities/entity_names.h"

#include <algorithm>
#include <utility>

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

/// Calls f(term, iterator) for each term of `prefix` that starts with
/// `start`. Opening a term iterator reads the B-tree from its root; moving one
/// forward mostly stays in the blocks it holds: look-ups in byte order
/// (EntityTally::top, a page's results) share `scan`'s iterator. Not over
/// remote shards: xapian-tcpsrv sends an iterator's whole prefix when it is
/// opened, so there each look-up opens one on `start` alone.
template <class Scan, class F>
void scan_forward(const Xapian::Database& db, bool remote, Scan& scan, const std::string& prefix,
                  const std::string& start, F&& f) {
    if (remote) {
        for (auto it = db.allterms_begin(start); it != db.allterms_end(start); ++it) f(*it, it);
        return;
    }
    if (!scan.open || start <= scan.last_start) {  // the same range again: it was read past
        scan.it = db.allterms_begin(prefix);
        scan.open = true;
    }
    scan.last_start = start;
    const auto end = db.allterms_end(prefix);
    if (scan.it == end) return;
    scan.it.skip_to(start);
    for (; scan.it != end && (*scan.it).compare(0, start.size(), start) == 0; ++scan.it) f(*scan.it, scan.it);
}

}  // namespace

std::vector<EntityNames::Use> EntityNames::uses(const std::string& prefix, const std::string& head) const {
    const std::string start = prefix + head + schema::kNameUseSeparator;
    std::vector<Use> found;
    scan_forward(db_, remote_, scans_[prefix], prefix, start,
                 [&](const std::string& term, const Xapian::TermIterator& it) {
                     found.push_back({term.substr(start.size()), it.get_termfreq()});
                 });
    return found;
}

const std::string& EntityNames::resolve(const schema::EntityTypeSchema& type, std::string_view name) {
    auto& as_given = resolved_as_given_[static_cast<std::size_t>(type.type)];
    if (const std::string* key = as_given.find(name)) return *key;
    return as_given.insert(name, resolve_normalized(type, schema::normalize_boolean_value(name)));
}

const std::string& EntityNames::resolve_normalized(const schema::EntityTypeSchema& type,
                                                   const std::string& normalized) {
    const std::string memo_key = type.prefix + normalized;
    if (const std::string* key = resolved_.find(memo_key)) return *key;
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
    // Copies: the recursion may clear the memo.
    if (const std::string common = common_spelling(type, key); !common.empty()) {
        key = std::string(resolve_normalized(type, common));
    } else if (type.type == EntityType::Person) {
        if (const std::string shorter = without_middle_names(type, key); !shorter.empty())
            key = std::string(resolve_normalized(type, shorter));
    }
    return resolved_.insert(memo_key, std::move(key));
}

std::string EntityNames::common_spelling(const schema::EntityTypeSchema& type, const std::string& key) const {
    // Hyphens as spaces ("kim jong-un", "tira-persikabo", "ridwan kamil-"),
    // and the spelling before 1972's reform in words of four letters or more
    // of names of two words or more ("gatot soebroto", "akbar tandjung"; not
    // the acronym "bdj", nor a one-word name as ambiguous as "boedi" or
    // "apoel").
    const bool old_spelling_applies = key.find(' ') != std::string::npos;
    std::string variant;
    std::size_t start = 0;
    while (start <= key.size()) {
        std::size_t end = key.find_first_of(" -", start);
        if (end == std::string::npos) end = key.size();
        std::string word = key.substr(start, end - start);
        if (old_spelling_applies && word.size() >= 4) {
            for (const auto& [old_spelling, new_spelling] :
                 {std::pair<std::string_view, std::string_view>{"oe", "u"}, {"dj", "j"}, {"tj", "c"}})
                for (std::size_t at; (at = word.find(old_spelling)) != std::string::npos;)
                    word.replace(at, old_spelling.size(), new_spelling);
        }
        if (!word.empty()) variant += (variant.empty() ? "" : " ") + word;
        start = end + 1;
    }
    if (variant == key || variant.empty()) return "";
    const Xapian::doccount variant_articles = db_.get_termfreq(schema::make_boolean_term(type.prefix, variant));
    if (variant_articles == 0 || variant_articles < db_.get_termfreq(schema::make_boolean_term(type.prefix, key)))
        return "";
    return variant;
}

std::string EntityNames::without_middle_names(const schema::EntityTypeSchema& type, const std::string& key) const {
    const auto first_end = key.find(' ');
    const auto last_start = key.rfind(' ');
    if (first_end == std::string::npos || first_end == last_start) return "";  // fewer than three words
    const std::string first = key.substr(0, first_end), last = key.substr(last_start + 1);
    const std::string shorter = first + ' ' + last;
    const Xapian::doccount shorter_articles = db_.get_termfreq(schema::make_boolean_term(type.prefix, shorter));
    if (shorter_articles == 0 || shorter_articles < db_.get_termfreq(schema::make_boolean_term(type.prefix, key)))
        return "";
    // The same person only when the news calls both by the same first or
    // last name ("Anies" after "Anies Rasyid Baswedan" and after "Anies
    // Baswedan"; never so for "Jang Woo Hyuk" and "Jang Hyuk").
    auto name_parts_used = [&](const std::string& name) {
        std::vector<std::string> used;
        for (const auto& form : uses(type.name_use_prefix, name)) {
            std::string normalized = schema::normalize_boolean_value(form.value);
            if (normalized == first || normalized == last) used.push_back(std::move(normalized));
        }
        return used;
    };
    const std::vector<std::string> of_key = name_parts_used(key);
    if (of_key.empty()) return "";
    for (const auto& part : name_parts_used(shorter))
        if (std::find(of_key.begin(), of_key.end(), part) != of_key.end()) return shorter;
    return "";
}

Xapian::doccount EntityNames::articles(const schema::EntityTypeSchema& type, std::string_view name) {
    // Every query looks up all its n-grams as names of each type: the answers
    // are kept (a batch or a server asks the same n-grams again).
    auto& counted = articles_as_given_[static_cast<std::size_t>(type.type)];
    if (const Xapian::doccount* known = counted.find(name)) return *known;
    const std::string normalized = schema::normalize_boolean_value(name);
    Xapian::doccount found = 0;
    // Cheap checks first: most n-grams of a query are neither a key nor a
    // form some article wrote.
    const std::string start = type.alias_prefix + normalized + schema::kNameUseSeparator;
    if (db_.term_exists(schema::make_boolean_term(type.prefix, normalized)) ||
        db_.allterms_begin(start) != db_.allterms_end(start))
        found = db_.get_termfreq(schema::make_boolean_term(type.prefix, resolve_normalized(type, normalized)));
    counted.insert(name, found);
    return found;
}

std::vector<std::string> EntityNames::group_keys(const schema::EntityTypeSchema& type, const std::string& key) {
    std::vector<std::string> keys{key};
    auto add = [&](std::string normalized) {
        if (keys.size() >= kMaxFilterKeys || std::find(keys.begin(), keys.end(), normalized) != keys.end()) return;
        if (db_.term_exists(schema::make_boolean_term(type.prefix, normalized)) &&
            resolve_normalized(type, normalized) == key)
            keys.push_back(std::move(normalized));
    };
    // The shorter forms written for the key that are keys of their own
    // elsewhere ("trump" in articles that never give the full name; a name
    // of as many words only resolves to another by the rules below).
    std::vector<Use> forms = uses(type.name_use_prefix, key);
    std::stable_sort(forms.begin(), forms.end(), [](const Use& a, const Use& b) { return a.documents > b.documents; });
    for (const auto& form : forms)
        if (std::string normalized = schema::normalize_boolean_value(form.value); is_shorter_name(normalized, key))
            add(std::move(normalized));
    // A person's names with middle names ("anies rasyid baswedan" for "anies
    // baswedan"): keys that start with its first word and end with its last.
    if (type.type == EntityType::Person && std::count(key.begin(), key.end(), ' ') == 1) {
        const std::string start = type.prefix + key.substr(0, key.find(' ') + 1);
        const std::string end = key.substr(key.find(' '));
        std::vector<std::string> longer;
        scan_forward(db_, remote_, scans_[type.prefix], type.prefix, start, [&](const std::string& term, const auto&) {
            std::string name = term.substr(std::string_view(type.prefix).size());
            if (name.size() > key.size() + 1 && name.compare(name.size() - end.size(), end.size(), end) == 0)
                longer.push_back(std::move(name));
        });
        for (auto& name : longer) add(std::move(name));  // add() resolves: it may move the scan
    }
    return keys;
}

std::vector<std::string> EntityNames::filter_terms(const schema::EntityTypeSchema& type, std::string_view name) {
    std::vector<std::string> terms;
    for (const auto& key : group_keys(type, resolve(type, name)))
        terms.push_back(schema::make_boolean_term(type.prefix, key));
    return terms;
}

const std::string& EntityNames::display_name(const schema::EntityTypeSchema& type, const std::string& key,
                                             const std::string& fallback) {
    const std::string memo_key = type.prefix + key;
    if (const std::string* shown = display_.find(memo_key)) return *shown;
    // The forms written for every key of the group ("Jokowi" both where an
    // article introduced it beside "Joko Widodo" and where it stands alone).
    std::map<std::string, Xapian::doccount> written;  // ordered: ties go to the first in byte order
    std::vector<std::string> members = group_keys(type, key);
    std::sort(members.begin(), members.end());  // uses() moves forward
    for (const auto& member : members)
        for (const auto& form : uses(type.name_use_prefix, member)) {
            // A part of the name ("Trump", "BPJS" of "BPJS Kesehatan") names
            // more than the whole when it stands alone: only the forms the
            // gazetteer folded into an organization or place count ("Jakarta").
            const bool own = member == key && type.type != EntityType::Person;
            if (!own) {
                const std::string normalized = schema::normalize_boolean_value(form.value);
                if (is_name_part(normalized, key) || is_name_part(normalized, member)) continue;
            }
            written[form.value] += form.documents;
        }
    const std::pair<const std::string, Xapian::doccount>* best = nullptr;
    for (const auto& entry : written)
        if (best == nullptr || entry.second > best->second) best = &entry;
    return display_.insert(memo_key, best != nullptr ? best->first : fallback);
}

}  // namespace telusur
