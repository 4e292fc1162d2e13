// Entity names as one database uses them, read from its name-use terms
// (schema.h: every article records, per entity, the forms it was written in).
// Document frequencies of those terms are summed over shards and remote
// databases like any term's, so one database and its parts resolve alike.
//
//  * resolve(): the key a name stands for in this database. A short name that,
//    wherever an article named it beside a full name, nearly always meant the
//    same one ("Trump" -> "donald trump") stands for that full name
//    everywhere; a form the gazetteer folded ("Korut") stands for its key; a
//    person's name with middle names stands for the more common name without
//    them when the news calls both by the same first or last name; a
//    spelling variant (hyphens, the spelling before 1972) stands for the
//    spelling the news uses more.
//  * display_name(): the form the news writes most ("G7", "Jokowi").
//  * filter_keys(): every key whose articles an entity filter should match.
//
// Not thread-safe (it memoizes); one per Xapian::Database handle, like the
// handle itself.
#pragma once

#include "common/clock_cache.h"
#include "common/schema.h"

#include <xapian.h>

#include <array>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace telusur {

class EntityNames {
public:
    /// The share of an ambiguous short name's resolved uses that must go to
    /// one key for the name to stand for it everywhere.
    static constexpr double kDominantShare = 0.8;
    /// Resolved uses needed before a short name stands for a longer key (a
    /// name folded once is not yet a pattern).
    static constexpr Xapian::doccount kMinResolvedUses = 3;
    /// ... and at least this share of the articles that name it alone.
    static constexpr double kMinShareOfAlone = 0.2;

    /// `remote`: a shard is a remote database, where opening a term iterator
    /// on a type's whole prefix would transfer every name of that type.
    explicit EntityNames(const Xapian::Database& db, bool remote = false) : db_(db), remote_(remote) {}

    const Xapian::Database& database() const { return db_; }

    /// The key (schema::normalize_boolean_value form) that `name`, an indexed
    /// canonical name or what a user typed, stands for; the normalized name
    /// itself when the database knows no other meaning.
    const std::string& resolve(const schema::EntityTypeSchema& type, std::string_view name);

    /// How many articles name the entity `name` resolves to (the articles of
    /// its key); 0 when the database knows `name` neither as a key of this
    /// type nor as a form some article wrote.
    Xapian::doccount articles(const schema::EntityTypeSchema& type, std::string_view name);

    /// The entity terms (prefix + key) a filter on `name` matches: the key it
    /// resolves to and every other key that resolves to the same (at most
    /// kMaxFilterKeys, most used first).
    std::vector<std::string> filter_terms(const schema::EntityTypeSchema& type, std::string_view name);
    static constexpr std::size_t kMaxFilterKeys = 32;

    /// The form the news writes `key` in most often, counted over every key
    /// that resolves to it ("Jokowi" where it stands alone too; ties: the
    /// first in byte order, so it is stable); for people, surnames and first
    /// names used after a full mention do not count as forms of the full
    /// name. `fallback` when the database has no name-use terms for the key
    /// (older indexing).
    const std::string& display_name(const schema::EntityTypeSchema& type, const std::string& key,
                                    const std::string& fallback);

private:
    /// resolve() of a name already in normalize_boolean_value() form.
    const std::string& resolve_normalized(const schema::EntityTypeSchema& type, const std::string& normalized);
    struct Use {
        std::string value;  ///< the part after the separator
        Xapian::doccount documents = 0;
    };
    /// `key` spelled as the news spells it more often, else "": hyphens as
    /// spaces, the spelling before 1972 ("oe", "dj", "tj") as after.
    std::string common_spelling(const schema::EntityTypeSchema& type, const std::string& key) const;
    /// first + last word of a person's `key` of three words or more when
    /// that is the same person's more common name ("anies baswedan" for
    /// "anies rasyid baswedan"), else "".
    std::string without_middle_names(const schema::EntityTypeSchema& type, const std::string& key) const;
    /// `key` and the other keys that resolve to it, most used forms first
    /// (at most kMaxFilterKeys).
    std::vector<std::string> group_keys(const schema::EntityTypeSchema& type, const std::string& key);
    /// Terms prefix + head + separator + *, with their document frequencies.
    std::vector<Use> uses(const std::string& prefix, const std::string& head) const;

    /// Entries per memo. A faceted query resolves a few thousand names, a
    /// server sees unbounded ones: the memos keep the names looked up again
    /// (ClockCache), so memory stops growing without losing the common ones.
    static constexpr std::size_t kMaxMemo = 1 << 15;
    Xapian::Database db_;
    bool remote_;
    /// uses()' term iterator per prefix, reused while look-ups go forward.
    struct Scan {
        Xapian::TermIterator it;
        std::string last_start;
        bool open = false;
    };
    mutable std::map<std::string, Scan> scans_;
    ClockCache<std::string> resolved_{kMaxMemo};  ///< type prefix + name -> key
    /// Per type, names as given -> key: facets resolve thousands of names
    /// per query, and normalizing each again cost more than the look-up.
    template <class Value>
    using PerType = std::array<ClockCache<Value>, 3>;
    static_assert(schema::kEntityTypes.size() == 3);
    PerType<std::string> resolved_as_given_{ClockCache<std::string>(kMaxMemo), ClockCache<std::string>(kMaxMemo),
                                            ClockCache<std::string>(kMaxMemo)};
    ///< per type, names as given -> articles()
    PerType<Xapian::doccount> articles_as_given_{ClockCache<Xapian::doccount>(kMaxMemo),
                                                 ClockCache<Xapian::doccount>(kMaxMemo),
                                                 ClockCache<Xapian::doccount>(kMaxMemo)};
    ClockCache<std::string> display_{kMaxMemo};  ///< type prefix + key -> display name
};

}  // namespace telusur
