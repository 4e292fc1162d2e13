// ClockCache: a fixed number of entries, and the ones looked up again stay.
#include "common/clock_cache.h"

#include <gtest/gtest.h>

#include <string>

namespace telusur {
namespace {

TEST(ClockCache, FindsWhatWasInserted) {
    ClockCache<std::string> cache(4);
    EXPECT_EQ(cache.find("makan"), nullptr);
    EXPECT_EQ(cache.insert("makanan", "makan"), "makan");
    ASSERT_NE(cache.find("makanan"), nullptr);
    EXPECT_EQ(*cache.find("makanan"), "makan");
    EXPECT_EQ(cache.find("makan"), nullptr);
}

TEST(ClockCache, NeverHoldsMoreThanItsCapacity) {
    ClockCache<int> cache(8);
    for (int i = 0; i < 1000; ++i) {
        const std::string key = "kata" + std::to_string(i);
        if (cache.find(key) == nullptr) cache.insert(key, i);
        ASSERT_LE(cache.size(), 8u);
    }
    EXPECT_EQ(cache.size(), 8u);
    // The last word inserted is still there, with its own value.
    ASSERT_NE(cache.find("kata999"), nullptr);
    EXPECT_EQ(*cache.find("kata999"), 999);
}

TEST(ClockCache, KeepsTheEntriesLookedUpAgainThroughAStreamOfNewOnes) {
    // What a map cleared when full loses: a few hot words (a query's own
    // words, a frequent name) among many words seen once (a body's words).
    ClockCache<int> cache(64);
    const int hot = 16;
    for (int h = 0; h < hot; ++h) cache.insert("sering" + std::to_string(h), h);
    int hot_misses = 0;
    for (int round = 0; round < 200; ++round) {
        for (int h = 0; h < hot; ++h) {
            const std::string key = "sering" + std::to_string(h);
            if (const int* value = cache.find(key)) {
                EXPECT_EQ(*value, h);
            } else {
                ++hot_misses;
                cache.insert(key, h);
            }
        }
        for (int once = 0; once < 20; ++once) {
            const std::string key = "sekali" + std::to_string(round * 20 + once);
            ASSERT_EQ(cache.find(key), nullptr);
            cache.insert(key, -1);
        }
    }
    EXPECT_EQ(hot_misses, 0);
    EXPECT_EQ(cache.size(), 64u);
}

TEST(ClockCache, ReplacedEntriesAreGoneAndTheirSlotsReused) {
    ClockCache<std::string> cache(2);
    cache.insert("a", "1");
    cache.insert("b", "2");
    cache.insert("c", "3");  // nothing was looked up: the oldest goes
    EXPECT_EQ(cache.find("a"), nullptr);
    ASSERT_NE(cache.find("b"), nullptr);
    ASSERT_NE(cache.find("c"), nullptr);
    // Both were looked up: the hand spares each once, then replaces "b".
    cache.insert("a long key that does not fit in a short string's own buffer", "4");
    EXPECT_EQ(cache.find("b"), nullptr);
    EXPECT_EQ(*cache.find("c"), "3");
    EXPECT_EQ(*cache.find("a long key that does not fit in a short string's own buffer"), "4");
    EXPECT_EQ(cache.size(), 2u);
}

TEST(ClockCache, FindsExactlyTheEntriesItHoldsThroughManyReplacements) {
    // Thousands of replacements in an index kept half full: each removal
    // moves the entries after it back (no tombstones); none may be lost or
    // left behind. Nothing looked up, so the oldest entry goes each time.
    const int capacity = 64;
    ClockCache<int> cache(capacity);
    for (int i = 0; i < 5000; ++i) {
        cache.insert("kata" + std::to_string(i), i);
        if (i >= capacity) {
            ASSERT_EQ(cache.find("kata" + std::to_string(i - capacity)), nullptr) << i;
        }
    }
    for (int i = 5000 - capacity; i < 5000; ++i) {
        const int* value = cache.find("kata" + std::to_string(i));
        ASSERT_NE(value, nullptr) << i;
        EXPECT_EQ(*value, i);
    }
    EXPECT_EQ(cache.size(), static_cast<std::size_t>(capacity));
}

TEST(ClockCache, AKeyInsertedAgainKeepsOneSlotThroughItsReplacement) {
    // A memo's computation may recurse into its own key and cache it before
    // the outer call inserts it again (EntityNames::resolve_normalized()). A
    // second slot of the key left a stale index entry when one slot was
    // replaced, and replacing the other then looped for ever: a server or a
    // long --batch hung on the 342nd of 999 faceted queries on clickid.
    ClockCache<std::string> cache(4);
    cache.insert("habibie", "inner");
    EXPECT_EQ(cache.insert("habibie", "outer"), "outer");
    ASSERT_EQ(cache.size(), 1u);
    ASSERT_NE(cache.find("habibie"), nullptr);
    EXPECT_EQ(*cache.find("habibie"), "outer");
    // Every slot replaced several times over, the key's among them.
    for (int i = 0; i < 64; ++i) cache.insert("kata" + std::to_string(i), std::to_string(i));
    EXPECT_EQ(cache.find("habibie"), nullptr);
    EXPECT_EQ(cache.size(), 4u);
    ASSERT_NE(cache.find("kata63"), nullptr);
    EXPECT_EQ(*cache.find("kata63"), "63");
}

}  // namespace
}  // namespace telusur
