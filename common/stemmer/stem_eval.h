// Stemming accuracy on word<TAB>lemma gold files: shared by
// `telusur-eval stem` and the CI test tests/test_stem_eval.cpp.
#pragma once

#include <xapian.h>

#include <cstddef>
#include <string>
#include <vector>

namespace telusur {

struct StemGoldPair {
    std::string word;
    std::string lemma;
};

/// Reads `word<TAB>lemma` lines; blank lines and lines starting with '#' are
/// skipped. @throws std::runtime_error if the file cannot be read or a line
/// has no tab.
std::vector<StemGoldPair> read_stem_gold(const std::string& path);

struct StemError {
    std::string word;
    std::string expected;
    std::string got;
};

struct StemScore {
    std::size_t pairs = 0;
    std::size_t correct = 0;
    std::vector<StemError> errors;  ///< the first max_errors mistakes, in file order
    double accuracy() const { return pairs ? static_cast<double>(correct) / pairs : 0.0; }
};

/// Exact-match accuracy of stemmer on gold, keeping up to max_errors errors.
StemScore score_stemmer(const std::vector<StemGoldPair>& gold, const Xapian::Stem& stemmer,
                        std::size_t max_errors = 20);

}  // namespace telusur
