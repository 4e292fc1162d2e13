#include "common/indexing.h"

#include "common/database.h"
#include "common/errors.h"
#include "common/schema.h"
#include "common/text/unicode.h"

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <optional>
#include <unordered_map>
#include <thread>
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

constexpr const char* kStubFile = "XAPIANDB";  // Xapian opens a folder holding it as all listed shards

std::string prepared_stemmer(Xapian::WritableDatabase& db, std::string stemmer) {
    prepare_writable(db, "database", stemmer);
    return stemmer;
}

std::string shard_name(std::size_t i) {
    char name[32];
    std::snprintf(name, sizeof name, "shard-%03zu", i);
    return name;
}

/// The shard folders of the database at db_path, creating the layout for
/// a new sharded database. A plain database is its own single shard.
std::vector<std::string> shard_paths(const std::string& db_path, unsigned requested) {
    namespace fs = std::filesystem;
    const fs::path stub = fs::path(db_path) / kStubFile;
    std::vector<std::string> paths;
    if (fs::exists(stub)) {
        std::ifstream in(stub);
        for (std::string line; std::getline(in, line);) {
            if (line.rfind("auto ", 0) == 0) paths.push_back((fs::path(db_path) / line.substr(5)).string());
        }
        if (paths.empty()) throw DatabaseError(stub.string() + ": lists no shards");
        if (requested > 1 && requested != paths.size())
            throw DatabaseError(db_path + ": has " + std::to_string(paths.size()) + " shards, not " +
                                std::to_string(requested) + "; use a new database to change the count");
        return paths;
    }
    if (requested <= 1) return {db_path};
    std::error_code ec;
    if (fs::exists(db_path) && !fs::is_empty(db_path, ec))
        throw DatabaseError(db_path + ": is an existing unsharded database; --shards needs a new one");
    fs::create_directories(db_path);
    std::ofstream out(stub);
    for (unsigned i = 0; i < requested; ++i) {
        out << "auto " << shard_name(i) << '\n';
        paths.push_back((fs::path(db_path) / shard_name(i)).string());
    }
    if (!out) throw DatabaseError(stub.string() + ": cannot write the shard list");
    return paths;
}

std::vector<Xapian::WritableDatabase> open_shards(const std::string& db_path, std::string& stemmer, unsigned shards) {
    std::vector<Xapian::WritableDatabase> out;
    for (const auto& path : shard_paths(db_path, shards)) out.push_back(open_writable(path, stemmer));
    return out;
}

const EntityExtractor* extractor_if(bool entities) { return entities ? &EntityExtractor::instance() : nullptr; }

}  // namespace

std::size_t shard_of(const std::string& id, std::size_t shard_count) {
    return shard_count <= 1 ? 0 : static_cast<std::size_t>(text::fnv1a64(id) % shard_count);
}

// open_shards() fills in `stemmer` before the Analyzer is made from it.
IndexWriter::IndexWriter(const std::string& db_path, std::string stemmer, bool entities, unsigned shards)
    : shards_(open_shards(db_path, stemmer, shards)),
      analyzer_(std::make_unique<Analyzer>(AnalysisOptions{stemmer, true})),
      extractor_(extractor_if(entities)),
      builder_(std::make_unique<DocumentBuilder>(*analyzer_, extractor_)) {
    for (auto& shard : shards_) shard.set_metadata(schema::kMetaEntities, entities ? "1" : "0");
}

IndexWriter::IndexWriter(Xapian::WritableDatabase db, std::string stemmer, bool entities)
    : analyzer_(std::make_unique<Analyzer>(AnalysisOptions{prepared_stemmer(db, std::move(stemmer)), true})),
      extractor_(extractor_if(entities)),
      builder_(std::make_unique<DocumentBuilder>(*analyzer_, extractor_)) {
    db.set_metadata(schema::kMetaEntities, entities ? "1" : "0");
    shards_.push_back(std::move(db));
}

Xapian::WritableDatabase& IndexWriter::shard_for(const std::string& id) { return shards_[shard_of(id, shards_.size())]; }

