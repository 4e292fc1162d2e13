// Input readers: JSON Lines (plain or gzip), folders of .txt files and
// standard input, yielding Articles. Bad records never stop a run: each is
// reported as an InputIssue ("file:line: error: reason") and skipped.
#pragma once

#include "common/document.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace telusur {

/// Why a record was skipped or changed; also the key of the summary counts.
enum class IssueKind {
    Unparsable,      ///< not valid JSON, or not a JSON object
    InvalidUtf8,     ///< ill-formed UTF-8
    MissingBody,     ///< no body, or an empty one
    BadField,        ///< a field of the wrong type
    TooLong,         ///< body capped (warning: the article is still indexed)
    BadDate,         ///< date not understood (warning: indexed without date)
    TruncatedInput,  ///< gzip stream ends early; the rest of the file is lost
    Unreadable,      ///< file missing or unreadable, or folder that cannot be listed
};

/// Short name of a kind for summaries, e.g. "invalid UTF-8".
const char* issue_kind_name(IssueKind kind);

struct InputIssue {
    std::string file;
    std::size_t line = 0;  ///< 1-based; 0 when the issue concerns the whole file
    IssueKind kind;
    bool is_error;  ///< error: record skipped; warning: record kept
    std::string reason;
    /// Compiler-style: "file:line: error: reason".
    std::string describe() const;
};

using IssueHandler = std::function<void(const InputIssue&)>;

struct ReaderOptions {
    /// Bodies longer than this are cut (at a UTF-8 boundary) with a warning:
    /// one runaway record must not blow up memory or the index.
    std::size_t max_body_bytes = 1 << 20;
    /// Dates outside these years are dropped with a BadDate warning (the
    /// article is indexed without a date): year 1 or 9999 is a broken
    /// export, not news.
    int min_year = 1900;
    int max_year = 2100;
    /// End the input at the first error (--strict) instead of skipping it.
    bool stop_at_first_error = false;
};

/// Where an article came from, for messages.
struct InputRecord {
    Article article;
    std::string file;
    std::size_t line = 0;
};

/// Reads every input in turn. An input is a JSON Lines file (any name;
/// gzip detected from content), a .txt file (first line title, rest body),
/// a folder (its .txt, .jsonl and .jsonl.gz files, recursively, in name
/// order; a subfolder that cannot be listed is reported as Unreadable) or
/// "-" (JSON Lines on standard input).
class ArticleReader {
public:
    ArticleReader(std::vector<std::string> inputs, ReaderOptions options = {});
    ~ArticleReader();
    ArticleReader(const ArticleReader&) = delete;
    ArticleReader& operator=(const ArticleReader&) = delete;

    /// The next good article. Skipped records and warnings go to on_issue.
    /// Returns false when all inputs are exhausted.
    bool next(InputRecord& record, const IssueHandler& on_issue);

    /// Input bytes consumed so far (compressed bytes for gzip files).
    std::uint64_t bytes_read() const;
    /// Sum of the input files' sizes; 0 when unknown (standard input).
    std::uint64_t total_bytes() const { return total_bytes_; }
    /// Files opened so far (standard input counts as one).
    std::size_t files_read() const { return files_read_; }
    /// Records met so far, good or bad (not blank lines).
    std::size_t records_read() const { return records_read_; }

private:
    struct Source;
    class LineReader;

    void add_folder(const std::string& folder);
    bool open_next_source(const IssueHandler& on_issue);
    bool next_json_line(InputRecord& record, const IssueHandler& on_issue);
    bool read_text_file(const Source& source, InputRecord& record, const IssueHandler& on_issue);
    bool finish_article(InputRecord& record, const IssueHandler& on_issue);
    void check_date(InputRecord& record, const IssueHandler& on_issue);
    /// Passes the issue on; with stop_at_first_error, an error ends the input.
    void report(const IssueHandler& on_issue, const InputIssue& issue);

    ReaderOptions options_;
    std::vector<Source> sources_;
    std::size_t next_source_ = 0;
    std::unique_ptr<LineReader> lines_;
    std::string current_file_;
    std::uint64_t finished_bytes_ = 0;
    std::uint64_t total_bytes_ = 0;
    bool total_known_ = true;
    std::size_t files_read_ = 0;
    std::size_t records_read_ = 0;
    bool stopped_ = false;
};

}  // namespace telusur
