#include "common/entities/tagger.h"

#include <zlib.h>

#include <algorithm>
#include <climits>
#include <array>
#include <cmath>
#include <cstring>
#include <numeric>
#include <stdexcept>

namespace telusur::ner {
namespace {

constexpr std::array<std::string_view, kNumTags> kTagNames = {"O",     "B-PER", "I-PER", "B-ORG",
                                                               "I-ORG", "B-LOC", "I-LOC"};

// Padding values for positions before the start / after the end.
constexpr std::uint64_t kBos = 0xB05B05B05B05ULL;
constexpr std::uint64_t kEos = 0xE05E05E05E05ULL;

// Feature templates: the first argument of hash_combine, so two templates
// never share an id even for the same value.
enum Template : std::uint64_t {
    kFBias = 1, kFWord, kFLower, kFShape, kFPre2, kFPre3, kFSuf2, kFSuf3, kFSuf4,
    kFLowerM1, kFLowerP1, kFLowerM2, kFLowerP2, kFShapeM1, kFShapeP1, kFShape3,
    kFBigramL, kFBigramR, kFPrev, kFPrev2, kFPrevLower, kFPrevShape, kFStartShape,
    kFGaz, kFGazM1, kFGazP1, kFTrigEndM1, kFTrigEndM2, kFTrigStartP1, kFTrigStart0,
    kFTrigEndM1Shape, kFAllLower, kFWordM1, kFWordP1, kFAllLowerLower, kFGazPrev, kFGazEnd,
};

constexpr char kMagic[8] = {'T', 'L', 'S', 'N', 'E', 'R', '0', '1'};

}  // namespace

std::string_view tag_name(Tag t) { return t < kNumTags ? kTagNames[t] : "?"; }

Tag parse_tag(std::string_view s) {
    for (std::size_t i = 0; i < kTagNames.size(); ++i)
        if (kTagNames[i] == s) return static_cast<Tag>(i);
    return kNumTags;
}

void prepare_sentence(const std::string_view* tokens, std::size_t n, const Gazetteer& gaz,
                      SentenceFeatures& s) {
    s.n = n;
    for (auto* v : {&s.word, &s.lower, &s.shape, &s.pre2, &s.pre3, &s.suf2, &s.suf3, &s.suf4}) v->resize(n);
    s.capitalized.resize(n);
    s.may_start.resize(n);
    bool any_upper = false;
    for (std::size_t i = 0; i < n; ++i) {
        const std::string_view w = tokens[i];
        s.word[i] = hash_bytes(w);
        s.lower_buf.clear();
        append_lower(w, s.lower_buf);
        const std::string_view l = s.lower_buf;
        s.lower[i] = hash_bytes(l);
        word_shape(w, s.shape_buf);
        s.shape[i] = hash_bytes(s.shape_buf);
        s.pre2[i] = hash_bytes(l.substr(0, 2));
        s.pre3[i] = hash_bytes(l.substr(0, 3));
        s.suf2[i] = hash_bytes(l.size() > 2 ? l.substr(l.size() - 2) : l);
        s.suf3[i] = hash_bytes(l.size() > 3 ? l.substr(l.size() - 3) : l);
        s.suf4[i] = hash_bytes(l.size() > 4 ? l.substr(l.size() - 4) : l);
        const bool cap = starts_upper(w);
        s.capitalized[i] = cap;
        // Upper case inside ("iPhone", "eKTP") can still start a name.
        s.may_start[i] = !cap && w != l;
        any_upper = any_upper || cap || (w != l);
    }
    s.all_lower = !any_upper;
    gaz.annotate(s.lower.data(), n, s.gaz);
}

int token_features(const SentenceFeatures& s, std::size_t i, Tag prev, Tag prev2, std::uint64_t* out) {
    int n = 0;
    // Lower-cased sentences (NERP) get weights of their own: capitalization,
    // the strongest cue in normal text, means nothing there.
    const std::uint64_t salt = s.all_lower ? 0x10000 : 0;
    auto add = [&](std::uint64_t tmpl, std::uint64_t value) { out[n++] = hash_combine(tmpl + salt, value) | 1; };
    auto get = [&](const std::vector<std::uint64_t>& v, std::ptrdiff_t k) -> std::uint64_t {
        if (k < 0) return kBos + static_cast<std::uint64_t>(-k);
        if (static_cast<std::size_t>(k) >= s.n) return kEos + static_cast<std::uint64_t>(k) - s.n;
        return v[static_cast<std::size_t>(k)];
    };
    const auto k = static_cast<std::ptrdiff_t>(i);
    const std::uint64_t lower_m1 = get(s.lower, k - 1), lower_p1 = get(s.lower, k + 1);
    const std::uint64_t shape_m1 = get(s.shape, k - 1), shape_p1 = get(s.shape, k + 1);

    add(kFBias, 0);
    add(kFWord, s.word[i]);
    add(kFLower, s.lower[i]);
    add(kFShape, s.shape[i]);
    add(kFPre2, s.pre2[i]);
    add(kFPre3, s.pre3[i]);
    add(kFSuf2, s.suf2[i]);
    add(kFSuf3, s.suf3[i]);
    add(kFSuf4, s.suf4[i]);
    add(kFLowerM1, lower_m1);
    add(kFLowerP1, lower_p1);
    add(kFLowerM2, get(s.lower, k - 2));
    add(kFLowerP2, get(s.lower, k + 2));
    add(kFShapeM1, shape_m1);
    add(kFShapeP1, shape_p1);
    add(kFShape3, hash_combine(shape_m1, hash_combine(s.shape[i], shape_p1)));
    add(kFBigramL, hash_combine(lower_m1, s.lower[i]));
    add(kFBigramR, hash_combine(s.lower[i], lower_p1));
    add(kFWordM1, get(s.word, k - 1));
    add(kFWordP1, get(s.word, k + 1));
    add(kFPrev, prev);
    add(kFPrev2, prev * 16u + prev2);
    add(kFPrevLower, hash_combine(prev, s.lower[i]));
    add(kFPrevShape, hash_combine(prev, s.shape[i]));
    if (i == 0) add(kFStartShape, s.shape[i]);
    if (s.all_lower) {
        add(kFAllLower, 0);
        add(kFAllLowerLower, s.lower[i]);
    }

    // Gazetteer membership (B/I per type), with capitalization, and around.
    const std::uint8_t cap = s.capitalized[i];
    for (unsigned b = 0, bits = s.gaz.entity_bits[i]; bits != 0; ++b, bits >>= 1)
        if (bits & 1u) {
            add(kFGaz, b * 2u + cap);
            add(kFGazPrev, b * 16u + prev);
        }
    if (i > 0) {
        const unsigned before = s.gaz.entity_bits[i - 1], here = s.gaz.entity_bits[i];
        for (unsigned b = 0, bits = before; bits != 0; ++b, bits >>= 1)
            if (bits & 1u) add(kFGazM1, b);
        // A gazetteer match ended at i-1: a new entity likely starts here.
        for (unsigned t = 0; t < kGazTypes; ++t)
            if ((before >> (2 * t)) & 3u && !((here >> (2 * t + 1)) & 1u)) add(kFGazEnd, t * 16u + prev);
    }
    if (i + 1 < s.n)
        for (unsigned b = 0, bits = s.gaz.entity_bits[i + 1]; bits != 0; ++b, bits >>= 1)
            if (bits & 1u) add(kFGazP1, b);

    // Trigger phrases: a title ending just before, a speech verb just after,
    // an organisation head starting here.
    if (i > 0)
        for (unsigned r = 0, bits = s.gaz.trigger_end[i - 1]; bits != 0; ++r, bits >>= 1)
            if (bits & 1u) {
                add(kFTrigEndM1, r);
                add(kFTrigEndM1Shape, hash_combine(r, s.shape[i]));
            }
    if (i > 1)
        for (unsigned r = 0, bits = s.gaz.trigger_end[i - 2]; bits != 0; ++r, bits >>= 1)
            if (bits & 1u) add(kFTrigEndM2, r);
    if (i + 1 < s.n)
        for (unsigned r = 0, bits = s.gaz.trigger_start[i + 1]; bits != 0; ++r, bits >>= 1)
            if (bits & 1u) add(kFTrigStartP1, r);
    for (unsigned r = 0, bits = s.gaz.trigger_start[i]; bits != 0; ++r, bits >>= 1)
        if (bits & 1u) add(kFTrigStart0, r);
    return n;
}

// ---- PerceptronModel ----

void PerceptronModel::rehash(std::size_t capacity) {
    std::vector<Slot> old = std::move(m_slots);
    m_slots.assign(capacity, Slot{0, {}});
    m_mask = capacity - 1;
    m_count = 0;
    for (const Slot& s : old)
        if (s.key != 0) insert(s);
}

void PerceptronModel::insert(const Slot& slot) {
    if ((m_count + 1) * 2 > m_slots.size()) rehash(std::max<std::size_t>(64, m_slots.size() * 2));
    std::size_t i = slot.key & m_mask;
    while (m_slots[i].key != 0 && m_slots[i].key != slot.key) i = (i + 1) & m_mask;
    if (m_slots[i].key == 0) ++m_count;
    m_slots[i] = slot;
}

void PerceptronModel::set(std::uint64_t key, const float* weights) {
    Slot slot{key, {}};
    for (int t = 0; t < kNumTags; ++t)
        slot.w[t] = static_cast<std::int16_t>(std::clamp<long>(std::lround(weights[t] / m_scale), -32767, 32767));
    insert(slot);
}

void PerceptronModel::tag(const SentenceFeatures& s, std::vector<Tag>& out) const {
    out.assign(s.n, kO);
    std::uint64_t feats[kMaxFeatures];
    Tag prev = kO, prev2 = kO;
    for (std::size_t i = 0; i < s.n; ++i) {
        // Fast path: in normally-cased text an entity never starts at an
        // uncapitalized token outside any gazetteer match, so after an O such
        // a token is O without scoring (~4x fewer lookups on news; measured
        // F1 change on the dev split: see docs/entities.md).
        if (prev == kO && !s.all_lower && !s.capitalized[i] && s.gaz.entity_bits[i] == 0 &&
            s.may_start[i] == 0) {
            out[i] = kO;
            prev2 = prev;
            continue;
        }
        const int nf = token_features(s, i, prev, prev2, feats);
        std::int32_t score[kNumTags] = {};
        for (int f = 0; f < nf; ++f)
            if (const std::int16_t* w = find(feats[f]))
                for (int t = 0; t < kNumTags; ++t) score[t] += w[t];
        out[i] = best_allowed_tag(prev, score);
        prev2 = prev;
        prev = out[i];
    }
}

// File: magic "TLSNER01", u32 tag count, u32 feature count, f32 scale,
// then the keys sorted ascending as LEB128 deltas, then each feature's
// weights as int16 (value = q * scale); the whole stream gzip'd.
void PerceptronModel::save(const std::string& path) const {
    std::vector<const Slot*> slots;
    for (const Slot& s : m_slots)
        if (s.key != 0) slots.push_back(&s);
    std::sort(slots.begin(), slots.end(), [](const Slot* a, const Slot* b) { return a->key < b->key; });
    const float scale = m_scale;

    std::string buf(kMagic, sizeof kMagic);
    auto put32 = [&](std::uint32_t v) { buf.append(reinterpret_cast<const char*>(&v), 4); };
    put32(kNumTags);
    put32(static_cast<std::uint32_t>(slots.size()));
    buf.append(reinterpret_cast<const char*>(&scale), 4);
    std::uint64_t last = 0;
    for (const Slot* s : slots) {
        std::uint64_t d = s->key - last;
        last = s->key;
        while (d >= 0x80) {
            buf.push_back(static_cast<char>((d & 0x7F) | 0x80));
            d >>= 7;
        }
        buf.push_back(static_cast<char>(d));
    }
    // Weights grouped by tag, so the (mostly zero) columns compress well.
    for (int t = 0; t < kNumTags; ++t)
        for (const Slot* s : slots) {
            buf.append(reinterpret_cast<const char*>(&s->w[t]), 2);
        }
    gzFile f = gzopen(path.c_str(), "wb9");
    if (f == nullptr) throw std::runtime_error("cannot write model file: " + path);
    const int written = gzwrite(f, buf.data(), static_cast<unsigned>(buf.size()));
    if (gzclose(f) != Z_OK || written != static_cast<int>(buf.size()))
        throw std::runtime_error("cannot write model file: " + path);
}

PerceptronModel PerceptronModel::load(const std::string& path) {
    gzFile f = gzopen(path.c_str(), "rb");
    if (f == nullptr) throw std::runtime_error("cannot open entity model file: " + path);
    std::string data;
    char chunk[65536];
    int got;
    while ((got = gzread(f, chunk, sizeof chunk)) > 0) data.append(chunk, static_cast<std::size_t>(got));
    gzclose(f);
    const auto bad = [&](const char* why) {
        return std::runtime_error("bad entity model file " + path + ": " + why);
    };
    if (got < 0) throw bad("read error");
    if (data.size() < 20 || std::memcmp(data.data(), kMagic, sizeof kMagic) != 0) throw bad("wrong magic");
    std::uint32_t n_tags, n_feats;
    float scale;
    std::memcpy(&n_tags, data.data() + 8, 4);
    std::memcpy(&n_feats, data.data() + 12, 4);
    std::memcpy(&scale, data.data() + 16, 4);
    if (n_tags != kNumTags) throw bad("unexpected tag count");
    std::size_t pos = 20;
    std::vector<std::uint64_t> keys(n_feats);
    std::uint64_t last = 0;
    for (std::uint32_t k = 0; k < n_feats; ++k) {
        std::uint64_t d = 0;
        int shift = 0;
        while (true) {
            if (pos >= data.size() || shift > 63) throw bad("truncated keys");
            const auto byte = static_cast<unsigned char>(data[pos++]);
            d |= static_cast<std::uint64_t>(byte & 0x7F) << shift;
            if ((byte & 0x80) == 0) break;
            shift += 7;
        }
        last += d;
        keys[k] = last;
    }
    if (data.size() - pos != static_cast<std::size_t>(n_feats) * kNumTags * 2) throw bad("truncated weights");
    PerceptronModel m;
    m.set_scale(scale);
    std::size_t cap = 64;
    while (cap < static_cast<std::size_t>(n_feats) * 2 + 2) cap <<= 1;
    m.rehash(cap);
    std::vector<Slot> slots(n_feats);
    for (std::uint32_t k = 0; k < n_feats; ++k) slots[k].key = keys[k];
    for (int t = 0; t < kNumTags; ++t)
        for (std::uint32_t k = 0; k < n_feats; ++k) {
            std::memcpy(&slots[k].w[t], data.data() + pos, 2);
            pos += 2;
        }
    for (const Slot& slot : slots) {
        if (slot.key == 0) throw bad("zero key");
        m.insert(slot);
    }
    return m;
}

// ---- PerceptronTrainer ----

void PerceptronTrainer::update(std::uint64_t key, Tag tag, float delta) {
    auto [it, inserted] = m_index.try_emplace(key, static_cast<std::uint32_t>(m_index.size()));
    const std::size_t base = static_cast<std::size_t>(it->second) * kNumTags;
    if (inserted) {
        m_weights.resize(base + kNumTags, 0.0f);
        m_totals.resize(base + kNumTags, 0.0);
        m_stamps.resize(base + kNumTags, m_now);
    }
    const std::size_t j = base + tag;
    m_totals[j] += double(m_now - m_stamps[j]) * m_weights[j];
    m_stamps[j] = m_now;
    m_weights[j] += delta;
}

std::size_t PerceptronTrainer::train_epoch(std::vector<TrainSentence>& data, std::mt19937_64& rng) {
    std::vector<std::size_t> order(data.size());
    std::iota(order.begin(), order.end(), 0);
    std::shuffle(order.begin(), order.end(), rng);
    std::size_t errors = 0;
    std::uint64_t feats[kMaxFeatures];
    for (std::size_t idx : order) {
        const TrainSentence& ts = data[idx];
        const SentenceFeatures& s = ts.features;
        Tag prev = kO, prev2 = kO;
        for (std::size_t i = 0; i < s.n; ++i) {
            ++m_now;
            const int nf = token_features(s, i, prev, prev2, feats);
            float score[kNumTags] = {};
            for (int f = 0; f < nf; ++f) {
                const auto it = m_index.find(feats[f]);
                if (it == m_index.end()) continue;
                const float* w = &m_weights[static_cast<std::size_t>(it->second) * kNumTags];
                for (int t = 0; t < kNumTags; ++t) score[t] += w[t];
            }
            const Tag best = best_allowed_tag(prev, score);
            Tag gold = ts.gold[i];
            // A source without ORG annotation: an ORG guess on an O token is
            // not evidence against the guess.
            if (ts.no_org && gold == kO && (best == kBOrg || best == kIOrg)) gold = best;
            if (best != gold) {
                ++errors;
                for (int f = 0; f < nf; ++f) {
                    update(feats[f], gold, 1.0f);
                    update(feats[f], best, -1.0f);
                }
            }
            // Learn from the model's own history, as at decoding time.
            prev2 = prev;
            prev = best;
        }
    }
    return errors;
}

PerceptronModel PerceptronTrainer::averaged(float prune_below) const {
    const double now = std::max<std::uint32_t>(m_now, 1);
    std::vector<std::pair<std::uint64_t, std::array<float, kNumTags>>> kept;
    float max_abs = 1e-6f;
    for (const auto& [key, idx] : m_index) {
        const std::size_t base = static_cast<std::size_t>(idx) * kNumTags;
        std::array<float, kNumTags> avg;
        float feature_max = 0.0f;
        for (int t = 0; t < kNumTags; ++t) {
            const double total = m_totals[base + t] + double(m_now - m_stamps[base + t]) * m_weights[base + t];
            avg[t] = static_cast<float>(total / now);
            feature_max = std::max(feature_max, std::fabs(avg[t]));
        }
        if (feature_max >= prune_below && feature_max > 0.0f) {
            kept.emplace_back(key, avg);
            max_abs = std::max(max_abs, feature_max);
        }
    }
    PerceptronModel m;
    m.set_scale(max_abs / 32767.0f);
    for (const auto& [key, avg] : kept) m.set(key, avg.data());
    return m;
}

}  // namespace telusur::ner
