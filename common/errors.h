// Telusur's own error types, split along Xapian's line: UsageError for what
// the user asked wrongly (exit status 2), DatabaseError for a database that
// cannot be used as asked (exit status 2). Bad input records are not
// exceptions: they are InputIssues, counted and skipped (see readers.h).
#pragma once

#include <functional>
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

/// Runs a tool's body and maps every error to a message on stderr
/// ("TOOL: error: ...") and exit status 2, so each main() has one catch.
int run_tool(const char* tool, const std::function<int()>& body);

}  // namespace telusur
