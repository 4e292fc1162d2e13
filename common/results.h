// One result as shown: an article's display data from the document, its
// entities, and a snippet of its body with the matched words highlighted.
#pragma once

#include "common/clock_cache.h"

#include <xapian.h>

#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace telusur {

class EntityNames;
namespace schema {
struct EntityTypeSchema;
}

struct SearchResult {
    Xapian::doccount rank = 0;  ///< 1-based, counting from offset
    Xapian::docid docid = 0;
    std::string id;
    double score = 0;
    std::string title, date, source, url, category, snippet;
    /// "person"/"organization"/"location" -> names, in order of first
    /// mention: one display name per real-world thing after
    /// resolve_entity_names(), else as indexed.
    std::map<std::string, std::vector<std::string>> entities;
};

struct SnippetOptions {
    std::size_t length = 240;                    ///< bytes of body text; 0: no snippet (evaluation runs, TREC output)
    std::string highlight_start, highlight_end;  ///< around matched words
};

/// The result for one match of mset (rank and score are the caller's: the
/// re-ranking may change both). The snippet is Xapian's MSet::snippet() of
/// the stored body: the stretch of body text that best covers the query's
/// terms, stemmed with `stemmer` as the index was.
SearchResult read_result(const Xapian::MSetIterator& match, const Xapian::MSet& mset, const Xapian::Stem& stemmer,
                         const SnippetOptions& snippets);

/// The article id in a stored document record (the JSON object the indexer
/// writes), found without parsing the rest: TREC runs need only the id, and
/// the body, most of the record, sorts before it. "" when the record is not
/// an object or has no string id.
std::string stored_id(std::string_view record);

/// same_thing_as()'s joins of the lists met before, on one database
/// revision. They depend on the list (keys, articles, forms) and the
/// database alone: same_thing_as() reads EntityNames through const look-ups
/// only, which memoize nothing (resolve() memoizes, but a resolution cycle
/// has a key of its own, cycle_key(), so its keys do not depend on the names
/// asked before either). So a list met again (an
/// article on another query's page, a query asked again or paged) is not
/// joined again: the same joins, without the rules' pair loops. A new
/// revision needs a new memo (the counts and alias terms it reads change).
/// Not thread-safe: one per thread (a searcher's page; a FacetStore's count).
class JoinMemo {
public:
    using Join = std::function<std::vector<std::size_t>()>;
    /// The joins of the list, from the memo, else `join()`'s, memoized.
    std::vector<std::size_t> joins(const schema::EntityTypeSchema& type, const std::vector<std::string>& keys,
                                   const std::vector<std::size_t>& articles,
                                   const std::vector<std::vector<std::string>>& forms, const Join& join);
    std::size_t size() const { return memo_.size(); }

    /// Lists memoized: a page's article lists are a few hundred bytes, a
    /// facet list's a few KB (40 keys), so at most a few tens of MB.
    static constexpr std::size_t kMaxLists = 1 << 13;

private:
    std::string key_;  ///< the list's memo key, reused between look-ups
    ClockCache<std::vector<std::uint32_t>> memo_{kMaxLists};
};

/// Replaces each entity list's names by one display name per key they
/// resolve to in this database (EntityNames): "Joko Widodo" and "Jokowi" in
/// one article are listed once, as the news writes that person most.
/// @param joins the lists' joins met before on names' revision (nullptr: none)
void resolve_entity_names(SearchResult& result, EntityNames& names, JoinMemo* joins = nullptr);

/// resolve_entity_names() for each result of a page, with the same names:
/// the page's names are first looked up in term order, so the B-tree
/// cursors stay on the blocks they have (in article order, each new name
/// re-read blocks: a fifth of a query's time with display names).
void resolve_entity_names(std::vector<SearchResult>& results, EntityNames& names, JoinMemo* joins = nullptr);

/// A name for look_up_in_term_order().
struct NameLookup {
    const schema::EntityTypeSchema* type;
    const std::string* name;      ///< as given (resolve) or a key (display_name)
    const std::string* fallback;  ///< display_name()'s; unused by resolve
};
enum class NameLookupKind { Resolve, DisplayName };

/// Looks each distinct name of `lookups` up once (EntityNames::resolve or
/// display_name), in term order (type prefix, then the name's bytes):
/// EntityNames' term look-ups then move forward through the term list
/// instead of starting over for each name. Of equal names the first in
/// `lookups` is looked up (display_name() memoizes the first fallback it is
/// given for a key without name-use terms). Used by facets and result pages.
/// @returns the answer to each look-up, in the order of `lookups`
std::vector<std::string> look_up_in_term_order(EntityNames& names, const std::vector<NameLookup>& lookups,
                                               NameLookupKind kind);

}  // namespace telusur
