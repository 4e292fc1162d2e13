// The real clickid dump (25,388 articles): indexes all of it and checks the
// count and a few queries. Skipped where ../shared is absent.
#include "tests/test_support.h"

#include <nlohmann/json.hpp>

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

namespace telusur {
namespace {

using testing::quote;
using testing::run_command;

TEST(Clickid, IndexesTheWholeDumpAndAnswersQueries) {
    TELUSUR_REQUIRE_SHARED("corpus/clickid/articles.jsonl.gz");
    testing::TempDir tmp;
    const std::string db = tmp.path("db");
    const auto r = run_command(testing::kIndexBin + " --db " + quote(db) + " " +
                               quote(testing::kSharedDir + "/corpus/clickid/articles.jsonl.gz"));
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_NE(r.err.find("25388 added, 0 replaced, 0 unchanged, 0 skipped"), std::string::npos) << r.err;

    auto query = [&](const std::string& args) {
        const auto q = run_command(testing::kQueryBin + " --db " + quote(db) + " --format json " + args);
        EXPECT_LE(q.exit_code, 1) << q.err;
        return nlohmann::json::parse(q.out);
    };
    // Every article carries a date in this dump: a range over all of 2019 counts them all.
    EXPECT_EQ(query("--facets --facets-over all --limit 1 'tanggal:1990..2030'")["total_estimate"], 25388);
    // With facets over every match, every match is counted: the total is
    // exact (issue 17: 1,900 for 1,379 matches), and the timeline adds up to it.
    const auto timnas = query("--facets --facets-over all --limit 1 'timnas sepak bola'");
    const auto every =
        run_command(testing::kQueryBin + " --db " + quote(db) + " --format trec --limit 10000 'timnas sepak bola'");
    const auto lines = std::count(every.out.begin(), every.out.end(), '\n');
    EXPECT_EQ(timnas["total_estimate"].get<long>(), lines);
    long timeline_sum = 0;
    for (const auto& bucket : timnas["timeline"]["buckets"]) timeline_sum += bucket["count"].get<long>();
    EXPECT_EQ(timeline_sum, lines);
    const auto kim = query("--limit 10 'Kim Jong Un'");
    ASSERT_EQ(kim["results"].size(), 10u);
    EXPECT_NE(kim["results"][0]["title"].get<std::string>().find("Kim"), std::string::npos);
    const auto persija = query("--limit 5 'judul:Persija sumber:Kompas.com'");
    ASSERT_FALSE(persija["results"].empty());
    for (const auto& res : persija["results"]) EXPECT_EQ(res["source"], "Kompas.com");

    // One process answers the committed facet queries the same whichever
    // came before: in file order and reversed (the names a query resolves
    // are memoized; before session 34, names whose rules lead back to
    // themselves took the key of whichever was asked first: 5 of 613).
    std::ifstream query_file(testing::kSourceDir + "/tests/eval/data/facet_queries.tsv");
    std::vector<std::string> batch;
    for (std::string line; std::getline(query_file, line);)
        if (!line.empty() && line[0] != '#') batch.push_back(line);
    ASSERT_GE(batch.size(), 100u);
    auto answers_in_order = [&](const std::vector<std::string>& lines, const std::string& name) {
        {
            std::ofstream file(tmp.path(name));
            for (const auto& line : lines) file << line << '\n';
        }
        const auto run = run_command(testing::kQueryBin + " --db " + quote(db) +
                                     " --facets --format jsonl --snippet-length 0 --batch " + quote(tmp.path(name)));
        EXPECT_EQ(run.exit_code, 0) << run.err;
        std::map<std::string, std::string> by_qid;
        std::istringstream out(run.out);
        for (std::string line; std::getline(out, line);) {
            const auto answer = nlohmann::json::parse(line);
            by_qid[answer["qid"].get<std::string>()] = line;
        }
        return by_qid;
    };
    const auto forward = answers_in_order(batch, "forward.tsv");
    const auto reversed = answers_in_order(std::vector<std::string>(batch.rbegin(), batch.rend()), "reversed.tsv");
    ASSERT_EQ(forward.size(), batch.size());
    for (const auto& [qid, answer] : forward) EXPECT_EQ(answer, reversed.at(qid)) << qid;
}

TEST(IndosumDev, ArticlesWithoutTitlesAreIndexed) {
    TELUSUR_REQUIRE_SHARED("corpus/indosum-dev/articles.jsonl.gz");
    testing::TempDir tmp;
    const auto r = run_command(testing::kIndexBin + " --db " + quote(tmp.path("db")) + " " +
                               quote(testing::kSharedDir + "/corpus/indosum-dev/articles.jsonl.gz"));
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_NE(r.err.find(" 0 skipped"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace telusur
