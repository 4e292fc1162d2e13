// Helpers shared by the test suites: temporary folders, running the real
// binaries, and the paths the build passes in.
#pragma once

#include <gtest/gtest.h>
#include <xapian.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <sys/wait.h>
#include <unistd.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <signal.h>
#include <fcntl.h>
#include <spawn.h>
#include <sys/socket.h>

#include <chrono>
#include <thread>
#include <vector>

extern char** environ;

namespace telusur::testing {

/// A parameterised test's name from text ("Korut" -> "Korut", "Ketua
/// PDI-P." -> "Ketua_PDI_P"): ASCII letters and digits kept, every other run
/// of bytes one '_', "" -> "empty", text without a letter or digit -> its
/// bytes in hex ("-" -> "x2d"). gtest rejects duplicate names, so two cases
/// with one name fail loudly rather than hide.
inline std::string param_name(std::string_view text, std::size_t max_length = 40) {
    std::string name;
    for (const char c : text) {
        const bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        if (alnum)
            name += c;
        else if (!name.empty() && name.back() != '_')
            name += '_';
        if (name.size() >= max_length) break;
    }
    while (!name.empty() && name.back() == '_') name.pop_back();
    if (!name.empty()) return name;
    if (text.empty()) return "empty";
    static constexpr char kHex[] = "0123456789abcdef";
    name = "x";
    for (const unsigned char c : text.substr(0, max_length / 2)) name += {kHex[c >> 4], kHex[c & 15]};
    return name;
}

/// Names each case of a TestWithParam<Case> by param_name(case.*field).
template <auto Field>
struct NameByField {
    template <class Info>
    std::string operator()(const Info& info) const {
        return param_name(info.param.*Field);
    }
};

inline const std::string kSourceDir = TELUSUR_SOURCE_DIR;
inline const std::string kSharedDir = TELUSUR_SHARED_DIR;
inline const std::string kIndexBin = TELUSUR_INDEX_BIN;
inline const std::string kQueryBin = TELUSUR_QUERY_BIN;
inline const std::string kEvalBin = TELUSUR_EVAL_BIN;

/// ../shared beside the checkout, or "" when absent (a user's fresh clone).
inline std::string shared_dir() { return std::filesystem::is_directory(kSharedDir) ? kSharedDir : std::string(); }

/// Skips the calling test, saying why, when ../shared is absent.
#define TELUSUR_REQUIRE_SHARED(relative)                                                                     \
    do {                                                                                                     \
        if (!std::filesystem::exists(::telusur::testing::kSharedDir + "/" + (relative)))                     \
            GTEST_SKIP() << "needs ../shared/" << (relative) << " (present in CI; absent in a fresh clone)"; \
    } while (0)

/// A fresh folder under the system temp dir, removed with the object.
class TempDir {
public:
    TempDir() {
        std::string pattern = (std::filesystem::temp_directory_path() / "telusur-test-XXXXXX").string();
        if (!mkdtemp(pattern.data())) throw std::runtime_error("mkdtemp failed");
        path_ = pattern;
    }
    ~TempDir() {
        std::error_code ec;
        std::filesystem::remove_all(path_, ec);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    std::string path(const std::string& name = "") const { return name.empty() ? path_ : path_ + "/" + name; }
    std::string write(const std::string& name, const std::string& content) const {
        const std::string p = path(name);
        std::filesystem::create_directories(std::filesystem::path(p).parent_path());
        std::ofstream(p, std::ios::binary) << content;
        return p;
    }

private:
    std::string path_;
};

struct CommandResult {
    int exit_code = -1;
    std::string out;
    std::string err;
};

/// Runs a shell command, capturing stdout and stderr separately.
inline CommandResult run_command(const std::string& command, const std::string& stdin_text = "") {
    TempDir tmp;
    const std::string in = tmp.write("stdin", stdin_text);
    const std::string full = command + " < '" + in + "' > '" + tmp.path("out") + "' 2> '" + tmp.path("err") + "'";
    const int status = std::system(full.c_str());
    CommandResult result;
    result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    auto slurp = [](const std::string& p) {
        std::ifstream f(p, std::ios::binary);
        return std::string(std::istreambuf_iterator<char>(f), {});
    };
    result.out = slurp(tmp.path("out"));
    result.err = slurp(tmp.path("err"));
    return result;
}

inline std::string quote(const std::string& s) { return "'" + s + "'"; }

/// A child process, killed (SIGTERM, then SIGKILL) when the object goes.
class BackgroundProcess {
public:
    /// @param quiet its output goes to /dev/null (xapian-tcpsrv's
    ///   "Connection from ..." lines would bury a test's own).
    explicit BackgroundProcess(const std::vector<std::string>& argv, bool quiet = false) {
        std::vector<char*> args;
        for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
        args.push_back(nullptr);
        // Its own process group: xapian-tcpsrv answers SIGTERM by signalling
        // its whole group (to stop its forked children), which must not
        // include this test.
        posix_spawnattr_t attr;
        posix_spawnattr_init(&attr);
        posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETPGROUP);
        posix_spawnattr_setpgroup(&attr, 0);
        posix_spawn_file_actions_t output;
        posix_spawn_file_actions_init(&output);
        if (quiet) {
            posix_spawn_file_actions_addopen(&output, 1, "/dev/null", O_WRONLY, 0);
            posix_spawn_file_actions_addopen(&output, 2, "/dev/null", O_WRONLY, 0);
        }
        if (posix_spawnp(&pid_, args[0], &output, &attr, args.data(), environ) != 0) pid_ = -1;
        posix_spawn_file_actions_destroy(&output);
        posix_spawnattr_destroy(&attr);
    }
    ~BackgroundProcess() { stop(); }
    BackgroundProcess(const BackgroundProcess&) = delete;
    BackgroundProcess& operator=(const BackgroundProcess&) = delete;
    bool started() const { return pid_ > 0; }
    void stop() {
        if (pid_ <= 0) return;
        kill(-pid_, SIGTERM);
        for (int i = 0; i < 50 && waitpid(pid_, nullptr, WNOHANG) == 0; ++i)
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        // The group outlives its leader while a forked child is left (a
        // connection handler that did not stop on SIGTERM), and such a child
        // holds the test's output pipe open, so ctest would wait forever.
        kill(-pid_, SIGKILL);
        waitpid(pid_, nullptr, 0);
        pid_ = -1;
    }

private:
    pid_t pid_ = -1;
};

/// A port on 127.0.0.1 that nothing listens on right now.
inline int free_port() {
    const int fd = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = 0;
    bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr);
    socklen_t len = sizeof addr;
    getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len);
    close(fd);
    return ntohs(addr.sin_port);
}

