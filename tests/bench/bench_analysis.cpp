// The analysis pipeline's hot pieces, each alone, on real paragraphs:
//   BM_Normalize               telusur::Analyzer::normalize (ICU NFKC, ignorables,
//                              currency splitting) on each paragraph;
//   BM_TermGeneratorIndex/...  a TermGenerator configured by the Analyzer indexing
//                              each (already normalized) paragraph into a fresh
//                              document: Xapian's word splitting, lower-casing,
//                              stopwords, stemming (snowball, telusur or none, so
//                              the stemmer's share shows as the difference), positions.
//   BM_Analyze                 both, as the indexer does for a body (normalize + index).
//
// Paragraphs come from the first TELUSUR_BENCH_ARTICLES (default 2,000) articles
// of ../shared/corpus/clickid/articles.jsonl.gz (or TELUSUR_BENCH_DUMP), bodies
// split at blank lines. Reports bytes/s and paragraphs/s.
//   build-bench/tests/bench/bench_analysis --benchmark_repetitions=3
#include "common/analysis/analyzer.h"
#include "common/readers.h"

#include <benchmark/benchmark.h>
#include <xapian.h>

#include <cstdlib>
#include <iostream>
#include <string>
#include <vector>

namespace {

std::vector<std::string> load_paragraphs() {
    std::size_t limit = 2000;
    if (const char* n = std::getenv("TELUSUR_BENCH_ARTICLES")) limit = std::stoul(n);
    std::string path = std::string(TELUSUR_SHARED_DIR) + "/corpus/clickid/articles.jsonl.gz";
    if (const char* p = std::getenv("TELUSUR_BENCH_DUMP")) path = p;
    std::vector<std::string> out;
    telusur::ArticleReader reader({path});
    telusur::InputRecord record;
    for (std::size_t n = 0; n < limit && reader.next(record, [](const telusur::InputIssue&) {}); ++n) {
        if (!record.article.title.empty()) out.push_back(record.article.title);
        const std::string& body = record.article.body;
        std::size_t start = 0;
        while (start < body.size()) {
            std::size_t end = body.find("\n\n", start);
            if (end == std::string::npos) end = body.size();
            if (end > start) out.push_back(body.substr(start, end - start));
            start = end + 2;
        }
    }
    if (out.empty()) std::cerr << "bench_analysis: no paragraphs (is " << path << " there?)\n";
    return out;
}

const std::vector<std::string>& paragraphs() {
    static const std::vector<std::string> p = load_paragraphs();
    return p;
}

std::size_t total_bytes(const std::vector<std::string>& v) {
    std::size_t n = 0;
    for (const auto& s : v) n += s.size();
    return n;
}

void report(benchmark::State& state, const std::vector<std::string>& v) {
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * total_bytes(v)));
    state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * v.size()));
}

void BM_Normalize(benchmark::State& state) {
    const auto& ps = paragraphs();
    if (ps.empty()) return state.SkipWithError("no paragraphs");
    const telusur::Analyzer analyzer;
    for (auto _ : state)
        for (const auto& p : ps) benchmark::DoNotOptimize(analyzer.normalize(p));
    report(state, ps);
}

void BM_TermGeneratorIndex(benchmark::State& state, const char* stemmer) {
    const auto& raw = paragraphs();
    if (raw.empty()) return state.SkipWithError("no paragraphs");
    const telusur::Analyzer analyzer(telusur::AnalysisOptions{stemmer, true});
    std::vector<std::string> ps;
    ps.reserve(raw.size());
    for (const auto& p : raw) ps.push_back(analyzer.normalize(p));
    Xapian::TermGenerator generator;
    analyzer.configure(generator);
    for (auto _ : state) {
        for (const auto& p : ps) {
            Xapian::Document doc;
            generator.set_document(doc);
            generator.index_text(p);
            benchmark::DoNotOptimize(doc);
        }
    }
    report(state, raw);
}

void BM_Analyze(benchmark::State& state) {
    const auto& ps = paragraphs();
    if (ps.empty()) return state.SkipWithError("no paragraphs");
    const telusur::Analyzer analyzer;
    Xapian::TermGenerator generator;
    analyzer.configure(generator);
    for (auto _ : state) {
        for (const auto& p : ps) {
            Xapian::Document doc;
            generator.set_document(doc);
            generator.index_text(analyzer.normalize(p));
            benchmark::DoNotOptimize(doc);
        }
    }
    report(state, ps);
}

BENCHMARK(BM_Normalize)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_TermGeneratorIndex, snowball, "snowball")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_TermGeneratorIndex, telusur, "telusur")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_TermGeneratorIndex, none, "none")->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Analyze)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
