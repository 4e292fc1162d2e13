#include "common/facets.h"

#include "common/database.h"
#include "common/entities/entity_names.h"
#include "common/entities/one_thing.h"
#include "common/results.h"
#include "common/schema.h"
#include "common/text/unicode.h"

#include <algorithm>
#include <iterator>
#include <array>
#include <chrono>
#include <cstdio>
#include <string_view>

namespace telusur {

namespace {

/// Calls f(part) for each non-empty part of `joined` between separators.
template <class F>
void for_each_part(std::string_view joined, char separator, F&& f) {
    std::size_t start = 0;
    while (start < joined.size()) {
        std::size_t end = joined.find(separator, start);
        if (end == std::string_view::npos) end = joined.size();
        if (end > start) f(joined.substr(start, end - start));
        start = end + 1;
    }
}

/// Calls f(name) for each name of a '\n'-joined slot value.
template <class F>
void for_each_name(std::string_view joined, F&& f) {
    for_each_part(joined, '\n', f);
}

/// Calls f(word) for each word of a name, as name_words() splits it, with no
/// vector made (top() splits a few hundred names a query).
template <class F>
void for_each_word(std::string_view name, F&& f) {
    for_each_part(name, ' ', f);
}

/// The first 8 bytes of `name` as a big-endian number (zeros after a
/// shorter name): two names whose numbers differ sort as the numbers do
/// (std::string compares bytes as unsigned char).
std::uint64_t first_bytes_in_order(std::string_view name) {
    std::uint64_t bytes = 0;
    for (std::size_t i = 0; i < sizeof bytes; ++i)
        bytes = bytes << 8 | (i < name.size() ? static_cast<unsigned char>(name[i]) : 0u);
    return bytes;
}

/// A facet list's order: more articles first, then the better best match,
/// then by name (entities and fields alike).
bool listed_before(std::size_t count_a, double weight_a, std::string_view name_a, std::size_t count_b, double weight_b,
                   std::string_view name_b) {
    if (count_a != count_b) return count_a > count_b;
    if (weight_a != weight_b) return weight_a > weight_b;
    return name_a < name_b;
}

/// The n values listed first (listed_before()).
template <class Counts>  // value -> count, best weight
std::vector<FacetCount> top_counts(const Counts& counts, std::size_t n) {
    std::vector<const typename Counts::value_type*> sorted;
    for (const auto& entry : counts) sorted.push_back(&entry);
    std::sort(sorted.begin(), sorted.end(), [](const auto* a, const auto* b) {
        return listed_before(a->second.first, a->second.second, a->first, b->second.first, b->second.second, b->first);
    });
    if (sorted.size() > n) sorted.resize(n);
    std::vector<FacetCount> out;
    for (const auto* entry : sorted) out.push_back({entry->first, entry->second.first});
    return out;
}

std::vector<FacetCount> top_values(const Xapian::ValueCountMatchSpy& spy, std::size_t n) {
    std::vector<FacetCount> out;
    for (auto it = spy.top_values_begin(n); it != spy.top_values_end(n); ++it) out.push_back({*it, it.get_termfreq()});
    return out;
}

}  // namespace

EntityTally::EntityTally(EntityNames* names) : names_(names), by_type_(schema::kEntityTypes.size()) {}
EntityTally::~EntityTally() = default;
EntityTally::EntityTally(EntityTally&&) noexcept = default;

void EntityTally::add(const Xapian::Document& doc, double weight) {
    std::array<std::string, schema::kEntityTypes.size()> values;
    std::array<std::string_view, schema::kEntityTypes.size()> views;
    for (std::size_t t = 0; t < values.size(); ++t) views[t] = values[t] = doc.get_value(schema::kEntityTypes[t].slot);
    add(views.data(), weight);
}

void EntityTally::add(const std::string_view* entity_values, double weight) {
    // Names as indexed, once per article; they are resolved to keys in top(),
    // where an article naming one thing in two forms still counts once.
    const std::uint32_t article = articles_++;
    for (std::size_t t = 0; t < schema::kEntityTypes.size(); ++t)
        for_each_name(entity_values[t], [&](std::string_view name) {
            Tallies& tallies = by_type_[t];
            auto it = tallies.find(name);
            if (it == tallies.end()) it = tallies.emplace(std::string(name), Tally{}).first;
            count(it->second, article, weight);
        });
}

void EntityTally::add(FacetStore& store, const std::array<std::span<const std::uint32_t>, 3>& entity_ids,
                      double weight) {
    if (store_ == nullptr) {
        store_ = &store;
        // A top 100 names a few hundred of each type: no reallocation as they come.
        mentions_.resize(schema::kEntityTypes.size());
        for (auto& mentions : mentions_) mentions.reserve(kExpectedMentions);
    }
    const std::uint32_t article = articles_++;
    weights_.resize(article + 1);
    weights_[article] = weight;
    for (std::size_t t = 0; t < schema::kEntityTypes.size(); ++t)
        for (const std::uint32_t id : entity_ids[t]) mentions_[t].push_back(mention(id, article));
}

void EntityTally::count(Tally& tally, std::uint32_t article, double weight) {
    if (!tally.articles.empty() && tally.articles.back() == article) return;
    tally.articles.push_back(article);
    tally.best_weight = std::max(tally.best_weight, weight);
}

std::vector<const std::string*> EntityTally::resolve(std::size_t t, const std::vector<Named>& names, std::size_t n,
                                                     std::vector<std::string>& found) const {
    std::vector<const std::string*> keys(n);
    std::vector<NameLookup> lookups;
    std::vector<std::size_t> asked;  // of lookups[j]
    for (std::size_t i = 0; i < n; ++i) {
        if (const std::string* known = store_ != nullptr ? store_->resolved(t, names[i].id) : nullptr) {
            keys[i] = known;
        } else {
            lookups.push_back({&schema::kEntityTypes[t], names[i].name, nullptr});
            asked.push_back(i);
        }
    }
    found = look_up_in_term_order(*names_, lookups, NameLookupKind::Resolve);
    for (std::size_t j = 0; j < asked.size(); ++j)
        keys[asked[j]] = store_ != nullptr ? &store_->set_resolved(t, names[asked[j]].id, found[j]) : &found[j];
    return keys;
}

std::vector<EntityTally::Named> EntityTally::named(std::size_t t, std::vector<std::uint32_t>& articles) const {
    std::vector<Named> names;
    names.reserve(by_type_[t].size());
    for (const auto& [name, tally] : by_type_[t])
        names.push_back(
            {&name, tally.articles, tally.best_weight, 0, static_cast<std::uint32_t>(tally.articles.size())});
    if (store_ == nullptr) return names;
    // By id, in two passes over the mentions (in article order): each name's
    // count and best weight, then its articles in place. A table by id in
    // store_ (left zero) finds a name's entry: sorting the mentions cost more.
    const std::vector<Mention>& mentions = mentions_[t];
    std::vector<std::uint32_t>& entry_of = store_->id_table();  // id -> index in names + 1
    constexpr std::uint32_t kNone = ~std::uint32_t{0};
    const std::size_t first = names.size();                 // the names added by ids
    std::vector<std::uint32_t> last(names.size(), kNone);  // of names[i]: the last article counted
    for (const Mention m : mentions) {
        const auto id = static_cast<std::uint32_t>(m >> 32);
        const auto article = static_cast<std::uint32_t>(m);
        std::uint32_t& entry = entry_of[id];
        if (entry == 0) {
            names.push_back({&store_->string(id), {}, weights_[article], id, 1});
            last.push_back(article);
            entry = static_cast<std::uint32_t>(names.size());
        } else if (last[entry - 1] != article) {  // once per article
            last[entry - 1] = article;
            Named& name = names[entry - 1];
            ++name.count;
            name.best_weight = std::max(name.best_weight, weights_[article]);
        }
    }
    std::vector<std::uint32_t> next(names.size());  // where names[i]'s next article goes
    std::uint32_t total = 0;
    for (std::size_t i = first; i < names.size(); ++i) {
        next[i] = total;
        total += names[i].count;
        last[i] = kNone;
    }
    articles.resize(total);  // no reallocation below: the spans view it
    for (const Mention m : mentions) {
        const std::uint32_t i = entry_of[m >> 32] - 1;
        const auto article = static_cast<std::uint32_t>(m);
        if (last[i] != article) articles[next[i]++] = last[i] = article;
    }
    for (std::size_t i = first; i < names.size(); ++i) {
        names[i].articles = std::span<const std::uint32_t>(articles).subspan(next[i] - names[i].count, names[i].count);
        entry_of[names[i].id] = 0;
    }
    return names;
}

void EntityTally::most_frequent_first(std::vector<Named>& names, std::size_t n) {
    if (n == 0) return;
    if (n < names.size()) {
        // The names counted less than the n-th never come first: left out
        // before any name is compared (most names of a top 100 are named once).
        std::vector<std::uint32_t> counts(names.size());
        for (std::size_t i = 0; i < names.size(); ++i) counts[i] = names[i].count;
        std::nth_element(counts.begin(), counts.begin() + static_cast<long>(n - 1), counts.end(), std::greater<>());
        const std::uint32_t nth = counts[n - 1];
        names.erase(std::partition(names.begin(), names.end(), [&](const Named& name) { return name.count >= nth; }),
                    names.end());
    }
    // The names left tie at the n-th count by the hundred (a top 100 names
    // most things once), each compared by name with the heap's top: sorted
    // by their first bytes as a number, the whole names compared only where
    // those are equal (the string compares were most of this function).
    struct Sortable {
        std::uint32_t count;
        std::uint64_t first_bytes;
        const Named* named;
    };
    std::vector<Sortable> sortable;
    sortable.reserve(names.size());
    for (const Named& name : names) sortable.push_back({name.count, first_bytes_in_order(*name.name), &name});
    std::partial_sort(sortable.begin(), sortable.begin() + static_cast<long>(n), sortable.end(),
                      [](const Sortable& a, const Sortable& b) {
                          if (a.count != b.count) return a.count > b.count;
                          if (a.first_bytes != b.first_bytes) return a.first_bytes < b.first_bytes;
                          return *a.named->name < *b.named->name;
                      });
    std::vector<Named> sorted;
    sorted.reserve(names.size());
    for (const Sortable& name : sortable) sorted.push_back(*name.named);
    names = std::move(sorted);
}

void EntityTally::top(std::size_t values, std::map<std::string, std::vector<FacetCount>>& out) const {
    // A key's (or a shown name's) articles, each once.
    struct Group {
        const std::string* name;        ///< the key, or the name shown
        const std::string* first_name;  ///< the key's most frequent name as indexed: the display name's fallback
        std::vector<std::uint32_t> articles;
        double best_weight = 0;
        /// The names as indexed it counts, with their articles (FacetCount::also).
        std::vector<std::pair<const std::string*, std::size_t>> names = {};
        /// Adds another key's names and articles.
        void join(const Group& other) {
            names.insert(names.end(), other.names.begin(), other.names.end());
            join(other.articles, other.best_weight);
        }
        /// Adds another name's (or key's) articles, each article once.
        void join(std::span<const std::uint32_t> more, double weight) {
            best_weight = std::max(best_weight, weight);
            if (articles.empty()) {  // most keys have one name
                articles.assign(more.begin(), more.end());
                return;
            }
            std::vector<std::uint32_t> merged;
            merged.reserve(articles.size() + more.size());
            std::set_union(articles.begin(), articles.end(), more.begin(), more.end(), std::back_inserter(merged));
            articles = std::move(merged);
        }
    };
    // The n groups listed first (listed_before()).
    auto first_of = [](std::vector<Group>& groups, std::size_t n) {
        const auto before = [](const Group& a, const Group& b) {
            return listed_before(a.articles.size(), a.best_weight, *a.name, b.articles.size(), b.best_weight, *b.name);
        };
        n = std::min(n, groups.size());
        std::partial_sort(groups.begin(), groups.begin() + static_cast<long>(n), groups.end(), before);
        groups.resize(n);
    };
    // An entry's names other than the one shown, each once, most articles first.
    const auto other_names = [](Group& entry) {
        std::stable_sort(entry.names.begin(), entry.names.end(),
                         [](const auto& a, const auto& b) { return a.second > b.second; });
        std::vector<std::string> seen{schema::normalize_boolean_value(*entry.name)};
        std::vector<std::string> also;
        for (const auto& [name, articles] : entry.names) {
            std::string normalized = schema::normalize_boolean_value(*name);
            if (std::find(seen.begin(), seen.end(), normalized) != seen.end()) continue;
            seen.push_back(std::move(normalized));
            also.push_back(*name);
        }
        return also;
    };
    for (std::size_t t = 0; t < schema::kEntityTypes.size(); ++t) {
        const auto& type = schema::kEntityTypes[t];
        // The most frequent names as indexed...
        std::vector<std::uint32_t> name_articles;
        std::vector<Named> names = named(t, name_articles);
        const std::size_t resolved = std::min(names.size(), values * kResolvedPerValue);
        // ... and rarer ones, counted for the keys those resolve to and no
        // other (a form the filter selects: "Presiden Jokowi" once).
        const std::size_t counted = names_ != nullptr ? std::min(names.size(), values * kCountedPerValue) : resolved;
        most_frequent_first(names, counted);
        // ... grouped by the key they resolve to (in key order), each article once.
        std::vector<std::string> found_keys;  // keys not in store_'s memo
        std::vector<const std::string*> keys =
            names_ != nullptr ? resolve(t, names, resolved, found_keys) : std::vector<const std::string*>(resolved);
        if (names_ == nullptr)
            for (std::size_t i = 0; i < resolved; ++i) keys[i] = names[i].name;
        std::vector<std::size_t> by_key(resolved);  // of names[i], in key order, each key's most frequent name first
        for (std::size_t i = 0; i < resolved; ++i) by_key[i] = i;
        std::sort(by_key.begin(), by_key.end(), [&](std::size_t a, std::size_t b) {
            if (const int c = keys[a]->compare(*keys[b]); c != 0) return c < 0;
            return a < b;
        });
        std::vector<Group> groups;
        std::vector<std::string> group_keys;
        std::vector<std::size_t> group_articles;
        std::vector<std::vector<std::string>> group_forms;  // names as indexed, normalized, other than the key
        std::vector<const KeyShape*> group_shapes;          // with store_
        for (std::size_t at = 0; at < resolved; ++at) {
            const std::size_t i = by_key[at];
            if (groups.empty() || *groups.back().name != *keys[i]) {
                groups.push_back({keys[i], names[i].name, {}, 0});
                if (names_ != nullptr) {
                    group_keys.push_back(*keys[i]);
                    group_forms.emplace_back();
                    if (store_ != nullptr) group_shapes.push_back(store_->resolved_shape(t, names[i].id));
                }
            }
            groups.back().join(names[i].articles, names[i].best_weight);
            groups.back().names.emplace_back(names[i].name, names[i].articles.size());
            if (names_ == nullptr) continue;
            // Names the alias table keeps apart that name one thing in the
            // articles counted ("Laode" beside "Laode M Syarif").
            if (store_ != nullptr) {
                if (const std::string& form = store_->normalized(names[i].id); form != *keys[i])
                    group_forms.back().push_back(form);
            } else if (std::string form = schema::normalize_boolean_value(*names[i].name); form != *keys[i]) {
                group_forms.back().push_back(std::move(form));
            }
        }
        if (names_ != nullptr) {
            for (const Group& group : groups) group_articles.push_back(group.articles.size());
            const auto join = [&] {
                return store_ != nullptr
                           ? same_thing_as(type, *names_, group_keys, group_shapes, group_articles, group_forms)
                           : same_thing_as(type, *names_, group_keys, group_articles, group_forms);
            };
            // A list met before on this revision (a query asked again or
            // paged) is not joined again: same_thing_as() depends on the
            // list and the database alone.
            const std::vector<std::size_t> into =
                store_ != nullptr && group_keys.size() > 1
                    ? store_->joins().joins(type, group_keys, group_articles, group_forms, join)
                    : join();
            // The rarer names join the entry of their key, after the joins
            // above (which read the counts of the most frequent names only).
            // Only a name sharing a word with a listed one is resolved
            // ("Presiden Jokowi" beside "Jokowi"): resolving is the cost.
            // A sorted vector: a hash set's nodes cost more than its look-ups saved.
            std::vector<std::string_view> listed_words;
            for (const Group& group : groups)
                for (const auto& [name, articles] : group.names)
                    for_each_word(*name, [&](std::string_view word) { listed_words.push_back(word); });
            std::sort(listed_words.begin(), listed_words.end());
            listed_words.erase(std::unique(listed_words.begin(), listed_words.end()), listed_words.end());
            std::vector<Named> rarer;
            for (std::size_t i = resolved; i < counted; ++i) {
                bool shares_a_word = false;
                for_each_word(*names[i].name, [&](std::string_view word) {
                    shares_a_word = shares_a_word || std::binary_search(listed_words.begin(), listed_words.end(), word);
                });
                if (shares_a_word) rarer.push_back(names[i]);
            }
            std::vector<std::string> rarer_found;
            const std::vector<const std::string*> rarer_keys = resolve(t, rarer, rarer.size(), rarer_found);
            for (std::size_t i = 0; i < rarer.size(); ++i) {
                const auto key = std::lower_bound(group_keys.begin(), group_keys.end(), *rarer_keys[i]);
                if (key == group_keys.end() || *key != *rarer_keys[i]) continue;
                Group& entry = groups[into[static_cast<std::size_t>(key - group_keys.begin())]];
                entry.join(rarer[i].articles, rarer[i].best_weight);
                entry.names.emplace_back(rarer[i].name, rarer[i].articles.size());
            }
            for (std::size_t i = 0; i < into.size(); ++i)
                if (into[i] != i) groups[into[i]].join(groups[i]);
            std::size_t kept = 0;
            for (std::size_t i = 0; i < into.size(); ++i)
                if (into[i] == i && kept++ != i) groups[kept - 1] = std::move(groups[i]);
            groups.resize(kept);
        }
        // A few more than shown: two keys may show one name (a misspelt
        // expansion shown as its acronym, "KPK"), one entry, each article once.
        first_of(groups, values + kSpareForSameName);
        std::vector<std::string> shown_names;  // of groups[i]
        if (names_ != nullptr) {
            std::vector<NameLookup> lookups;
            for (const Group& group : groups) lookups.push_back({&type, group.name, group.first_name});
            shown_names = look_up_in_term_order(*names_, lookups, NameLookupKind::DisplayName);
        } else {
            for (const Group& group : groups) shown_names.push_back(*group.first_name);
        }
        std::vector<Group> shown;
        for (std::size_t i = 0; i < groups.size(); ++i) {
            auto it = std::find_if(shown.begin(), shown.end(),
                                   [&](const Group& entry) { return *entry.name == shown_names[i]; });
            Group& entry = it != shown.end() ? *it : shown.emplace_back(Group{&shown_names[i], nullptr, {}, 0});
            entry.join(groups[i]);
        }
        first_of(shown, values);
        std::vector<FacetCount>& list = out[type.json_key];
        list.clear();
        for (Group& entry : shown)
            list.push_back({*entry.name, static_cast<Xapian::doccount>(entry.articles.size()), other_names(entry)});
    }
}

namespace {
/// The slots FacetTally reads: date, source, category, then the entity slots.
constexpr std::size_t kFirstEntity = 3;
constexpr std::size_t kTallySlots = kFirstEntity + schema::kEntityTypes.size();
Xapian::valueno tally_slot(std::size_t i) {
    if (i == 0) return schema::kSlotDate;
    if (i == 1) return schema::kSlotSource;
    if (i == 2) return schema::kSlotCategory;
    return schema::kEntityTypes[i - kFirstEntity].slot;
}

/// Views of the six values kSlotFacets joins, in tally_slot() order (all
/// empty when `joined` is not a kSlotFacets value); false when it is not.
template <class Values>
bool split_facet_values(std::string_view joined, Values& values) {
    const auto fields = schema::FacetValues::decode(joined);
    if (!fields) return false;
    values[0] = fields->date;
    values[1] = fields->source;
    values[2] = fields->category;
    for (std::size_t t = 0; t < fields->entities.size(); ++t) values[kFirstEntity + t] = fields->entities[t];
    return true;
}

}  // namespace

FacetStore::FacetStore(const Xapian::Database& db) : last_docid_(db.get_lastdocid()), starts_(last_docid_ + 2, 0) {
    intern("");  // id 0: an empty field
    Xapian::docid next = 1;
    for (auto it = db.valuestream_begin(schema::kSlotFacets); it != db.valuestream_end(schema::kSlotFacets); ++it) {
        for (; next <= it.get_docid(); ++next) starts_[next] = static_cast<std::uint32_t>(ids_.size());
        const std::string value = *it;
        const auto fields = schema::FacetValues::decode(value);
        if (!fields) continue;  // read as no value, as FacetTally::add() reads it
        ids_.insert(ids_.end(), {intern(fields->date), intern(fields->source), intern(fields->category)});
        const std::size_t counts = ids_.size();
        ids_.resize(counts + fields->entities.size());
        for (std::size_t t = 0; t < fields->entities.size(); ++t) {
            const std::size_t before = ids_.size();
            for_each_name(fields->entities[t], [&](std::string_view name) { ids_.push_back(intern(name)); });
            ids_[counts + t] = static_cast<std::uint32_t>(ids_.size() - before);
        }
    }
    for (; next < starts_.size(); ++next) starts_[next] = static_cast<std::uint32_t>(ids_.size());
    interned_ = {};  // the strings are looked up by id from now on
    for (auto& memo : resolved_) memo.assign(strings_.size(), 0);
    normalized_at_.assign(strings_.size(), 0);
    id_table_.assign(strings_.size(), 0);
    joins_ = std::make_unique<JoinMemo>();
}

FacetStore::~FacetStore() = default;

std::uint32_t FacetStore::intern(std::string_view value) {
    if (const auto it = interned_.find(value); it != interned_.end()) return it->second;
    const auto id = static_cast<std::uint32_t>(strings_.size());
    strings_.emplace_back(value);
    interned_.emplace(strings_.back(), id);  // a view of the stored copy
    return id;
}

FacetStore::Fields FacetStore::fields(Xapian::docid docid) const {
    Fields out;
    if (docid + 1 >= starts_.size() || starts_[docid] == starts_[docid + 1]) return out;
    const std::uint32_t* at = ids_.data() + starts_[docid];
    out.date = at[0];
    out.source = at[1];
    out.category = at[2];
    const std::uint32_t* name = at + 3 + out.entities.size();
    for (std::size_t t = 0; t < out.entities.size(); ++t) {
        out.entities[t] = {name, at[3 + t]};
        name += at[3 + t];
    }
    return out;
}

const std::string* FacetStore::resolved(std::size_t type, std::uint32_t id) const {
    const std::uint32_t at = resolved_[type][id];
    return at == 0 ? nullptr : &keys_[at - 1].key;
}

const KeyShape* FacetStore::resolved_shape(std::size_t type, std::uint32_t id) {
    Resolved& resolved = keys_.at(resolved_[type][id] - 1);
    if (!resolved.shape) resolved.shape = key_shape(schema::kEntityTypes[type], resolved.key);
    return resolved.shape.get();
}

const std::string& FacetStore::set_resolved(std::size_t type, std::uint32_t id, const std::string& key) {
    keys_.push_back({key, nullptr});
    resolved_[type][id] = static_cast<std::uint32_t>(keys_.size());
    return keys_.back().key;
}

const std::string& FacetStore::normalized(std::uint32_t id) {
    std::uint32_t& at = normalized_at_[id];
    if (at == 0) {
        normalized_.push_back(schema::normalize_boolean_value(strings_[id]));
        at = static_cast<std::uint32_t>(normalized_.size());
    }
    return normalized_[at - 1];
}

FacetValueMemo::FacetValueMemo(const Xapian::Database& db) : joined_(every_article_has(db, schema::kSlotFacets)) {}
FacetValueMemo::~FacetValueMemo() = default;

FacetStore* FacetValueMemo::every_article(const Xapian::Database& db) {
    if (store_ && store_->outdated(db)) store_.reset();
    if (!store_ && ++queries_ > 1 && joined_ && db.get_lastdocid() <= FacetStore::kMaxDocid)
        store_ = std::make_unique<FacetStore>(db);
    return store_.get();
}

void FacetTally::add(const Xapian::Database& db, const std::vector<Article>& articles, FacetValueMemo* memo) {
    static_assert(std::tuple_size_v<Values> == kTallySlots);
    // Every article in memory (a long-lived searcher): nothing to read.
    if (FacetStore* store = memo != nullptr ? memo->every_article(db) : nullptr) {
        add(*store, articles);
        memo->hits += articles.size();
        return;
    }
    std::vector<Values> values(articles.size());
    // The articles whose values are read, in docid order.
    std::vector<std::size_t> order;
    // Calls f(article index, value) for each article of `order` with a value in slot.
    auto read_slot = [&](Xapian::valueno slot, auto&& f) {
        auto stream = db.valuestream_begin(slot);
        const auto end = db.valuestream_end(slot);
        for (const std::size_t a : order) {
            if (stream == end) break;
            stream.skip_to(articles[a].docid);
            if (stream != end && stream.get_docid() == articles[a].docid) f(a, *stream);
        }
    };
    auto sort_order = [&] {
        std::sort(order.begin(), order.end(),
                  [&](std::size_t x, std::size_t y) { return articles[x].docid < articles[y].docid; });
    };
    if (memo != nullptr ? memo->joined() : every_article_has(db, schema::kSlotFacets)) {
        // Every article has the joined slot (schema version 4): one stream,
        // its values kept whole and tallied through views (the tally copies
        // what it keeps, so a memoized value is tallied before an insert may
        // evict it). The order articles are tallied in changes no count.
        for (std::size_t a = 0; a < articles.size(); ++a) {
            if (const std::string* known = memo != nullptr ? memo->find(articles[a].docid) : nullptr) {
                split_facet_values(*known, values[a]);
                add(values[a], articles[a].weight);
            } else {
                order.push_back(a);
            }
        }
        sort_order();
        std::vector<std::string> read(articles.size());
        read_slot(schema::kSlotFacets, [&](std::size_t a, std::string value) { read[a] = std::move(value); });
        for (const std::size_t a : order) {
            split_facet_values(read[a], values[a]);
            add(values[a], articles[a].weight);
        }
        if (memo != nullptr) {
            memo->hits += articles.size() - order.size();
            memo->misses += order.size();
            for (const std::size_t a : order) memo->insert(articles[a].docid, std::move(read[a]));
        }
        return;
    }
    for (std::size_t a = 0; a < articles.size(); ++a) order.push_back(a);
    sort_order();
    std::vector<std::array<std::string, kTallySlots>> slots(articles.size());
    for (std::size_t i = 0; i < kTallySlots; ++i)
        read_slot(tally_slot(i), [&](std::size_t a, std::string value) { slots[a][i] = std::move(value); });
    for (std::size_t a = 0; a < articles.size(); ++a) {
        for (std::size_t i = 0; i < kTallySlots; ++i) values[a][i] = slots[a][i];
        add(values[a], articles[a].weight);
    }
}

void FacetTally::add(FacetStore& store, const std::vector<Article>& articles) {
    // Date, source and category by id, each distinct value then counted
    // once (a look-up by string per article and field cost more).
    std::array<std::vector<std::pair<std::uint32_t, double>>, kFields> field_ids;
    for (const Article& article : articles) {
        const FacetStore::Fields fields = store.fields(article.docid);
        ++articles_;
        entities_.add(store, fields.entities, article.weight);
        field_ids[kDate].emplace_back(fields.date, article.weight);
        field_ids[kSource].emplace_back(fields.source, article.weight);
        field_ids[kCategory].emplace_back(fields.category, article.weight);
    }
    for (std::size_t f = 0; f < kFields; ++f) {
        auto& ids = field_ids[f];
        std::sort(ids.begin(), ids.end());
        for (std::size_t first = 0, end = 0; first < ids.size(); first = end) {
            double best_weight = 0;
            for (end = first; end < ids.size() && ids[end].first == ids[first].first; ++end)
                best_weight = std::max(best_weight, ids[end].second);
            count_field(static_cast<Field>(f), store.string(ids[first].first),
                        static_cast<Xapian::doccount>(end - first), best_weight);
        }
    }
}

void FacetTally::add(const Xapian::Document& doc, double weight) {
    const std::string joined = doc.get_value(schema::kSlotFacets);
    Values values;
    if (split_facet_values(joined, values)) return add(values, weight);
    std::array<std::string, kTallySlots> slots;
    for (std::size_t i = 0; i < kTallySlots; ++i) values[i] = slots[i] = doc.get_value(tally_slot(i));
    add(values, weight);
}

void FacetTally::add(const Values& values, double weight) {
    ++articles_;
    entities_.add(values.data() + kFirstEntity, weight);
    count_fields(values[0], values[1], values[2], weight);
}

void FacetTally::count_fields(std::string_view date, std::string_view source, std::string_view category,
                              double weight) {
    count_field(kSource, source, 1, weight);
    count_field(kCategory, category, 1, weight);
    count_field(kDate, date, 1, weight);
}

void FacetTally::count_field(Field field, std::string_view value, Xapian::doccount articles, double weight) {
    if (value.empty()) return;
    if (field == kDate) {
        per_day_[std::string(value)] += articles;
        return;
    }
    auto& counts = field == kSource ? sources_ : categories_;
    auto it = counts.find(value);
    if (it == counts.end()) it = counts.emplace(std::string(value), std::pair<Xapian::doccount, double>{}).first;
    it->second.first += articles;
    it->second.second = std::max(it->second.second, weight);
}

FacetCounts FacetTally::counts(std::size_t values) const {
    FacetCounts out;
    out.facets["source"] = top_counts(sources_, values);
    out.facets["category"] = top_counts(categories_, values);
    entities_.top(values, out.facets);
    out.timeline = make_timeline(per_day_);
    return out;
}

/// Tallies the entity slots of every match (Xapian's ValueCountMatchSpy
/// counts whole values only, and knows no aliases).
class EntityMatchSpy : public Xapian::MatchSpy {
public:
    explicit EntityMatchSpy(EntityNames* names) : tally_(names) {}
    void operator()(const Xapian::Document& doc, double weight) override { tally_.add(doc, weight); }
    std::string name() const override { return "Telusur::EntityMatchSpy"; }
    EntityTally& tally() { return tally_; }

private:
    EntityTally tally_;
};

FacetCollector::FacetCollector(const Xapian::Database& db, bool remote, EntityNames* names)
    : db_(db),
      remote_(remote),
      source_spy_(schema::kSlotSource),
      category_spy_(schema::kSlotCategory),
      date_spy_(schema::kSlotDate),
      entity_spy_(std::make_unique<EntityMatchSpy>(names)) {}

FacetCollector::~FacetCollector() = default;

void FacetCollector::attach(Xapian::Enquire& enquire) {
    enquire.add_matchspy(&source_spy_);
    enquire.add_matchspy(&category_spy_);
    enquire.add_matchspy(&date_spy_);
    if (!remote_) enquire.add_matchspy(entity_spy_.get());
}

FacetCounts FacetCollector::collect(Xapian::Enquire& enquire, std::size_t values) {
    FacetCounts out;
    out.facets["source"] = top_values(source_spy_, values);
    out.facets["category"] = top_values(category_spy_, values);
    std::map<std::string, Xapian::doccount> per_day;
    for (auto it = date_spy_.values_begin(); it != date_spy_.values_end(); ++it) per_day[*it] = it.get_termfreq();
    out.timeline = make_timeline(per_day);
    if (remote_) {
        // Count on the client, over every match (each match's document is
        // fetched once). The spies come off first: a second match would
        // count every value again.
        enquire.clear_matchspies();
        Xapian::MSet all = enquire.get_mset(0, db_.get_doccount());
        all.fetch();  // the documents in a few round trips, not one per match
        for (auto it = all.begin(); it != all.end(); ++it) entity_spy_->tally().add(it.get_document(), it.get_weight());
    }
    entity_spy_->tally().top(values, out.facets);
    return out;
}

Timeline make_timeline(const std::map<std::string, Xapian::doccount>& per_day) {
    using namespace std::chrono;
    Timeline timeline;
    auto parse_day = [](const std::string& yyyymmdd) {
        return year_month_day{year{std::stoi(yyyymmdd.substr(0, 4))},
                              month{static_cast<unsigned>(std::stoi(yyyymmdd.substr(4, 2)))},
                              day{static_cast<unsigned>(std::stoi(yyyymmdd.substr(6, 2)))}};
    };
    std::map<sys_days, Xapian::doccount> dated;
    for (const auto& [value, count] : per_day) {
        if (value.size() != 8 || !text::all_ascii_digits(value)) continue;
        const auto ymd = parse_day(value);
        if (ymd.ok()) dated[sys_days{ymd}] += count;
    }
    if (dated.empty()) return timeline;
    const auto span = (dated.rbegin()->first - dated.begin()->first).count();
    timeline.granularity = span <= 45 ? "day" : span <= 366 ? "week" : "month";

    auto label = [&](sys_days d) {
        char text[16];
        const year_month_day ymd{d};
        if (timeline.granularity == "month")
            std::snprintf(text, sizeof text, "%04d-%02u", static_cast<int>(ymd.year()),
                          static_cast<unsigned>(ymd.month()));
        else
            std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                          static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
        return std::string(text);
    };
    auto bucket_start = [&](sys_days d) {
        if (timeline.granularity == "week") return d - (weekday{d} - Monday);  // ISO weeks start on Monday
        if (timeline.granularity == "month") {
            const year_month_day ymd{d};
            return sys_days{ymd.year() / ymd.month() / 1};
        }
        return d;
    };
    auto next_bucket = [&](sys_days d) {
        if (timeline.granularity == "week") return d + days{7};
        if (timeline.granularity == "month") {
            const year_month_day ymd{d};
            return sys_days{(ymd.year() / ymd.month() + months{1}) / 1};
        }
        return d + days{1};
    };
    std::map<sys_days, Xapian::doccount> buckets;
    for (const auto& [d, count] : dated) buckets[bucket_start(d)] += count;
    // Empty periods are shown too, so the bars keep their place in time.
    for (sys_days d = buckets.begin()->first; d <= buckets.rbegin()->first; d = next_bucket(d)) {
        const auto it = buckets.find(d);
        timeline.buckets.push_back({label(d), it == buckets.end() ? 0 : it->second});
    }
    return timeline;
}

}  // namespace telusur
