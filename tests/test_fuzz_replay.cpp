// Replays through the fuzz entry points (tests/fuzz/entry_points.h), in the
// normal build, every seed input and every input a fuzzer once crashed on
// (tests/fuzz/regressions/<target>/): a fixed defect stays fixed without
// clang or libFuzzer.
#include "tests/fuzz/entry_points.h"
#include "tests/test_support.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

namespace telusur {
namespace fuzz {
// gtest prints a parameter by this, not as bytes.
void PrintTo(const Target& target, std::ostream* os) { *os << target.name; }
}  // namespace fuzz
namespace {

namespace fs = std::filesystem;

std::vector<fs::path> files_under(const fs::path& dir) {
    std::vector<fs::path> files;
    if (fs::is_directory(dir))
        for (const auto& entry : fs::directory_iterator(dir))
            if (entry.is_regular_file() && entry.path().filename() != "README.md") files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    return files;
}

std::string slurp(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

class FuzzReplay : public ::testing::TestWithParam<fuzz::Target> {
protected:
    static std::size_t replay(const fuzz::Target& target, const fs::path& dir) {
        const auto files = files_under(dir);
        for (const auto& file : files) {
            const std::string bytes = slurp(file);
            try {
                target.run(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
            } catch (const std::exception& e) {
                ADD_FAILURE() << file << ": " << e.what();
            }
        }
        return files.size();
    }
    const fs::path root_ = fs::path(testing::kSourceDir) / "tests" / "fuzz";
};

TEST_P(FuzzReplay, SeedCorpus) {
    // An empty seed corpus would make the fuzzer start from nothing.
    EXPECT_GT(replay(GetParam(), root_ / "corpus" / GetParam().name), 0u);
}

TEST_P(FuzzReplay, CrashRegressions) { replay(GetParam(), root_ / "regressions" / GetParam().name); }

INSTANTIATE_TEST_SUITE_P(Targets, FuzzReplay, ::testing::ValuesIn(fuzz::targets()),
                         [](const auto& info) { return std::string(info.param.name); });

}  // namespace
}  // namespace telusur
