// Facets: counts of sources, categories, people, organizations and places
// over a query's matches, and a timeline of matches per day, week or month.
// One collector serves local, multi-database and remote searches alike.
#pragma once

#include <xapian.h>

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace telusur {

struct FacetCount {
    std::string value;
    Xapian::doccount count = 0;
};

/// Matches over time: the granularity is chosen from the span of the
/// matches' dates (days up to 45 days, ISO weeks up to a year, else months).
struct Timeline {
    std::string granularity;  ///< "day", "week" or "month"; "" when no match has a date
    std::vector<FacetCount>
        buckets;  ///< value: "2024-11-05" (day, or the Monday of a week) or "2024-11"; in date order
};

/// Buckets per-day counts ("YYYYMMDD" -> count) into a Timeline.
Timeline make_timeline(const std::map<std::string, Xapian::doccount>& per_day);

class MultiValueCountMatchSpy;

/// Facet values and the timeline of one query.
struct FacetCounts {
    /// facet name ("source", "category", "person", "organization",
    /// "location") -> the top values, most frequent first.
    std::map<std::string, std::vector<FacetCount>> facets;
    Timeline timeline;
};

/// Counts facets over every match of one Enquire. Usage: attach(), run the
/// match with check_at_least() as get_mset()'s checkatleast, then collect().
class FacetCollector {
public:
    /// @param remote whether db has remote shards: xapian-tcpsrv does not
    ///   know Telusur's own match spy, so entity counts are then taken on
    ///   the client, one document fetch per match.
    FacetCollector(const Xapian::Database& db, bool remote);
    ~FacetCollector();
    FacetCollector(const FacetCollector&) = delete;
    FacetCollector& operator=(const FacetCollector&) = delete;

    /// Registers the match spies on enquire (which must outlive nothing of
    /// this collector: the spies belong to it).
    void attach(Xapian::Enquire& enquire);
    /// Every match must be seen, not only the page.
    Xapian::doccount check_at_least() const { return db_.get_doccount(); }
    /// The top `values` values of each facet (equal counts ordered by the
    /// best match weight among the articles, then by value) and the
    /// timeline. For remote shards this detaches the spies and runs the
    /// match again over all matches to count the entities on the client.
    FacetCounts collect(Xapian::Enquire& enquire, std::size_t values);

private:
    const Xapian::Database& db_;
    bool remote_;
    Xapian::ValueCountMatchSpy source_spy_, category_spy_, date_spy_;
    std::vector<std::unique_ptr<MultiValueCountMatchSpy>> entity_spies_;  ///< in schema::kEntityTypes order
};

}  // namespace telusur
