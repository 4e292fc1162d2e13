// Text helpers shared by the entity tagger, its gazetteer and its training
// command: a CoNLL-compatible tokenizer with byte offsets, sentence
// splitting, cheap lower-casing and word shapes, and the 64-bit hashes that
// feature ids are built from. Internal to common/entities.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace telusur::ner {

/// A token of raw text: [begin, end) byte offsets into the input.
struct TokenSpan {
    std::size_t begin;
    std::size_t end;
};

/// Splits raw UTF-8 text into tokens the way the CoNLL gold data is
/// tokenized: whitespace separates, leading/trailing punctuation becomes its
/// own token, while internal '-', '.', '/', ',' stay inside ("PDI-P",
/// "1.000", "7/4/2016") and abbreviations keep their final dot ("A.S.",
/// "Dr.", "H.").
std::vector<TokenSpan> tokenize(std::string_view text);

/// Groups tokens into sentences: after '.', '!', '?' (as tokens) or at a
/// blank line. Returns [first, last) token index pairs. Long sentences are
/// cut so the tagger's work stays linear.
std::vector<std::pair<std::size_t, std::size_t>> split_sentences(std::string_view text,
                                                                 const std::vector<TokenSpan>& tokens);

/// Lower-cases UTF-8 (ASCII fast path, ICU for the rest).
std::string to_lower(std::string_view s);
/// Appends the lower-cased form of s to out (no allocation on ASCII input
/// once out has capacity).
void append_lower(std::string_view s, std::string& out);

/// Collapsed word shape: upper -> 'X', lower -> 'x', digit -> 'd', other
/// characters kept, runs of the same class collapsed ("Jokowi" -> "Xx",
/// "PDI-P" -> "X-X", "1.000" -> "d.d").
void word_shape(std::string_view s, std::string& out);

bool starts_upper(std::string_view s);      ///< first letter is upper case
bool has_lower_letter(std::string_view s);  ///< any lower-case letter
bool has_letter(std::string_view s);        ///< any letter at all

/// 64-bit hash of a byte string (FNV-1a then a murmur3 finalizer).
std::uint64_t hash_bytes(std::string_view s);

/// Mixes two hashes into one; order matters.
inline std::uint64_t hash_combine(std::uint64_t a, std::uint64_t b) {
    std::uint64_t h = a * 0x9E3779B97F4A7C15ULL + b + 0x632BE59BD9B4E019ULL;
    h ^= h >> 33;
    h *= 0xFF51AFD7ED558CCDULL;
    h ^= h >> 33;
    h *= 0xC4CEB9FE1A85EC53ULL;
    h ^= h >> 33;
    return h;
}

/// A word for a relative, or for the late, before a person's name ("Istri
/// Habibie": his wife; `lower` in lower case). Not "Anak", "Putra",
/// "Putri", "Cucu", "Ibu": given names or titles too ("Putri Titian", "Cucu
/// Sumantri", "Anak Agung").
bool is_kinship_word(std::string_view lower);

/// Collapses runs of whitespace to one space and trims both ends.
std::string normalize_spacing(std::string_view s);

/// Open-addressing hash map from a non-zero 64-bit key to a 32-bit value:
/// one probe sequence in a flat array, so lookups in the tagger's hot path
/// touch one or two cache lines and never allocate.
class FlatMap64 {
public:
    static constexpr std::uint32_t kMissing = 0xFFFFFFFFu;

    void reserve(std::size_t n) {
        std::size_t cap = 16;
        while (cap < n * 2) cap <<= 1;
        if (cap <= slots_.size()) return;
        std::vector<Slot> old = std::move(slots_);
        slots_.assign(cap, Slot{0, 0});
        mask_ = cap - 1;
        size_ = 0;
        for (const Slot& s : old)
            if (s.key != 0) insert(s.key, s.value);
    }
    /// Inserts or overwrites. key must not be 0.
    void insert(std::uint64_t key, std::uint32_t value) {
        if ((size_ + 1) * 2 > slots_.size()) reserve(size_ + 1);
        std::size_t i = key & mask_;
        while (slots_[i].key != 0 && slots_[i].key != key) i = (i + 1) & mask_;
        if (slots_[i].key == 0) ++size_;
        slots_[i] = Slot{key, value};
    }
    std::uint32_t find(std::uint64_t key) const {
        if (slots_.empty()) return kMissing;
        std::size_t i = key & mask_;
        while (true) {
            const Slot& s = slots_[i];
            if (s.key == key) return s.value;
            if (s.key == 0) return kMissing;
            i = (i + 1) & mask_;
        }
    }
    std::size_t size() const { return size_; }

private:
    // Key and value side by side: a lookup touches one cache line.
    struct Slot {
        std::uint64_t key;
        std::uint32_t value;
    };
    std::vector<Slot> slots_;
    std::size_t mask_ = 0;
    std::size_t size_ = 0;
};

}  // namespace telusur::ner
