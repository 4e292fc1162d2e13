#include "tests/fuzz/entry_points.h"

#include "common/analysis/analyzer.h"
#include "common/document_builder.h"
#include "common/entities/entities.h"
#include "common/errors.h"
#include "common/indexing.h"
#include "common/output.h"
#include "common/readers.h"
#include "common/search.h"
#include "common/text/unicode.h"

#include <nlohmann/json.hpp>
#include <sys/mman.h>
#include <unistd.h>
#include <xapian.h>
#include <zlib.h>

#include <cmath>
#include <memory>
#include <string_view>

namespace telusur::fuzz {
namespace {

void check(bool ok, const std::string& what) {
    if (!ok) throw InvariantBroken(what);
}

/// Glass refuses terms longer than this (Xapian::InvalidArgumentError at
/// commit): a document holding one would stop the indexer.
constexpr std::size_t kGlassMaxTermBytes = 245;

// --- JSON Lines reader ------------------------------------------------------

/// An in-memory file the reader opens by path (/proc/self/fd/N), so that
/// each run costs no disk I/O. One per process, rewritten per input.
class MemoryFile {
public:
    MemoryFile() : fd_(memfd_create("telusur-fuzz.jsonl", 0)) { check(fd_ >= 0, "memfd_create failed"); }
    ~MemoryFile() { close(fd_); }
    std::string write(std::string_view bytes) {
        check(
            ftruncate(fd_, 0) == 0 && pwrite(fd_, bytes.data(), bytes.size(), 0) == static_cast<ssize_t>(bytes.size()),
            "cannot write the memory file");
        return "/proc/self/fd/" + std::to_string(fd_);
    }

private:
    int fd_;
};

std::string gzip(std::string_view bytes) {
    z_stream z{};
    check(deflateInit2(&z, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) == Z_OK, "deflateInit2");
    std::string out(deflateBound(&z, bytes.size()), '\0');
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.data()));
    z.avail_in = static_cast<uInt>(bytes.size());
    z.next_out = reinterpret_cast<Bytef*>(out.data());
    z.avail_out = static_cast<uInt>(out.size());
    const int status = deflate(&z, Z_FINISH);
    out.resize(z.total_out);
    deflateEnd(&z);
    check(status == Z_STREAM_END, "deflate");
    return out;
}

/// What one reading of an input gives, file names left out (they differ).
struct Reading {
    std::vector<std::string> records;  ///< "line|id|title|body|date|source|url|category|author"
    std::vector<std::string> issues;   ///< "line|kind|error|reason" with the file name removed
    std::vector<bool> issue_is_error;  ///< per issue: the reason may quote input, so not parsed back
    std::vector<Article> articles;
};

Reading read(const std::string& path, const ReaderOptions& options) {
    Reading reading;
    ArticleReader reader({path}, options);
    InputRecord record;
    const auto on_issue = [&](const InputIssue& issue) {
        std::string reason = issue.reason;
        for (std::size_t at; (at = reason.find(path)) != std::string::npos;) reason.erase(at, path.size());
        reading.issues.push_back(std::to_string(issue.line) + "|" + issue_kind_name(issue.kind) + "|" +
                                 (issue.is_error ? "error" : "warning") + "|" + reason);
        reading.issue_is_error.push_back(issue.is_error);
    };
    while (reader.next(record, on_issue)) {
        const Article& a = record.article;
        reading.records.push_back(std::to_string(record.line) + "|" + a.id + "|" + a.title + "|" + a.body + "|" +
                                  a.date + "|" + a.source + "|" + a.url + "|" + a.category + "|" + a.author);
        reading.articles.push_back(a);
    }
    return reading;
}

/// What the reader promises of every article it yields.
void check_article(const Article& a, const ReaderOptions& options) {
    check(!a.id.empty(), "article without id");
    check(a.body.find_first_not_of(" \t\r\n") != std::string::npos, "article with a blank body");
    check(a.body.size() <= options.max_body_bytes, "body over max_body_bytes");
    for (const std::string* field : {&a.id, &a.title, &a.body, &a.date, &a.source, &a.url, &a.category, &a.author})
        check(text::is_valid_utf8(*field), "article field with invalid UTF-8");
    if (!a.date.empty()) {
        const auto date = parse_article_date(a.date);
        check(date.has_value(), "kept a date that does not parse");
        const int year = std::stoi(date->yyyymmdd.substr(0, 4));
        check(year >= options.min_year && year <= options.max_year, "kept a date outside min_year..max_year");
    }
}

void check_document(const Xapian::Document& doc) {
    for (auto term = doc.termlist_begin(); term != doc.termlist_end(); ++term) {
        const std::string t = *term;
        check(!t.empty(), "empty term");
        check(t.size() <= kGlassMaxTermBytes, "term of " + std::to_string(t.size()) + " bytes: glass refuses it");
    }
}

}  // namespace

