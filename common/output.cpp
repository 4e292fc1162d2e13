#include "common/output.h"

#include "common/schema.h"

#include <algorithm>
#include <cstdio>
#include <string_view>

namespace telusur {

namespace {

/// The query field that filters on entity facet `facet` ("person" ->
/// "orang"), or nullptr for the other facets.
const char* entity_filter_field(const std::string& facet) {
    for (const auto& type : schema::kEntityTypes)
        if (facet == type.json_key)
            for (const auto& field : schema::kQueryFields)
                if (std::string_view(field.prefix) == type.prefix) return field.name;
    return nullptr;
}

/// The filter that selects every article an entity facet value counted:
/// `orang:"Luhut Binsar Panjaitan" orang:"Luhut"` (filters on one field OR
/// together).
std::string facet_filter(const char* field, const FacetCount& value) {
    std::string filter;
    const auto add = [&](std::string name) {
        std::replace(name.begin(), name.end(), '"', ' ');
        filter.append(filter.empty() ? "" : " ").append(field).append(":\"").append(name).append("\"");
    };
    add(value.value);
    for (const auto& name : value.also) add(name);
    return filter;
}

}  // namespace

nlohmann::json response_to_json(const SearchResponse& response) {
    nlohmann::json results = nlohmann::json::array();
    for (const auto& r : response.results) {
        results.push_back({{"rank", r.rank},
                           {"id", r.id},
                           {"score", r.score},
                           {"title", r.title},
                           {"date", r.date},
                           {"source", r.source},
                           {"url", r.url},
                           {"category", r.category},
                           {"snippet", r.snippet},
                           {"entities", r.entities}});
    }
    nlohmann::json facets = nlohmann::json::object();
    for (const auto& [name, values] : response.facets) {
        auto& list = facets[name] = nlohmann::json::array();
        const char* field = entity_filter_field(name);
        for (const auto& v : values) {
            nlohmann::json entry{{"value", v.value}, {"count", v.count}};
            if (field != nullptr) {
                if (!v.also.empty()) entry["also"] = v.also;
                entry["filter"] = facet_filter(field, v);
            }
            list.push_back(std::move(entry));
        }
    }
    nlohmann::json out{{"query", response.query},
                       {"parsed", response.parsed},
                       {"total_estimate", response.total_estimate},
                       {"total_exact", response.total_exact},
                       {"results", std::move(results)},
                       {"facets", std::move(facets)},
                       {"query_entities", response.query_entities}};
    if (!response.facets.empty()) out["facets_over"] = response.facets_over;
    if (!response.timeline.granularity.empty()) {
        nlohmann::json buckets = nlohmann::json::array();
        for (const auto& b : response.timeline.buckets) buckets.push_back({{"period", b.value}, {"count", b.count}});
        out["timeline"] = {{"granularity", response.timeline.granularity}, {"buckets", std::move(buckets)}};
    }
    if (response.partial) {
        out["partial"] = true;
        out["warnings"] = response.warnings;
    }
    return out;
}

nlohmann::json error_to_json(const std::string& query, const std::string& message) {
    return {{"query", query}, {"error", message}, {"results", nlohmann::json::array()}};
}

std::string dump_json(const nlohmann::json& json, bool pretty) {
    return json.dump(pretty ? 2 : -1, ' ', false, nlohmann::json::error_handler_t::replace);
}

namespace {

struct Ansi {
    const char *bold, *dim, *cyan, *reset;
};

std::string iso_day(const std::string& date) { return date.substr(0, 10); }

/// Facet names as a reader of Indonesian news sees them.
const char* facet_label(const std::string& name) {
    if (name == "source") return "sumber";
    if (name == "category") return "kategori";
    if (name == "person") return "orang";
    if (name == "organization") return "organisasi";
    if (name == "location") return "lokasi";
    return name.c_str();
}

/// A bar chart, one line per period: "2024-11-05 ████▌ 9". A run of at least
/// kFoldedEmptyRun empty periods is one line ("  ⋮ 16 minggu tanpa artikel"):
/// one stray old article would otherwise push the story off the screen.
std::string timeline_chart(const Timeline& timeline, const Ansi& a) {
    constexpr int kWidth = 40;
    constexpr std::size_t kFoldedEmptyRun = 3;
    Xapian::doccount peak = 0;
    for (const auto& b : timeline.buckets) peak = std::max(peak, b.count);
    if (peak == 0) return {};
    const char* unit = timeline.granularity == "day" ? "hari" : timeline.granularity == "week" ? "minggu" : "bulan";
    std::string out = std::string("\n").append(a.bold) + "linimasa (per " + unit + "):" + a.reset + "\n";
    const auto& buckets = timeline.buckets;
    for (std::size_t i = 0; i < buckets.size(); ++i) {
        const auto& b = buckets[i];
        std::size_t empty = 0;
        while (i + empty < buckets.size() && buckets[i + empty].count == 0) ++empty;
        if (empty >= kFoldedEmptyRun) {
            out += "  " + std::string(a.dim) + "⋮ " + std::to_string(empty) + " " + unit + " tanpa artikel" + a.reset +
                   "\n";
            i += empty - 1;
            continue;
        }
        const int eighths = static_cast<int>((static_cast<double>(b.count) * kWidth * 8 + peak - 1) / peak);
        std::string bar;
        for (int i = 0; i < eighths / 8; ++i) bar += "█";
        static const char* const partial[] = {"", "▏", "▎", "▍", "▌", "▋", "▊", "▉"};
        bar += partial[eighths % 8];
        char line[64];
        std::snprintf(line, sizeof line, "  %-10s ", b.value.c_str());
        out += line + std::string(a.cyan) + bar + a.reset + " " + std::to_string(b.count) + "\n";
    }
    return out;
}

}  // namespace

std::string format_text(const SearchResponse& response, const TextStyle& style) {
    const Ansi a = style.color ? Ansi{"\033[1m", "\033[2m", "\033[36m", "\033[0m"} : Ansi{"", "", "", ""};
    std::string out;
    char line[512];
    std::snprintf(line, sizeof line, "%s%s%u match%s%s for %s\n", a.dim, response.total_exact ? "" : "~",
                  response.total_estimate, response.total_estimate == 1 ? "" : "es", a.reset, response.query.c_str());
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
        if (!r.snippet.empty()) out += "   " + r.snippet + "\n";
    }
    if (!response.facets.empty()) {
        // Say what the counts describe: by default the best matches, not all.
        std::snprintf(line, sizeof line, "\n%sfacets over %u article%s%s%s\n", a.dim, response.facets_over,
                      response.facets_over == 1 ? "" : "s",
                      response.facets_over < response.total_estimate ? " that answer the query best" : "", a.reset);
        out += line;
    }
    static const char* const kFacetOrder[] = {"person", "organization", "location", "source", "category"};
    for (const char* name : kFacetOrder) {
        const auto it = response.facets.find(name);
        if (it == response.facets.end() || it->second.empty()) continue;
        out.append("\n").append(a.bold).append(facet_label(name)).append(":").append(a.reset);
        for (const auto& v : it->second) out += "  " + v.value + " (" + std::to_string(v.count) + ")";
        out += "\n";
    }
    out += timeline_chart(response.timeline, a);
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
