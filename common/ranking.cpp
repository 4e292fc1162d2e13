#include "common/ranking.h"

#include "common/analysis/answer_types.h"
#include "common/collapse.h"
#include "common/errors.h"
#include "common/schema.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <memory>
#include <set>
#include <string>
#include <type_traits>
#include <variant>
#include <vector>

namespace telusur {

namespace {

bool is_ascii_upper(char c) { return c >= 'A' && c <= 'Z'; }

/// A term of the unprefixed free-text field: a plain word ("pbb") or its
/// stemmed form ("Zbentuk"). Title terms (S...), stemmed title terms (ZS...)
/// and boolean filter terms are left out.
bool is_body_word(const std::string& term) {
    if (term.empty()) return false;
    if (term[0] == 'Z') return term.size() > 1 && !is_ascii_upper(term[1]);
    return !is_ascii_upper(term[0]);
}

/// The query's free-text words in query order, stemmed terms mapped back to
/// the word the user typed (the index keeps positions for words, not stems).
std::vector<std::string> positional_words(const Xapian::Query& query, const Xapian::QueryParser* parser) {
    std::vector<std::string> words;
    for (auto it = query.get_terms_begin(); it != query.get_terms_end(); ++it) {
        const std::string term = *it;
        if (!is_body_word(term)) continue;
        if (term[0] != 'Z') {
            words.push_back(term);
        } else if (parser) {
            auto unstem = parser->unstem_begin(term);
            if (unstem != parser->unstem_end(term)) words.push_back(*unstem);
        }
    }
    return words;
}

/// The words of a plain keyword query: its top OR of single terms (under
/// any AND_MAYBE and filter), or none when the query has
/// phrases, boolean operators or one word only.
std::vector<Xapian::Query> keyword_terms(const Xapian::Query& query) {
    Xapian::Query q = query;
    while (q.get_type() == Xapian::Query::OP_AND_MAYBE || q.get_type() == Xapian::Query::OP_FILTER)
        q = q.get_subquery(0);
    std::vector<Xapian::Query> terms;
    if (q.get_type() != Xapian::Query::OP_OR) return terms;
    std::set<std::string> seen;
    for (std::size_t i = 0; i < q.get_num_subqueries(); ++i) {
        const Xapian::Query sub = q.get_subquery(i);
        if (sub.get_type() != Xapian::Query::LEAF_TERM) return {};
        const std::string term = *sub.get_terms_begin();
        if (!is_body_word(term)) return {};
        if (seen.insert(term).second) terms.push_back(sub);
    }
    return terms;
}

/// Adjacent query words (stopwords already removed by the parser) within a
/// window: a cheap sequential-dependence boost.
Xapian::Query proximity_boost(const std::vector<std::string>& words, const RankingOptions& options) {
    std::vector<Xapian::Query> pairs;
    for (std::size_t i = 0; i + 1 < words.size(); ++i) {
        if (words[i] == words[i + 1]) continue;
        const Xapian::Query terms[] = {Xapian::Query(words[i]), Xapian::Query(words[i + 1])};
        pairs.emplace_back(options.proximity_ordered ? Xapian::Query::OP_PHRASE : Xapian::Query::OP_NEAR,
                           std::begin(terms), std::end(terms), options.proximity_window);
    }
    if (pairs.empty()) return {};
    return Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT,
                         Xapian::Query(Xapian::Query::OP_OR, pairs.begin(), pairs.end()), options.proximity_weight);
}

/// Accepts expansion terms of the kind the query itself uses (stems when
/// the database is stemmed, words otherwise), so that feedback never adds
/// filters, title-only or duplicate forms of a word.
class SameKindDecider : public Xapian::ExpandDecider {
public:
    explicit SameKindDecider(bool stemmed) : stemmed_(stemmed) {}
    bool operator()(const std::string& term) const override {
        if (!is_body_word(term) || (term[0] == 'Z') != stemmed_) return false;
        const std::size_t length = term.size() - (stemmed_ ? 1 : 0);
        return length >= 3;  // one- and two-letter terms are mostly noise
    }

private:
    bool stemmed_;
};

/// BM25 with every term's weight bound set out of reach, so that Xapian's
/// matcher never prunes: it scores every match (same formula, same scores)
/// instead of skipping postings that its bounds say cannot reach the top.
/// Xapian 1.4.22's pruning drops matches when a shard is searched with the
/// statistics of several (several --db, a sharded database, remote shards):
/// `harga minyak Arab Saudi` on clickid split in halves lost its rank-16
/// match at get_mset(0, 20), and a fixed weight cutoff lost matches above it
/// on plain OR queries too; bounds raised by 10 % hid it, by 1 % did not.
/// So every layout computes the exact top (tests/test_shard_equality.cpp).
/// Cost measured in docs/benchmarks.md (batch p99 against the bare loop).
/// name() and serialise() stay BM25Weight's: a remote shard (xapian-tcpsrv
/// knows only Xapian's own schemes) ranks with plain BM25Weight.
class UnprunedBM25Weight : public Xapian::BM25Weight {
public:
    UnprunedBM25Weight(double k1, double k3, double b, double min_normlen)
        : Xapian::BM25Weight(k1, 0, k3, b, min_normlen), k1_(k1), k3_(k3), b_(b), min_normlen_(min_normlen) {}
    UnprunedBM25Weight* clone() const override { return new UnprunedBM25Weight(k1_, k3_, b_, min_normlen_); }
    /// Finite, so that sums and differences of bounds stay numbers.
    double get_maxpart() const override { return 1e100; }

private:
    double k1_, k3_, b_, min_normlen_;
};

Xapian::Query feedback_boost(Xapian::Enquire& enquire, const RankingOptions& options) {
    const Xapian::MSet top = enquire.get_mset(0, options.prf_docs);
    if (top.empty()) return {};
    Xapian::RSet rset;
    for (auto it = top.begin(); it != top.end(); ++it) rset.add_document(*it);
    // A stemmed database (stems under Z) expands with stems, others with words.
    const Xapian::Document first = top.begin().get_document();
    auto z = first.termlist_begin();
    z.skip_to("Z");
    const bool stemmed = z != first.termlist_end() && (*z)[0] == 'Z';
    const SameKindDecider decider(stemmed);
    const Xapian::ESet eset = enquire.get_eset(options.prf_terms, rset, &decider);
    if (eset.empty()) return {};
    const double top_weight = eset.begin().get_weight();
    std::vector<Xapian::Query> terms;
    for (auto it = eset.begin(); it != eset.end(); ++it)
        if (top_weight > 0)
            terms.emplace_back(Xapian::Query::OP_SCALE_WEIGHT, Xapian::Query(*it), it.get_weight() / top_weight);
    if (terms.empty()) return {};
    return Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT,
                         Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end()), options.prf_weight);
}

