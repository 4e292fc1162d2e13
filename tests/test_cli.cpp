// End to end: the real telusur-index and telusur-query binaries on corpus/.
#include "tests/test_support.h"

#include <nlohmann/json.hpp>
#include <xapian.h>

#include <gtest/gtest.h>

#include <filesystem>

namespace telusur {
namespace {

using testing::CommandResult;
using testing::quote;
using testing::run_command;
using testing::TempDir;

const std::string kCorpus = testing::kSourceDir + "/corpus/articles.jsonl";
const std::string kCorpusText = testing::kSourceDir + "/corpus/teks";

CommandResult index_cmd(const std::string& db, const std::string& args) {
    return run_command(testing::kIndexBin + " --db " + quote(db) + " " + args);
}

CommandResult query_cmd(const std::string& db, const std::string& args, const std::string& stdin_text = "") {
    return run_command(testing::kQueryBin + " --db " + quote(db) + " " + args, stdin_text);
}

/// One corpus database for the read-only tests of this file.
class CorpusIndex : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        dir_ = new TempDir;
        const auto r = index_cmd(db(), quote(kCorpus) + " " + quote(kCorpusText));
        ASSERT_EQ(r.exit_code, 0) << r.err;
        ASSERT_NE(r.err.find("33 added"), std::string::npos) << r.err;
    }
    static void TearDownTestSuite() { delete dir_; }
    static std::string db() { return dir_->path("db"); }
    static TempDir* dir_;
};
TempDir* CorpusIndex::dir_ = nullptr;

TEST_F(CorpusIndex, KurskArticleRanksFirst) {
    const auto r = query_cmd(db(), "--format json 'pasukan Korea Utara Kursk'");
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const auto json = nlohmann::json::parse(r.out);
    ASSERT_GE(json["results"].size(), 2u);
    EXPECT_EQ(json["results"][0]["id"], "telusur-012");
    EXPECT_NE(json["results"][0]["title"].get<std::string>().find("Kursk"), std::string::npos);
}

TEST_F(CorpusIndex, JsonOutputHasTheDocumentedFields) {
    const auto r = query_cmd(db(), "--format json --facets --limit 3 'Korea Utara'");
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const auto json = nlohmann::json::parse(r.out);
    for (const char* key : {"query", "parsed", "total_estimate", "results", "facets"})
        EXPECT_TRUE(json.contains(key)) << key;
    ASSERT_EQ(json["results"].size(), 3u);
    for (const char* key : {"rank", "id", "score", "title", "date", "source", "url", "snippet"})
        EXPECT_TRUE(json["results"][0].contains(key)) << key;
    EXPECT_EQ(json["results"][0]["rank"], 1);
    EXPECT_TRUE(json["facets"].contains("source"));
    EXPECT_TRUE(json["facets"].contains("category"));
}

TEST_F(CorpusIndex, SnippetLengthZeroTurnsSnippetsOff) {
    const auto with = nlohmann::json::parse(query_cmd(db(), "--format json 'Korea Utara'").out);
    const auto without = nlohmann::json::parse(query_cmd(db(), "--format json --snippet-length 0 'Korea Utara'").out);
    ASSERT_FALSE(with["results"].empty());
    EXPECT_FALSE(with["results"][0]["snippet"].get<std::string>().empty());
    ASSERT_EQ(without["results"].size(), with["results"].size());
    for (std::size_t i = 0; i < with["results"].size(); ++i) {
        EXPECT_EQ(without["results"][i]["id"], with["results"][i]["id"]);  // same ranking, less work
        EXPECT_EQ(without["results"][i]["snippet"], "");
    }
}

TEST_F(CorpusIndex, JsonIsValidForAwkwardQueries) {
    for (const std::string q : {"'\"Korea\" \\\\ \t tab'", "'ünïcödé 🙂'", "'AND'", "'-'", "'yang'", "'*'",
                                "'\"\"'", "'(('", "'judul:'"}) {
        const auto r = query_cmd(db(), "--format json " + q);
        EXPECT_TRUE(nlohmann::json::accept(r.out)) << q << ": " << r.out;
        const auto json = nlohmann::json::parse(r.out, nullptr, false);
        // Either an answer or an error message, never a crash.
        EXPECT_EQ(r.exit_code == 2, json.contains("error")) << q << ": " << r.err;
    }
}

