// What telusur-query loads at start: a database indexed with --no-entities
// must be searchable without the entity model and gazetteer (issue 13:
// every metadata key is read where it matters).
#include "tests/test_support.h"

#include <gtest/gtest.h>

namespace telusur {
namespace {

using namespace telusur::testing;

TEST(QueryStartup, NoEntityDataIsLoadedForADatabaseIndexedWithout) {
    const TempDir tmp;
    const std::string corpus = quote(kSourceDir + "/corpus/articles.jsonl");
    ASSERT_EQ(run_command(kIndexBin + " -q --no-entities --db " + quote(tmp.path("plain.db")) + " " + corpus).exit_code,
              0);
    ASSERT_EQ(run_command(kIndexBin + " -q --db " + quote(tmp.path("tagged.db")) + " " + corpus).exit_code, 0);
    // Entity data that cannot be loaded: any attempt to load it fails.
    const std::string no_model = "TELUSUR_MODEL_DIR=" + quote(tmp.path("missing")) + " ";
    const std::string query = " --format jsonl 'pasukan Korea Utara lokasi:Kursk OR Kursk'";
    const auto plain = run_command(no_model + kQueryBin + " --db " + quote(tmp.path("plain.db")) + query);
    EXPECT_EQ(plain.exit_code, 0) << plain.err;
    EXPECT_NE(plain.out.find("\"results\""), std::string::npos);
    // The control: a database with entities does need the data.
    const auto tagged = run_command(no_model + kQueryBin + " --db " + quote(tmp.path("tagged.db")) + query);
    EXPECT_EQ(tagged.exit_code, 2);
    EXPECT_NE(tagged.err.find("missing"), std::string::npos) << tagged.err;
}

}  // namespace
}  // namespace telusur
