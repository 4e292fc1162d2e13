#include "common/batch.h"

#include "common/errors.h"
#include "common/output.h"

namespace telusur {

std::vector<BatchQuery> read_batch_queries(std::istream& in) {
    std::vector<BatchQuery> queries;
    std::string line;
    std::size_t line_number = 0;
    while (std::getline(in, line)) {
        ++line_number;
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.find_first_not_of(" \t") == std::string::npos) continue;
        const auto tab = line.find('\t');
        if (tab == std::string::npos)
            queries.push_back({std::to_string(line_number), line});
        else
            queries.push_back({line.substr(0, tab), line.substr(tab + 1)});
    }
    return queries;
}

OutputFormat parse_output_format(const std::string& name) {
    if (name == "text") return OutputFormat::Text;
    if (name == "json") return OutputFormat::Json;
    if (name == "jsonl") return OutputFormat::JsonLines;
    if (name == "trec") return OutputFormat::Trec;
    throw UsageError("unknown format '" + name + "' (text, json, jsonl, trec)");
}

BatchSummary run_batch(Searcher& searcher, const SearchRequest& base, const std::vector<BatchQuery>& queries,
                       OutputFormat format, const std::string& run_name, std::ostream& out, std::ostream& err) {
    BatchSummary summary;
    SearchRequest base_request = base;
    // TREC runs print no snippets, and they are most of a query's time.
    if (format == OutputFormat::Trec) base_request.snippet_length = 0;
    for (const auto& q : queries) {
        ++summary.queries;
        SearchRequest request = base_request;
        request.query = q.text;
        try {
            const SearchResponse response = searcher.search(request);
            if (!response.results.empty()) ++summary.with_results;
            switch (format) {
                case OutputFormat::Trec: out << format_trec(response, q.qid, run_name); break;
                case OutputFormat::Text: out << "# " << q.qid << '\n' << format_text(response, {}) << '\n'; break;
                case OutputFormat::Json:
                case OutputFormat::JsonLines: {
                    auto json = response_to_json(response);
                    json["qid"] = q.qid;
                    out << json.dump() << '\n';
                    break;
                }
            }
        } catch (const QueryError& e) {
            ++summary.failed;
            err << "telusur-query: query " << q.qid << ": error: " << e.what() << '\n';
            if (format == OutputFormat::Json || format == OutputFormat::JsonLines)
                out << nlohmann::json{{"qid", q.qid}, {"query", q.text}, {"error", e.what()}, {"results", nlohmann::json::array()}}.dump()
                    << '\n';
        }
    }
    return summary;
}

}  // namespace telusur
