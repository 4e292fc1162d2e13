// What a long-lived searcher holds in memory to rank and collapse without
// reading value slots: every article's timestamp (the sort's tie order) and
// collapse key, one revision of one local database each; and the replay of
// Xapian's collapsing match that gives a query collapsed here the estimate
// Xapian would have given.
#pragma once

#include <xapian.h>

#include <cstdint>
#include <functional>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace telusur {

/// The values of one slot for every docid, read once (one value stream),
/// the same bytes as the slot: for the few values of each query that would
/// each cost a B-tree look-up and a chunk's decoding.
class SlotValuesInMemory {
public:
    /// Stops reading (complete() false) past `max_bytes` of values.
    SlotValuesInMemory(const Xapian::Database& db, Xapian::valueno slot,
                       std::size_t max_bytes = std::numeric_limits<std::size_t>::max());
    /// Docid `id`'s value, "" without one.
    std::string_view value(Xapian::docid id) const {
        if (id + 1 >= starts_.size()) return {};
        return std::string_view(bytes_).substr(starts_[id], starts_[id + 1] - starts_[id]);
    }
    /// False when the values did not fit in max_bytes (value() answers for none).
    bool complete() const { return complete_; }
    /// Whether db (a handle written to in this process: tests) gained articles since.
    bool outdated(const Xapian::Database& db) const { return db.get_lastdocid() != last_docid_; }

private:
    Xapian::docid last_docid_;
    bool complete_ = true;
    std::vector<std::uint32_t> starts_;  ///< docid d's value is bytes_[starts_[d], starts_[d + 1])
    std::string bytes_;
};

/// The articles' timestamps (the sort's tie order) read once into memory:
/// Xapian reads the sort value of every match that could enter the top,
/// about one B-tree block pread per match through the value stream; a top
/// of 100 (facets) admits about four times as many matches as a page.
/// Returns the same bytes as the slot, so the order is the same.
class TimestampKeys : public Xapian::KeyMaker {
public:
    explicit TimestampKeys(const Xapian::Database& db);
    std::string operator()(const Xapian::Document& doc) const override { return std::string(key(doc.get_docid())); }
    /// Docid `id`'s timestamp, "" without one.
    std::string_view key(Xapian::docid id) const { return values_.value(id); }
    bool outdated(const Xapian::Database& db) const { return values_.outdated(db); }

private:
    SlotValuesInMemory values_;
};

/// Every article's collapse key (the value of one slot) as a number: equal
/// keys, equal numbers; 0 for an article without one (Xapian does not
/// collapse those).
class CollapseKeys {
public:
    CollapseKeys(const Xapian::Database& db, Xapian::valueno slot);
    std::uint32_t key(Xapian::docid id) const { return id < keys_.size() ? keys_[id] : 0; }
    bool outdated(const Xapian::Database& db) const { return db.get_lastdocid() != last_docid_; }

private:
    Xapian::docid last_docid_;
    std::vector<std::uint32_t> keys_;  ///< by docid
};

/// The matches Xapian weighs and lets past its weight bar, in the order it
/// meets them (docid order on one database), with their weights.
class CandidateSpy : public Xapian::MatchSpy {
public:
    struct Candidate {
        Xapian::docid docid;
        double weight;
    };
    void operator()(const Xapian::Document& doc, double weight) override {
        candidates_.push_back({doc.get_docid(), weight});
    }
    std::string name() const override { return "Telusur::CandidateSpy"; }
    const std::vector<Candidate>& candidates() const { return candidates_; }

private:
    std::vector<Candidate> candidates_;
};

/// The estimate (MSet::get_matches_estimated()) of Xapian 1.4's match of the
/// top `size` collapsing on `keys` (one per key), sorted by relevance, then
/// `timestamps` newest first, then docid, replayed over the candidates of a
/// match of the top `deeper` without collapsing (a CandidateSpy's): that
/// match's weight bar stays at or below the collapsing match's as long as
/// fewer than deeper - size candidates are duplicates, so it met every
/// match the collapsing one would have counted. nullopt past that.
/// `bounds` gives Xapian's estimate (not rounded) and upper bound of the
/// query's matches before any match ran (of get_mset(0, 0)); asked only
/// when needed. Rounded as MSet::get_matches_estimated() rounds.
std::optional<Xapian::doccount> collapsed_estimate(
    const std::vector<CandidateSpy::Candidate>& candidates, Xapian::doccount size, Xapian::doccount deeper,
    const TimestampKeys& timestamps, const CollapseKeys& keys,
    const std::function<std::pair<Xapian::doccount, Xapian::doccount>()>& bounds);

}  // namespace telusur
