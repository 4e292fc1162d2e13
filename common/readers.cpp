#include "common/readers.h"

#include "common/text/unicode.h"

#include <nlohmann/json.hpp>
#include <zlib.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <unistd.h>

namespace fs = std::filesystem;

namespace telusur {

const char* issue_kind_name(IssueKind kind) {
    switch (kind) {
        case IssueKind::Unparsable: return "unparsable";
        case IssueKind::InvalidUtf8: return "invalid UTF-8";
        case IssueKind::MissingBody: return "missing body";
        case IssueKind::BadField: return "bad field";
        case IssueKind::TooLong: return "capped (too long)";
        case IssueKind::BadDate: return "date not understood";
        case IssueKind::TruncatedInput: return "truncated input";
        case IssueKind::Unreadable: return "unreadable";
    }
    return "unknown";
}

std::string InputIssue::describe() const {
    std::string out = file;
    if (line > 0) out += ":" + std::to_string(line);
    out += is_error ? ": error: " : ": warning: ";
    out += reason;
    return out;
}

// ---------------------------------------------------------------------------

struct ArticleReader::Source {
    enum class Kind { JsonLines, Text, Stdin, Unreadable } kind;
    std::string path;
    std::string id_base;  ///< for .txt files: the path the id is derived from; Unreadable: why
};

/// Reads lines from a file through zlib, which reads plain files
/// transparently, in large blocks.
class ArticleReader::LineReader {
public:
    explicit LineReader(gzFile file) : file_(file) { gzbuffer(file_, 1 << 17); }
    ~LineReader() { gzclose(file_); }
    LineReader(const LineReader&) = delete;
    LineReader& operator=(const LineReader&) = delete;

    /// Next line without its '\n'. False at the end of input; then
    /// error() says whether the stream ended early or failed.
    bool next(std::string& line) {
        line.clear();
        while (true) {
            const auto newline = std::find(buffer_.begin() + static_cast<long>(pos_), buffer_.end(), '\n');
            if (newline != buffer_.end()) {
                line.append(buffer_, pos_, static_cast<std::size_t>(newline - buffer_.begin()) - pos_);
                pos_ = static_cast<std::size_t>(newline - buffer_.begin()) + 1;
                ++line_number_;
                return true;
            }
            line.append(buffer_, pos_);
            pos_ = 0;
            buffer_.resize(kBlock);
            const int n = gzread(file_, buffer_.data(), kBlock);
            if (n <= 0) {
                buffer_.clear();
                // A truncated gzip stream ends with 0 or -1 and Z_BUF_ERROR.
                int errnum = Z_OK;
                const char* message = gzerror(file_, &errnum);
                if (errnum != Z_OK) error_ = message;
                if (!error_.empty()) return false;  // drop the fragment of a broken stream
                if (line.empty()) return false;
                ++line_number_;  // a last line without '\n'
                return true;
            }
            buffer_.resize(static_cast<std::size_t>(n));
        }
    }

    std::size_t line_number() const { return line_number_; }
    const std::string& error() const { return error_; }
    std::uint64_t offset() const { return static_cast<std::uint64_t>(std::max<z_off_t>(0, gzoffset(file_))); }

private:
    static constexpr unsigned kBlock = 1 << 18;
    gzFile file_;
    std::string buffer_;
    std::size_t pos_ = 0;
    std::size_t line_number_ = 0;
    std::string error_;
};

// ---------------------------------------------------------------------------

namespace {

bool has_suffix(const std::string& s, std::string_view suffix) {
    return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

bool is_text_file(const std::string& path) { return has_suffix(path, ".txt"); }
bool is_jsonl_file(const std::string& path) {
    return has_suffix(path, ".jsonl") || has_suffix(path, ".jsonl.gz") || has_suffix(path, ".json.gz") ||
           has_suffix(path, ".ndjson");
}

/// Reads one field as a string. Numbers are accepted for ids; null means
/// absent; anything else is a BadField error.
bool read_string_field(const nlohmann::json& object, const char* key, std::string& out, std::string& error) {
    const auto it = object.find(key);
    if (it == object.end() || it->is_null()) return true;
    if (it->is_string()) {
        out = it->get<std::string>();
        return true;
    }
    if (it->is_number() && std::string_view(key) == "id") {
        out = it->dump();
        return true;
    }
    error = std::string("field '") + key + "' must be a string, not " + it->type_name();
    return false;
}

/// A file to read under a folder, or a folder that cannot be listed (with
/// the reason).
struct FolderEntry {
    std::string path;
    std::string error;
};

/// The .txt and JSON Lines files under dir, recursively (not following
/// links to folders); a folder that cannot be listed is an entry with the
/// reason, so that it is reported like an unreadable file.
void list_folder(const fs::path& dir, std::vector<FolderEntry>& out) {
    std::error_code ec;
    fs::directory_iterator it(dir, ec);
    for (; !ec && it != fs::directory_iterator(); it.increment(ec)) {
        std::error_code entry_ec;
        if (fs::is_directory(it->symlink_status(entry_ec))) {
            list_folder(it->path(), out);
            continue;
        }
        const std::string path = it->path().string();
        if (it->is_regular_file(entry_ec) && (is_text_file(path) || is_jsonl_file(path))) out.push_back({path, ""});
    }
    if (ec) out.push_back({dir.string(), ec.message()});
}

}  // namespace

void ArticleReader::add_folder(const std::string& folder) {
    std::vector<FolderEntry> entries;
    list_folder(folder, entries);
    std::sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) { return a.path < b.path; });
    for (auto& e : entries) {
        if (!e.error.empty())
            sources_.push_back({Source::Kind::Unreadable, e.path, "cannot read the folder: " + e.error});
        else if (is_text_file(e.path))
            sources_.push_back({Source::Kind::Text, e.path, fs::relative(e.path, folder).string()});
        else
            sources_.push_back({Source::Kind::JsonLines, e.path, ""});
    }
}

