#include "common/indexing/parts.h"

#include "common/errors.h"

#include <xapian.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>

namespace fs = std::filesystem;

namespace telusur::indexing {

std::string parts_folder(const std::string& db_path) { return db_path + ".parts"; }

std::string part_name(std::size_t i) {
    char name[32];
    std::snprintf(name, sizeof name, "part-%03zu", i);
    return name;
}

std::vector<std::string> list_parts(const std::string& folder) {
    std::vector<std::string> parts;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(folder, ec)) {
        const std::string name = entry.path().filename().string();
        const bool part_like = name.rfind("part-", 0) == 0 || name.rfind("shard-", 0) == 0;
        if (part_like && fs::exists(entry.path() / "iamglass")) parts.push_back(entry.path().string());
    }
    std::sort(parts.begin(), parts.end());
    return parts;
}

bool is_new_database(const std::string& db_path) {
    std::error_code ec;
    return !fs::exists(db_path, ec) || (fs::is_directory(db_path, ec) && fs::is_empty(db_path, ec));
}

void merge_parts(const std::vector<std::string>& part_paths, const std::string& db_path) {
    const std::string merging = db_path + ".merging";
    std::error_code ec;
    fs::remove_all(merging, ec);
    try {
        Xapian::Database all;
        for (const auto& path : part_paths) all.add_database(Xapian::Database(path));
        all.compact(merging);
    } catch (const Xapian::Error& e) {
        // Most likely a full disk: give the space of the partial merge back.
        fs::remove_all(merging, ec);
        const char* os_reason = e.get_error_string();  // "No space left on device"
        throw DatabaseError(merging + ": merging " + std::to_string(part_paths.size()) +
                            " parts failed: " + e.get_msg() + (os_reason ? std::string(" (") + os_reason + ")" : "") +
                            "; the partial merge was removed. Nothing committed is lost: the parts "
                            "are kept in " +
                            parts_folder(db_path) +
                            " and a rerun merges them (free some space "
                            "first if the disk is full)");
    }
    if (fs::exists(db_path)) fs::remove(db_path);  // an empty folder (is_new_database)
    fs::rename(merging, db_path);
    fs::remove_all(parts_folder(db_path));
}

bool clean_up_parts(const std::string& db_path) {
    std::error_code ec;
    fs::remove_all(db_path + ".merging", ec);  // a merge killed half way: the parts are still there
    const std::string folder = parts_folder(db_path);
    if (!fs::is_directory(folder, ec)) return false;
    if (!is_new_database(db_path) || list_parts(folder).empty()) {  // the merge finished, the clean-up did not
        fs::remove_all(folder);
        return false;
    }
    return true;
}

}  // namespace telusur::indexing
