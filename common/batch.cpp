#include "common/batch.h"

#include "common/errors.h"
#include "common/output.h"
#include "common/text/unicode.h"

#include <array>
#include <utility>

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

namespace {

constexpr std::array<std::pair<const char*, OutputFormat>, 4> kOutputFormats{{
    {"text", OutputFormat::Text},
    {"json", OutputFormat::Json},
    {"jsonl", OutputFormat::JsonLines},
    {"trec", OutputFormat::Trec},
}};

}  // namespace

const std::vector<std::string>& output_format_names() {
    static const std::vector<std::string> names = [] {
        std::vector<std::string> out;
        for (const auto& [name, format] : kOutputFormats) out.emplace_back(name);
        return out;
    }();
    return names;
}

OutputFormat parse_output_format(const std::string& name) {
    for (const auto& [format_name, format] : kOutputFormats)
        if (name == format_name) return format;
    std::string known;
    for (const auto& n : output_format_names()) known += (known.empty() ? "" : ", ") + n;
    throw UsageError("unknown format '" + name + "' (" + known + ")");
}

std::string check_query_text(const std::string& query) {
    std::size_t bad = 0;
    if (!text::is_valid_utf8(query, &bad)) return "query is not valid UTF-8 (byte " + std::to_string(bad + 1) + ")";
    return {};
}

void fit_request_to_format(SearchRequest& request, OutputFormat format) {
    // Text shows no result's entity list: resolving their names was 44 % of
    // a one-query process's instructions.
    if (format == OutputFormat::Text) request.result_entities = false;
    if (format != OutputFormat::Trec) return;
    request.snippet_length = 0;
    request.result_entities = false;
    request.ids_only = true;
}

BatchSummary run_batch(Searcher& searcher, const SearchRequest& base, const std::vector<BatchQuery>& queries,
                       OutputFormat format, const std::string& run_name, std::ostream& out, std::ostream& err) {
    BatchSummary summary;
    SearchRequest base_request = base;
    fit_request_to_format(base_request, format);
    for (const auto& q : queries) {
        ++summary.queries;
        SearchRequest request = base_request;
        request.query = q.text;
        try {
            if (const auto problem = check_query_text(q.text); !problem.empty()) throw QueryError(problem);
            const SearchResponse response = searcher.search(request);
            if (!response.results.empty()) ++summary.with_results;
            switch (format) {
                case OutputFormat::Trec: out << format_trec(response, q.qid, run_name); break;
                case OutputFormat::Text: out << "# " << q.qid << '\n' << format_text(response, {}) << '\n'; break;
                case OutputFormat::Json:
                case OutputFormat::JsonLines: {
                    auto json = response_to_json(response);
                    json["qid"] = q.qid;
                    out << dump_json(json) << '\n';
                    break;
                }
            }
        } catch (const QueryError& e) {
            ++summary.failed;
            err << "telusur-query: query " << q.qid << ": error: " << e.what() << '\n';
            if (format == OutputFormat::Json || format == OutputFormat::JsonLines) {
                auto json = error_to_json(q.text, e.what());
                json["qid"] = q.qid;
                out << dump_json(json) << '\n';
            }
        }
    }
    return summary;
}

}  // namespace telusur