ArticleReader::ArticleReader(std::vector<std::string> inputs, ReaderOptions options) : options_(options) {
    for (const auto& input : inputs) {
        if (input == "-") {
            sources_.push_back({Source::Kind::Stdin, "-", ""});
            total_known_ = false;
            continue;
        }
        std::error_code ec;
        if (fs::is_directory(input, ec)) {
            add_folder(input);
            continue;
        }
        sources_.push_back({is_text_file(input) ? Source::Kind::Text : Source::Kind::JsonLines, input,
                            fs::path(input).filename().string()});
    }
    for (const auto& s : sources_) {
        std::error_code ec;
        if (s.kind == Source::Kind::JsonLines || s.kind == Source::Kind::Text) {
            const auto size = fs::file_size(s.path, ec);
            if (!ec) total_bytes_ += size;
        }
    }
    if (!total_known_) total_bytes_ = 0;
}

ArticleReader::~ArticleReader() = default;

std::uint64_t ArticleReader::bytes_read() const {
    return finished_bytes_ + (lines_ && current_file_ != "-" ? lines_->offset() : 0);
}

bool ArticleReader::open_next_source(const IssueHandler& on_issue) {
    while (!stopped_ && next_source_ < sources_.size()) {
        const Source& source = sources_[next_source_++];
        current_file_ = source.path;
        if (source.kind == Source::Kind::Unreadable) {
            report(on_issue, {source.path, 0, IssueKind::Unreadable, true, source.id_base});
            continue;
        }
        if (source.kind == Source::Kind::Text) return true;
        gzFile file =
            source.kind == Source::Kind::Stdin ? gzdopen(dup(STDIN_FILENO), "rb") : gzopen(source.path.c_str(), "rb");
        if (file == nullptr) {
            report(on_issue,
                   {source.path, 0, IssueKind::Unreadable, true, "cannot open: " + std::string(std::strerror(errno))});
            continue;
        }
        ++files_read_;
        lines_ = std::make_unique<LineReader>(file);
        return true;
    }
    return false;
}

bool ArticleReader::next(InputRecord& record, const IssueHandler& on_issue) {
    while (!stopped_) {
        if (lines_) {
            if (next_json_line(record, on_issue)) return true;
            std::error_code ec;
            if (current_file_ != "-") {
                const auto size = fs::file_size(current_file_, ec);
                finished_bytes_ += ec ? lines_->offset() : size;
            }
            lines_.reset();
        }
        if (!open_next_source(on_issue)) return false;
        if (!lines_) {  // a text file
            const Source& source = sources_[next_source_ - 1];
            const bool ok = read_text_file(source, record, on_issue);
            std::error_code ec;
            const auto size = fs::file_size(source.path, ec);
            if (!ec) finished_bytes_ += size;
            if (ok) return true;
        }
    }
    return false;  // stopped at the first error
}

