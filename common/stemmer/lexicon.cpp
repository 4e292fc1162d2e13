#include "common/stemmer/lexicon.h"

namespace telusur {

namespace {

/// gen_lexicon.py's fnv1a32().
std::uint32_t fnv1a32(std::string_view word) {
    std::uint32_t h = 2166136261u;
    for (const unsigned char c : word) h = (h ^ c) * 16777619u;
    return h;
}

/// The record index a hash table of gen_lexicon.py's hash_slots() holds for
/// `word`, given how to read a record's key; -1 when absent.
template <typename KeyOf>
long find_slot(const std::uint32_t* slots, std::uint32_t size, std::string_view word, KeyOf key_of) {
    const std::uint32_t mask = size - 1;
    for (std::uint32_t slot = fnv1a32(word) & mask;; slot = (slot + 1) & mask) {
        const std::uint32_t entry = slots[slot];
        if (entry == 0) return -1;
        const stemmer_data::WordRef& ref = key_of(entry - 1);
        if (ref.length == word.size() && std::string_view(stemmer_data::kWords + ref.offset, ref.length) == word)
            return static_cast<long>(entry - 1);
    }
}

}  // namespace

const Lexicon& Lexicon::instance() {
    static const Lexicon lexicon;
    return lexicon;
}

const stemmer_data::RootRecord* Lexicon::find_root(std::string_view word) const {
    const long i =
        find_slot(stemmer_data::kRootSlots, stemmer_data::kRootSlotsSize, word,
                  [](std::uint32_t r) -> const stemmer_data::WordRef& { return stemmer_data::kRootRecords[r].word; });
    return i < 0 ? nullptr : &stemmer_data::kRootRecords[i];
}

RootList Lexicon::derived_roots(std::string_view word) const {
    const long i = find_slot(
        stemmer_data::kDerivedSlots, stemmer_data::kDerivedSlotsSize, word,
        [](std::uint32_t r) -> const stemmer_data::WordRef& { return stemmer_data::kDerivedRecords[r].surface; });
    if (i < 0) return {};
    const auto& record = stemmer_data::kDerivedRecords[i];
    return {stemmer_data::kDerivedRoots + record.first_root, record.root_count};
}

}  // namespace telusur
