#include "common/indexing/parallel_build.h"

#include "common/database.h"
#include "common/document_builder.h"
#include "common/indexing/bounded_queue.h"
#include "common/indexing/parts.h"
#include "common/indexing/shards.h"
#include "common/schema.h"

#include <xapian.h>

#include <algorithm>
#include <atomic>
#include <stdexcept>
#include <filesystem>
#include <thread>
#include <unordered_map>

namespace telusur::indexing {

/// One thread that analyzes articles and writes them into a database of its
/// own (a part or a shard of a new database).
class PartWriter {
public:
    PartWriter(Xapian::WritableDatabase db, const AnalysisOptions& analysis, const EntityExtractor* extractor,
               std::size_t commit_every)
        : db_(std::move(db)), commit_every_(std::max<std::size_t>(1, commit_every)),
          thread_([this, analysis, extractor] { work(analysis, extractor); }) {}
    ~PartWriter() { close(); }
    PartWriter(const PartWriter&) = delete;
    PartWriter& operator=(const PartWriter&) = delete;

    /// Queues a batch; waits while kBatchesPerWorker are queued. Rethrows
    /// the thread's error, if it had one.
    void submit(std::vector<Article> batch) {
        if (queue_.push(std::move(batch))) return;
        if (error_) std::rethrow_exception(error_);
        throw std::logic_error("PartWriter::submit after finish");
    }
    /// Writes what is queued, commits, stops the thread; rethrows its error.
    void finish() {
        close();
        if (error_) std::rethrow_exception(error_);
    }

    std::atomic<std::size_t> added_{0}, replaced_{0}, unchanged_{0};

private:
    void close() {
        queue_.close();
        if (thread_.joinable()) thread_.join();
    }

    void work(const AnalysisOptions& analysis, const EntityExtractor* extractor) {
        try {
            const Analyzer analyzer(analysis);
            DocumentBuilder builder(analyzer, extractor);
            std::size_t changes = 0;
            while (auto batch = queue_.pop()) {
                for (const auto& article : *batch) {
                    if (write(article, builder) && ++changes >= commit_every_) {
                        db_.commit();
                        changes = 0;
                    }
                }
            }
            db_.commit();
        } catch (...) {
            error_ = std::current_exception();  // published to submit() by close()
            queue_.close();
        }
    }

    /// Adds or replaces the article; false when it was left unchanged. The
    /// database started empty, so only ids this writer wrote can exist and
    /// a new id needs no look-up.
    bool write(const Article& article, DocumentBuilder& builder) {
        std::string hash = content_hash(article);
        const auto [seen, is_new] = written_.try_emplace(article.id, hash);
        if (is_new) {
            db_.add_document(builder.build(article));
            ++added_;
            return true;
        }
        if (seen->second == hash) {
            ++unchanged_;
            return false;
        }
        seen->second = std::move(hash);
        db_.replace_document(schema::make_id_term(article.id), builder.build(article));
        ++replaced_;
        return true;
    }

    Xapian::WritableDatabase db_;
    const std::size_t commit_every_;
    std::unordered_map<std::string, std::string> written_;  // id -> content hash
    BoundedQueue<std::vector<Article>> queue_{kBatchesPerWorker};
    std::exception_ptr error_;
    std::thread thread_;  // last: starts after everything it uses exists
};

ParallelBuild::ParallelBuild(IndexRun& run, std::string db_path, unsigned threads)
    : run_(run), db_path_(std::move(db_path)), threads_(threads), sharded_(run.options().shards > 1) {}

ParallelBuild::~ParallelBuild() = default;

std::vector<std::string> ParallelBuild::target_paths() const {
    if (sharded_) return shard_paths(db_path_, run_.options().shards);
    std::vector<std::string> paths;
    for (unsigned i = 0; i < threads_; ++i)
        paths.push_back((std::filesystem::path(parts_folder(db_path_)) / part_name(i)).string());
    return paths;
}

/// Opens (creates) the parts or shards, all with one stemmer, and starts a
/// writer on each.
void ParallelBuild::open_writers(const std::vector<std::string>& paths) {
    const IndexOptions& options = run_.options();
    std::string stemmer = options.stemmer;  // "" for the default: resolved by the first open
    std::vector<Xapian::WritableDatabase> dbs;
    for (const auto& path : paths) {
        dbs.push_back(open_writable(path, stemmer));
        dbs.back().set_metadata(schema::kMetaEntities, options.entities ? "1" : "0");
    }
    const AnalysisOptions analysis{stemmer, true};
    const EntityExtractor* extractor = options.entities ? &EntityExtractor::instance() : nullptr;
    for (auto& db : dbs)
        writers_.push_back(std::make_unique<PartWriter>(std::move(db), analysis, extractor, options.commit_every));
}

void ParallelBuild::sum_counts() {
    IndexStats& stats = run_.stats();
    stats.added = stats.replaced = stats.unchanged = 0;
    for (const auto& w : writers_) {
        stats.added += w->added_;
        stats.replaced += w->replaced_;
        stats.unchanged += w->unchanged_;
    }
}

/// Reads the input into batches, one per writer, handed over when full.
void ParallelBuild::feed() {
    std::vector<std::vector<Article>> batches(writers_.size());
    InputRecord record;
    while (run_.next(record)) {
        const std::size_t part = shard_of(record.article.id, writers_.size());
        batches[part].push_back(std::move(record.article));
        if (batches[part].size() >= kBatchSize) {
            writers_[part]->submit(std::move(batches[part]));
            batches[part].clear();
        }
        run_.report_progress([this] { sum_counts(); });
    }
    for (std::size_t i = 0; i < writers_.size(); ++i) {
        if (!batches[i].empty()) writers_[i]->submit(std::move(batches[i]));
    }
}

void ParallelBuild::finish_writers() {
    for (auto& w : writers_) w->finish();
    sum_counts();
    writers_.clear();  // closes the databases
}

void ParallelBuild::run() {
    const std::vector<std::string> paths = target_paths();
    open_writers(paths);
    feed();
    finish_writers();
    if (!sharded_) merge_parts(paths, db_path_);
}

}  // namespace telusur::indexing
