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
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace telusur {

template <class Value>
class ClockCache {
public:
    explicit ClockCache(std::size_t capacity) : capacity_(std::max<std::size_t>(capacity, 1)) {
        slots_.reserve(capacity_);  // slots never move: the index views their keys
        index_.reserve(capacity_);
    }
    ClockCache(ClockCache&&) noexcept = default;  // the slots' buffer moves whole
    ClockCache(const ClockCache&) = delete;
    ClockCache& operator=(const ClockCache&) = delete;

    /// The value cached for `key` (now marked used), or nullptr.
    const Value* find(std::string_view key) {
        const auto it = index_.find(key);
        if (it == index_.end()) return nullptr;
        Slot& slot = slots_[it->second];
        slot.used = true;
        return &slot.value;
    }

    /// Caches `value` for `key`, which find() did not know. The reference is
    /// valid until the next insert().
    const Value& insert(std::string_view key, Value value) {
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
            index_.erase(slot.key);
            slot.key.assign(key);
            slot.value = std::move(value);
        }
        index_.emplace(slots_[at].key, at);
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
    std::size_t capacity_;
    std::size_t hand_ = 0;
    std::vector<Slot> slots_;
    std::unordered_map<std::string_view, std::size_t> index_;  ///< views of the slots' keys
};

}  // namespace telusur
