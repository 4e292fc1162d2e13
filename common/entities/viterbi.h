// First-order Viterbi decoding over BIO tags, shared by the tagger
// (PerceptronModel::tag, int16 weights summed in int32) and its trainer
// (float weights). Internal to common/entities.
#pragma once

#include "common/entities/bio_tags.h"
#include "common/entities/tagger_features.h"

#include <algorithm>
#include <cstdint>
#include <iterator>
#include <limits>
#include <vector>

namespace telusur::ner {

/// Reusable buffers of one Viterbi decoding.
struct ViterbiScratch {
    std::vector<std::uint8_t> back;  // n x kNumTags back pointers
};

namespace viterbi_detail {

// The summed weights of one token's features: per tag, those that do not
// depend on the previous tag, and per previous-tag class those that do.
template <typename Score>
struct TokenScores {
    Score emission[kNumTags] = {};
    Score context[kPrevClasses][kNumTags] = {};
};

// The previous states some path reaches: allowed there and scored.
template <typename Score>
std::uint8_t reachable_states(std::uint8_t prev_mask, const Score (&delta)[kNumTags], Score none) {
    std::uint8_t reachable = 0;
    for (int p = 0; p < kNumTags; ++p)
        if (((prev_mask >> p) & 1u) && delta[p] != none) reachable |= static_cast<std::uint8_t>(1u << p);
    return reachable;
}

// Sums the weights of token i's features. All feature ids come first, their
// table slots prefetched, then the sums: the lookups are cache misses, and
// this overlaps them. Context features are computed only for the classes
// of the reachable previous states.
template <typename Score, typename Lookup, typename Prefetch>
void score_token(const SentenceFeatures& s, std::size_t i, bool emits, std::uint8_t reachable, const Lookup& weights,
                 const Prefetch& prefetch, TokenScores<Score>& out) {
    std::uint64_t feats[kMaxFeatures + kPrevClasses * kMaxTransitionFeatures];
    const int nf = emits ? emission_features(s, i, feats) : 0;
    std::uint8_t classes = 0;
    for (int p = 0; p < kNumTags; ++p)
        if ((reachable >> p) & 1u) classes |= static_cast<std::uint8_t>(1u << prev_class(static_cast<Tag>(p)));
    int cls_begin[kPrevClasses + 1] = {};
    int n_all = nf;
    for (int c = 0; c < kPrevClasses; ++c) {
        cls_begin[c] = n_all;
        if ((classes >> c) & 1u) n_all += context_features(s, i, c, feats + n_all);
    }
    cls_begin[kPrevClasses] = n_all;
    prefetch(feats, n_all);
    for (int f = 0; f < nf; ++f)
        if (const auto* w = weights(feats[f]))
            for (int t = 0; t < kNumTags; ++t) out.emission[t] += w[t];
    for (int c = 0; c < kPrevClasses; ++c)
        for (int f = cls_begin[c]; f < cls_begin[c + 1]; ++f)
            if (const auto* w = weights(feats[f]))
                for (int t = 0; t < kNumTags; ++t) out.context[c][t] += w[t];
}

// One step of the recursion: the best score of each allowed tag at this
// token (next) and the previous tag it comes from (back).
template <typename Score>
void advance(const TokenScores<Score>& sc, const Score (&trans)[kNumTags][kNumTags], std::uint8_t reachable,
             std::uint8_t mask, const Score (&delta)[kNumTags], Score none, Score (&next)[kNumTags],
             std::uint8_t* back) {
    std::fill(std::begin(next), std::end(next), none);
    for (int p = 0; p < kNumTags; ++p) {
        if (!((reachable >> p) & 1u)) continue;
        const Tag prev = static_cast<Tag>(p);
        Score tr[kNumTags];
        for (int t = 0; t < kNumTags; ++t) tr[t] = trans[p][t] + sc.context[prev_class(prev)][t];
        for (int t = 0; t < kNumTags; ++t) {
            if (!((mask >> t) & 1u) || !bio_allowed(prev, static_cast<Tag>(t))) continue;
            const Score v = delta[p] + sc.emission[t] + tr[t];
            if (next[t] == none || v > next[t]) {
                next[t] = v;
                back[t] = static_cast<std::uint8_t>(p);
            }
        }
    }
}

}  // namespace viterbi_detail

/// First-order Viterbi over the allowed tags of each token (allowed_tags()).
/// weights(key) gives kNumTags weights or nullptr; prefetch(keys, n) may
/// warm the table for the keys about to be looked up; trans[p][t] is the
/// tag-bigram weight. Tokens that must be O after a token that must be O are
/// passed through without scoring: every path shares them.
template <typename Score, typename Lookup, typename Prefetch>
void viterbi_decode(const SentenceFeatures& s, const Lookup& weights, const Prefetch& prefetch,
                    const Score (&trans)[kNumTags][kNumTags], ViterbiScratch& sc, std::vector<Tag>& out) {
    const std::size_t n = s.n;
    out.assign(n, kO);
    if (n == 0) return;
    constexpr Score kNone = std::numeric_limits<Score>::lowest();
    sc.back.assign(n * kNumTags, 0);
    Score delta[kNumTags], next[kNumTags];
    std::fill(std::begin(delta), std::end(delta), kNone);
    delta[kO] = 0;
    std::uint8_t prev_mask = kOnlyO;
    for (std::size_t i = 0; i < n; ++i) {
        const std::uint8_t mask = allowed_tags(s, i, prev_mask);
        std::uint8_t* back = &sc.back[i * kNumTags];
        if (mask == kOnlyO && prev_mask == kOnlyO) {
            back[kO] = kO;
            continue;  // delta[kO] unchanged up to a constant shared by all paths
        }
        const std::uint8_t reachable = viterbi_detail::reachable_states(prev_mask, delta, kNone);
        viterbi_detail::TokenScores<Score> scores;
        viterbi_detail::score_token(s, i, mask != kOnlyO, reachable, weights, prefetch, scores);
        viterbi_detail::advance(scores, trans, reachable, mask, delta, kNone, next, back);
        std::copy(std::begin(next), std::end(next), std::begin(delta));
        prev_mask = mask;
    }
    int best = kO;
    for (int t = 0; t < kNumTags; ++t)
        if (((prev_mask >> t) & 1u) && delta[t] != kNone && (delta[best] == kNone || delta[t] > delta[best])) best = t;
    for (std::size_t i = n; i-- > 0;) {
        out[i] = static_cast<Tag>(best);
        best = sc.back[i * kNumTags + best];
    }
}

}  // namespace telusur::ner
