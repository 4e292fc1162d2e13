// The layout of a sharded database: a folder of shard databases with a
// Xapian stub file (XAPIANDB) listing them, which Xapian opens as one.
#pragma once

#include <string>
#include <vector>

namespace telusur::indexing {

/// "shard-000", "shard-001"...: the name of shard i in a sharded database.
std::string shard_name(std::size_t i);

/// The shard folders of the database at db_path, creating the layout for
/// a new sharded database. A plain database is its own single shard.
/// @param requested the shard count for a new database; an existing one
///        keeps its own (a different explicit count >1 is an error).
/// @throws DatabaseError
std::vector<std::string> shard_paths(const std::string& db_path, unsigned requested);

}  // namespace telusur::indexing