double parse_number(std::string_view key, std::string_view value) {
    double x = 0;
    const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), x);
    if (ec != std::errc() || end != value.data() + value.size() || x < 0)
        throw UsageError("ranking option " + std::string(key) + ": '" + std::string(value) +
                         "' is not a non-negative number");
    return x;
}

unsigned parse_count(std::string_view key, std::string_view value) {
    const double x = parse_number(key, value);
    if (x != static_cast<unsigned>(x) || x < 1)
        throw UsageError("ranking option " + std::string(key) + ": '" + std::string(value) +
                         "' is not a positive whole number");
    return static_cast<unsigned>(x);
}

bool parse_switch(std::string_view key, std::string_view value) {
    if (value == "on" || value == "true" || value == "1" || value == "yes") return true;
    if (value == "off" || value == "false" || value == "0" || value == "no") return false;
    throw UsageError("ranking option " + std::string(key) + ": '" + std::string(value) + "' is not on or off");
}

/// The options that set one field, by name (and short name).
struct NumericOption {
    const char* name;
    const char* short_name;  ///< "" when none
    std::variant<double RankingOptions::*, unsigned RankingOptions::*, bool RankingOptions::*> member;
};

const NumericOption kNumericOptions[] = {
    {"k1", "", &RankingOptions::k1},
    {"k3", "", &RankingOptions::k3},
    {"b", "", &RankingOptions::b},
    {"min_normlen", "", &RankingOptions::min_normlen},
    {"delta", "", &RankingOptions::delta},
    {"c", "", &RankingOptions::c},
    {"mu", "", &RankingOptions::mu},
    {"prune", "", &RankingOptions::prune},
    {"entity_boost", "entity", &RankingOptions::entity_boost},
    {"exact_weight", "exact", &RankingOptions::exact_weight},
    {"lead_weight", "lead", &RankingOptions::lead_weight},
    {"lead_window", "", &RankingOptions::lead_window},
    {"lead_depth", "", &RankingOptions::lead_depth},
    {"coverage_weight", "coverage", &RankingOptions::coverage_weight},
    {"coverage_power", "", &RankingOptions::coverage_power},
    {"answer_weight", "answer", &RankingOptions::answer_weight},
    {"topic_lead_weight", "topic_lead", &RankingOptions::topic_lead_weight},
    {"topic_lead_window", "", &RankingOptions::topic_lead_window},
    {"all_words_weight", "all_words", &RankingOptions::all_words_weight},
    {"all_words_max", "", &RankingOptions::all_words_max},
    {"proximity", "", &RankingOptions::proximity},
    {"proximity_weight", "", &RankingOptions::proximity_weight},
    {"proximity_window", "", &RankingOptions::proximity_window},
    {"proximity_ordered", "", &RankingOptions::proximity_ordered},
    {"prf", "", &RankingOptions::prf},
    {"prf_docs", "", &RankingOptions::prf_docs},
    {"prf_terms", "", &RankingOptions::prf_terms},
    {"prf_weight", "", &RankingOptions::prf_weight},
};

