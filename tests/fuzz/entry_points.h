// What the fuzzers run, one function per target, shared by the libFuzzer
// binaries (fuzz_<target>.cpp, clang with TELUSUR_FUZZ=ON) and by the
// FuzzReplay suite of the normal build, which replays the seed corpora and
// every input a fuzzer crashed on (tests/fuzz/regressions/<target>/).
//
// Each function takes any bytes. It returns normally when the code under
// test behaved; a broken invariant throws InvariantBroken (an uncaught
// exception: libFuzzer reports a crash and saves the input), and a memory
// error or undefined behaviour is the sanitizers' to report.
#pragma once

#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

namespace telusur::fuzz {

struct InvariantBroken : std::logic_error {
    using std::logic_error::logic_error;
};

/// The bytes as a JSON Lines file through ArticleReader, plain and gzipped
/// (both must give the same articles and issues), then as a capped
/// --strict run; every article it yields is built into a document
/// (analysis and entity tagging) whose terms a glass database accepts.
void jsonl_reader(const std::uint8_t* data, std::size_t size);

/// The bytes after the first as a query (every field, wildcards, boolean
/// operators, phrases) searched through Searcher on a database indexed
/// from corpus/articles.jsonl once per process; the first byte picks the
/// options: bit 0 --all, 1 --facets, 2 --sort date, 3 stem capitalized
/// words, 4 --from 2024-10 --to 2024-11, 5 --no-collapse, bits 6-7 the
/// weighting (00 PL2, 01 BM25 -- letters '@'..'_' --, 10 BM25+, 11 LM --
/// lower case). A query gets results or a QueryError, and every output
/// format renders it (JSON valid).
void query(const std::uint8_t* data, std::size_t size);

/// The bytes as text through the analysis pipeline: normalize(), analyze()
/// (what the indexer indexes), parse_query() (what the query side parses),
/// the stemmer on each word, and entity tagging (offsets within the text).
void analyzer(const std::uint8_t* data, std::size_t size);

/// The targets by name, for the replay suite.
struct Target {
    const char* name;
    void (*run)(const std::uint8_t* data, std::size_t size);
};
const std::vector<Target>& targets();

}  // namespace telusur::fuzz
