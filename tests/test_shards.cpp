// Scaling out: parallel indexing, sharded databases, remote shards served by
// Xapian's xapian-tcpsrv (down or slow shards, --allow-partial) and
// replication with xapian-replicate. Everything runs on 127.0.0.1 ports the
// test picks, and every process it starts is stopped at the end.
#include "common/errors.h"
#include "common/search.h"
#include "tests/test_support.h"

#include <nlohmann/json.hpp>
#include <xapian.h>

#include <gtest/gtest.h>

#include <sys/wait.h>

#include <chrono>
#include <filesystem>
#include <thread>

namespace telusur {
namespace {

using testing::BackgroundProcess;
using testing::free_port;
using testing::have_command;
using testing::quote;
using testing::run_command;
using testing::TempDir;
using testing::wait_for_port;

const std::string kCorpus = testing::kSourceDir + "/corpus/articles.jsonl";

std::vector<std::string> result_ids(const nlohmann::json& json) {
    std::vector<std::string> ids;
    for (const auto& r : json["results"]) ids.push_back(r["id"]);
    return ids;
}

nlohmann::json query_json(const std::string& db_args, const std::string& args) {
    const auto r = run_command(testing::kQueryBin + " " + db_args + " --format json " + args);
    EXPECT_LE(r.exit_code, 1) << r.err;
    return nlohmann::json::parse(r.out, nullptr, false);
}

/// Splits corpus/articles.jsonl into two files by line parity.
std::pair<std::string, std::string> split_corpus(const TempDir& tmp) {
    std::ifstream in(kCorpus);
    std::string even, odd, line;
    for (int i = 0; std::getline(in, line); ++i) (i % 2 ? odd : even) += line + "\n";
    return {tmp.write("even.jsonl", even), tmp.write("odd.jsonl", odd)};
}

const char* const kQueries[] = {"'pasukan Korea Utara Kursk'", "'harga beras'", "'banjir OR gempa'",
                                "'kategori:politik'"};

TEST(Scale, ThreadedIndexingEqualsSequential) {
    TempDir tmp;
    for (const char* threads : {"1", "2", "3"})
        ASSERT_EQ(run_command(testing::kIndexBin + " --threads " + threads + " --db " + quote(tmp.path(threads)) + " " +
                              quote(kCorpus))
                      .exit_code,
                  0);
    for (const char* q : kQueries) {
        const auto one = query_json("--db " + quote(tmp.path("1")), std::string("--facets --limit 50 ") + q);
        for (const char* threads : {"2", "3"}) {
            const auto many = query_json("--db " + quote(tmp.path(threads)), std::string("--facets --limit 50 ") + q);
            EXPECT_EQ(result_ids(many), result_ids(one)) << q;
            EXPECT_EQ(many["facets"], one["facets"]) << q;
        }
    }
}

TEST(Scale, ShardedDatabaseAnswersLikeASingleOne) {
    TempDir tmp;
    const std::string single = tmp.path("single"), sharded = tmp.path("sharded");
    ASSERT_EQ(run_command(testing::kIndexBin + " --db " + quote(single) + " " + quote(kCorpus)).exit_code, 0);
    const auto r = run_command(testing::kIndexBin + " --shards 3 --db " + quote(sharded) + " " + quote(kCorpus));
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_TRUE(std::filesystem::exists(sharded + "/XAPIANDB"));
    EXPECT_TRUE(std::filesystem::exists(sharded + "/shard-002"));
    for (const char* q : kQueries) {
        const auto a = query_json("--db " + quote(single), std::string("--facets --limit 50 ") + q);
        const auto b = query_json("--db " + quote(sharded), std::string("--facets --limit 50 ") + q);
        EXPECT_EQ(result_ids(b), result_ids(a)) << q;
        EXPECT_EQ(b["facets"], a["facets"]) << q;
        EXPECT_EQ(b["timeline"], a["timeline"]) << q;
        ASSERT_EQ(a["results"].size(), b["results"].size());
        for (std::size_t i = 0; i < a["results"].size(); ++i)
            EXPECT_NEAR(a["results"][i]["score"].get<double>(), b["results"][i]["score"].get<double>(), 1e-9);
    }
    // Updates and deletes find their shard: no duplicates, nothing left behind.
    const std::string update =
        tmp.write("u.jsonl", R"({"id":"telusur-011","title":"Harga beras turun","body":"Harga beras turun."})"
                             "\n");
    EXPECT_NE(run_command(testing::kIndexBin + " --db " + quote(sharded) + " " + quote(update)).err.find("1 replaced"),
              std::string::npos);
    EXPECT_EQ(run_command(testing::kIndexBin + " --db " + quote(sharded) + " --delete telusur-012").exit_code, 0);
    const auto all = query_json("--db " + quote(sharded), "--limit 100 'tanggal:2000..2100 OR judul:turun'");
    EXPECT_EQ(all["results"].size(), 29u);
    EXPECT_EQ(run_command(testing::kIndexBin + " --shards 2 --db " + quote(sharded) + " " + quote(kCorpus)).exit_code,
              2);
}

TEST(Scale, RemoteShardsThroughXapianTcpsrv) {
    if (!have_command("xapian-tcpsrv")) GTEST_SKIP() << "xapian-tcpsrv not installed (package xapian-tools)";
    TempDir tmp;
    const auto [even, odd] = split_corpus(tmp);
    const std::string db_a = tmp.path("a"), db_b = tmp.path("b"), single = tmp.path("single");
    ASSERT_EQ(run_command(testing::kIndexBin + " --db " + quote(db_a) + " " + quote(even)).exit_code, 0);
    ASSERT_EQ(run_command(testing::kIndexBin + " --db " + quote(db_b) + " " + quote(odd)).exit_code, 0);
    ASSERT_EQ(run_command(testing::kIndexBin + " --db " + quote(single) + " " + quote(kCorpus)).exit_code, 0);

    const int port_a = free_port(), port_b = free_port();
    BackgroundProcess server_a({"xapian-tcpsrv", "--interface", "127.0.0.1", "--port", std::to_string(port_a), db_a});
    BackgroundProcess server_b({"xapian-tcpsrv", "--interface", "127.0.0.1", "--port", std::to_string(port_b), db_b});
    ASSERT_TRUE(server_a.started() && server_b.started());
    ASSERT_TRUE(wait_for_port(port_a) && wait_for_port(port_b));
    const std::string remote = "--timeout 5 --db tcp://127.0.0.1:" + std::to_string(port_a) +
                               " --db tcp://127.0.0.1:" + std::to_string(port_b);

    for (const char* q : kQueries) {
        const auto local = query_json("--db " + quote(single), std::string("--facets --limit 50 ") + q);
        const auto both = query_json(remote, std::string("--facets --limit 50 ") + q);
        EXPECT_EQ(result_ids(both), result_ids(local)) << q;
        EXPECT_EQ(both["facets"], local["facets"]) << q;      // merged across shards
        EXPECT_EQ(both["timeline"], local["timeline"]) << q;  // counted once (issue 17: doubled)
        EXPECT_EQ(both["total_estimate"], local["total_estimate"]) << q;
    }

    server_b.stop();
    const auto t0 = std::chrono::steady_clock::now();
    const auto down = run_command(testing::kQueryBin + " " + remote + " Korea");
    EXPECT_EQ(down.exit_code, 2);
    EXPECT_NE(down.err.find(std::to_string(port_b)), std::string::npos) << down.err;  // names the shard
    EXPECT_LT(std::chrono::steady_clock::now() - t0, std::chrono::seconds(20));

    const auto partial =
        run_command(testing::kQueryBin + " " + remote + " --allow-partial --format json --limit 50 Korea");
    EXPECT_EQ(partial.exit_code, 0) << partial.err;
    EXPECT_NE(partial.err.find("warning"), std::string::npos);
    const auto json = nlohmann::json::parse(partial.out);
    EXPECT_EQ(json["partial"], true);
    ASSERT_FALSE(json["results"].empty());
    const auto only_a = query_json("--db " + quote(db_a), "--limit 50 Korea");
    EXPECT_EQ(result_ids(json), result_ids(only_a));
}

TEST(Scale, AShardFailingMidQueryIsNamed) {
    if (!have_command("xapian-tcpsrv")) GTEST_SKIP() << "xapian-tcpsrv not installed (package xapian-tools)";
    TempDir tmp;
    const auto [even, odd] = split_corpus(tmp);
    ASSERT_EQ(run_command(testing::kIndexBin + " --db " + quote(tmp.path("a")) + " " + quote(even)).exit_code, 0);
    ASSERT_EQ(run_command(testing::kIndexBin + " --db " + quote(tmp.path("b")) + " " + quote(odd)).exit_code, 0);
    const int port_a = free_port(), port_b = free_port();
    BackgroundProcess server_a(
        {"xapian-tcpsrv", "--interface", "127.0.0.1", "--port", std::to_string(port_a), tmp.path("a")});
    BackgroundProcess server_b(
        {"xapian-tcpsrv", "--interface", "127.0.0.1", "--port", std::to_string(port_b), tmp.path("b")});
    ASSERT_TRUE(server_a.started() && server_b.started());
    ASSERT_TRUE(wait_for_port(port_a) && wait_for_port(port_b));
    const std::string spec_b = "tcp://127.0.0.1:" + std::to_string(port_b);
    SearchDatabaseOptions options;
    options.remote_timeout = 5;
    // Opened while both answer; shard b goes down before the search.
    Searcher searcher({"tcp://127.0.0.1:" + std::to_string(port_a), spec_b}, options);
    server_b.stop();
    SearchRequest request;
    request.query = "Korea";
    try {
        searcher.search(request);
        FAIL() << "a search over a shard that went down must fail";
    } catch (const DatabaseError& e) {
        EXPECT_NE(std::string(e.what()).find(spec_b), std::string::npos) << e.what();  // names the shard
    }
}

TEST(Scale, SlowShardTimesOutInsteadOfHanging) {
    // A listener that accepts connections and never answers.
    const int fd = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    ASSERT_EQ(bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr), 0);
    ASSERT_EQ(listen(fd, 4), 0);
    socklen_t len = sizeof addr;
    getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len);
    const std::string spec = "tcp://127.0.0.1:" + std::to_string(ntohs(addr.sin_port));