TEST_F(CorpusIndex, ExitStatusLikeGrep) {
    EXPECT_EQ(query_cmd(db(), "beras").exit_code, 0);
    EXPECT_EQ(query_cmd(db(), "zzzyyyxxx").exit_code, 1);
    const auto bad = query_cmd(db(), "'\"Korea Utara'");
    EXPECT_EQ(bad.exit_code, 2);
    EXPECT_NE(bad.err.find("unbalanced quote"), std::string::npos);
    const auto unknown = query_cmd(db(), "'warna:merah'");
    EXPECT_EQ(unknown.exit_code, 2);
    EXPECT_NE(unknown.err.find("unknown field 'warna:'"), std::string::npos);
    EXPECT_EQ(run_command(testing::kQueryBin + " --db /nonexistent/db beras").exit_code, 2);
}

// Issue 17.3: nlohmann's dump() threw on invalid UTF-8, so a single query
// exited 2 with no JSON object and a batch stopped at that query.
TEST_F(CorpusIndex, InvalidUtf8QueryGetsItsOwnJsonError) {
    for (const char* format : {"json", "jsonl"}) {
        const auto r =
            query_cmd(db(), std::string("--format ") + format + " \"$(printf 'banjir \\377')\"");  // sh has no $'...'
        EXPECT_EQ(r.exit_code, 2) << format << ": " << r.err;
        ASSERT_TRUE(nlohmann::json::accept(r.out)) << format << ": " << r.out;
        const auto json = nlohmann::json::parse(r.out);
        EXPECT_EQ(json["error"], "query is not valid UTF-8 (byte 8)") << r.out;
        EXPECT_TRUE(json["results"].empty());
        EXPECT_NE(r.err.find("not valid UTF-8"), std::string::npos) << r.err;
    }
    for (const char* format : {"jsonl", "json"}) {
        const auto r =
            query_cmd(db(), std::string("--batch - --format ") + format, "a\tbanjir\nb\tbanjir \xff\nc\tgempa\n");
        EXPECT_EQ(r.exit_code, 0) << r.err;
        std::vector<nlohmann::json> lines;
        std::istringstream in(r.out);
        for (std::string line; std::getline(in, line);) {
            ASSERT_TRUE(nlohmann::json::accept(line)) << line;
            lines.push_back(nlohmann::json::parse(line));
        }
        ASSERT_EQ(lines.size(), 3u) << format << ": " << r.out << r.err;  // one answer per query, none skipped
        EXPECT_EQ(lines[0]["qid"], "a");
        EXPECT_FALSE(lines[0].contains("error"));
        EXPECT_EQ(lines[1]["qid"], "b");
        EXPECT_EQ(lines[1]["error"], "query is not valid UTF-8 (byte 8)");
        EXPECT_EQ(lines[2]["qid"], "c");
        EXPECT_FALSE(lines[2].contains("error"));
    }
}

// Issue 17.5: 0, negative, sub-millisecond or huge timeouts meant "no
// timeout".
TEST_F(CorpusIndex, TimeoutIsValidated) {
    for (const char* bad : {"0", "-1", "0.0001", "1e12", "inf", "nan", "abc"}) {
        const auto r = query_cmd(db(), std::string("--timeout ") + bad + " banjir");
        EXPECT_EQ(r.exit_code, 2) << bad;
        EXPECT_NE(r.err.find("--timeout"), std::string::npos) << bad << ": " << r.err;
        EXPECT_TRUE(r.out.empty()) << bad;
    }
    EXPECT_EQ(query_cmd(db(), "--timeout 0.5 banjir").exit_code, 0);
}

