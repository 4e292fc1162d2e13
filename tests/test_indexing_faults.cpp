// Fault injection (issue 17): telusur-index killed with SIGKILL at several
// points of building a new database, including during the merge, then run
// again; and two indexers started at once on one new database. Each time
// the database must end with exactly one document per id and pass
// xapian-check. The input is generated, sized to run in seconds.
#include "tests/test_support.h"

#include <gtest/gtest.h>
#include <xapian.h>

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>

#include <chrono>
#include <filesystem>
#include <functional>
#include <thread>

extern char** environ;

namespace telusur {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;
using testing::quote;
using testing::run_command;
using testing::TempDir;

constexpr int kArticles = 2500;

/// kArticles articles of 80 words drawn from a made-up vocabulary.
std::string generated_input(const TempDir& tmp) {
    std::vector<std::string> words;
    const char* syllables[] = {"ka", "ra", "ba", "ngan", "ti", "su", "lo", "me", "dan", "pu", "ri", "se"};
    for (int i = 0; i < 3000; ++i) {
        std::string w;
        for (int k = i, n = 0; n < 3; k /= 12, ++n) w += syllables[(k + n * 5) % 12];
        words.push_back(w + std::to_string(i % 7));
    }
    std::uint64_t state = 12345;
    auto next = [&] { return (state = state * 6364136223846793005ULL + 1442695040888963407ULL) >> 33; };
    std::string out;
    for (int i = 0; i < kArticles; ++i) {
        std::string body;
        for (int w = 0; w < 80; ++w) body += words[next() % words.size()] + (w % 12 == 11 ? ". " : " ");
        out += R"({"id":"f)" + std::to_string(i) + R"(","title":"Berita )" + words[next() % words.size()] +
               R"(","date":"2024-05-0)" + std::to_string(1 + i % 9) + R"(","body":")" + body + "\"}\n";
    }
    return tmp.write("in.jsonl", out);
}

/// telusur-index started in the background.
class IndexProcess {
public:
    explicit IndexProcess(const std::vector<std::string>& args) {
        std::vector<std::string> argv{testing::kIndexBin};
        argv.insert(argv.end(), args.begin(), args.end());
        std::vector<char*> raw;
        for (auto& a : argv) raw.push_back(a.data());
        raw.push_back(nullptr);
        posix_spawn_file_actions_t actions;
        posix_spawn_file_actions_init(&actions);
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
        if (posix_spawn(&pid_, raw[0], &actions, nullptr, raw.data(), environ) != 0) pid_ = -1;
        posix_spawn_file_actions_destroy(&actions);
    }
    ~IndexProcess() { kill_now(); }
    IndexProcess(const IndexProcess&) = delete;
    IndexProcess& operator=(const IndexProcess&) = delete;

    /// True while it runs; records its exit status once it ended.
    bool running() {
        if (pid_ <= 0) return false;
        if (waitpid(pid_, &status_, WNOHANG) == 0) return true;
        pid_ = -1;
        return false;
    }
    void kill_now() {
        if (!running()) return;
        kill(pid_, SIGKILL);
        waitpid(pid_, &status_, 0);
        pid_ = -1;
    }
    /// Waits (at most 60 s) for it to end; its exit code, or -1.
    int wait() {
        for (auto end = Clock::now() + std::chrono::seconds(60); running() && Clock::now() < end;)
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        kill_now();
        return WIFEXITED(status_) ? WEXITSTATUS(status_) : -1;
    }

private:
    pid_t pid_ = -1;
    int status_ = 0;
};

bool have_xapian_check() { return run_command("command -v xapian-check").exit_code == 0; }

