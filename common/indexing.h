// The indexing job: reads inputs, builds documents and upserts them into one
// database, committing at explicit boundaries so that an interrupted run
// leaves a consistent database that a rerun completes.
#pragma once

#include "common/analysis/analyzer.h"
#include "common/document_builder.h"
#include "common/readers.h"

#include <xapian.h>

#include <atomic>
#include <cstdint>
#include <map>
#include <memory>
#include <ostream>
#include <string>
#include <vector>

namespace telusur {

struct IndexOptions {
    /// Stemmer name, or "" for the database's own (a new one gets the default).
    std::string stemmer;
    /// Commit after this many changed articles. Each commit is a point an
    /// interrupted run falls back to; between commits Xapian buffers changes
    /// in memory (roughly 5-10 KB per news article), so this also bounds
    /// memory.
    std::size_t commit_every = 10000;
    /// Stop at the first input error (exit status 1) instead of skipping.
    bool strict = false;
    ReaderOptions reader;
};

struct IndexStats {
    std::size_t added = 0;
    std::size_t replaced = 0;
    std::size_t unchanged = 0;   ///< same id and same content: left as it was
    std::size_t deleted = 0;
    std::size_t not_found = 0;   ///< --delete of an id the database lacks
    std::map<IssueKind, std::size_t> skipped;   ///< records skipped, by reason
    std::map<IssueKind, std::size_t> warnings;  ///< records kept with a warning
    std::uint64_t input_bytes = 0;
    double seconds = 0;
    bool interrupted = false;
    bool strict_failure = false;

    std::size_t indexed() const { return added + replaced + unchanged; }
    std::size_t skipped_total() const;
    /// Multi-line human summary: added, replaced, unchanged, skipped with
    /// reasons, elapsed time and throughput.
    std::string describe() const;
};

/// Opens the database and upserts articles into it.
class IndexWriter {
public:
    enum class Outcome { Added, Replaced, Unchanged };

    /// @throws DatabaseError (see open_writable()).
    IndexWriter(const std::string& db_path, std::string stemmer);
    /// Writes into an open database (in-memory ones in tests).
    IndexWriter(Xapian::WritableDatabase db, std::string stemmer);

    /// Adds the article, or replaces the one with the same id. An article
    /// whose content hash equals the stored one is left alone (Unchanged),
    /// which makes resuming an interrupted run cheap.
    Outcome upsert(const Article& article);
    /// Removes the article with this id; false when there is none.
    bool remove(const std::string& id);
    void commit() { db_.commit(); }

    const Analyzer& analyzer() const { return *analyzer_; }
    Xapian::WritableDatabase& database() { return db_; }

private:
    Xapian::WritableDatabase db_;
    std::unique_ptr<Analyzer> analyzer_;
    DocumentBuilder builder_;
};

/// Receives progress and issues while the job runs.
struct IndexObserver {
    virtual ~IndexObserver() = default;
    virtual void on_issue(const InputIssue& issue) = 0;
    /// Called about twice a second and once at the end.
    virtual void on_progress(const IndexStats& stats, std::uint64_t total_bytes) { (void)stats, (void)total_bytes; }
};

/// Indexes every article of inputs into the database at db_path, then
/// deletes the ids in delete_ids. Stops early, after a final commit, when
/// *stop becomes true (Ctrl-C) or, with options.strict, at the first error.
IndexStats run_indexing(const std::string& db_path, const std::vector<std::string>& inputs,
                        const std::vector<std::string>& delete_ids, const IndexOptions& options,
                        IndexObserver& observer, const std::atomic<bool>* stop = nullptr);

}  // namespace telusur
