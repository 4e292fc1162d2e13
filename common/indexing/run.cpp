#include "common/indexing/run.h"

namespace telusur::indexing {

namespace {

ReaderOptions reader_options(const IndexOptions& options) {
    ReaderOptions reader = options.reader;
    reader.stop_at_first_error = reader.stop_at_first_error || options.strict;
    return reader;
}

}  // namespace

IndexRun::IndexRun(const std::vector<std::string>& inputs, const IndexOptions& options, IndexObserver& observer,
                   const std::atomic<bool>* stop)
    : options_(options),
      observer_(observer),
      stop_(stop),
      has_inputs_(!inputs.empty()),
      reader_(inputs, reader_options(options)) {
    on_issue_ = [this](const InputIssue& issue) {
        (issue.is_error ? stats_.skipped : stats_.warnings)[issue.kind]++;
        observer_.on_issue(issue);
        if (issue.is_error && options_.strict) stats_.strict_failure = true;
    };
}

bool IndexRun::next(InputRecord& record) {
    // Only a stop that cuts the input short is an interruption: one that
    // comes after the last record (during the merge, say) lets the run
    // finish, and the database is complete.
    if (stop_requested()) {
        stats_.interrupted = true;
        return false;
    }
    if (!reader_.next(record, on_issue_)) return false;
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

std::string IndexRun::why_nothing_indexed() const {
    const std::size_t files = reader_.files_read(), records = reader_.records_read();
    if (files == 0) {
        const auto unreadable = stats_.skipped.find(IssueKind::Unreadable);
        if (unreadable != stats_.skipped.end()) return "no input could be read (see the errors above)";
        return "no input files: the folders given hold no .txt, .jsonl, .jsonl.gz, .json.gz or .ndjson files";
    }
    if (records == 0) {
        return files == 1 ? "the 1 input file holds no records"
                          : "the " + std::to_string(files) + " input files hold no records";
    }
    return "all " + std::to_string(records) + " records were skipped (see the errors above)";
}

IndexStats IndexRun::finish() {
    stats_.late_stop = !stats_.interrupted && stop_requested();
    if (has_inputs_ && stats_.indexed() == 0 && !stats_.interrupted && !stats_.strict_failure)
        stats_.nothing_indexed = why_nothing_indexed();
    stats_.input_bytes = reader_.bytes_read();
    stats_.seconds = elapsed();
    observer_.on_progress(stats_, reader_.total_bytes());
    return stats_;
}

}  // namespace telusur::indexing
