#include "common/console.h"

#include <unistd.h>

namespace telusur {

bool is_terminal(std::FILE* stream) { return isatty(fileno(stream)) != 0; }

ConsoleIndexObserver::ConsoleIndexObserver(bool show_progress, std::size_t max_messages)
    : show_progress_(show_progress), max_messages_(max_messages) {}

ConsoleIndexObserver::~ConsoleIndexObserver() {
    clear_progress_line();
    if (messages_ > max_messages_)
        std::fprintf(stderr, "telusur-index: %zu more issues not shown\n", messages_ - max_messages_);
}

void ConsoleIndexObserver::clear_progress_line() {
    if (progress_shown_) std::fputs("\r\033[K", stderr);
    progress_shown_ = false;
}

void ConsoleIndexObserver::on_issue(const InputIssue& issue) {
    if (++messages_ > max_messages_) return;
    clear_progress_line();
    std::fprintf(stderr, "%s\n", issue.describe().c_str());
}

void ConsoleIndexObserver::on_note(const std::string& message) {
    clear_progress_line();
    std::fprintf(stderr, "telusur-index: %s\n", message.c_str());
}

void ConsoleIndexObserver::on_progress(const IndexStats& stats, std::uint64_t total_bytes) {
    if (!show_progress_ || stats.seconds <= 0) return;
    const double rate = static_cast<double>(stats.indexed()) / stats.seconds;
    const double mbps = static_cast<double>(stats.input_bytes) / 1e6 / stats.seconds;
    char eta[32] = "";
    if (total_bytes > 0 && stats.input_bytes > 0 && stats.input_bytes < total_bytes) {
        const double remaining = stats.seconds * static_cast<double>(total_bytes - stats.input_bytes) /
                                 static_cast<double>(stats.input_bytes);
        std::snprintf(eta, sizeof eta, "  ETA %d:%02d", static_cast<int>(remaining) / 60,
                      static_cast<int>(remaining) % 60);
    }
    std::fprintf(stderr, "\r\033[K%zu articles  %.0f/s  %.1f MB/s%s", stats.indexed(), rate, mbps, eta);
    std::fflush(stderr);
    progress_shown_ = true;
}

}  // namespace telusur
