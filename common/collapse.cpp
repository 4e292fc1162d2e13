#include "common/collapse.h"

#include "common/schema.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace telusur {

SlotValuesInMemory::SlotValuesInMemory(const Xapian::Database& db, Xapian::valueno slot, std::size_t max_bytes)
    : last_docid_(db.get_lastdocid()), starts_(last_docid_ + 2, 0) {
    Xapian::docid next = 1;
    for (auto it = db.valuestream_begin(slot); it != db.valuestream_end(slot); ++it) {
        for (; next <= it.get_docid(); ++next) starts_[next] = static_cast<std::uint32_t>(bytes_.size());
        bytes_ += *it;
        if (bytes_.size() > max_bytes) {
            complete_ = false;
            starts_ = {};
            bytes_ = {};
            return;
        }
    }
    for (; next < starts_.size(); ++next) starts_[next] = static_cast<std::uint32_t>(bytes_.size());
    bytes_.shrink_to_fit();  // grown by doubling: up to twice the values
}

TimestampKeys::TimestampKeys(const Xapian::Database& db) : values_(db, schema::kSlotTimestamp) {}

CollapseKeys::CollapseKeys(const Xapian::Database& db, Xapian::valueno slot)
    : last_docid_(db.get_lastdocid()), keys_(last_docid_ + 1, 0) {
    std::unordered_map<std::string, std::uint32_t> numbers;
    for (auto it = db.valuestream_begin(slot); it != db.valuestream_end(slot); ++it)
        keys_[it.get_docid()] = numbers.try_emplace(*it, static_cast<std::uint32_t>(numbers.size() + 1)).first->second;
}

namespace {

/// A match as Xapian's matcher holds it.
struct Item {
    double weight;
    Xapian::docid docid;
    std::string_view timestamp;
};

/// Xapian 1.4's msetcmp_by_relevance_then_value<true, true> (docids
/// ascending, values descending): whether `a` ranks before `b`. Docid 0 is
/// the matcher's empty "lowest item", after every match.
bool ranks_before(const Item& a, const Item& b) {
    if (a.weight > b.weight) return true;
    if (a.weight < b.weight) return false;
    if (const int c = a.timestamp.compare(b.timestamp); c != 0) return c > 0;
    if (a.docid == 0) return false;
    if (b.docid == 0) return true;
    return a.docid < b.docid;
}

/// Xapian's round_estimate() (common/roundestimate.h), which
/// MSet::get_matches_estimated() applies: `estimate` with no more
/// significant figures than its bounds support.
Xapian::doccount round_estimate(Xapian::doccount lower, Xapian::doccount upper, Xapian::doccount estimate) {
    const Xapian::doccount scale = std::min(upper - lower, estimate);
    if (scale <= 10) return estimate;
    const auto step = static_cast<Xapian::doccount>(std::pow(10.0, int(std::log10(scale))) + 0.5);
    Xapian::doccount rounded = estimate / step * step;
    if (rounded < lower) {
        rounded += step;
    } else if (rounded <= upper - step) {
        // The nearer end; from the middle, the one nearer the middle of the bounds.
        const Xapian::doccount twice_over = 2 * (estimate - rounded);
        if (twice_over > step || (twice_over == step && rounded - lower <= upper - step - rounded)) rounded += step;
    }
    return rounded;
}

}  // namespace

std::optional<Xapian::doccount> collapsed_estimate(
    const std::vector<CandidateSpy::Candidate>& candidates, Xapian::doccount size, Xapian::doccount deeper,
    const TimestampKeys& timestamps, const CollapseKeys& keys,
    const std::function<std::pair<Xapian::doccount, Xapian::doccount>()>& bounds) {
    // MultiMatch::get_mset() and Collapser::process() of Xapian 1.4 (collapse
    // max 1, no decider, no cutoff, check_at_least = size), step by step.
    std::vector<Item> items;  // the proto-MSet, a heap with its lowest item in front once full
    items.reserve(size + 1);
    Item lowest{0.0, 0, {}};
    double min_weight = 0;
    bool is_heap = false;
    Xapian::doccount matched = 0, considered = 0, duplicates = 0, keys_seen = 0, without_key = 0;
    std::unordered_map<std::uint32_t, Item> best;  // collapse key -> its best match so far
    for (const auto& candidate : candidates) {
        if (candidate.weight < min_weight) continue;
        const Item item{candidate.weight, candidate.docid, timestamps.key(candidate.docid)};
        if (!ranks_before(item, lowest) && matched >= size) continue;
        ++considered;
        if (const std::uint32_t key = keys.key(candidate.docid); key == 0) {
            ++without_key;
        } else if (auto [entry, added] = best.try_emplace(key, item); added) {
            ++keys_seen;
        } else {
            ++duplicates;
            if (ranks_before(entry->second, item)) continue;  // rejected
            const Item replaced = std::exchange(entry->second, item);
            if (replaced.weight >= min_weight && ranks_before(replaced, lowest)) {
                const auto in_top = std::find_if(items.begin(), items.end(),
                                                 [&](const Item& i) { return i.docid == replaced.docid; });
                if (in_top != items.end()) {
                    *in_top = item;
                    is_heap = false;
                    continue;
                }
            }
        }
        ++matched;
        items.push_back(item);
        if (items.size() <= size) {
            is_heap = false;
            continue;
        }
        if (!is_heap) {
            is_heap = true;
            std::make_heap(items.begin(), items.end(), ranks_before);
        } else {
            std::push_heap(items.begin(), items.end(), ranks_before);
        }
        std::pop_heap(items.begin(), items.end(), ranks_before);
        items.pop_back();
        lowest = items.front();
        min_weight = std::max(min_weight, lowest.weight);
    }
    if (duplicates + size > deeper) return std::nullopt;
    // Fewer matches than asked for: every one is in the MSet.
    if (items.size() < size) return static_cast<Xapian::doccount>(items.size());
    // The estimate scaled by the share of the considered matches that were
    // not duplicates, within the bounds collapsing leaves.
    const auto [estimated, upper_bound] = bounds();
    const Xapian::doccount lower = without_key + keys_seen;
    const Xapian::doccount upper = upper_bound - duplicates;
    Xapian::doccount estimate = estimated;
    const double unique_rate = considered > 0 ? double(considered - duplicates) / double(considered) : 1.0;
    if (unique_rate != 1.0) estimate = static_cast<Xapian::doccount>(estimated * unique_rate + 0.5);
    return round_estimate(lower, upper, std::min(std::max(estimate, lower), upper));
}

}  // namespace telusur
