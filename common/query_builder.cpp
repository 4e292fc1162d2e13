#include "common/query_builder.h"

#include "common/entities/entity_names.h"
#include "common/errors.h"
#include "common/schema.h"
#include "common/text/unicode.h"

#include <algorithm>
#include <cctype>

namespace telusur {

namespace {

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

/// `orang:Jokowi` -> the entity terms of every key this database resolves
/// the name to ("joko widodo", and "jokowi" where it is a key of its own), so
/// filters are case- and alias-insensitive like the facets.
class EntityFieldProcessor : public Xapian::FieldProcessor {
public:
    EntityFieldProcessor(const schema::EntityTypeSchema& type, std::unique_ptr<EntityNames>& names)
        : type_(type), names_(names) {}
    Xapian::Query operator()(const std::string& value) override {
        std::vector<std::string> terms = names_->filter_terms(type_, value);
        // And the name's own term, which the group of the key it resolves to
        // need not list ("PT DI" resolves to "pt dirgantara indonesia",
        // whose group lists no acronym): a facet's filter names each name
        // it counted (FacetCount::also).
        if (std::string own = schema::make_boolean_term(type_.prefix, value);
            std::find(terms.begin(), terms.end(), own) == terms.end() && names_->term_exists(own))
            terms.push_back(std::move(own));
        return Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end());
    }

private:
    const schema::EntityTypeSchema& type_;
    std::unique_ptr<EntityNames>& names_;  ///< the QueryBuilder's, replaced on reopen
};

/// `tanggal:2019-09-01..2019-09-30`, `tanggal:2019-09`, `tanggal:..2019-12-31`.
class DateFieldProcessor : public Xapian::FieldProcessor {
public:
    Xapian::Query operator()(const std::string& value) override {
        try {
            return date_field_query(value);
        } catch (const QueryError&) {
            // check_query_syntax() has already rejected malformed dates.
            return Xapian::Query::MatchNothing;
        }
    }
};

const schema::EntityTypeSchema* entity_type_of_prefix(std::string_view prefix) {
    for (const auto& type : schema::kEntityTypes)
        if (prefix == type.prefix) return &type;
    return nullptr;
}

bool is_space(char c) { return std::isspace(static_cast<unsigned char>(c)); }

/// `name:value` at position colon, where name is not a field: an error
/// rather than a search for the literal word "name:value".
void check_field(const std::string& query, std::size_t start, std::size_t colon) {
    const std::string name = query.substr(start, colon - start);
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
        std::size_t end = colon + 1;
        while (end < query.size() && !is_space(query[end]) && query[end] != ')') ++end;
        try {
            date_field_query(std::string_view(query).substr(colon + 1, end - colon - 1));
        } catch (const QueryError& e) {
            throw QueryError(std::string("tanggal: ") + e.what());
        }
    }
}

/// Rejects what QueryParser would silently misread: an odd number of
/// quotes, and `name:` where name is not a field.
void check_query_syntax(const std::string& query) {
    if (query.size() > kMaxQueryBytes)
        throw QueryError("query too long (" + std::to_string(query.size()) + " bytes; at most " +
                         std::to_string(kMaxQueryBytes) + ")");
    std::size_t quotes = 0;
    for (char c : query) quotes += c == '"';
    if (quotes % 2 != 0) throw QueryError("unbalanced quote (\") in the query");

    bool in_quotes = false;
    unsigned wildcards = 0;
    for (std::size_t i = 0; i < query.size(); ++i) {
        const char c = query[i];
        if (c == '"') in_quotes = !in_quotes;
        // A wildcard: '*' right after a word character (ASCII or UTF-8).
        if (c == '*' && i > 0 && (std::isalnum(static_cast<unsigned char>(query[i - 1])) || (query[i - 1] & 0x80)) &&
            ++wildcards > kMaxWildcards)
            throw QueryError("too many wildcards (at most " + std::to_string(kMaxWildcards) + " per query)");
        if (in_quotes || c != ':' || i == 0) continue;
        std::size_t start = i;
        while (start > 0 && std::isalpha(static_cast<unsigned char>(query[start - 1]))) --start;
        if (start == i) continue;  // "10:30", ":x"
        if (start > 0 && !is_space(query[start - 1]) && query[start - 1] != '(' && query[start - 1] != '-' &&
            query[start - 1] != '+')
            continue;  // inside a word, e.g. "e:mail"
        if (i + 1 >= query.size() || is_space(query[i + 1])) continue;
        if (query.compare(i + 1, 2, "//") == 0) continue;  // a URL
        check_field(query, start, i);
    }
}

}  // namespace

