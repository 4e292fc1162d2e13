// Telusur's Indonesian stemmer: dictionary-driven confix stripping.
//
// Analysis order (each step is tried only if the previous found nothing):
//   1. the word is a dictionary root -> itself (mereka, partai, berita),
//      unless it is a class-less entry that is a partial reduplication
//      (dwipurwa) Ce + a productive root (lelembut -> lembut, dedaunan ->
//      daun);
//   2. hunspell's affix classes derive it from a root -> that root
//      (menyatakan -> nyata, pengerahan -> kerah; meskipun -> meski);
//   3. an unknown Ce + productive root is a dwipurwa (tetamu -> tamu);
//   4. the look-ups of 1-2 after removing particles (-lah -kah -tah -pun)
//      and possessives (-ku -mu -nya);
//   5. rule-based confix stripping (suffixes -i -kan -an, up to three
//      prefixes di- ke- se- ku- kau- be(r)- te(r)- pe(r)- me(N)- pe(N)- with
//      nasal recoding and the forbidden confix pairs), accepting only a
//      result that is a dictionary root (not one of three letters or fewer
//      without affix classes: merit is not me+rit); the longest root wins,
//      and a per-/ke- root it leaves is refined as a dictionary hit is
//      (kesiapan: kesiap + -an -> ke- + siap + -an);
//   6. for a word the dictionary lacks, -wan/-wati on a dictionary root
//      (agamawan -> agama), then clitics off a root the news corpus attests
//      though the dictionary lacks it (karirnya -> karir);
//   7. otherwise the word is returned unchanged: an unknown word is better
//      left alone than guessed at.
// The confix se-...-nya makes adverbs that stay whole (sebenarnya,
// seharusnya: kRuleSeNyaAdverb).
// Function words, lexicalised adverbs and ordinals that apertium-ind-zlm lists
// as lemmas are dictionary roots (step 1), so they stay whole (mengapa, kedua).
// Reduplication (tentara-tentara, berlari-lari, sayur-mayur) reduces to the
// stem of the first part; se-X-X (sehari-hari) and prefix-hyphen-word
// (men-download) to the word's; affixes on either half belong to one word
// around the shared base (memukul-mukulkan -> memukulkan -> pukul).
// Words the news corpus says only look affixed (Selasa is no se+lasa,
// Maluku no malu+ku) stay whole: see corpus_evidence.h. meng- + e + a
// one-syllable root reads as menge- where the corpus says so (mengecek ->
// cek, as dicek).
#pragma once

#include "common/stemmer/corpus_evidence.h"