const NumericOption* find_numeric_option(std::string_view key) {
    for (const auto& option : kNumericOptions)
        if (key == option.name || (*option.short_name != '\0' && key == option.short_name)) return &option;
    return nullptr;
}

struct WeightingName {
    const char* name;
    RankingOptions::Weighting weighting;
};

constexpr WeightingName kWeightings[] = {
    {"bm25", RankingOptions::Weighting::BM25},   {"bm25plus", RankingOptions::Weighting::BM25Plus},
    {"dlh", RankingOptions::Weighting::DLH},     {"dph", RankingOptions::Weighting::DPH},
    {"pl2", RankingOptions::Weighting::PL2},     {"pl2plus", RankingOptions::Weighting::PL2Plus},
    {"inl2", RankingOptions::Weighting::InL2},   {"ifb2", RankingOptions::Weighting::IfB2},
    {"ineb2", RankingOptions::Weighting::IneB2}, {"bb2", RankingOptions::Weighting::BB2},
    {"lm", RankingOptions::Weighting::LM},
};

const char* weighting_name(RankingOptions::Weighting w) {
    for (const auto& n : kWeightings)
        if (n.weighting == w) return n.name;
    return "bm25";
}

std::string number(double x) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g", x);
    return buf;
}

}  // namespace

RankingOptions plain_bm25_ranking() {
    RankingOptions o;
    o.weighting = RankingOptions::Weighting::BM25;
    o.k1 = 0.9, o.k3 = 1.0, o.b = 0.4, o.min_normlen = 0.5;
    o.entity_boost = 0;
    o.exact_weight = 0;
    o.lead_weight = 0;
    o.coverage_weight = 0;
    o.answer_weight = 0;
    o.topic_lead_weight = 0;
    o.all_words_weight = 0;
    o.proximity = false;
    o.prf = false;
    return o;
}

RankingOptions xapian_default_ranking() {
    RankingOptions o = plain_bm25_ranking();
    o.k1 = 1.0, o.b = 0.5;
    return o;
}

