#include "tests/eval/ner_conll.h"

#include "common/entities/ner_text.h"

#include <cctype>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <set>
#include <stdexcept>
#include <tuple>

namespace telusur::eval {

std::vector<ConllSentence> read_conll(const std::string& path) {
    std::ifstream in(path);
    if (!in) throw std::runtime_error("cannot open CoNLL file: " + path);
    std::vector<ConllSentence> out;
    ConllSentence cur;
    std::string line;
    while (std::getline(in, line)) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.empty()) {
            if (!cur.tokens.empty()) out.push_back(std::move(cur));
            cur = {};
            continue;
        }
        const auto tab = line.rfind('\t');
        if (tab == std::string::npos) throw std::runtime_error("malformed line in " + path + ": " + line);
        cur.tokens.push_back(line.substr(0, tab));
        cur.tags.push_back(line.substr(tab + 1));
    }
    if (!cur.tokens.empty()) out.push_back(std::move(cur));
    return out;
}

std::string sentence_key(const ConllSentence& s) {
    std::string key;
    for (const std::string& t : s.tokens)
        for (char c : t)
            if (std::isalnum(static_cast<unsigned char>(c))) key.push_back(static_cast<char>(std::tolower(c)));
    return key;
}

bool in_dev_split(const ConllSentence& s, double dev_fraction, double dev_offset) {
    if (dev_fraction <= 0) return false;
    const std::uint64_t h = ner::hash_bytes(sentence_key(s));
    const auto offset = static_cast<std::uint64_t>(std::lround(dev_offset * 10000.0)) % 10000;
    return static_cast<double>((h + 10000 - offset) % 10000) < dev_fraction * 10000.0;
}

namespace {

int type_index(std::string_view t) {
    if (t == "PER") return 0;
    if (t == "ORG") return 1;
    if (t == "LOC") return 2;
    return -1;
}

int type_index(EntityType t) {
    switch (t) {
        case EntityType::Person: return 0;
        case EntityType::Organization: return 1;
        case EntityType::Location: break;
    }
    return 2;
}

// conlleval chunking: an I- tag whose type differs from the open chunk, or
// after O, starts a new chunk.
std::set<std::tuple<std::size_t, std::size_t, int>> gold_spans(const ConllSentence& s) {
    std::set<std::tuple<std::size_t, std::size_t, int>> out;
    std::size_t start = 0;
    int open = -1;
    for (std::size_t i = 0; i <= s.tags.size(); ++i) {
        const std::string tag = i < s.tags.size() ? s.tags[i] : "O";
        const int type = tag.size() > 2 ? type_index(std::string_view(tag).substr(2)) : -1;
        const bool inside = tag.starts_with("I-") && type == open && open >= 0;
        if (!inside && open >= 0) {
            out.emplace(start, i, open);
            open = -1;
        }
        if (!inside && type >= 0) {
            start = i;
            open = type;
        }
    }
    return out;
}

}  // namespace

void NerCounts::add_sentence(const ConllSentence& gold_sentence, const std::vector<TokenEntity>& predicted_entities,
                             const std::array<bool, 3>& scored_types) {
    const auto gold_set = gold_spans(gold_sentence);
    for (const auto& [b, e, t] : gold_set)
        if (scored_types[static_cast<std::size_t>(t)]) ++gold[static_cast<std::size_t>(t)];
    for (const TokenEntity& p : predicted_entities) {
        const int t = type_index(p.type);
        if (!scored_types[static_cast<std::size_t>(t)]) continue;
        ++predicted[static_cast<std::size_t>(t)];
        if (gold_set.count({p.first, p.last, t})) ++tp[static_cast<std::size_t>(t)];
    }
}

Prf prf(std::size_t tp, std::size_t predicted, std::size_t gold) {
    Prf r;
    r.p = predicted ? double(tp) / double(predicted) : 0.0;
    r.r = gold ? double(tp) / double(gold) : 0.0;
    r.f1 = (r.p + r.r) > 0 ? 2 * r.p * r.r / (r.p + r.r) : 0.0;
    return r;
}

Prf micro(const NerCounts& c, const std::array<bool, 3>& scored_types) {
    std::size_t tp = 0, pr = 0, g = 0;
    for (std::size_t t = 0; t < 3; ++t)
        if (scored_types[t]) {
            tp += c.tp[t];
            pr += c.predicted[t];
            g += c.gold[t];
        }
    return prf(tp, pr, g);
}

std::array<bool, 3> default_scored_types(const std::string& path) {
    const std::string name = std::filesystem::path(path).filename().string();
    if (name.starts_with("nerp")) return {true, false, true};
    return {true, true, true};
}

}  // namespace telusur::eval
