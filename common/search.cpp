#include "common/search.h"

#include "common/analysis/answer_types.h"
#include "common/document_builder.h"
#include "common/entities/entities.h"
#include "common/errors.h"
#include "common/schema.h"
#include "common/text/unicode.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdio>
#include <ranges>
#include <set>

namespace telusur {

namespace {

bool all_digits(std::string_view s) {
    for (char c : s)
        if (!std::isdigit(static_cast<unsigned char>(c))) return false;
    return true;
}

/// `sumber:Kompas` -> the boolean term the indexer wrote for that source.
class BooleanFieldProcessor : public Xapian::FieldProcessor {
public:
    explicit BooleanFieldProcessor(std::string prefix) : prefix_(std::move(prefix)) {}
    Xapian::Query operator()(const std::string& value) override {
        return Xapian::Query(schema::make_boolean_term(prefix_, value));
    }

private:
    std::string prefix_;
};

/// `lokasi:korut` -> the entity term of the canonical name ("Korea Utara"),
/// so filters are case- and alias-insensitive like the index.
class EntityFieldProcessor : public Xapian::FieldProcessor {
public:
    explicit EntityFieldProcessor(EntityType type) : type_(type) {}
    Xapian::Query operator()(const std::string& value) override {
        return Xapian::Query(schema::make_boolean_term(entity_prefix(type_), canonical_entity_name(type_, value)));
    }

private:
    EntityType type_;
};

/// Counts the values of a multi-valued slot ('\n'-joined entity names)
/// over the match set. Xapian's ValueCountMatchSpy counts whole values only.
/// Names with equal counts are ordered by the best match weight among the
/// articles naming them, so the people of the top results come first rather
/// than the alphabet's first.
/// Not registered with remote servers: for remote shards the counts are
/// taken from the match set on the client (see Searcher::run()).
class MultiValueCountMatchSpy : public Xapian::MatchSpy {
public:
    explicit MultiValueCountMatchSpy(Xapian::valueno slot) : slot_(slot) {}
    void operator()(const Xapian::Document& doc, double weight) override { count(doc.get_value(slot_), weight); }
    void count(const std::string& joined, double weight) {
        std::size_t start = 0;
        while (start < joined.size()) {
            std::size_t end = joined.find('\n', start);
            if (end == std::string::npos) end = joined.size();
            if (end > start) {
                Tally& t = counts_[joined.substr(start, end - start)];
                ++t.documents;
                t.best_weight = std::max(t.best_weight, weight);
            }
            start = end + 1;
        }
    }
    std::string name() const override { return "Telusur::MultiValueCountMatchSpy"; }

    std::vector<FacetCount> top(std::size_t n) const {
        std::vector<std::pair<const std::string*, const Tally*>> sorted;
        for (const auto& [value, tally] : counts_) sorted.emplace_back(&value, &tally);
        std::sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) {
            if (a.second->documents != b.second->documents) return a.second->documents > b.second->documents;
            if (a.second->best_weight != b.second->best_weight) return a.second->best_weight > b.second->best_weight;
            return *a.first < *b.first;
        });
        if (sorted.size() > n) sorted.resize(n);
        std::vector<FacetCount> out;
        for (const auto& [value, tally] : sorted) out.push_back({*value, tally->documents});
        return out;
    }

private:
    struct Tally {
        Xapian::doccount documents = 0;
        double best_weight = 0;
    };
    Xapian::valueno slot_;
    std::map<std::string, Tally> counts_;
};

/// `tanggal:2019-09-01..2019-09-30`, `tanggal:2019-09`, `tanggal:..2019-12-31`.
class DateFieldProcessor : public Xapian::FieldProcessor {
public:
    Xapian::Query operator()(const std::string& value) override {
        const auto dots = value.find("..");
        const std::string first = dots == std::string::npos ? value : value.substr(0, dots);
        const std::string last = dots == std::string::npos ? value : value.substr(dots + 2);
        try {
            if (first.empty() && last.empty()) throw QueryError("empty date range");
            if (first.empty()) return Xapian::Query(Xapian::Query::OP_VALUE_LE, schema::kSlotDate, date_bound(last, true));
            if (last.empty()) return Xapian::Query(Xapian::Query::OP_VALUE_GE, schema::kSlotDate, date_bound(first, false));
            return Xapian::Query(Xapian::Query::OP_VALUE_RANGE, schema::kSlotDate, date_bound(first, false),
                                 date_bound(last, true));
        } catch (const QueryError&) {
            // check_query_syntax() has already rejected malformed dates.
            return Xapian::Query::MatchNothing;
        }
    }
};

