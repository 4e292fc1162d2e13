#include "tests/eval/stem_corpus.h"

#include "common/stemmer/lexicon.h"

#include <nlohmann/json.hpp>
#include <zlib.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <unordered_set>

namespace telusur::eval {
namespace {

// Splits text like tests/bench/bench_stemmer.cpp: ASCII letters, lower-cased,
// with hyphens inside a word kept. With cases, also counts how often each
// word inside a sentence (not after . ! ? : or a quote) is capitalised.
void count_words(const std::string& text, WordCounts& counts, WordCases* cases) {
    std::string word;
    bool capitalised = false, sentence_start = true;
    const auto flush = [&] {
        while (!word.empty() && word.back() == '-') word.pop_back();
        if (!word.empty()) {
            ++counts[word];
            if (cases && !sentence_start) {
                CaseCounts& c = (*cases)[word];
                ++c.inside;
                c.capitalised += capitalised;
            }
            sentence_start = false;
        }
        word.clear();
    };
    for (char c : text) {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
            if (word.empty()) capitalised = c <= 'Z';
            word += static_cast<char>(c | 0x20);
        } else if (c == '-' && !word.empty()) {
            word += c;
        } else {
            flush();
            if (c == '.' || c == '!' || c == '?' || c == ':' || c == '"' || c == '\n') sentence_start = true;
        }
    }
    flush();
}

// The rules without corpus evidence: what the evidence is computed against.
constexpr unsigned kRulesWithoutEvidence =
    kAllStemRules &
    ~(kRuleCorpusEvidence | kRuleNasalEvidence | kRuleAttestedClitic | kRuleAttestedAffix | kRuleMengeMonosyllable);

const char* rule_name(unsigned bit) {
    switch (bit) {
        case kRuleBelPel: return "bel-pel";
        case kRuleNestedPrefix: return "nested-prefix";
        case kRuleAffixedReduplication: return "affixed-redup";
        case kRuleCorpusEvidence: return "corpus-evidence";
        case kRuleNegation: return "negation";
        case kRuleNasalAssimilation: return "nasal-assimilation";
        case kRuleLexicalisedEntry: return "lexicalised-entry";
        case kRuleNasalEvidence: return "nasal-evidence";
        case kRuleAttestedClitic: return "attested-clitic";
        case kRuleAttestedAffix: return "attested-affix";
        case kRuleMengeMonosyllable: return "menge-monosyllable";
        case kRuleSeNyaAdverb: return "se-nya-adverb";
        case kRuleVoiceTwin: return "voice-twin";
        default: return "?";
    }
}

std::string rule_names(unsigned rules) {
    std::string out;
    for (unsigned bit = 1; bit <= kCandidateStemRules; bit <<= 1)
        if (rules & bit) {
            if (!out.empty()) out += '+';
            out += rule_name(bit);
        }
    return out.empty() ? "(none)" : out;
}

std::uint64_t fnv1a(const std::string& s) {
    std::uint64_t h = 1469598103934665603ULL;
    for (unsigned char c : s) h = (h ^ c) * 1099511628211ULL;
    return h;
}

}  // namespace

WordCounts count_corpus_words(const std::string& path, std::size_t max_docs, WordCases* cases) {
    gzFile in = gzopen(path.c_str(), "rb");
    if (in == nullptr) throw std::runtime_error("cannot open corpus file: " + path);
    gzbuffer(in, 1 << 20);
    WordCounts counts;
    std::string line;
    char buf[1 << 16];
    std::size_t docs = 0;
    while ((max_docs == 0 || docs < max_docs) && gzgets(in, buf, sizeof buf) != nullptr) {
        line.append(buf);
        if (line.empty() || line.back() != '\n') continue;
        const auto doc = nlohmann::json::parse(line, nullptr, false);
        line.clear();
        if (doc.is_discarded() || !doc.is_object()) continue;
        ++docs;
        for (const char* field : {"title", "body"})
            if (doc.contains(field) && doc[field].is_string())  // titles are often Title Case: no case counts
                count_words(doc[field].get_ref<const std::string&>(), counts,
                            std::string_view(field) == "body" ? cases : nullptr);
    }
    gzclose(in);
    return counts;
}

