// Entity extraction throughput on a paragraph of news text, in tokens per
// second (items/s). The indexer runs extract() on every title and body, so
// this bounds the entity cost of an indexing run.
#include "common/entities/entities.h"
#include "common/entities/ner_text.h"

#include <benchmark/benchmark.h>

namespace {

// Written for this benchmark in the style of Indonesian online news.
constexpr std::string_view kParagraph =
    "JAKARTA, KOMPAS.com - Presiden Joko Widodo meminta Menteri Keuangan Sri Mulyani Indrawati "
    "mempercepat pencairan anggaran bantuan sosial bagi warga terdampak banjir di Kabupaten Bekasi, "
    "Jawa Barat. \"Kita tidak boleh terlambat, rakyat menunggu,\" kata Jokowi di Istana Merdeka, "
    "Jakarta, Senin (6/1/2020). Ketua Umum Partai Gerindra Prabowo Subianto mengatakan partainya "
    "mendukung langkah pemerintah. Sementara itu, Badan Nasional Penanggulangan Bencana (BNPB) mencatat "
    "sedikitnya 60 orang meninggal dunia. Kepala Pusat Data BNPB Agus Wibowo menyebutkan banjir juga "
    "melanda Kota Tangerang dan Kabupaten Lebak, Banten. Duta Besar AS untuk Indonesia menyampaikan "
    "belasungkawa, sedangkan Korut dan Korsel belum memberikan tanggapan, ujar juru bicara Kementerian "
    "Luar Negeri Teuku Faizasyah kepada wartawan.\n";

void BM_ExtractParagraph(benchmark::State& state) {
    const auto& extractor = telusur::EntityExtractor::instance();
    const std::size_t tokens = telusur::ner::tokenize(kParagraph).size();
    std::size_t entities = 0;
    for (auto _ : state) {
        auto found = extractor.extract(kParagraph);
        entities += found.size();
        benchmark::DoNotOptimize(found);
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * tokens));
    state.counters["entities/call"] = static_cast<double>(entities) / static_cast<double>(state.iterations());
}
BENCHMARK(BM_ExtractParagraph)->ThreadRange(1, 2)->UseRealTime();

// The same with the rules before the clean-up for real news (rule_mask 12:
// no headline-verb cut, site/storm drop, abbreviation split, acronym and
// type harmonizing): the baseline, side by side in one run.
void BM_ExtractParagraphBaselineRules(benchmark::State& state) {
    static const telusur::EntityExtractor extractor =
        telusur::EntityExtractor::load(telusur::entity_model_dir(), telusur::ExtractorOptions{true, 0xC});
    const std::size_t tokens = telusur::ner::tokenize(kParagraph).size();
    for (auto _ : state) benchmark::DoNotOptimize(extractor.extract(kParagraph));
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * tokens));
}
BENCHMARK(BM_ExtractParagraphBaselineRules)->UseRealTime();

void BM_Tokenize(benchmark::State& state) {
    const std::size_t tokens = telusur::ner::tokenize(kParagraph).size();
    for (auto _ : state) benchmark::DoNotOptimize(telusur::ner::tokenize(kParagraph));
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * tokens));
}
BENCHMARK(BM_Tokenize);

}  // namespace

BENCHMARK_MAIN();