IndexWriter::Stored IndexWriter::stored_state(const std::string& id, const std::string& hash) {
    Xapian::WritableDatabase& db = shard_for(id);
    const std::string id_term = schema::make_id_term(id);
    auto posting = db.postlist_begin(id_term);
    if (posting == db.postlist_end(id_term)) return Stored::Absent;
    const std::string stored = db.get_document(*posting).get_value(schema::kSlotContentKey);
    const auto key = schema::ContentKey::decode(stored);
    return key && key->content_hash == hash ? Stored::Same : Stored::Different;
}

IndexWriter::Outcome IndexWriter::write(const std::string& id, Stored state, const Xapian::Document& document) {
    shard_for(id).replace_document(schema::make_id_term(id), document);
    return state == Stored::Absent ? Outcome::Added : Outcome::Replaced;
}

IndexWriter::Outcome IndexWriter::upsert(const Article& article) {
    const std::string hash = content_hash(article);
    // Checked before building, so an unchanged article costs one lookup.
    const Stored state = stored_state(article.id, hash);
    if (state == Stored::Same) return Outcome::Unchanged;
    return write(article.id, state, builder_->build(article));
}

IndexWriter::Outcome IndexWriter::store(const std::string& id, const std::string& hash, Xapian::Document document) {
    const Stored state = stored_state(id, hash);
    if (state == Stored::Same) return Outcome::Unchanged;
    return write(id, state, document);
}

bool IndexWriter::remove(const std::string& id) {
    Xapian::WritableDatabase& db = shard_for(id);
    const std::string id_term = schema::make_id_term(id);
    if (!db.term_exists(id_term)) return false;
    db.delete_document(id_term);
    return true;
}

void IndexWriter::commit() {
    for (auto& shard : shards_) shard.commit();
}

namespace {

/// An article analyzed by a worker, ready for the writer.
struct BuiltArticle {
    std::string id;
    std::string hash;
    Xapian::Document document;
};

/// Worker threads that turn batches of articles into documents, each with
/// its own Analyzer and DocumentBuilder (a Xapian::Stem and TermGenerator
/// are not thread-safe), handing results back in submission order so that
/// the last of two records with one id wins, as in a sequential run.
class AnalysisPool {
public:
    AnalysisPool(unsigned threads, const AnalysisOptions& analysis, const EntityExtractor* extractor) {
        for (unsigned i = 0; i < threads; ++i)
            workers_.emplace_back([this, analysis, extractor] { work(analysis, extractor); });
    }
    ~AnalysisPool() {
        {
            std::lock_guard lock(mutex_);
            closing_ = true;
        }
        jobs_ready_.notify_all();
        for (auto& t : workers_) t.join();
    }
    AnalysisPool(const AnalysisPool&) = delete;
    AnalysisPool& operator=(const AnalysisPool&) = delete;

    void submit(std::vector<Article> batch) {
        {
            std::lock_guard lock(mutex_);
            jobs_.emplace_back(next_submitted_++, std::move(batch));
        }
        jobs_ready_.notify_one();
    }
    std::size_t in_flight() const { return next_submitted_ - next_taken_; }

    /// The oldest submitted batch, built; waits for it. Rethrows a worker's error.
    std::vector<BuiltArticle> take() {
        std::unique_lock lock(mutex_);
        results_ready_.wait(lock, [&] { return error_ || results_.count(next_taken_); });
        if (error_) std::rethrow_exception(error_);
        auto node = results_.extract(next_taken_++);
        return std::move(node.mapped());
    }

private:
    void work(const AnalysisOptions& analysis, const EntityExtractor* extractor) {
        const Analyzer analyzer(analysis);
        DocumentBuilder builder(analyzer, extractor);
        while (true) {
            std::pair<std::size_t, std::vector<Article>> job;
            {
                std::unique_lock lock(mutex_);
                jobs_ready_.wait(lock, [&] { return closing_ || !jobs_.empty(); });
                if (jobs_.empty()) return;
                job = std::move(jobs_.front());
                jobs_.pop_front();
            }
            std::vector<BuiltArticle> built;
            std::exception_ptr error;
            try {
                built.reserve(job.second.size());
                for (auto& article : job.second)
                    built.push_back({article.id, content_hash(article), builder.build(article)});
            } catch (...) {
                error = std::current_exception();
            }
            {
                std::lock_guard lock(mutex_);
                if (error && !error_) error_ = error;
                results_[job.first] = std::move(built);
            }
            results_ready_.notify_all();
        }
    }