    const auto t0 = std::chrono::steady_clock::now();
    const auto r = run_command(testing::kQueryBin + " --timeout 1 --db " + spec + " Korea");
    const auto elapsed = std::chrono::steady_clock::now() - t0;
    close(fd);
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_NE(r.err.find(spec), std::string::npos) << r.err;
    EXPECT_LT(elapsed, std::chrono::seconds(10));
}

TEST(Scale, ReplicationKeepsAReadReplicaInSync) {
    if (!have_command("xapian-replicate-server"))
        GTEST_SKIP() << "xapian-replicate-server not installed (xapian-tools)";
    TempDir tmp;
    const auto [even, odd] = split_corpus(tmp);
    const std::string master_dir = tmp.path("master"), master = master_dir + "/news", replica = tmp.path("replica");
    // Changesets are what xapian-replicate ships; the writer keeps them when asked.
    const std::string index = "XAPIAN_MAX_CHANGESETS=10 " + testing::kIndexBin + " --db " + quote(master) + " ";
    ASSERT_EQ(run_command(index + quote(even)).exit_code, 0);

    const int port = free_port();
    BackgroundProcess server(
        {"xapian-replicate-server", "--interface", "127.0.0.1", "--port", std::to_string(port), master_dir});
    ASSERT_TRUE(server.started() && wait_for_port(port));
    const std::string replicate = "xapian-replicate --host 127.0.0.1 --port " + std::to_string(port) +
                                  " --master news --one-shot " + quote(replica);
    auto r = run_command(replicate);
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(result_ids(query_json("--db " + quote(replica), "--limit 50 Korea")),
              result_ids(query_json("--db " + quote(master), "--limit 50 Korea")));

    ASSERT_EQ(run_command(index + quote(odd)).exit_code, 0);  // more news on the master
    r = run_command(replicate);
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const auto on_replica = query_json("--db " + quote(replica), "--limit 50 'tanggal:2000..2100'");
    EXPECT_EQ(on_replica["results"].size(), 30u);
    EXPECT_EQ(result_ids(query_json("--db " + quote(replica), "--limit 50 Korea")),
              result_ids(query_json("--db " + quote(master), "--limit 50 Korea")));
}

