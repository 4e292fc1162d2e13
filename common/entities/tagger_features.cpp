#include "common/entities/tagger_features.h"

#include "common/entities/ner_text.h"

#include <algorithm>
#include <cstddef>

namespace telusur::ner {
namespace {

// Padding values for positions before the start / after the end.
constexpr std::uint64_t kBos = 0xB05B05B05B05ULL;
constexpr std::uint64_t kEos = 0xE05E05E05E05ULL;

// Feature templates: the first argument of hash_combine, so two templates
// never share an id even for the same value. The values are part of the
// model file (they are hashed into its keys): append, never reorder.
enum Template : std::uint64_t {
    kFBias = 1,
    kFWord,
    kFLower,
    kFShape,
    kFPre3,
    kFSuf3,
    kFSuf4,
    kFLowerM1,
    kFLowerP1,
    kFLowerM2,
    kFLowerP2,
    kFShapeM1,
    kFShapeP1,
    kFShape3,
    kFBigramL,
    kFBigramR,
    kFPrev,
    kFPrevLower,
    kFStartShape,
    kFStartLower,
    kFLowerM1Shape,
    kFShapeLowerP1,
    kFGaz,
    kFGazM1,
    kFGazP1,
    kFGazLowerM1,
    kFGazPrev,
    kFGazEnd,
    kFTrigEndM1,
    kFTrigEndM2,
    kFTrigStartP1,
    kFTrigStart0,
    kFTrigEndM1Shape,
    kFAllLower,
    kFAllLowerLower,
    kFCluster,
    kFCapClass,
    kFWordTypes,
};

// ---- per-token facts ----

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
        for (const char* w : {"dan",   "of",    "and",    "the",   "for",  "in",   "de", "des", "del",   "della",
                              "der",   "den",   "van",    "von",   "du",   "da",   "do", "dos", "la",    "le",
                              "el",    "al",    "bin",    "binti", "ibn",  "y",    "e",  "ni",  "utara", "selatan",
                              "timur", "barat", "tengah", "raya",  "baru", "lama", "'s"})
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

// Fills the lexical facts of token i; returns whether it has an upper-case
// letter.
bool prepare_token(std::string_view w, std::size_t i, SentenceFeatures& s) {
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
    s.connector[i] = !has_letter(l) || is_connector_word(s.lower[i]);
    // Upper case inside ("iPhone", "eKTP") can still start a name.
    const bool has_upper = to_lower_changes(w);
    s.may_start[i] = !cap && has_upper;
    return cap || has_upper;
}

// ---- feature ids ----

// Feature ids are salted for lower-cased sentences (NERP): capitalization,
// the strongest cue in normal text, means nothing there, so they get
// weights of their own.
std::uint64_t salt_of(const SentenceFeatures& s) { return s.all_lower ? 0x10000 : 0; }

// The one place a (template, value) pair becomes a feature id: odd, so that
// 0 stays free as the empty key of the weight tables.
std::uint64_t feature_id(std::uint64_t salt, std::uint64_t tmpl, std::uint64_t value) {
    return hash_combine(tmpl + salt, value) | 1;
}

// The value of a per-token fact at position k, or a padding value outside
// the sentence.
std::uint64_t at(const SentenceFeatures& s, const std::vector<std::uint64_t>& v, std::ptrdiff_t k) {
    if (k < 0) return kBos + static_cast<std::uint64_t>(-k);
    if (static_cast<std::size_t>(k) >= s.n) return kEos + static_cast<std::uint64_t>(k) - s.n;
    return v[static_cast<std::size_t>(k)];
}

// Calls f(b) for each set bit b of bits, lowest first.
template <typename F>
void for_each_bit(unsigned bits, const F& f) {
    for (unsigned b = 0; bits != 0; ++b, bits >>= 1)
        if (bits & 1u) f(b);
}

// Appends the feature ids of one token to a caller's buffer.
class FeatureSink {
public:
    FeatureSink(const SentenceFeatures& s, std::uint64_t* out) : salt_(salt_of(s)), out_(out) {}
    void add(std::uint64_t tmpl, std::uint64_t value) { out_[n_++] = feature_id(salt_, tmpl, value); }
    int count() const { return n_; }

private:
    std::uint64_t salt_;
    std::uint64_t* out_;
    int n_ = 0;
};

// The word, its shape and affixes, and its neighbours within two tokens.
void add_lexical_features(const SentenceFeatures& s, std::size_t i, FeatureSink& f) {
    const auto k = static_cast<std::ptrdiff_t>(i);
    const std::uint64_t lower_m1 = at(s, s.lower, k - 1), lower_p1 = at(s, s.lower, k + 1);
    const std::uint64_t shape_m1 = at(s, s.shape, k - 1), shape_p1 = at(s, s.shape, k + 1);
    f.add(kFBias, 0);
    f.add(kFWord, s.word[i]);
    f.add(kFLower, s.lower[i]);
    f.add(kFShape, s.shape[i]);
    f.add(kFPre3, s.pre3[i]);
    f.add(kFSuf3, s.suf3[i]);
    f.add(kFSuf4, s.suf4[i]);
    f.add(kFLowerM1, lower_m1);
    f.add(kFLowerP1, lower_p1);
    f.add(kFLowerM2, at(s, s.lower, k - 2));
    f.add(kFLowerP2, at(s, s.lower, k + 2));
    f.add(kFShapeM1, shape_m1);
    f.add(kFShapeP1, shape_p1);
    f.add(kFShape3, hash_combine(shape_m1, hash_combine(s.shape[i], shape_p1)));
    f.add(kFBigramL, hash_combine(lower_m1, s.lower[i]));
    f.add(kFBigramR, hash_combine(s.lower[i], lower_p1));
    if (i == 0) f.add(kFStartShape, s.shape[i]);
    f.add(kFLowerM1Shape, hash_combine(lower_m1, s.shape[i]));
    f.add(kFShapeLowerP1, hash_combine(s.shape[i], lower_p1));
    if (i == 0) f.add(kFStartLower, s.lower[i]);
}

// Corpus word classes (0 where the word is not in the lexicon): the
// distributional cluster, and how often the word is capitalized inside
// sentences, with this token's case and sentence-initial position; then
// the words of listed names, by type ("Normal" of "Universitas Normal
// Beijing" for a name not listed whole).
void add_word_class_features(const SentenceFeatures& s, std::size_t i, FeatureSink& f) {
    f.add(kFCluster, s.gaz.cluster[i] * 2u + s.capitalized[i]);
    f.add(kFCapClass, s.gaz.cap_class[i] * 4u + s.capitalized[i] * 2u + (i == 0));
    if (s.all_lower) {
        f.add(kFAllLower, 0);
        f.add(kFAllLowerLower, s.lower[i]);
    }
    if (s.gaz.word_types[i] != 0) f.add(kFWordTypes, s.gaz.word_types[i] * 2u + s.capitalized[i]);
}

// Gazetteer membership (B/I per type), with capitalization, and around.
void add_gazetteer_features(const SentenceFeatures& s, std::size_t i, FeatureSink& f) {
    const std::uint64_t lower_m1 = at(s, s.lower, static_cast<std::ptrdiff_t>(i) - 1);
    const std::uint8_t cap = s.capitalized[i];
    for_each_bit(s.gaz.entity_bits[i], [&](unsigned b) {
        f.add(kFGaz, b * 2u + cap);
        f.add(kFGazLowerM1, hash_combine(b, lower_m1));
    });
    if (i > 0) for_each_bit(s.gaz.entity_bits[i - 1], [&](unsigned b) { f.add(kFGazM1, b); });
    if (i + 1 < s.n) for_each_bit(s.gaz.entity_bits[i + 1], [&](unsigned b) { f.add(kFGazP1, b); });
}

// Trigger phrases: a title ending just before, a speech verb just after,
// an organisation head starting here.
void add_trigger_features(const SentenceFeatures& s, std::size_t i, FeatureSink& f) {
    if (i > 0)
        for_each_bit(s.gaz.trigger_end[i - 1], [&](unsigned r) {
            f.add(kFTrigEndM1, r);
            f.add(kFTrigEndM1Shape, hash_combine(r, s.shape[i]));
        });
    if (i > 1) for_each_bit(s.gaz.trigger_end[i - 2], [&](unsigned r) { f.add(kFTrigEndM2, r); });
    if (i + 1 < s.n) for_each_bit(s.gaz.trigger_start[i + 1], [&](unsigned r) { f.add(kFTrigStartP1, r); });
    for_each_bit(s.gaz.trigger_start[i], [&](unsigned r) { f.add(kFTrigStart0, r); });
}

}  // namespace

void prepare_sentence(const std::string_view* tokens, std::size_t n, const Gazetteer& gaz, SentenceFeatures& s) {
    s.n = n;
    for (auto* v : {&s.word, &s.lower, &s.shape, &s.pre3, &s.suf3, &s.suf4}) v->resize(n);
    s.capitalized.resize(n);
    s.may_start.resize(n);
    s.connector.resize(n);
    bool any_upper = false;
    for (std::size_t i = 0; i < n; ++i) any_upper = prepare_token(tokens[i], i, s) || any_upper;
    s.all_lower = !any_upper;
    gaz.annotate(s.lower.data(), n, s.gaz);
    s.candidate.resize(n);
    for (std::size_t i = 0; i < n; ++i) s.candidate[i] = candidate_token(s, i);
}

int emission_features(const SentenceFeatures& s, std::size_t i, std::uint64_t* out) {
    FeatureSink f(s, out);
    add_lexical_features(s, i, f);
    add_word_class_features(s, i, f);
    add_gazetteer_features(s, i, f);
    add_trigger_features(s, i, f);
    return f.count();
}

std::uint64_t bigram_feature(const SentenceFeatures& s, Tag prev) {
    return feature_id(salt_of(s), kFPrev, static_cast<std::uint64_t>(prev));
}

int context_features(const SentenceFeatures& s, std::size_t i, int prev_class, std::uint64_t* out) {
    FeatureSink f(s, out);
    const auto prev = static_cast<std::uint64_t>(prev_class);
    f.add(kFPrevLower, hash_combine(prev, s.lower[i]));
    for_each_bit(s.gaz.entity_bits[i], [&](unsigned b) { f.add(kFGazPrev, b * 16u + prev); });
    if (i > 0) {
        // A gazetteer match ended at i-1: a new entity likely starts here.
        const unsigned before = s.gaz.entity_bits[i - 1], here = s.gaz.entity_bits[i];
        for (unsigned t = 0; t < kGazTypes; ++t)
            if ((before >> (2 * t)) & 3u && !((here >> (2 * t + 1)) & 1u)) f.add(kFGazEnd, t * 16u + prev);
    }
    return f.count();
}

}  // namespace telusur::ner
