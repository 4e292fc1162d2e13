#include "common/indexing/single_writer_update.h"

#include "common/document_builder.h"
#include "common/indexing/bounded_queue.h"

#include <xapian.h>

#include <deque>
#include <future>
#include <thread>

namespace telusur::indexing {

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
    AnalysisPool(unsigned threads, const AnalysisOptions& analysis, const EntityExtractor* extractor)
        : jobs_(threads * kBatchesPerWorker) {
        for (unsigned i = 0; i < threads; ++i)
            workers_.emplace_back([this, analysis, extractor] { work(analysis, extractor); });
    }
    ~AnalysisPool() {
        jobs_.close();
        for (auto& t : workers_) t.join();
    }
    AnalysisPool(const AnalysisPool&) = delete;
    AnalysisPool& operator=(const AnalysisPool&) = delete;

    void submit(std::vector<Article> batch) {
        Job job{std::move(batch), {}};
        pending_.push_back(job.result.get_future());
        jobs_.push(std::move(job));
    }
    std::size_t in_flight() const { return pending_.size(); }

    /// The oldest submitted batch, built; waits for it. Rethrows a worker's error.
    std::vector<BuiltArticle> take() {
        auto oldest = std::move(pending_.front());
        pending_.pop_front();
        return oldest.get();
    }

private:
    struct Job {
        std::vector<Article> articles;
        std::promise<std::vector<BuiltArticle>> result;
    };

    void work(const AnalysisOptions& analysis, const EntityExtractor* extractor) {
        const Analyzer analyzer(analysis);
        DocumentBuilder builder(analyzer, extractor);
        while (auto job = jobs_.pop()) {
            try {
                std::vector<BuiltArticle> built;
                built.reserve(job->articles.size());
                for (auto& article : job->articles)
                    built.push_back({article.id, content_hash(article), builder.build(article)});
                job->result.set_value(std::move(built));
            } catch (...) {
                job->result.set_exception(std::current_exception());
            }
        }
    }

    BoundedQueue<Job> jobs_;
    std::deque<std::future<std::vector<BuiltArticle>>> pending_;  // only the main thread touches it
    std::vector<std::thread> workers_;
};

}  // namespace

SingleWriterUpdate::SingleWriterUpdate(IndexRun& run, const std::string& db_path)
    : run_(run), writer_(db_path, run.options().stemmer, run.options().entities, run.options().shards) {}

void SingleWriterUpdate::count(IndexWriter::Outcome outcome) {
    IndexStats& stats = run_.stats();
    switch (outcome) {
        case IndexWriter::Outcome::Added:
            ++stats.added;
            ++changes_since_commit_;
            break;
        case IndexWriter::Outcome::Replaced:
            ++stats.replaced;
            ++changes_since_commit_;
            break;
        case IndexWriter::Outcome::Unchanged: ++stats.unchanged; break;
    }
    if (changes_since_commit_ >= run_.options().commit_every) {
        writer_.commit();
        changes_since_commit_ = 0;
    }
    run_.report_progress([] {});
}

void SingleWriterUpdate::run(unsigned threads) {
    if (threads == 1)
        run_sequential();
    else
        run_pooled(threads);
}

void SingleWriterUpdate::run_sequential() {
    InputRecord record;
    while (run_.next(record)) count(writer_.upsert(record.article));
}

void SingleWriterUpdate::run_pooled(unsigned threads) {
    AnalysisPool pool(threads, writer_.analysis_options(), writer_.entities() ? &EntityExtractor::instance() : nullptr);
    auto write_oldest = [&] {
        for (auto& built : pool.take()) count(writer_.store(built.id, built.hash, std::move(built.document)));
    };
    std::vector<Article> batch;
    InputRecord record;
    while (run_.next(record)) {
        batch.push_back(std::move(record.article));
        if (batch.size() < kBatchSize) continue;
        pool.submit(std::move(batch));
        batch.clear();
        while (pool.in_flight() >= threads * kBatchesPerWorker) write_oldest();
    }
    if (!batch.empty()) pool.submit(std::move(batch));
    while (pool.in_flight() > 0) write_oldest();
}

void SingleWriterUpdate::finish(const std::vector<std::string>& delete_ids) {
    IndexStats& stats = run_.stats();
    if (!stats.interrupted && !stats.strict_failure) {
        for (const auto& id : delete_ids) (writer_.remove(id) ? stats.deleted : stats.not_found)++;
    }
    // The explicit commit matters: the destructor would commit too, but
    // swallow any error (see Xapian's simpleindex.cc).
    writer_.commit();
}

}  // namespace telusur::indexing