#include <xapian.h>

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace telusur {

class Lexicon;
class RefinableRoots;

/// A 4096-bit filter of the roots a refinement of the stemmer may change.
using RootFilter = std::array<std::uint64_t, 64>;
/// The filter computed from the lexicon and the rules (a few milliseconds).
RootFilter compute_refinable_root_filter();
/// The filter the stemmer uses, compiled in so that no process computes it.
RootFilter compiled_refinable_root_filter();
/// Writes the compiled-in filter's source (common/stemmer/refinable_roots_data.cpp):
/// `telusur-eval stem --write-refinable PATH`. @throws std::runtime_error
void write_refinable_root_filter(const std::string& path);

/// Classes of Indonesian morphology beyond the core confix stripping, each
/// switchable so that `telusur-eval stem --cv` can check, on folds of the
/// gold data it was not chosen on, that it gains.
enum StemRule : unsigned {
    /// ber-/per- surface as bel-/pel- before ajar (Enhanced Confix
    /// Stripping): belajar, pelajar, pembelajaran, mempelajari -> ajar,
    /// though hunspell lists belajar and pelajar as roots of their own.
    kRuleBelPel = 1u << 0,
    /// An affixed word over a per-/ke- form hunspell lists as a root: the
    /// root of that form (diperhatikan -> perhati -> hati, diketahui ->
    /// ketahu -> tahu).
    kRuleNestedPrefix = 1u << 1,
    /// Reduplication with affixes on either half: memukul-mukulkan,
    /// kekanak-kanakan (the halves' affixes around one base); a half of one
    /// or two letters is no reduplication (e-commerce stays whole).
    kRuleAffixedReduplication = 1u << 2,
    /// Words the news corpus says only look affixed stay whole (Selasa,
    /// sebagai): corpus_evidence.h.
    kRuleCorpusEvidence = 1u << 3,
    /// ke-tidak-X-an: the root of X (ketidakadilan -> adil), though
    /// hunspell lists tidakadil as a root.
    kRuleNegation = 1u << 4,
    /// meN-/peN- keep to nasal assimilation in the rules: mem- only before
    /// b f p v, men- only before c d j s t z (menpora is no men+pora).
    kRuleNasalAssimilation = 1u << 5,
    /// A dictionary entry that is one affix on a more productive root
    /// (besaran -> besar, peluang -> luang). Rejected by cross-validation
    /// (the treebanks keep sejarah, sekarang, kepada whole): not in
    /// kAllStemRules, kept so that `telusur-eval stem --cv` shows it.
    kRuleLexicalisedEntry = 1u << 6,
    /// meng-/peng- before a vowel is meN- + that vowel's root or + a k- root
    /// whose k drops (mengusut: usut or kusut; mengecek: menge- + cek or
    /// kecek). Where the dictionary derives both, the corpus decides by the
    /// unambiguous passive di- (diusut, dicek): corpus_nasal_roots().
    /// Not chosen by cross-validation (its one gold pair, GSD's mengawali ->
    /// kawal, goes against it): not in kAllStemRules.
    kRuleNasalEvidence = 1u << 7,
    /// A word neither the dictionary nor the rules analyse that is a root the
    /// dictionary lacks but the news corpus attests (corpus_attested_roots())
    /// plus inflectional clitics: karirnya -> karir, orangtuanya -> orangtua.
    /// Chosen by cross-validation on every fold.
    kRuleAttestedClitic = 1u << 8,
    /// The same with derivational affixes: merespon -> respon, rincian ->
    /// rinci (but also postingan -> posting, which the treebanks keep).
    /// Rejected by cross-validation: not in kAllStemRules.
    kRuleAttestedAffix = 1u << 9,
    /// The menge-/penge- allomorph before a one-syllable root, from the same
    /// corpus evidence as kRuleNasalEvidence but only where the corpus chose
    /// that reading over meng- + a k- root (mengecek -> cek as dicek, not
    /// kecek): the part of it that changes no gold pair (mengawali is
    /// meng- + a vowel root).
    kRuleMengeMonosyllable = 1u << 10,
    /// The confix se-...-nya forms adverbs, kept whole (sebenarnya,
    /// sebaliknya, seharusnya: ud-csui and ud-gsd keep them, ud-pud strips).
    kRuleSeNyaAdverb = 1u << 11,
    /// diper-X and memper-X share a root: a form hunspell lacks gets its
    /// twin's (diperalati -> alat as memperalati, not di+pe+ralat+i).
    kRuleVoiceTwin = 1u << 12,
};
/// The rule classes the stemmer applies by default.
constexpr unsigned kAllStemRules = kRuleBelPel | kRuleNestedPrefix | kRuleAffixedReduplication | kRuleCorpusEvidence |
                                   kRuleNegation | kRuleNasalAssimilation | kRuleAttestedClitic |
                                   kRuleMengeMonosyllable | kRuleSeNyaAdverb | kRuleVoiceTwin;
/// Every rule class, tried or not: what cross-validation chooses from.
constexpr unsigned kCandidateStemRules =
    kAllStemRules | kRuleLexicalisedEntry | kRuleNasalEvidence | kRuleAttestedClitic | kRuleAttestedAffix;

/// The stemming algorithm itself: stateless, thread-safe, uncached.
class IndonesianStemmer {
public:
    /// @param rules StemRule bits to apply (all by default).
    /// @param keep_whole words to keep whole under kRuleCorpusEvidence; null
    ///        means the compiled-in list (corpus_keep_whole()). The set must
    ///        outlive the stemmer.
    /// @param nasal_roots the roots kRuleNasalEvidence uses; null means the
    ///        compiled-in ones (corpus_nasal_roots()). Must outlive the stemmer.
    /// @param attested_roots the roots kRuleAttestedClitic and kRuleAttestedAffix accept; null means
    ///        the compiled-in ones (corpus_attested_roots()).
    explicit IndonesianStemmer(unsigned rules = kAllStemRules, const WordSet* keep_whole = nullptr,
                               const WordMap* nasal_roots = nullptr, const WordSet* attested_roots = nullptr);

    /// Returns the root of one lower-case word; words that are not
    /// [a-z]+(-[a-z]+)* (numbers, other scripts) and unknown words come back
    /// unchanged. ASCII upper case is folded first.
    std::string stem(std::string_view word) const;

private:
    std::string stem_hyphenated(std::string_view word) const;
    std::string stem_simple(std::string_view word) const;
    // Dictionary look-up: a root, or the root hunspell derives word from,
    // refined; false if the dictionary knows neither.
    bool look_up(std::string_view word, std::string& out) const;
    std::string_view refine_root(std::string_view word, std::string_view root) const;
    // A 4096-bit filter over (length, first, middle and last letter) of the words
    // kept whole spares nearly every word the set look-up (uncached
    // throughput).
    static unsigned filter_bit(std::string_view w) {
        const auto c = [&](std::size_t i) { return static_cast<std::uint32_t>(static_cast<unsigned char>(w[i])); };
        const std::uint32_t h = static_cast<std::uint32_t>(w.size()) * 0x9E3779B1u ^ c(0) * 0x85EBCA6Bu ^
                                c(w.size() / 2) * 0x27D4EB2Fu ^ c(w.size() - 1) * 0xC2B2AE35u;
        return (h ^ (h >> 15)) * 0x2C1B3C6Du >> 20;  // 12 bits
    }
    // The root the corpus chose for an ambiguous meng-/peng- word, or empty.
    std::string_view nasal_evidence_root(std::string_view word) const {
        if (!(rules_ & (kRuleNasalEvidence | kRuleMengeMonosyllable)) || word.size() < 6 || word[1] != 'e' ||
            word[2] != 'n' || word[3] != 'g')
            return {};
        const auto it = nasal_roots_->find(word);
        if (it == nasal_roots_->end()) return {};
        if (rules_ & kRuleNasalEvidence) return it->second;
        // menge- + the root itself (menge+cek), not meng- + a vowel root.
        const std::string_view root = it->second;
        return word[4] == 'e' && word.substr(5, root.size()) == root ? root : std::string_view{};
    }
    bool keep_whole(std::string_view word) const {
        if (!(rules_ & kRuleCorpusEvidence) || word.empty()) return false;
        const unsigned bit = filter_bit(word);
        return ((keep_filter_[bit >> 6] >> (bit & 63)) & 1u) && keep_whole_->count(word) != 0;
    }
    const Lexicon& lexicon_;
    unsigned rules_;
    const WordSet* keep_whole_;
    const WordMap* nasal_roots_;
    const WordSet* attested_;
    std::array<std::uint64_t, 64> keep_filter_{};
    const RefinableRoots* refinable_;  // the roots some refinement may change
};

/// How TelusurStemImplementation memoizes stems.
enum class StemCacheMode {
    kNone,         ///< always run the algorithm
    kThreadLocal,  ///< one cache per thread: no locking (the default)
    kSharded,      ///< one cache shared by all threads, 64 mutex-guarded shards that keep the frequent words
};

/// Xapian adapter: `Xapian::Stem stem(new TelusurStemImplementation)`.
/// Xapian owns it via its intrusive reference count. operator() may be called
/// from several indexer threads at once; the cache is safe for that.
class TelusurStemImplementation : public Xapian::StemImplementation {
public:
    /// @param max_cached_words bounds memory on unbounded vocabularies: past
    ///        it, a kThreadLocal cache (one per thread) is cleared, a
    ///        kSharded one replaces words not looked up lately (ClockCache).
    explicit TelusurStemImplementation(StemCacheMode mode = StemCacheMode::kThreadLocal,
                                       std::size_t max_cached_words = 1 << 20);
    ~TelusurStemImplementation() override;

    std::string operator()(const std::string& word) override;
    std::string get_description() const override;

private:
    struct ShardedCache;
    StemCacheMode mode_;
    std::size_t max_cached_words_;
    IndonesianStemmer stemmer_;
    ShardedCache* sharded_ = nullptr;  // owned; only in kSharded mode
};

}  // namespace telusur
