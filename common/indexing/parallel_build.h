// Building a new database with one Xapian writer per thread: a single
// writer is the bottleneck (its in-memory posting maps), so each core gets
// one, writing a part of its own that is merged at the end, or one shard of
// a new sharded database.
#pragma once

#include "common/indexing/run.h"

#include <memory>
#include <string>
#include <vector>

namespace telusur::indexing {

class PartWriter;

/// The strategy for a new database. Articles go to the writer chosen by a
/// hash of their id, so two records with one id meet in the same writer,
/// in input order, and the last one wins as in a sequential run.
class ParallelBuild {
public:
    /// @param threads writers for an unsharded database; a sharded one
    ///        gets one writer per shard (options.shards).
    ParallelBuild(IndexRun& run, std::string db_path, unsigned threads);
    ~ParallelBuild();
    ParallelBuild(const ParallelBuild&) = delete;
    ParallelBuild& operator=(const ParallelBuild&) = delete;

    /// Indexes the whole input (up to a stop), then merges the parts into
    /// the database. @throws DatabaseError, Xapian::Error
    void run();

private:
    std::vector<std::string> target_paths() const;
    void open_writers(const std::vector<std::string>& paths);
    void feed();
    void finish_writers();
    void sum_counts();

    IndexRun& run_;
    const std::string db_path_;
    const unsigned threads_;
    const bool sharded_;
    std::vector<std::unique_ptr<PartWriter>> writers_;
};

}  // namespace telusur::indexing
