// Stemming throughput, side by side: Telusur's stemmer uncached, with its
// per-thread and sharded caches, and Xapian's Snowball indonesian.
//
// Words come from the first TELUSUR_BENCH_WORDS (default 1,000,000) words of
// ../shared/corpus/clickid/articles.jsonl.gz (the "title" and "body" fields),
// lower-cased and split on non-letters like the indexer would, in corpus
// order so the cache sees a realistic repeat rate; or from a word list given
// with TELUSUR_BENCH_WORDLIST (one word per line). Reports words/s.
//   build-stem/tests/bench/bench_stemmer --benchmark_repetitions=5
#include "common/stemmer/indonesian_stemmer.h"

#include <benchmark/benchmark.h>
#include <nlohmann/json.hpp>
#include <xapian.h>
#include <zlib.h>

#include <cstdlib>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

namespace {

void split_words(const std::string& text, std::vector<std::string>& out, std::size_t limit) {
    std::string word;
    auto flush = [&] {
        if (!word.empty() && out.size() < limit) out.push_back(word);
        word.clear();
    };
    for (char c : text) {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
            word += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
        } else if (c == '-' && !word.empty()) {
            word += c;
        } else {
            if (!word.empty() && word.back() == '-') word.pop_back();
            flush();
        }
    }
    flush();
}

std::vector<std::string> load_words() {
    std::size_t limit = 1'000'000;
    if (const char* n = std::getenv("TELUSUR_BENCH_WORDS")) limit = std::stoul(n);
    std::vector<std::string> words;
    if (const char* list = std::getenv("TELUSUR_BENCH_WORDLIST")) {
        std::ifstream in(list);
        for (std::string w; words.size() < limit && std::getline(in, w);)
            if (!w.empty()) words.push_back(w);
        return words;
    }
    const std::string path = std::string(TELUSUR_SHARED_DIR) + "/corpus/clickid/articles.jsonl.gz";
    gzFile gz = gzopen(path.c_str(), "rb");
    if (!gz) return words;
    std::string line;
    char buf[1 << 16];
    while (words.size() < limit && gzgets(gz, buf, sizeof buf)) {
        line += buf;
        if (line.empty() || line.back() != '\n') continue;
        auto doc = nlohmann::json::parse(line, nullptr, false);
        line.clear();
        if (doc.is_discarded() || !doc.is_object()) continue;
        for (const char* field : {"title", "body"})
            if (doc.contains(field) && doc[field].is_string()) split_words(doc[field].get<std::string>(), words, limit);
    }
    gzclose(gz);
    return words;
}

const std::vector<std::string>& words() {
    static const std::vector<std::string> w = [] {
        auto loaded = load_words();
        if (loaded.empty()) std::cerr << "bench_stemmer: no words (corpus or TELUSUR_BENCH_WORDLIST missing)\n";
        return loaded;
    }();
    return w;
}

void run(benchmark::State& state, Xapian::Stem stem) {
    const auto& ws = words();
    if (ws.empty()) {
        state.SkipWithError("no words to stem");
        return;
    }
    for (auto _ : state)
        for (const auto& w : ws) benchmark::DoNotOptimize(stem(w));
    state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * ws.size()));
    state.counters["words/s"] =
        benchmark::Counter(static_cast<double>(state.iterations() * ws.size()), benchmark::Counter::kIsRate);
}

void BM_Snowball(benchmark::State& state) { run(state, Xapian::Stem("indonesian")); }
void BM_TelusurUncached(benchmark::State& state) {
    run(state, Xapian::Stem(new telusur::TelusurStemImplementation(telusur::StemCacheMode::kNone)));
}
// Cached modes use one long-lived instance, as the indexer does, so after the
// first iteration they measure the warm cache of a long indexing run (the
// first, cold pass costs about what the uncached run does). The 2-thread
// variants share that instance to show lock contention in the sharded cache.
Xapian::Stem cached(telusur::StemCacheMode mode) { return Xapian::Stem(new telusur::TelusurStemImplementation(mode)); }
void BM_TelusurThreadLocalCache(benchmark::State& state) {
    static const Xapian::Stem stem = cached(telusur::StemCacheMode::kThreadLocal);
    run(state, stem);
}
void BM_TelusurShardedCache(benchmark::State& state) {
    static const Xapian::Stem stem = cached(telusur::StemCacheMode::kSharded);
    run(state, stem);
}

BENCHMARK(BM_Snowball)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_TelusurUncached)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_TelusurThreadLocalCache)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_TelusurShardedCache)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_TelusurThreadLocalCache)->Unit(benchmark::kMillisecond)->UseRealTime()->Threads(2);
BENCHMARK(BM_TelusurShardedCache)->Unit(benchmark::kMillisecond)->UseRealTime()->Threads(2);

}  // namespace

BENCHMARK_MAIN();