void set_ranking_option(RankingOptions& o, std::string_view key, std::string_view value) {
    if (key == "preset") {
        if (value == "plain")
            o = plain_bm25_ranking();
        else if (value == "xapian")
            o = xapian_default_ranking();
        else if (value == "telusur")
            o = RankingOptions{};
        else
            throw UsageError("ranking preset '" + std::string(value) + "' (plain, xapian, telusur)");
    } else if (key == "weighting") {
        const std::string_view name = value == "bm25+" ? "bm25plus" : value == "pl2+" ? "pl2plus" : value;
        bool known = false;
        for (const auto& n : kWeightings)
            if (name == n.name) o.weighting = n.weighting, known = true;
        if (!known)
            throw UsageError("weighting '" + std::string(value) +
                             "' (bm25, bm25plus, dlh, dph, pl2, pl2plus, inl2, ifb2, ineb2, bb2, lm)");
    } else if (const NumericOption* option = find_numeric_option(key)) {
        std::visit(
            [&](auto member) {
                using Field = std::remove_reference_t<decltype(o.*member)>;
                if constexpr (std::is_same_v<Field, bool>)
                    o.*member = parse_switch(key, value);
                else if constexpr (std::is_same_v<Field, unsigned>)
                    o.*member = parse_count(key, value);
                else
                    o.*member = parse_number(key, value);
            },
            option->member);
        if (key == "b" && o.b > 1) throw UsageError("ranking option b must be between 0 and 1");
    } else {
        std::string known = "preset, weighting";
        for (const auto& n : kNumericOptions) known += std::string(", ") + n.name;
        throw UsageError("unknown ranking option '" + std::string(key) + "' (" + known + ")");
    }
}

void set_ranking_options(RankingOptions& options, std::string_view list) {
    while (!list.empty()) {
        const auto comma = list.find(',');
        const std::string_view item = list.substr(0, comma);
        list = comma == std::string_view::npos ? std::string_view() : list.substr(comma + 1);
        if (item.empty()) continue;
        const auto eq = item.find('=');
        if (eq == std::string_view::npos)
            throw UsageError("ranking option '" + std::string(item) + "' needs key=value");
        set_ranking_option(options, item.substr(0, eq), item.substr(eq + 1));
    }
}

std::string describe(const RankingOptions& o) {
    using W = RankingOptions::Weighting;
    std::string s = weighting_name(o.weighting);
    if (o.weighting == W::BM25 || o.weighting == W::BM25Plus) {
        s += "(k1=" + number(o.k1) + ",b=" + number(o.b);
        if (o.k3 != 1.0) s += ",k3=" + number(o.k3);
        if (o.min_normlen != 0.5) s += ",min_normlen=" + number(o.min_normlen);
        if (o.prune && o.weighting == W::BM25) s += ",prune";
        if (o.weighting == W::BM25Plus) s += ",delta=" + number(o.delta);
        s += ")";
    } else if (o.weighting == W::LM) {
        s += "(mu=" + number(o.mu) + ")";
    } else if (o.weighting != W::DLH && o.weighting != W::DPH) {
        s += "(c=" + number(o.c);
        if (o.weighting == W::PL2Plus) s += ",delta=" + number(o.delta);
        s += ")";
    }
    if (o.entity_boost > 0) s += " entity(w=" + number(o.entity_boost) + ")";
    if (o.exact_weight > 0) s += " exact(w=" + number(o.exact_weight) + ")";
    if (o.lead_weight > 0) s += " lead(w=" + number(o.lead_weight) + ",win=" + std::to_string(o.lead_window) + ")";
    if (o.coverage_weight > 0) s += " coverage(w=" + number(o.coverage_weight) + ",p=" + number(o.coverage_power) + ")";
    if (o.answer_weight > 0) s += " answer(w=" + number(o.answer_weight) + ")";
    if (o.topic_lead_weight > 0)
        s += " topic_lead(w=" + number(o.topic_lead_weight) + ",win=" + std::to_string(o.topic_lead_window) + ")";
    if (o.all_words_weight > 0)
        s += " all_words(w=" + number(o.all_words_weight) + ",max=" + std::to_string(o.all_words_max) + ")";
    if (o.proximity)
        s += std::string(" ") + (o.proximity_ordered ? "phrase" : "near") + "(w=" + number(o.proximity_weight) +
             ",win=" + std::to_string(o.proximity_window) + ")";
    if (o.prf)
        s += " prf(docs=" + std::to_string(o.prf_docs) + ",terms=" + std::to_string(o.prf_terms) +
             ",w=" + number(o.prf_weight) + ")";
    return s;
}

