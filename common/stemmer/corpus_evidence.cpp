#include "common/stemmer/corpus_evidence.h"

#include <cstring>

namespace telusur::stemmer_data {
// One lower-case word per line; generated, see corpus_evidence_data.cpp.
extern const char kKeepWhole[];
}  // namespace telusur::stemmer_data

namespace telusur {

const WordSet& corpus_keep_whole() {
    static const WordSet words = [] {
        WordSet set;
        std::string_view rest(stemmer_data::kKeepWhole, std::strlen(stemmer_data::kKeepWhole));
        while (!rest.empty()) {
            const auto eol = rest.find('\n');
            const std::string_view word = rest.substr(0, eol);
            rest.remove_prefix(eol == std::string_view::npos ? rest.size() : eol + 1);
            if (!word.empty()) set.insert(word);
        }
        return set;
    }();
    return words;
}

}  // namespace telusur
