#include "common/indexing/run.h"

namespace telusur::indexing {

IndexRun::IndexRun(const std::vector<std::string>& inputs, const IndexOptions& options, IndexObserver& observer,
                   const std::atomic<bool>* stop)
    : options_(options), observer_(observer), stop_(stop), reader_(inputs, options.reader) {
    on_issue_ = [this](const InputIssue& issue) {
        (issue.is_error ? stats_.skipped : stats_.warnings)[issue.kind]++;
        observer_.on_issue(issue);
        if (issue.is_error && options_.strict) stats_.strict_failure = true;
    };
}

bool IndexRun::next(InputRecord& record) {
    if (stop_requested() || !reader_.next(record, on_issue_)) return false;
    return !stats_.strict_failure;  // the error came before this record
}

void IndexRun::report_progress(const std::function<void()>& update_counts) {
    if (Clock::now() - last_progress_ <= std::chrono::milliseconds(500)) return;
    last_progress_ = Clock::now();
    update_counts();
    stats_.input_bytes = reader_.bytes_read();
    stats_.seconds = elapsed();
    observer_.on_progress(stats_, reader_.total_bytes());
}

IndexStats IndexRun::finish() {
    stats_.input_bytes = reader_.bytes_read();
    stats_.seconds = elapsed();
    observer_.on_progress(stats_, reader_.total_bytes());
    return stats_;
}

}  // namespace telusur::indexing