void apply_ranking(Xapian::Enquire& enquire, const Xapian::Query& query, const RankingOptions& options,
                   const Xapian::QueryParser* parser) {
    using W = RankingOptions::Weighting;
    const double c = options.c > 0 ? options.c : 1.0;  // DFR schemes need c > 0
    switch (options.weighting) {
        case W::BM25:
            if (options.prune)
                enquire.set_weighting_scheme(
                    Xapian::BM25Weight(options.k1, 0, options.k3, options.b, options.min_normlen));
            else
                enquire.set_weighting_scheme(
                    UnprunedBM25Weight(options.k1, options.k3, options.b, options.min_normlen));
            break;
        case W::BM25Plus:
            enquire.set_weighting_scheme(
                Xapian::BM25PlusWeight(options.k1, 0, options.k3, options.b, options.min_normlen, options.delta));
            break;
        case W::DLH: enquire.set_weighting_scheme(Xapian::DLHWeight()); break;
        case W::DPH: enquire.set_weighting_scheme(Xapian::DPHWeight()); break;
        case W::PL2: enquire.set_weighting_scheme(Xapian::PL2Weight(c)); break;
        case W::PL2Plus: enquire.set_weighting_scheme(Xapian::PL2PlusWeight(c, options.delta)); break;
        case W::InL2: enquire.set_weighting_scheme(Xapian::InL2Weight(c)); break;
        case W::IfB2: enquire.set_weighting_scheme(Xapian::IfB2Weight(c)); break;
        case W::IneB2: enquire.set_weighting_scheme(Xapian::IneB2Weight(c)); break;
        case W::BB2: enquire.set_weighting_scheme(Xapian::BB2Weight(c)); break;
        case W::LM:
            enquire.set_weighting_scheme(Xapian::LMWeight(0.0, Xapian::Weight::DIRICHLET_SMOOTHING, options.mu));
            break;
    }

    std::vector<Xapian::Query> parts{query};
    if (options.exact_weight > 0 && parser) {
        // The exact form of each stemmed query word, as an optional extra.
        std::vector<Xapian::Query> exact;
        std::set<std::string> seen;
        for (auto it = query.get_terms_begin(); it != query.get_terms_end(); ++it) {
            const std::string term = *it;
            if (!is_body_word(term) || term[0] != 'Z') continue;
            for (auto u = parser->unstem_begin(term); u != parser->unstem_end(term); ++u)
                if (seen.insert(*u).second) exact.emplace_back(*u);
        }
        if (!exact.empty())
            parts.emplace_back(Xapian::Query::OP_SCALE_WEIGHT,
                               Xapian::Query(Xapian::Query::OP_OR, exact.begin(), exact.end()), options.exact_weight);
    }
    if (options.proximity) {
        const Xapian::Query boost = proximity_boost(positional_words(query, parser), options);
        if (!boost.empty()) parts.push_back(boost);
    }
    Xapian::Query ranked =
        parts.size() == 1 ? query : Xapian::Query(Xapian::Query::OP_AND_MAYBE, parts.begin(), parts.end());
    enquire.set_query(ranked);

    // Feedback only for queries with words to weight (not pure filters).
    bool has_words = false;
    for (auto it = query.get_terms_begin(); it != query.get_terms_end() && !has_words; ++it)
        has_words = is_body_word(*it);
    if (options.prf && has_words && options.prf_weight > 0) {
        const Xapian::Query boost = feedback_boost(enquire, options);
        if (!boost.empty()) {
            parts.push_back(boost);
            enquire.set_query(Xapian::Query(Xapian::Query::OP_AND_MAYBE, parts.begin(), parts.end()));
        }
    }
}