TEST(Scale, NewDatabaseIsBuiltInPartsAndMerged) {
    TempDir tmp;
    const std::string db = tmp.path("db");
    // The same id twice: the last record wins, as in a sequential run.
    const std::string file = tmp.write("dup.jsonl", R"({"id":"x","title":"Satu","body":"Kabar tentang gajah."})"
                                                    "\n"
                                                    R"({"id":"y","title":"Dua","body":"Kabar tentang kucing."})"
                                                    "\n"
                                                    R"({"id":"x","title":"Tiga","body":"Kabar tentang harimau."})"
                                                    "\n");
    const auto r = run_command(testing::kIndexBin + " --threads 2 --db " + quote(db) + " " + quote(file));
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_NE(r.err.find("2 added, 1 replaced"), std::string::npos) << r.err;
    EXPECT_FALSE(std::filesystem::exists(db + ".parts"));
    EXPECT_FALSE(std::filesystem::exists(db + ".merging"));
    EXPECT_EQ(Xapian::Database(db).get_doccount(), 2u);
    EXPECT_EQ(result_ids(query_json("--db " + quote(db), "harimau")), std::vector<std::string>{"x"});
    EXPECT_TRUE(result_ids(query_json("--db " + quote(db), "gajah")).empty());
}

TEST(Scale, PartsLeftByAKilledRunAreMergedByTheNextRun) {
    TempDir tmp;
    const auto [even, odd] = split_corpus(tmp);
    const std::string db = tmp.path("db");
    // What a run killed before its merge leaves: committed part databases.
    std::filesystem::create_directories(db + ".parts");
    ASSERT_EQ(
        run_command(testing::kIndexBin + " --threads 1 --db " + quote(db + ".parts/shard-000") + " " + quote(even))
            .exit_code,
        0);
    ASSERT_EQ(run_command(testing::kIndexBin + " --threads 1 --db " + quote(db + ".parts/shard-001") + " " + quote(odd))
                  .exit_code,
              0);

    const auto rerun = run_command(testing::kIndexBin + " --db " + quote(db) + " " + quote(kCorpus));
    ASSERT_EQ(rerun.exit_code, 0) << rerun.err;
    EXPECT_NE(rerun.err.find("0 added, 0 replaced, 30 unchanged"), std::string::npos) << rerun.err;
    EXPECT_FALSE(std::filesystem::exists(db + ".parts"));
    EXPECT_EQ(Xapian::Database(db).get_doccount(), 30u);
}

}  // namespace
}  // namespace telusur
