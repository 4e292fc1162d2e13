// Corpus word classes for the entity tagger, computed by the project's own
// code from unlabeled news (`telusur-eval build-gazetteer --corpus`): for
// each frequent lower-cased word a distributional cluster (spherical k-means
// over randomly projected PPMI vectors of its left and right neighbours) and
// a capitalization class (how often it is written capitalized inside a
// sentence). Stored in the compiled gazetteer as "W" rows.
#pragma once

#include "common/entities/gazetteer.h"

#include <cstdint>
#include <string>
#include <vector>

namespace telusur::eval {

struct LexiconOptions {
    std::vector<std::string> corpus;  ///< JSON-lines files (gzip'd or not) with a "body" field
    int clusters = 256;
    int min_count = 5;  ///< words seen fewer times are left out
    std::size_t max_words = 80000;
    int dims = 96;             ///< random projection size
    int context_words = 2000;  ///< most frequent words used as contexts
    int iterations = 15;
    std::uint64_t seed = 42;
};

/// Reads the corpus, computes the classes and adds them to g; returns the
/// number of words added.
std::size_t add_corpus_lexicon(ner::Gazetteer& g, const LexiconOptions& opt);

}  // namespace telusur::eval
