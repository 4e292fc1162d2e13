// The stemmer's dictionary: Indonesian root words and the affixed forms their
// hunspell affix classes license. Both tables are generated at build time by
// common/stemmer/gen_lexicon.py from Debian's hunspell-id
// (/usr/share/hunspell/id_ID.dic + id_ID.aff), refined with Debian's
// apertium-ind-zlm analyser where installed (words it lists as lemmas of their
// own become roots), and compiled into telusur_common as ready-made hash
// tables, so no binary reads a dictionary path or builds a table at run time.
#pragma once

#include <cstddef>
#include <cstdint>
#include <iterator>
#include <string_view>

namespace telusur::stemmer_data {
// Defined in the generated lexicon source (gen_lexicon.py writes them): every
// word once in kWords, records that point into it by offset, and for each
// table a hash table of record index + 1 (0: empty slot; FNV-1a, linear
// probing), so a process looks words up without building anything.
struct WordRef {
    std::uint32_t offset, length;
};
struct RootRecord {
    WordRef word;
    std::uint8_t traits, classes;
};
struct DerivedRecord {
    WordRef surface;
    std::uint32_t first_root, root_count;  ///< a range of kDerivedRoots
};
extern const char kWords[];
extern const RootRecord kRootRecords[];
extern const std::uint32_t kRootRecordsSize;
extern const std::uint32_t kRootSlots[];
extern const std::uint32_t kRootSlotsSize;  ///< a power of two
extern const DerivedRecord kDerivedRecords[];
extern const std::uint32_t kDerivedRecordsSize;
extern const std::uint32_t kDerivedSlots[];
extern const std::uint32_t kDerivedSlotsSize;
extern const WordRef kDerivedRoots[];
extern const std::uint32_t kDerivedRootsSize;
}  // namespace telusur::stemmer_data

namespace telusur {

/// What a root's hunspell affix classes allow (bit values shared with
/// gen_lexicon.py).
enum RootTraits : std::uint8_t {
    kTakesAn = 1,        ///< some class adds -an
    kTakesI = 2,         ///< some class adds -i
    kTakesKan = 4,       ///< some class adds -kan
    kTakesPrefix = 8,    ///< some prefix class
    kTakesAffixes = 16,  ///< any affix class at all
    kLexical = 32,       ///< a lemma apertium-ind-zlm lists whole (function word, ordinal)
};

/// The roots a derived form comes from: a range of string_views.
class RootList {
public:
    class iterator {
    public:
        using iterator_category = std::forward_iterator_tag;
        using value_type = std::string_view;
        using difference_type = std::ptrdiff_t;
        using pointer = void;
        using reference = std::string_view;
        explicit iterator(const stemmer_data::WordRef* ref) : ref_(ref) {}
        std::string_view operator*() const { return {stemmer_data::kWords + ref_->offset, ref_->length}; }
        iterator& operator++() {
            ++ref_;
            return *this;
        }
        bool operator==(const iterator& o) const { return ref_ == o.ref_; }
        bool operator!=(const iterator& o) const { return ref_ != o.ref_; }

    private:
        const stemmer_data::WordRef* ref_;
    };
    RootList() = default;
    RootList(const stemmer_data::WordRef* first, std::size_t count) : first_(first), count_(count) {}
    iterator begin() const { return iterator(first_); }
    iterator end() const { return iterator(first_ + count_); }
    std::size_t size() const { return count_; }
    bool empty() const { return count_ == 0; }
    std::string_view front() const { return *begin(); }

private:
    const stemmer_data::WordRef* first_ = nullptr;
    std::size_t count_ = 0;
};

/// Read-only lexicon shared by all stemmer instances and threads: a view of
/// the compiled-in tables, free to construct.
class Lexicon {
public:
    /// The process-wide lexicon.
    static const Lexicon& instance();

    /// True if word is a dictionary entry (a root, or an unanalysed word).
    bool is_root(std::string_view word) const { return find_root(word) != nullptr; }

    /// The RootTraits bits of a dictionary entry, or -1 if it is none.
    int traits(std::string_view word) const {
        const auto* r = find_root(word);
        return r == nullptr ? -1 : r->traits;
    }

    /// How many hunspell affix classes a dictionary entry has (0 if none or
    /// not an entry): a rough measure of how productive, so how common, a
    /// root is, used to choose between candidate roots.
    int affix_classes(std::string_view word) const {
        const auto* r = find_root(word);
        return r == nullptr ? 0 : r->classes;
    }

    /// Roots from which hunspell's affix rules derive this surface form
    /// (prefix, suffix and confix expansions); empty if none.
    RootList derived_roots(std::string_view word) const;

    /// Calls f(root) for every dictionary entry and every root a derived
    /// form names.
    template <typename F>
    void for_each_root(F&& f) const {
        for (std::uint32_t i = 0; i < stemmer_data::kRootRecordsSize; ++i) f(word(stemmer_data::kRootRecords[i].word));
        for (std::uint32_t i = 0; i < stemmer_data::kDerivedRootsSize; ++i) f(word(stemmer_data::kDerivedRoots[i]));
    }

    std::size_t root_count() const { return stemmer_data::kRootRecordsSize; }
    std::size_t derived_count() const { return stemmer_data::kDerivedRecordsSize; }

private:
    static std::string_view word(const stemmer_data::WordRef& ref) {
        return {stemmer_data::kWords + ref.offset, ref.length};
    }
    const stemmer_data::RootRecord* find_root(std::string_view word) const;
};

}  // namespace telusur
