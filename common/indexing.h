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
    /// in memory, so this also bounds memory. Xapian's in-memory posting maps
    /// get slower per article as they grow, but every commit also syncs and
    /// rewrites the tails of the posting lists it touches, which costs more
    /// as the database grows. Measured (docs/benchmarks.md): 200 saves CPU
    /// on clickid (0.91x) but took 1.33x the wall time of 1,000 on a 3x
    /// clickid dump; 10,000 took 1.5x the CPU and 4x the memory of 1,000.
    std::size_t commit_every = 1000;
    /// Stop at the first input error (exit status 1) instead of skipping.
    bool strict = false;
    /// Tag people, organizations and places (entity terms, slots, facets).
    bool entities = true;
    /// Threads; 0 means one per core. A new database gets one writer per
    /// thread, each analyzing and writing its own part (or shard), and the
    /// parts are merged with Xapian's compactor at the end: one Xapian
    /// writer is the bottleneck otherwise. An existing database gets one
    /// writer fed by this many analysis threads. The parts of a build killed
    /// before its merge (DB.parts) are resumed the same way, with at least
    /// one writer per part. Memory: each writer buffers up to commit_every
    /// articles, so it grows with the thread count.
    unsigned threads = 0;
    /// For a new database: split it into this many shards (documents go to
    /// the shard chosen by a hash of their id). An existing database keeps
    /// its own count. 1 writes a plain, unsharded database.
    unsigned shards = 1;
    /// Another run writing the same database (its lock, DB.lock, is held):
    /// wait for it to end, as Xapian's own lock does for an existing
    /// database, or fail at once naming its process.
    bool wait_for_lock = true;
    ReaderOptions reader;
};

struct IndexStats {
    std::size_t added = 0;
    std::size_t replaced = 0;
    std::size_t unchanged = 0;  ///< same id and same content: left as it was
    std::size_t deleted = 0;
    std::size_t not_found = 0;                  ///< --delete of an id the database lacks
    std::map<IssueKind, std::size_t> skipped;   ///< records skipped, by reason
    std::map<IssueKind, std::size_t> warnings;  ///< records kept with a warning
    /// Articles found already committed in the parts of an unfinished
    /// parallel build (a run killed before its merge), which this run resumed.
    std::size_t resumed = 0;
    std::uint64_t input_bytes = 0;
    double seconds = 0;
    /// A stop cut the input short: a rerun finishes the job.
    bool interrupted = false;
    /// A stop came once all input was read (e.g. during the merge): the run
    /// finished anyway, so this is not an interruption.
    bool late_stop = false;
    /// Why nothing was indexed from the inputs given (no files, empty
    /// files, every record skipped); empty otherwise.
    std::string nothing_indexed;
    bool strict_failure = false;

    std::size_t indexed() const { return added + replaced + unchanged; }
    std::size_t skipped_total() const;
    /// Multi-line human summary: added, replaced, unchanged, skipped with
    /// reasons, elapsed time and throughput.
    std::string describe() const;
};

/// Opens the database (all its shards) and upserts articles into it.
class IndexWriter {
public:
    enum class Outcome { Added, Replaced, Unchanged };

    /// Opens or creates the database at db_path; a sharded one is a folder
    /// of shards with a Xapian stub file (XAPIANDB) listing them, which
    /// Xapian::Database opens as one.
    /// @param stemmer "" for the database's own (see open_writable()).
    /// @param shards for a new database, how many shards; an existing one
    ///        keeps its count (a different explicit count >1 is an error).
    /// @throws DatabaseError
    IndexWriter(const std::string& db_path, std::string stemmer, bool entities = true, unsigned shards = 1);
    /// Writes into an open database (in-memory ones in tests).
    IndexWriter(Xapian::WritableDatabase db, std::string stemmer, bool entities = true);

    /// Adds the article, or replaces the one with the same id. An article
    /// whose content hash equals the stored one is left alone (Unchanged),
    /// which makes resuming an interrupted run cheap.
    Outcome upsert(const Article& article);
    /// upsert() for a document already built (by a worker thread) from an
    /// article with this id and content hash.
    Outcome store(const std::string& id, const std::string& hash, Xapian::Document document);
    /// Removes the article with this id; false when there is none.
    bool remove(const std::string& id);
    void commit();

    /// The stemmer name and entity switch workers must build documents with.
    const AnalysisOptions& analysis_options() const { return analyzer_->options(); }
    bool entities() const { return extractor_ != nullptr; }
    std::size_t shard_count() const { return shards_.size(); }

private:
    /// What the database holds under an id, compared with a content hash.
    enum class Stored { Absent, Same, Different };
    Stored stored_state(const std::string& id, const std::string& hash);
    Outcome write(const std::string& id, Stored state, const Xapian::Document& document);
    Xapian::WritableDatabase& shard_for(const std::string& id);

    std::vector<Xapian::WritableDatabase> shards_;
    std::unique_ptr<Analyzer> analyzer_;
    const EntityExtractor* extractor_;
    std::unique_ptr<DocumentBuilder> builder_;
};

/// The shard (0..shard_count-1) an article id belongs to: stable across
/// runs, so updates and deletes find it again.
std::size_t shard_of(const std::string& id, std::size_t shard_count);

/// Receives progress and issues while the job runs.
struct IndexObserver {
    virtual ~IndexObserver() = default;
    virtual void on_issue(const InputIssue& issue) = 0;
    /// Something the user should know that is not about the input, e.g.
    /// that the run waits for another one writing the same database.
    virtual void on_note(const std::string& message) { (void)message; }
    /// Called about twice a second and once at the end.
    virtual void on_progress(const IndexStats& stats, std::uint64_t total_bytes) { (void)stats, (void)total_bytes; }
};

/// Indexes every article of inputs into the database at db_path, then
/// deletes the ids in delete_ids. Stops early, after a final commit, when
/// *stop becomes true (Ctrl-C) or, with options.strict, at the first error.
/// Holds the database's lock file (DB.lock) for the whole run, so another
/// run on the same database waits or fails (options.wait_for_lock).
/// @throws DatabaseError, Xapian::Error
IndexStats run_indexing(const std::string& db_path, const std::vector<std::string>& inputs,
                        const std::vector<std::string>& delete_ids, const IndexOptions& options,
                        IndexObserver& observer, const std::atomic<bool>* stop = nullptr);

}  // namespace telusur
