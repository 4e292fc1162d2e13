// Facets: counts of sources, categories, people, organizations and places
// over a query's matches, and a timeline of matches per day, week or month.
//
// Two ways to count, the same counts for local, multi-database and remote
// searches alike:
//  * FacetTally over a bounded set of articles (by default the articles that
//    answer the query: Searcher reads their value slots after the match);
//  * FacetCollector over every match (match spies during the match; entity
//    names are tallied on the client for remote shards).
// Entity names are resolved through EntityNames: each article counts once per
// real-world thing (the key a name resolves to), shown by its display name.
#pragma once

#include "common/clock_cache.h"

#include <xapian.h>

#include <array>
#include <cstdint>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace telusur {

class EntityNames;
class FacetStore;
class JoinMemo;
struct KeyShape;

struct FacetCount {
    std::string value;
    Xapian::doccount count = 0;
    /// An entity facet's other names as indexed, of the articles it counted
    /// (most articles first): a filter on `value` and each of these selects
    /// every article counted, also those whose name was joined to it within
    /// this answer only (same_thing_as(): "Luhut" beside "Luhut Binsar
    /// Panjaitan"), which the alias table keeps apart database-wide.
    std::vector<std::string> also = {};
};

/// Matches over time: the granularity is chosen from the span of the
/// matches' dates (days up to 45 days, ISO weeks up to a year, else months).
struct Timeline {
    std::string granularity;  ///< "day", "week" or "month"; "" when no match has a date
    std::vector<FacetCount>
        buckets;  ///< value: "2024-11-05" (day, or the Monday of a week) or "2024-11"; in date order
};

/// Buckets per-day counts ("YYYYMMDD" -> count) into a Timeline.
Timeline make_timeline(const std::map<std::string, Xapian::doccount>& per_day);

/// Facet values and the timeline of one query.
struct FacetCounts {
    /// facet name ("source", "category", "person", "organization",
    /// "location") -> the top values, most frequent first.
    std::map<std::string, std::vector<FacetCount>> facets;
    Timeline timeline;
};

/// Counts the entity names of articles, one count per article and resolved
/// key. Equal counts are ordered by the best weight among the articles
/// naming the key (the people of the top results before the alphabet's
/// first), then by display name.
class EntityTally {
public:
    /// @param names resolves names to keys and picks display names; nullptr
    ///   counts names as indexed (a database without name-use terms).
    explicit EntityTally(EntityNames* names);
    ~EntityTally();
    EntityTally(EntityTally&&) noexcept;
    EntityTally& operator=(EntityTally&&) = delete;

    /// Tallies the article's entity slots.
    void add(const Xapian::Document& doc, double weight);
    /// The same from the slots' values, in schema::kEntityTypes order.
    void add(const std::string_view* entity_values, double weight);
    /// The same from the names' ids in `store` (schema::kEntityTypes order);
    /// every add() of one tally from the same store, which outlives it.
    void add(FacetStore& store, const std::array<std::span<const std::uint32_t>, 3>& entity_ids, double weight);
    /// "person"/"organization"/"location" -> the top `values` display names.
    void top(std::size_t values, std::map<std::string, std::vector<FacetCount>>& out) const;