/// Rejects what QueryParser would silently misread: an odd number of
/// quotes, and `name:` where name is not a field (it would search the
/// literal word "name:value" and find nothing, without saying why).
void check_query_syntax(const std::string& query) {
    std::size_t quotes = 0;
    for (char c : query) quotes += c == '"';
    if (quotes % 2 != 0) throw QueryError("unbalanced quote (\") in the query");

    bool in_quotes = false;
    for (std::size_t i = 0; i < query.size(); ++i) {
        const char c = query[i];
        if (c == '"') in_quotes = !in_quotes;
        if (in_quotes || c != ':' || i == 0) continue;
        std::size_t start = i;
        while (start > 0 && std::isalpha(static_cast<unsigned char>(query[start - 1]))) --start;
        if (start == i) continue;  // "10:30", ":x"
        if (start > 0 && !std::isspace(static_cast<unsigned char>(query[start - 1])) && query[start - 1] != '(' &&
            query[start - 1] != '-' && query[start - 1] != '+')
            continue;  // inside a word, e.g. "e:mail"
        if (i + 1 >= query.size() || std::isspace(static_cast<unsigned char>(query[i + 1]))) continue;
        if (query.compare(i + 1, 2, "//") == 0) continue;  // a URL
        const std::string name = query.substr(start, i - start);
        bool known = false;
        std::string names;
        for (const auto& field : schema::kQueryFields) {
            known = known || name == field.name;
            names += (names.empty() ? "" : ", ") + std::string(field.name);
        }
        if (!known) throw QueryError("unknown field '" + name + ":' (fields: " + names + ")");
        if (name == "tanggal") {
            // Checked here rather than in DateFieldProcessor: an exception
            // thrown from inside QueryParser::parse_query() leaks its state.
            std::size_t end = i + 1;
            while (end < query.size() && !std::isspace(static_cast<unsigned char>(query[end])) && query[end] != ')') ++end;
            const std::string value = query.substr(i + 1, end - i - 1);
            const auto dots = value.find("..");
            if (dots == std::string::npos) {
                date_bound(value, false);
            } else {
                if (dots == 0 && value.size() == 2) throw QueryError("tanggal: empty date range");
                if (dots > 0) date_bound(value.substr(0, dots), false);
                if (dots + 2 < value.size()) date_bound(value.substr(dots + 2), true);
            }
        }
    }
}

/// Lower-cases every word of text except the boolean operators, so that
/// STEM_SOME stems capitalized words too (RankingOptions::stem_caps).
std::string lowercase_words(const std::string& text) {
    static const std::set<std::string> kOperators{"AND", "OR", "NOT", "XOR", "NEAR", "ADJ"};
    std::string out;
    out.reserve(text.size());
    std::string word;  // the current run of word characters, as typed
    auto flush = [&] {
        if (kOperators.count(word)) {
            out += word;
        } else {
            for (Xapian::Utf8Iterator it(word); it != Xapian::Utf8Iterator(); ++it)
                Xapian::Unicode::append_utf8(out, Xapian::Unicode::tolower(*it));
        }
        word.clear();
    };
    for (Xapian::Utf8Iterator it(text); it != Xapian::Utf8Iterator(); ++it) {
        if (Xapian::Unicode::is_wordchar(*it)) {
            Xapian::Unicode::append_utf8(word, *it);
        } else {
            flush();
            Xapian::Unicode::append_utf8(out, *it);
        }
    }
    flush();
    return out;
}

std::vector<FacetCount> top_values(const Xapian::ValueCountMatchSpy& spy, std::size_t n) {
    std::vector<FacetCount> out;
    for (auto it = spy.top_values_begin(n); it != spy.top_values_end(n); ++it)
        out.push_back({*it, it.get_termfreq()});
    return out;
}

}  // namespace

