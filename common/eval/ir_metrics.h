// Retrieval metrics as trec_eval computes them (ndcg_cut.10, recip_rank cut
// at 10, recall.100), on TREC qrels and run files. Pure functions, shared by
// `telusur-eval ir` and the unit tests in tests/test_ir_metrics.cpp.
#pragma once

#include <cstddef>
#include <istream>
#include <map>
#include <string>
#include <vector>

namespace telusur::ir {

/// docid -> relevance grade (0 = judged non-relevant), for one query.
using Judgments = std::map<std::string, int>;
/// qid -> judgments.
using Qrels = std::map<std::string, Judgments>;

/// One line of a run: a retrieved document and its score.
struct RunEntry {
    std::string docid;
    double score = 0;
};
/// qid -> retrieved documents (in file order; see trec_order()).
using Run = std::map<std::string, std::vector<RunEntry>>;

/// Reads TREC qrels ("qid iter docid rel", white-space separated).
/// @throws std::runtime_error naming the line when one is malformed.
Qrels read_qrels(std::istream& in);
/// read_qrels() on a file. @throws std::runtime_error if it cannot be opened.
Qrels read_qrels_file(const std::string& path);

/// Reads a TREC run ("qid Q0 docid rank score run").
/// @throws std::runtime_error naming the line when one is malformed.
Run read_run(std::istream& in);

/// The docids of one query's run in the order trec_eval ranks them: score
/// descending, ties broken by docid descending (trec_eval ignores the rank
/// column). A docid listed twice keeps its first occurrence.
std::vector<std::string> trec_order(std::vector<RunEntry> entries);

/// nDCG@k (trec_eval ndcg_cut): gain = relevance grade, discount
/// log2(rank + 1), ideal ranking built from every judged relevant document.
/// 0 when the query has no relevant document.
double ndcg_at(const std::vector<std::string>& ranked, const Judgments& judgments, std::size_t k);

/// Reciprocal rank of the first relevant document within the top k, else 0.
double reciprocal_rank_at(const std::vector<std::string>& ranked, const Judgments& judgments, std::size_t k);

/// Fraction of the relevant documents found in the top k (0 when none is relevant).
double recall_at(const std::vector<std::string>& ranked, const Judgments& judgments, std::size_t k);

/// Number of documents with grade > 0.
std::size_t relevant_count(const Judgments& judgments);

struct QueryScores {
    std::string qid;
    double ndcg10 = 0, mrr10 = 0, recall100 = 0;
};

struct IrScores {
    std::size_t queries = 0;  ///< queries averaged over
    double ndcg10 = 0, mrr10 = 0, recall100 = 0;
    std::vector<QueryScores> per_query;  ///< in qid order
};

/// Averages the three metrics over every query of qrels that has a relevant
/// document and is in `only` (all such queries when `only` is empty);
/// queries judged without any relevant document are skipped, as trec_eval
/// does, and a query absent from the run counts 0.
IrScores evaluate_run(const Qrels& qrels, const Run& run, const std::vector<std::string>& only = {});

}  // namespace telusur::ir