void jsonl_reader(const std::uint8_t* data, std::size_t size) {
    static MemoryFile file;
    static const Analyzer analyzer;
    static DocumentBuilder builder(analyzer, &EntityExtractor::instance());
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);

    const ReaderOptions defaults;
    const Reading plain = read(file.write(bytes), defaults);
    for (const Article& a : plain.articles) {
        check_article(a, defaults);
        check_document(builder.build(a));
    }
    // The same content gzipped reads the same (unless it already was gzip).
    if (!(size >= 2 && data[0] == 0x1f && data[1] == 0x8b)) {
        const Reading gzipped = read(file.write(gzip(bytes)), defaults);
        check(gzipped.records == plain.records, "gzip input gave other records than the plain one");
        check(gzipped.issues == plain.issues, "gzip input gave other issues than the plain one");
    }
    // Small bodies cut at UTF-8 boundaries, and --strict: nothing after the
    // first error.
    ReaderOptions strict;
    strict.max_body_bytes = 7;
    strict.stop_at_first_error = true;
    const Reading capped = read(file.write(bytes), strict);
    for (const Article& a : capped.articles) check_article(a, strict);
    for (std::size_t i = 0; i < capped.issues.size(); ++i) {
        if (!capped.issue_is_error[i]) continue;
        check(i + 1 == capped.issues.size(), "--strict went on after an error");
        const std::size_t error_line = std::stoul(capped.issues[i]);
        for (const std::string& record : capped.records)
            check(std::stoul(record) < error_line, "--strict yielded an article after the first error");
    }
}

// --- query ------------------------------------------------------------------

namespace {

/// corpus/articles.jsonl indexed into an in-memory database, with entities.
class CorpusSearcher {
public:
    CorpusSearcher() : db_(std::string(), Xapian::DB_BACKEND_INMEMORY) {
        IndexWriter writer(db_, "");
        ArticleReader reader({std::string(TELUSUR_SOURCE_DIR) + "/corpus/articles.jsonl"});
        InputRecord record;
        while (reader.next(record, [](const InputIssue& issue) { throw InvariantBroken(issue.describe()); }))
            writer.upsert(record.article);
        writer.commit();
        searcher_ = std::make_unique<Searcher>(db_);
    }
    Searcher& searcher() { return *searcher_; }

private:
    Xapian::WritableDatabase db_;
    std::unique_ptr<Searcher> searcher_;
};

}  // namespace

void query(const std::uint8_t* data, std::size_t size) {
    static CorpusSearcher corpus;
    if (size == 0) return;
    const std::uint8_t options = data[0];
    SearchRequest request;
    request.query.assign(reinterpret_cast<const char*>(data) + 1, size - 1);
    request.match_all = options & 1;
    request.facets = options & 2;
    if (options & 4) request.sort = SearchRequest::Sort::Date;
    request.analysis.stem_capitalized = options & 8;
    if (options & 16) request.from = "2024-10", request.to = "2024-11";
    request.collapse_duplicates = !(options & 32);
    using W = RankingOptions::Weighting;
    static constexpr W kWeightings[] = {W::PL2, W::BM25, W::BM25Plus, W::LM};
    request.ranking.weighting = kWeightings[options >> 6];
    request.highlight_start = "[", request.highlight_end = "]";

    nlohmann::json json;
    try {
        const SearchResponse response = corpus.searcher().search(request);
        check(response.results.size() <= request.limit, "more results than the limit");
        for (std::size_t i = 0; i < response.results.size(); ++i) {
            check(response.results[i].rank == i + 1, "ranks not 1, 2, 3...");
            check(std::isfinite(response.results[i].score), "score not finite");
        }
        json = response_to_json(response);
        (void)format_text(response, TextStyle{true});
        (void)format_trec(response, "q1", "fuzz");
    } catch (const QueryError& e) {
        json = error_to_json(request.query, e.what());
    }
    check(nlohmann::json::accept(dump_json(json)), "output is not valid JSON");
}

// --- analyzer ---------------------------------------------------------------

void analyzer(const std::uint8_t* data, std::size_t size) {
    static const Analyzer analysis;
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const bool valid = text::is_valid_utf8(text);

    const std::string normalized = analysis.normalize(text);
    if (valid) check(text::is_valid_utf8(normalized), "normalize() made valid UTF-8 invalid");

    const auto tokens = analysis.analyze(text);
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        const AnalyzedToken& token = tokens[i];
        check(!token.term.empty(), "empty token");
        check(token.term.size() + 1 <= kGlassMaxTermBytes && token.stem.size() + 1 <= kGlassMaxTermBytes,
              "token too long for an index term");
        check(token.stopword == token.stem.empty(), "a stem is empty exactly for stopwords");
        check(i == 0 || tokens[i - 1].position <= token.position, "token positions out of order");
        if (valid) check(text::is_valid_utf8(token.term), "token with invalid UTF-8");
    }

    Xapian::QueryParser parser;
    analysis.configure(parser);
    for (const bool stem_capitalized : {false, true}) {
        try {
            (void)analysis.parse_query(parser, text, QueryAnalysisOptions{stem_capitalized}).get_description();
        } catch (const Xapian::QueryParserError&) {
        }
    }

    // The stemmer on each space-separated piece, as a word of any bytes.
    for (std::size_t start = 0; start < text.size();) {
        const std::size_t end = std::min(text.find(' ', start), text.size());
        (void)analysis.stemmer()(std::string(text.substr(start, end - start)));
        start = end + 1;
    }

    if (!valid) return;  // the tagger's input is checked UTF-8 (reader, query side)
    for (const Entity& entity : EntityExtractor::instance().extract(text)) {
        check(entity.begin <= entity.end && entity.end <= text.size(), "entity offsets outside the text");
        check(text.substr(entity.begin, entity.end - entity.begin) == entity.text, "entity text is not at its offsets");
        check(!entity.canonical.empty(), "entity without a canonical name");
    }
}

const std::vector<Target>& targets() {
    static const std::vector<Target> all{{"jsonl_reader", jsonl_reader}, {"query", query}, {"analyzer", analyzer}};
    return all;
}

}  // namespace telusur::fuzz
