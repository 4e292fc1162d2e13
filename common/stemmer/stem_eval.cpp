#include "common/stemmer/stem_eval.h"

#include <fstream>
#include <stdexcept>

namespace telusur {

std::vector<StemGoldPair> read_stem_gold(const std::string& path) {
    std::ifstream in(path);
    if (!in) throw std::runtime_error("cannot read gold file " + path);
    std::vector<StemGoldPair> gold;
    std::string line;
    for (std::size_t number = 1; std::getline(in, line); ++number) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.empty() || line[0] == '#') continue;
        auto tab = line.find('\t');
        if (tab == std::string::npos)
            throw std::runtime_error(path + ":" + std::to_string(number) + ": expected word<TAB>lemma");
        gold.push_back({line.substr(0, tab), line.substr(tab + 1)});
    }
    return gold;
}

StemScore score_stemmer(const std::vector<StemGoldPair>& gold, const Xapian::Stem& stemmer, std::size_t max_errors) {
    StemScore score;
    Xapian::Stem stem = stemmer;  // operator() is non-const
    for (const auto& pair : gold) {
        ++score.pairs;
        std::string got = stem(pair.word);
        if (got == pair.lemma) {
            ++score.correct;
        } else if (score.errors.size() < max_errors) {
            score.errors.push_back({pair.word, pair.lemma, std::move(got)});
        }
    }
    return score;
}

}  // namespace telusur
