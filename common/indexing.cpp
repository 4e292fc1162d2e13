#include "common/indexing.h"

#include "common/database.h"
#include "common/schema.h"

#include <chrono>
#include <cstdio>
#include <sstream>

namespace telusur {

std::size_t IndexStats::skipped_total() const {
    std::size_t n = 0;
    for (const auto& [kind, count] : skipped) n += count;
    return n;
}

std::string IndexStats::describe() const {
    std::ostringstream out;
    out << "articles: " << added << " added, " << replaced << " replaced, " << unchanged << " unchanged, "
        << skipped_total() << " skipped";
    if (deleted || not_found) out << ", " << deleted << " deleted";
    if (not_found) out << " (" << not_found << " ids not found)";
    out << '\n';
    for (const auto& [kind, count] : skipped) out << "  skipped " << count << ": " << issue_kind_name(kind) << '\n';
    for (const auto& [kind, count] : warnings) out << "  warning " << count << ": " << issue_kind_name(kind) << '\n';
    char line[160];
    const double mb = static_cast<double>(input_bytes) / 1e6;
    std::snprintf(line, sizeof line, "elapsed: %.2f s (%.0f articles/s, %.1f MB/s of input)", seconds,
                  seconds > 0 ? static_cast<double>(indexed()) / seconds : 0.0, seconds > 0 ? mb / seconds : 0.0);
    out << line;
    if (interrupted) out << "\ninterrupted: everything up to the last article counted is committed; rerun to finish";
    if (strict_failure) out << "\nstopped at the first error (--strict)";
    return out.str();
}

namespace {

std::string prepared_stemmer(Xapian::WritableDatabase& db, std::string stemmer) {
    prepare_writable(db, "database", stemmer);
    return stemmer;
}

}  // namespace

// open_writable() fills in `stemmer` before the Analyzer is made from it.
IndexWriter::IndexWriter(const std::string& db_path, std::string stemmer)
    : db_(open_writable(db_path, stemmer)),
      analyzer_(std::make_unique<Analyzer>(AnalysisOptions{stemmer, true})),
      builder_(*analyzer_) {}

IndexWriter::IndexWriter(Xapian::WritableDatabase db, std::string stemmer)
    : db_(std::move(db)),
      analyzer_(std::make_unique<Analyzer>(AnalysisOptions{prepared_stemmer(db_, std::move(stemmer)), true})),
      builder_(*analyzer_) {}

IndexWriter::Outcome IndexWriter::upsert(const Article& article) {
    const std::string id_term = schema::make_id_term(article.id);
    bool exists = false;
    auto posting = db_.postlist_begin(id_term);
    if (posting != db_.postlist_end(id_term)) {
        exists = true;
        if (db_.get_document(*posting).get_value(schema::kSlotContentHash) == content_hash(article))
            return Outcome::Unchanged;
    }
    db_.replace_document(id_term, builder_.build(article));
    return exists ? Outcome::Replaced : Outcome::Added;
}

bool IndexWriter::remove(const std::string& id) {
    const std::string id_term = schema::make_id_term(id);
    if (!db_.term_exists(id_term)) return false;
    db_.delete_document(id_term);
    return true;
}

IndexStats run_indexing(const std::string& db_path, const std::vector<std::string>& inputs,
                        const std::vector<std::string>& delete_ids, const IndexOptions& options,
                        IndexObserver& observer, const std::atomic<bool>* stop) {
    using Clock = std::chrono::steady_clock;
    const auto start = Clock::now();
    IndexStats stats;
    IndexWriter writer(db_path, options.stemmer);
    ArticleReader reader(inputs, options.reader);

    auto elapsed = [&] { return std::chrono::duration<double>(Clock::now() - start).count(); };
    auto stopped = [&] { return stop && stop->load(std::memory_order_relaxed); };

    const IssueHandler on_issue = [&](const InputIssue& issue) {
        (issue.is_error ? stats.skipped : stats.warnings)[issue.kind]++;
        observer.on_issue(issue);
        if (issue.is_error && options.strict) stats.strict_failure = true;
    };

    std::size_t changes_since_commit = 0;
    auto last_progress = Clock::now();
    InputRecord record;
    while (!stopped() && reader.next(record, on_issue)) {
        if (stats.strict_failure) break;  // the error came before this record
        switch (writer.upsert(record.article)) {
            case IndexWriter::Outcome::Added: ++stats.added; ++changes_since_commit; break;
            case IndexWriter::Outcome::Replaced: ++stats.replaced; ++changes_since_commit; break;
            case IndexWriter::Outcome::Unchanged: ++stats.unchanged; break;
        }
        if (changes_since_commit >= options.commit_every) {
            writer.commit();
            changes_since_commit = 0;
        }
        if (Clock::now() - last_progress > std::chrono::milliseconds(500)) {
            last_progress = Clock::now();
            stats.input_bytes = reader.bytes_read();
            stats.seconds = elapsed();
            observer.on_progress(stats, reader.total_bytes());
        }
    }
    stats.interrupted = stopped();
    if (!stats.interrupted && !stats.strict_failure) {
        for (const auto& id : delete_ids) (writer.remove(id) ? stats.deleted : stats.not_found)++;
    }
    // The explicit commit matters: the destructor would commit too, but
    // swallow any error (see Xapian's simpleindex.cc).
    writer.commit();
    stats.input_bytes = reader.bytes_read();
    stats.seconds = elapsed();
    observer.on_progress(stats, reader.total_bytes());
    return stats;
}

}  // namespace telusur
