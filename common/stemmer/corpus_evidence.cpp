#include "common/stemmer/corpus_evidence.h"

#include <cstring>

namespace telusur::stemmer_data {
// One lower-case word per line; generated, see corpus_evidence_data.cpp.
extern const char kKeepWhole[];
// "word root" per line.
extern const char kNasalRoots[];
// One lower-case word per line.
extern const char kAttestedRoots[];
}  // namespace telusur::stemmer_data

namespace telusur {

namespace {

WordSet word_lines(const char* text) {
    WordSet set;
    std::string_view rest(text, std::strlen(text));
    while (!rest.empty()) {
        const auto eol = rest.find('\n');
        const std::string_view word = rest.substr(0, eol);
        rest.remove_prefix(eol == std::string_view::npos ? rest.size() : eol + 1);
        if (!word.empty()) set.insert(word);
    }
    return set;
}

}  // namespace

const WordSet& corpus_keep_whole() {
    static const WordSet words = word_lines(stemmer_data::kKeepWhole);
    return words;
}

const WordSet& corpus_attested_roots() {
    static const WordSet words = word_lines(stemmer_data::kAttestedRoots);
    return words;
}

const WordMap& corpus_nasal_roots() {
    static const WordMap roots = [] {
        WordMap map;
        std::string_view rest(stemmer_data::kNasalRoots, std::strlen(stemmer_data::kNasalRoots));
        while (!rest.empty()) {
            const auto eol = rest.find('\n');
            const std::string_view line = rest.substr(0, eol);
            rest.remove_prefix(eol == std::string_view::npos ? rest.size() : eol + 1);
            if (const auto space = line.find(' '); space != std::string_view::npos)
                map.emplace(line.substr(0, space), line.substr(space + 1));
        }
        return map;
    }();
    return roots;
}

}  // namespace telusur
