// Corpus evidence against false strips: words that only look affixed. A
// word that is frequent in a large news corpus while the root the affix
// rules leave is rare there (counting every corpus word that stems to it)
// is one word, not an affixed form: Selasa is no se+lasa, sebagai no
// se+bagai. `telusur-eval stem --write-evidence` computes the list from a
// corpus (clickid by default) and writes corpus_evidence_data.cpp, which is
// compiled in; no corpus text is shipped, only the words kept whole.
#pragma once

#include <string_view>
#include <unordered_set>

namespace telusur {

using WordSet = std::unordered_set<std::string_view>;

/// The compiled-in list of words to keep whole (lower case), parsed on
/// first use; thread-safe.
const WordSet& corpus_keep_whole();

}  // namespace telusur
