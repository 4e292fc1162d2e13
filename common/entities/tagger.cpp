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
    kFBias = 1, kFWord, kFLower, kFShape, kFPre3, kFSuf3, kFSuf4,
    kFLowerM1, kFLowerP1, kFLowerM2, kFLowerP2, kFShapeM1, kFShapeP1, kFShape3,
    kFBigramL, kFBigramR, kFPrev, kFPrevLower, kFStartShape, kFStartLower,
    kFLowerM1Shape, kFShapeLowerP1,
    kFGaz, kFGazM1, kFGazP1, kFGazLowerM1, kFGazPrev, kFGazEnd,
    kFTrigEndM1, kFTrigEndM2, kFTrigStartP1, kFTrigStart0, kFTrigEndM1Shape,
    kFAllLower, kFAllLowerLower,
    kFCluster, kFCapClass, kFWordTypes,
};

constexpr char kMagic[8] = {'T', 'L', 'S', 'N', 'E', 'R', '0', '2'};

}  // namespace

std::string_view tag_name(Tag t) { return t < kNumTags ? kTagNames[t] : "?"; }

Tag parse_tag(std::string_view s) {
    for (std::size_t i = 0; i < kTagNames.size(); ++i)
        if (kTagNames[i] == s) return static_cast<Tag>(i);
    return kNumTags;
}

namespace {

bool is_bracket(char c) { return c == '(' || c == ')' || c == '"' || c == '\'' || c == ',' || c == '[' || c == ']'; }

// "(PDIP)," -> "PDIP"; a token made only of such characters stays whole.
std::string_view strip_brackets(std::string_view w) {
    std::size_t b = 0, e = w.size();
    while (b < e && is_bracket(w[b])) ++b;
    while (e > b && is_bracket(w[e - 1])) --e;
    return b < e ? w.substr(b, e - b) : w;
}

// Whether the word has an upper-case letter anywhere (lower-casing changes it).
bool to_lower_changes(std::string_view w) {
    for (char c : w)
        if ((c >= 'A' && c <= 'Z') || static_cast<unsigned char>(c) >= 0x80) {
            if (static_cast<unsigned char>(c) < 0x80) return true;
            return to_lower(w) != w;
        }
    return false;
}

// Lower-case words that occur inside names ("Partai Keadilan dan Persatuan",
// "Bank of America", "Ludwig van Beethoven", "Sumatera selatan").
bool is_connector_word(std::uint64_t lower_hash) {
    static const std::vector<std::uint64_t> kWords = [] {
        std::vector<std::uint64_t> v;
        for (const char* w : {"dan", "of", "and", "the", "for", "in", "de", "des", "del", "della", "der", "den",
                              "van", "von", "du", "da", "do", "dos", "la", "le", "el", "al", "bin", "binti",
                              "ibn", "y", "e", "ni", "utara", "selatan", "timur", "barat", "tengah",
                              "raya", "baru", "lama", "'s"})
            v.push_back(hash_bytes(w));
        std::sort(v.begin(), v.end());
        return v;
    }();
    return std::binary_search(kWords.begin(), kWords.end(), lower_hash);
}

// Whether token i may begin or continue an entity (see is_candidate()):
// in cased text a capitalized token, one with an upper-case letter, one in
// a gazetteer match, or a lower-case place or organisation head right
// before a capitalized word ("desa Tegalwaru", "kecamatan Jaken",
// "kementerian Luar Negeri": nergrit and idner-news-2k put such heads
// inside the name).
bool candidate_token(const SentenceFeatures& s, std::size_t i) {
    constexpr unsigned kVillageBits = 3u << (2 * kGazVillage);
    if (s.all_lower || s.capitalized[i] || s.may_start[i] || (s.gaz.entity_bits[i] & ~kVillageBits) != 0) return true;
    constexpr unsigned kHeads = (1u << kTrigOrgHead) | (1u << kTrigLocHead);
    return (s.gaz.trigger_start[i] & kHeads) != 0 && i + 1 < s.n && s.capitalized[i + 1];
}

}  // namespace