std::vector<std::string> keep_whole_words(const WordCounts& counts, const WordCases& cases,
                                          const EvidenceOptions& options) {
    const IndonesianStemmer stemmer(kRulesWithoutEvidence);
    const Lexicon& lex = Lexicon::instance();
    std::unordered_map<std::string, std::string> stem_of;
    std::unordered_map<std::string, std::uint64_t> family;  // root -> corpus words stemming to it
    for (const auto& [word, count] : counts) {
        std::string root = stemmer.stem(word);
        family[root] += count;
        stem_of.emplace(word, std::move(root));
    }
    // A root that is itself a corpus word with another stem still counts.
    std::vector<std::string> roots;
    for (const auto& entry : family) roots.push_back(entry.first);
    for (const auto& root : roots)
        if (auto it = counts.find(root); it != counts.end() && stem_of.at(root) != root) family[root] += it->second;
    const auto capitalised = [&](std::string_view word) {
        const auto it = cases.find(std::string(word));
        return it != cases.end() && it->second.inside >= options.name_min_inside &&
               it->second.capitalised >= options.name_share * it->second.inside;
    };
    // A name: unknown to the dictionary, capitalised inside sentences, and
    // not a name plus a clitic (inggrisnya: Inggris is capitalised too).
    // A name that only ends like a clitic over a word the corpus does not
    // capitalise is a name of its own (Makkah, Jammu: not mak, jam + clitic).
    const auto is_name = [&](const std::string& word) {
        if (lex.is_root(word) || !lex.derived_roots(word).empty()) return false;
        for (std::string_view clitic : {"nya", "ku", "mu", "lah", "kah", "pun", "tah"})
            if (word.ends_with(clitic) && capitalised(std::string_view(word).substr(0, word.size() - clitic.size())))
                return false;
        return capitalised(word);
    };
    std::vector<std::string> keep;
    for (const auto& [word, count] : counts) {
        if (word.find('-') != std::string::npos) continue;
        const std::string& root = stem_of.at(word);
        if (root != word && is_name(word)) {
            keep.push_back(word);
            continue;
        }
        if (count < options.min_count) continue;
        // Judged: a prefix alone stripped (the root ends the word) off an
        // unproductive root (at most one affix class): se+lasa, be+kasi.
        // Suffixed nominals (kecelakaan, lingkungan) have roots that are
        // rare on their own yet real.
        if (root == word || !word.ends_with(root) || lex.affix_classes(root) > options.max_root_classes) continue;
        const std::uint64_t others = family[root] - count;
        if (static_cast<double>(others) * options.ratio < static_cast<double>(count)) keep.push_back(word);
    }
    std::sort(keep.begin(), keep.end());
    return keep;
}

NasalRoots nasal_evidence_roots(const WordCounts& counts, std::uint64_t min_count) {
    const IndonesianStemmer stemmer(kRulesWithoutEvidence);
    const Lexicon& lex = Lexicon::instance();
    const auto is_vowel = [](char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; };
    const auto count_of = [&](const std::string& w) {
        const auto it = counts.find(w);
        return it == counts.end() ? std::uint64_t{0} : it->second;
    };
    std::unordered_map<std::string, std::string> verbs;  // meng- word -> root
    for (const auto& [word, count] : counts) {
        if (count < min_count || word.size() < 7 || !word.starts_with("meng") || !is_vowel(word[4])) continue;
        if (lex.is_root(word)) continue;
        const std::string stem = stemmer.stem(word);
        if (stem == word) continue;
        const std::string body = word.substr(4);
        std::vector<std::string> readings{body, "k" + body};
        if (body[0] == 'e' && body.size() > 2 && !is_vowel(body[1])) readings.push_back(body.substr(1));  // menge+cek
        std::unordered_map<std::string, std::uint64_t> votes;
        for (const auto& reading : readings) {
            const std::string passive = "di" + reading;
            const std::uint64_t n = count_of(passive);
            if (n == 0) continue;
            const std::string root = stemmer.stem(passive);
            if (root != passive && reading.starts_with(root)) votes[root] += n;
        }
        const auto best = std::max_element(votes.begin(), votes.end(), [](const auto& a, const auto& b) {
            return a.second != b.second ? a.second < b.second : a.first > b.first;
        });
        if (best == votes.end() || best->first == stem || best->second < min_count) continue;
        const auto against = votes.find(stem);
        if (against != votes.end() && against->second * 10 > best->second) continue;
        verbs.emplace(word, best->first);
    }
    NasalRoots out(verbs.begin(), verbs.end());
    for (const auto& [word, count] : counts) {
        if (count < min_count || !word.starts_with("peng")) continue;
        std::string body = word.substr(4);
        if (body.ends_with("an")) body.resize(body.size() - 2);
        const auto verb = verbs.find("meng" + body);
        if (verb != verbs.end() && stemmer.stem(word) != verb->second) out.emplace_back(word, verb->second);
    }
    std::sort(out.begin(), out.end());
    return out;
}

