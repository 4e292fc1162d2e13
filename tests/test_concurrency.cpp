// Readers while a writer commits (issue 17, defect 1): a search that meets
// Xapian's DatabaseModifiedError reopens the database and runs again, in the
// library, in telusur-query and in its batch mode.
#include "common/indexing.h"
#include "common/search.h"
#include "tests/test_support.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <iostream>
#include <future>

namespace telusur {
namespace {

using testing::quote;
using testing::run_command;
using testing::TempDir;

/// About 300 words of news-like text, different for each article, so the
/// indexer writes at a news dump's pace (hundreds of articles a second).
std::string long_body(int i) {
    static const char* const kWords[] = {
        "pemerintah", "warga",   "banjir",   "sungai",   "hujan",    "jalan",   "rumah",     "sekolah",
        "pasar",      "harga",   "beras",    "minyak",   "presiden", "menteri", "gubernur",  "kota",
        "desa",       "polisi",  "pasukan",  "korea",    "utara",    "jakarta", "bandung",   "surabaya",
        "medan",      "ekonomi", "politik",  "olahraga", "timnas",   "bola",    "pemilu",    "partai",
        "dewan",      "rakyat",  "anggaran", "proyek",   "jembatan", "bandara", "pelabuhan", "kapal"};
    std::string body;
    unsigned x = static_cast<unsigned>(i) * 2654435761u + 1;
    for (int w = 0; w < 300; ++w) {
        x = x * 1103515245u + 12345u;
        body += kWords[(x >> 16) % 40];
        body += (w % 12 == 11) ? ". " : " ";
    }
    return body;
}

Article numbered_article(int i, int version) {
    Article a;
    a.id = "art-" + std::to_string(i);
    a.title = "Banjir di kota " + std::to_string(i % 37) + " versi " + std::to_string(version);
    a.body = "Hujan deras membuat sungai meluap dan banjir merendam rumah warga di kota " + std::to_string(i % 37) +
             ". Versi berita " + std::to_string(version) + ", nomor " + std::to_string(i) + ". " + long_body(i);
    a.date = "2024-11-" + std::to_string(10 + i % 18);
    a.source = "Kabar " + std::to_string(i % 5);
    return a;
}

TEST(Concurrency, ASearchReopensWhenTheDatabaseChangedUnderIt) {
    TempDir tmp;
    const std::string path = tmp.path("db");
    {
        IndexWriter writer(path, "snowball", false);
        for (int i = 0; i < 300; ++i) writer.upsert(numbered_article(i, 0));
        writer.commit();
    }
    Searcher searcher(std::vector<std::string>{path});
    SearchRequest request;
    request.query = "banjir kota";
    request.facets = true;
    ASSERT_EQ(searcher.search(request).total_estimate, 300u);
    {
        // Several commits that rewrite every article: the blocks the
        // searcher's revision needs are reused.
        IndexWriter writer(path, "snowball", false);
        for (int version = 1; version <= 4; ++version) {
            for (int i = 0; i < 300; ++i) writer.upsert(numbered_article(i, version));
            for (int i = 300; i < 300 + 50 * version; ++i) writer.upsert(numbered_article(i, version));
            writer.commit();
        }
    }
    const auto response = searcher.search(request);
    EXPECT_EQ(response.total_estimate, 500u);  // the newest revision
}

// The searcher memoizes the query-entity look-ups of one revision
// (QueryEntityMemo): a name the first revision did not know must be found
// once a commit adds it and the searcher reopens.
TEST(Concurrency, AReopenedSearcherFindsQueryEntitiesOfTheNewRevision) {
    TempDir tmp;
    const std::string path = tmp.path("db");
    Article weather;
    weather.id = "weather", weather.title = "Hujan deras di kota", weather.date = "2024-11-04";
    weather.body = "Hujan deras membuat sungai meluap dan pasukan pemadam kebakaran bersiaga.";
    {
        IndexWriter writer(path, "snowball");
        writer.upsert(weather);
        writer.commit();
    }
    Searcher searcher(std::vector<std::string>{path});
    SearchRequest request;
    request.query = "pasukan korea utara kursk";
    ASSERT_TRUE(searcher.search(request).query_entities.empty());
    // The second search reads the entity terms into memory (EntityLexicon):
    // the reopen below must not leave the searcher with this revision's.
    ASSERT_TRUE(searcher.search(request).query_entities.empty());
    {
        IndexWriter writer(path, "snowball");
        Article troops;
        troops.id = "troops", troops.title = "Pasukan Korea Utara tiba di Kursk", troops.date = "2024-11-05";
        troops.body = "Juru bicara Zulkifli Hasan mengatakan pasukan Korea Utara sudah tiba di Kursk.";
        writer.upsert(troops);
        writer.commit();
    }
    ASSERT_TRUE(searcher.reopen());
    const auto entities = searcher.search(request).query_entities;
    EXPECT_NE(std::find(entities.begin(), entities.end(), "location:Korea Utara"), entities.end());
}

TEST(Concurrency, QueriesWhileAnIndexerCommitsEvery100Articles) {
    TempDir tmp;
    const std::string db = tmp.path("db");
    {
        std::ofstream first(tmp.path("first.jsonl")), more(tmp.path("more.jsonl"));
        for (int i = 0; i < 8000; ++i) {
            const Article a = numbered_article(i, i < 500 ? 0 : 1);
            const std::string line = "{\"id\":\"" + a.id + "\",\"title\":\"" + a.title + "\",\"body\":\"" + a.body +
                                     "\",\"date\":\"" + a.date + "\",\"source\":\"" + a.source + "\"}\n";
            (i < 500 ? first : more) << line;
        }
    }
    ASSERT_EQ(
        run_command(testing::kIndexBin + " -q --no-entities --db " + quote(db) + " " + quote(tmp.path("first.jsonl")))
            .exit_code,
        0);
    // An update of the existing database, committing every 100 articles.
    auto indexer = std::async(std::launch::async, [&] {
        return run_command(testing::kIndexBin + " -q --no-entities --commit-every 100 --threads 1 --db " + quote(db) +
                           " " + quote(tmp.path("more.jsonl")));
    });
    std::string batch;
    for (int i = 0; i < 40; ++i) batch += "q" + std::to_string(i) + "\tbanjir kota " + std::to_string(i) + "\n";
    int singles = 0, batches = 0, failures = 0;
    std::string errors;
    while (indexer.wait_for(std::chrono::milliseconds(0)) != std::future_status::ready && singles < 400) {
        const auto single =
            run_command(testing::kQueryBin + " --db " + quote(db) + " --facets --format json 'banjir rumah warga'");
        ++singles;
        if (single.exit_code != 0) ++failures, errors += single.err;
        const auto many = run_command(testing::kQueryBin + " --db " + quote(db) + " --format jsonl --batch -", batch);
        ++batches;
        if (many.exit_code != 0 || std::count(many.out.begin(), many.out.end(), '\n') != 40)
            ++failures, errors += many.err;
    }
    const auto indexed = indexer.get();
    ASSERT_EQ(indexed.exit_code, 0) << indexed.err;
    EXPECT_GT(singles, 10) << "the indexer finished before the queries could overlap it";
    std::cout << "[          ] " << singles << " single queries and " << batches << " batches of 40 while indexing\n";
    EXPECT_EQ(failures, 0) << singles << " single queries and " << batches << " batches; " << errors;
    const auto all = run_command(testing::kQueryBin + " --db " + quote(db) + " --facets --format json 'banjir'");
    EXPECT_NE(all.out.find("\"total_estimate\": 8000"), std::string::npos) << all.out.substr(0, 300);
}

}  // namespace
}  // namespace telusur
