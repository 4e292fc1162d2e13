#include "common/indexing.h"

#include "common/database.h"
#include "common/errors.h"
#include "common/schema.h"
#include "common/text/unicode.h"

#include "common/indexing/database_lock.h"
#include "common/indexing/parallel_build.h"
#include "common/indexing/parts.h"
#include "common/indexing/run.h"
#include "common/indexing/shards.h"
#include "common/indexing/single_writer_update.h"

#include <algorithm>
#include <cstdio>
#include <sstream>
#include <thread>

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
    if (resumed) out << "resumed an unfinished build: " << resumed << " articles were already committed in its parts\n";
    for (const auto& [kind, count] : skipped) out << "  skipped " << count << ": " << issue_kind_name(kind) << '\n';
    for (const auto& [kind, count] : warnings) out << "  warning " << count << ": " << issue_kind_name(kind) << '\n';
    char line[160];
    const double mb = static_cast<double>(input_bytes) / 1e6;
    std::snprintf(line, sizeof line, "elapsed: %.2f s (%.0f articles/s, %.1f MB/s of input)", seconds,
                  seconds > 0 ? static_cast<double>(indexed()) / seconds : 0.0, seconds > 0 ? mb / seconds : 0.0);
    out << line;
    if (interrupted) out << "\ninterrupted: everything up to the last article counted is committed; rerun to finish";
    if (late_stop) out << "\nstop requested after all input was read: the run finished; the database is complete";
    if (strict_failure) out << "\nstopped at the first error (--strict)";
    if (!nothing_indexed.empty()) out << "\nnothing indexed: " << nothing_indexed;
    return out.str();
}

namespace {

std::string prepared_stemmer(Xapian::WritableDatabase& db, std::string stemmer) {
    prepare_writable(db, "database", stemmer);
    return stemmer;
}

std::vector<Xapian::WritableDatabase> open_shards(const std::string& db_path, std::string& stemmer, unsigned shards) {
    std::vector<Xapian::WritableDatabase> out;
    for (const auto& path : indexing::shard_paths(db_path, shards)) out.push_back(open_writable(path, stemmer));
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

Xapian::WritableDatabase& IndexWriter::shard_for(const std::string& id) {
    return shards_[shard_of(id, shards_.size())];
}

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

/// "db/" and "db" are one database: its lock and parts sit beside it.
std::string without_trailing_slash(std::string path) {
    while (path.size() > 1 && path.back() == '/') path.pop_back();
    return path;
}

}  // namespace

IndexStats run_indexing(const std::string& db_path_given, const std::vector<std::string>& inputs,
                        const std::vector<std::string>& delete_ids, const IndexOptions& options,
                        IndexObserver& observer, const std::atomic<bool>* stop) {
    const std::string db_path = without_trailing_slash(db_path_given);
    indexing::IndexRun run(inputs, options, observer, stop);
    const auto lock = indexing::DatabaseLock::acquire(db_path, options.wait_for_lock, stop,
                                                      [&](const std::string& note) { observer.on_note(note); });
    if (!lock) {  // stopped while waiting for another run
        run.stats().interrupted = true;
        return run.finish();
    }
    const bool unfinished = indexing::clean_up_parts(db_path);
    const unsigned threads = options.threads ? options.threads : std::max(1u, std::thread::hardware_concurrency());
    // A new database with more than one thread is written by parallel
    // writers: its shards directly, or parts merged at the end. The parts
    // of a build killed before its merge are resumed the same way.
    if ((threads > 1 || unfinished) && indexing::is_new_database(db_path)) {
        indexing::ParallelBuild(run, db_path, threads).run();
        if (!delete_ids.empty()) indexing::SingleWriterUpdate(run, db_path).finish(delete_ids);
    } else {
        indexing::SingleWriterUpdate update(run, db_path);
        update.run(threads);
        update.finish(delete_ids);
    }
    return run.finish();
}

}  // namespace telusur
