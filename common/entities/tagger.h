// The statistical part of the entity extractor: an averaged-perceptron BIO
// tagger with hashed features and greedy left-to-right decoding, its
// training loop and its compact model file. Internal to common/entities.
#pragma once

#include "common/entities/gazetteer.h"

#include <cstdint>
#include <limits>
#include <random>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace telusur::ner {

enum Tag : std::uint8_t { kO = 0, kBPer, kIPer, kBOrg, kIOrg, kBLoc, kILoc, kNumTags };

/// "O", "B-PER", ... ; parse_tag() returns kNumTags for anything else.
std::string_view tag_name(Tag t);
Tag parse_tag(std::string_view s);

/// Per-token facts computed once per sentence, before decoding.
struct SentenceFeatures {
    std::size_t n = 0;
    std::vector<std::uint64_t> word, lower, shape, pre2, pre3, suf2, suf3, suf4;
    std::vector<std::uint8_t> capitalized;
    std::vector<std::uint8_t> may_start;  // uncapitalized but with an upper-case letter
    GazAnnotation gaz;
    bool all_lower = false;  // no upper-case letter anywhere (NERP-style text)

    // Scratch space reused between sentences.
    std::string lower_buf, shape_buf;
};

/// Fills `out` for one sentence.
void prepare_sentence(const std::string_view* tokens, std::size_t n, const Gazetteer& gaz,
                      SentenceFeatures& out);

/// Maximum number of features one token can produce.
constexpr int kMaxFeatures = 128;

/// Writes the hashed feature ids of token i given the two previous tags;
/// returns how many.
int token_features(const SentenceFeatures& s, std::size_t i, Tag prev, Tag prev2, std::uint64_t* out);

/// Whether tag t may follow tag prev under BIO (I-X only after B-X or I-X).
inline bool bio_allowed(Tag prev, Tag t) {
    if (t == kIPer) return prev == kBPer || prev == kIPer;
    if (t == kIOrg) return prev == kBOrg || prev == kIOrg;
    if (t == kILoc) return prev == kBLoc || prev == kILoc;
    return true;
}

/// The highest-scoring tag that may follow prev (the first one on ties);
/// shared by decoding (int16 weights) and training (float weights).
template <typename Score>
Tag best_allowed_tag(Tag prev, const Score (&score)[kNumTags]) {
    Tag best = kO;
    Score best_score = std::numeric_limits<Score>::lowest();
    for (int t = 0; t < kNumTags; ++t) {
        const Tag tag = static_cast<Tag>(t);
        if (bio_allowed(prev, tag) && score[t] > best_score) {
            best_score = score[t];
            best = tag;
        }
    }
    return best;
}

/// The trained weights, read-only after loading; tag() is thread-safe.
class PerceptronModel {
public:
    /// Reads the gzip'd binary model (format in docs/entities.md).
    /// @throws std::runtime_error naming the file on any problem.
    static PerceptronModel load(const std::string& path);
    void save(const std::string& path) const;

    /// Greedy BIO decoding of a prepared sentence.
    void tag(const SentenceFeatures& s, std::vector<Tag>& out) const;

    /// Sets a feature's weights, quantized to int16 steps of scale().
    void set(std::uint64_t key, const float* weights);
    /// The weight of one int16 step; set it before any set() call.
    void set_scale(float scale) { m_scale = scale; }
    float scale() const { return m_scale; }
    std::size_t size() const { return m_count; }

private:
    // 24 bytes: int16 weights keep the table small enough to stay mostly in
    // cache, which is what bounds tagging speed.
    struct Slot {
        std::uint64_t key;
        std::int16_t w[kNumTags];
    };
    const std::int16_t* find(std::uint64_t key) const {
        std::size_t i = key & m_mask;
        while (true) {
            const Slot& s = m_slots[i];
            if (s.key == key) return s.w;
            if (s.key == 0) return nullptr;
            i = (i + 1) & m_mask;
        }
    }
    void rehash(std::size_t capacity);
    void insert(const Slot& slot);

    std::vector<Slot> m_slots;
    std::size_t m_mask = 0;
    std::size_t m_count = 0;
    float m_scale = 1.0f;
};

/// One training sentence, with its features already prepared.
struct TrainSentence {
    SentenceFeatures features;
    std::vector<Tag> gold;
    bool no_org = false;  ///< the source never tags ORG: don't punish predicting it
};

/// Averaged perceptron training (Collins 2002) with lazy averaging.
class PerceptronTrainer {
public:
    /// One pass over the sentences in a shuffled order; returns token errors.
    std::size_t train_epoch(std::vector<TrainSentence>& data, std::mt19937_64& rng);
    /// Averaged weights, dropping features whose largest |weight| is below
    /// prune_below.
    PerceptronModel averaged(float prune_below) const;
    std::size_t size() const { return m_index.size(); }

private:
    void update(std::uint64_t key, Tag tag, float delta);

    std::unordered_map<std::uint64_t, std::uint32_t> m_index;
    std::vector<float> m_weights;
    std::vector<double> m_totals;
    std::vector<std::uint32_t> m_stamps;
    std::uint32_t m_now = 0;
};

}  // namespace telusur::ner
