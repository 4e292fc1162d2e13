// Terminal presentation shared by the tools: the indexing progress line and
// issue messages.
#pragma once

#include "common/indexing.h"

#include <cstdio>

namespace telusur {

/// True when the stream is a terminal (progress lines, colour).
bool is_terminal(std::FILE* stream);

/// Prints issues to stderr as "file:line: error: reason" (at most
/// max_messages of them, then a count) and, on a terminal, a progress line
/// with articles/s, MB/s and the ETA when the input size is known.
class ConsoleIndexObserver : public IndexObserver {
public:
    explicit ConsoleIndexObserver(bool show_progress, std::size_t max_messages = 100);
    ~ConsoleIndexObserver() override;
    void on_issue(const InputIssue& issue) override;
    void on_note(const std::string& message) override;
    void on_progress(const IndexStats& stats, std::uint64_t total_bytes) override;

private:
    void clear_progress_line();
    bool show_progress_;
    std::size_t max_messages_;
    std::size_t messages_ = 0;
    bool progress_shown_ = false;
};

}  // namespace telusur