/// The database is whole: one document per id, clean for xapian-check,
/// nothing left beside it.
void expect_complete(const std::string& db, const std::string& when) {
    SCOPED_TRACE(when);
    ASSERT_TRUE(fs::exists(db + "/iamglass"));
    Xapian::Database database(db);
    EXPECT_EQ(database.get_doccount(), static_cast<Xapian::doccount>(kArticles));
    std::size_t ids = 0;
    for (auto t = database.allterms_begin("Q"); t != database.allterms_end("Q"); ++t) {
        ++ids;
        EXPECT_EQ(t.get_termfreq(), 1u) << *t;
    }
    EXPECT_EQ(ids, static_cast<std::size_t>(kArticles));
    if (have_xapian_check()) {
        const auto check = run_command("xapian-check " + quote(db));
        EXPECT_EQ(check.exit_code, 0) << check.out << check.err;
    }
    EXPECT_FALSE(fs::exists(db + ".parts"));
    EXPECT_FALSE(fs::exists(db + ".merging"));
    EXPECT_FALSE(fs::exists(db + ".lock"));
}

std::vector<std::string> index_args(const std::string& db, const std::string& input) {
    return {"--threads", "2", "--no-entities", "--commit-every", "200", "--db", db, input};
}

/// Starts an indexer and kills it once `when` holds (polled every
/// millisecond); false when the run ended first.
bool kill_when(const std::string& db, const std::string& input, const std::function<bool()>& when) {
    IndexProcess p(index_args(db, input));
    while (p.running()) {
        if (when()) {
            p.kill_now();
            return true;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    return false;
}

TEST(IndexFaults, KilledRunsAtSeveralPointsEndInACompleteDatabase) {
    TempDir tmp;
    const std::string input = generated_input(tmp), db = tmp.path("db");
    const auto t0 = Clock::now();
    ASSERT_EQ(IndexProcess(index_args(db, input)).wait(), 0);
    const auto full_run = Clock::now() - t0;
    expect_complete(db, "uninterrupted run");

    const auto reset = [&] {
        for (const char* suffix : {"", ".parts", ".merging", ".lock"}) fs::remove_all(db + suffix);
    };
    const auto rerun = [&](const std::string& when) {
        const auto r =
            run_command(testing::kIndexBin + " --threads 2 --no-entities --db " + quote(db) + " " + quote(input));
        EXPECT_EQ(r.exit_code, 0) << when << ": " << r.err;
        expect_complete(db, when);
    };
    for (const double fraction : {0.15, 0.4, 0.7}) {
        reset();
        const auto at = Clock::now() + std::chrono::duration_cast<Clock::duration>(full_run * fraction);
        kill_when(db, input, [&] { return Clock::now() >= at; });
        rerun("killed at " + std::to_string(fraction) + " of a run");
    }
    // During the merge (the parts are complete, DB.merging is being written).
    bool hit = false;
    for (int attempt = 0; attempt < 3 && !hit; ++attempt) {
        reset();
        hit = kill_when(db, input, [&] { return fs::exists(db + ".merging"); });
        if (hit) {
            EXPECT_FALSE(fs::exists(db + "/iamglass"));
        }
        rerun("killed during the merge");
    }
    EXPECT_TRUE(hit) << "the merge was never caught running";
    // Killed twice: part way, then the resuming run during its merge.
    reset();
    const auto at = Clock::now() + std::chrono::duration_cast<Clock::duration>(full_run * 0.3);
    kill_when(db, input, [&] { return Clock::now() >= at; });
    kill_when(db, input, [&] { return fs::exists(db + ".merging"); });
    rerun("killed part way, then during the resumed merge");
}

TEST(IndexFaults, TwoIndexersOnOneNewDatabase) {
    TempDir tmp;
    const std::string input = generated_input(tmp), db = tmp.path("db");
    for (int trial = 0; trial < 2; ++trial) {
        for (const char* suffix : {"", ".parts", ".merging", ".lock"}) fs::remove_all(db + suffix);
        IndexProcess first(index_args(db, input)), second(index_args(db, input));
        EXPECT_EQ(first.wait(), 0);
        EXPECT_EQ(second.wait(), 0);
        expect_complete(db, "trial " + std::to_string(trial));
    }
}

}  // namespace
}  // namespace telusur