    /// Names resolved per type: the most frequent names as indexed, this many
    /// times the values asked for (resolving every name of 100 articles was
    /// most of the facets' cost; a name outside these rarely joins the top).
    static constexpr std::size_t kResolvedPerValue = 4;
    /// Names resolved per type to count them for those keys only: a rarer
    /// form of a listed key is counted as its filter selects it, while no
    /// rarer key is listed (more keys joined the top and named things twice,
    /// docs/facets.md, session 30).
    static constexpr std::size_t kCountedPerValue = 12;
    /// Keys named beyond the values asked for, so that a list still has
    /// `values` entries after keys showing one name are joined.
    static constexpr std::size_t kSpareForSameName = 2;

private:
    struct Tally {
        std::vector<std::uint32_t> articles;  ///< indexes of the articles naming it, ascending
        double best_weight = 0;
    };
    /// One article's mention of a name by id (add() by ids), the id in the
    /// high half: tallied in top() through FacetStore::id_table(), not in a
    /// map of vectors as they come (a hash look-up and a vector per name per
    /// query were most of add()'s cost).
    using Mention = std::uint64_t;
    static Mention mention(std::uint32_t id, std::uint32_t article) { return static_cast<Mention>(id) << 32 | article; }
    /// Looks names up as views: a name seen again allocates nothing.
    struct ViewHash {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
    };
    using Tallies = std::unordered_map<std::string, Tally, ViewHash, std::equal_to<>>;
    /// A name's tally for top(), by either kind of add().
    struct Named {
        const std::string* name;
        std::span<const std::uint32_t> articles;  ///< indexes of the articles naming it, ascending
        double best_weight;
        std::uint32_t id;     ///< in store_ (add() by ids), else unused
        std::uint32_t count;  ///< articles.size(), at hand for sorting
    };
    /// Type t's names with their articles; `articles` holds the spans'
    /// indexes of the names added by ids.
    std::vector<Named> named(std::size_t t, std::vector<std::uint32_t>& articles) const;
    /// The key each of the first `n` names resolves to (names_ set): in
    /// store_'s memo, else in `found`.
    std::vector<const std::string*> resolve(std::size_t type, const std::vector<Named>& names, std::size_t n,
                                            std::vector<std::string>& found) const;
    /// Puts the `n` most frequent names first, most frequent first, equal
    /// counts by name (the rest may be dropped).
    static void most_frequent_first(std::vector<Named>& names, std::size_t n);
    /// Tallies article `article`'s mention of a name (once per article).
    static void count(Tally& tally, std::uint32_t article, double weight);
    static constexpr std::size_t kExpectedMentions = 1024;  ///< per type, in a faceted query's top 100
    EntityNames* names_;
    std::uint32_t articles_ = 0;                  ///< articles added so far
    std::vector<Tallies> by_type_;                ///< schema::kEntityTypes order; name as indexed -> tally
    FacetStore* store_ = nullptr;                 ///< add() by ids: the names' store (and their keys' memo)
    std::vector<std::vector<Mention>> mentions_;  ///< add() by ids: per type, as they come
    std::vector<double> weights_;                 ///< add() by ids: each article's weight
};

/// Every article's joined facet values (schema::kSlotFacets) in memory, for
/// one revision of one local database, its strings interned: an article is
/// a few ids. A long-lived searcher's FacetValueMemo reads it once, from its
/// second faceted query on, so that a faceted query reads no value (the
/// memo of articles met missed on most articles of a new query), tallies
/// names by id and looks up the key a name resolves to by id.
class FacetStore {
public:
    explicit FacetStore(const Xapian::Database& db);
    ~FacetStore();
    /// One article's values, as ids of string().
    struct Fields {
        std::uint32_t date = 0, source = 0, category = 0;
        std::array<std::span<const std::uint32_t>, 3> entities;  ///< kEntityTypes order, as in the slots
    };
    /// Empty strings when the article has no value.
    Fields fields(Xapian::docid docid) const;
    const std::string& string(std::uint32_t id) const { return strings_[id]; }
    /// Whether db (a handle written to in this process: tests) gained articles since.
    bool outdated(const Xapian::Database& db) const { return db.get_lastdocid() != last_docid_; }