void prepare_sentence(const std::string_view* tokens, std::size_t n, const Gazetteer& gaz,
                      SentenceFeatures& s) {
    s.n = n;
    for (auto* v : {&s.word, &s.lower, &s.shape, &s.pre3, &s.suf3, &s.suf4}) v->resize(n);
    s.capitalized.resize(n);
    s.may_start.resize(n);
    s.connector.resize(n);
    bool any_upper = false;
    for (std::size_t i = 0; i < n; ++i) {
        const std::string_view w = tokens[i];
        s.word[i] = hash_bytes(w);
        s.lower_buf.clear();
        // Lexical features and gazetteer lookups see the word without
        // attached brackets or quotes (gold data has tokens like "(PDIP),").
        append_lower(strip_brackets(w), s.lower_buf);
        const std::string_view l = s.lower_buf;
        s.lower[i] = hash_bytes(l);
        word_shape(w, s.shape_buf);
        s.shape[i] = hash_bytes(s.shape_buf);
        s.pre3[i] = hash_bytes(l.substr(0, 3));
        s.suf3[i] = hash_bytes(l.size() > 3 ? l.substr(l.size() - 3) : l);
        s.suf4[i] = hash_bytes(l.size() > 4 ? l.substr(l.size() - 4) : l);
        const bool cap = starts_upper(w);
        s.capitalized[i] = cap;
        // Upper case inside ("iPhone", "eKTP") can still start a name.
        s.connector[i] = !has_letter(l) || is_connector_word(s.lower[i]);
        const bool has_upper = to_lower_changes(w);
        s.may_start[i] = !cap && has_upper;
        any_upper = any_upper || cap || has_upper;
    }
    s.all_lower = !any_upper;
    gaz.annotate(s.lower.data(), n, s.gaz);
    s.candidate.resize(n);
    for (std::size_t i = 0; i < n; ++i) s.candidate[i] = candidate_token(s, i);
}

namespace {

// Feature ids are salted for lower-cased sentences (NERP): capitalization,
// the strongest cue in normal text, means nothing there, so they get
// weights of their own.

inline std::uint64_t salt_of(const SentenceFeatures& s) { return s.all_lower ? 0x10000 : 0; }

inline std::uint64_t at(const SentenceFeatures& s, const std::vector<std::uint64_t>& v, std::ptrdiff_t k) {
    if (k < 0) return kBos + static_cast<std::uint64_t>(-k);
    if (static_cast<std::size_t>(k) >= s.n) return kEos + static_cast<std::uint64_t>(k) - s.n;
    return v[static_cast<std::size_t>(k)];
}

inline std::uint64_t feature_id(const SentenceFeatures& s, std::uint64_t tmpl, std::uint64_t value) {
    return hash_combine(tmpl + salt_of(s), value) | 1;
}

}  // namespace

