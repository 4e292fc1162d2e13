#include "common/search.h"

#include "common/collapse.h"
#include "common/errors.h"
#include "common/query_entities.h"
#include "common/schema.h"

#include <algorithm>
#include <cstdint>
#include <unordered_set>

namespace telusur {
namespace {

DatabaseError changed_too_often(unsigned reopened, const Xapian::DatabaseModifiedError& e) {
    return DatabaseError("the database changed " + std::to_string(reopened + 1) +
                         " times while it was read: " + e.get_msg());
}

}  // namespace

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
}

void Searcher::start_revision() {
    // New memos: an old revision's look-ups and values may be stale.
    query_entity_memo_ = std::make_unique<QueryEntityMemo>();
    facet_value_memo_ = std::make_unique<FacetValueMemo>(db_);
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

    if (answer_facets) {
        FacetCounts counts = this->answer_facets(matches, mset, parsed.query, request, response.facets_over);
        response.facets = std::move(counts.facets);
        response.timeline = std::move(counts.timeline);
    }
    response.results = page(std::move(matches), mset, request, from_first);
    if (all_facets) {
        FacetCounts counts = every_match.collect(enquire, request.facet_values);
        response.facets = std::move(counts.facets);
        response.timeline = std::move(counts.timeline);
        response.facets_over = response.total_estimate;
    }
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

FacetCounts Searcher::answer_facets(const std::vector<RankedMatch>& matches, const Xapian::MSet& mset,
                                    const Xapian::Query& query, const SearchRequest& request,
                                    Xapian::doccount& articles) {
    FacetTally tally(entity_names());
    auto count_top = [&](const std::vector<RankedMatch>& ranked, const Xapian::MSet& from) {
        const std::size_t n = std::min<std::size_t>(request.facets_over, ranked.size());
        const double min_weight = request.facets_min_share * from.get_max_attained();
        if (has_remote_) {
            from.fetch();  // the documents in a few round trips, not one each
            for (std::size_t i = 0; i < n; ++i)
                if (ranked[i].it.get_weight() >= min_weight) tally.add(ranked[i].it.get_document(), ranked[i].score);
            return;
        }
        std::vector<FacetTally::Article> articles;
        for (std::size_t i = 0; i < n; ++i)
            if (ranked[i].it.get_weight() >= min_weight) articles.push_back({*ranked[i].it, ranked[i].score});
        tally.add(db_, articles, facet_value_memo_.get());
    };
    if (request.sort == SearchRequest::Sort::Relevance) {
        count_top(matches, mset);
    } else {
        // Sorted by date, the page is not the best matches: find those apart.
        SearchRequest by_relevance = request;
        by_relevance.sort = SearchRequest::Sort::Relevance;
        const Xapian::MSet best = make_enquire(query, by_relevance).get_mset(0, request.facets_over);
        std::vector<RankedMatch> ranked;
        for (auto it = best.begin(); it != best.end(); ++it) ranked.push_back({it, it.get_weight()});
        count_top(ranked, best);
    }
    articles = tally.articles();
    return tally.counts(request.facet_values);
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
        resolve_entity_names(results, *names);
    return results;
}

}  // namespace telusur
