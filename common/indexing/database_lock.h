// The lock that keeps two indexing runs off one database.
#pragma once

#include <atomic>
#include <functional>
#include <optional>
#include <string>

namespace telusur::indexing {

/// DB.lock beside the database, held with flock() for the whole run and
/// holding the writer's process id. Xapian's own lock covers one open
/// database, not a run: a new database is built in parts (DB.parts) and
/// merged, and without this a second run would merge and remove the first
/// one's live parts. The lock file is removed when the lock is released.
class DatabaseLock {
public:
    using WaitNotice = std::function<void(const std::string&)>;

    /// Takes the lock of the database at db_path (creating its parent
    /// folder). When another process holds it: with wait, tells on_wait
    /// once and polls until it is free, giving up (nothing) when *stop
    /// becomes true; without wait, throws.
    /// @throws DatabaseError "DB is being written by process N", or when
    ///         the lock file cannot be created (with the OS reason)
    static std::optional<DatabaseLock> acquire(const std::string& db_path, bool wait, const std::atomic<bool>* stop,
                                               const WaitNotice& on_wait);

    DatabaseLock(DatabaseLock&& other) noexcept;
    DatabaseLock& operator=(DatabaseLock&&) = delete;
    DatabaseLock(const DatabaseLock&) = delete;
    DatabaseLock& operator=(const DatabaseLock&) = delete;
    ~DatabaseLock();

    const std::string& path() const { return path_; }

private:
    DatabaseLock(std::string path, int fd) : path_(std::move(path)), fd_(fd) {}

    std::string path_;
    int fd_ = -1;
};

}  // namespace telusur::indexing