    std::mutex mutex_;
    std::condition_variable jobs_ready_, results_ready_;
    std::deque<std::pair<std::size_t, std::vector<Article>>> jobs_;
    std::map<std::size_t, std::vector<BuiltArticle>> results_;
    std::exception_ptr error_;
    bool closing_ = false;
    std::size_t next_submitted_ = 0;  // only the main thread touches these two
    std::size_t next_taken_ = 0;
    std::vector<std::thread> workers_;
};

/// Articles per batch handed to a worker: large enough to amortize the
/// hand-over, small enough to keep all workers busy on small inputs.
constexpr std::size_t kBatchSize = 64;
/// Batches in flight per worker; bounds memory to about
/// threads x 4 x 64 analyzed articles.
constexpr std::size_t kBatchesPerWorker = 4;

/// One thread that analyzes articles and writes them into a database of its
/// own, used to build a new database: a single Xapian writer is the
/// bottleneck (its in-memory posting maps), so each core gets one.
/// Only articles whose ids hash to this writer come here, so two records
/// with one id meet in the same writer, in input order.
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
        std::unique_lock lock(mutex_);
        space_.wait(lock, [&] { return error_ || jobs_.size() < kBatchesPerWorker; });
        if (error_) std::rethrow_exception(error_);
        jobs_.push_back(std::move(batch));
        ready_.notify_one();
    }
    /// Writes what is queued, commits, stops the thread; rethrows its error.
    void finish() {
        close();
        if (error_) std::rethrow_exception(error_);
    }

    std::atomic<std::size_t> added{0}, replaced{0}, unchanged{0};

private:
    void close() {
        {
            std::lock_guard lock(mutex_);
            closing_ = true;
        }
        ready_.notify_one();
        if (thread_.joinable()) thread_.join();
    }

    void work(const AnalysisOptions& analysis, const EntityExtractor* extractor) {
        try {
            const Analyzer analyzer(analysis);
            DocumentBuilder builder(analyzer, extractor);
            std::size_t changes = 0;
            while (true) {
                std::vector<Article> batch;
                {
                    std::unique_lock lock(mutex_);
                    ready_.wait(lock, [&] { return closing_ || !jobs_.empty(); });
                    if (jobs_.empty()) break;
                    batch = std::move(jobs_.front());
                    jobs_.pop_front();
                }
                space_.notify_one();
                for (const auto& article : batch) {
                    if (write(article, builder) && ++changes >= commit_every_) {
                        db_.commit();
                        changes = 0;
                    }
                }
            }
            db_.commit();
        } catch (...) {
            std::lock_guard lock(mutex_);
            error_ = std::current_exception();
        }
        space_.notify_all();
    }

    /// Adds or replaces the article; false when it was left unchanged. The
    /// database started empty, so only ids this writer wrote can exist and
    /// a new id needs no look-up.
    bool write(const Article& article, DocumentBuilder& builder) {
        std::string hash = content_hash(article);
        const auto [seen, is_new] = written_.try_emplace(article.id, hash);
        if (is_new) {
            db_.add_document(builder.build(article));
            ++added;
            return true;
        }
        if (seen->second == hash) {
            ++unchanged;
            return false;
        }
        seen->second = std::move(hash);
        db_.replace_document(schema::make_id_term(article.id), builder.build(article));
        ++replaced;
        return true;
    }

    Xapian::WritableDatabase db_;
    const std::size_t commit_every_;
    std::unordered_map<std::string, std::string> written_;  // id -> content hash
    std::mutex mutex_;
    std::condition_variable ready_, space_;
    std::deque<std::vector<Article>> jobs_;
    std::exception_ptr error_;
    bool closing_ = false;
    std::thread thread_;  // last: starts after everything it uses exists
};