    /// The key EntityNames resolved name `id` of entity type `type` to
    /// (an index of schema::kEntityTypes), when asked before.
    const std::string* resolved(std::size_t type, std::uint32_t id) const;
    /// Memoizes `key` for name `id`; the copy kept, valid while the store is.
    const std::string& set_resolved(std::size_t type, std::uint32_t id, const std::string& key);
    /// key_shape() of the key name `id` resolved to (set_resolved() first),
    /// kept with it: same_thing_as() then looks no key up.
    const KeyShape* resolved_shape(std::size_t type, std::uint32_t id);
    /// schema::normalize_boolean_value() of string(id), computed once.
    const std::string& normalized(std::uint32_t id);
    /// A number per string id, all zero: a tally's table by id (one tally
    /// at a time, as the store's searcher answers one query at a time),
    /// which it sets back to zero after use.
    std::vector<std::uint32_t>& id_table() { return id_table_; }
    /// The facet lists' joins (same_thing_as()) met before on this revision,
    /// used as id_table() is: by one tally at a time.
    JoinMemo& joins() { return *joins_; }

    /// Databases of at most this many docids are held (clickid: about 270
    /// bytes an article, 7 MB at the peak of the read, so about 35 MB at
    /// the bound); larger ones keep the memo of articles met.
    static constexpr Xapian::docid kMaxDocid = 1 << 17;

private:
    std::uint32_t intern(std::string_view value);
    Xapian::docid last_docid_;
    /// docid d's record, ids_[starts_[d] .. starts_[d + 1]): date, source,
    /// category, the number of names of each entity type, then the names.
    std::vector<std::uint32_t> starts_;
    std::vector<std::uint32_t> ids_;
    std::deque<std::string> strings_;  ///< a deque: interned_ views them as it grows
    std::unordered_map<std::string_view, std::uint32_t> interned_;
    /// Per entity type, name id -> index in keys_ + 1 (0: not resolved yet).
    std::array<std::vector<std::uint32_t>, 3> resolved_;
    struct Resolved {
        std::string key;
        std::shared_ptr<const KeyShape> shape;  ///< computed when first asked
    };
    std::deque<Resolved> keys_;  ///< a deque: resolved() gives out pointers
    /// Name id -> index in normalized_ + 1 (0: not asked yet): one read, not
    /// a hash node's (the node's cache miss cost more than the look-up).
    std::vector<std::uint32_t> normalized_at_;
    std::deque<std::string> normalized_;  ///< of the names resolved so far
    std::vector<std::uint32_t> id_table_;
    std::unique_ptr<JoinMemo> joins_;
};

/// A searcher's memo of articles' joined facet values (schema::kSlotFacets),
/// by docid, for one revision of one database (a reopen makes a new one).
/// Each faceted query reads the values of its top 100 articles, about one
/// B-tree block pread each (the articles are spread over the database); the
/// articles that answer many queries (the news of the day) are read once.
/// From the second faceted query on, a database of at most
/// FacetStore::kMaxDocid docids is held whole instead (a one-query process
/// does not pay the read).
class FacetValueMemo {
public:
    explicit FacetValueMemo(const Xapian::Database& db);
    ~FacetValueMemo();
    /// Whether every article has the joined slot (schema version 4 on); else
    /// FacetTally reads the six slots and the memo stays empty.
    bool joined() const { return joined_; }
    const std::string* find(Xapian::docid docid) { return values_.find(key(docid)); }
    void insert(Xapian::docid docid, std::string value) { values_.insert(key(docid), std::move(value)); }
    /// Every article's values, for a faceted query on db (a local database):
    /// nullptr on the first, or when db is too large or lacks the joined slot.
    FacetStore* every_article(const Xapian::Database& db);
    /// The store every_article() read for db, when it is up to date; nullptr
    /// otherwise (nothing is read or counted).
    FacetStore* held(const Xapian::Database& db) const {
        return store_ && !store_->outdated(db) ? store_.get() : nullptr;
    }
    std::size_t hits = 0, misses = 0;  ///< articles found and read (telusur-eval facets prints the rate)

