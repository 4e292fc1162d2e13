// The statistical part of the entity extractor: an averaged structured
// perceptron BIO tagger (first-order Viterbi decoding) with hashed features,
// its training loop and its compact model file. Internal to common/entities.
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
void prepare_sentence(const std::string_view* tokens, std::size_t n, const Gazetteer& gaz,
                      SentenceFeatures& out);

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
/// (prev_class(): O, PER, ORG, LOC; B- and I- share them, which keeps the
/// lookups per token at most four sets); returns how many.
int context_features(const SentenceFeatures& s, std::size_t i, int prev_class, std::uint64_t* out);
constexpr int kPrevClasses = 4;
inline int prev_class(Tag t) { return (static_cast<int>(t) + 1) / 2; }

/// Whether tag t may follow tag prev under BIO (I-X only after B-X or I-X).
inline bool bio_allowed(Tag prev, Tag t) {
    if (t == kIPer) return prev == kBPer || prev == kIPer;
    if (t == kIOrg) return prev == kBOrg || prev == kIOrg;
    if (t == kILoc) return prev == kBLoc || prev == kILoc;
    return true;
}

/// Tags token i may take (bit t = tag t). In normally-cased text a token that
/// is not capitalized, has no upper-case letter, is in no gazetteer match and
/// is no lower-case place/organisation head before a capitalized word
/// ("desa Tegalwaru") never begins an entity, and continues one only if it is
/// a connector (punctuation, a number, "dan", "of", "van", ...) right after a
/// token that may be inside one; elsewhere it is O. Training and decoding
/// share this pruning, which is what keeps Viterbi decoding about as cheap
/// as greedy.
inline bool is_candidate(const SentenceFeatures& s, std::size_t i) { return s.candidate[i] != 0; }
constexpr std::uint8_t kAllTags = 0x7F;
constexpr std::uint8_t kOnlyO = 0x01;
constexpr std::uint8_t kOorInside = 0x55;  // O, I-PER, I-ORG, I-LOC
inline std::uint8_t allowed_tags(const SentenceFeatures& s, std::size_t i, std::uint8_t prev_mask) {
    if (is_candidate(s, i)) return kAllTags;
    return s.connector[i] && prev_mask != kOnlyO ? kOorInside : kOnlyO;
}

/// Reusable buffers of one Viterbi decoding.
struct ViterbiScratch {
    std::vector<std::uint8_t> back;  // n x kNumTags back pointers
};

/// The trained weights, read-only after loading; tag() is thread-safe.
class PerceptronModel {
public:
    /// Reads the gzip'd binary model (format in docs/entities.md).
    /// @throws std::runtime_error naming the file on any problem.
    static PerceptronModel load(const std::string& path);
    void save(const std::string& path) const;

    /// Viterbi BIO decoding of a prepared sentence.
    void tag(const SentenceFeatures& s, std::vector<Tag>& out) const;

    /// Sets a feature's weights, quantized to int16 steps of scale().
    void set(std::uint64_t key, const float* weights);
    /// The weight of one int16 step; set it before any set() call.
    void set_scale(float scale) { m_scale = scale; }
    float scale() const { return m_scale; }
    std::size_t size() const { return m_count; }

private:
    // Lookups touch only m_hot: a 32-bit fingerprint of the key and the
    // int16 weights, 20 bytes a slot, which keeps more of the table in
    // cache; that is what bounds tagging speed. The whole keys (m_keys,
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
        std::size_t i = key & m_mask;
        while (true) {
            const HotSlot& h = m_hot[i];
            if (h.fp == fp) return h.w;
            if (h.fp == 0) return nullptr;
            i = (i + 1) & m_mask;
        }
    }
    void rehash(std::size_t capacity);
    void insert(const Slot& slot);

    std::vector<std::uint64_t> m_keys;  // 0 = empty
    std::vector<HotSlot> m_hot;
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
    /// One pass over the sentences in a shuffled order (structured
    /// perceptron: decode, then update the gold path up and the predicted
    /// path down where they differ); returns token errors.
    std::size_t train_epoch(std::vector<TrainSentence>& data, std::mt19937_64& rng);
    /// Averaged weights, dropping features whose largest |weight| is below
    /// prune_below.
    PerceptronModel averaged(float prune_below) const;
    /// The mean of several trainers' averaged weights (an ensemble of
    /// perceptrons trained in different orders), pruned like averaged().
    static PerceptronModel averaged(const std::vector<const PerceptronTrainer*>& trainers, float prune_below);
    std::size_t size() const { return m_index.size(); }

private:
    void update(std::uint64_t key, Tag tag, float delta);

    FlatMap64 m_index;
    std::vector<std::uint64_t> m_keys;  // by index
    std::vector<float> m_weights;
    std::vector<double> m_totals;
    std::vector<std::uint32_t> m_stamps;
    std::uint32_t m_now = 0;
    ViterbiScratch m_scratch;
    std::vector<Tag> m_pred, m_gold;
};

}  // namespace telusur::ner