namespace fs = std::filesystem;

/// Where a new unsharded database is built in parts before the merge.
std::string parts_folder(const std::string& db_path) { return db_path + ".parts"; }

bool is_new_database(const std::string& db_path) {
    std::error_code ec;
    return !fs::exists(db_path, ec) || (fs::is_directory(db_path, ec) && fs::is_empty(db_path, ec));
}

/// Merges the part databases into a new database at db_path with Xapian's
/// compactor (what xapian-compact does), which also leaves it compact. The
/// merge goes to a temporary folder renamed into place, so db_path never
/// holds half a merge; the parts go last, so a run killed before that
/// merges again on the next start.
void merge_parts(const std::vector<std::string>& part_paths, const std::string& db_path) {
    Xapian::Database all;
    for (const auto& path : part_paths) all.add_database(Xapian::Database(path));
    const std::string merging = db_path + ".merging";
    fs::remove_all(merging);
    all.compact(merging);
    all.close();
    if (fs::exists(db_path)) fs::remove(db_path);  // an empty folder (is_new_database)
    fs::rename(merging, db_path);
    fs::remove_all(parts_folder(db_path));
}

/// A run killed while building a new database in parts left them behind:
/// merge what they committed, so the database is usable and a rerun
/// resumes from it (see the upsert path).
void recover_parts(const std::string& db_path) {
    const std::string folder = parts_folder(db_path);
    if (!fs::is_directory(folder)) return;
    if (!is_new_database(db_path)) {  // the merge finished, the clean-up did not
        fs::remove_all(folder);
        return;
    }
    std::vector<std::string> parts;
    for (const auto& entry : fs::directory_iterator(folder))
        if (fs::exists(entry.path() / "iamglass")) parts.push_back(entry.path().string());
    std::sort(parts.begin(), parts.end());
    if (parts.empty()) {
        fs::remove_all(folder);
        return;
    }
    merge_parts(parts, db_path);
}

}  // namespace

namespace {

/// Opens (creates) the parts or shards of a new database, all with one
/// stemmer: `stemmer` ("" for the default) comes back resolved.
std::vector<Xapian::WritableDatabase> open_new_targets(const std::vector<std::string>& paths, std::string& stemmer,
                                                       bool entities) {
    std::vector<Xapian::WritableDatabase> dbs;
    for (const auto& path : paths) {
        dbs.push_back(open_writable(path, stemmer));
        dbs.back().set_metadata(schema::kMetaEntities, entities ? "1" : "0");
    }
    return dbs;
}

}  // namespace