std::vector<std::string> attested_roots(const WordCounts& counts, std::uint64_t min_count) {
    const IndonesianStemmer stemmer(kRulesWithoutEvidence);
    const Lexicon& lex = Lexicon::instance();
    WordSet candidates;
    for (const auto& [word, count] : counts) {
        if (count < min_count || word.size() < 4 || word.find('-') != std::string::npos) continue;
        if (lex.is_root(word) || !lex.derived_roots(word).empty() || stemmer.stem(word) != word) continue;
        bool clitic = false;
        for (std::string_view c : {"nya", "ku", "mu", "lah", "kah", "pun", "tah"}) clitic = clitic || word.ends_with(c);
        if (!clitic) candidates.insert(word);
    }
    // A candidate that is itself an affixed form of another (merespon of
    // respon, karirnya of karir) is no root.
    std::vector<std::string_view> affixed;
    {
        const IndonesianStemmer with(kRulesWithoutEvidence | kRuleAttestedClitic | kRuleAttestedAffix, nullptr, nullptr,
                                     &candidates);
        for (std::string_view word : candidates)
            if (with.stem(word) != word) affixed.push_back(word);
    }
    for (std::string_view word : affixed) candidates.erase(word);
    const IndonesianStemmer with(kRulesWithoutEvidence | kRuleAttestedClitic | kRuleAttestedAffix, nullptr, nullptr,
                                 &candidates);
    std::vector<std::string> used;
    std::unordered_set<std::string> seen;
    for (const auto& [word, count] : counts) {
        if (candidates.count(word) || word.find('-') != std::string::npos || stemmer.stem(word) != word) continue;
        std::string root = with.stem(word);
        if (root != word && seen.insert(root).second) used.push_back(std::move(root));
    }
    std::sort(used.begin(), used.end());
    return used;
}

void write_evidence_source(const std::vector<std::string>& words, const NasalRoots& nasal_roots,
                           const std::vector<std::string>& attested, const std::string& path,
                           const std::string& corpus) {
    std::ofstream out(path);
    if (!out) throw std::runtime_error("cannot write " + path);
    out << "// Generated by `telusur-eval stem --write-evidence` from "
        << std::filesystem::path(corpus).parent_path().filename().string() << "/"
        << std::filesystem::path(corpus).filename().string() << ". Do not edit.\n"
        << "// Words kept whole by the stemmer (common/stemmer/corpus_evidence.h): frequent\n"
        << "// in the corpus while the root the affix rules leave is rare there.\n"
        << "namespace telusur::stemmer_data {\nextern const char kKeepWhole[];\nconst char kKeepWhole[] =\n";
    if (words.empty()) out << "    \"\"";
    for (std::size_t i = 0; i < words.size(); ++i) out << (i ? "\n" : "") << "    \"" << words[i] << "\\n\"";
    out << ";\n// meng-/peng- words that read two ways, and the root whose passive di- form\n"
        << "// the corpus uses (kRuleNasalEvidence): \"word root\".\n"
        << "extern const char kNasalRoots[];\nconst char kNasalRoots[] =\n";
    if (nasal_roots.empty()) out << "    \"\"";
    for (std::size_t i = 0; i < nasal_roots.size(); ++i)
        out << (i ? "\n" : "") << "    \"" << nasal_roots[i].first << ' ' << nasal_roots[i].second << "\\n\"";
    out << ";\n// Roots the dictionary lacks that the corpus attests (kRuleAttestedClitic, kRuleAttestedAffix).\n"
        << "extern const char kAttestedRoots[];\nconst char kAttestedRoots[] =\n";
    if (attested.empty()) out << "    \"\"";
    for (std::size_t i = 0; i < attested.size(); ++i) out << (i ? "\n" : "") << "    \"" << attested[i] << "\\n\"";
    out << ";\n}  // namespace telusur::stemmer_data\n";
}

