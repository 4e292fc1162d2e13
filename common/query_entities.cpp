#include "common/query_entities.h"

#include "common/schema.h"

#include <algorithm>
#include <map>
#include <set>
#include <string_view>
#include <tuple>

namespace telusur {

namespace {

constexpr std::size_t kLongestName = 4;
constexpr double kMinNameShareOfWord = 0.05;

/// One n-gram of the query read as a name of one entity type.
struct Candidate {
    std::size_t first, length;
    const schema::EntityTypeSchema* type;
    std::string name;
};

/// Candidate names of each n-gram and type, longest n-grams first (the order
/// names are picked in).
std::vector<Candidate> candidates_of(const std::vector<AnalyzedToken>& tokens) {
    std::vector<Candidate> candidates;
    for (std::size_t n = std::min(kLongestName, tokens.size()); n >= 1; --n)
        for (std::size_t i = 0; i + n <= tokens.size(); ++i) {
            if (tokens[i].stopword || tokens[i + n - 1].stopword || (n == 1 && tokens[i].term.size() < 2)) continue;
            std::string name;
            for (std::size_t k = i; k < i + n; ++k) name += (k > i ? " " : "") + tokens[k].term;
            for (const auto& type : schema::kEntityTypes) candidates.push_back({i, n, &type, name});
        }
    return candidates;
}

/// Whether some term starts with `start`. The term_exists() first moves the
/// table's own cursor there, and a new term iterator starts from that
/// cursor's blocks: in term order, most checks then read no block.
bool any_term_starts_with(const Xapian::Database& db, const std::string& start, QueryEntityMemo* memo) {
    if (memo)
        if (const auto known = memo->starts(start)) return *known;
    const bool any = db.term_exists(start) || db.allterms_begin(start) != db.allterms_end(start);
    if (memo) memo->set_starts(start, any);
    return any;
}

Xapian::doccount termfreq(const Xapian::Database& db, const std::string& word, QueryEntityMemo* memo) {
    if (memo)
        if (const auto known = memo->termfreq(word)) return *known;
    const Xapian::doccount freq = db.get_termfreq(word);
    if (memo) memo->set_termfreq(word, freq);
    return freq;
}

using Start = std::pair<std::size_t, const schema::EntityTypeSchema*>;  ///< first token, type

/// The (first token, type) pairs that can start a known name: every key of a
/// name starting with a word is the type's prefix + normalized word + ...,
/// every form written for it the alias prefix + normalized word + ...; when
/// neither exists, no n-gram from that word is known as that type. Two
/// look-ups per word and type instead of two per n-gram, and most words
/// start no name.
std::set<Start> possible_starts(const Xapian::Database& db, const std::vector<Candidate>& candidates,
                                QueryEntityMemo* memo) {
    std::vector<std::pair<std::string, Start>> keys, aliases;  // (term prefix, start), checked in term order
    std::set<Start> seen, possible;
    for (const auto& c : candidates) {
        if (!seen.insert({c.first, c.type}).second) continue;
        const std::string word = schema::normalize_boolean_value(c.name.substr(0, c.name.find(' ')));
        // Omega's colon rule puts a ':' after the prefix before such values.
        if (word.empty() || word[0] == ':') {
            possible.insert({c.first, c.type});
            continue;
        }
        keys.push_back({c.type->prefix + word, {c.first, c.type}});
        aliases.push_back({c.type->alias_prefix + word, {c.first, c.type}});
    }
    std::sort(keys.begin(), keys.end());
    std::sort(aliases.begin(), aliases.end());
    for (const auto& [start, which] : keys)
        if (any_term_starts_with(db, start, memo)) possible.insert(which);
    for (const auto& [start, which] : aliases)
        if (!possible.count(which) && any_term_starts_with(db, start, memo)) possible.insert(which);
    return possible;
}

/// The candidates the database knows as names (a key, or a form some article
/// wrote); of the types an n-gram is known as, the one most articles use
/// ("Arab Saudi" is a place, though the tagger once took it for a person).
std::set<const Candidate*> known_candidates(EntityNames& names, const std::vector<Candidate>& candidates,
                                            QueryEntityMemo* memo) {
    const auto possible = possible_starts(names.database(), candidates, memo);
    // Looked up in term order, which keeps the B-tree cursor on the blocks
    // it has (a 15-word question has ~160 candidates; in query order, each
    // look-up re-read blocks).
    std::vector<const Candidate*> lookups;
    for (const auto& c : candidates)
        if (possible.count({c.first, c.type})) lookups.push_back(&c);
    std::sort(lookups.begin(), lookups.end(), [](const Candidate* a, const Candidate* b) {
        return std::tie(a->type->prefix, a->name) < std::tie(b->type->prefix, b->name);
    });
    std::map<const Candidate*, Xapian::doccount> articles;
    for (const auto* c : lookups) {
        const Xapian::doccount n = names.articles(*c->type, c->name);
        // A single word is a name when a fair share of the articles with
        // the word name it: "timnas" (201 of 772), not "pasukan", which the
        // tagger once took for an organization (1 of 373).
        if (n > 0 && (c->length > 1 || n >= kMinNameShareOfWord * termfreq(names.database(), c->name, memo)))
            articles[c] = n;
    }
    // Candidates of one n-gram are adjacent, one per type.
    std::set<const Candidate*> known;
    for (std::size_t i = 0; i < candidates.size(); i += schema::kEntityTypes.size()) {
        const Candidate* best = nullptr;
        for (std::size_t t = i; t < i + schema::kEntityTypes.size(); ++t)
            if (articles.count(&candidates[t]) && (best == nullptr || articles[&candidates[t]] > articles[best]))
                best = &candidates[t];
        if (best != nullptr) known.insert(best);
    }
    return known;
}

}  // namespace

std::optional<bool> QueryEntityMemo::starts(const std::string& prefix) {
    const bool* any = starts_.find(prefix);
    return any ? std::optional<bool>(*any) : std::nullopt;
}

void QueryEntityMemo::set_starts(const std::string& prefix, bool any) { starts_.insert(prefix, any); }

std::optional<Xapian::doccount> QueryEntityMemo::termfreq(const std::string& word) {
    const Xapian::doccount* freq = termfreqs_.find(word);
    return freq ? std::optional<Xapian::doccount>(*freq) : std::nullopt;
}

void QueryEntityMemo::set_termfreq(const std::string& word, Xapian::doccount freq) { termfreqs_.insert(word, freq); }

std::vector<QueryEntity> find_query_entities(EntityNames& names, const std::vector<AnalyzedToken>& tokens,
                                             QueryEntityMemo* memo) {
    const std::vector<Candidate> candidates = candidates_of(tokens);
    const std::set<const Candidate*> known = known_candidates(names, candidates, memo);
    std::vector<bool> used(tokens.size(), false);
    std::vector<QueryEntity> found;
    for (const auto& c : candidates) {
        if (!known.count(&c)) continue;
        const auto begin = used.begin() + static_cast<long>(c.first), end = begin + static_cast<long>(c.length);
        if (std::any_of(begin, end, [](bool u) { return u; })) continue;
        const std::string key = names.resolve(*c.type, c.name);
        found.push_back({names.filter_terms(*c.type, c.name),
                         std::string(c.type->json_key) + ":" + names.display_name(*c.type, key, c.name)});
        std::fill(begin, end, true);
    }
    return found;
}

}  // namespace telusur