IndexStats run_indexing(const std::string& db_path, const std::vector<std::string>& inputs,
                        const std::vector<std::string>& delete_ids, const IndexOptions& options,
                        IndexObserver& observer, const std::atomic<bool>* stop) {
    using Clock = std::chrono::steady_clock;
    const auto start = Clock::now();
    IndexStats stats;
    recover_parts(db_path);
    const unsigned threads = options.threads ? options.threads : std::max(1u, std::thread::hardware_concurrency());
    // A new database with more than one thread is written by parallel
    // writers: its shards directly, or parts merged at the end.
    const bool parallel_new = threads > 1 && is_new_database(db_path);
    std::optional<IndexWriter> writer;
    if (!parallel_new) writer.emplace(db_path, options.stemmer, options.entities, options.shards);
    ArticleReader reader(inputs, options.reader);

    auto elapsed = [&] { return std::chrono::duration<double>(Clock::now() - start).count(); };
    auto stopped = [&] { return stop && stop->load(std::memory_order_relaxed); };

    const IssueHandler on_issue = [&](const InputIssue& issue) {
        (issue.is_error ? stats.skipped : stats.warnings)[issue.kind]++;
        observer.on_issue(issue);
        if (issue.is_error && options.strict) stats.strict_failure = true;
    };

    auto last_progress = Clock::now();
    auto report_progress = [&](auto&& update_counts) {
        if (Clock::now() - last_progress <= std::chrono::milliseconds(500)) return;
        last_progress = Clock::now();
        update_counts();
        stats.input_bytes = reader.bytes_read();
        stats.seconds = elapsed();
        observer.on_progress(stats, reader.total_bytes());
    };

    std::size_t changes_since_commit = 0;
    auto count = [&](IndexWriter::Outcome outcome) {
        switch (outcome) {
            case IndexWriter::Outcome::Added: ++stats.added; ++changes_since_commit; break;
            case IndexWriter::Outcome::Replaced: ++stats.replaced; ++changes_since_commit; break;
            case IndexWriter::Outcome::Unchanged: ++stats.unchanged; break;
        }
        if (changes_since_commit >= options.commit_every) {
            writer->commit();
            changes_since_commit = 0;
        }
        report_progress([] {});
    };

    InputRecord record;
    if (parallel_new) {
        const bool sharded = options.shards > 1;
        std::vector<std::string> paths;
        if (sharded) {
            paths = shard_paths(db_path, options.shards);
        } else {
            for (unsigned i = 0; i < threads; ++i)
                paths.push_back((fs::path(parts_folder(db_path)) / shard_name(i)).string());
        }
        std::string stemmer = options.stemmer;
        auto targets = open_new_targets(paths, stemmer, options.entities);
        const AnalysisOptions analysis{stemmer, true};
        const EntityExtractor* extractor = extractor_if(options.entities);
        std::vector<std::unique_ptr<PartWriter>> writers;
        for (auto& db : targets)
            writers.push_back(std::make_unique<PartWriter>(std::move(db), analysis, extractor, options.commit_every));
        auto sum_counts = [&] {
            stats.added = stats.replaced = stats.unchanged = 0;
            for (const auto& w : writers) {
                stats.added += w->added;
                stats.replaced += w->replaced;
                stats.unchanged += w->unchanged;
            }
        };
        std::vector<std::vector<Article>> batches(writers.size());
        while (!stopped() && reader.next(record, on_issue)) {
            if (stats.strict_failure) break;
            const std::size_t part = shard_of(record.article.id, writers.size());
            batches[part].push_back(std::move(record.article));
            if (batches[part].size() >= kBatchSize) {
                writers[part]->submit(std::move(batches[part]));
                batches[part].clear();
            }
            report_progress(sum_counts);
        }
        for (std::size_t i = 0; i < writers.size(); ++i) {
            if (!batches[i].empty()) writers[i]->submit(std::move(batches[i]));
        }
        for (auto& w : writers) w->finish();
        sum_counts();
        writers.clear();  // closes the databases
        if (!sharded) merge_parts(paths, db_path);
        if (!delete_ids.empty()) writer.emplace(db_path, options.stemmer, options.entities, options.shards);
    } else if (threads == 1) {
        while (!stopped() && reader.next(record, on_issue)) {
            if (stats.strict_failure) break;  // the error came before this record
            count(writer->upsert(record.article));
        }
    } else {
        AnalysisPool pool(threads, writer->analysis_options(), extractor_if(writer->entities()));
        auto write_oldest = [&] {
            for (auto& built : pool.take()) count(writer->store(built.id, built.hash, std::move(built.document)));
        };
        std::vector<Article> batch;
        while (!stopped() && reader.next(record, on_issue)) {
            if (stats.strict_failure) break;
            batch.push_back(std::move(record.article));
            if (batch.size() < kBatchSize) continue;
            pool.submit(std::move(batch));
            batch.clear();
            while (pool.in_flight() >= threads * kBatchesPerWorker) write_oldest();
        }
        if (!batch.empty()) pool.submit(std::move(batch));
        while (pool.in_flight() > 0) write_oldest();
    }

    stats.interrupted = stopped();
    if (writer) {
        if (!stats.interrupted && !stats.strict_failure) {
            for (const auto& id : delete_ids) (writer->remove(id) ? stats.deleted : stats.not_found)++;
        }
        // The explicit commit matters: the destructor would commit too, but
        // swallow any error (see Xapian's simpleindex.cc).
        writer->commit();
    }
    stats.input_bytes = reader.bytes_read();
    stats.seconds = elapsed();
    observer.on_progress(stats, reader.total_bytes());
    return stats;
}

}  // namespace telusur
