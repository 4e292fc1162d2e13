#include "common/entities/perceptron_model.h"

#include "common/entities/viterbi.h"

#include <zlib.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <stdexcept>

namespace telusur::ner {
namespace {

constexpr char kMagic[8] = {'T', 'L', 'S', 'N', 'E', 'R', '0', '2'};
constexpr std::size_t kHeaderBytes = 20;  // magic, u32 tag count, u32 feature count, f32 scale

void append_leb128(std::uint64_t v, std::string& buf) {
    while (v >= 0x80) {
        buf.push_back(static_cast<char>((v & 0x7F) | 0x80));
        v >>= 7;
    }
    buf.push_back(static_cast<char>(v));
}

// Reads one LEB128 value at pos; false if the data ends first or it is too
// long for 64 bits.
bool read_leb128(const std::string& data, std::size_t& pos, std::uint64_t& v) {
    v = 0;
    for (int shift = 0;; shift += 7) {
        if (pos >= data.size() || shift > 63) return false;
        const auto byte = static_cast<unsigned char>(data[pos++]);
        v |= static_cast<std::uint64_t>(byte & 0x7F) << shift;
        if ((byte & 0x80) == 0) return true;
    }
}

void write_gzip_file(const std::string& path, const std::string& buf) {
    gzFile f = gzopen(path.c_str(), "wb9");
    if (f == nullptr) throw std::runtime_error("cannot write model file: " + path);
    const int written = gzwrite(f, buf.data(), static_cast<unsigned>(buf.size()));
    if (gzclose(f) != Z_OK || written != static_cast<int>(buf.size()))
        throw std::runtime_error("cannot write model file: " + path);
}

// The whole decompressed file; false on a read error.
bool read_gzip_file(const std::string& path, std::string& data) {
    gzFile f = gzopen(path.c_str(), "rb");
    if (f == nullptr) throw std::runtime_error("cannot open entity model file: " + path);
    char chunk[65536];
    int got;
    while ((got = gzread(f, chunk, sizeof chunk)) > 0) data.append(chunk, static_cast<std::size_t>(got));
    gzclose(f);
    return got >= 0;
}

}  // namespace

// ---- the weight table ----

void PerceptronModel::rehash(std::size_t capacity) {
    const std::vector<std::uint64_t> old_keys = std::move(keys_);
    const std::vector<HotSlot> old_hot = std::move(hot_);
    keys_.assign(capacity, 0);
    hot_.assign(capacity, HotSlot{0, {}});
    mask_ = capacity - 1;
    count_ = 0;
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
    if ((count_ + 1) * 10 > keys_.size() * 7) rehash(std::max<std::size_t>(64, keys_.size() * 2));
    std::size_t i = slot.key & mask_;
    while (keys_[i] != 0 && keys_[i] != slot.key) i = (i + 1) & mask_;
    if (keys_[i] == 0) ++count_;
    keys_[i] = slot.key;
    // Two keys with the same fingerprint on one probe path would make the
    // later one read the earlier one's weights: about 1e-4 expected
    // collisions for 150k features, harmless either way.
    hot_[i].fp = fingerprint(slot.key);
    std::copy(std::begin(slot.w), std::end(slot.w), hot_[i].w);
}

void PerceptronModel::set(std::uint64_t key, const float* weights) {
    Slot slot{key, {}};
    for (int t = 0; t < kNumTags; ++t)
        slot.w[t] = static_cast<std::int16_t>(std::clamp<long>(std::lround(weights[t] / scale_), -32767, 32767));
    insert(slot);
}

// ---- tagging ----

void PerceptronModel::tag(const SentenceFeatures& s, std::vector<Tag>& out) const {
    thread_local ViterbiScratch sc;
    std::int32_t trans[kNumTags][kNumTags] = {};
    for (int p = 0; p < kNumTags; ++p)
        if (const std::int16_t* w = find(bigram_feature(s, static_cast<Tag>(p))))
            for (int t = 0; t < kNumTags; ++t) trans[p][t] = w[t];
    viterbi_decode<std::int32_t>(
        s, [this](std::uint64_t key) { return find(key); },
        [this](const std::uint64_t* keys, int n) {
            for (int k = 0; k < n; ++k) __builtin_prefetch(&hot_[keys[k] & mask_]);
        },
        trans, sc, out);
}

// ---- the model file ----

std::vector<std::size_t> PerceptronModel::slots_by_key() const {
    std::vector<std::size_t> slots;
    for (std::size_t j = 0; j < keys_.size(); ++j)
        if (keys_[j] != 0) slots.push_back(j);
    std::sort(slots.begin(), slots.end(), [this](std::size_t a, std::size_t b) { return keys_[a] < keys_[b]; });
    return slots;
}

// File: magic "TLSNER02", u32 tag count, u32 feature count, f32 scale,
// then the keys sorted ascending as LEB128 deltas, then each feature's
// weights as int16 (value = q * scale); the whole stream gzip'd.
void PerceptronModel::save(const std::string& path) const {
    const std::vector<std::size_t> slots = slots_by_key();
    const float scale = scale_;
    std::string buf(kMagic, sizeof kMagic);
    auto put32 = [&](std::uint32_t v) { buf.append(reinterpret_cast<const char*>(&v), 4); };
    put32(kNumTags);
    put32(static_cast<std::uint32_t>(slots.size()));
    buf.append(reinterpret_cast<const char*>(&scale), 4);
    std::uint64_t last = 0;
    for (const std::size_t j : slots) {
        append_leb128(keys_[j] - last, buf);
        last = keys_[j];
    }
    // Weights grouped by tag, so the (mostly zero) columns compress well.
    for (int t = 0; t < kNumTags; ++t)
        for (const std::size_t j : slots) buf.append(reinterpret_cast<const char*>(&hot_[j].w[t]), 2);
    write_gzip_file(path, buf);
}

PerceptronModel PerceptronModel::load(const std::string& path) {
    std::string data;
    const bool read_ok = read_gzip_file(path, data);
    const auto bad = [&](const char* why) { return std::runtime_error("bad entity model file " + path + ": " + why); };
    if (!read_ok) throw bad("read error");
    if (data.size() < kHeaderBytes || std::memcmp(data.data(), kMagic, sizeof kMagic) != 0) throw bad("wrong magic");
    std::uint32_t n_tags, n_feats;
    float scale;
    std::memcpy(&n_tags, data.data() + 8, 4);
    std::memcpy(&n_feats, data.data() + 12, 4);
    std::memcpy(&scale, data.data() + 16, 4);
    if (n_tags != kNumTags) throw bad("unexpected tag count");
    std::size_t pos = kHeaderBytes;
    std::vector<Slot> slots(n_feats);
    std::uint64_t last = 0;
    for (Slot& slot : slots) {
        std::uint64_t d;
        if (!read_leb128(data, pos, d)) throw bad("truncated keys");
        last += d;
        slot.key = last;
    }
    if (data.size() - pos != static_cast<std::size_t>(n_feats) * kNumTags * 2) throw bad("truncated weights");
    for (int t = 0; t < kNumTags; ++t)
        for (Slot& slot : slots) {
            std::memcpy(&slot.w[t], data.data() + pos, 2);
            pos += 2;
        }
    PerceptronModel m;
    m.set_scale(scale);
    std::size_t cap = 64;
    while (cap * 6 < static_cast<std::size_t>(n_feats) * 10 + 10) cap <<= 1;  // load <= 0.6
    m.rehash(cap);
    for (const Slot& slot : slots) {
        if (slot.key == 0) throw bad("zero key");
        m.insert(slot);
    }
    return m;
}

}  // namespace telusur::ner
