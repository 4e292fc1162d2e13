// What telusur-query loads at start: never the entity model or gazetteer
// (issue 15). Query entities and entity filters are resolved from the
// database's own terms, with or without entities indexed.
#include "tests/test_support.h"

#include <gtest/gtest.h>

namespace telusur {
namespace {

using namespace telusur::testing;

TEST(QueryStartup, NoEntityModelIsLoadedToSearch) {
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
    // A database with entities: the query's entities and the filter still
    // resolve, from the database alone.
    const auto tagged = run_command(no_model + kQueryBin + " --db " + quote(tmp.path("tagged.db")) + query);
    EXPECT_EQ(tagged.exit_code, 0) << tagged.err;
    EXPECT_NE(tagged.out.find("\"location:Korea Utara\""), std::string::npos) << tagged.out;
    EXPECT_NE(tagged.out.find("\"location:Kursk\""), std::string::npos) << tagged.out;
    EXPECT_NE(tagged.out.find("Kursk"), std::string::npos);
    // The control: the variable does keep the model from loading.
    const auto index = run_command(no_model + kIndexBin + " -q --db " + quote(tmp.path("again.db")) + " " + corpus);
    EXPECT_NE(index.exit_code, 0);
    EXPECT_NE(index.err.find("missing"), std::string::npos) << index.err;
}

}  // namespace
}  // namespace telusur
