// A new unsharded database is built in parts, one per writer thread, in the
// folder DB.parts beside it, and the parts are merged into DB at the end.
#pragma once

#include <string>
#include <vector>

namespace telusur::indexing {

/// Where a new unsharded database is built in parts before the merge.
std::string parts_folder(const std::string& db_path);

/// "part-000", "part-001"...: the name of part i in the parts folder.
std::string part_name(std::size_t i);

/// The part databases in folder, in name order: folders named part-NNN, or
/// shard-NNN as earlier versions named them, that hold a database.
std::vector<std::string> list_parts(const std::string& folder);

/// True when db_path is missing or an empty folder.
bool is_new_database(const std::string& db_path);

/// Merges the part databases into a new database at db_path with Xapian's
/// compactor (what xapian-compact does), which also leaves it compact. The
/// merge goes to a temporary folder renamed into place, so db_path never
/// holds half a merge; the parts go last, so a run killed before that
/// merges again on the next start.
/// @throws DatabaseError when the merge fails (a full disk): the partial
///         merge is removed first, the parts are kept for a rerun.
void merge_parts(const std::vector<std::string>& part_paths, const std::string& db_path);

/// What a run killed while building a new database in parts left behind:
/// removes a half-done merge (DB.merging), and the parts when the merge
/// had finished. @return true when committed parts of an unfinished build
/// remain, for ParallelBuild to resume.
bool clean_up_parts(const std::string& db_path);

}  // namespace telusur::indexing
