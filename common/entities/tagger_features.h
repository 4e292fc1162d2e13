// What the entity tagger sees of a sentence: per-token facts computed once
// (hashes of the word, its shape and affixes, gazetteer and trigger bits),
// the candidate pruning that decides which tags a token may take, and the
// hashed feature ids the perceptron weights are keyed by. Internal to
// common/entities; the decoder (viterbi.h) and the trainer share it.
#pragma once

#include "common/entities/bio_tags.h"
#include "common/entities/gazetteer.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace telusur::ner {

/// Per-token facts computed once per sentence, before decoding.
struct SentenceFeatures {
    std::size_t n = 0;
    std::vector<std::uint64_t> word, lower, shape, pre3, suf3, suf4;
    std::vector<std::uint8_t> capitalized;
    std::vector<std::uint8_t> may_start;  // uncapitalized but with an upper-case letter
    std::vector<std::uint8_t> candidate;  // may begin an entity (see allowed_tags())
    std::vector<std::uint8_t> connector;  // may continue a name though not capitalized ("dan", "of", "-", "2")
    GazAnnotation gaz;
    bool all_lower = false;  // no upper-case letter anywhere (NERP-style text)

    // Scratch space reused between sentences.
    std::string lower_buf, shape_buf;
};

/// Fills `out` for one sentence.
void prepare_sentence(const std::string_view* tokens, std::size_t n, const Gazetteer& gaz, SentenceFeatures& out);

/// Maximum number of features one token can produce (per kind).
constexpr int kMaxFeatures = 128;
/// Maximum number of tag-dependent features per token and previous tag.
constexpr int kMaxTransitionFeatures = 16;

/// Writes the hashed ids of token i's features that do not depend on the
/// previous tag; returns how many.
int emission_features(const SentenceFeatures& s, std::size_t i, std::uint64_t* out);

/// The tag-bigram feature for a previous tag (its weight row is the score
/// of each tag after prev).
std::uint64_t bigram_feature(const SentenceFeatures& s, Tag prev);

/// Features of token i that depend on the type of the previous tag
/// (prev_class()); returns how many.
int context_features(const SentenceFeatures& s, std::size_t i, int prev_class, std::uint64_t* out);

/// Tags token i may take (bit t = tag t). In normally-cased text a token that
/// is not capitalized, has no upper-case letter, is in no gazetteer match and
/// is no lower-case place/organisation head before a capitalized word
/// ("desa Tegalwaru") never begins an entity, and continues one only if it is
/// a connector (punctuation, a number, "dan", "of", "van", ...) right after a
/// token that may be inside one; elsewhere it is O. Training and decoding
/// share this pruning, which is what keeps Viterbi decoding about as cheap
/// as greedy.
inline bool is_candidate(const SentenceFeatures& s, std::size_t i) { return s.candidate[i] != 0; }
inline std::uint8_t allowed_tags(const SentenceFeatures& s, std::size_t i, std::uint8_t prev_mask) {
    if (is_candidate(s, i)) return kAllTags;
    return s.connector[i] && prev_mask != kOnlyO ? kOorInside : kOnlyO;
}

}  // namespace telusur::ner
