#include "common/indexing/shards.h"

#include "common/errors.h"

#include <cstdio>
#include <filesystem>
#include <fstream>

namespace fs = std::filesystem;

namespace telusur::indexing {

namespace {
constexpr const char* kStubFile = "XAPIANDB";  // Xapian opens a folder holding it as all listed shards
}  // namespace

std::string shard_name(std::size_t i) {
    char name[32];
    std::snprintf(name, sizeof name, "shard-%03zu", i);
    return name;
}

std::vector<std::string> shard_paths(const std::string& db_path, unsigned requested) {
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

}  // namespace telusur::indexing
