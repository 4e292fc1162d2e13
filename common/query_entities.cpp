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

/// Whether some term starts with `start`. In the database, the term_exists()
/// first moves the table's own cursor there, and a new term iterator starts
/// from that cursor's blocks: in term order, most checks then read no block.
/// In memory (EntityLexicon) one binary search answers both, and each is a
/// few cache misses in megabytes of terms.
bool any_term_starts_with(const EntityNames& names, const std::string& start, QueryEntityMemo* memo) {
    if (memo)
        if (const auto known = memo->starts(start)) return *known;
    const bool any = names.in_memory(start) ? names.any_term_starts_with(start)
                                            : names.term_exists(start) || names.any_term_starts_with(start);
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
std::set<Start> possible_starts(const EntityNames& names, const std::vector<Candidate>& candidates,
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
        if (any_term_starts_with(names, start, memo)) possible.insert(which);
    for (const auto& [start, which] : aliases)
        if (!possible.count(which) && any_term_starts_with(names, start, memo)) possible.insert(which);
    return possible;
}

/// The candidates EntityNames::articles() can count: those whose n-gram is
/// a key of their type (type prefix + normalized n-gram) or a form some
/// article wrote (a name-use term alias prefix + normalized n-gram +
/// separator + key), as articles() checks first. Checked here in two sweeps
/// in term order, the keys with the table's own cursor and the forms with
/// one term iterator per type moving forward: articles() checks both per
/// n-gram, and its form look-up started a new cursor away from the keys each
/// time (two block reads per n-gram of a long question, most of which name
/// nothing). With the entity terms in memory (EntityLexicon) each form is
/// looked up there instead.
std::vector<const Candidate*> could_be_names(const EntityNames& entity_names,
                                             const std::vector<const Candidate*>& lookups, QueryEntityMemo* memo) {
    struct Check {
        const Candidate* candidate;
        std::string memo_key, normalized, term;
    };
    std::vector<const Candidate*> names;
    std::vector<Check> keys;
    for (const auto* c : lookups) {
        std::string memo_key = c->type->prefix + ('\n' + c->name);
        if (const auto known = memo ? memo->could_be_name(memo_key) : std::nullopt) {
            if (*known) names.push_back(c);
            continue;
        }
        std::string normalized = schema::normalize_boolean_value(c->name);
        std::string key = schema::make_boolean_term(c->type->prefix, normalized);
        keys.push_back({c, std::move(memo_key), std::move(normalized), std::move(key)});
    }
    std::sort(keys.begin(), keys.end(), [](const Check& a, const Check& b) { return a.term < b.term; });
    std::vector<Check> forms;
    for (auto& check : keys) {
        if (entity_names.term_exists(check.term)) {
            if (memo) memo->set_could_be_name(check.memo_key, true);
            names.push_back(check.candidate);
        } else {
            check.term = check.candidate->type->alias_prefix + check.normalized + schema::kNameUseSeparator;
            forms.push_back(std::move(check));
        }
    }
    std::sort(forms.begin(), forms.end(), [](const Check& a, const Check& b) { return a.term < b.term; });
    const Xapian::Database& db = entity_names.database();
    Xapian::TermIterator form;
    const char* form_prefix = nullptr;
    for (const auto& check : forms) {
        bool written;
        if (entity_names.in_memory(check.term)) {
            written = entity_names.any_term_starts_with(check.term);
        } else {
            if (form_prefix != check.candidate->type->alias_prefix) {
                form_prefix = check.candidate->type->alias_prefix;
                form = db.allterms_begin(form_prefix);
            }
            if (form != db.allterms_end(form_prefix)) form.skip_to(check.term);
            written = form != db.allterms_end(form_prefix) && (*form).compare(0, check.term.size(), check.term) == 0;
        }
        if (memo) memo->set_could_be_name(check.memo_key, written);
        if (written) names.push_back(check.candidate);
    }
    return names;
}

/// The candidates the database knows as names (a key, or a form some article
/// wrote); of the types an n-gram is known as, the one most articles use
/// ("Arab Saudi" is a place, though the tagger once took it for a person).
std::set<const Candidate*> known_candidates(EntityNames& names, const std::vector<Candidate>& candidates,
                                            QueryEntityMemo* memo) {
    const auto possible = possible_starts(names, candidates, memo);
    // Looked up in term order, which keeps the B-tree cursor on the blocks
    // it has (a 15-word question has ~160 candidates; in query order, each
    // look-up re-read blocks).
    std::vector<const Candidate*> lookups;
    for (const auto& c : candidates)
        if (possible.count({c.first, c.type})) lookups.push_back(&c);
    lookups = could_be_names(names, lookups, memo);
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

namespace {

template <class Value>
std::optional<Value> known(ClockCache<Value>& cache, const std::string& key) {
    const Value* value = cache.find(key);
    return value ? std::optional<Value>(*value) : std::nullopt;
}

}  // namespace

std::optional<bool> QueryEntityMemo::starts(const std::string& prefix) { return known(starts_, prefix); }

void QueryEntityMemo::set_starts(const std::string& prefix, bool any) { starts_.insert(prefix, any); }

std::optional<Xapian::doccount> QueryEntityMemo::termfreq(const std::string& word) { return known(termfreqs_, word); }

void QueryEntityMemo::set_termfreq(const std::string& word, Xapian::doccount freq) { termfreqs_.insert(word, freq); }

std::optional<bool> QueryEntityMemo::could_be_name(const std::string& type_and_name) {
    return known(could_be_name_, type_and_name);
}

void QueryEntityMemo::set_could_be_name(const std::string& type_and_name, bool could) {
    could_be_name_.insert(type_and_name, could);
}

const std::vector<std::string>* QueryEntityMemo::filter_terms(const std::string& type_and_name) {
    return filter_terms_.find(type_and_name);
}

void QueryEntityMemo::set_filter_terms(const std::string& type_and_name, std::vector<std::string> terms) {
    filter_terms_.insert(type_and_name, std::move(terms));
}

namespace {

std::vector<std::string> filter_terms(EntityNames& names, const Candidate& name, QueryEntityMemo* memo) {
    if (!memo) return names.filter_terms(*name.type, name.name);
    const std::string key = name.type->prefix + ('\n' + name.name);
    if (const auto* known = memo->filter_terms(key)) return *known;
    std::vector<std::string> terms = names.filter_terms(*name.type, name.name);
    memo->set_filter_terms(key, terms);
    return terms;
}

}  // namespace

std::vector<QueryEntity> find_query_entities(EntityNames& names, const std::vector<AnalyzedToken>& tokens,
                                             QueryEntityMemo* memo, bool labels) {
    const std::vector<Candidate> candidates = candidates_of(tokens);
    const std::set<const Candidate*> known = known_candidates(names, candidates, memo);
    std::vector<bool> used(tokens.size(), false);
    std::vector<QueryEntity> found;
    for (const auto& c : candidates) {
        if (!known.count(&c)) continue;
        const auto begin = used.begin() + static_cast<long>(c.first), end = begin + static_cast<long>(c.length);
        if (std::any_of(begin, end, [](bool u) { return u; })) continue;
        std::string label;
        if (labels)
            label = std::string(c.type->json_key) + ":" +
                    names.display_name(*c.type, names.resolve(*c.type, c.name), c.name);
        found.push_back({filter_terms(names, c, memo), std::move(label)});
        std::fill(begin, end, true);
    }
    return found;
}

}  // namespace telusur