// Issue 17.8: usage errors exit 2 like grep, not with CLI11's codes (105,
// 104, 109...), and a query may start with the documented -word syntax.
TEST_F(CorpusIndex, UsageErrorsExitTwoAndDashWordsAreQueries) {
    for (const char* bad : {"--format xml banjir", "--limit -1 banjir", "--limit", "--nonsense banjir",
                            "--sort size banjir", "--highlight blink banjir", "--ranking nonsense=1 banjir", ""}) {
        const auto r = query_cmd(db(), bad);
        EXPECT_EQ(r.exit_code, 2) << bad << ": " << r.err;
        EXPECT_NE(r.err.find("telusur-query: error: "), std::string::npos) << bad << ": " << r.err;
    }
    EXPECT_EQ(run_command(testing::kQueryBin + " banjir").exit_code, 2);  // no --db
    EXPECT_EQ(run_command(testing::kIndexBin + " --db x --shards 0 y").exit_code, 2);
    EXPECT_EQ(run_command(testing::kIndexBin + " --db x --nonsense").exit_code, 2);
    EXPECT_EQ(run_command(testing::kEvalBin + " nonsense").exit_code, 2);
    EXPECT_EQ(run_command(testing::kEvalBin).exit_code, 2);

    const auto with_dashes = query_cmd(db(), "--format json -- '-Kursk Korea Utara'");
    ASSERT_EQ(with_dashes.exit_code, 0) << with_dashes.err;
    const auto expected = nlohmann::json::parse(with_dashes.out);
    EXPECT_NE(expected["parsed"].get<std::string>().find("AND_NOT kursk"), std::string::npos) << expected["parsed"];
    for (const std::string args : {"--format json '-Kursk Korea Utara'", "'-Kursk Korea Utara' --format json",
                                   "--format json -Kursk Korea Utara", "-Kursk --format json 'Korea Utara'"}) {
        const auto r = query_cmd(db(), args);
        ASSERT_EQ(r.exit_code, 0) << args << ": " << r.err;
        const auto json = nlohmann::json::parse(r.out);
        EXPECT_EQ(json["query"], "-Kursk Korea Utara") << args;
        EXPECT_EQ(json["parsed"], expected["parsed"]) << args;
        EXPECT_EQ(json["results"], expected["results"]) << args;
    }

    for (const std::string& bin : {testing::kQueryBin, testing::kIndexBin, testing::kEvalBin}) {
        const auto help = run_command(bin + " --help");
        EXPECT_EQ(help.exit_code, 0) << bin << ": " << help.err;
        EXPECT_NE(help.out.find("--"), std::string::npos) << bin;
        EXPECT_EQ(run_command(bin + " -h").exit_code, 0) << bin;
    }
    for (const std::string& bin : {testing::kQueryBin, testing::kIndexBin}) {
        const auto version = run_command(bin + " --version");
        EXPECT_EQ(version.exit_code, 0) << bin;
        EXPECT_NE(version.out.find(TELUSUR_VERSION), std::string::npos) << bin << ": " << version.out;
    }
    const auto help = run_command(testing::kQueryBin + " --help");
    for (const char* field :
         {"judul:", "sumber:", "kategori:", "penulis:", "orang:", "organisasi:", "lokasi:", "tanggal:"})
        EXPECT_NE(help.out.find(field), std::string::npos) << field;
}

// Issue 17.9: --limit 4294967295 --offset 1 wrapped around to 0 results,
// --entity-boost inf gave "score": null and a negative boost was ignored.
TEST_F(CorpusIndex, NumbersAreValidated) {
    for (const char* bad :
         {"--limit 4294967295 --offset 1", "--limit 0", "--limit 1.5", "--offset -1", "--offset 4294967295",
          "--entity-boost inf", "--entity-boost -1", "--entity-boost nan", "--snippet-length -1"}) {
        const auto r = query_cmd(db(), std::string("--format json ") + bad + " 'Korea Utara'");
        EXPECT_EQ(r.exit_code, 2) << bad << ": " << r.out;
        EXPECT_NE(r.err.find("telusur-query: error: --"), std::string::npos) << bad << ": " << r.err;
        EXPECT_TRUE(r.out.empty()) << bad << ": " << r.out;
    }
    const auto most = query_cmd(db(), "--format json --limit 10000 --offset 1 'Korea Utara'");
    ASSERT_EQ(most.exit_code, 0) << most.err;
    const auto json = nlohmann::json::parse(most.out);
    EXPECT_FALSE(json["results"].empty());
    for (const auto& result : json["results"]) EXPECT_TRUE(result["score"].is_number()) << result;
    const auto boosted = query_cmd(db(), "--format json --entity-boost 5 'Korea Utara'");
    ASSERT_EQ(boosted.exit_code, 0) << boosted.err;
    const auto boosted_json = nlohmann::json::parse(boosted.out);  // kept alive for the loop (ASan)
    for (const auto& result : boosted_json["results"]) EXPECT_TRUE(result["score"].is_number()) << result;
}

// README: --format trec computes no snippets, in single-query mode too.
TEST_F(CorpusIndex, TrecOutputForOneQuery) {
    const auto r = query_cmd(db(), "--format trec --limit 1 --run-name t Kursk");
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(r.out.substr(0, 19), "1 Q0 telusur-012 1 ") << r.out;
    EXPECT_EQ(r.out.substr(r.out.size() - 3), " t\n") << r.out;
}

TEST_F(CorpusIndex, NaturalLanguageQuestionsWork) {
    const auto r = query_cmd(db(), "--format json 'Berapa harga beras di NTT ?'");
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(nlohmann::json::parse(r.out)["results"][0]["id"], "telusur-011");
}

