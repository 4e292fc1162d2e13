#include "common/facets.h"

#include "common/schema.h"
#include "common/text/unicode.h"

#include <algorithm>
#include <chrono>
#include <cstdio>

namespace telusur {

/// Counts the values of a multi-valued slot ('\n'-joined entity names)
/// over the match set. Xapian's ValueCountMatchSpy counts whole values only.
/// Names with equal counts are ordered by the best match weight among the
/// articles naming them, so the people of the top results come first rather
/// than the alphabet's first.
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
    Xapian::valueno slot() const { return slot_; }

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

namespace {

std::vector<FacetCount> top_values(const Xapian::ValueCountMatchSpy& spy, std::size_t n) {
    std::vector<FacetCount> out;
    for (auto it = spy.top_values_begin(n); it != spy.top_values_end(n); ++it) out.push_back({*it, it.get_termfreq()});
    return out;
}

}  // namespace

FacetCollector::FacetCollector(const Xapian::Database& db, bool remote)
    : db_(db),
      remote_(remote),
      source_spy_(schema::kSlotSource),
      category_spy_(schema::kSlotCategory),
      date_spy_(schema::kSlotDate) {
    for (const auto& type : schema::kEntityTypes)
        entity_spies_.push_back(std::make_unique<MultiValueCountMatchSpy>(type.slot));
}

FacetCollector::~FacetCollector() = default;

void FacetCollector::attach(Xapian::Enquire& enquire) {
    enquire.add_matchspy(&source_spy_);
    enquire.add_matchspy(&category_spy_);
    enquire.add_matchspy(&date_spy_);
    if (!remote_)
        for (auto& spy : entity_spies_) enquire.add_matchspy(spy.get());
}

FacetCounts FacetCollector::collect(Xapian::Enquire& enquire, std::size_t values) {
    FacetCounts out;
    out.facets["source"] = top_values(source_spy_, values);
    out.facets["category"] = top_values(category_spy_, values);
    std::map<std::string, Xapian::doccount> per_day;
    for (auto it = date_spy_.values_begin(); it != date_spy_.values_end(); ++it) per_day[*it] = it.get_termfreq();
    out.timeline = make_timeline(per_day);
    if (remote_) {
        // Count on the client, over every match (each match's document is
        // fetched once). The spies come off first: a second match would
        // count every value again.
        enquire.clear_matchspies();
        const Xapian::MSet all = enquire.get_mset(0, db_.get_doccount());
        for (auto it = all.begin(); it != all.end(); ++it) {
            const Xapian::Document doc = it.get_document();
            for (auto& spy : entity_spies_) spy->count(doc.get_value(spy->slot()), it.get_weight());
        }
    }
    for (std::size_t t = 0; t < entity_spies_.size(); ++t)
        out.facets[schema::kEntityTypes[t].json_key] = entity_spies_[t]->top(values);
    return out;
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
        if (value.size() != 8 || !text::all_ascii_digits(value)) continue;
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
            std::snprintf(text, sizeof text, "%04d-%02u", static_cast<int>(ymd.year()),
                          static_cast<unsigned>(ymd.month()));
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
