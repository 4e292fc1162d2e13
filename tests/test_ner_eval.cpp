// CI check of entity F1 on the shared gold data: runs `telusur-eval ner
// --json` over /work/shared/ner and fails below the floor per file. Skipped
// where the shared data is absent (a user's fresh clone).
//
// Floors: the micro F1 the committed model reaches on each shared file,
// minus 1 point (a regression guard, not the targets). These files
// are training data (except nerugm), so the levels are training fit:
//   idner-news-2k 94.0 -> 93.0 (target 85: met here; held-out dev 87.0, 3-fold mean, met)
//   nerui         98.3 -> 97.3 (target 85: met here; held-out dev 88.3, met)
//   nerugm        76.55 -> 75.5 (target 75: met here; never trained on, its
//                 annotation conflicts with idner-news-2k on the same
//                 sentences; held-out dev 71.5, NOT met)
//   nergrit       96.3 -> 95.3 (target 75: met here; held-out dev 77.0 over
//                 3 folds, 74.0-78.6 per fold)
//   luthfi-wiki-gold 98.4 -> 97.4, nerp 96.5 -> 95.5 (PER+LOC only; no targets)
// Held-out (dev split) scores and how they are measured: docs/entities.md.
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

constexpr std::array<Floor, 6> kFloors = {{{"idner-news-2k.conll", 93.0},
                                           {"nerui.conll", 97.3},
                                           {"nerugm.conll", 75.5},
                                           {"nergrit.conll", 95.3},
                                           {"luthfi-wiki-gold.conll", 97.4},
                                           {"nerp.conll", 95.5}}};

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
