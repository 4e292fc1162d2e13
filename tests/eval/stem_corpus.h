// Corpus tools of `telusur-eval stem`: word counts over a news corpus, the
// corpus evidence against false strips (the list compiled into the stemmer,
// common/stemmer/corpus_evidence.h), the "suspicious stems" report, and the
// cross-validation of the stemmer's rule classes over gold files.
#pragma once

#include "common/stemmer/indonesian_stemmer.h"
#include "common/stemmer/stem_eval.h"

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

namespace telusur::eval {

/// Lower-case word -> occurrences in the "title" and "body" of a (gzip'd)
/// JSON Lines corpus; words are runs of ASCII letters with inner hyphens,
/// as the stemmer benchmark splits them. max_docs 0 = all.
using WordCounts = std::unordered_map<std::string, std::uint64_t>;
/// Occurrences not at a sentence start, and how many of them capitalised.
struct CaseCounts {
    std::uint32_t inside = 0;
    std::uint32_t capitalised = 0;
};
using WordCases = std::unordered_map<std::string, CaseCounts>;
WordCounts count_corpus_words(const std::string& path, std::size_t max_docs = 0, WordCases* cases = nullptr);

struct EvidenceOptions {
    std::uint64_t min_count = 30;        ///< only words at least this frequent are judged by the ratio
    double ratio = 20.0;                 ///< kept whole if the root's family is this much rarer
    int max_root_classes = 1;            ///< only roots with at most this many affix classes
    double name_share = 0.9;             ///< a word capitalised this often inside sentences is a name
    std::uint32_t name_min_inside = 10;  ///< occurrences inside sentences needed to judge that
};

/// Words the corpus says only look affixed: the stemmer (without corpus
/// evidence) strips a prefix alone off them, leaving an unproductive root R
/// (at most max_root_classes hunspell affix classes), and every other
/// corpus word stemming to R, R itself included, adds up to less than
/// count(word) / ratio. Also names: a word the dictionary does not know,
/// that the stemmer strips, and that the corpus capitalises inside
/// sentences at least name_share of the time (kediri, pemalang, megawati).
/// Sorted.
std::vector<std::string> keep_whole_words(const WordCounts& counts, const WordCases& cases,
                                          const EvidenceOptions& options);

using NasalRoots = std::vector<std::pair<std::string, std::string>>;

/// Roots of meng-/peng- words that read two ways (kRuleNasalEvidence): a
/// meng- + vowel word seen min_count+ times whose stem (without the rule)
/// the corpus contradicts. Each reading (meng + vowel root, meng + k- root
/// whose k drops, menge + a monosyllable) has an unambiguous passive di- +
/// body (diusut, dikusut); the reading whose passive the corpus uses
/// min_count+ times, ten times as often as the stem's, wins when the
/// passive stems to a root the body starts with (not dialah -> dia). A
/// peng-(-an) noun follows its meng- verb (pengecekan as mengecek). Sorted.
NasalRoots nasal_evidence_roots(const WordCounts& counts, std::uint64_t min_count = 3);

/// Roots the dictionary lacks that the corpus attests (kRuleAttestedClitic, kRuleAttestedAffix):
/// words seen min_count+ times that the dictionary does not know, the
/// stemmer leaves whole and that end in no clitic, kept when another corpus
/// word that nothing else analyses reduces to them (karir for karirnya).
/// Sorted.
std::vector<std::string> attested_roots(const WordCounts& counts, std::uint64_t min_count = 20);

/// Writes the lists as common/stemmer/corpus_evidence_data.cpp.
void write_evidence_source(const std::vector<std::string>& words, const NasalRoots& nasal_roots,
                           const std::vector<std::string>& attested, const std::string& path,
                           const std::string& corpus);

struct SuspiciousStem {
    std::string word;
    std::uint64_t count;
    std::string stem;
    std::uint64_t stem_count;  ///< occurrences of the stem as a word of its own
    const char* why;           ///< "short", "rare" or "name"
};

/// The most frequent words whose stem is at most 3 letters ("short") or
/// occurs fewer than count / ratio times as a word of its own ("rare":
/// Selasa -> lasa); with cases, also stemmed words the corpus capitalises
/// inside sentences 90 % of 10+ times while their stem is not so
/// capitalised ("name": Maluku -> malu, whose stem is frequent).
std::vector<SuspiciousStem> suspicious_stems(const WordCounts& counts, const IndonesianStemmer& stemmer,
                                             std::size_t top, double ratio = 10.0, const WordCases* cases = nullptr);

/// One gold file's pairs and the fold of each (by word, so that a word is in
/// one fold in every file).
struct FoldedGold {
    std::string name;
    std::vector<StemGoldPair> pairs;
    std::vector<int> fold;
};
std::vector<FoldedGold> fold_gold(const std::vector<std::string>& paths, int folds);

/// Prints, for each fold, the rule classes chosen on the other folds (each
/// added greedily while it raises their mean accuracy over the files) and
/// the accuracy on the fold itself without them, with them, and with all.
void print_cross_validation(const std::vector<FoldedGold>& gold, int folds);

}  // namespace telusur::eval
