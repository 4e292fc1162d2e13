#include "common/eval/ir_metrics.h"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <set>
#include <sstream>
#include <stdexcept>

namespace telusur::ir {

namespace {

std::runtime_error line_error(const char* what, std::size_t line_number, const std::string& line) {
    return std::runtime_error(std::string(what) + " line " + std::to_string(line_number) + ": '" + line + "'");
}

bool is_blank(const std::string& line) { return line.find_first_not_of(" \t\r") == std::string::npos; }

/// Calls parse(fields, line_number, line) for each non-blank line of a
/// whitespace-separated TREC file (qrels or run).
template <class Parse>
void for_each_trec_line(std::istream& in, Parse&& parse) {
    std::string line;
    std::size_t line_number = 0;
    while (std::getline(in, line)) {
        ++line_number;
        if (is_blank(line)) continue;
        std::istringstream fields(line);
        parse(fields, line_number, line);
    }
}

}  // namespace

Qrels read_qrels(std::istream& in) {
    Qrels qrels;
    for_each_trec_line(in, [&](std::istringstream& fields, std::size_t line_number, const std::string& line) {
        std::string qid, iter, docid;
        int rel = 0;
        if (!(fields >> qid >> iter >> docid >> rel)) throw line_error("malformed qrels", line_number, line);
        qrels[qid][docid] = rel;
    });
    return qrels;
}

Qrels read_qrels_file(const std::string& path) {
    std::ifstream in(path);
    if (!in) throw std::runtime_error("cannot open qrels file '" + path + "'");
    return read_qrels(in);
}

Run read_run(std::istream& in) {
    Run run;
    for_each_trec_line(in, [&](std::istringstream& fields, std::size_t line_number, const std::string& line) {
        std::string qid, q0, docid, rank;
        double score = 0;
        if (!(fields >> qid >> q0 >> docid >> rank >> score)) throw line_error("malformed run", line_number, line);
        run[qid].push_back({docid, score});
    });
    return run;
}

std::vector<std::string> trec_order(std::vector<RunEntry> entries) {
    std::stable_sort(entries.begin(), entries.end(), [](const RunEntry& a, const RunEntry& b) {
        if (a.score != b.score) return a.score > b.score;
        return a.docid > b.docid;
    });
    std::vector<std::string> ranked;
    std::set<std::string> seen;
    for (auto& e : entries)
        if (seen.insert(e.docid).second) ranked.push_back(std::move(e.docid));
    return ranked;
}

std::size_t relevant_count(const Judgments& judgments) {
    std::size_t n = 0;
    for (const auto& [doc, rel] : judgments) n += rel > 0;
    return n;
}

double ndcg_at(const std::vector<std::string>& ranked, const Judgments& judgments, std::size_t k) {
    double dcg = 0;
    for (std::size_t i = 0; i < ranked.size() && i < k; ++i) {
        const auto it = judgments.find(ranked[i]);
        if (it != judgments.end() && it->second > 0) dcg += it->second / std::log2(static_cast<double>(i + 2));
    }
    std::vector<int> gains;
    for (const auto& [doc, rel] : judgments)
        if (rel > 0) gains.push_back(rel);
    std::sort(gains.rbegin(), gains.rend());
    double ideal = 0;
    for (std::size_t i = 0; i < gains.size() && i < k; ++i) ideal += gains[i] / std::log2(static_cast<double>(i + 2));
    return ideal > 0 ? dcg / ideal : 0;
}

double reciprocal_rank_at(const std::vector<std::string>& ranked, const Judgments& judgments, std::size_t k) {
    for (std::size_t i = 0; i < ranked.size() && i < k; ++i) {
        const auto it = judgments.find(ranked[i]);
        if (it != judgments.end() && it->second > 0) return 1.0 / static_cast<double>(i + 1);
    }
    return 0;
}

double recall_at(const std::vector<std::string>& ranked, const Judgments& judgments, std::size_t k) {
    const std::size_t relevant = relevant_count(judgments);
    if (relevant == 0) return 0;
    std::size_t found = 0;
    for (std::size_t i = 0; i < ranked.size() && i < k; ++i) {
        const auto it = judgments.find(ranked[i]);
        found += it != judgments.end() && it->second > 0;
    }
    return static_cast<double>(found) / static_cast<double>(relevant);
}

IrScores evaluate_run(const Qrels& qrels, const Run& run, const std::vector<std::string>& only) {
    const std::set<std::string> wanted(only.begin(), only.end());
    IrScores scores;
    for (const auto& [qid, judgments] : qrels) {
        if (relevant_count(judgments) == 0) continue;  // trec_eval skips these
        if (!wanted.empty() && !wanted.count(qid)) continue;
        QueryScores q{qid};
        if (const auto it = run.find(qid); it != run.end()) {
            const auto ranked = trec_order(it->second);
            q.ndcg10 = ndcg_at(ranked, judgments, 10);
            q.mrr10 = reciprocal_rank_at(ranked, judgments, 10);
            q.recall100 = recall_at(ranked, judgments, 100);
        }
        scores.ndcg10 += q.ndcg10;
        scores.mrr10 += q.mrr10;
        scores.recall100 += q.recall100;
        scores.per_query.push_back(std::move(q));
    }
    scores.queries = scores.per_query.size();
    if (scores.queries > 0) {
        const double n = static_cast<double>(scores.queries);
        scores.ndcg10 /= n, scores.mrr10 /= n, scores.recall100 /= n;
    }
    return scores;
}

}  // namespace telusur::ir
