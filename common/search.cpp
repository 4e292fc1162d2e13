#include "common/search.h"

#include "common/collapse.h"
#include "common/errors.h"
#include "common/query_entities.h"
#include "common/schema.h"

#include "common/entities/entity_names.h"

#include <algorithm>
#include <condition_variable>
#include <cstdint>
#include <exception>
#include <mutex>
#include <optional>
#include <thread>
#include <unordered_set>

namespace telusur {
namespace {

DatabaseError changed_too_often(unsigned reopened, const Xapian::DatabaseModifiedError& e) {
    return DatabaseError("the database changed " + std::to_string(reopened + 1) +
                         " times while it was read: " + e.get_msg());
}

/// Facets over the answer and how many articles they describe.
struct CountedFacets {
    FacetCounts counts;
    Xapian::doccount articles = 0;
};

CountedFacets counted(const FacetTally& tally, std::size_t values) { return {tally.counts(values), tally.articles()}; }

}  // namespace

// A faceted query's facets over the answer (the top 100 tallied, their names
// resolved and joined: about a third of its time on clickid) are counted on
// a second thread while the searcher's thread reads the page (documents,
// snippets, the results' names). Xapian's objects are not thread-safe, and
// copies of a handle share its internals: this thread has a handle of its
// own on the same database at the same revision (checked before each
// count), and its own EntityNames on it; besides, it reads only the
// FacetStore (memory), which the searcher's thread leaves alone until it has
// the count. One thread for the searcher's lifetime, woken per count: cheaper
// than a thread per query (docs/benchmarks.md, session 19). Where that cannot
// be guaranteed (several or remote shards, a handle the searcher did not
// open, values not in memory yet, facets over every match) the searcher's
// thread counts, as before.
class Searcher::FacetThread {
public:
    FacetThread(const std::vector<std::string>& specs, const SearchDatabaseOptions& options, bool entities)
        : specs_(specs), options_(options), entities_(entities), thread_([this] { serve(); }) {}
    ~FacetThread() {
        {
            std::lock_guard lock(mutex_);
            stop_ = true;
        }
        wake_.notify_one();
        thread_.join();
    }

    /// Whether it can count for `db`, the searcher's handle: one local
    /// database, its own handle then at the same revision (reopened when db
    /// moved on). Not while a count runs.
    bool follows(const Xapian::Database& db) {
        // get_revision() is one database's: shards are not compared.
        if (db.size() != 1) return false;
        try {
            if (!db_) {
                db_ = open_for_search(specs_, options_);
            } else if (db_->get_revision() != db.get_revision()) {
                db_->reopen();
                names_.reset();  // memoized on the old revision
            }
            if (db_->size() != 1 || db_->get_revision() != db.get_revision() || db_->get_uuid() != db.get_uuid())
                return false;  // a commit between the two opens: counted serially until db moves
        } catch (const Xapian::Error&) {
            return false;  // e.g. a backend without revisions: counted serially
        } catch (const DatabaseError&) {
            return false;
        }
        if (entities_ && !names_) names_ = std::make_unique<EntityNames>(*db_);
        return true;
    }

    /// Starts counting the articles' facets (values per facet) from `store`,
    /// which stays untouched by others until wait() returns.
    void start(FacetStore& store, std::vector<FacetTally::Article> articles, std::size_t values) {
        {
            std::lock_guard lock(mutex_);
            job_ = Job{&store, std::move(articles), values};
        }
        wake_.notify_one();
    }

    /// The count start() asked for; rethrows what counting threw (a
    /// DatabaseModifiedError: the searcher reopens both handles).
    CountedFacets wait() {
        std::unique_lock lock(mutex_);
        if (job_) {
            // Not started: no core was free (a busy server). The caller
            // counts it with this object's handle and names, which the
            // worker leaves alone without a job, rather than wait for a core.
            Job job = *std::exchange(job_, std::nullopt);
            lock.unlock();
            count(job);
            lock.lock();
        }
        done_.wait(lock, [&] { return result_.has_value() || error_ != nullptr; });
        if (std::exception_ptr error = std::exchange(error_, nullptr)) std::rethrow_exception(error);
        return *std::exchange(result_, std::nullopt);
    }

private:
    struct Job {
        FacetStore* store;
        std::vector<FacetTally::Article> articles;
        std::size_t values;
    };