std::string date_bound(std::string_view text, bool is_end) {
    auto bad = [&] { return QueryError("'" + std::string(text) + "' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)"); };
    if (text.size() == 4 && all_digits(text)) return std::string(text) + (is_end ? "1231" : "0101");
    if (text.size() >= 7 && text[4] == '-' && all_digits(text.substr(0, 4)) && all_digits(text.substr(5, 2))) {
        const int month = std::stoi(std::string(text.substr(5, 2)));
        if (month < 1 || month > 12) throw bad();
        const std::string ym = std::string(text.substr(0, 4)) + std::string(text.substr(5, 2));
        if (text.size() == 7) return ym + (is_end ? "31" : "01");  // "31" bounds every month as a string
        if (text.size() == 10 && text[7] == '-' && all_digits(text.substr(8, 2))) {
            const int day = std::stoi(std::string(text.substr(8, 2)));
            if (day < 1 || day > 31) throw bad();
            return ym + std::string(text.substr(8, 2));
        }
    }
    throw bad();
}

Searcher::Searcher(const std::vector<std::string>& db_specs, const SearchDatabaseOptions& options)
    : specs_(db_specs), db_options_(options) {
    for (const auto& spec : specs_) has_remote_ = has_remote_ || is_remote_spec(spec);
    open_databases();
    configure_parser();
}

void Searcher::open_databases() {
    std::string stemmer;
    dropped_shards_.clear();
    db_ = open_for_search(specs_, db_options_, &stemmer, &dropped_shards_);
    if (!analyzer_) analyzer_ = std::make_unique<Analyzer>(AnalysisOptions{stemmer, true});
}

Searcher::Searcher(const Xapian::Database& db)
    : db_(db) {
    check_schema(db_, "database");
    analyzer_ = std::make_unique<Analyzer>(AnalysisOptions{database_stemmer(db_), true});
    configure_parser();
}

void Searcher::configure_parser() {
    analyzer_->configure(parser_);
    parser_.set_database(db_);
    for (const auto& field : schema::kQueryFields) {
        switch (field.kind) {
            case schema::FieldKind::FreeText: parser_.add_prefix(field.name, field.prefix); break;
            case schema::FieldKind::Boolean: {
                Xapian::FieldProcessor* processor = new BooleanFieldProcessor(field.prefix);
                for (const EntityType type : kEntityTypes)
                    if (std::string_view(field.prefix) == entity_prefix(type)) {
                        delete processor;
                        processor = new EntityFieldProcessor(type);
                    }
                parser_.add_boolean_prefix(field.name, processor->release());
                break;
            }
            case schema::FieldKind::DateRange:
                parser_.add_boolean_prefix(field.name, (new DateFieldProcessor)->release());
                break;
        }
    }
}

Searcher::~Searcher() = default;

Xapian::Query Searcher::parse(const SearchRequest& request) {
    check_query_syntax(request.query);
    parser_.set_default_op(request.match_all ? Xapian::Query::OP_AND : Xapian::Query::OP_OR);
    const unsigned flags = Xapian::QueryParser::FLAG_DEFAULT | Xapian::QueryParser::FLAG_PURE_NOT |
                           Xapian::QueryParser::FLAG_WILDCARD;
    Xapian::Query query;
    try {
        std::string text = analyzer_->normalize(request.query);
        if (request.ranking.stem_caps) text = lowercase_words(text);
        query = parser_.parse_query(text, flags);
    } catch (const Xapian::QueryParserError& e) {
        throw QueryError(e.get_msg());
    }
    if (!request.from.empty() || !request.to.empty()) {
        const std::string lo = request.from.empty() ? std::string() : date_bound(request.from, false);
        const std::string hi = request.to.empty() ? std::string() : date_bound(request.to, true);
        Xapian::Query range = lo.empty()   ? Xapian::Query(Xapian::Query::OP_VALUE_LE, schema::kSlotDate, hi)
                              : hi.empty() ? Xapian::Query(Xapian::Query::OP_VALUE_GE, schema::kSlotDate, lo)
                                           : Xapian::Query(Xapian::Query::OP_VALUE_RANGE, schema::kSlotDate, lo, hi);
        query = query.empty() ? range : Xapian::Query(Xapian::Query::OP_FILTER, query, range);
    }
    return query;
}

