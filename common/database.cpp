#include "common/database.h"

#include "common/analysis/analyzer.h"
#include "common/errors.h"
#include "common/schema.h"

#include <filesystem>

namespace telusur {

namespace {

constexpr const char* kDefaultStemmer = "telusur";

std::string recorded_stemmer(const Xapian::Database& db) { return db.get_metadata(schema::kMetaStemmer); }

}  // namespace

bool entities_indexed(const Xapian::Database& db) { return db.get_metadata(schema::kMetaEntities) != "0"; }

namespace {

/// Throws unless db's schema version is between `oldest` and
/// schema::kSchemaVersion (an empty database records none).
void check_schema_version(const Xapian::Database& db, const std::string& name, int oldest, const char* reads) {
    const std::string version = db.get_metadata(schema::kMetaSchemaVersion);
    if (version.empty()) {
        if (db.get_doccount() == 0) return;
        throw DatabaseError(name + ": not a Telusur database (no " + schema::kMetaSchemaVersion + " metadata)");
    }
    for (int v = oldest; v <= schema::kSchemaVersion; ++v)
        if (version == std::to_string(v)) return;
    const std::string accepted = oldest == schema::kSchemaVersion
                                     ? std::to_string(oldest)
                                     : std::to_string(oldest) + " to " + std::to_string(schema::kSchemaVersion);
    throw DatabaseError(name + ": built with schema version " + version + ", this build " + reads + " version " +
                        accepted +
                        "; re-indexing the articles into a new database (telusur-index --db NEW ...) upgrades it");
}

}  // namespace

void check_schema(const Xapian::Database& db, const std::string& name) {
    check_schema_version(db, name, schema::kOldestSearchableSchemaVersion, "reads");
}

bool every_article_has(const Xapian::Database& db, Xapian::valueno slot) {
    return db.get_value_freq(slot) == db.get_doccount();
}

Xapian::WritableDatabase open_writable(const std::string& path, std::string& stemmer) {
    Xapian::WritableDatabase db;
    try {
        // Made here rather than by Xapian, whose error says "mkdir failed"
        // without the reason (read-only file system, permission, ...).
        std::error_code ec;
        if (!std::filesystem::exists(path, ec) && !std::filesystem::create_directories(path, ec) && ec)
            throw DatabaseError(path + ": cannot create the database folder: " + ec.message());
        db = Xapian::WritableDatabase(path, Xapian::DB_CREATE_OR_OPEN | Xapian::DB_RETRY_LOCK);
    } catch (const Xapian::Error& e) {
        throw DatabaseError(path + ": cannot open for writing: " + e.get_msg());
    }
    prepare_writable(db, path, stemmer);
    return db;
}

std::string database_stemmer(const Xapian::Database& db) {
    const std::string recorded = recorded_stemmer(db);
    return recorded.empty() ? kDefaultStemmer : recorded;
}

void prepare_writable(Xapian::WritableDatabase& db, const std::string& path, std::string& stemmer) {
    // Articles of two versions in one database would not agree on the slots.
    check_schema_version(db, path, schema::kSchemaVersion, "writes");
    const std::string recorded = recorded_stemmer(db);
    if (recorded.empty()) {
        if (stemmer.empty()) stemmer = kDefaultStemmer;
        make_stemmer(stemmer);  // validates the name before anything is written
        db.set_metadata(schema::kMetaSchemaVersion, std::to_string(schema::kSchemaVersion));
        db.set_metadata(schema::kMetaStemmer, stemmer);
    } else if (stemmer.empty()) {
        stemmer = recorded;
    } else if (stemmer != recorded) {
        throw DatabaseError(path + ": was indexed with stemmer '" + recorded + "', not '" + stemmer +
                            "'; use a new database to change stemmers");
    }
}

bool is_remote_spec(const std::string& spec) { return spec.rfind("tcp://", 0) == 0; }

Xapian::Database open_one(const std::string& spec, const SearchDatabaseOptions& options) {
    try {
        constexpr std::string_view kTcp = "tcp://";
        if (is_remote_spec(spec)) {
            const std::string hostport = spec.substr(kTcp.size());
            const auto colon = hostport.rfind(':');
            if (colon == std::string::npos || colon + 1 == hostport.size())
                throw UsageError("'" + spec + "': expected tcp://HOST:PORT");
            const std::string host = hostport.substr(0, colon);
            unsigned port = 0;
            try {
                port = static_cast<unsigned>(std::stoul(hostport.substr(colon + 1)));
            } catch (const std::exception&) {
                throw UsageError("'" + spec + "': port is not a number");
            }
            const auto timeout_ms = static_cast<unsigned>(options.remote_timeout * 1000);
            return Xapian::Remote::open(host, port, timeout_ms, timeout_ms);
        }
        return Xapian::Database(spec);
    } catch (const Xapian::Error& e) {
        throw DatabaseError(spec + ": cannot open: " + e.get_msg());
    }
}

std::vector<std::string> failing_remote_shards(const std::vector<std::string>& specs,
                                               const SearchDatabaseOptions& options) {
    std::vector<std::string> failing;
    for (const auto& spec : specs) {
        if (!is_remote_spec(spec)) continue;
        try {
            open_one(spec, options).get_doccount();
        } catch (const DatabaseError& e) {
            failing.push_back(e.what());
        } catch (const Xapian::Error& e) {
            failing.push_back(spec + ": " + e.get_msg());
        }
    }
    return failing;
}

Xapian::Database open_for_search(const std::vector<std::string>& specs, const SearchDatabaseOptions& options,
                                 std::vector<std::string>* dropped) {
    if (specs.empty()) throw UsageError("no database given (--db DIR)");
    Xapian::Database combined;
    std::string common_stemmer;
    std::size_t opened = 0;
    for (const auto& spec : specs) {
        Xapian::Database db;
        try {
            db = open_one(spec, options);
            db.get_doccount();  // a remote shard answers here or times out
        } catch (const DatabaseError& e) {
            if (!options.allow_partial) throw;
            if (dropped) dropped->push_back(e.what());
            continue;
        } catch (const Xapian::DatabaseModifiedError&) {
            throw;  // a commit under the open, no failing shard: the caller opens again
        } catch (const Xapian::Error& e) {
            if (!options.allow_partial) throw DatabaseError(spec + ": " + e.get_msg());
            if (dropped) dropped->push_back(spec + ": " + e.get_msg());
            continue;
        }
        check_schema(db, spec);
        const std::string this_stemmer = database_stemmer(db);
        if (!common_stemmer.empty() && this_stemmer != common_stemmer)
            throw DatabaseError(spec + ": indexed with stemmer '" + this_stemmer + "', the others with '" +
                                common_stemmer + "'; shards must share one stemmer");
        common_stemmer = this_stemmer;
        combined.add_database(db);
        ++opened;
    }
    if (opened == 0) throw DatabaseError("no database could be opened");
    return combined;
}

}  // namespace telusur