    void serve() {
        std::unique_lock lock(mutex_);
        for (;;) {
            wake_.wait(lock, [&] { return stop_ || job_.has_value(); });
            if (stop_) return;
            Job job = *std::exchange(job_, std::nullopt);
            lock.unlock();
            count(job);
            lock.lock();
        }
    }

    /// Counts the job's facets, then hands the count (or the error) to wait().
    void count(const Job& job) {
        std::optional<CountedFacets> result;
        std::exception_ptr error;
        try {
            // This handle's revision stays until follows() reopens it.
            if (names_) names_->load_lexicon(kMaxEntityLexiconBytes);
            FacetTally tally(names_.get());
            tally.add(*job.store, job.articles);
            result = counted(tally, job.values);
        } catch (...) {
            error = std::current_exception();
        }
        {
            std::lock_guard lock(mutex_);
            result_ = std::move(result);
            error_ = error;
        }
        done_.notify_one();
    }

    const std::vector<std::string> specs_;
    const SearchDatabaseOptions options_;
    const bool entities_;
    std::optional<Xapian::Database> db_;  ///< opened on the first follows()
    std::unique_ptr<EntityNames> names_;  ///< on db_, at its revision
    std::mutex mutex_;
    std::condition_variable wake_, done_;
    std::optional<Job> job_;
    std::optional<CountedFacets> result_;
    std::exception_ptr error_;
    bool stop_ = false;
    std::thread thread_;  ///< last: starts once the rest is built
};

class Searcher::AnswerFacets {
public:
    explicit AnswerFacets(CountedFacets counted) : counted_(std::move(counted)) {}
    explicit AnswerFacets(FacetThread& thread) : thread_(&thread) {}
    AnswerFacets(AnswerFacets&& other) noexcept
        : counted_(std::move(other.counted_)), thread_(std::exchange(other.thread_, nullptr)) {}
    AnswerFacets& operator=(AnswerFacets&&) = delete;
    /// A search leaving before get() (the page threw) still waits: the
    /// count reads the searcher's FacetStore.
    ~AnswerFacets() {
        if (thread_ == nullptr) return;
        try {
            thread_->wait();
        } catch (...) {  // the search's own error is the one to report
        }
    }
    CountedFacets get() {
        if (thread_ != nullptr) return std::exchange(thread_, nullptr)->wait();
        return std::move(counted_);
    }

private:
    CountedFacets counted_;
    FacetThread* thread_ = nullptr;  ///< counting; nullptr once waited for
};

Searcher::Searcher(const std::vector<std::string>& db_specs, const SearchDatabaseOptions& options)
    : specs_(db_specs), db_options_(options) {
    for (const auto& spec : specs_) has_remote_ = has_remote_ || is_remote_spec(spec);
    for (unsigned reopened = 0;; ++reopened) {
        try {
            open_databases();
            init_query_side();
            return;
        } catch (const Xapian::DatabaseModifiedError& e) {
            // An indexer committed twice while this searcher read the schema,
            // the stemmer or the value statistics: open the newest revision.
            if (reopened >= kMaxReopens) throw changed_too_often(reopened, e);
        }
    }
}

Searcher::Searcher(const Xapian::Database& db) : db_(db) {
    check_schema(db_, "database");
    init_query_side();
}

Searcher::~Searcher() = default;

void Searcher::open_databases() {
    dropped_shards_.clear();
    db_ = open_for_search(specs_, db_options_, &dropped_shards_);
}

void Searcher::init_query_side() {
    entities_indexed_ = entities_indexed(db_);
    // The stemmer's cache is this searcher's own: a server's connection
    // threads take turns on a searcher, and a cache per thread grew (and
    // missed) once per thread.
    analyzer_ = std::make_unique<Analyzer>(AnalysisOptions{database_stemmer(db_), true, kStemCacheWords});
    query_builder_ = std::make_unique<QueryBuilder>(db_, *analyzer_, entities_indexed_, has_remote_);
    start_revision();
}

bool Searcher::reopen() {
    if (!db_.reopen()) return false;
    database_changed();
    return true;
}

void Searcher::database_changed() {
    query_builder_->set_database(db_);
    start_revision();
    // Its handle follows db_ now rather than at the next faceted query.
    if (facet_thread_) facet_thread_->follows(db_);
}

void Searcher::start_revision() {
    // New memos: an old revision's look-ups and values may be stale.
    query_entity_memo_ = std::make_unique<QueryEntityMemo>();
    facet_value_memo_ = std::make_unique<FacetValueMemo>(db_);
    page_joins_ = std::make_unique<JoinMemo>();
    timestamp_keys_.reset();
    collapse_keys_.reset();
    content_keys_.reset();
    topic_leads_.reset();
    // Both slots hold the same duplicates' key; the short one only when every
    // article has it (schema version 4).
    collapse_slot_ =
        every_article_has(db_, schema::kSlotCollapseKey) ? schema::kSlotCollapseKey : schema::kSlotContentKey;
}

Xapian::Query Searcher::parse(const SearchRequest& request) {
    return query_builder_->build({request.query, request.match_all, request.from, request.to, request.analysis});
}

SearchResponse Searcher::search(const SearchRequest& request) {
    for (unsigned reopened = 0;; ++reopened) {
        try {
            // Reopening reads the new revision's statistics, which a further
            // commit can discard too: inside the try, so that it is retried.
            if (reopened > 0) reopen();
            return run(request);
        } catch (const Xapian::DatabaseModifiedError& e) {
            // A writer committed twice while this search read: the blocks it
            // needed are reused. Reopen at the newest revision and run again.
            if (reopened >= kMaxReopens) throw changed_too_often(reopened, e);
        } catch (const Xapian::NetworkError& e) {
            if (!db_options_.allow_partial) {
                // Xapian's message does not say which shard: ask each again.
                std::string which;
                for (const auto& failing : failing_remote_shards(specs_, db_options_)) which += "; " + failing;
                if (which.empty()) which = "; every shard answers again now";
                throw DatabaseError("a remote shard failed during the search (" + e.get_msg() + ")" + which);
            }
            // Leave out what fails now and try once more with the rest.
            open_databases();
            database_changed();
            return run(request);
        }
    }
}

// The pipeline: parse (and the entities the query names) -> match
// (collecting facets) -> re-rank the top matches (the entity boost among the
// bonuses) -> page, documents and snippets.
SearchResponse Searcher::run(const SearchRequest& request) {
    SearchResponse response;
    response.query = request.query;
    // From the second search on (a one-query process does not pay the
    // reads): the entity terms in memory, where this searcher's handles are
    // its own (read-only: the revision stays until reopen() replaces them
    // with the EntityNames) and local.
    if (++searches_ > 1 && !specs_.empty() && !has_remote_ && entities_indexed_)
        query_builder_->entity_names().load_lexicon(kMaxEntityLexiconBytes);
    const ParsedQuery parsed = parse_with_entities(request);
    response.parsed = parsed.query.get_description();
    response.query_entities = parsed.entity_labels;
    if (parsed.query.empty()) return response;

    // The same for the timestamps, on one local database of a bounded size:
    // its docids are the matcher's.
    if (timestamp_keys_ && timestamp_keys_->outdated(db_)) timestamp_keys_.reset();
    if (!timestamp_keys_ && searches_ > 1 && !has_remote_ && db_.size() == 1 &&
        db_.get_lastdocid() <= kMaxTimestampKeys)
        timestamp_keys_ = std::make_unique<TimestampKeys>(db_);
    Xapian::Enquire enquire = make_enquire(parsed.query, request);
    const bool relevance = request.sort == SearchRequest::Sort::Relevance;
    const bool answer_facets = request.facets && request.facets_over != SearchRequest::kFacetsOverAll;
    const bool all_facets = request.facets && !answer_facets;
    FacetCollector every_match(db_, has_remote_, entity_names());
    if (all_facets) every_match.attach(enquire);
    const bool rerank = relevance && Reranker::applies(request.ranking, parsed.words, !parsed.entity_terms.empty());
    // Re-ranking needs the top lead_depth from the first match on, facets
    // over the answer the top facets_over.
    const bool from_first = rerank || (answer_facets && relevance);
    Xapian::doccount count = request.limit;
    if (from_first) {
        count = request.offset + request.limit;
        if (rerank) count = std::max<Xapian::doccount>(count, request.ranking.lead_depth);
        if (answer_facets) count = std::max(count, request.facets_over);
    }
    // xapian-tcpsrv ranks with Xapian's own BM25, whose pruning can drop a
    // match that belongs in the top (ranking.cpp, UnprunedBM25Weight): asking
    // remote shards to check every match keeps their ranking exact.
    const Xapian::doccount check_at_least = all_facets || has_remote_ ? db_.get_doccount() : 0;
    Xapian::MSet mset;
    std::vector<RankedMatch> matches;
    // A query without facets asks Xapian for this many.
    const Xapian::doccount plain_count =
        rerank ? std::max(request.offset + request.limit, request.ranking.lead_depth) : request.offset + request.limit;
    // Duplicates collapsed in memory where the match starts at the first
    // result (facets over the answer, re-ranking: relevance order), not
    // where match spies count every match.
    if (all_facets || !from_first ||
        !match_collapsing_in_memory(parsed.query, request, count, plain_count, rerank, mset, matches,
                                    response.total_estimate)) {
        mset = enquire.get_mset(from_first ? 0 : request.offset, count, check_at_least);
        // With facets over every match, every match is counted, so the count
        // is exact: the lower bound (Xapian 1.4's estimate stays an estimate
        // when collapsing).
        response.total_estimate = all_facets ? mset.get_matches_lower_bound() : mset.get_matches_estimated();
        for (auto it = mset.begin(); it != mset.end(); ++it) matches.push_back({it, it.get_weight()});
    }
    if (rerank)
        Reranker(db_, parsed.query, mset, query_builder_->parser(), parsed.words, parsed.entity_terms, request.ranking,
                 has_remote_, rerank_slots())
            .rerank(matches);

    auto take = [&](CountedFacets counted) {
        response.facets = std::move(counted.counts.facets);
        response.timeline = std::move(counted.counts.timeline);
        response.facets_over = counted.articles;
    };
    // Facets over the answer are counted (maybe on the FacetThread) while the page is read.
    std::optional<AnswerFacets> counting;
    if (answer_facets) counting.emplace(this->answer_facets(matches, mset, parsed.query, request));
    // Few matches (kCountExactlyBelow) are counted, here while the
    // FacetThread counts the facets; remote shards checked every match
    // already (check_at_least).
    response.total_exact =
        all_facets || (has_remote_ && mset.get_matches_lower_bound() == mset.get_matches_upper_bound());
    if (!response.total_exact && !has_remote_ && response.total_estimate < kCountExactlyBelow) {
        const Xapian::MSet counted = enquire.get_mset(0, 0, kCountExactlyBelow);
        if (counted.get_matches_lower_bound() < kCountExactlyBelow) {
            response.total_estimate = counted.get_matches_lower_bound();
            response.total_exact = true;
        }
    }
    response.results = page(std::move(matches), mset, request, from_first);
    if (counting) take(counting->get());
    if (all_facets) take({every_match.collect(enquire, request.facet_values), response.total_estimate});
    response.partial = !dropped_shards_.empty();
    for (const auto& dropped : dropped_shards_) response.warnings.push_back("shard left out: " + dropped);
    return response;
}

RerankSlots Searcher::rerank_slots() {
    // Where the timestamps are in memory: one local database, from the
    // second search on.
    if (!timestamp_keys_) return {};
    auto in_memory = [&](std::unique_ptr<SlotValuesInMemory>& values, Xapian::valueno slot) {
        if (values && values->outdated(db_)) values.reset();
        if (!values) values = std::make_unique<SlotValuesInMemory>(db_, slot, kMaxRerankSlotBytes);
        return values->complete() ? values.get() : nullptr;
    };
    return {in_memory(content_keys_, schema::kSlotContentKey), in_memory(topic_leads_, schema::kSlotTopicLeadWords)};
}

Searcher::ParsedQuery Searcher::parse_with_entities(const SearchRequest& request) {
    ParsedQuery parsed{parse(request), {}, {}, {}};
    if (parsed.query.empty()) return parsed;
    // The query's words: entity boost, answer type, question or topic.
    parsed.words = analyzer_->analyze(request.query);
    if (request.ranking.entity_boost > 0 && entities_indexed_) {
        // The Reranker weighs their terms in the top matches.
        for (auto& entity : find_query_entities(query_builder_->entity_names(), parsed.words, query_entity_memo_.get(),
                                                !request.ids_only)) {
            parsed.entity_terms.insert(parsed.entity_terms.end(), entity.terms.begin(), entity.terms.end());
            if (!request.ids_only) parsed.entity_labels.push_back(std::move(entity.label));
        }
    }
    parsed.query = with_all_words_bonus(parsed.query, parsed.words, db_, request.ranking);
    return parsed;
}

Xapian::Enquire Searcher::make_enquire(const Xapian::Query& query, const SearchRequest& request) const {
    Xapian::Enquire enquire(db_);
    // Weighting scheme, proximity and feedback boosts: common/ranking.h.
    // Xapian's pruning keeps the top exact on one local database (it lost
    // matches only across shards: UnprunedBM25Weight). It is left to results
    // without snippets: MSet::snippet() weights the query's words with the
    // match's term weights (UnprunedBM25Weight puts every bound out of
    // reach), and 595 of 9,908 snippets of the 999-query clickid batch
    // changed with pruning (ids and scores did not).
    if (request.ids_only && db_.size() == 1 && !has_remote_ && !request.ranking.prune) {
        RankingOptions pruned = request.ranking;
        pruned.prune = true;
        apply_ranking(enquire, query, pruned, &query_builder_->parser());
    } else {
        apply_ranking(enquire, query, request.ranking, &query_builder_->parser());
    }
    if (request.sort == SearchRequest::Sort::Date) {
        if (timestamp_keys_)
            enquire.set_sort_by_key_then_relevance(timestamp_keys_.get(), true);
        else
            enquire.set_sort_by_value_then_relevance(schema::kSlotTimestamp, true);
    } else {
        // Equal scores (a pure filter scores every match 0) are ordered
        // newest first rather than by docid, so a sharded database orders
        // them as a single one does. Measured: no cost in query latency.
        if (timestamp_keys_)
            enquire.set_sort_by_relevance_then_key(timestamp_keys_.get(), true);
        else
            enquire.set_sort_by_relevance_then_value(schema::kSlotTimestamp, true);
    }
    if (request.collapse_duplicates) enquire.set_collapse_key(collapse_slot_);
    return enquire;
}

bool Searcher::match_collapsing_in_memory(const Xapian::Query& query, const SearchRequest& request,
                                          Xapian::doccount count, Xapian::doccount plain_count, bool rerank,
                                          Xapian::MSet& mset, std::vector<RankedMatch>& matches,
                                          Xapian::doccount& estimate) {
    // Where the timestamps are in memory: one local database, read once.
    if (!timestamp_keys_ || !request.collapse_duplicates) return false;
    if (collapse_keys_ && collapse_keys_->outdated(db_)) collapse_keys_.reset();
    if (!collapse_keys_) collapse_keys_ = std::make_unique<CollapseKeys>(db_, collapse_slot_);
    SearchRequest uncollapsed = request;
    uncollapsed.collapse_duplicates = false;
    Xapian::Enquire enquire = make_enquire(query, uncollapsed);
    CandidateSpy spy;
    enquire.add_matchspy(&spy);
    const Xapian::doccount deeper = count + count / kCollapseMargin;
    Xapian::MSet all = enquire.get_mset(0, deeper);
    const bool every_match = all.size() < deeper;
    // The best match of each key, as Xapian keeps it: the first in rank order.
    std::vector<RankedMatch> kept;
    std::unordered_set<std::uint32_t> keys;
    for (auto it = all.begin(); it != all.end() && kept.size() < count; ++it) {
        const std::uint32_t key = collapse_keys_->key(*it);
        if (key == 0 || keys.insert(key).second) kept.push_back({it, it.get_weight()});
    }
    if (kept.size() < count && !every_match) return false;
    // The re-ranking reads the MSet's first lead_depth matches: they must be
    // the collapsed ones.
    if (rerank)
        for (std::size_t i = 0; i < std::min<std::size_t>(request.ranking.lead_depth, kept.size()); ++i)
            if (kept[i].it.get_rank() != i) return false;
    // The estimate a query without facets reports. Xapian's estimate of the
    // matches before the match ran is the MSet's when it is more than the
    // candidates the match met (else it says how many it met).
    auto bounds = [&] {
        if (!every_match && all.get_uncollapsed_matches_estimated() > spy.candidates().size())
            return std::pair{all.get_uncollapsed_matches_estimated(), all.get_matches_upper_bound()};
        enquire.clear_matchspies();
        const Xapian::MSet before = enquire.get_mset(0, 0);
        return std::pair{before.get_uncollapsed_matches_estimated(), before.get_matches_upper_bound()};
    };
    const std::optional<Xapian::doccount> collapsed =
        collapsed_estimate(spy.candidates(), plain_count, deeper, *timestamp_keys_, *collapse_keys_, bounds);
    if (!collapsed) return false;
    estimate = *collapsed;
    mset = std::move(all);
    matches = std::move(kept);
    ++collapsed_in_memory_;
    return true;
}

Searcher::AnswerFacets Searcher::answer_facets(const std::vector<RankedMatch>& matches, const Xapian::MSet& mset,
                                               const Xapian::Query& query, const SearchRequest& request) {
    auto count_top = [&](const std::vector<RankedMatch>& ranked, const Xapian::MSet& from) {
        const std::size_t n = std::min<std::size_t>(request.facets_over, ranked.size());
        const double min_weight = request.facets_min_share * from.get_max_attained();
        FacetTally tally(entity_names());
        if (has_remote_) {
            from.fetch();  // the documents in a few round trips, not one each
            for (std::size_t i = 0; i < n; ++i)
                if (ranked[i].it.get_weight() >= min_weight) tally.add(ranked[i].it.get_document(), ranked[i].score);
            return AnswerFacets(counted(tally, request.facet_values));
        }
        std::vector<FacetTally::Article> articles;
        for (std::size_t i = 0; i < n; ++i)
            if (ranked[i].it.get_weight() >= min_weight) articles.push_back({*ranked[i].it, ranked[i].score});
        // The FacetThread where every article's values are in memory and
        // its handle is at db_'s revision; a searcher over a handle it did
        // not open (tests) has none.
        FacetStore* store = facet_value_memo_->held(db_);
        if (store != nullptr && !facet_thread_ && !specs_.empty() && !has_remote_ && db_.size() == 1)
            facet_thread_ = std::make_unique<FacetThread>(specs_, db_options_, entities_indexed_);
        if (store != nullptr && facet_thread_ && facet_thread_->follows(db_)) {
            facet_value_memo_->hits += articles.size();
            ++facets_on_thread_;
            facet_thread_->start(*store, std::move(articles), request.facet_values);
            return AnswerFacets(*facet_thread_);
        }
        tally.add(db_, articles, facet_value_memo_.get());
        return AnswerFacets(counted(tally, request.facet_values));
    };
    if (request.sort == SearchRequest::Sort::Relevance) return count_top(matches, mset);
    // Sorted by date, the page is not the best matches: find those apart.
    SearchRequest by_relevance = request;
    by_relevance.sort = SearchRequest::Sort::Relevance;
    const Xapian::MSet best = make_enquire(query, by_relevance).get_mset(0, request.facets_over);
    std::vector<RankedMatch> ranked;
    for (auto it = best.begin(); it != best.end(); ++it) ranked.push_back({it, it.get_weight()});
    return count_top(ranked, best);
}

std::vector<SearchResult> Searcher::page(std::vector<RankedMatch> matches, const Xapian::MSet& mset,
                                         const SearchRequest& request, bool from_first) const {
    if (from_first) {
        // The MSet started at the first match: cut the page out of it.
        if (matches.size() > request.offset + request.limit) matches.resize(request.offset + request.limit);
        matches.erase(matches.begin(), matches.begin() + std::min<std::size_t>(request.offset, matches.size()));
    }
    const SnippetOptions snippets{request.snippet_length, request.highlight_start, request.highlight_end};
    // Documents are read in docid order: the cursor on the document data
    // moves forward instead of jumping back and forth.
    std::vector<std::size_t> by_docid(matches.size());
    for (std::size_t i = 0; i < by_docid.size(); ++i) by_docid[i] = i;
    std::sort(by_docid.begin(), by_docid.end(),
              [&](std::size_t a, std::size_t b) { return *matches[a].it < *matches[b].it; });
    std::vector<SearchResult> results(matches.size());
    for (const std::size_t i : by_docid) {
        SearchResult& r = results[i];
        if (request.ids_only) {
            r.docid = *matches[i].it;
            r.id = stored_id(matches[i].it.get_document().get_data());
        } else {
            r = read_result(matches[i].it, mset, analyzer_->stemmer(), snippets);
        }
        // Not the MSet's rank: a match collapsed in memory has left out duplicates.
        r.rank = request.offset + i + 1;
        r.score = matches[i].score;
    }
    if (EntityNames* names = request.result_entities && !request.ids_only ? entity_names() : nullptr)
        resolve_entity_names(results, *names, page_joins_.get());
    return results;
}

}  // namespace telusur
