#include "common/query_entities.h"

#include "common/entities/entities.h"
#include "common/schema.h"

#include <algorithm>
#include <set>
#include <string_view>

namespace telusur {

namespace {

constexpr std::size_t kLongestName = 4;

/// One n-gram of the query read as a name of one entity type.
struct Candidate {
    std::size_t first, length;
    const schema::EntityTypeSchema* type;
    std::string term, canonical;
};

/// Candidate terms of each n-gram and type, longest n-grams first (the order
/// names are picked in).
std::vector<Candidate> candidates_of(const std::vector<AnalyzedToken>& tokens) {
    std::vector<Candidate> candidates;
    for (std::size_t n = std::min(kLongestName, tokens.size()); n >= 1; --n)
        for (std::size_t i = 0; i + n <= tokens.size(); ++i) {
            if (tokens[i].stopword || tokens[i + n - 1].stopword || (n == 1 && tokens[i].term.size() < 2)) continue;
            std::string name;
            for (std::size_t k = i; k < i + n; ++k) name += (k > i ? " " : "") + tokens[k].term;
            for (const auto& type : schema::kEntityTypes) {
                std::string canonical = canonical_entity_name(type.type, name);
                std::string term = schema::make_boolean_term(type.prefix, canonical);
                candidates.push_back({i, n, &type, std::move(term), std::move(canonical)});
            }
        }
    return candidates;
}

/// Which candidate terms the database holds.
std::set<std::string_view> indexed_terms(const Xapian::Database& db, const std::vector<Candidate>& candidates) {
    // Looked up in sorted order, which keeps the B-tree cursor on the blocks
    // it has (a 15-word question has ~160 candidates; in query order, each
    // look-up re-read blocks).
    std::vector<std::string_view> lookups;
    for (const auto& c : candidates) lookups.push_back(c.term);
    std::sort(lookups.begin(), lookups.end());
    lookups.erase(std::unique(lookups.begin(), lookups.end()), lookups.end());
    std::set<std::string_view> indexed;
    for (const auto term : lookups)
        if (db.term_exists(std::string(term))) indexed.insert(term);
    return indexed;
}

}  // namespace

std::vector<QueryEntity> find_query_entities(const Xapian::Database& db, const std::vector<AnalyzedToken>& tokens) {
    const std::vector<Candidate> candidates = candidates_of(tokens);
    const std::set<std::string_view> indexed = indexed_terms(db, candidates);
    std::vector<bool> used(tokens.size(), false);
    std::vector<QueryEntity> found;
    for (const auto& c : candidates) {
        if (!indexed.count(c.term)) continue;
        const auto begin = used.begin() + static_cast<long>(c.first), end = begin + static_cast<long>(c.length);
        if (std::any_of(begin, end, [](bool u) { return u; })) continue;
        found.push_back({c.term, std::string(c.type->json_key) + ":" + c.canonical});
        std::fill(begin, end, true);
    }
    return found;
}

}  // namespace telusur
