// The entity tagger's trained weights: an open-addressing table of
// quantized int16 weights per hashed feature, Viterbi tagging with them,
// and the compact model file (models/ner.model). Training lives in
// tests/eval/perceptron_trainer.h, outside the library the tools link.
// Internal to common/entities.
#pragma once

#include "common/entities/bio_tags.h"
#include "common/entities/tagger_features.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace telusur::ner {

/// The trained weights, read-only after loading; tag() is thread-safe.
class PerceptronModel {
public:
    /// Reads the gzip'd binary model (format in docs/entities.md and above
    /// save() in perceptron_model.cpp).
    /// @throws std::runtime_error naming the file on any problem.
    static PerceptronModel load(const std::string& path);
    /// @throws std::runtime_error naming the file if it cannot be written.
    void save(const std::string& path) const;

    /// Viterbi BIO decoding of a prepared sentence.
    void tag(const SentenceFeatures& s, std::vector<Tag>& out) const;

    /// Sets a feature's weights, quantized to int16 steps of scale().
    void set(std::uint64_t key, const float* weights);
    /// The weight of one int16 step; set it before any set() call.
    void set_scale(float scale) { scale_ = scale; }
    float scale() const { return scale_; }
    std::size_t size() const { return count_; }

private:
    // Lookups touch only hot_: a 32-bit fingerprint of the key and the
    // int16 weights, 20 bytes a slot, which keeps more of the table in
    // cache; that is what bounds tagging speed. The whole keys (keys_,
    // same index) are only read to save or rehash.
    struct Slot {
        std::uint64_t key;
        std::int16_t w[kNumTags];
    };
    struct HotSlot {
        std::uint32_t fp;  // 0 = empty
        std::int16_t w[kNumTags];
    };
    static std::uint32_t fingerprint(std::uint64_t key) {
        const auto f = static_cast<std::uint32_t>(key >> 32);
        return f != 0 ? f : 1;
    }
    const std::int16_t* find(std::uint64_t key) const {
        const std::uint32_t fp = fingerprint(key);
        std::size_t i = key & mask_;
        while (true) {
            const HotSlot& h = hot_[i];
            if (h.fp == fp) return h.w;
            if (h.fp == 0) return nullptr;
            i = (i + 1) & mask_;
        }
    }
    void rehash(std::size_t capacity);
    void insert(const Slot& slot);
    // The used slots' indices, by ascending key (the file's order).
    std::vector<std::size_t> slots_by_key() const;

    std::vector<std::uint64_t> keys_;  // 0 = empty
    std::vector<HotSlot> hot_;
    std::size_t mask_ = 0;
    std::size_t count_ = 0;
    float scale_ = 1.0f;
};

}  // namespace telusur::ner
