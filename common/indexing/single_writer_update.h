// Updating an existing database: one Xapian writer, fed in input order by
// a pool of analysis threads when there is more than one thread.
#pragma once

#include "common/indexing/run.h"

#include <string>
#include <vector>

namespace telusur::indexing {

/// The strategy for an existing database (and for a new one with one
/// thread): upserts every article through one IndexWriter, committing
/// every options.commit_every changes, then deletes the ids asked for.
class SingleWriterUpdate {
public:
    /// Opens the database (all its shards). @throws DatabaseError
    SingleWriterUpdate(IndexRun& run, const std::string& db_path);

    /// Indexes the whole input (up to a stop or a --strict failure).
    void run(unsigned threads);
    /// Removes these ids, unless the run was stopped or failed, and commits.
    void finish(const std::vector<std::string>& delete_ids);

private:
    void run_sequential();
    void run_pooled(unsigned threads);
    void count(IndexWriter::Outcome outcome);

    IndexRun& run_;
    IndexWriter writer_;
    std::size_t changes_since_commit_ = 0;
};

}  // namespace telusur::indexing