Xapian::Query with_all_words_bonus(const Xapian::Query& query, const std::vector<AnalyzedToken>& words,
                                  const Xapian::Database& db, const RankingOptions& options) {
    if (options.all_words_weight <= 0 || is_question(words)) return query;
    const std::vector<Xapian::Query> terms = keyword_terms(query);
    if (terms.size() < 2 || terms.size() > options.all_words_max) return query;
    // A lift of the same size for every article with all the words, so that
    // their order among themselves (BM25 and the lead bonuses) stays as it
    // was: the weight times the words' summed BM25 idf. The statistics are
    // the whole database's, so every shard layout lifts alike.
    const double n = db.get_doccount();
    double idf_sum = 0;
    for (const auto& term : terms) {
        const double df = db.get_termfreq(*term.get_terms_begin());
        idf_sum += std::max(0.0, std::log((n - df + 0.5) / (df + 0.5)));
    }
    if (idf_sum <= 0) return query;
    // release(): the query owns the source (reference counted).
    const Xapian::Query lift((new Xapian::FixedWeightPostingSource(options.all_words_weight * idf_sum))->release());
    const Xapian::Query all(Xapian::Query::OP_AND, terms.begin(), terms.end());
    return Xapian::Query(Xapian::Query::OP_AND_MAYBE, query,
                         Xapian::Query(Xapian::Query::OP_AND, lift, Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, all, 0)));
}

namespace {

bool is_topic_query(const RankingOptions& options, const std::vector<AnalyzedToken>& words) {
    return options.topic_lead_weight > 0 && !is_question(words);
}

}  // namespace

bool Reranker::applies(const RankingOptions& o, const std::vector<AnalyzedToken>& words, bool names_entities) {
    return o.lead_weight > 0 || o.coverage_weight > 0 || o.answer_weight > 0 || is_topic_query(o, words) ||
           (names_entities && o.entity_boost > 0);
}

namespace {

/// The docids of the MSet's first `depth` matches, ascending: posting lists
/// and value streams are then read forwards.
std::vector<Xapian::docid> top_docids(const Xapian::MSet& mset, Xapian::doccount depth) {
    std::vector<Xapian::docid> docids;
    for (auto it = mset.begin(); it != mset.end() && docids.size() < depth; ++it) docids.push_back(*it);
    std::ranges::sort(docids);
    return docids;
}

/// Calls found(i, posting) for each docids[i] (ascending) that `term`
/// indexes: one pass forwards over the term's posting list.
template <class Found>
void for_each_posting(const Xapian::Database& db, const std::string& term, const std::vector<Xapian::docid>& docids,
                      Found found) {
    auto post = db.postlist_begin(term);
    const auto end = db.postlist_end(term);
    for (std::size_t i = 0; i < docids.size() && post != end; ++i) {
        post.skip_to(docids[i]);
        if (post != end && *post == docids[i]) found(i, post);
    }
}

/// One term's weight in a document as Xapian::BM25Weight gives it in a
/// match (k2 = 0), scaled by `factor`, from the statistics of the whole
/// database: every shard layout, local or remote, weighs alike.
class Bm25TermWeight {
public:
    /// @param wqf how many times the query holds the term
    Bm25TermWeight(const Xapian::Database& db, const std::string& term, Xapian::termcount wqf, double factor,
                   const RankingOptions& o)
        : k1_(o.k1), b_(o.b), min_normlen_(o.min_normlen) {
        const double n = db.get_doccount();
        const double tf = db.get_termfreq(term);
        double ratio = (n - tf + 0.5) / (tf + 0.5);
        if (ratio < 2) ratio = ratio * 0.5 + 1;  // BM25Weight's floor for terms in over a third of the documents
        weight_ = std::log(ratio) * factor * (o.k1 + 1);
        if (o.k3 != 0) weight_ *= (o.k3 + 1) * wqf / (o.k3 + wqf);
        const double total_length = static_cast<double>(db.get_total_length());
        if (o.b != 0 && o.k1 != 0 && total_length > 0) len_factor_ = n / total_length;
    }
    double operator()(Xapian::termcount wdf, Xapian::termcount doclength) const {
        const double normlen = std::max(doclength * len_factor_, min_normlen_);
        return weight_ * (wdf / (k1_ * (normlen * b_ + (1 - b_)) + wdf));
    }

private:
    double k1_, b_, min_normlen_;
    double weight_ = 0;
    double len_factor_ = 0;  ///< 1 / average document length; 0 when the length does not count
};

}  // namespace