int emission_features(const SentenceFeatures& s, std::size_t i, std::uint64_t* out) {
    int n = 0;
    const std::uint64_t salt = salt_of(s);
    auto add = [&](std::uint64_t tmpl, std::uint64_t value) { out[n++] = hash_combine(tmpl + salt, value) | 1; };
    const auto k = static_cast<std::ptrdiff_t>(i);
    const std::uint64_t lower_m1 = at(s, s.lower, k - 1), lower_p1 = at(s, s.lower, k + 1);
    const std::uint64_t shape_m1 = at(s, s.shape, k - 1), shape_p1 = at(s, s.shape, k + 1);

    add(kFBias, 0);
    add(kFWord, s.word[i]);
    add(kFLower, s.lower[i]);
    add(kFShape, s.shape[i]);
    add(kFPre3, s.pre3[i]);
    add(kFSuf3, s.suf3[i]);
    add(kFSuf4, s.suf4[i]);
    add(kFLowerM1, lower_m1);
    add(kFLowerP1, lower_p1);
    add(kFLowerM2, at(s, s.lower, k - 2));
    add(kFLowerP2, at(s, s.lower, k + 2));
    add(kFShapeM1, shape_m1);
    add(kFShapeP1, shape_p1);
    add(kFShape3, hash_combine(shape_m1, hash_combine(s.shape[i], shape_p1)));
    add(kFBigramL, hash_combine(lower_m1, s.lower[i]));
    add(kFBigramR, hash_combine(s.lower[i], lower_p1));
    if (i == 0) add(kFStartShape, s.shape[i]);
    {
        add(kFLowerM1Shape, hash_combine(lower_m1, s.shape[i]));
        add(kFShapeLowerP1, hash_combine(s.shape[i], lower_p1));
        if (i == 0) add(kFStartLower, s.lower[i]);
    }
    // Corpus word classes (0 where the word is not in the lexicon): the
    // distributional cluster, and how often the word is capitalized inside
    // sentences, with this token's case and sentence-initial position.
    add(kFCluster, s.gaz.cluster[i] * 2u + s.capitalized[i]);
    add(kFCapClass, s.gaz.cap_class[i] * 4u + s.capitalized[i] * 2u + (i == 0));
    if (s.all_lower) {
        add(kFAllLower, 0);
        add(kFAllLowerLower, s.lower[i]);
    }

    // Words of listed names, by type: "Normal" of "Universitas Normal
    // Beijing" for a name not listed whole.
    if (s.gaz.word_types[i] != 0) add(kFWordTypes, s.gaz.word_types[i] * 2u + s.capitalized[i]);

    // Gazetteer membership (B/I per type), with capitalization, and around.
    const std::uint8_t cap = s.capitalized[i];
    for (unsigned b = 0, bits = s.gaz.entity_bits[i]; bits != 0; ++b, bits >>= 1)
        if (bits & 1u) {
            add(kFGaz, b * 2u + cap);
            add(kFGazLowerM1, hash_combine(b, lower_m1));
        }
    if (i > 0)
        for (unsigned b = 0, bits = s.gaz.entity_bits[i - 1]; bits != 0; ++b, bits >>= 1)
            if (bits & 1u) add(kFGazM1, b);
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

std::uint64_t bigram_feature(const SentenceFeatures& s, Tag prev) {
    return feature_id(s, kFPrev, static_cast<std::uint64_t>(prev));
}

int context_features(const SentenceFeatures& s, std::size_t i, int prev_class, std::uint64_t* out) {
    int n = 0;
    const std::uint64_t salt = salt_of(s);
    const auto prev = static_cast<std::uint64_t>(prev_class);
    auto add = [&](std::uint64_t tmpl, std::uint64_t value) { out[n++] = hash_combine(tmpl + salt, value) | 1; };
    add(kFPrevLower, hash_combine(prev, s.lower[i]));
    for (unsigned b = 0, bits = s.gaz.entity_bits[i]; bits != 0; ++b, bits >>= 1)
        if (bits & 1u) add(kFGazPrev, b * 16u + prev);
    if (i > 0) {
        // A gazetteer match ended at i-1: a new entity likely starts here.
        const unsigned before = s.gaz.entity_bits[i - 1], here = s.gaz.entity_bits[i];
        for (unsigned t = 0; t < kGazTypes; ++t)
            if ((before >> (2 * t)) & 3u && !((here >> (2 * t + 1)) & 1u)) add(kFGazEnd, t * 16u + prev);
    }
    return n;
}

namespace {

// First-order Viterbi over the allowed tags of each token. weights(key)
// gives kNumTags weights or nullptr; trans[p][t] is the tag-bigram weight.
// Tokens that must be O after a token that must be O are passed through
// without scoring: every path shares them.
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
    std::uint64_t feats[kMaxFeatures + kPrevClasses * kMaxTransitionFeatures];
    for (std::size_t i = 0; i < n; ++i) {
        const std::uint8_t mask = allowed_tags(s, i, prev_mask);
        std::uint8_t* back = &sc.back[i * kNumTags];
        if (mask == kOnlyO && prev_mask == kOnlyO) {
            back[kO] = kO;
            prev_mask = kOnlyO;
            continue;  // delta[kO] unchanged up to a constant shared by all paths
        }
        // All feature ids of this token first, their table slots prefetched,
        // then the sums: the lookups are cache misses, and this overlaps them.
        int nf = 0;
        if (mask != kOnlyO) nf = emission_features(s, i, feats);
        std::uint8_t reachable = 0;  // previous states some path reaches
        for (int p = 0; p < kNumTags; ++p)
            if (((prev_mask >> p) & 1u) && delta[p] != kNone) reachable |= static_cast<std::uint8_t>(1u << p);
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
        Score em[kNumTags] = {};
        for (int f = 0; f < nf; ++f)
            if (const auto* w = weights(feats[f]))
                for (int t = 0; t < kNumTags; ++t) em[t] += w[t];
        Score ctx[kPrevClasses][kNumTags] = {};
        for (int c = 0; c < kPrevClasses; ++c)
            for (int f = cls_begin[c]; f < cls_begin[c + 1]; ++f)
                if (const auto* w = weights(feats[f]))
                    for (int t = 0; t < kNumTags; ++t) ctx[c][t] += w[t];
        std::fill(std::begin(next), std::end(next), kNone);
        for (int p = 0; p < kNumTags; ++p) {
            if (!((reachable >> p) & 1u)) continue;
            const Tag prev = static_cast<Tag>(p);
            Score tr[kNumTags];
            for (int t = 0; t < kNumTags; ++t) tr[t] = trans[p][t] + ctx[prev_class(prev)][t];
            for (int t = 0; t < kNumTags; ++t) {
                if (!((mask >> t) & 1u) || !bio_allowed(prev, static_cast<Tag>(t))) continue;
                const Score v = delta[p] + em[t] + tr[t];
                if (next[t] == kNone || v > next[t]) {
                    next[t] = v;
                    back[t] = static_cast<std::uint8_t>(p);
                }
            }
        }
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

}  // namespace

// ---- PerceptronModel ----

void PerceptronModel::rehash(std::size_t capacity) {
    const std::vector<std::uint64_t> old_keys = std::move(m_keys);
    const std::vector<HotSlot> old_hot = std::move(m_hot);
    m_keys.assign(capacity, 0);
    m_hot.assign(capacity, HotSlot{0, {}});
    m_mask = capacity - 1;
    m_count = 0;
    for (std::size_t j = 0; j < old_keys.size(); ++j)
        if (old_keys[j] != 0) {
            Slot slot{old_keys[j], {}};
            std::copy(std::begin(old_hot[j].w), std::end(old_hot[j].w), slot.w);
            insert(slot);
        }
}

void PerceptronModel::insert(const Slot& slot) {
    // Load factor at most 0.7: a smaller table stays in cache better, and
    // linear probing of 20-byte slots stays within a line or two.
    if ((m_count + 1) * 10 > m_keys.size() * 7) rehash(std::max<std::size_t>(64, m_keys.size() * 2));
    std::size_t i = slot.key & m_mask;
    while (m_keys[i] != 0 && m_keys[i] != slot.key) i = (i + 1) & m_mask;
    if (m_keys[i] == 0) ++m_count;
    m_keys[i] = slot.key;
    // Two keys with the same fingerprint on one probe path would make the
    // later one read the earlier one's weights: about 1e-4 expected
    // collisions for 150k features, harmless either way.
    m_hot[i].fp = fingerprint(slot.key);
    std::copy(std::begin(slot.w), std::end(slot.w), m_hot[i].w);
}

void PerceptronModel::set(std::uint64_t key, const float* weights) {
    Slot slot{key, {}};
    for (int t = 0; t < kNumTags; ++t)
        slot.w[t] = static_cast<std::int16_t>(std::clamp<long>(std::lround(weights[t] / m_scale), -32767, 32767));
    insert(slot);
}

void PerceptronModel::tag(const SentenceFeatures& s, std::vector<Tag>& out) const {
    thread_local ViterbiScratch sc;
    std::int32_t trans[kNumTags][kNumTags] = {};
    for (int p = 0; p < kNumTags; ++p)
        if (const std::int16_t* w = find(bigram_feature(s, static_cast<Tag>(p))))
            for (int t = 0; t < kNumTags; ++t) trans[p][t] = w[t];
    viterbi_decode<std::int32_t>(
        s, [this](std::uint64_t key) { return find(key); },
        [this](const std::uint64_t* keys, int n) {
            for (int k = 0; k < n; ++k) __builtin_prefetch(&m_hot[keys[k] & m_mask]);
        },
        trans, sc, out);
}

// File: magic "TLSNER02", u32 tag count, u32 feature count, f32 scale,
// then the keys sorted ascending as LEB128 deltas, then each feature's
// weights as int16 (value = q * scale); the whole stream gzip'd.
void PerceptronModel::save(const std::string& path) const {
    std::vector<std::size_t> slots;  // indices of used slots, by key
    for (std::size_t j = 0; j < m_keys.size(); ++j)
        if (m_keys[j] != 0) slots.push_back(j);
    std::sort(slots.begin(), slots.end(), [this](std::size_t a, std::size_t b) { return m_keys[a] < m_keys[b]; });
    const float scale = m_scale;

    std::string buf(kMagic, sizeof kMagic);
    auto put32 = [&](std::uint32_t v) { buf.append(reinterpret_cast<const char*>(&v), 4); };
    put32(kNumTags);
    put32(static_cast<std::uint32_t>(slots.size()));
    buf.append(reinterpret_cast<const char*>(&scale), 4);
    std::uint64_t last = 0;
    for (const std::size_t j : slots) {
        std::uint64_t d = m_keys[j] - last;
        last = m_keys[j];
        while (d >= 0x80) {
            buf.push_back(static_cast<char>((d & 0x7F) | 0x80));
            d >>= 7;
        }
        buf.push_back(static_cast<char>(d));
    }
    // Weights grouped by tag, so the (mostly zero) columns compress well.
    for (int t = 0; t < kNumTags; ++t)
        for (const std::size_t j : slots) buf.append(reinterpret_cast<const char*>(&m_hot[j].w[t]), 2);
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
    while (cap * 6 < static_cast<std::size_t>(n_feats) * 10 + 10) cap <<= 1;  // load <= 0.6
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
    std::uint32_t idx = m_index.find(key);
    if (idx == FlatMap64::kMissing) {
        idx = static_cast<std::uint32_t>(m_index.size());
        m_index.insert(key, idx);
        m_keys.push_back(key);
        const std::size_t base = static_cast<std::size_t>(idx) * kNumTags;
        m_weights.resize(base + kNumTags, 0.0f);
        m_totals.resize(base + kNumTags, 0.0);
        m_stamps.resize(base + kNumTags, m_now);
    }
    const std::size_t j = static_cast<std::size_t>(idx) * kNumTags + tag;
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
    const auto lookup = [this](std::uint64_t key) -> const float* {
        const std::uint32_t idx = m_index.find(key);
        return idx == FlatMap64::kMissing ? nullptr : &m_weights[static_cast<std::size_t>(idx) * kNumTags];
    };
    for (std::size_t idx : order) {
        const TrainSentence& ts = data[idx];
        const SentenceFeatures& s = ts.features;
        ++m_now;
        float trans[kNumTags][kNumTags] = {};
        for (int p = 0; p < kNumTags; ++p)
            if (const float* w = lookup(bigram_feature(s, static_cast<Tag>(p))))
                for (int t = 0; t < kNumTags; ++t) trans[p][t] = w[t];
        viterbi_decode<float>(s, lookup, [](const std::uint64_t*, int) {}, trans, m_scratch, m_pred);
        m_gold = ts.gold;
        {
            // Gold tags the pruning rules out (nerui's "detikcom", "rumah
            // Sakit ..."): train towards the closest path the decoder can
            // produce (O there, and B- for an I- left after it), so that no
            // update keeps chasing a tag it never can.
            std::uint8_t pm = kOnlyO;
            for (std::size_t i = 0; i < s.n; ++i) {
                const std::uint8_t m = allowed_tags(s, i, pm);
                Tag& g = m_gold[i];
                const Tag prev = i > 0 ? m_gold[i - 1] : kO;
                if (!((m >> g) & 1u)) g = kO;
                if (!bio_allowed(prev, g)) g = static_cast<Tag>(g - 1);  // I-X after O -> B-X
                if (!((m >> g) & 1u)) g = kO;
                pm = m;
            }
        }
        // A source without ORG annotation: an ORG guess on an O token is
        // not evidence against the guess.
        if (ts.no_org)
            for (std::size_t i = 0; i < s.n; ++i)
                if (m_gold[i] == kO && (m_pred[i] == kBOrg || m_pred[i] == kIOrg)) m_gold[i] = m_pred[i];
        for (std::size_t i = 0; i < s.n; ++i) {
            const Tag g = m_gold[i], p = m_pred[i];
            const Tag gp = i > 0 ? m_gold[i - 1] : kO, pp = i > 0 ? m_pred[i - 1] : kO;
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
                int nt = context_features(s, i, prev_class(gp), feats);
                for (int f = 0; f < nt; ++f) update(feats[f], g, 1.0f);
                nt = context_features(s, i, prev_class(pp), feats);
                for (int f = 0; f < nt; ++f) update(feats[f], p, -1.0f);
            }
        }
    }
    return errors;
}

PerceptronModel PerceptronTrainer::averaged(float prune_below) const { return averaged({this}, prune_below); }

PerceptronModel PerceptronTrainer::averaged(const std::vector<const PerceptronTrainer*>& trainers,
                                            float prune_below) {
    FlatMap64 index;
    std::vector<std::uint64_t> keys;
    std::vector<std::array<float, kNumTags>> sums;
    for (const PerceptronTrainer* tr : trainers) {
        const double now = std::max<std::uint32_t>(tr->m_now, 1);
        for (std::uint32_t idx = 0; idx < tr->m_keys.size(); ++idx) {
            const std::uint64_t key = tr->m_keys[idx];
            std::uint32_t k = index.find(key);
            if (k == FlatMap64::kMissing) {
                k = static_cast<std::uint32_t>(keys.size());
                index.insert(key, k);
                keys.push_back(key);
                sums.emplace_back();
                sums.back().fill(0.0f);
            }
            const std::size_t base = static_cast<std::size_t>(idx) * kNumTags;
            for (int t = 0; t < kNumTags; ++t) {
                const double total =
                    tr->m_totals[base + t] + double(tr->m_now - tr->m_stamps[base + t]) * tr->m_weights[base + t];
                sums[k][t] += static_cast<float>(total / now / static_cast<double>(trainers.size()));
            }
        }
    }
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
