// Opening Telusur databases: schema version checks, the stemmer recorded in
// the metadata, and searching several databases (local or remote shards
// served by xapian-tcpsrv) as one.
#pragma once

#include <xapian.h>

#include <string>
#include <vector>

namespace telusur {

/// Opens (creating if needed) a database for writing, waiting for a lock
/// held by another writer rather than failing. On a new database the schema
/// version and stemmer are recorded; on an existing one they are checked.
/// @param stemmer the stemmer wanted, or "" for the database's own (or the
///        default for a new database). On return, the stemmer to use.
/// @throws DatabaseError on a schema or stemmer mismatch.
Xapian::WritableDatabase open_writable(const std::string& path, std::string& stemmer);

/// The checks and metadata of open_writable() on an already open database
/// (e.g. an in-memory one in tests); name is used in messages.
void prepare_writable(Xapian::WritableDatabase& db, const std::string& name, std::string& stemmer);

/// The stemmer recorded in db's metadata, or the default when none is.
std::string database_stemmer(const Xapian::Database& db);

/// Whether db's articles carry entity terms and slots (schema::kMetaEntities
/// is not "0"); without them the query side loads no entity data.
bool entities_indexed(const Xapian::Database& db);

/// Throws DatabaseError unless db carries a schema version this build
/// searches (schema::kOldestSearchableSchemaVersion to kSchemaVersion;
/// prepare_writable() accepts only kSchemaVersion). An empty database (no
/// documents, no version) is accepted.
void check_schema(const Xapian::Database& db, const std::string& name);

/// Whether every article of db has a value in `slot` (a slot added by a
/// newer schema version is used only then; an older database is read the
/// older way).
bool every_article_has(const Xapian::Database& db, Xapian::valueno slot);

struct SearchDatabaseOptions {
    /// Seconds to wait for a remote shard to connect and to answer.
    double remote_timeout = 10.0;
    /// Leave out shards that cannot be opened or fail during a search, with
    /// a warning, instead of failing the whole search.
    bool allow_partial = false;
};

/// True for a tcp://HOST:PORT spec.
bool is_remote_spec(const std::string& spec);

/// Opens each spec (a directory, a sharded database's folder, or
/// tcp://HOST:PORT for xapian-tcpsrv) and combines them with add_database(),
/// checking every one's schema and that all were built with the same
/// stemmer (database_stemmer() of the result names it). With
/// options.allow_partial, a spec that cannot be opened is left out and
/// described in *dropped.
/// @throws DatabaseError naming the spec that failed (or, with
///         allow_partial, when none could be opened).
Xapian::Database open_for_search(const std::vector<std::string>& specs, const SearchDatabaseOptions& options,
                                 std::vector<std::string>* dropped = nullptr);

/// The remote specs that do not answer now (opened afresh with the
/// timeout), each as "spec: reason": which shard a failed search lost.
std::vector<std::string> failing_remote_shards(const std::vector<std::string>& specs,
                                               const SearchDatabaseOptions& options);

/// Opens one spec as open_for_search() does, without combining.
Xapian::Database open_one(const std::string& spec, const SearchDatabaseOptions& options);

}  // namespace telusur
