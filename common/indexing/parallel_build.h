// Building a new database with one Xapian writer per thread: a single
// writer is the bottleneck (its in-memory posting maps), so each core gets
// one, writing a part of its own that is merged at the end, or one shard of
// a new sharded database.
#pragma once

#include "common/indexing/run.h"

#include <xapian.h>

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

namespace telusur::indexing {

class PartWriter;

/// The strategy for a new database. Articles go to the writer chosen by a
/// hash of their id, so two records with one id meet in the same writer,
/// in input order, and the last one wins as in a sequential run.
/// A build killed before its merge left committed parts: they are resumed,
/// each id they hold going back to its part, where it counts as unchanged
/// (or is replaced) and is never added twice.
class ParallelBuild {
public:
    /// @param threads writers for an unsharded database (at least as many
    ///        as the parts resumed); a sharded one gets one writer per
    ///        shard (options.shards).
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
    std::unordered_map<std::string, std::string> resume_part(std::size_t part, Xapian::WritableDatabase& db);
    std::size_t part_of(const std::string& id) const;
    void feed();
    void finish_writers();
    void sum_counts();

    IndexRun& run_;
    const std::string db_path_;
    const unsigned threads_;
    const bool sharded_;
    std::vector<std::unique_ptr<PartWriter>> writers_;
    std::unordered_map<std::string, std::size_t> owner_;  // id term -> resumed part holding it
};

}  // namespace telusur::indexing