Reranker::Reranker(const Xapian::Database& db, const Xapian::Query& query, const Xapian::MSet& mset,
                   const Xapian::QueryParser& parser, const std::vector<AnalyzedToken>& words,
                   const std::vector<std::string>& entity_terms, const RankingOptions& options, bool remote,
                   RerankSlots in_memory)
    : options_(options),
      db_(db),
      value_streams_(!remote),
      in_memory_(in_memory),
      topic_query_(is_topic_query(options, words)),
      asked_answer_type_(options.answer_weight > 0 ? expected_answer_type(words) : 0) {
    std::set<std::string> seen;
    // The term's BM25 weight bound from the combined statistics, as Xapian's
    // BM25Weight computes its idf part (MSet::get_termweight() would differ
    // between a sharded database and a single one). The term frequencies are
    // the match's, which the MSet holds (no look-up).
    const double n = db.get_doccount();
    std::vector<std::pair<std::string, double>> coverage_terms;  // every query word, for the coverage bonus
    for (auto it = query.get_terms_begin(); it != query.get_terms_end(); ++it) {
        const std::string term = *it;
        if (!is_body_word(term) || !seen.insert(term).second) continue;
        const double tf = mset.get_termfreq(term);
        double idf = tf > 0 ? std::log((n - tf + 0.5) / (tf + 0.5)) : 0;
        if (idf < 2) idf = idf * 0.5 + 1;
        Term t{{}, idf * (options.k1 + 1)};
        // The lead words hold typed words, not stems: a stem counts when any
        // word the query typed for it is there.
        if (term[0] != 'Z')
            t.hashes.push_back(schema::lead_word_hash(term));
        else
            for (auto u = parser.unstem_begin(term); u != parser.unstem_end(term); ++u)
                t.hashes.push_back(schema::lead_word_hash(*u));
        if (t.weight > 0) coverage_terms.emplace_back(term, t.weight);
        if (!t.hashes.empty() && t.weight > 0) terms_.push_back(std::move(t));
    }
    const std::vector<Xapian::docid> docids = top_docids(mset, options.lead_depth);
    if (options.coverage_weight > 0 && !coverage_terms.empty()) add_coverage_bonus(docids, coverage_terms);
    if (options.entity_boost > 0 && !entity_terms.empty()) add_entity_boost(docids, entity_terms);
}

void Reranker::add_coverage_bonus(const std::vector<Xapian::docid>& docids,
                                  const std::vector<std::pair<std::string, double>>& terms) {
    // Which query words each of the top matches contains: each word's
    // posting list advanced over their docids in ascending order (the blocks
    // the match has just read), no document data.
    double total = 0;
    std::vector<double> matched(docids.size(), 0.0);
    for (const auto& term_weight : terms) {  // no structured binding: clang 14 cannot capture one
        const double weight = term_weight.second;
        total += weight;
        for_each_posting(db_, term_weight.first, docids,
                         [&](std::size_t i, const Xapian::PostingIterator&) { matched[i] += weight; });
    }
    for (std::size_t i = 0; i < docids.size(); ++i)
        postlist_bonus_[docids[i]] +=
            options_.coverage_weight * total * std::pow(matched[i] / total, options_.coverage_power);
}

void Reranker::add_entity_boost(const std::vector<Xapian::docid>& docids, const std::vector<std::string>& terms) {
    // A term named by two entities counts twice, as in a query that holds it twice.
    std::map<std::string, Xapian::termcount> wqf;
    for (const auto& term : terms) ++wqf[term];
    for (const auto& term_count : wqf) {  // no structured binding: clang 14 cannot capture one
        const Xapian::termcount count = term_count.second;
        const Bm25TermWeight weight(db_, term_count.first, count, options_.entity_boost, options_);
        for_each_posting(db_, term_count.first, docids, [&](std::size_t i, const Xapian::PostingIterator& post) {
            postlist_bonus_[docids[i]] += count * weight(post.get_wdf(), post.get_doclength());
        });
    }
}

double Reranker::postlist_bonus(Xapian::docid docid) const {
    const auto it = postlist_bonus_.find(docid);
    return it == postlist_bonus_.end() ? 0 : it->second;
}

