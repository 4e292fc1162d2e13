// Document building and input parsing, each alone, on real articles:
//   BM_DocumentBuild/...  telusur::DocumentBuilder::build() on each article (terms,
//                         values, boolean terms, JSON document data), with entity
//                         tagging (as telusur-index by default) and without, stemmer
//                         snowball, telusur or none; no database involved.
//   BM_WriteDocuments/... Xapian's part of indexing alone: the built documents
//                         (telusur stemmer, entities, as telusur-index builds
//                         them) added to a fresh on-disk database and
//                         committed every N documents (the argument), with
//                         their position lists and without;
//                         the floor of any indexer writing this index.
//   BM_ReadJsonl/...      telusur::ArticleReader over a slice of the dump written
//                         once to /tmp, plain and gzip: JSON parsing, UTF-8
//                         checks, field validation (and inflating, for gzip).
//
// Articles: the first TELUSUR_BENCH_ARTICLES (default 2,000) of
// ../shared/corpus/clickid/articles.jsonl.gz (or TELUSUR_BENCH_DUMP).
// Reports articles/s (items) and text bytes/s (title + body).
//   build-bench/tests/bench/bench_document --benchmark_repetitions=3
#include "common/document_builder.h"
#include "common/readers.h"

#include <benchmark/benchmark.h>
#include <xapian.h>
#include <zlib.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <unistd.h>
#include <vector>

namespace {

std::string dump_path() {
    if (const char* p = std::getenv("TELUSUR_BENCH_DUMP")) return p;
    return std::string(TELUSUR_SHARED_DIR) + "/corpus/clickid/articles.jsonl.gz";
}

std::size_t article_limit() {
    if (const char* n = std::getenv("TELUSUR_BENCH_ARTICLES")) return std::stoul(n);
    return 2000;
}

const std::vector<telusur::Article>& articles() {
    static const std::vector<telusur::Article> a = [] {
        std::vector<telusur::Article> out;
        telusur::ArticleReader reader({dump_path()});
        telusur::InputRecord record;
        while (out.size() < article_limit() && reader.next(record, [](const telusur::InputIssue&) {}))
            out.push_back(record.article);
        if (out.empty()) std::cerr << "bench_document: no articles (is " << dump_path() << " there?)\n";
        return out;
    }();
    return a;
}

std::size_t text_bytes(const std::vector<telusur::Article>& v) {
    std::size_t n = 0;
    for (const auto& a : v) n += a.title.size() + a.body.size();
    return n;
}

void BM_DocumentBuild(benchmark::State& state, const char* stemmer, bool entities) {
    const auto& as = articles();
    if (as.empty()) return state.SkipWithError("no articles");
    const telusur::Analyzer analyzer(telusur::AnalysisOptions{stemmer, true});
    telusur::DocumentBuilder builder(analyzer, entities ? &telusur::EntityExtractor::instance() : nullptr);
    for (auto _ : state)
        for (const auto& a : as) benchmark::DoNotOptimize(builder.build(a));
    state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * as.size()));
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text_bytes(as)));
}

/// The documents telusur-index writes for articles(): default analysis
/// (telusur stemmer, stopwords, entities); without positions when asked
/// (same terms and wdf, data and values).
std::vector<Xapian::Document> built_documents(bool positions) {
    const telusur::Analyzer analyzer(telusur::AnalysisOptions{});
    telusur::DocumentBuilder builder(analyzer, &telusur::EntityExtractor::instance());
    std::vector<Xapian::Document> out;
    for (const auto& a : articles()) {
        Xapian::Document doc = builder.build(a);
        if (!positions) {
            Xapian::Document flat;
            for (auto t = doc.termlist_begin(); t != doc.termlist_end(); ++t) flat.add_term(*t, t.get_wdf());
            for (auto v = doc.values_begin(); v != doc.values_end(); ++v) flat.add_value(v.get_valueno(), *v);
            flat.set_data(doc.get_data());
            doc = flat;
        }
        out.push_back(std::move(doc));
    }
    return out;
}

void BM_WriteDocuments(benchmark::State& state, bool positions) {
    if (articles().empty()) return state.SkipWithError("no articles");
    const std::vector<Xapian::Document> docs = built_documents(positions);
    const std::string path = "/tmp/telusur-bench-write-" + std::to_string(getpid());
    for (auto _ : state) {
        {
            Xapian::WritableDatabase db(path, Xapian::DB_CREATE_OR_OVERWRITE);
            const auto commit_every = static_cast<std::size_t>(state.range(0));
            for (std::size_t i = 0; i < docs.size(); ++i) {
                db.add_document(docs[i]);
                if ((i + 1) % commit_every == 0) db.commit();
            }
            db.commit();
        }
        state.PauseTiming();
        std::filesystem::remove_all(path);
        state.ResumeTiming();
    }
    state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * docs.size()));
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text_bytes(articles())));
}

/// The first article_limit() lines of the dump, written once as plain JSON
/// Lines and as gzip under /tmp; returns the path.
std::string slice_file(bool gzip) {
    static std::string plain, gz;
    if (plain.empty()) {
        const std::string base = "/tmp/telusur-bench-slice-" + std::to_string(getpid());
        plain = base + ".jsonl";
        gz = base + ".jsonl.gz";
        gzFile in = gzopen(dump_path().c_str(), "rb");
        std::ofstream out(plain, std::ios::binary);
        gzFile gout = gzopen(gz.c_str(), "wb6");
        std::string line;
        char buf[1 << 16];
        std::size_t lines = 0;
        while (in && lines < article_limit() && gzgets(in, buf, sizeof buf)) {
            line += buf;
            if (line.back() != '\n') continue;
            out << line;
            gzwrite(gout, line.data(), static_cast<unsigned>(line.size()));
            line.clear();
            ++lines;
        }
        if (in) gzclose(in);
        gzclose(gout);
        std::atexit([] {
            std::remove(plain.c_str());
            std::remove(gz.c_str());
        });
    }
    return gzip ? gz : plain;
}

void BM_ReadJsonl(benchmark::State& state, bool gzip) {
    if (articles().empty()) return state.SkipWithError("no articles");
    const std::string path = slice_file(gzip);
    std::size_t n = 0, bytes = 0;
    for (auto _ : state) {
        telusur::ArticleReader reader({path});
        telusur::InputRecord record;
        while (reader.next(record, [](const telusur::InputIssue&) {})) {
            ++n;
            bytes += record.article.title.size() + record.article.body.size();
        }
    }
    state.SetItemsProcessed(static_cast<int64_t>(n));
    state.SetBytesProcessed(static_cast<int64_t>(bytes));
}

// What telusur-index does per article by default (snowball, entity tagging),
// then without entities and with the other stemmers.
BENCHMARK_CAPTURE(BM_DocumentBuild, snowball_entities, "snowball", true)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_DocumentBuild, snowball, "snowball", false)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_DocumentBuild, telusur, "telusur", false)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_DocumentBuild, none, "none", false)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_WriteDocuments, positions, true)->Arg(200)->Arg(1000)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_WriteDocuments, no_positions, false)->Arg(200)->Arg(1000)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_ReadJsonl, plain, false)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_ReadJsonl, gzip, true)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