/// Waits until something accepts connections on the port.
inline bool wait_for_port(int port) {
    for (int i = 0; i < 200; ++i) {
        const int fd = socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        addr.sin_port = htons(static_cast<uint16_t>(port));
        const bool ok = connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0;
        close(fd);
        if (ok) return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    return false;
}

inline bool have_command(const std::string& name) { return run_command("command -v " + name).exit_code == 0; }

/// `docs` dealt over `parts` in-memory databases, searched as one (a shard
/// layout must answer as one database does).
inline Xapian::Database split_into(const std::vector<Xapian::Document>& docs, std::size_t parts) {
    std::vector<Xapian::WritableDatabase> writers;
    for (std::size_t i = 0; i < parts; ++i) writers.emplace_back(std::string(), Xapian::DB_BACKEND_INMEMORY);
    for (std::size_t i = 0; i < docs.size(); ++i) writers[i % parts].add_document(docs[i]);
    Xapian::Database all;
    for (const auto& writer : writers) all.add_database(writer);
    return all;
}

/// How many documents of `db` hold any of `terms` (a filter's terms).
inline std::size_t documents_with_any(const Xapian::Database& db, const std::vector<std::string>& terms) {
    Xapian::Enquire enquire(db);
    enquire.set_query(Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end()));
    return enquire.get_mset(0, db.get_doccount()).size();
}

}  // namespace telusur::testing
