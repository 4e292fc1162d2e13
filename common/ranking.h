// Ranking: the weighting scheme and the query-side boosts search() applies
// on top of the parsed query. Defaults are the settings measured best on the
// shared benchmarks with `telusur-eval ir` (see docs/ranking.md).
#pragma once

#include "common/analysis/analyzer.h"

#include <xapian.h>

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace telusur {

struct RankingOptions {
    /// Xapian's weighting schemes: BM25 (the default), BM25+, and for
    /// comparison the divergence-from-randomness family (DLH, DPH, PL2, PL2+,
    /// InL2, IfB2, IneB2, BB2) and the unigram language model with Dirichlet
    /// smoothing (LM). See docs/ranking.md for what each measured.
    enum class Weighting { BM25, BM25Plus, DLH, DPH, PL2, PL2Plus, InL2, IfB2, IneB2, BB2, LM };
    Weighting weighting = Weighting::BM25;
    /// BM25 parameters (Xapian::BM25Weight; k2 = 0 always). Xapian's own
    /// defaults are k1 = 1, k3 = 1, b = 0.5, min_normlen = 0.5. b = 0.75
    /// (stronger length normalization) measured best on TyDi QA paragraphs
    /// and no worse on the news sets; k1 between 0.6 and 1.2 hardly matters.
    double k1 = 0.9;
    double k3 = 1.0;
    double b = 0.75;
    double min_normlen = 0.5;
    double delta = 1.0;  ///< BM25+ lower bound on a matching term's tf part (PL2+: 0.8 is Xapian's)
    double c = 1.0;      ///< DFR schemes (PL2, PL2+, InL2, IfB2, IneB2, BB2): length normalization
    double mu = 2000;    ///< LM: Dirichlet smoothing
    /// BM25 only: let Xapian's matcher skip matches its weight bounds rule
    /// out (faster). Off by default: Xapian 1.4.22 then drops matches when
    /// a database is split into shards (several --db, sharded, remote), so
    /// the top differed with the layout (issue 15; common/ranking.cpp).
    bool prune = false;

    /// Entity boost: the top lead_depth matches gain this weight times the
    /// BM25 weight (this ranking's k1, k3, b, min_normlen; the whole
    /// database's statistics) of each entity term of the people,
    /// organizations and places the query names ("Korea Utara", "Kursk";
    /// common/query_entities.h), so articles about them rank above articles
    /// that merely contain the words. Applied by the Reranker after the
    /// match, not as part of the query: matching an OR of the entity terms
    /// cost the slowest batch queries a quarter of their time
    /// (docs/benchmarks.md, session 14). 0 turns it off. 0.2 measured best
    /// with `telusur-eval ir` (1.0 lost 0.01-0.03 nDCG@10; docs/ranking.md).
    double entity_boost = 0.2;
    /// Adds exact_weight times the weight of the word the user
    /// typed for each stemmed query term (a bonus for the exact form).
    double exact_weight = 0;

    // --- Bonuses on the top matches: the Reranker below ---

    /// Lead boost: the subject of a news article or encyclopedia paragraph
    /// is named in its first words. The top lead_depth results are re-ranked
    /// (among themselves) with lead_weight times the query weight of each
    /// query word that occurs in the first lead_window words of the body
    /// (schema::ContentKey::lead_words; the title is not part of it).
    /// 0 turns it off. w = 0.2, window 20 measured +0.015 nDCG@10 on TyDi QA,
    /// +0.011 on IndoSum, -0.004 on facqa (docs/ranking.md).
    double lead_weight = 0.2;
    unsigned lead_window = 20;
    unsigned lead_depth = 20;

    /// Query coverage bonus, applied with the lead boost to the same top
    /// lead_depth matches (relevance order only): adds
    /// coverage_weight x W x (M / W)^coverage_power, where W is the summed
    /// weight bound (idf x (k1 + 1)) of the query's words and M that of the
    /// words the document contains. Questions reward documents that match
    /// more of their distinct words; a power above 1 favours near-complete
    /// matches over partial ones (BM25's sum is linear in the words matched).
    /// Which words a match contains is read from each query word's posting
    /// list, advanced over the lead_depth docids in order. 0 turns it off.
    /// w = 0.1, power 2 measured +0.002 nDCG@10 on facqa, +0.0014 on TyDi
    /// QA, +0.001 on IndoSum, on both halves of each query set (docs/ranking.md).
    double coverage_weight = 0.1;
    double coverage_power = 2;

    /// Answer-type bonus, applied after the lead boost and the coverage
    /// bonus to the same top lead_depth matches: when the query is a
    /// question whose question word asks for a type of answer
    /// (expected_answer_type(): siapa -> a person, berapa -> a number, kapan
    /// -> a date, di mana -> a place), each of those matches that contains
    /// an answer of that type (schema::ContentKey::answer_types:
    /// a tagged entity, a number, a date) gains answer_weight times the
    /// highest score among them. 0 turns it off.
    double answer_weight = 0.2;

    /// Topic-query lead bonus, applied with the lead boost to the same top
    /// lead_depth matches, only for queries that are not questions
    /// (is_question(): keywords, a headline): adds topic_lead_weight times
    /// the query weight of each query word among the first topic_lead_window
    /// words of the body (schema::kSlotTopicLeadWords). What such a query
    /// names is what an article about it states in its lead paragraph.
    /// 0 turns it off.
    double topic_lead_weight = 0.2;
    unsigned topic_lead_window = 50;

    /// All-words bonus (coordination; with_all_words_bonus()): for a keyword
    /// query (not a question) of 2 to all_words_max words, every article
    /// that contains all of them gets the same lift, all_words_weight times
    /// the words' summed idf. BM25 adds little for a common word (Jakarta:
    /// a third of clickid), so for `banjir Jakarta` articles whose title says
    /// "banjir pujian" (praise poured in) outranked floods in Jakarta; the
    /// same lift for each keeps the order among the articles with every
    /// word. 0 turns it off. 0.5: the gold sets' nDCG@10 is unchanged (their
    /// short queries are questions, or headlines whose article has every
    /// word), 1.0 lost 0.0005 on IndoSum (docs/ranking.md).
    double all_words_weight = 0.5;
    unsigned all_words_max = 4;

    /// Off by default: on the shared benchmarks every weight tried lowered
    /// nDCG@10 (known-item questions reward distinct rare words, not pairs).
    /// Boosts documents where adjacent query words occur close together:
    /// adds `proximity_weight` times the weight of each pair found within a
    /// window of `proximity_window` positions (in order when
    /// proximity_ordered, as Xapian's PHRASE; any order, as NEAR, otherwise).
    bool proximity = false;
    double proximity_weight = 0.5;
    unsigned proximity_window = 4;
    bool proximity_ordered = false;

    /// Off by default: it lowered nDCG@10 on every benchmark (one relevant
    /// passage per query; feedback drifts to its neighbours).
    /// Pseudo-relevance feedback: takes the top prf_docs results as relevant,
    /// picks prf_terms expansion terms from them (Xapian's ESet) and re-ranks
    /// the same matches with their weights times prf_weight added.
    bool prf = false;
    unsigned prf_docs = 5;
    unsigned prf_terms = 10;
    double prf_weight = 0.3;
};

/// Plain BM25 (k1 = 0.9, b = 0.4), no boosts (the entity boost included):
/// the reference baseline.
RankingOptions plain_bm25_ranking();
/// Xapian's default BM25Weight(), no boosts.
RankingOptions xapian_default_ranking();

/// Sets one option from text: weighting=bm25|bm25plus|dlh|dph|pl2|pl2plus|
/// inl2|ifb2|ineb2|bb2|lm, k1, k3, b, min_normlen, delta, c, mu,
/// prune=on|off, entity_boost, exact, lead, lead_window, lead_depth, coverage,
/// coverage_power, answer, topic_lead, topic_lead_window,
/// all_words, all_words_max, proximity=on|off, proximity_weight, proximity_window,
/// proximity_ordered=on|off, prf=on|off, prf_docs, prf_terms, prf_weight,
/// and preset=plain|xapian|telusur (replaces every option).
/// @throws UsageError for an unknown key or a bad value.
void set_ranking_option(RankingOptions& options, std::string_view key, std::string_view value);

/// Applies a comma-separated "key=value,key=value" list with
/// set_ranking_option(). @throws UsageError.
void set_ranking_options(RankingOptions& options, std::string_view list);

/// One-line description, e.g. "bm25(k1=0.9,b=0.4) proximity(w=0.5,win=4)".
std::string describe(const RankingOptions& options);

/// Configures enquire to rank `query` as
/// `options` says: sets the weighting scheme and the query, wrapped in OP_AND_MAYBE with the proximity and
/// feedback boosts (so the set of matches and every filter stay those of
/// `query`; only the order changes). Pseudo-relevance feedback runs one
/// extra search of the top prf_docs here.
/// @param parser the parser that produced `query`, used to map stemmed terms
///   back to the words whose positions the index keeps; nullptr skips the
///   proximity boost for stemmed terms.
void apply_ranking(Xapian::Enquire& enquire, const Xapian::Query& query, const RankingOptions& options,
                   const Xapian::QueryParser* parser);

/// The query with the all-words bonus of RankingOptions::all_words_weight,
/// for keyword queries (not questions: a passage that answers one seldom
/// repeats every word of it) of 2 to all_words_max plain words: the articles
/// with every word get the same lift (the weight times the words' summed
/// idf in `db`), added with OP_AND_MAYBE. Returns `query` itself otherwise.
Xapian::Query with_all_words_bonus(const Xapian::Query& query, const std::vector<AnalyzedToken>& words,
                                  const Xapian::Database& db, const RankingOptions& options);

class SlotValuesInMemory;  // collapse.h

/// The slots the re-ranking reads for its top matches, held in memory by a
/// long-lived searcher (the same bytes as the database's); nullptr: read
/// from the database.
struct RerankSlots {
    const SlotValuesInMemory* content_keys = nullptr;  ///< schema::kSlotContentKey
    const SlotValuesInMemory* topic_leads = nullptr;   ///< schema::kSlotTopicLeadWords
};

/// One match of the MSet with the score the ranking gives it.
struct RankedMatch {
    Xapian::MSetIterator it;
    double score;
};

/// Every bonus on the top matches (RankingOptions::lead_depth of them,
/// relevance order only), applied in this order: the entity boost, the lead
/// boost and the coverage bonus, the topic-query lead bonus (queries that are not
/// questions), then the answer-type bonus (questions that ask for a type of
/// answer). The matches are re-ranked among themselves: bonuses only add,
/// so they stay above the rest, and a longer result list ranks its top as a
/// short one does.
class Reranker {
public:
    /// Whether any bonus can change the order of this query's matches.
    /// @param words the query as Analyzer::analyze() gives it
    /// @param names_entities the query names entities (the entity boost's terms)
    static bool applies(const RankingOptions& options, const std::vector<AnalyzedToken>& words,
                        bool names_entities);

    /// @param mset the ranked matches (their term frequencies give each
    ///   query word its weight), at least the top lead_depth
    /// @param parser the parser that produced `query`: maps stemmed query
    ///   terms back to the typed words the lead words hold
    /// @param entity_terms the entity terms of the entities the query names
    ///   (find_query_entities()), for the entity boost
    /// @param remote some shard of db is remote: values are read per document
    /// @param in_memory the slots a searcher holds in memory
    Reranker(const Xapian::Database& db, const Xapian::Query& query, const Xapian::MSet& mset,
             const Xapian::QueryParser& parser, const std::vector<AnalyzedToken>& words,
             const std::vector<std::string>& entity_terms, const RankingOptions& options, bool remote = false,
             RerankSlots in_memory = {});

    /// Adds the bonuses to the first lead_depth of matches (in MSet order)
    /// and sorts those by the new score (stable: equal scores keep the
    /// match's order, newest first).
    void rerank(std::vector<RankedMatch>& matches) const;

private:
    struct Term {
        std::vector<std::uint32_t> hashes;  ///< schema::lead_word_hash() of each typed form
        double weight;
    };
    /// Summed weight of the query words among the first `window` lead words.
    double lead_sum(std::string_view lead_words, unsigned window) const;
    /// The bonuses read from posting lists (coverage, entity boost) of the
    /// top matches, `docids` ascending.
    void add_coverage_bonus(const std::vector<Xapian::docid>& docids,
                            const std::vector<std::pair<std::string, double>>& terms);
    void add_entity_boost(const std::vector<Xapian::docid>& docids, const std::vector<std::string>& terms);
    double postlist_bonus(Xapian::docid docid) const;
    struct Values;  ///< readers of the slots the bonuses need, in docid order
    /// Adds the topic, lead, coverage and entity bonuses to one match's score;
    /// returns whether it holds an answer of the asked type.
    bool add_bonuses(RankedMatch& match, Values& values) const;

    const RankingOptions& options_;
    Xapian::Database db_;
    bool value_streams_;
    RerankSlots in_memory_;
    std::vector<Term> terms_;
    bool topic_query_;
    std::uint8_t asked_answer_type_;
    /// Coverage bonus plus entity boost of each of the top lead_depth matches, by docid.
    std::map<Xapian::docid, double> postlist_bonus_;
};

}  // namespace telusur
