// Retrieval metrics against hand-computed values (trec_eval's definitions:
// ndcg_cut.10 with gain = grade and log2(rank + 1) discount, recip_rank cut
// at 10, recall.100; ties ranked by docid descending).
#include "common/eval/ir_metrics.h"

#include <gtest/gtest.h>

#include <cmath>
#include <sstream>
#include <stdexcept>

namespace telusur::ir {
namespace {

TEST(IrMetrics, SingleRelevantAtRankTwo) {
    const Judgments j{{"d1", 1}};
    const std::vector<std::string> ranked{"d2", "d1", "d3"};
    EXPECT_NEAR(ndcg_at(ranked, j, 10), 1.0 / std::log2(3.0), 1e-12);  // 0.6309
    EXPECT_DOUBLE_EQ(reciprocal_rank_at(ranked, j, 10), 0.5);
    EXPECT_DOUBLE_EQ(recall_at(ranked, j, 100), 1.0);
}

TEST(IrMetrics, GradedGainsAndIdealFromAllJudged) {
    // a (2) is at rank 3, b (1) at rank 1; c is judged non-relevant.
    const Judgments j{{"a", 2}, {"b", 1}, {"c", 0}};
    const std::vector<std::string> ranked{"b", "x", "a", "c"};
    const double dcg = 1.0 / std::log2(2.0) + 2.0 / std::log2(4.0);    // 1 + 1 = 2
    const double ideal = 2.0 / std::log2(2.0) + 1.0 / std::log2(3.0);  // 2.6309
    EXPECT_NEAR(ndcg_at(ranked, j, 10), dcg / ideal, 1e-12);           // 0.7602
    EXPECT_DOUBLE_EQ(reciprocal_rank_at(ranked, j, 10), 1.0);
    EXPECT_DOUBLE_EQ(recall_at(ranked, j, 100), 1.0);
    EXPECT_EQ(relevant_count(j), 2u);
}

TEST(IrMetrics, IdealUsesRelevantDocumentsNotRetrieved) {
    // Two relevant, only one retrieved at rank 1: 1 / (1 + 1/log2 3).
    const Judgments j{{"a", 1}, {"b", 1}};
    EXPECT_NEAR(ndcg_at({"a"}, j, 10), 1.0 / (1.0 + 1.0 / std::log2(3.0)), 1e-12);  // 0.6131
    EXPECT_DOUBLE_EQ(recall_at({"a"}, j, 100), 0.5);
}

TEST(IrMetrics, Cutoffs) {
    std::vector<std::string> ranked;
    for (int i = 1; i <= 150; ++i) ranked.push_back("n" + std::to_string(i));
    ranked[10] = "r1";   // rank 11: outside @10
    ranked[120] = "r2";  // rank 121: outside @100
    const Judgments j{{"r1", 1}, {"r2", 1}};
    EXPECT_DOUBLE_EQ(ndcg_at(ranked, j, 10), 0.0);
    EXPECT_DOUBLE_EQ(reciprocal_rank_at(ranked, j, 10), 0.0);
    EXPECT_DOUBLE_EQ(reciprocal_rank_at(ranked, j, 20), 1.0 / 11);
    EXPECT_DOUBLE_EQ(recall_at(ranked, j, 100), 0.5);
}

TEST(IrMetrics, NoRelevantDocumentScoresZero) {
    const Judgments j{{"a", 0}};
    EXPECT_DOUBLE_EQ(ndcg_at({"a"}, j, 10), 0.0);
    EXPECT_DOUBLE_EQ(reciprocal_rank_at({"a"}, j, 10), 0.0);
    EXPECT_DOUBLE_EQ(recall_at({"a"}, j, 100), 0.0);
}

TEST(IrMetrics, TrecOrderSortsByScoreThenDocidDescending) {
    const auto ranked = trec_order({{"a", 1.0}, {"b", 1.0}, {"c", 2.0}, {"a", 0.5}});
    EXPECT_EQ(ranked, (std::vector<std::string>{"c", "b", "a"}));
}

TEST(IrMetrics, ReadsQrelsAndRun) {
    std::istringstream qrels_in("q1 0 d1 1\nq1 0 d2 0\n\nq2 0 d3 2\n");
    const Qrels qrels = read_qrels(qrels_in);
    ASSERT_EQ(qrels.size(), 2u);
    EXPECT_EQ(qrels.at("q1").at("d2"), 0);
    EXPECT_EQ(qrels.at("q2").at("d3"), 2);

    std::istringstream run_in("q1 Q0 d2 1 3.5 run\nq1 Q0 d1 2 1.25 run\n");
    const ir::Run run = read_run(run_in);
    ASSERT_EQ(run.at("q1").size(), 2u);
    EXPECT_EQ(run.at("q1")[1].docid, "d1");
    EXPECT_DOUBLE_EQ(run.at("q1")[1].score, 1.25);

    std::istringstream bad("q1 0 d1\n");
    EXPECT_THROW(read_qrels(bad), std::runtime_error);
    std::istringstream bad_run("q1 Q0 d1 1\n");
    EXPECT_THROW(read_run(bad_run), std::runtime_error);
}

TEST(IrMetrics, EvaluateRunAveragesLikeTrecEval) {
    // q1: found at rank 2; q2: no relevant document (skipped); q3: judged but
    // absent from the run (counts 0).
    const Qrels qrels{{"q1", {{"d1", 1}}}, {"q2", {{"d2", 0}}}, {"q3", {{"d3", 1}}}};
    const ir::Run run{{"q1", {{"x", 2.0}, {"d1", 1.0}}}, {"q2", {{"d2", 1.0}}}};
    const IrScores s = evaluate_run(qrels, run);
    EXPECT_EQ(s.queries, 2u);
    EXPECT_NEAR(s.ndcg10, (1.0 / std::log2(3.0)) / 2, 1e-12);
    EXPECT_DOUBLE_EQ(s.mrr10, 0.25);
    EXPECT_DOUBLE_EQ(s.recall100, 0.5);

    const IrScores only_q1 = evaluate_run(qrels, run, {"q1"});
    EXPECT_EQ(only_q1.queries, 1u);
    EXPECT_DOUBLE_EQ(only_q1.mrr10, 0.5);
}

}  // namespace
}  // namespace telusur::ir