std::vector<std::pair<std::string, std::string>> Searcher::query_entity_terms(const std::vector<AnalyzedToken>& tokens) {
    // An n-gram of the query's words names an entity when the index holds
    // that entity's term: data-driven, so it works for lower-case queries
    // and for any name the tagger found in the articles.
    constexpr std::size_t kLongestName = 4;
    // Candidate terms of each n-gram and type, longest n-grams first (the
    // order names are picked in). Names neither start nor end with a
    // function word ("di Kursk").
    struct Candidate {
        std::size_t first, length;
        EntityType type;
        std::string term, canonical;
    };
    std::vector<Candidate> candidates;
    for (std::size_t n = std::min(kLongestName, tokens.size()); n >= 1; --n)
        for (std::size_t i = 0; i + n <= tokens.size(); ++i) {
            if (tokens[i].stopword || tokens[i + n - 1].stopword || (n == 1 && tokens[i].term.size() < 2)) continue;
            std::string name;
            for (std::size_t k = i; k < i + n; ++k) name += (k > i ? " " : "") + tokens[k].term;
            for (const EntityType type : kEntityTypes) {
                std::string canonical = canonical_entity_name(type, name);
                std::string term = schema::make_boolean_term(entity_prefix(type), canonical);
                candidates.push_back({i, n, type, std::move(term), std::move(canonical)});
            }
        }
    // Looked up in sorted order, which keeps the B-tree cursor on the blocks
    // it has (a 15-word question has ~160 candidates; in query order, each
    // look-up re-read blocks).
    std::vector<std::string_view> lookups;
    for (const auto& c : candidates) lookups.push_back(c.term);
    std::sort(lookups.begin(), lookups.end());
    lookups.erase(std::unique(lookups.begin(), lookups.end()), lookups.end());
    std::set<std::string_view> indexed;
    for (const auto term : lookups)
        if (db_.term_exists(std::string(term))) indexed.insert(term);

    // A word belongs to one name at most.
    std::vector<bool> used(tokens.size(), false);
    std::vector<std::pair<std::string, std::string>> found;  // (term, "type:canonical")
    for (const auto& c : candidates) {
        if (!indexed.count(c.term)) continue;
        const auto begin = used.begin() + static_cast<long>(c.first), end = begin + static_cast<long>(c.length);
        if (std::any_of(begin, end, [](bool u) { return u; })) continue;
        found.emplace_back(c.term, std::string(entity_json_key(c.type)) + ":" + c.canonical);
        std::fill(begin, end, true);
    }
    return found;
}

SearchResponse Searcher::search(const SearchRequest& request) {
    try {
        return run(request);
    } catch (const Xapian::NetworkError& e) {
        if (!db_options_.allow_partial) throw DatabaseError("a remote shard failed: " + e.get_msg());
        // Leave out what fails now and try once more with the rest.
        open_databases();
        parser_.set_database(db_);
        return run(request);
    }
}

