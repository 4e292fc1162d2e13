// A memo with a fixed number of entries that keeps the often used ones.
//
// A map cleared when full bounds memory but, once the working set outgrows
// it, misses on everything until it refills: a server's searchers, caching
// stems and entity names of every answer, ran ~22 % slower with caches cut
// small that way. The CLOCK rule (second chance) keeps what is looked up
// again: when full, a hand sweeps the slots, sparing once each entry found
// since it last passed and replacing the first one that was not.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace telusur {

template <class Value>
class ClockCache {
public:
    /// Nothing is allocated before the first insert (a one-query process
    /// fills a few entries of caches sized for a server).
    explicit ClockCache(std::size_t capacity) : capacity_(std::max<std::size_t>(capacity, 1)) {}
    ClockCache(ClockCache&&) noexcept = default;  // the slots' blocks move whole
    ClockCache(const ClockCache&) = delete;
    ClockCache& operator=(const ClockCache&) = delete;

    /// The value cached for `key` (now marked used), or nullptr.
    const Value* find(std::string_view key) {
        Slot* slot = slot_of(key, std::hash<std::string_view>{}(key));
        if (slot == nullptr) return nullptr;
        slot->used = true;
        return &slot->value;
    }

    /// Caches `value` for `key`. The reference is valid until the next
    /// insert().
    const Value& insert(std::string_view key, Value value) {
        // A key cached since find() missed it (a memo's computation that
        // recursed into the same key) keeps its one slot, now with `value`:
        // two slots of one key left an index entry behind when one was
        // replaced, and unindex() then looked for the other for ever.
        const std::size_t hash = std::hash<std::string_view>{}(key);
        if (Slot* slot = slot_of(key, hash)) {
            slot->value = std::move(value);
            slot->used = true;
            return slot->value;
        }
        std::size_t at = slots_.size();
        if (at < capacity_) {
            slots_.push_back(Slot{std::string(key), std::move(value), false});
        } else {
            while (slots_[hand_].used) {
                slots_[hand_].used = false;
                hand_ = (hand_ + 1) % capacity_;
            }
            at = hand_;
            hand_ = (hand_ + 1) % capacity_;
            Slot& slot = slots_[at];
            unindex(slot.key);
            slot.key.assign(key);
            slot.value = std::move(value);
        }
        index(hash, at);
        return slots_[at].value;
    }

    std::size_t size() const { return slots_.size(); }
    std::size_t capacity() const { return capacity_; }

private:
    struct Slot {
        std::string key;
        Value value;
        bool used;  ///< found since the hand last passed
    };
    /// A slot's place in the index: open addressing, linear probing, at most
    /// half full. A look-up reads one entry (and, on a matching hash, the
    /// slot's key), not a hash node and then the key: the memos of stems and
    /// entity names are looked up thousands of times a query, and the node's
    /// cache miss was a tenth of a faceted query's time.
    struct Entry {
        std::uint32_t hash = 0;  ///< the key's hash, low bits
        std::uint32_t slot = kNoSlot;
    };
    static constexpr std::uint32_t kNoSlot = ~std::uint32_t{0};
    std::size_t mask() const { return index_.size() - 1; }
    /// `key`'s slot (`hash` its hash), or nullptr.
    Slot* slot_of(std::string_view key, std::size_t hash) {
        if (index_.empty()) return nullptr;
        for (std::size_t at = hash & mask(); index_[at].slot != kNoSlot; at = (at + 1) & mask()) {
            if (index_[at].hash != static_cast<std::uint32_t>(hash)) continue;
            Slot& slot = slots_[index_[at].slot];
            if (slot.key == key) return &slot;
        }
        return nullptr;
    }
    /// Indexes `slot`, whose key's hash is `hash`.
    void index(std::size_t hash, std::size_t slot) {
        if (2 * slots_.size() > index_.size()) grow();  // slots_ holds the new slot already
        index_[free_entry(hash)] = {static_cast<std::uint32_t>(hash), static_cast<std::uint32_t>(slot)};
    }
    /// The first free entry from `hash`'s home on.
    std::size_t free_entry(std::size_t hash) const {
        std::size_t at = hash & mask();
        while (index_[at].slot != kNoSlot) at = (at + 1) & mask();
        return at;
    }
    /// Removes `key`'s entry, moving back the entries after it that it kept
    /// from their place (no tombstones: look-ups stay short).
    void unindex(std::string_view key) {
        const std::size_t hash = std::hash<std::string_view>{}(key);
        // Each key has one entry, reached from its home before a free one
        // (insertion and the moves back below keep it so).
        std::size_t hole = hash & mask();
        while (index_[hole].slot != kNoSlot && slots_[index_[hole].slot].key != key) hole = (hole + 1) & mask();
        if (index_[hole].slot == kNoSlot) return;
        for (std::size_t at = (hole + 1) & mask(); index_[at].slot != kNoSlot; at = (at + 1) & mask()) {
            const std::size_t home = index_[at].hash & mask();
            // Moves back when its home is not in (hole, at], cyclically.
            if (((at - home) & mask()) >= ((at - hole) & mask())) {
                index_[hole] = index_[at];
                hole = at;
            }
        }
        index_[hole] = Entry{};
    }
    void grow() {
        std::vector<Entry> old = std::move(index_);
        index_.assign(std::max<std::size_t>(16, 2 * old.size()), Entry{});
        for (const Entry& entry : old)
            if (entry.slot != kNoSlot) index_[free_entry(entry.hash)] = entry;
    }
    std::size_t capacity_;
    std::size_t hand_ = 0;
    std::deque<Slot> slots_;    ///< a deque: slots never move as it grows
    std::vector<Entry> index_;  ///< a power of two entries, grown as slots are added
};

}  // namespace telusur
