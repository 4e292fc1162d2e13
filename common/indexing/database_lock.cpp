#include "common/indexing/database_lock.h"

#include "common/errors.h"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <filesystem>
#include <thread>

namespace telusur::indexing {

namespace {

std::string os_reason() { return std::strerror(errno); }

/// The process id written in the lock file, or "" when none is yet.
std::string holder_of(int fd) {
    char buffer[32] = {};
    const ssize_t n = pread(fd, buffer, sizeof buffer - 1, 0);
    std::string pid(buffer, n > 0 ? static_cast<std::size_t>(n) : 0);
    while (!pid.empty() && (pid.back() == '\n' || pid.back() == ' ')) pid.pop_back();
    return pid;
}

/// True when fd is still the file at path: a holder removes the file when
/// it is done, so a lock taken on the removed file is no lock at all.
bool still_linked(int fd, const std::string& path) {
    struct stat by_fd {
    }, by_path{};
    return fstat(fd, &by_fd) == 0 && stat(path.c_str(), &by_path) == 0 && by_fd.st_ino == by_path.st_ino &&
           by_fd.st_dev == by_path.st_dev;
}

int open_lock_file(const std::string& path) {
    std::error_code ec;
    const auto parent = std::filesystem::path(path).parent_path();
    if (!parent.empty() && !std::filesystem::exists(parent, ec) && !std::filesystem::create_directories(parent, ec) &&
        ec)
        throw DatabaseError(parent.string() + ": cannot create the folder: " + ec.message());
    const int fd = open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0) throw DatabaseError(path + ": cannot create the lock file: " + os_reason());
    return fd;
}

}  // namespace

std::optional<DatabaseLock> DatabaseLock::acquire(const std::string& db_path, bool wait, const std::atomic<bool>* stop,
                                                  const WaitNotice& on_wait) {
    const std::string path = db_path + ".lock";
    bool told = false;
    while (true) {
        const int fd = open_lock_file(path);
        if (flock(fd, LOCK_EX | LOCK_NB) == 0) {
            if (!still_linked(fd, path)) {
                close(fd);
                continue;
            }
            const std::string pid = std::to_string(getpid()) + "\n";
            if (ftruncate(fd, 0) != 0 || pwrite(fd, pid.data(), pid.size(), 0) != static_cast<ssize_t>(pid.size())) {
                const std::string reason = os_reason();
                close(fd);
                throw DatabaseError(path + ": cannot write the lock file: " + reason);
            }
            return DatabaseLock(path, fd);
        }
        if (errno != EWOULDBLOCK) {
            const std::string reason = os_reason();
            close(fd);
            throw DatabaseError(path + ": cannot lock: " + reason);
        }
        std::string holder = holder_of(fd);
        close(fd);
        holder = holder.empty() ? "another process" : "process " + holder;
        if (!wait)
            throw DatabaseError("database " + db_path + " is being written by " + holder + " (it holds " + path + ")");
        if (!told && on_wait)
            on_wait("database " + db_path + " is being written by " + holder + "; waiting for it to finish");
        told = true;
        if (stop && stop->load()) return std::nullopt;
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
}

DatabaseLock::DatabaseLock(DatabaseLock&& other) noexcept : path_(std::move(other.path_)), fd_(other.fd_) {
    other.fd_ = -1;
}

DatabaseLock::~DatabaseLock() {
    if (fd_ < 0) return;
    unlink(path_.c_str());  // while still holding it: see still_linked()
    close(fd_);
}

}  // namespace telusur::indexing
