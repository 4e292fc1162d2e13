// The indexing job in-process (run_indexing): --strict, empty inputs, stop
// requests, the lock that keeps two runs apart, failed merges and resuming
// an unfinished parallel build. Regression tests for issue 17.
#include "common/errors.h"
#include "common/indexing.h"
#include "common/indexing/parts.h"

#include "tests/test_support.h"

#include <gtest/gtest.h>
#include <xapian.h>

#include <csignal>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <functional>

namespace telusur {
namespace {

namespace fs = std::filesystem;
using testing::TempDir;

const std::string kCorpus = testing::kSourceDir + "/corpus/articles.jsonl";

struct RecordingObserver : IndexObserver {
    std::vector<InputIssue> issues;
    std::function<void(const InputIssue&)> also;
    void on_issue(const InputIssue& issue) override {
        issues.push_back(issue);
        if (also) also(issue);
    }
};

IndexOptions quick_options(unsigned threads) {
    IndexOptions options;
    options.threads = threads;
    options.entities = false;  // the tagger is not what these tests are about
    return options;
}

std::string article(const std::string& id, const std::string& body) {
    return R"({"id":")" + id + R"(","title":"Judul )" + id + R"(","body":")" + body + "\"}\n";
}

Xapian::doccount doc_count(const std::string& db) { return Xapian::Database(db).get_doccount(); }

// Issue 17.10: --strict went on reading (and reporting) bad records up to
// the next good one.
TEST(Indexing, StrictStopsAtTheFirstBadRecord) {
    for (unsigned threads : {1u, 2u}) {
        TempDir tmp;
        const std::string input = tmp.write("in.jsonl", article("a", "Kabar pertama.") + "{bad json\n" +
                                                            "{bad json again\n" + article("b", "Kabar kedua.") +
                                                            "[3]\n");
        IndexOptions options = quick_options(threads);
        options.strict = true;
        RecordingObserver observer;
        const IndexStats stats = run_indexing(tmp.path("db"), {input}, {}, options, observer);
        EXPECT_TRUE(stats.strict_failure);
        ASSERT_EQ(observer.issues.size(), 1u) << "threads " << threads;
        EXPECT_EQ(observer.issues[0].line, 2u);
        EXPECT_EQ(stats.skipped_total(), 1u);
        EXPECT_EQ(stats.added, 1u);
    }
}

// Issue 17.11: "0 added" and exit status 1 without a word of why.
TEST(Indexing, EmptyInputSaysWhy) {
    TempDir tmp;
    fs::create_directories(tmp.path("empty-folder"));
    tmp.write("only-other-files/notes.md", "bukan berita");
    RecordingObserver observer;
    auto stats = run_indexing(tmp.path("db1"), {tmp.path("empty-folder"), tmp.path("only-other-files")}, {},
                              quick_options(1), observer);
    EXPECT_EQ(stats.indexed(), 0u);
    EXPECT_NE(stats.describe().find("nothing indexed: no input files"), std::string::npos) << stats.describe();

    stats = run_indexing(tmp.path("db2"), {tmp.write("empty.jsonl", "\n\n")}, {}, quick_options(1), observer);
    EXPECT_NE(stats.describe().find("nothing indexed: the 1 input file holds no records"), std::string::npos)
        << stats.describe();

    stats = run_indexing(tmp.path("db3"), {tmp.write("bad.jsonl", "{x\n{y\n")}, {}, quick_options(1), observer);
    EXPECT_NE(stats.describe().find("nothing indexed: all 2 records were skipped"), std::string::npos)
        << stats.describe();
}

// Issue 17.14: a stop asked for once all input was read (e.g. Ctrl-C during
// the merge) was reported as "interrupted, rerun to finish" (exit 130)
// although the database was complete.
TEST(Indexing, StopAfterAllInputWasReadIsNotAnInterruption) {
    for (unsigned threads : {1u, 2u}) {
        TempDir tmp;
        std::string lines;
        for (int i = 0; i < 50; ++i) lines += article("n" + std::to_string(i), "Kabar nomor " + std::to_string(i) + ".");
        const std::string input = tmp.write("in.jsonl", lines + "{bad last line\n");
        std::atomic<bool> stop{false};
        RecordingObserver observer;
        observer.also = [&](const InputIssue&) { stop = true; };  // arrives after the last good record
        const IndexStats stats = run_indexing(tmp.path("db"), {input}, {"n7"}, quick_options(threads), observer, &stop);
        EXPECT_FALSE(stats.interrupted) << "threads " << threads;
        EXPECT_EQ(stats.describe().find("interrupted"), std::string::npos) << stats.describe();
        EXPECT_EQ(stats.added, 50u);
        EXPECT_EQ(stats.deleted, 1u);
        EXPECT_EQ(doc_count(tmp.path("db")), 49u);
    }
}

TEST(Indexing, StopBeforeTheEndIsAnInterruption) {
    TempDir tmp;
    std::string lines = "{bad first line\n";
    for (int i = 0; i < 50; ++i) lines += article("n" + std::to_string(i), "Kabar nomor " + std::to_string(i) + ".");
    std::atomic<bool> stop{false};
    RecordingObserver observer;
    observer.also = [&](const InputIssue&) { stop = true; };
    const IndexStats stats =
        run_indexing(tmp.path("db"), {tmp.write("in.jsonl", lines)}, {}, quick_options(2), observer, &stop);
    EXPECT_TRUE(stats.interrupted);
    EXPECT_NE(stats.describe().find("interrupted"), std::string::npos);
}

}  // namespace
}  // namespace telusur
