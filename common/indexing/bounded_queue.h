// A blocking first-in first-out queue with a capacity, shared by the
// indexing strategies to hand batches of articles between threads.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <mutex>
#include <optional>

namespace telusur::indexing {

/// Producers wait while `capacity` items are queued, consumers while none
/// is. close() ends it: push() then fails at once, pop() drains what is
/// queued and then returns nothing, so a consumer that fails can close the
/// queue to release a producer waiting for space.
template <typename T>
class BoundedQueue {
public:
    explicit BoundedQueue(std::size_t capacity) : capacity_(capacity ? capacity : 1) {}
    BoundedQueue(const BoundedQueue&) = delete;
    BoundedQueue& operator=(const BoundedQueue&) = delete;

    /// Queues item, waiting for space; false (item dropped) once closed.
    bool push(T item) {
        std::unique_lock lock(mutex_);
        space_.wait(lock, [&] { return closed_ || items_.size() < capacity_; });
        if (closed_) return false;
        items_.push_back(std::move(item));
        lock.unlock();
        ready_.notify_one();
        return true;
    }

    /// The oldest item, waiting for one; nothing once closed and drained.
    std::optional<T> pop() {
        std::unique_lock lock(mutex_);
        ready_.wait(lock, [&] { return closed_ || !items_.empty(); });
        if (items_.empty()) return std::nullopt;
        std::optional<T> item(std::move(items_.front()));
        items_.pop_front();
        lock.unlock();
        space_.notify_one();
        return item;
    }

    /// Wakes every waiting producer and consumer; idempotent.
    void close() {
        {
            std::lock_guard lock(mutex_);
            closed_ = true;
        }
        ready_.notify_all();
        space_.notify_all();
    }

private:
    const std::size_t capacity_;
    std::mutex mutex_;
    std::condition_variable ready_, space_;
    std::deque<T> items_;
    bool closed_ = false;
};

}  // namespace telusur::indexing