    /// Articles memoized: a few hundred bytes each, a few MB in all.
    static constexpr std::size_t kMaxArticles = 1 << 14;

private:
    static std::string_view key(const Xapian::docid& docid) {
        return {reinterpret_cast<const char*>(&docid), sizeof docid};
    }
    bool joined_;
    ClockCache<std::string> values_{kMaxArticles};
    std::size_t queries_ = 0;  ///< every_article() calls
    std::unique_ptr<FacetStore> store_;
};

/// Every facet over a bounded set of articles (Searcher: the articles that
/// answer the query). Usage: add() them, then counts().
class FacetTally {
public:
    explicit FacetTally(EntityNames* names) : entities_(names) {}
    struct Article {
        Xapian::docid docid;
        double weight;
    };
    /// Tallies the articles' facet values, read by advancing a value stream
    /// over the docids in order (5-10 times faster than reading each
    /// document's values): one stream over schema::kSlotFacets when every
    /// article has it, else one per slot it joins (schema version 3). Local
    /// databases only: remote ones have no value streams.
    /// @param memo the searcher's memo of joined values (nullptr: none)
    void add(const Xapian::Database& db, const std::vector<Article>& articles, FacetValueMemo* memo = nullptr);
    /// The same from every article's values in memory: reads no database
    /// (Searcher counts on a second thread this way).
    void add(FacetStore& store, const std::vector<Article>& articles);
    /// Tallies one document's value slots (remote databases).
    void add(const Xapian::Document& doc, double weight);
    FacetCounts counts(std::size_t values) const;
    Xapian::doccount articles() const { return articles_; }

private:
    /// Date, source, category, then the entity slots (schema::kEntityTypes
    /// order): the values one article adds, views into the values read.
    using Values = std::array<std::string_view, 3 + 3>;
    void add(const Values& values, double weight);
    /// The article's date, source and category.
    void count_fields(std::string_view date, std::string_view source, std::string_view category, double weight);
    /// The fields count_fields() counts, in Values' order.
    enum Field : std::size_t { kDate, kSource, kCategory, kFields };
    /// Counts `articles` more articles whose `field` is `value` (nothing for
    /// ""), the best of them weighted `weight`.
    void count_field(Field field, std::string_view value, Xapian::doccount articles, double weight);
    EntityTally entities_;
    std::map<std::string, std::pair<Xapian::doccount, double>, std::less<>> sources_,
        categories_;  ///< value -> count, best weight
    std::map<std::string, Xapian::doccount> per_day_;
    Xapian::doccount articles_ = 0;
};

class EntityMatchSpy;

/// Counts facets over every match of one Enquire. Usage: attach(), run the
/// match with check_at_least() as get_mset()'s checkatleast, then collect().
class FacetCollector {
public:
    /// @param remote whether db has remote shards: xapian-tcpsrv does not
    ///   know Telusur's own match spy, so entity counts are then taken on
    ///   the client, one document fetch per match.
    /// @param names as for EntityTally
    FacetCollector(const Xapian::Database& db, bool remote, EntityNames* names = nullptr);
    ~FacetCollector();
    FacetCollector(const FacetCollector&) = delete;
    FacetCollector& operator=(const FacetCollector&) = delete;

    /// Registers the match spies on enquire (which must outlive nothing of
    /// this collector: the spies belong to it).
    void attach(Xapian::Enquire& enquire);
    /// Every match must be seen, not only the page.
    Xapian::doccount check_at_least() const { return db_.get_doccount(); }
    /// The top `values` values of each facet (entities: equal counts ordered
    /// by the best match weight among the articles, then by value) and the
    /// timeline. For remote shards this detaches the spies and runs the
    /// match again over all matches to count the entities on the client.
    FacetCounts collect(Xapian::Enquire& enquire, std::size_t values);

private:
    const Xapian::Database& db_;
    bool remote_;
    Xapian::ValueCountMatchSpy source_spy_, category_spy_, date_spy_;
    std::unique_ptr<EntityMatchSpy> entity_spy_;
};

}  // namespace telusur
