// What every indexing strategy shares during one run: the input reader,
// the counts, issue and progress reporting, and the stop request.
#pragma once

#include "common/indexing.h"

#include <atomic>
#include <chrono>
#include <functional>
#include <string>
#include <vector>

namespace telusur::indexing {

/// Articles per batch handed to a thread: large enough to amortize the
/// hand-over, small enough to keep all threads busy on small inputs.
constexpr std::size_t kBatchSize = 64;
/// Batches queued per thread; bounds memory to about threads x 4 x 64
/// articles waiting.
constexpr std::size_t kBatchesPerWorker = 4;

/// One run of run_indexing(): owns the reader and the stats the strategies
/// fill in, and reports issues and progress to the observer.
class IndexRun {
public:
    IndexRun(const std::vector<std::string>& inputs, const IndexOptions& options, IndexObserver& observer,
             const std::atomic<bool>* stop);

    /// The next article to index. False at the end of the input, when a
    /// stop was requested (the run is then interrupted), or (--strict)
    /// after an input error.
    bool next(InputRecord& record);
    bool stop_requested() const { return stop_ && stop_->load(std::memory_order_relaxed); }

    /// At most twice a second: update_counts() fills in the stats, which go
    /// to the observer.
    void report_progress(const std::function<void()>& update_counts);
    /// The final stats, also reported to the observer once more.
    IndexStats finish();

    IndexStats& stats() { return stats_; }
    const IndexOptions& options() const { return options_; }

private:
    using Clock = std::chrono::steady_clock;
    std::string why_nothing_indexed() const;
    double elapsed() const { return std::chrono::duration<double>(Clock::now() - start_).count(); }

    const IndexOptions& options_;
    IndexObserver& observer_;
    const std::atomic<bool>* stop_;
    const bool has_inputs_;
    const Clock::time_point start_ = Clock::now();
    Clock::time_point last_progress_ = start_;
    IndexStats stats_;
    ArticleReader reader_;
    IssueHandler on_issue_;
};

}  // namespace telusur::indexing