SearchResponse Searcher::run(const SearchRequest& request) {
    SearchResponse response;
    response.query = request.query;
    Xapian::Query query = parse(request);
    if (query.empty()) {
        response.parsed = query.get_description();
        return response;
    }
    // The query's words: entity boost, answer type, question or topic.
    const std::vector<AnalyzedToken> words = analyzer_->analyze(request.query);
    if (request.entity_boost > 0) {
        std::vector<Xapian::Query> entity_terms;
        for (const auto& [term, label] : query_entity_terms(words)) {
            entity_terms.emplace_back(term);
            response.query_entities.push_back(label);
        }
        if (!entity_terms.empty()) {
            // AND_MAYBE: the matches stay those of the query; articles that
            // mention the named entities more often rank higher.
            query = Xapian::Query(Xapian::Query::OP_AND_MAYBE, query,
                                  Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT,
                                                Xapian::Query(Xapian::Query::OP_OR, entity_terms.begin(),
                                                              entity_terms.end()),
                                                request.entity_boost));
        }
    }
    response.parsed = query.get_description();

    Xapian::Enquire enquire(db_);
    // Weighting scheme, proximity and feedback boosts: common/ranking.h.
    apply_ranking(enquire, query, request.ranking, &parser_);
    if (request.sort == SearchRequest::Sort::Date) {
        enquire.set_sort_by_value_then_relevance(schema::kSlotTimestamp, true);
    } else {
        // Equal scores (a pure filter scores every match 0) are ordered
        // newest first rather than by docid, so a sharded database orders
        // them as a single one does. Measured: no cost in query latency.
        enquire.set_sort_by_relevance_then_value(schema::kSlotTimestamp, true);
    }
    if (request.collapse_duplicates) enquire.set_collapse_key(schema::kSlotContentHash);

    Xapian::ValueCountMatchSpy source_spy(schema::kSlotSource), category_spy(schema::kSlotCategory),
        date_spy(schema::kSlotDate);
    std::vector<std::unique_ptr<MultiValueCountMatchSpy>> entity_spies;  // MatchSpy cannot be moved
    for (const EntityType type : kEntityTypes) entity_spies.push_back(std::make_unique<MultiValueCountMatchSpy>(entity_slot(type)));
    Xapian::doccount check_at_least = 0;
    if (request.facets) {
        enquire.add_matchspy(&source_spy);
        enquire.add_matchspy(&category_spy);
        enquire.add_matchspy(&date_spy);
        if (!has_remote_)
            for (auto& spy : entity_spies) enquire.add_matchspy(spy.get());
        check_at_least = db_.get_doccount();  // count every match, not only the page
    }

    // The lead boost and the coverage, answer-type and topic-query lead
    // bonuses re-rank the top lead_depth matches (common/ranking.h).
    const RankingOptions& ranking = request.ranking;
    const bool topic_query = ranking.topic_lead_weight > 0 && !is_question(words);
    const bool lead = (ranking.lead_weight > 0 || ranking.coverage_weight > 0 || ranking.answer_weight > 0 ||
                       topic_query) &&
                      request.sort == SearchRequest::Sort::Relevance;
    const Xapian::doccount first = lead ? 0 : request.offset;
    const Xapian::doccount count =
        lead ? std::max<Xapian::doccount>(request.offset + request.limit, ranking.lead_depth) : request.limit;
    const Xapian::MSet mset = enquire.get_mset(first, count, check_at_least);
    response.total_estimate = mset.get_matches_estimated();

    struct Ranked {
        Xapian::MSetIterator it;
        double score;
        bool has_answer = false;  ///< contains an answer of the question's type
    };
    std::vector<Ranked> ranked;
    for (auto it = mset.begin(); it != mset.end(); ++it) ranked.push_back({it, it.get_weight()});
    if (lead) {
        const LeadScorer scorer(db_, query, mset, &parser_, ranking);
        // Only the top lead_depth are re-ranked, among themselves: they stay
        // above the rest (bonuses only add), so a longer result list (an
        // evaluation run) ranks its top as a short one does.
        const auto boosted = ranked.begin() + static_cast<long>(std::min<std::size_t>(ranking.lead_depth, ranked.size()));
        // In docid order: any value or position look-ups then walk the
        // B-tree forwards.
        std::vector<Ranked*> by_docid;
        for (auto& r : std::ranges::subrange(ranked.begin(), boosted)) by_docid.push_back(&r);
        std::ranges::sort(by_docid, {}, [](const Ranked* r) { return *r->it; });
        const std::uint8_t asked = ranking.answer_weight > 0 ? expected_answer_type(words) : 0;
        for (Ranked* match : by_docid) {
            Ranked& r = *match;
            // The body's first words ride in the content key: the collapse key
            // the match already holds (one value look-up when collapsing is
            // off), so the lead_depth matches need no document data nor
            // position lists. Databases older than the lead words look up
            // positions from where the body starts: a slot of older builds,
            // or recomputed from the title as DocumentBuilder::build() lays
            // out positions: title (S), gap, title, gap, body.
            std::string key = r.it.get_collapse_key();
            if (key.empty()) key = r.it.get_document().get_value(schema::kSlotContentHash);
            if (asked) r.has_answer = schema::answer_types_of(key).value_or(0) & asked;
            if (topic_query) {
                const std::string topic_lead = r.it.get_document().get_value(schema::kSlotTopicLeadWords);
                r.score += scorer.topic_bonus(topic_lead.empty() ? schema::lead_words_of(key) : topic_lead);
            }
            if (const std::string_view lead_words = schema::lead_words_of(key); !lead_words.empty()) {
                r.score += scorer.bonus(*r.it, lead_words);
                continue;
            }
            const Xapian::Document doc = r.it.get_document();
            const std::string stored = doc.get_value(schema::kSlotBodyStart);
            Xapian::termpos body_start = 1;
            if (!stored.empty()) {
                body_start = static_cast<Xapian::termpos>(Xapian::sortable_unserialise(stored));
            } else {
                const auto data = nlohmann::json::parse(doc.get_data(), nullptr, false);
                const std::string title = data.is_object() ? data.value(data_keys::kTitle, std::string()) : "";
                if (!title.empty()) {
                    const auto tokens = analyzer_->analyze(title);
                    const Xapian::termpos t = tokens.empty() ? 0 : tokens.back().position;
                    body_start = 2 * t + 2 * schema::kFieldGap + 1;
                }
            }
            r.score += scorer.bonus(*r.it, body_start);
        }
        if (asked) {
            // Relative to the best score, so the bonus means the same for
            // short and long queries.
            double best = 0;
            for (const auto& r : std::ranges::subrange(ranked.begin(), boosted)) best = std::max(best, r.score);
            for (auto& r : std::ranges::subrange(ranked.begin(), boosted))
                if (r.has_answer) r.score += ranking.answer_weight * best;
        }
        // Stable: equal scores keep the order of the match (newest first).
        std::stable_sort(ranked.begin(), boosted, [](const Ranked& a, const Ranked& b) { return a.score > b.score; });
        if (ranked.size() > request.offset + request.limit) ranked.resize(request.offset + request.limit);
        ranked.erase(ranked.begin(), ranked.begin() + std::min<std::size_t>(request.offset, ranked.size()));
    }

    for (std::size_t i = 0; i < ranked.size(); ++i) {
        const auto& it = ranked[i].it;
        SearchResult r;
        r.rank = lead ? request.offset + i + 1 : it.get_rank() + 1;
        r.docid = *it;
        r.score = ranked[i].score;
        const auto data = nlohmann::json::parse(it.get_document().get_data(), nullptr, false);
        if (data.is_object()) {
            auto field = [&](const char* key) { return data.value(key, std::string()); };
            r.id = field(data_keys::kId);
            r.title = field(data_keys::kTitle);
            r.date = field(data_keys::kDate);
            r.source = field(data_keys::kSource);
            r.url = field(data_keys::kUrl);
            r.category = field(data_keys::kCategory);
            if (request.snippet_length > 0)  // 0: no snippet (evaluation runs)
                r.snippet = text::collapse_spaces(mset.snippet(field(data_keys::kBody), request.snippet_length, analyzer_->stemmer(),
                                     0,
                                     request.highlight_start, request.highlight_end, "…"));
            if (const auto entities = data.find(data_keys::kEntities); entities != data.end() && entities->is_object())
                for (const auto& [key, names] : entities->items())
                    if (names.is_array()) r.entities[key] = names.get<std::vector<std::string>>();
        }
        response.results.push_back(std::move(r));
    }
    if (request.facets) {
        response.facets["source"] = top_values(source_spy, request.facet_values);
        response.facets["category"] = top_values(category_spy, request.facet_values);
        if (has_remote_) {
            // Remote servers do not know our spy: count on the client, over
            // every match (each match's document is fetched once).
            const Xapian::MSet all = enquire.get_mset(0, db_.get_doccount());
            for (auto it = all.begin(); it != all.end(); ++it) {
                const Xapian::Document doc = it.get_document();
                for (std::size_t t = 0; t < entity_spies.size(); ++t)
                    entity_spies[t]->count(doc.get_value(entity_slot(kEntityTypes[t])), it.get_weight());
            }
        }
        for (std::size_t t = 0; t < entity_spies.size(); ++t)
            response.facets[entity_json_key(kEntityTypes[t])] = entity_spies[t]->top(request.facet_values);
        std::map<std::string, Xapian::doccount> per_day;
        for (auto it = date_spy.values_begin(); it != date_spy.values_end(); ++it) per_day[*it] = it.get_termfreq();
        response.timeline = make_timeline(per_day);
    }
    response.partial = !dropped_shards_.empty();
    for (const auto& dropped : dropped_shards_) response.warnings.push_back("shard left out: " + dropped);
    return response;
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
        if (value.size() != 8 || !all_digits(value)) continue;
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
            std::snprintf(text, sizeof text, "%04d-%02u", static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()));
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
