// The stemmer's dictionary: Indonesian root words and the affixed forms their
// hunspell affix classes license. Both tables are generated at build time by
// common/stemmer/gen_lexicon.py from Debian's hunspell-id
// (/usr/share/hunspell/id_ID.dic + id_ID.aff), refined with Debian's
// apertium-ind-zlm analyser where installed (words it lists as lemmas of their
// own become roots), and compiled into telusur_common, so no binary reads a
// dictionary path at run time.
#pragma once

#include <cstdint>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace telusur::stemmer_data {
// Defined in the generated lexicon source; see gen_lexicon.py for the format.
extern const char kRoots[];
extern const char kDerived[];
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

/// Read-only lexicon shared by all stemmer instances and threads.
class Lexicon {
public:
    /// The process-wide lexicon, parsed from the compiled-in tables on first
    /// use (thread-safe static initialisation).
    static const Lexicon& instance();

    /// True if word is a dictionary entry (a root, or an unanalysed word).
    bool is_root(std::string_view word) const { return roots_.count(word) != 0; }

    /// The RootTraits bits of a dictionary entry, or -1 if it is none.
    int traits(std::string_view word) const {
        auto it = roots_.find(word);
        return it == roots_.end() ? -1 : it->second.traits;
    }

    /// How many hunspell affix classes a dictionary entry has (0 if none or
    /// not an entry): a rough measure of how productive, so how common, a
    /// root is, used to choose between candidate roots.
    int affix_classes(std::string_view word) const {
        auto it = roots_.find(word);
        return it == roots_.end() ? 0 : it->second.classes;
    }

    /// Roots from which hunspell's affix rules derive this surface form
    /// (prefix, suffix and confix expansions), or nullptr.
    const std::vector<std::string_view>* derived_roots(std::string_view word) const {
        auto it = derived_.find(word);
        return it == derived_.end() ? nullptr : &it->second;
    }

    /// Calls f(root) for every dictionary entry and every root a derived
    /// form names.
    template <typename F>
    void for_each_root(F&& f) const {
        for (const auto& entry : roots_) f(entry.first);
        for (const auto& entry : derived_)
            for (std::string_view r : entry.second) f(r);
    }

    std::size_t root_count() const { return roots_.size(); }
    std::size_t derived_count() const { return derived_.size(); }

private:
    Lexicon();
    struct RootInfo {
        std::uint8_t traits;
        std::uint8_t classes;
    };
    // Keys and values point into the static generated tables.
    std::unordered_map<std::string_view, RootInfo> roots_;
    std::unordered_map<std::string_view, std::vector<std::string_view>> derived_;
};

}  // namespace telusur
