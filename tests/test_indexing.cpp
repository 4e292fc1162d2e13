// The indexing job in-process (run_indexing): --strict, empty inputs, stop
// requests, the lock that keeps two runs apart, failed merges and resuming
// an unfinished parallel build. Regression tests for issue 17.
#include "common/database.h"
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

/// Corpus lines split by parity into two files.
std::pair<std::string, std::string> split_corpus(const TempDir& tmp) {
    std::ifstream in(kCorpus);
    std::string even, odd, line;
    for (int i = 0; std::getline(in, line); ++i) (i % 2 ? odd : even) += line + "\n";
    return {tmp.write("even.jsonl", even), tmp.write("odd.jsonl", odd)};
}

// Issue 17.10: --strict went on reading (and reporting) bad records up to
// the next good one.
TEST(Indexing, StrictStopsAtTheFirstBadRecord) {
    for (unsigned threads : {1u, 2u}) {
        TempDir tmp;
        const std::string input =
            tmp.write("in.jsonl", article("a", "Kabar pertama.") + "{bad json\n" + "{bad json again\n" +
                                      article("b", "Kabar kedua.") + "[3]\n");
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
        for (int i = 0; i < 50; ++i)
            lines += article("n" + std::to_string(i), "Kabar nomor " + std::to_string(i) + ".");
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

/// Holds DB.lock the way a running indexer does.
class HeldLock {
public:
    explicit HeldLock(const std::string& db) : fd_(open((db + ".lock").c_str(), O_RDWR | O_CREAT, 0644)) {
        if (fd_ < 0 || flock(fd_, LOCK_EX | LOCK_NB) != 0) throw std::runtime_error("cannot lock " + db);
        const std::string pid = std::to_string(getpid()) + "\n";
        if (write(fd_, pid.data(), pid.size()) != static_cast<ssize_t>(pid.size())) throw std::runtime_error("write");
    }
    ~HeldLock() { close(fd_); }
    HeldLock(const HeldLock&) = delete;
    HeldLock& operator=(const HeldLock&) = delete;

private:
    int fd_;
};

// Issue 17.2: two indexers building one new database: the second merged and
// removed the first one's live parts (38,010 documents for 25,388 ids).
TEST(Indexing, SecondWriterOfTheSameDatabaseIsToldWhoHoldsIt) {
    TempDir tmp;
    const std::string db = tmp.path("db");
    const auto [even, odd] = split_corpus(tmp);
    // A run that is still building: its parts, and its lock.
    ASSERT_EQ(run_indexing(indexing::parts_folder(db) + "/part-000", {even}, {}, quick_options(1),
                           *std::make_unique<RecordingObserver>())
                  .added,
              15u);
    HeldLock running(db);
    IndexOptions options = quick_options(2);
    options.wait_for_lock = false;
    RecordingObserver observer;
    try {
        run_indexing(db, {kCorpus}, {}, options, observer);
        ADD_FAILURE() << "a second writer was let in";
    } catch (const DatabaseError& e) {
        EXPECT_NE(std::string(e.what()).find(db + " is being written by process " + std::to_string(getpid())),
                  std::string::npos)
            << e.what();
    }
    EXPECT_TRUE(fs::exists(indexing::parts_folder(db) + "/part-000/iamglass"));  // left alone
    EXPECT_FALSE(fs::exists(db + "/iamglass"));
}

TEST(Indexing, SecondWriterWaitsForTheFirstByDefault) {
    TempDir tmp;
    const std::string db = tmp.path("db");
    auto running = std::make_unique<HeldLock>(db);
    std::thread release([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        running.reset();
    });
    RecordingObserver observer;
    const IndexStats stats = run_indexing(db, {kCorpus}, {}, quick_options(2), observer);
    release.join();
    EXPECT_EQ(stats.added, 30u);
    EXPECT_EQ(doc_count(db), 30u);
    EXPECT_FALSE(fs::exists(db + ".lock"));
}

// Issue 17.15: a merge that failed (disk full) left a partial DB.merging
// and an error that named neither the file nor what was safe.
TEST(Indexing, FailedMergeRemovesThePartialMergeAndSaysWhatIsKept) {
    TempDir tmp;
    const std::string db = tmp.path("db"), parts = indexing::parts_folder(db);
    const auto [even, odd] = split_corpus(tmp);
    RecordingObserver observer;
    run_indexing(parts + "/part-000", {even}, {}, quick_options(1), observer);
    run_indexing(parts + "/part-001", {odd}, {}, quick_options(1), observer);
    // A child whose files may not grow past 16 KiB: writing fails with EFBIG
    // as it would with ENOSPC on a full disk.
    const pid_t child = fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
        std::signal(SIGXFSZ, SIG_IGN);
        const rlimit limit{16 * 1024, 16 * 1024};
        setrlimit(RLIMIT_FSIZE, &limit);
        try {
            indexing::merge_parts(indexing::list_parts(parts), db);
        } catch (const std::exception& e) {
            std::ofstream(tmp.path("message")) << e.what();
            _exit(0);
        } catch (const Xapian::Error& e) {
            std::ofstream(tmp.path("message")) << e.get_description();
            _exit(0);
        } catch (...) {
            _exit(4);
        }
        _exit(3);
    }
    int status = 0;
    waitpid(child, &status, 0);
    ASSERT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << "the merge did not fail";
    std::ifstream in(tmp.path("message"));
    const std::string message(std::istreambuf_iterator<char>(in), {});
    EXPECT_NE(message.find(db + ".merging"), std::string::npos) << message;
    EXPECT_NE(message.find("File too large"), std::string::npos) << message;
    EXPECT_NE(message.find("kept in " + parts), std::string::npos) << message;
    EXPECT_FALSE(fs::exists(db + ".merging"));
    EXPECT_EQ(indexing::list_parts(parts).size(), 2u);
    // With room again, a rerun merges them.
    const IndexStats stats = run_indexing(db, {kCorpus}, {}, quick_options(2), observer);
    EXPECT_EQ(stats.unchanged, 30u);
    EXPECT_EQ(doc_count(db), 30u);
    EXPECT_FALSE(fs::exists(parts));
}

// Issue 17.15: "mkdir failed" without the reason.
TEST(Indexing, DatabaseThatCannotBeCreatedSaysWhy) {
    TempDir tmp;
    const std::string file = tmp.write("a-file", "x");
    for (unsigned threads : {1u, 2u}) {
        RecordingObserver observer;
        try {
            run_indexing(file + "/db", {kCorpus}, {}, quick_options(threads), observer);
            ADD_FAILURE() << "created a database under a file";
        } catch (const DatabaseError& e) {
            EXPECT_NE(std::string(e.what()).find(file), std::string::npos) << e.what();
            EXPECT_NE(std::string(e.what()).find("Not a directory"), std::string::npos) << e.what();
        }
    }
}

TEST(Indexing, OpenWritableSaysWhyItCannotCreateTheFolder) {
    TempDir tmp;
    const std::string file = tmp.write("a-file", "x");
    std::string stemmer;
    try {
        open_writable(file + "/db", stemmer);
        ADD_FAILURE() << "created a database under a file";
    } catch (const DatabaseError& e) {
        EXPECT_NE(std::string(e.what()).find(file + "/db: cannot create the database folder: Not a directory"),
                  std::string::npos)
            << e.what();
    }
}

// Issue 17.12: a rerun after a kill before the merge merged the parts and
// went on through the slow single-writer path; it resumes the parallel
// build now.
TEST(Indexing, RerunAfterAKillResumesTheParallelBuild) {
    TempDir tmp;
    const std::string db = tmp.path("db"), parts = indexing::parts_folder(db);
    const auto [even, odd] = split_corpus(tmp);
    RecordingObserver observer;
    // What a run killed before its merge leaves: committed parts (one named
    // as before parts were named parts), one holding an id twice.
    run_indexing(parts + "/shard-000", {even}, {}, quick_options(1), observer);
    std::string first_line;
    std::getline(std::ifstream(even), first_line);
    run_indexing(parts + "/part-001", {odd, tmp.write("dup.jsonl", first_line + "\n")}, {}, quick_options(1), observer);
    const IndexStats stats = run_indexing(db, {kCorpus, tmp.write("new.jsonl", article("baru", "Kabar baru."))}, {},
                                          quick_options(2), observer);
    EXPECT_EQ(stats.resumed, 30u);
    EXPECT_NE(stats.describe().find("resumed an unfinished build: 30 articles"), std::string::npos) << stats.describe();
    EXPECT_EQ(stats.unchanged, 30u);
    EXPECT_EQ(stats.added, 1u);
    EXPECT_EQ(doc_count(db), 31u);
    EXPECT_FALSE(fs::exists(parts));
}

}  // namespace
}  // namespace telusur
