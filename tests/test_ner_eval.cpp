// CI check of entity F1 on the shared gold data: runs `telusur-eval ner
// --json` over /work/shared/ner and fails below the floor per file. Skipped
// where the shared data is absent (a user's fresh clone).
//
// Floors: the targets where the committed model reaches them on the
// shared files (idner-news-2k 85, nerui 85, nergrit 75); elsewhere the level
// reached minus 1 point (nerugm 74.5 -> 73.5: trained without nerugm, whose
// annotation conflicts with idner-news-2k on the same sentences; nerp 90.0
// -> 89.0, PER+LOC only). These files are also training data, so this
// guards against regressions; held-out scores are in docs/entities.md.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <array>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <string>

namespace {

struct Floor {
    const char* file;
    double min_f1;  // micro F1, 0..100
};

constexpr std::array<Floor, 6> kFloors = {{{"idner-news-2k.conll", 85.0},
                                           {"nerui.conll", 85.0},
                                           {"nerugm.conll", 73.5},
                                           {"nergrit.conll", 75.0},
                                           {"luthfi-wiki-gold.conll", 85.0},
                                           {"nerp.conll", 89.0}}};

std::string run_capture(const std::string& cmd) {
    std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(cmd.c_str(), "r"), pclose);
    if (!pipe) return {};
    std::string out;
    char buf[4096];
    std::size_t n;
    while ((n = fread(buf, 1, sizeof buf, pipe.get())) > 0) out.append(buf, n);
    return out;
}

TEST(NerEval, SharedGoldMeetsFloors) {
    const std::filesystem::path dir = std::filesystem::path(TELUSUR_SHARED_DIR) / "ner";
    if (!std::filesystem::exists(dir / "idner-news-2k.conll"))
        GTEST_SKIP() << "shared NER gold data not found at " << dir << " (only present on the team machine)";
    std::string cmd = std::string(TELUSUR_EVAL_BIN) + " ner --json";
    for (const Floor& f : kFloors) cmd += " --gold '" + (dir / f.file).string() + "'";
    const auto report = nlohmann::json::parse(run_capture(cmd));
    ASSERT_EQ(report["files"].size(), kFloors.size());
    for (std::size_t i = 0; i < kFloors.size(); ++i) {
        const auto& file = report["files"][i];
        const double f1 = 100.0 * file["micro_f1"].get<double>();
        EXPECT_GE(f1, kFloors[i].min_f1) << kFloors[i].file << ": micro F1 " << f1 << " below floor";
    }
}

}  // namespace
