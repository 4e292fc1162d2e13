#include "common/output.h"

#include <cstdio>

namespace telusur {

nlohmann::json response_to_json(const SearchResponse& response) {
    nlohmann::json results = nlohmann::json::array();
    for (const auto& r : response.results) {
        results.push_back({{"rank", r.rank},     {"id", r.id},         {"score", r.score},
                           {"title", r.title},   {"date", r.date},     {"source", r.source},
                           {"url", r.url},       {"category", r.category}, {"snippet", r.snippet}});
    }
    nlohmann::json facets = nlohmann::json::object();
    for (const auto& [name, values] : response.facets) {
        auto& list = facets[name] = nlohmann::json::array();
        for (const auto& v : values) list.push_back({{"value", v.value}, {"count", v.count}});
    }
    return {{"query", response.query},
            {"parsed", response.parsed},
            {"total_estimate", response.total_estimate},
            {"results", std::move(results)},
            {"facets", std::move(facets)}};
}

namespace {

struct Ansi {
    const char *bold, *dim, *cyan, *reset;
};

std::string iso_day(const std::string& date) { return date.substr(0, 10); }

}  // namespace

std::string format_text(const SearchResponse& response, const TextStyle& style) {
    const Ansi a = style.color ? Ansi{"\033[1m", "\033[2m", "\033[36m", "\033[0m"} : Ansi{"", "", "", ""};
    std::string out;
    char line[512];
    std::snprintf(line, sizeof line, "%s~%u matches%s for %s\n", a.dim, response.total_estimate, a.reset,
                  response.query.c_str());
    out += line;
    for (const auto& r : response.results) {
        std::snprintf(line, sizeof line, "\n%s%u.%s %s%s%s  %s(%.2f)%s\n", a.bold, r.rank, a.reset, a.bold,
                      r.title.empty() ? "(no title)" : r.title.c_str(), a.reset, a.dim, r.score, a.reset);
        out += line;
        std::string meta = iso_day(r.date);
        for (const auto* part : {&r.source, &r.category})
            if (!part->empty()) meta += (meta.empty() ? "" : " · ") + *part;
        out += "   " + std::string(a.cyan) + meta + a.reset + "\n";
        if (!r.url.empty()) out += "   " + std::string(a.dim) + r.url + a.reset + "\n";
        out += "   " + r.snippet + "\n";
    }
    for (const auto& [name, values] : response.facets) {
        if (values.empty()) continue;
        out += "\n" + std::string(a.bold) + name + ":" + a.reset;
        for (const auto& v : values) out += "  " + v.value + " (" + std::to_string(v.count) + ")";
        out += "\n";
    }
    return out;
}

std::string format_trec(const SearchResponse& response, const std::string& qid, const std::string& run_name) {
    std::string out;
    char line[512];
    for (const auto& r : response.results) {
        std::snprintf(line, sizeof line, "%s Q0 %s %u %.6f %s\n", qid.c_str(), r.id.c_str(), r.rank, r.score,
                      run_name.c_str());
        out += line;
    }
    return out;
}

}  // namespace telusur
