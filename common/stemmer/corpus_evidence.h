// Corpus evidence against false strips: words that only look affixed. A
// word that is frequent in a large news corpus while the root the affix
// rules leave is rare there (counting every corpus word that stems to it)
// is one word, not an affixed form: Selasa is no se+lasa, sebagai no
// se+bagai. `telusur-eval stem --write-evidence` computes the list from a
// corpus (clickid by default) and writes corpus_evidence_data.cpp, which is
// compiled in; no corpus text is shipped, only the words kept whole, the
// nasal readings and the attested roots below.
#pragma once

#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace telusur {

using WordSet = std::unordered_set<std::string_view>;
using WordMap = std::unordered_map<std::string_view, std::string_view>;

/// The compiled-in list of words to keep whole (lower case), parsed on
/// first use; thread-safe.
const WordSet& corpus_keep_whole();

/// The compiled-in roots of meng-/peng- words that read two ways (meng- +
/// vowel root or + k- root: mengusut -> usut, not kusut), chosen by which
/// reading's passive di- form the corpus uses (diusut, never dikusut);
/// word -> root, thread-safe.
const WordMap& corpus_nasal_roots();

/// The compiled-in roots the dictionary lacks that the corpus attests: words
/// frequent in the corpus, unknown to the dictionary, that other corpus words
/// are affixed forms of (karir for karirnya, respon for merespon).
const WordSet& corpus_attested_roots();

}  // namespace telusur
