// Searching, as a pipeline of stages (Searcher::run()):
//   1. parse: query text -> Xapian::Query (common/query_builder.h), and the
//      entities the query names (query_entities.h) for the entity boost;
//   2. match: Xapian's Enquire with the weighting scheme of
//      RankingOptions (ranking.h), collecting facets and the timeline
//      over the matches (facets.h);
//   3. re-rank the top matches (Reranker, ranking.h: the entity boost and
//      the other bonuses);
//   4. page: the results' documents and snippets (results.h).
#pragma once

#include "common/analysis/analyzer.h"
#include "common/database.h"
#include "common/facets.h"
#include "common/query_builder.h"
#include "common/query_entities.h"
#include "common/ranking.h"
#include "common/results.h"

#include <xapian.h>

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace telusur {

struct SearchRequest {
    std::string query;
    std::string from;  ///< inclusive lower date bound, YYYY[-MM[-DD]]; "" for none
    std::string to;    ///< inclusive upper date bound, YYYY[-MM[-DD]]; "" for none
    enum class Sort { Relevance, Date } sort = Sort::Relevance;
    Xapian::doccount offset = 0;
    Xapian::doccount limit = 10;
    /// Count sources, categories, people, organizations and places over the
    /// articles that answer the query (not only the page; see facets_over),
    /// and those articles per day/week/month (common/facets.h).
    bool facets = false;
    std::size_t facet_values = 10;  ///< values shown per facet
    /// Which articles facets and the timeline count: the facets_over best
    /// matches by relevance (after re-ranking, whatever the sort order) whose
    /// score is at least facets_min_share of the best match's, or every match
    /// (kFacetsOverAll: the loose match, each article sharing one word with
    /// the query). Defaults measured with `telusur-eval facets`
    /// (docs/facets.md).
    Xapian::doccount facets_over = kDefaultFacetsOver;
    double facets_min_share = kDefaultFacetsMinShare;
    static constexpr Xapian::doccount kFacetsOverAll = 0;
    static constexpr Xapian::doccount kDefaultFacetsOver = 100;
    static constexpr double kDefaultFacetsMinShare = 0;
    /// Require every word (AND) instead of ranking any-word matches (OR).
    bool match_all = false;
    /// Show one article per identical text (syndicated copies).
    bool collapse_duplicates = true;
    std::size_t snippet_length = 240;  ///< bytes of body text in a snippet
    /// Results with their entities' display names; off for TREC runs, which
    /// print only id, rank and score (resolving names was a sixth of such a
    /// query's cost).
    bool result_entities = true;
    /// Results with only id, rank and score (TREC runs): the id is cut out of
    /// the stored record without parsing it (its body is most of it), and on
    /// one local database the match prunes (Xapian's BM25Weight: the same top
    /// and scores; MSet::snippet() would weight the words differently, so
    /// searches with snippets do not). Implies no snippets, no entity names
    /// and no SearchResponse::query_entities.
    bool ids_only = false;
    std::string highlight_start, highlight_end;  ///< around matched words in snippets
    /// Which query words are stemmed (common/analysis/analyzer.h).
    QueryAnalysisOptions analysis;
    /// Weighting scheme and boosts, the entity boost included
    /// (common/ranking.h); defaults are the best measured.
    RankingOptions ranking;
};

struct SearchResponse {
    std::string query;
    std::string parsed;  ///< Xapian's description of the parsed query
    Xapian::doccount total_estimate = 0;
    /// True when total_estimate is the exact count of matches (at most
    /// Searcher::kCountExactlyBelow, or facets over every match).
    bool total_exact = false;
    std::vector<SearchResult> results;
    /// facet name ("source", "category", "person", "organization",
    /// "location") -> values, most frequent first.
    std::map<std::string, std::vector<FacetCount>> facets;
    Timeline timeline;
    /// How many articles the facets and the timeline describe (0 without
    /// facets).
    Xapian::doccount facets_over = 0;
    /// Entities the query names, as "type:canonical" ("location:Korea Utara").
    std::vector<std::string> query_entities;
    /// True when shards were left out (--allow-partial); warnings say which.
    bool partial = false;
    std::vector<std::string> warnings;
};

/// collapse.h: the sort's tie order and the collapse keys read once.
class TimestampKeys;
class CollapseKeys;
class SlotValuesInMemory;

/// Not thread-safe: use one Searcher per thread. (Its faceted queries use a
/// second thread of its own: FacetThread, search.cpp.)
class Searcher {
public:
    /// @param db_specs folders or tcp://HOST:PORT shards, searched as one.
    explicit Searcher(const std::vector<std::string>& db_specs, const SearchDatabaseOptions& options = {});
    /// Searches an open database (in-memory ones in tests) with the stemmer
    /// its metadata names.
    explicit Searcher(const Xapian::Database& db);
    ~Searcher();
    Searcher(const Searcher&) = delete;
    Searcher& operator=(const Searcher&) = delete;

    /// When an indexer commits during the search, reopens the database and
    /// runs the search again (at most kMaxReopens times).
    /// @throws QueryError for a malformed query, DatabaseError when a shard
    ///   fails or the database keeps changing.
    SearchResponse search(const SearchRequest& request);
    static constexpr unsigned kMaxReopens = 5;

    /// The query search() would run, filters included.
    /// @throws QueryError for a malformed query.
    Xapian::Query parse(const SearchRequest& request);

    /// Moves to the newest committed revision (an indexer's commit). When
    /// the revision changed, what the query side memoized about the old
    /// one (entity names: EntityNames) is dropped: it could be stale, and a
    /// long-running server would otherwise grow it with every new name.
    /// @returns whether the database may have changed (Xapian's reopen()).
    bool reopen();

    const Xapian::Database& database() const { return db_; }
    const Analyzer& analyzer() const { return *analyzer_; }
    /// Articles whose facet values were found in / read into the memo (hit rate).
    std::pair<std::size_t, std::size_t> facet_value_memo_hits() const {
        return {facet_value_memo_->hits, facet_value_memo_->misses};
    }

    /// Matches collapsed in memory so far (match_collapsing_in_memory()).
    std::size_t collapsed_in_memory() const { return collapsed_in_memory_; }
    /// Searches whose facets over the answer the FacetThread counted so far.
    std::size_t facets_on_thread() const { return facets_on_thread_; }

    /// Below this many, the matches are counted, not estimated: Xapian's
    /// estimate of a filtered query is poor ("Jokowi organisasi:KPK" on
    /// clickid: about 100, where 528 match), and counting so few is cheap.
    static constexpr Xapian::doccount kCountExactlyBelow = 1000;

private:
    /// A parsed query and what the re-ranking needs of it.
    struct ParsedQuery {
        Xapian::Query query;
        std::vector<std::string> entity_labels;  ///< SearchResponse::query_entities
        std::vector<std::string> entity_terms;   ///< of the entities it names: the entity boost
        std::vector<AnalyzedToken> words;        ///< the query's words, for the re-ranking
    };
    void open_databases();
    void init_query_side();
    /// After a reopen or a new set of shards: what depends on db_ follows it.
    void database_changed();
    /// What depends on db_'s revision: the look-up memos, the timestamps and
    /// collapse keys in memory, and the collapse slot (schema::kSlotCollapseKey when every
    /// article has it, else kSlotContentKey).
    void start_revision();
    SearchResponse run(const SearchRequest& request);
    ParsedQuery parse_with_entities(const SearchRequest& request);
    /// The slots the re-ranking reads, in memory where the timestamps are
    /// (read on first use; none past kMaxRerankSlotBytes).
    RerankSlots rerank_slots();
    Xapian::Enquire make_enquire(const Xapian::Query& query, const SearchRequest& request) const;
    /// The page of matches; `from_first`: the MSet starts at the first match
    /// (re-ranking or facets needed the top), so the page is cut out of it.
    std::vector<SearchResult> page(std::vector<RankedMatch> matches, const Xapian::MSet& mset,
                                   const SearchRequest& request, bool from_first) const;
    /// The top `count` matches by relevance of a query whose match starts at
    /// the first result (facets over the answer, re-ranking: nearly every
    /// query), from a searcher's second search on, on one local database:
    /// Xapian matches without collapsing (it reads each candidate's collapse
    /// key from its slot: a third of a faceted match, 0.1-0.2 ms of a slow
    /// TREC one) to a top kCollapseMargin deeper, and
    /// the duplicates are left out here by the keys in memory (CollapseKeys):
    /// the same matches in the same order as Xapian's collapsing, and the
    /// estimate of a query without facets (`plain_count`: the top it asks
    /// for; collapsed_estimate()). False, with nothing set, when too many
    /// duplicates leave that unsure (the caller lets Xapian collapse).
    bool match_collapsing_in_memory(const Xapian::Query& query, const SearchRequest& request, Xapian::doccount count,
                                    Xapian::doccount plain_count, bool rerank, Xapian::MSet& mset,
                                    std::vector<RankedMatch>& matches, Xapian::doccount& estimate);
    /// A top of N matches collapsed in memory asks Xapian for N + N / this.
    static constexpr Xapian::doccount kCollapseMargin = 2;
    /// Counts facets over the answer on a second thread (search.cpp).
    class FacetThread;
    /// Facets over the answer, counted or being counted on the FacetThread.
    class AnswerFacets;
    /// Facets over the articles that answer the query (SearchRequest::facets_over):
    /// on the FacetThread where it can count them (the caller reads the page
    /// meanwhile), else counted here.
    AnswerFacets answer_facets(const std::vector<RankedMatch>& matches, const Xapian::MSet& mset,
                               const Xapian::Query& query, const SearchRequest& request);
    EntityNames* entity_names() const { return entities_indexed_ ? &query_builder_->entity_names() : nullptr; }

    std::vector<std::string> specs_;
    SearchDatabaseOptions db_options_;
    std::vector<std::string> dropped_shards_;  ///< with allow_partial: shards that failed
    bool has_remote_ = false;
    bool entities_indexed_ = true;       ///< schema::kMetaEntities: no entity data is loaded without
    Xapian::valueno collapse_slot_ = 0;  ///< start_revision()
    Xapian::Database db_;
    std::unique_ptr<Analyzer> analyzer_;
    std::unique_ptr<QueryBuilder> query_builder_;
    /// find_query_entities()'s look-ups on this revision, for the next queries.
    std::unique_ptr<QueryEntityMemo> query_entity_memo_;
    /// The facet values of the articles that answered recent queries, on
    /// this revision.
    std::unique_ptr<FacetValueMemo> facet_value_memo_;
    /// The joins of the pages' entity lists met on this revision: an article
    /// shown again is not joined again (JoinMemo).
    std::unique_ptr<JoinMemo> page_joins_;
    /// The articles' timestamps, the sort's tie order, read once (collapse.h,
    /// TimestampKeys); up to kMaxTimestampKeys docids (about 20 bytes each).
    std::unique_ptr<TimestampKeys> timestamp_keys_;
    /// The articles' collapse keys (collapse_slot_), read once where the
    /// timestamps are, on the first match_collapsing_in_memory().
    std::unique_ptr<CollapseKeys> collapse_keys_;
    /// The re-ranking's content keys and topic lead words (RerankSlots):
    /// reading them for the top 20 matches through value streams was 35 of
    /// the ~180 block reads of the slowest TREC queries and ~7 % of their
    /// time (perf). clickid: 2.5 and 5 MB.
    std::unique_ptr<SlotValuesInMemory> content_keys_, topic_leads_;
    /// From the first faceted query that finds every article's facet values
    /// in memory (FacetStore) on one local database.
    std::unique_ptr<FacetThread> facet_thread_;
    static constexpr std::size_t kMaxRerankSlotBytes = std::size_t{64} << 20;
    static constexpr Xapian::docid kMaxTimestampKeys = 1 << 21;
    std::size_t searches_ = 0;  ///< run() calls
    std::size_t collapsed_in_memory_ = 0;
    std::size_t facets_on_thread_ = 0;
    /// The entity terms in memory (EntityLexicon): ~9 MB for clickid's 25,388
    /// articles (241,000 terms); a database with more stays with block reads.
    static constexpr std::size_t kMaxEntityLexiconBytes = std::size_t{64} << 20;
    /// The query and snippet stemmer's own cache (snippets stem every word
    /// of each result's body). It keeps the words looked up again
    /// (ClockCache), so a server's searcher reaches its size within a minute
    /// and stays there; 16,384 words cleared when full cost a server ~20 %
    /// of its throughput.
    static constexpr std::size_t kStemCacheWords = 1 << 16;
};

}  // namespace telusur
