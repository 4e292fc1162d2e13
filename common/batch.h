// Batch querying: many queries through one Searcher in one process, the path
// both `telusur-query --batch` and `telusur-eval ir` use.
#pragma once

#include "common/search.h"

#include <istream>
#include <ostream>
#include <string>
#include <vector>

namespace telusur {

struct BatchQuery {
    std::string qid;
    std::string text;
};

/// One query per line: "qid<TAB>query", or just "query" (the qid is then
/// the line number). Blank lines are skipped.
std::vector<BatchQuery> read_batch_queries(std::istream& in);

enum class OutputFormat { Text, Json, JsonLines, Trec };

/// Parses "text", "json", "jsonl" or "trec". @throws UsageError otherwise.
OutputFormat parse_output_format(const std::string& name);

struct BatchSummary {
    std::size_t queries = 0;
    std::size_t with_results = 0;
    std::size_t failed = 0;  ///< malformed queries
};

/// Runs each query with the options of base and writes one record per query:
/// a JSON object per line (its "qid" added; a failed query gets "error"),
/// TREC run lines, or text blocks. Malformed queries are reported on err and
/// do not stop the batch.
BatchSummary run_batch(Searcher& searcher, const SearchRequest& base, const std::vector<BatchQuery>& queries,
                       OutputFormat format, const std::string& run_name, std::ostream& out, std::ostream& err);

}  // namespace telusur