TEST_F(CorpusIndex, FiltersAndDates) {
    auto ids = [&](const std::string& args) {
        std::vector<std::string> out;
        const auto r = query_cmd(db(), "--format json --limit 50 " + args);
        const auto json = nlohmann::json::parse(r.out);  // kept alive for the loop
        for (const auto& res : json["results"]) out.push_back(res["id"]);
        return out;
    };
    for (const auto& id : ids("'Korea sumber:\"Kabar Pagi\"'")) EXPECT_EQ(id, "telusur-012");
    EXPECT_EQ(ids("'banjir tanggal:2024-12-03'").size(), 2u);
    const auto december = query_cmd(db(), "--format json --limit 50 --from 2024-12-01 --to 2024-12-31 banjir");
    const auto december_json = nlohmann::json::parse(december.out);
    EXPECT_GE(december_json["results"].size(), 2u);
    for (const auto& res : december_json["results"]) EXPECT_EQ(res["date"].get<std::string>().substr(0, 7), "2024-12");
    EXPECT_TRUE(ids("--to 2024-11-30 banjir").empty());
    const auto by_date = ids("--sort date 'Korea OR banjir'");
    ASSERT_GE(by_date.size(), 3u);
    EXPECT_GE(by_date[0], by_date[1]);  // ids follow date order in corpus/
}

TEST_F(CorpusIndex, BatchModeJsonLinesAndTrec) {
    const std::string queries = "q1\tpasukan Korea Utara Kursk\nq2\tharga beras\n\nq3\t\"tidak seimbang\n";
    const auto r = query_cmd(db(), "--batch - --format jsonl --limit 5", queries);
    EXPECT_EQ(r.exit_code, 0) << r.err;
    std::vector<nlohmann::json> lines;
    std::istringstream in(r.out);
    for (std::string line; std::getline(in, line);) lines.push_back(nlohmann::json::parse(line));
    ASSERT_EQ(lines.size(), 3u);
    EXPECT_EQ(lines[0]["qid"], "q1");
    EXPECT_EQ(lines[0]["results"][0]["id"], "telusur-012");
    EXPECT_EQ(lines[1]["qid"], "q2");
    EXPECT_TRUE(lines[2].contains("error"));

    const auto trec = query_cmd(db(), "--batch - --format trec --limit 2 --run-name t", "q1\tKursk\n");
    EXPECT_EQ(trec.out.substr(0, trec.out.find('\n')).substr(0, 19), "q1 Q0 telusur-012 1");
}

TEST_F(CorpusIndex, TextOutputIsPlainWhenPiped) {
    const auto r = query_cmd(db(), "--limit 1 Kursk");
    EXPECT_EQ(r.out.find('\033'), std::string::npos);
    EXPECT_NE(r.out.find("Kursk"), std::string::npos);
    const auto marked = query_cmd(db(), "--limit 1 --highlight markers Kursk");
    EXPECT_NE(marked.out.find("[Kursk]"), std::string::npos) << marked.out;
}

TEST_F(CorpusIndex, AnalyzeShowsTokens) {
    const auto r = run_command(testing::kIndexBin + " analyze --format json 'Pasukan tentara-tentara 10.000'");
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const auto json = nlohmann::json::parse(r.out);
    ASSERT_EQ(json["tokens"].size(), 4u);
    EXPECT_EQ(json["tokens"][3]["term"], "10.000");
}

TEST_F(CorpusIndex, XapiansOwnToolsOpenTheDatabase) {
    const auto check = run_command("xapian-check " + quote(db()));
    EXPECT_EQ(check.exit_code, 0) << check.out << check.err;
    const auto quest = run_command("quest -d " + quote(db()) + " kursk");
    EXPECT_EQ(quest.exit_code, 0) << quest.err;
    EXPECT_NE(quest.out.find("telusur-012"), std::string::npos) << quest.out;  // document data shows the id
}

TEST(IndexCli, ReadsStandardInput) {
    TempDir tmp;
    std::ifstream in(kCorpus);
    const std::string corpus(std::istreambuf_iterator<char>(in), {});
    const auto r = run_command(testing::kIndexBin + " --db " + quote(tmp.path("db")) + " -", corpus);
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_NE(r.err.find("30 added"), std::string::npos) << r.err;
}

