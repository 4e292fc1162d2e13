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
//    spelling the news uses more (either way round); a designator or legal
//    form ("Provinsi Riau", "PT Pertamina", "KH Ma'ruf Amin") stands for the
//    name without it; a club or body named with its home place ("Persib
//    Bandung") for its own name; a one-word name (nickname, acronym) that the
//    articles naming it nearly always name beside one longer name ("Emil" /
//    "Ridwan Kamil", "UGM" / "Universitas Gadjah Mada") for that name.
//  * display_name(): the form the news writes most ("G7", "Jokowi").
//  * filter_keys(): every key whose articles an entity filter should match.
//
// Not thread-safe (it memoizes); one per Xapian::Database handle, like the
// handle itself.
#pragma once

#include "common/schema.h"

#include <xapian.h>

#include <array>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace telusur {

/// The designator and legal-form words of a type (normalized) that
/// EntityNames drops before or after a name ("provinsi", "pt", "kh").
const std::vector<std::string_view>& entity_designators(EntityType type);

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

    /// A one-word name stands for the longer name of its type that this share
    /// of its sampled articles name too, when its letters spell that name
    /// (acronym, syllables: "ugm", "tangsel", "bamsoet") ...
    static constexpr double kCooccurringShareSpelled = 0.5;
    /// ... or, for people, without spelling it (nicknames: "emil", "ahok").
    static constexpr double kCooccurringShareNickname = 0.7;
    /// Sampled articles naming both that a co-occurrence needs (fewer are
    /// chance: a team-mate, a co-star).
    static constexpr Xapian::doccount kMinCooccurrences = 5;
    /// Articles of a one-word name read for those counts (evenly spread).
    static constexpr Xapian::doccount kCooccurrenceSample = 100;
    /// An organization named with a place ("persib bandung") stands for its
    /// own name ("persib") when it has at least this share of the articles
    /// of all "<name> <place>" keys (not "polda metro jaya": Polda is every
    /// province's police) ...
    static constexpr double kHomePlaceShare = 0.7;
    /// ... and the name alone at least this share of its articles.
    static constexpr double kHomePlaceMinOwnShare = 0.1;
    /// Articles a place needs to count as one for that rule.
    static constexpr Xapian::doccount kMinPlaceArticles = 5;
    /// "<name> *" keys read for that rule.
    static constexpr std::size_t kMaxHomePlaceScan = 300;
    /// Longest one-word organization or place name the co-occurrence rule
    /// takes for a short form.
    static constexpr std::size_t kMaxShortFormLength = 8;

    /// Whether a one-word `name`'s letters spell `full` in order, starting at
    /// the first letter of one of its words: an acronym or syllable short
    /// form ("ugm", "bawaslu", "tangsel", "ri" of "republik indonesia") or a
    /// nickname made of its letters ("bamsoet", "risma").
    static bool spells(std::string_view name, std::string_view full);

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
    /// `key` in the spelling before 1972 when the news writes that more
    /// ("gatot soebroto" for "gatot subroto"), else "".
    std::string older_spelling(const schema::EntityTypeSchema& type, const std::string& key) const;
    /// `key` without a designator or legal form whose name without it is a
    /// key with at least as many articles ("provinsi riau" -> "riau", "pt
    /// pertamina" -> "pertamina", "kh ma'ruf amin" -> "ma'ruf amin"), else "".
    std::string without_designator(const schema::EntityTypeSchema& type, const std::string& key);
    /// An organization's `key` without a trailing home place ("persib
    /// bandung" -> "persib"), else "" (see kHomePlaceShare).
    std::string without_home_place(const schema::EntityTypeSchema& type, const std::string& key) const;
    /// The longer key a one-word `key` stands for by within-article
    /// co-occurrence (see kCooccurringShareSpelled), else "".
    std::string cooccurring_full_name(const schema::EntityTypeSchema& type, const std::string& key) const;
    /// `key` and the other keys that resolve to it, most used forms first
    /// (at most kMaxFilterKeys).
    std::vector<std::string> group_keys(const schema::EntityTypeSchema& type, const std::string& key);
    /// Terms prefix + head + separator + *, with their document frequencies.
    std::vector<Use> uses(const std::string& prefix, const std::string& head) const;

    /// Entries per memo before it is cleared. A faceted query resolves a few
    /// thousand names; at 100,000 the memos of a server's searchers grew by
    /// ~30 MB each over 8,000 clickid queries (the soak's RSS kept rising),
    /// at 8,192 by ~3 MB, with the same CPU time.
    static constexpr std::size_t kMaxMemo = 8192;
    Xapian::Database db_;
    bool remote_;
    /// uses()' term iterator per prefix, reused while look-ups go forward.
    struct Scan {
        Xapian::TermIterator it;
        std::string last_start;
        bool open = false;
    };
    mutable std::map<std::string, Scan> scans_;
    std::map<std::string, std::string> resolved_;  ///< type prefix + name -> key
    /// Names being resolved (type prefix + name): the rules may lead back to
    /// one, which then stands for itself.
    std::set<std::string> resolving_;
    /// Look-ups that met a name being resolved: their answers hold only
    /// inside that resolution, so they are kept here until it ends, not
    /// memoized (else the order of look-ups would choose keys).
    unsigned cycle_cuts_ = 0;
    std::map<std::string, std::string> provisional_;
    /// Per type, names as given -> key: facets resolve thousands of names
    /// per query, and normalizing each again cost more than the look-up.
    struct Hash {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
    };
    std::array<std::unordered_map<std::string, std::string, Hash, std::equal_to<>>, schema::kEntityTypes.size()>
        resolved_as_given_;
    std::array<std::unordered_map<std::string, Xapian::doccount, Hash, std::equal_to<>>, schema::kEntityTypes.size()>
        articles_as_given_;                       ///< per type, names as given -> articles()
    std::map<std::string, std::string> display_;  ///< type prefix + key -> display name
};

}  // namespace telusur
