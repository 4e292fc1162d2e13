// The entities a query names: which people, organizations and places of the
// index a query's words refer to ("pasukan Korea Utara Kursk" names
// location:Korea Utara and location:Kursk). The ranking's entity boost
// favours articles about them.
#pragma once

#include "common/analysis/analyzer.h"
#include "common/entities/entity_names.h"

#include "common/clock_cache.h"

#include <xapian.h>

#include <optional>
#include <string>
#include <vector>

namespace telusur {

struct QueryEntity {
    std::vector<std::string> terms;  ///< its entity terms (EntityNames::filter_terms)
    std::string label;               ///< "type:display name", e.g. "location:Korea Utara"; "" without labels
};

/// What find_query_entities() looked up in one database revision, kept
/// across the queries of a batch or a server's searcher: whether any term
/// starts with a type's (or alias) prefix + word, the articles with a word,
/// and the entity terms of the names found. Both depend on the revision alone, so a query answers as in a fresh
/// process; the owner drops the memo when the revision changes
/// (Searcher::reopen() makes a new one). Without it, these look-ups were ~70 of a batch
/// query's ~270 block reads, mostly for words earlier queries had.
class QueryEntityMemo {
public:
    std::optional<bool> starts(const std::string& prefix);
    void set_starts(const std::string& prefix, bool any);
    std::optional<Xapian::doccount> termfreq(const std::string& word);
    void set_termfreq(const std::string& word, Xapian::doccount freq);
    /// Whether the n-gram (type prefix + '\n' + n-gram as typed) is a key
    /// or a written form of that type (could_be_names()).
    std::optional<bool> could_be_name(const std::string& type_and_name);
    void set_could_be_name(const std::string& type_and_name, bool could);
    /// The entity terms of a name (type prefix + '\n' + name as typed;
    /// EntityNames::filter_terms()), or nullptr. The entity boost's terms of
    /// a batch's recurring names: the group's keys took a quarter of a long
    /// question's look-ups.
    const std::vector<std::string>* filter_terms(const std::string& type_and_name);
    void set_filter_terms(const std::string& type_and_name, std::vector<std::string> terms);

private:
    /// Entries per cache (a server sees unbounded words); CLOCK keeps the
    /// words queries use again.
    static constexpr std::size_t kMaxEntries = 1 << 16;
    ClockCache<bool> starts_{kMaxEntries};
    ClockCache<Xapian::doccount> termfreqs_{kMaxEntries};
    ClockCache<bool> could_be_name_{kMaxEntries};
    ClockCache<std::vector<std::string>> filter_terms_{kMaxEntries};
};

/// The entities named by n-grams (up to 4 words) of the query's words that
/// the database knows as names (EntityNames): data-driven, so it works for
/// lower-case queries and for any name or form the tagger found in the
/// articles, and it loads no entity model. Longer names
/// win; a word belongs to one name at most; names neither start nor end with
/// a function word ("di Kursk").
/// @param tokens the query as Analyzer::analyze() gives it
/// @param memo look-ups of earlier queries on the same revision (nullptr: none)
/// @param labels whether to look up each entity's display name for its
///   label (TREC runs show none: a few block reads per entity)
std::vector<QueryEntity> find_query_entities(EntityNames& names, const std::vector<AnalyzedToken>& tokens,
                                             QueryEntityMemo* memo = nullptr, bool labels = true);

}  // namespace telusur
