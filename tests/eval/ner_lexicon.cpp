#include "tests/eval/ner_lexicon.h"

#include "common/entities/ner_text.h"

#include <nlohmann/json.hpp>
#include <zlib.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <numeric>
#include <random>
#include <stdexcept>
#include <string_view>
#include <unordered_map>

namespace telusur::eval {
namespace {

constexpr std::uint32_t kSentenceBreak = 0xFFFFFFFFu;

// Calls f(line) for each line of a (possibly gzip'd) text file.
template <typename F>
void for_each_line(const std::string& path, F&& f) {
    gzFile in = gzopen(path.c_str(), "rb");
    if (in == nullptr) throw std::runtime_error("cannot open corpus file: " + path);
    gzbuffer(in, 1 << 20);
    std::string line;
    char buf[1 << 16];
    while (gzgets(in, buf, sizeof buf) != nullptr) {
        line.append(buf);
        if (line.empty() || line.back() != '\n') continue;
        line.pop_back();
        f(line);
        line.clear();
    }
    if (!line.empty()) f(line);
    gzclose(in);
}

unsigned cap_class(std::uint32_t cap, std::uint32_t low) {
    const std::uint32_t mid = cap + low;
    if (mid < 3) return 1;
    const double r = static_cast<double>(cap) / mid;
    if (r < 0.02) return 2;
    if (r < 0.2) return 3;
    if (r < 0.5) return 4;
    if (r < 0.8) return 5;
    if (r < 0.98) return 6;
    return 7;
}

}  // namespace

std::size_t add_corpus_lexicon(ner::Gazetteer& g, const LexiconOptions& opt) {
    // 1. Token ids, frequencies and in-sentence capitalization counts.
    std::unordered_map<std::string, std::uint32_t> ids;
    std::vector<std::string> words;
    std::vector<std::uint32_t> freq, cap, low;
    std::vector<std::uint32_t> stream;  // token ids, kSentenceBreak between sentences
    std::string lower;
    for (const std::string& path : opt.corpus) {
        for_each_line(path, [&](const std::string& line) {
            if (line.empty()) return;
            const auto doc = nlohmann::json::parse(line, nullptr, false);
            if (doc.is_discarded() || !doc.contains("body") || !doc["body"].is_string()) return;
            const std::string& text = doc["body"].get_ref<const std::string&>();
            const auto tokens = ner::tokenize(text);
            for (const auto& [first, last] : ner::split_sentences(text, tokens)) {
                bool prev_word = false;
                for (std::size_t k = first; k < last; ++k) {
                    const std::string_view tok(text.data() + tokens[k].begin, tokens[k].end - tokens[k].begin);
                    lower.clear();
                    ner::append_lower(tok, lower);
                    auto [it, inserted] = ids.try_emplace(lower, static_cast<std::uint32_t>(words.size()));
                    if (inserted) {
                        words.push_back(lower);
                        freq.push_back(0);
                        cap.push_back(0);
                        low.push_back(0);
                    }
                    const std::uint32_t id = it->second;
                    ++freq[id];
                    stream.push_back(id);
                    const bool letter = ner::has_letter(tok);
                    // Inside a sentence, after a word or a comma: capitalization means a name.
                    if (letter && prev_word) {
                        if (ner::starts_upper(tok))
                            ++cap[id];
                        else if (ner::has_lower_letter(tok))
                            ++low[id];
                    }
                    prev_word = letter || tok == "," || (!tok.empty() && tok[0] >= '0' && tok[0] <= '9');
                }
                stream.push_back(kSentenceBreak);
            }
        });
    }
    std::printf("lexicon: %zu tokens, %zu types\n", stream.size(), words.size());

    // 2. Vocabulary (words with a letter, min_count) and context words.
    std::vector<std::uint32_t> by_freq(words.size());
    std::iota(by_freq.begin(), by_freq.end(), 0);
    std::stable_sort(by_freq.begin(), by_freq.end(), [&](auto a, auto b) { return freq[a] > freq[b]; });
    std::vector<std::int32_t> vocab_of(words.size(), -1), ctx_of(words.size(), -1);
    std::vector<std::uint32_t> vocab;
    for (std::uint32_t id : by_freq) {
        if (static_cast<int>(freq[id]) < opt.min_count || vocab.size() >= opt.max_words) break;
        if (!ner::has_letter(words[id])) continue;
        vocab_of[id] = static_cast<std::int32_t>(vocab.size());
        vocab.push_back(id);
    }
    const int n_ctx = std::min<int>(opt.context_words, static_cast<int>(by_freq.size()));
    for (int c = 0; c < n_ctx; ++c) ctx_of[by_freq[static_cast<std::size_t>(c)]] = c;
    // Context slots: 4 windows (-2, -1, +1, +2) x (n_ctx words + boundary).
    const std::uint32_t per_window = static_cast<std::uint32_t>(n_ctx) + 1;
    const std::uint32_t n_slots = 4 * per_window;

    // 3. Co-occurrence counts -> PPMI (context distribution smoothed ^0.75).
    std::unordered_map<std::uint64_t, float> pair;
    pair.reserve(8u << 20);
    std::vector<double> word_total(vocab.size(), 0), ctx_total(n_slots, 0);
    auto slot_at = [&](std::size_t p, int offset, int window) -> std::int64_t {
        const std::int64_t q = static_cast<std::int64_t>(p) + offset;
        std::uint32_t id = kSentenceBreak;
        if (q >= 0 && static_cast<std::size_t>(q) < stream.size()) id = stream[static_cast<std::size_t>(q)];
        // Crossing a sentence boundary: the boundary itself is the context.
        const int step = offset < 0 ? -1 : 1;
        for (int k = step; k != offset + step; k += step) {
            const std::int64_t r = static_cast<std::int64_t>(p) + k;
            if (r < 0 || static_cast<std::size_t>(r) >= stream.size() ||
                stream[static_cast<std::size_t>(r)] == kSentenceBreak) {
                id = kSentenceBreak;
                break;
            }
        }
        const std::uint32_t base = static_cast<std::uint32_t>(window) * per_window;
        if (id == kSentenceBreak) return base + static_cast<std::uint32_t>(n_ctx);
        if (ctx_of[id] < 0) return -1;
        return base + static_cast<std::uint32_t>(ctx_of[id]);
    };
    constexpr int kOffsets[4] = {-2, -1, 1, 2};
    for (std::size_t p = 0; p < stream.size(); ++p) {
        const std::uint32_t id = stream[p];
        if (id == kSentenceBreak || vocab_of[id] < 0) continue;
        const auto w = static_cast<std::uint64_t>(vocab_of[id]);
        for (int win = 0; win < 4; ++win) {
            const std::int64_t slot = slot_at(p, kOffsets[win], win);
            if (slot < 0) continue;
            pair[(w << 32) | static_cast<std::uint64_t>(slot)] += 1.0f;
            word_total[w] += 1;
            ctx_total[static_cast<std::size_t>(slot)] += 1;
        }
    }
    double ctx_sum = 0, total = 0;
    for (double& c : ctx_total) {
        total += c;
        c = std::pow(c, 0.75);
        ctx_sum += c;
    }

    // 4. Random projection of the PPMI rows, then unit length.
    const int dims = opt.dims;
    std::mt19937_64 rng(opt.seed);
    std::normal_distribution<float> gauss(0.0f, 1.0f);
    std::vector<float> proj(static_cast<std::size_t>(n_slots) * dims);
    for (float& x : proj) x = gauss(rng);
    std::vector<float> vec(vocab.size() * static_cast<std::size_t>(dims), 0.0f);
    for (const auto& [key, count] : pair) {
        const std::size_t w = key >> 32, slot = key & 0xFFFFFFFFu;
        const double pmi = std::log(count * ctx_sum / (word_total[w] * ctx_total[slot]));
        if (pmi <= 0) continue;
        float* v = &vec[w * dims];
        const float* r = &proj[slot * dims];
        for (int d = 0; d < dims; ++d) v[d] += static_cast<float>(pmi) * r[d];
    }
    (void)total;
    for (std::size_t w = 0; w < vocab.size(); ++w) {
        float* v = &vec[w * dims];
        float norm = 0;
        for (int d = 0; d < dims; ++d) norm += v[d] * v[d];
        norm = std::sqrt(norm) + 1e-9f;
        for (int d = 0; d < dims; ++d) v[d] /= norm;
    }

    // 5. Spherical k-means, seeded with words chosen by a fixed shuffle.
    const std::size_t n = vocab.size();
    const int k = static_cast<int>(std::min<std::size_t>(static_cast<std::size_t>(opt.clusters), n));
    std::vector<std::uint16_t> assign(n, 0);
    if (k > 0) {
        std::vector<std::size_t> order(n);
        std::iota(order.begin(), order.end(), 0);
        std::shuffle(order.begin(), order.end(), rng);
        std::vector<float> cent(static_cast<std::size_t>(k) * dims);
        for (int c = 0; c < k; ++c)
            std::copy_n(&vec[order[static_cast<std::size_t>(c)] * dims], dims,
                        &cent[static_cast<std::size_t>(c) * dims]);
        for (int it = 0; it < opt.iterations; ++it) {
            std::size_t moved = 0;
            for (std::size_t w = 0; w < n; ++w) {
                const float* v = &vec[w * dims];
                int best = 0;
                float best_dot = -2;
                for (int c = 0; c < k; ++c) {
                    const float* m = &cent[static_cast<std::size_t>(c) * dims];
                    float dot = 0;
                    for (int d = 0; d < dims; ++d) dot += v[d] * m[d];
                    if (dot > best_dot) {
                        best_dot = dot;
                        best = c;
                    }
                }
                if (assign[w] != best || it == 0) ++moved;
                assign[w] = static_cast<std::uint16_t>(best);
            }
            std::fill(cent.begin(), cent.end(), 0.0f);
            std::vector<std::size_t> size(static_cast<std::size_t>(k), 0);
            for (std::size_t w = 0; w < n; ++w) {
                ++size[assign[w]];
                float* m = &cent[static_cast<std::size_t>(assign[w]) * dims];
                const float* v = &vec[w * dims];
                for (int d = 0; d < dims; ++d) m[d] += v[d];
            }
            for (int c = 0; c < k; ++c) {
                float* m = &cent[static_cast<std::size_t>(c) * dims];
                if (size[static_cast<std::size_t>(c)] == 0)  // empty: reseed with some word
                    std::copy_n(&vec[order[(static_cast<std::size_t>(c) * 7919 + it) % n] * dims], dims, m);
                float norm = 0;
                for (int d = 0; d < dims; ++d) norm += m[d] * m[d];
                norm = std::sqrt(norm) + 1e-9f;
                for (int d = 0; d < dims; ++d) m[d] /= norm;
            }
            std::printf("lexicon: k-means iteration %d, %zu moved\n", it + 1, moved);
            if (moved == 0) break;
        }
    }

    // 6. Into the gazetteer.
    for (std::size_t w = 0; w < n; ++w) {
        const std::uint32_t id = vocab[w];
        g.add_word(words[id], assign[w], cap_class(cap[id], low[id]));
    }
    std::printf("lexicon: %zu words, %d clusters\n", n, k);
    return n;
}

}  // namespace telusur::eval
