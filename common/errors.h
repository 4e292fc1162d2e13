// Telusur's own error types, split along Xapian's line: UsageError for what
// the user asked wrongly (exit status 2), DatabaseError for a database that
// cannot be used as asked (exit status 2). Bad input records are not
// exceptions: they are InputIssues, counted and skipped (see readers.h).
#pragma once

#include <stdexcept>
#include <string>

namespace telusur {

struct UsageError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

struct DatabaseError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

/// A query the parser cannot accept (unbalanced quote, unknown field...).
struct QueryError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

}  // namespace telusur