TEST(IndexCli, BadInputIsCountedAndTheRestIndexed) {
    TempDir tmp;
    const std::string good = R"({"id":"a","title":"Satu","body":"Isi satu."})";
    const std::string file = tmp.write("mixed.jsonl", good + "\n{broken\n" + R"({"id":"b","body":""})" + "\n" +
                                                          R"({"id":"c","body":"Isi tiga."})" + "\n");
    const auto r = index_cmd(tmp.path("db"), quote(file));
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_NE(r.err.find(file + ":2: error: not valid JSON"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find(file + ":3: error: missing body"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("2 added, 0 replaced, 0 unchanged, 2 skipped"), std::string::npos) << r.err;

    const auto strict = index_cmd(tmp.path("db2"), "--strict " + quote(file));
    EXPECT_EQ(strict.exit_code, 1);
    EXPECT_NE(strict.err.find("1 added"), std::string::npos) << strict.err;  // what came before is kept

    const auto nothing = index_cmd(tmp.path("db3"), quote(tmp.write("bad.jsonl", "{x\n")));
    EXPECT_EQ(nothing.exit_code, 1);
    EXPECT_EQ(index_cmd(tmp.path("db4"), "").exit_code, 2);  // usage
}

TEST(IndexCli, ReindexReplacesAndDeleteRemoves) {
    TempDir tmp;
    const std::string db = tmp.path("db");
    ASSERT_EQ(index_cmd(db, quote(kCorpus)).exit_code, 0);
    const auto again = index_cmd(db, quote(kCorpus));
    EXPECT_NE(again.err.find("0 added, 0 replaced, 30 unchanged"), std::string::npos) << again.err;

    const std::string changed = tmp.write(
        "changed.jsonl", R"({"id":"telusur-011","title":"Harga beras turun","body":"Harga beras turun tajam."})"
                         "\n");
    EXPECT_NE(index_cmd(db, quote(changed)).err.find("0 added, 1 replaced"), std::string::npos);
    EXPECT_EQ(query_cmd(db, "--format json 'judul:turun'").exit_code, 0);

    const auto del = index_cmd(db, "--delete telusur-011 nope");
    EXPECT_EQ(del.exit_code, 0) << del.err;
    EXPECT_NE(del.err.find("1 deleted (1 ids not found)"), std::string::npos) << del.err;
    EXPECT_EQ(query_cmd(db, "'judul:turun'").exit_code, 1);
    const auto count = query_cmd(db, "--format json --limit 100 'tanggal:2000..2100'");
    EXPECT_EQ(nlohmann::json::parse(count.out)["results"].size(), 29u);
}

TEST(IndexCli, InterruptedRunLeavesAUsableDatabaseThatARerunCompletes) {
    TempDir tmp;
    std::string many;
    for (int i = 0; i < 20000; ++i)
        many += R"({"id":"n)" + std::to_string(i) + R"(","title":"Berita )" + std::to_string(i) +
                R"(","body":"Isi berita tentang pasar, harga dan cuaca hari ke )" + std::to_string(i) + ".\"}\n";
    const std::string file = tmp.write("many.jsonl", many);
    const std::string db = tmp.path("db");
    // SIGINT shortly after start: the indexer commits what it has and exits 130.
    const auto r = run_command("timeout --preserve-status -s INT 0.7 " + testing::kIndexBin +
                               " --commit-every 500 --db " + quote(db) + " " + quote(file));
    if (r.exit_code == 0) GTEST_SKIP() << "indexing finished before the interrupt; machine too fast for this test";
    EXPECT_EQ(r.exit_code, 130) << r.err;
    EXPECT_NE(r.err.find("interrupted"), std::string::npos) << r.err;
    EXPECT_LE(query_cmd(db, "--format json berita").exit_code, 1);  // opens fine

    const auto rerun = index_cmd(db, quote(file));
    EXPECT_EQ(rerun.exit_code, 0) << rerun.err;
    const auto total = query_cmd(db, "--format json --limit 1 berita");
    EXPECT_EQ(nlohmann::json::parse(total.out)["total_estimate"], 20000);
}

TEST(IndexCli, SchemaVersionMismatchIsAClearError) {
    TempDir tmp;
    const std::string db = tmp.path("db");
    ASSERT_EQ(index_cmd(db, quote(kCorpus)).exit_code, 0);
    {
        Xapian::WritableDatabase w(db);
        w.set_metadata("telusur.schema_version", "0");
        w.commit();
    }
    const auto q = query_cmd(db, "beras");
    EXPECT_EQ(q.exit_code, 2);
    EXPECT_NE(q.err.find("schema version 0"), std::string::npos) << q.err;
    EXPECT_EQ(index_cmd(db, quote(kCorpus)).exit_code, 2);
}

}  // namespace
}  // namespace telusur