std::string date_bound(std::string_view text, bool is_end) {
    using text::all_ascii_digits;
    auto bad = [&] { return QueryError("'" + std::string(text) + "' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)"); };
    if (text.size() == 4 && all_ascii_digits(text)) return std::string(text) + (is_end ? "1231" : "0101");
    if (text.size() >= 7 && text[4] == '-' && all_ascii_digits(text.substr(0, 4)) &&
        all_ascii_digits(text.substr(5, 2))) {
        const int month = std::stoi(std::string(text.substr(5, 2)));
        if (month < 1 || month > 12) throw bad();
        const std::string ym = std::string(text.substr(0, 4)) + std::string(text.substr(5, 2));
        if (text.size() == 7) return ym + (is_end ? "31" : "01");  // "31" bounds every month as a string
        if (text.size() == 10 && text[7] == '-' && all_ascii_digits(text.substr(8, 2))) {
            const int day = std::stoi(std::string(text.substr(8, 2)));
            if (day < 1 || day > 31) throw bad();
            return ym + std::string(text.substr(8, 2));
        }
    }
    throw bad();
}

Xapian::Query date_range_query(std::string_view from, std::string_view to) {
    if (from.empty() && to.empty()) throw QueryError("empty date range");
    if (from.empty()) return Xapian::Query(Xapian::Query::OP_VALUE_LE, schema::kSlotDate, date_bound(to, true));
    if (to.empty()) return Xapian::Query(Xapian::Query::OP_VALUE_GE, schema::kSlotDate, date_bound(from, false));
    return Xapian::Query(Xapian::Query::OP_VALUE_RANGE, schema::kSlotDate, date_bound(from, false),
                         date_bound(to, true));
}

Xapian::Query date_field_query(std::string_view value) {
    const auto dots = value.find("..");
    if (dots == std::string_view::npos) return date_range_query(value, value);
    return date_range_query(value.substr(0, dots), value.substr(dots + 2));
}

void QueryBuilder::set_database(const Xapian::Database& db) {
    parser_.set_database(db);
    entity_names_ = std::make_unique<EntityNames>(db, remote_);
}

QueryBuilder::QueryBuilder(const Xapian::Database& db, const Analyzer& analyzer, bool entities_indexed, bool remote)
    : analyzer_(analyzer), remote_(remote), entity_names_(std::make_unique<EntityNames>(db, remote)) {
    analyzer_.configure(parser_);
    parser_.set_database(db);
    parser_.set_max_expansion(kMaxWildcardExpansion, Xapian::Query::WILDCARD_LIMIT_MOST_FREQUENT);
    for (const auto& field : schema::kQueryFields) {
        switch (field.kind) {
            case schema::FieldKind::FreeText: parser_.add_prefix(field.name, field.prefix); break;
            case schema::FieldKind::Boolean: {
                const schema::EntityTypeSchema* entity = entity_type_of_prefix(field.prefix);
                // Without entities indexed, the canonical names (which need
                // the entity data) would match nothing anyway.
                Xapian::FieldProcessor* processor =
                    entity && entities_indexed
                        ? static_cast<Xapian::FieldProcessor*>(new EntityFieldProcessor(*entity, entity_names_))
                        : new BooleanFieldProcessor(field.prefix);
                parser_.add_boolean_prefix(field.name, processor->release());
                break;
            }
            case schema::FieldKind::DateRange:
                parser_.add_boolean_prefix(field.name, (new DateFieldProcessor)->release());
                break;
        }
    }
}

Xapian::Query QueryBuilder::build(const QueryText& q) {
    check_query_syntax(q.text);
    parser_.set_default_op(q.match_all ? Xapian::Query::OP_AND : Xapian::Query::OP_OR);
    Xapian::Query query;
    try {
        query = analyzer_.parse_query(parser_, q.text, q.analysis);
    } catch (const Xapian::QueryParserError& e) {
        throw QueryError(e.get_msg());
    }
    if (q.from.empty() && q.to.empty()) return query;
    const Xapian::Query range = date_range_query(q.from, q.to);
    return query.empty() ? range : Xapian::Query(Xapian::Query::OP_FILTER, query, range);
}

}  // namespace telusur
