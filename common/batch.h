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

/// What a search printed in `format` needs: TREC runs print only ids, ranks
/// and scores (SearchRequest::ids_only), no snippets nor entity names, which
/// are most of a query's time; text prints no result's entity list.
void fit_request_to_format(SearchRequest& request, OutputFormat format);

/// The formats' names, the one list --format checks against: "text",
/// "json", "jsonl", "trec".
const std::vector<std::string>& output_format_names();

/// Parses one of output_format_names(). @throws UsageError otherwise.
OutputFormat parse_output_format(const std::string& name);

/// Why a query cannot be searched before it reaches the parser: "" when it
/// can, else e.g. "query is not valid UTF-8 (byte 8)" (bytes counted from 1).
std::string check_query_text(const std::string& query);

struct BatchSummary {
    std::size_t queries = 0;
    std::size_t with_results = 0;
    std::size_t failed = 0;  ///< malformed queries
};

/// Runs each query with the options of base and writes one record per query:
/// a JSON object per line (its "qid" added; a failed query gets
/// error_to_json()'s object with its "qid"), TREC run lines, or text blocks.
/// TREC runs compute no snippets. Malformed queries (QueryError, invalid
/// UTF-8) are reported on err and do not stop the batch.
BatchSummary run_batch(Searcher& searcher, const SearchRequest& base, const std::vector<BatchQuery>& queries,
                       OutputFormat format, const std::string& run_name, std::ostream& out, std::ostream& err);

}  // namespace telusur
