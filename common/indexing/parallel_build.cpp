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

/// Id term -> content hash of the articles a writer's database holds.
using IdHashes = std::unordered_map<std::string, std::string>;

/// One thread that analyzes articles and writes them into a database of its
/// own (a part or a shard of a new database).
class PartWriter {
public:
    /// @param committed what db already holds (a resumed part), else empty
    PartWriter(Xapian::WritableDatabase db, IdHashes committed, const AnalysisOptions& analysis,
               const EntityExtractor* extractor, std::size_t commit_every)
        : db_(std::move(db)),
          commit_every_(std::max<std::size_t>(1, commit_every)),
          written_(std::move(committed)),
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
    /// database started empty (or resumed with its ids in written_), so
    /// only the ids in written_ can exist and a new id needs no look-up.
    bool write(const Article& article, DocumentBuilder& builder) {
        std::string hash = content_hash(article);
        std::string id_term = schema::make_id_term(article.id);
        const auto [seen, is_new] = written_.try_emplace(std::move(id_term), hash);
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
        db_.replace_document(seen->first, builder.build(article));
        ++replaced_;
        return true;
    }

    Xapian::WritableDatabase db_;
    const std::size_t commit_every_;
    IdHashes written_;
    BoundedQueue<std::vector<Article>> queue_{kBatchesPerWorker};
    std::exception_ptr error_;
    std::thread thread_;  // last: starts after everything it uses exists
};

namespace {

/// The content hash in a stored content key, or "" (never equal to a
/// fresh one) for a value that is none, so that such an article is rebuilt
/// as IndexWriter::upsert() would.
std::string stored_hash(const std::string& content_key) {
    const auto key = schema::ContentKey::decode(content_key);
    return key ? std::string(key->content_hash) : std::string();
}

}  // namespace

ParallelBuild::ParallelBuild(IndexRun& run, std::string db_path, unsigned threads)
    : run_(run), db_path_(std::move(db_path)), threads_(threads), sharded_(run.options().shards > 1) {}

ParallelBuild::~ParallelBuild() = default;

/// The shards, or the parts: those an unfinished build left (resumed) and
/// new ones up to one per thread.
std::vector<std::string> ParallelBuild::target_paths() const {
    if (sharded_) return shard_paths(db_path_, run_.options().shards);
    const std::filesystem::path folder = parts_folder(db_path_);
    std::vector<std::string> paths = list_parts(folder.string());
    for (std::size_t i = 0; paths.size() < threads_; ++i) {
        const auto path = folder / part_name(i);
        if (!std::filesystem::exists(path)) paths.push_back(path.string());
    }
    return paths;
}

/// Records the ids a resumed part holds: they are routed back to it, and
/// its writer adds none of them again. An id an earlier part holds too
/// (left by a run from before the lock) is deleted from this one.
IdHashes ParallelBuild::resume_part(std::size_t part, Xapian::WritableDatabase& db) {
    IdHashes committed;
    std::vector<std::string> duplicates;
    const std::string prefix = schema::kPrefixId;
    for (auto term = db.allterms_begin(prefix); term != db.allterms_end(prefix); ++term) {
        if (!owner_.try_emplace(*term, part).second) {
            duplicates.push_back(*term);
            continue;
        }
        const Xapian::docid id = *db.postlist_begin(*term);
        committed.emplace(*term, stored_hash(db.get_document(id).get_value(schema::kSlotContentKey)));
    }
    for (const auto& term : duplicates) db.delete_document(term);
    return committed;
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
    for (std::size_t i = 0; i < dbs.size(); ++i) {
        IdHashes committed = dbs[i].get_doccount() > 0 ? resume_part(i, dbs[i]) : IdHashes();
        writers_.push_back(std::make_unique<PartWriter>(std::move(dbs[i]), std::move(committed), analysis, extractor,
                                                        options.commit_every));
    }
    run_.stats().resumed = owner_.size();
}

std::size_t ParallelBuild::part_of(const std::string& id) const {
    if (!owner_.empty()) {
        const auto owner = owner_.find(schema::make_id_term(id));
        if (owner != owner_.end()) return owner->second;
    }
    return shard_of(id, writers_.size());
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
        const std::size_t part = part_of(record.article.id);
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
