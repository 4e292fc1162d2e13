// BoundedQueue: the one queue the indexing strategies hand batches through.
#include "common/indexing/bounded_queue.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <thread>
#include <vector>

namespace telusur::indexing {
namespace {

TEST(BoundedQueue, FirstInFirstOutAcrossThreads) {
    BoundedQueue<int> queue(2);
    std::thread producer([&] {
        for (int i = 0; i < 1000; ++i) ASSERT_TRUE(queue.push(i));
        queue.close();
    });
    std::vector<int> seen;
    while (auto item = queue.pop()) seen.push_back(*item);
    producer.join();
    ASSERT_EQ(seen.size(), 1000u);
    for (int i = 0; i < 1000; ++i) EXPECT_EQ(seen[static_cast<std::size_t>(i)], i);
}

TEST(BoundedQueue, ProducerWaitsWhileFull) {
    BoundedQueue<int> queue(1);
    ASSERT_TRUE(queue.push(1));
    std::atomic<bool> pushed{false};
    std::thread producer([&] {
        queue.push(2);
        pushed = true;
    });
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    EXPECT_FALSE(pushed);
    EXPECT_EQ(queue.pop(), 1);
    producer.join();
    EXPECT_TRUE(pushed);
    EXPECT_EQ(queue.pop(), 2);
}

TEST(BoundedQueue, CloseReleasesAWaitingProducerAndDrains) {
    BoundedQueue<int> queue(1);
    ASSERT_TRUE(queue.push(1));
    std::atomic<int> result{-1};
    std::thread producer([&] { result = queue.push(2) ? 1 : 0; });
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
    queue.close();  // as a consumer that failed does
    producer.join();
    EXPECT_EQ(result, 0);
    EXPECT_EQ(queue.pop(), 1);  // what was queued before the close
    EXPECT_EQ(queue.pop(), std::nullopt);
    EXPECT_FALSE(queue.push(3));
}

}  // namespace
}  // namespace telusur::indexing
