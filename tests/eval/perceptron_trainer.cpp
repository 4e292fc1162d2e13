#include "tests/eval/perceptron_trainer.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <numeric>

namespace telusur::ner {

void PerceptronTrainer::update(std::uint64_t key, Tag tag, float delta) {
    std::uint32_t idx = index_.find(key);
    if (idx == FlatMap64::kMissing) {
        idx = static_cast<std::uint32_t>(index_.size());
        index_.insert(key, idx);
        keys_.push_back(key);
        const std::size_t base = static_cast<std::size_t>(idx) * kNumTags;
        weights_.resize(base + kNumTags, 0.0f);
        totals_.resize(base + kNumTags, 0.0);
        stamps_.resize(base + kNumTags, now_);
    }
    const std::size_t j = static_cast<std::size_t>(idx) * kNumTags + tag;
    totals_[j] += double(now_ - stamps_[j]) * weights_[j];
    stamps_[j] = now_;
    weights_[j] += delta;
}

void PerceptronTrainer::decode(const SentenceFeatures& s) {
    const auto lookup = [this](std::uint64_t key) -> const float* {
        const std::uint32_t idx = index_.find(key);
        return idx == FlatMap64::kMissing ? nullptr : &weights_[static_cast<std::size_t>(idx) * kNumTags];
    };
    float trans[kNumTags][kNumTags] = {};
    for (int p = 0; p < kNumTags; ++p)
        if (const float* w = lookup(bigram_feature(s, static_cast<Tag>(p))))
            for (int t = 0; t < kNumTags; ++t) trans[p][t] = w[t];
    viterbi_decode<float>(
        s, lookup, [](const std::uint64_t*, int) {}, trans, scratch_, pred_);
}

void PerceptronTrainer::reachable_gold(const TrainSentence& ts) {
    const SentenceFeatures& s = ts.features;
    gold_ = ts.gold;
    // Gold tags the pruning rules out (nerui's "detikcom", "rumah
    // Sakit ..."): train towards the closest path the decoder can
    // produce (O there, and B- for an I- left after it), so that no
    // update keeps chasing a tag it never can.
    std::uint8_t pm = kOnlyO;
    for (std::size_t i = 0; i < s.n; ++i) {
        const std::uint8_t m = allowed_tags(s, i, pm);
        Tag& g = gold_[i];
        const Tag prev = i > 0 ? gold_[i - 1] : kO;
        if (!((m >> g) & 1u)) g = kO;
        if (!bio_allowed(prev, g)) g = static_cast<Tag>(g - 1);  // I-X after O -> B-X
        if (!((m >> g) & 1u)) g = kO;
        pm = m;
    }
    // A source without ORG annotation: an ORG guess on an O token is
    // not evidence against the guess.
    if (ts.no_org)
        for (std::size_t i = 0; i < s.n; ++i)
            if (gold_[i] == kO && (pred_[i] == kBOrg || pred_[i] == kIOrg)) gold_[i] = pred_[i];
}

std::size_t PerceptronTrainer::update_differences(const SentenceFeatures& s) {
    std::size_t errors = 0;
    std::uint64_t feats[kMaxFeatures];
    const auto update_all = [&](int n, Tag tag, float delta) {
        for (int f = 0; f < n; ++f) update(feats[f], tag, delta);
    };
    for (std::size_t i = 0; i < s.n; ++i) {
        const Tag g = gold_[i], p = pred_[i];
        const Tag gp = i > 0 ? gold_[i - 1] : kO, pp = i > 0 ? pred_[i - 1] : kO;
        if (g != p) {
            ++errors;
            const int nf = emission_features(s, i, feats);
            for (int f = 0; f < nf; ++f) {
                update(feats[f], g, 1.0f);
                update(feats[f], p, -1.0f);
            }
        }
        if (g != p || gp != pp) {
            update(bigram_feature(s, gp), g, 1.0f);
            update(bigram_feature(s, pp), p, -1.0f);
            update_all(context_features(s, i, prev_class(gp), feats), g, 1.0f);
            update_all(context_features(s, i, prev_class(pp), feats), p, -1.0f);
        }
    }
    return errors;
}

std::size_t PerceptronTrainer::train_epoch(std::vector<TrainSentence>& data, std::mt19937_64& rng) {
    std::vector<std::size_t> order(data.size());
    std::iota(order.begin(), order.end(), 0);
    std::shuffle(order.begin(), order.end(), rng);
    std::size_t errors = 0;
    for (std::size_t idx : order) {
        const TrainSentence& ts = data[idx];
        ++now_;
        decode(ts.features);
        reachable_gold(ts);
        errors += update_differences(ts.features);
    }
    return errors;
}

double PerceptronTrainer::average_total(std::size_t j) const {
    return totals_[j] + double(now_ - stamps_[j]) * weights_[j];
}

PerceptronModel PerceptronTrainer::averaged(float prune_below) const { return averaged({this}, prune_below); }

PerceptronModel PerceptronTrainer::averaged(const std::vector<const PerceptronTrainer*>& trainers, float prune_below) {
    // The mean over trainers of each feature's averaged weights.
    FlatMap64 index;
    std::vector<std::uint64_t> keys;
    std::vector<std::array<float, kNumTags>> sums;
    for (const PerceptronTrainer* tr : trainers) {
        const double now = std::max<std::uint32_t>(tr->now_, 1);
        for (std::uint32_t idx = 0; idx < tr->keys_.size(); ++idx) {
            const std::uint64_t key = tr->keys_[idx];
            std::uint32_t k = index.find(key);
            if (k == FlatMap64::kMissing) {
                k = static_cast<std::uint32_t>(keys.size());
                index.insert(key, k);
                keys.push_back(key);
                sums.emplace_back();
                sums.back().fill(0.0f);
            }
            const std::size_t base = static_cast<std::size_t>(idx) * kNumTags;
            for (int t = 0; t < kNumTags; ++t)
                sums[k][t] +=
                    static_cast<float>(tr->average_total(base + t) / now / static_cast<double>(trainers.size()));
        }
    }
    // Pruned, and quantized with the largest weight kept as full scale.
    std::vector<std::size_t> kept;
    float max_abs = 1e-6f;
    for (std::size_t k = 0; k < keys.size(); ++k) {
        float feature_max = 0.0f;
        for (int t = 0; t < kNumTags; ++t) feature_max = std::max(feature_max, std::fabs(sums[k][t]));
        if (feature_max >= prune_below && feature_max > 0.0f) {
            kept.push_back(k);
            max_abs = std::max(max_abs, feature_max);
        }
    }
    PerceptronModel m;
    m.set_scale(max_abs / 32767.0f);
    for (const std::size_t k : kept) m.set(keys[k], sums[k].data());
    return m;
}

}  // namespace telusur::ner