std::vector<SuspiciousStem> suspicious_stems(const WordCounts& counts, const IndonesianStemmer& stemmer,
                                             std::size_t top, double ratio, const WordCases* cases) {
    const auto capitalised = [&](const std::string& word) {
        if (cases == nullptr) return false;
        const auto it = cases->find(word);
        return it != cases->end() && it->second.inside >= 10 && it->second.capitalised >= 0.9 * it->second.inside;
    };
    std::vector<std::pair<std::uint64_t, const std::string*>> by_count;
    by_count.reserve(counts.size());
    for (const auto& [word, count] : counts) by_count.emplace_back(count, &word);
    std::sort(by_count.begin(), by_count.end(), [](const auto& a, const auto& b) {
        return a.first != b.first ? a.first > b.first : *a.second < *b.second;
    });
    std::vector<SuspiciousStem> out;
    for (const auto& [count, word] : by_count) {
        if (out.size() >= top) break;
        std::string stem = stemmer.stem(*word);
        if (stem == *word) continue;
        const auto it = counts.find(stem);
        const std::uint64_t stem_count = it == counts.end() ? 0 : it->second;
        const char* why = stem.size() <= 3                                                       ? "short"
                          : static_cast<double>(stem_count) * ratio < static_cast<double>(count) ? "rare"
                          : capitalised(*word) && !capitalised(stem)                             ? "name"
                                                                                                 : nullptr;
        if (why) out.push_back({*word, count, std::move(stem), stem_count, why});
    }
    return out;
}

std::vector<FoldedGold> fold_gold(const std::vector<std::string>& paths, int folds) {
    std::vector<FoldedGold> out;
    for (const auto& path : paths) {
        FoldedGold g{std::filesystem::path(path).filename().string(), read_stem_gold(path), {}};
        for (const auto& p : g.pairs) g.fold.push_back(static_cast<int>(fnv1a(p.word) % static_cast<unsigned>(folds)));
        out.push_back(std::move(g));
    }
    return out;
}