double Reranker::lead_sum(std::string_view lead_words, unsigned window) const {
    double sum = 0;
    for (const auto& term : terms_)
        if (std::ranges::any_of(term.hashes,
                                [&](std::uint32_t h) { return schema::lead_words_contain(lead_words, h, window); }))
            sum += term.weight;
    return sum;
}

namespace {

/// The values of one slot for ascending docids. A value stream moves forward
/// through the slot's chunks, where each document's get_value() looked its
/// chunk up again from the B-tree's root. Remote shards read per document
/// (one round trip for the document either way). A slot a searcher holds in
/// memory reads nothing.
class SlotValues {
public:
    SlotValues(const Xapian::Database& db, Xapian::valueno slot, bool stream, const SlotValuesInMemory* in_memory)
        : db_(db), slot_(slot), stream_(stream), in_memory_(in_memory) {}
    std::string of(const Xapian::MSetIterator& match) {
        if (in_memory_) return std::string(in_memory_->value(*match));
        if (!stream_) return match.get_document().get_value(slot_);
        if (!opened_) it_ = db_.valuestream_begin(slot_), end_ = db_.valuestream_end(slot_), opened_ = true;
        const Xapian::docid docid = *match;
        if (it_ != end_ && it_.get_docid() < docid) it_.skip_to(docid);
        return it_ != end_ && it_.get_docid() == docid ? *it_ : std::string();
    }

private:
    const Xapian::Database& db_;
    Xapian::valueno slot_;
    bool stream_;
    const SlotValuesInMemory* in_memory_;
    bool opened_ = false;  ///< opened on first use: opening reads the slot's first chunk
    Xapian::ValueIterator it_, end_;
};

}  // namespace

struct Reranker::Values {
    SlotValues content_key, topic_lead;
};

bool Reranker::add_bonuses(RankedMatch& match, Values& values) const {
    // The content key is the collapse key the match already holds (one value
    // look-up when collapsing is off), so the top matches need no document
    // data nor position lists.
    std::string value = match.it.get_collapse_key();
    auto key = schema::ContentKey::decode(value);
    if (!key) {  // since schema version 4 the collapse key is the content hash alone
        value = values.content_key.of(match.it);
        key = schema::ContentKey::decode(value);
    }
    const std::string_view lead_words = key ? key->lead_words : std::string_view();
    if (topic_query_) {
        // A body no longer than the content key's lead words has no slot.
        const std::string topic_lead = values.topic_lead.of(match.it);
        match.score +=
            options_.topic_lead_weight *
            lead_sum(topic_lead.empty() ? lead_words : std::string_view(topic_lead), options_.topic_lead_window);
    }
    match.score += options_.lead_weight * lead_sum(lead_words, options_.lead_window) + postlist_bonus(*match.it);
    return key && (key->answer_types & asked_answer_type_);
}

void Reranker::rerank(std::vector<RankedMatch>& matches) const {
    const auto top = matches.begin() + static_cast<long>(std::min<std::size_t>(options_.lead_depth, matches.size()));
    // In docid order: value look-ups then walk the B-tree forwards.
    std::vector<RankedMatch*> by_docid;
    for (auto it = matches.begin(); it != top; ++it) by_docid.push_back(&*it);
    std::ranges::sort(by_docid, {}, [](const RankedMatch* m) { return *m->it; });
    std::vector<bool> has_answer(by_docid.size());
    Values values{{db_, schema::kSlotContentKey, value_streams_, in_memory_.content_keys},
                  {db_, schema::kSlotTopicLeadWords, value_streams_, in_memory_.topic_leads}};
    for (std::size_t i = 0; i < by_docid.size(); ++i) has_answer[i] = add_bonuses(*by_docid[i], values);
    if (asked_answer_type_) {
        // Relative to the best score, so the bonus means the same for short
        // and long queries.
        double best = 0;
        for (const RankedMatch* m : by_docid) best = std::max(best, m->score);
        for (std::size_t i = 0; i < by_docid.size(); ++i)
            if (has_answer[i]) by_docid[i]->score += options_.answer_weight * best;
    }
    std::stable_sort(matches.begin(), top,
                     [](const RankedMatch& a, const RankedMatch& b) { return a.score > b.score; });
}

}  // namespace telusur
