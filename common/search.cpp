#include "common/search.h"

#include "common/document_builder.h"
#include "common/errors.h"
#include "common/schema.h"
#include "common/text/unicode.h"

#include <nlohmann/json.hpp>

#include <cctype>

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
        } catch (const QueryError& e) {
            // Rethrown as Xapian's type so it leaves parse_query() intact.
            throw Xapian::QueryParserError(std::string("tanggal: ") + e.what());
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
    }
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

Searcher::Searcher(const std::vector<std::string>& db_specs, const SearchDatabaseOptions& options) {
    std::string stemmer;
    db_ = open_for_search(db_specs, options, &stemmer);
    analyzer_ = std::make_unique<Analyzer>(AnalysisOptions{stemmer, true});
    configure_parser();
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
            case schema::FieldKind::Boolean:
                parser_.add_boolean_prefix(field.name, (new BooleanFieldProcessor(field.prefix))->release());
                break;
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
        query = parser_.parse_query(analyzer_->normalize(request.query), flags);
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

SearchResponse Searcher::search(const SearchRequest& request) {
    SearchResponse response;
    response.query = request.query;
    const Xapian::Query query = parse(request);
    response.parsed = query.get_description();
    if (query.empty()) return response;

    Xapian::Enquire enquire(db_);
    enquire.set_query(query);
    if (request.sort == SearchRequest::Sort::Date)
        enquire.set_sort_by_value_then_relevance(schema::kSlotTimestamp, true);
    if (request.collapse_duplicates) enquire.set_collapse_key(schema::kSlotContentHash);

    Xapian::ValueCountMatchSpy source_spy(schema::kSlotSource), category_spy(schema::kSlotCategory);
    Xapian::doccount check_at_least = 0;
    if (request.facets) {
        enquire.add_matchspy(&source_spy);
        enquire.add_matchspy(&category_spy);
        check_at_least = db_.get_doccount();  // count every match, not only the page
    }

    Xapian::MSet mset;
    try {
        mset = enquire.get_mset(request.offset, request.limit, check_at_least);
    } catch (const Xapian::NetworkError& e) {
        throw DatabaseError("a remote shard failed: " + e.get_msg());
    }
    response.total_estimate = mset.get_matches_estimated();

    for (auto it = mset.begin(); it != mset.end(); ++it) {
        SearchResult r;
        r.rank = it.get_rank() + 1;
        r.docid = *it;
        r.score = it.get_weight();
        const auto data = nlohmann::json::parse(it.get_document().get_data(), nullptr, false);
        if (data.is_object()) {
            auto field = [&](const char* key) { return data.value(key, std::string()); };
            r.id = field(data_keys::kId);
            r.title = field(data_keys::kTitle);
            r.date = field(data_keys::kDate);
            r.source = field(data_keys::kSource);
            r.url = field(data_keys::kUrl);
            r.category = field(data_keys::kCategory);
            r.snippet = text::collapse_spaces(mset.snippet(field(data_keys::kBody), request.snippet_length, analyzer_->stemmer(),
                                     Xapian::MSet::SNIPPET_BACKGROUND_MODEL | Xapian::MSet::SNIPPET_EXHAUSTIVE,
                                     request.highlight_start, request.highlight_end, "…"));
        }
        response.results.push_back(std::move(r));
    }
    if (request.facets) {
        response.facets["source"] = top_values(source_spy, request.facet_values);
        response.facets["category"] = top_values(category_spy, request.facet_values);
    }
    return response;
}

}  // namespace telusur