namespace {

// Which gold pairs the stemmer gets right under each set of rule classes.
class RuleScores {
public:
    explicit RuleScores(const std::vector<FoldedGold>& gold) : gold_(gold), correct_(kCandidateStemRules + 1) {
        for (unsigned m = 0; m <= kCandidateStemRules; ++m) {
            const IndonesianStemmer stemmer(m);
            for (const auto& g : gold) {
                std::vector<char> ok;
                for (const auto& p : g.pairs) ok.push_back(stemmer.stem(p.word) == p.lemma);
                correct_[m].push_back(std::move(ok));
            }
        }
    }
    // Mean accuracy over the files under rules m, on the folds in_fold
    // selects; per_file gets each file's.
    template <typename InFold>
    double mean(unsigned m, const InFold& in_fold, std::vector<double>* per_file = nullptr) const {
        double sum = 0;
        for (std::size_t f = 0; f < gold_.size(); ++f) {
            std::size_t n = 0, c = 0;
            for (std::size_t i = 0; i < gold_[f].pairs.size(); ++i)
                if (in_fold(gold_[f].fold[i])) ++n, c += correct_[m][f][i];
            const double acc = n ? static_cast<double>(c) / n : 0.0;
            if (per_file) per_file->push_back(acc);
            sum += acc;
        }
        return sum / static_cast<double>(gold_.size());
    }
    bool correct(unsigned m, std::size_t file, std::size_t pair) const { return correct_[m][file][pair]; }

private:
    const std::vector<FoldedGold>& gold_;
    std::vector<std::vector<std::vector<char>>> correct_;  // [rules][file][pair]
};

void print_header(const std::vector<FoldedGold>& gold, int width) {
    for (const auto& g : gold) std::printf(" %*s", width, g.name.substr(0, g.name.find('.')).c_str());
    std::printf(" %*s\n", width, "mean");
}

// Per fold: the classes chosen greedily on the other folds, and the fold's
// accuracy without and with them.
void print_folds(const std::vector<FoldedGold>& gold, const RuleScores& scores, int folds) {
    std::printf("%d-fold cross-validation by word; rule classes chosen greedily on the other folds\n", folds);
    std::printf("%-5s %-72s", "fold", "rules chosen on the other folds");
    print_header(gold, 17);
    for (int k = 0; k < folds; ++k) {
        const auto train = [k](int f) { return f != k; };
        const auto test = [k](int f) { return f == k; };
        unsigned chosen = 0;
        for (unsigned bit = 1; bit <= kCandidateStemRules; bit <<= 1)
            if (scores.mean(chosen | bit, train) > scores.mean(chosen, train)) chosen |= bit;
        std::vector<double> before, after;
        const double mean_before = scores.mean(0, test, &before);
        const double mean_after = scores.mean(chosen, test, &after);
        std::printf("%-5d %-72s", k, rule_names(chosen).c_str());
        for (std::size_t f = 0; f < gold.size(); ++f) std::printf("  %6.2f -> %6.2f", 100 * before[f], 100 * after[f]);
        std::printf("  %6.2f -> %6.2f\n", 100 * mean_before, 100 * mean_after);
    }
    std::printf("\nshipped rule set (%s), accuracy on each fold\n%-5s", rule_names(kAllStemRules).c_str(), "fold");
    print_header(gold, 15);
    for (int k = 0; k < folds; ++k) {
        std::vector<double> acc;
        const double mean = scores.mean(
            kAllStemRules, [k](int f) { return f == k; }, &acc);
        std::printf("%-5d", k);
        for (double a : acc) std::printf(" %15.2f", 100 * a);
        std::printf(" %15.2f\n", 100 * mean);
    }
}

// Per class alone: the pairs it fixes (+) and breaks (-), and its gain on
// each fold.
void print_classes(const std::vector<FoldedGold>& gold, const RuleScores& scores, int folds) {
    std::printf("\npairs each rule class alone changes (+ fixed, - broken)\n");
    for (unsigned bit = 1; bit <= kCandidateStemRules; bit <<= 1) {
        const IndonesianStemmer with(bit);
        std::printf("%-18s", rule_name(bit));
        std::size_t shown = 0;
        for (std::size_t f = 0; f < gold.size(); ++f)
            for (std::size_t i = 0; i < gold[f].pairs.size(); ++i)
                if (scores.correct(bit, f, i) != scores.correct(0, f, i) && shown++ < 30)
                    std::printf(" %c%s>%s", scores.correct(bit, f, i) ? '+' : '-', gold[f].pairs[i].word.c_str(),
                                with.stem(gold[f].pairs[i].word).c_str());
        std::printf("\n");
    }
    std::printf("\ngain of each rule class alone on each fold (points of mean accuracy)\n");
    for (unsigned bit = 1; bit <= kCandidateStemRules; bit <<= 1) {
        std::printf("%-18s", rule_name(bit));
        for (int k = 0; k < folds; ++k) {
            const auto test = [k](int f) { return f == k; };
            std::printf(" %+6.2f", 100 * (scores.mean(bit, test) - scores.mean(0, test)));
        }
        std::printf("\n");
    }
}

}  // namespace

void print_cross_validation(const std::vector<FoldedGold>& gold, int folds) {
    const RuleScores scores(gold);
    print_folds(gold, scores, folds);
    print_classes(gold, scores, folds);
}

}  // namespace telusur::eval