bool ArticleReader::next_json_line(InputRecord& record, const IssueHandler& on_issue) {
    std::string line;
    while (!stopped_ && lines_->next(line)) {
        const std::size_t line_number = lines_->line_number();
        if (line.find_first_not_of(" \t\r") == std::string::npos) continue;  // blank line
        ++records_read_;
        auto report = [&](IssueKind kind, std::string reason) {
            this->report(on_issue, {current_file_, line_number, kind, true, std::move(reason)});
        };
        std::size_t bad_offset = 0;
        if (!text::is_valid_utf8(line, &bad_offset)) {
            report(IssueKind::InvalidUtf8, "invalid UTF-8 at byte " + std::to_string(bad_offset + 1) + " of the line");
            continue;
        }
        nlohmann::json object;
        try {
            object = nlohmann::json::parse(line);
        } catch (const nlohmann::json::parse_error& e) {
            // e.byte is the 1-based position nlohmann stopped at.
            report(IssueKind::Unparsable, "not valid JSON (at byte " + std::to_string(e.byte) + ")");
            continue;
        } catch (const nlohmann::json::out_of_range&) {
            // nlohmann refuses a number no double holds ("4e444") while parsing.
            report(IssueKind::Unparsable, "not valid JSON (a number too large to read)");
            continue;
        }
        if (!object.is_object()) {
            report(IssueKind::Unparsable, std::string("expected a JSON object, found ") + object.type_name());
            continue;
        }
        record = InputRecord{};
        record.file = current_file_;
        record.line = line_number;
        Article& a = record.article;
        std::string error;
        if (!read_string_field(object, "id", a.id, error) || !read_string_field(object, "title", a.title, error) ||
            !read_string_field(object, "body", a.body, error) || !read_string_field(object, "date", a.date, error) ||
            !read_string_field(object, "source", a.source, error) || !read_string_field(object, "url", a.url, error) ||
            !read_string_field(object, "category", a.category, error) ||
            !read_string_field(object, "author", a.author, error)) {
            report(IssueKind::BadField, error);
            continue;
        }
        if (finish_article(record, on_issue)) return true;
    }
    if (!lines_->error().empty()) {
        report(on_issue, {current_file_, lines_->line_number() + 1, IssueKind::TruncatedInput, true,
                          "input ends early (" + lines_->error() + "); the rest of this file is lost"});
    }
    return false;
}

bool ArticleReader::read_text_file(const Source& source, InputRecord& record, const IssueHandler& on_issue) {
    std::ifstream in(source.path, std::ios::binary);
    if (!in) {
        report(on_issue,
               {source.path, 0, IssueKind::Unreadable, true, "cannot open: " + std::string(std::strerror(errno))});
        return false;
    }
    ++files_read_;
    ++records_read_;
    std::ostringstream content;
    content << in.rdbuf();
    std::string text = content.str();
    std::size_t bad_offset = 0;
    if (!text::is_valid_utf8(text, &bad_offset)) {
        const std::size_t line =
            1 + static_cast<std::size_t>(std::count(text.begin(), text.begin() + static_cast<long>(bad_offset), '\n'));
        report(on_issue, {source.path, line, IssueKind::InvalidUtf8, true, "invalid UTF-8"});
        return false;
    }
    record = InputRecord{};
    record.file = source.path;
    record.line = 1;
    const auto newline = text.find('\n');
    record.article.title = text.substr(0, newline);
    if (!record.article.title.empty() && record.article.title.back() == '\r') record.article.title.pop_back();
    record.article.body = newline == std::string::npos ? std::string() : text.substr(newline + 1);
    // A folder of text files has no ids: the path inside the folder is one,
    // stable as long as the files stay where they are.
    record.article.id = "txt:" + source.id_base;
    return finish_article(record, on_issue);
}

/// Keeps a date that parses and falls in the plausible years; drops any
/// other with a warning (the article is indexed without a date).
void ArticleReader::check_date(InputRecord& record, const IssueHandler& on_issue) {
    Article& a = record.article;
    const auto date = parse_article_date(a.date);
    std::string reason;
    if (!date) {
        reason = "date '" + a.date + "' not understood (expected YYYY-MM-DD[THH:MM[:SS]]); indexed without a date";
    } else if (const int year = std::stoi(date->yyyymmdd.substr(0, 4));
               year < options_.min_year || year > options_.max_year) {
        reason = "date '" + a.date + "' is outside the years " + std::to_string(options_.min_year) + ".." +
                 std::to_string(options_.max_year) + " (--min-year, --max-year); indexed without a date";
    } else {
        return;
    }
    report(on_issue, {record.file, record.line, IssueKind::BadDate, false, std::move(reason)});
    a.date.clear();
}

void ArticleReader::report(const IssueHandler& on_issue, const InputIssue& issue) {
    if (issue.is_error && options_.stop_at_first_error) stopped_ = true;
    on_issue(issue);
}

bool ArticleReader::finish_article(InputRecord& record, const IssueHandler& on_issue) {
    Article& a = record.article;
    if (a.body.find_first_not_of(" \t\r\n") == std::string::npos) {
        report(on_issue, {record.file, record.line, IssueKind::MissingBody, true, "missing body"});
        return false;
    }
    if (a.body.size() > options_.max_body_bytes) {
        const std::size_t original = a.body.size();
        a.body = std::string(text::utf8_prefix(a.body, options_.max_body_bytes));
        report(on_issue, {record.file, record.line, IssueKind::TooLong, false,
                          "body of " + std::to_string(original) + " bytes capped at " + std::to_string(a.body.size()) +
                              " bytes (--max-body-bytes)"});
    }
    if (!a.date.empty()) check_date(record, on_issue);
    if (a.id.empty()) a.id = stable_article_id(a);
    return true;
}

}  // namespace telusur
