// Reading CoNLL BIO files and conlleval-style scoring, shared by the `ner`
// and `train-ner` subcommands of telusur-eval.
#pragma once

#include "common/entities/entities.h"

#include <array>
#include <string>
#include <vector>

namespace telusur::eval {

struct ConllSentence {
    std::vector<std::string> tokens;
    std::vector<std::string> tags;  ///< "O", "B-PER", ...
};

/// Reads `token<TAB>tag` lines, blank line between sentences.
/// @throws std::runtime_error naming the file if it cannot be read.
std::vector<ConllSentence> read_conll(const std::string& path);

/// A sentence's key for splitting: its lower-cased alphanumerics, so the
/// same text lands on the same side in every file that contains it.
std::string sentence_key(const ConllSentence& s);

/// Whether a sentence goes to the dev split (deterministic, by key): the
/// keys whose hash falls in [offset, offset + fraction) of the hash range
/// (offset 0 is the documented dev split; others give extra folds).
bool in_dev_split(const ConllSentence& s, double dev_fraction, double dev_offset = 0.0);

/// Entity-level exact-match counts per type (PER, ORG, LOC).
struct NerCounts {
    std::array<std::size_t, 3> tp{}, predicted{}, gold{};
    void add_sentence(const ConllSentence& gold_sentence, const std::vector<TokenEntity>& predicted_entities,
                      const std::array<bool, 3>& scored_types);
};

struct Prf {
    double p = 0, r = 0, f1 = 0;
};
Prf prf(std::size_t tp, std::size_t predicted, std::size_t gold);
Prf micro(const NerCounts& c, const std::array<bool, 3>& scored_types);

/// Types scored for a file: NERP (no ORG annotation) only PER and LOC.
std::array<bool, 3> default_scored_types(const std::string& path);

}  // namespace telusur::eval
