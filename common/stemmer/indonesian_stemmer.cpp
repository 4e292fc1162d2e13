#include "common/stemmer/indonesian_stemmer.h"

#include "common/clock_cache.h"

#include "common/stemmer/lexicon.h"

namespace telusur::stemmer_data {
extern const std::uint64_t kRefinableRootBits[64];  // refinable_roots_data.cpp
}  // namespace telusur::stemmer_data

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <stdexcept>
#include <array>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <unordered_map>
#include <vector>

namespace telusur {

namespace {

constexpr std::size_t kMinRoot = 3;  // shorter "roots" are mostly noise

// A dictionary entry hunspell lists without affix classes takes no affixes
// of its own; one this short is no root of an affixed word (berlin is not
// ber+lin, disease not di+sea+se, merit not me+rit).
constexpr std::size_t kMaxBareRoot = 3;

// Partial reduplication (dwipurwa) of a dictionary entry: Ce + a productive
// root of three or more affix classes.
constexpr int kMinDwipurwaBaseClasses = 3;

bool is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

bool ends_with(std::string_view s, std::string_view suffix) {
    return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

bool starts_with(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

// Prefix families; a family may not repeat inside one word and decides which
// derivational suffixes it may combine with.
enum class Prefix { kDi, kKe, kSe, kKu, kBer, kTer, kPer, kMe, kPe, kTidak, kDwipurwa };

// Confix pairs Indonesian morphology rules out (Nazief & Adriani): a rule
// analysis pairing them is rejected. be-i, di-an, ke-i, ke-kan, me-an, se-i,
// se-kan, te-an.
bool forbidden_confix(Prefix p, std::string_view suffix) {
    switch (p) {
        case Prefix::kBer: return suffix == "i";
        case Prefix::kDi: return suffix == "an";
        case Prefix::kKe: return suffix == "i" || suffix == "kan";
        case Prefix::kMe: return suffix == "an";
        case Prefix::kSe: return suffix == "i" || suffix == "kan";
        case Prefix::kTer: return suffix == "an";
        default: return false;
    }
}

struct Strip {
    Prefix family;
    std::string rest;  // what is left, with a nasal-assimilated consonant restored
};

// Every way one prefix can come off word, with meN-/peN- nasal recoding
// (menulis -> tulis, memukul -> pukul, menyapu -> sapu, mengukur -> ukur or
// kukur; the dictionary decides).
// Consonants a nasal prefix's last letter assimilates to: mem- before
// b f p v, men- before c d j s t z (sy, and t, s of loanwords: mentraktir,
// mensyukuri).
bool nasal_fits(char nasal, char c) {
    if (nasal == 'm') return c == 'b' || c == 'f' || c == 'p' || c == 'v';
    return c == 'c' || c == 'd' || c == 'j' || c == 's' || c == 't' || c == 'z';
}

void prefix_strips(std::string_view w, std::vector<Strip>& out, bool strict_nasal) {
    auto add = [&](Prefix f, std::string_view rest, std::string_view restore = {}) {
        if (rest.size() + restore.size() >= kMinRoot) out.push_back({f, std::string(restore) + std::string(rest)});
    };
    if (starts_with(w, "di")) add(Prefix::kDi, w.substr(2));
    if (starts_with(w, "ke")) add(Prefix::kKe, w.substr(2));
    if (starts_with(w, "se")) add(Prefix::kSe, w.substr(2));
    // ke-tidak-...-an nominalises a negation: ketidakadilan -> adil.
    if (starts_with(w, "tidak")) add(Prefix::kTidak, w.substr(5));
    // Partial reduplication (dwipurwa) Ce + root: lelembut, rerata, dedaunan.
    if (w.size() > 4 && w[1] == 'e' && w[0] == w[2] && !is_vowel(w[0])) add(Prefix::kDwipurwa, w.substr(2));
    if (starts_with(w, "kau"))
        add(Prefix::kKu, w.substr(3));
    else if (starts_with(w, "ku"))
        add(Prefix::kKu, w.substr(2));
    // be(r)-, te(r)-, pe(r)-: "ber" + root, or "be" before r and a few
    // r-dropping roots (bekerja).
    for (auto [p, f] : {std::pair{"be", Prefix::kBer}, {"te", Prefix::kTer}, {"pe", Prefix::kPer}}) {
        if (!starts_with(w, p)) continue;
        if (w.size() > 2 && w[2] == 'r') add(f, w.substr(3));
        add(f, w.substr(2));
        if (f == Prefix::kBer && starts_with(w, "bel")) add(f, w.substr(3));  // belajar
        if (f == Prefix::kPer && starts_with(w, "pel")) add(f, w.substr(3));  // pelajar
    }
    // me(N)- and pe(N)-.
    for (auto [p, f] : {std::pair{"me", Prefix::kMe}, {"pe", Prefix::kPe}}) {
        if (!starts_with(w, p)) continue;
        std::string_view n = w.substr(2);
        if (n.empty()) continue;
        if (starts_with(n, "nge") && n.size() > 3) add(f, n.substr(3));  // mengebom
        if (starts_with(n, "ng")) {
            std::string_view r = n.substr(2);
            add(f, r);                                         // meng+gali, meng+ukur
            if (!r.empty() && is_vowel(r[0])) add(f, r, "k");  // mengirim -> kirim
        } else if (starts_with(n, "ny")) {
            std::string_view r = n.substr(2);
            if (!r.empty() && is_vowel(r[0])) add(f, r, "s");  // menyapu -> sapu
            add(f, n);                                         // me+nyanyi, me+nyata
        } else if (starts_with(n, "m")) {
            std::string_view r = n.substr(1);
            if (!r.empty() && is_vowel(r[0])) add(f, r, "p");                       // memukul -> pukul
            if (!strict_nasal || (!r.empty() && nasal_fits('m', r[0]))) add(f, r);  // mem+baca, mem+proteksi
            add(f, n);                                                              // me+makan
        } else if (starts_with(n, "n")) {
            std::string_view r = n.substr(1);
            if (!r.empty() && is_vowel(r[0])) add(f, r, "t");  // menulis -> tulis
            // Not men+pora (menpora, an acronym): meN- before p is mem-.
            if (!strict_nasal || (!r.empty() && nasal_fits('n', r[0]))) add(f, r);  // men+cari, men+dua
            add(f, n);                                                              // me+nanti
        } else if (n[0] == 'l' || n[0] == 'r' || n[0] == 'w' || n[0] == 'y') {
            add(f, n);  // me+lipat, pe+warna
        } else if (f == Prefix::kPe) {
            add(f, n);  // pe+tani, pe+serta
        }
    }
}

// One rule analysis: a root reached by stripping affixes.
struct Analysis {
    std::string root;
    int affixes;  // number of affixes removed
};

class RuleAnalyzer {
public:
    // attested: roots the dictionary lacks that the corpus attests, also
    // accepted (kRuleAttestedAffix); null for the dictionary alone.
    RuleAnalyzer(const Lexicon& lex, std::string_view word, bool strict_nasal, const WordSet* attested = nullptr)
        : lex_(lex), word_(word), strict_nasal_(strict_nasal), attested_(attested) {}

    // Suffix -i/-kan/-an (or none), then up to three prefixes.
    void run(std::vector<Analysis>& out) {
        for (std::string_view suffix : {"", "kan", "an", "i"}) {
            if (!ends_with(word_, suffix)) continue;
            std::string_view base = word_.substr(0, word_.size() - suffix.size());
            if (base.size() < kMinRoot) continue;
            int suffixes = suffix.empty() ? 0 : 1;
            // A bare suffix is only trusted on a root whose affix classes
            // take it (asean is not ase+an, politisi not politis+i).
            if (suffixes && takes(base, suffix)) accept(base, suffixes, out);
            prefixes(base, suffix, suffixes, 0, std::nullopt, std::nullopt, out);
        }
    }

private:
    bool takes(std::string_view root, std::string_view suffix) const {
        // An attested root of five letters or more takes -an and -kan
        // (rincian, karirkan); -i is too often part of a loanword.
        if (attested_ && suffix != "i" && root.size() >= 5 && attested_->count(root)) return true;
        int traits = lex_.traits(root);
        if (traits < 0) return false;
        // -an and -kan are productive enough to trust on any root with
        // affix classes; a k-final root before -kan (tarikkan) can only be
        // affixed. -i makes too many false roots (agensi, politisi).
        bool productive = lex_.affix_classes(root) > 0 && root.size() >= 4;
        if (suffix == "an") return (traits & kTakesAn) || productive;
        if (suffix == "kan") return (traits & kTakesKan) || productive || root.back() == 'k';
        return traits & kTakesI;
    }

    void accept(std::string_view root, int affixes, std::vector<Analysis>& out) {
        if (root.size() < kMinRoot) return;
        if (attested_) {
            if (root.size() >= 4 && attested_->count(root)) out.push_back({std::string(root), affixes});
            return;
        }
        if (!lex_.is_root(root)) return;
        if (root.size() <= kMaxBareRoot && lex_.affix_classes(root) == 0) return;
        out.push_back({std::string(root), affixes});
    }

    void prefixes(std::string_view w, std::string_view suffix, int affixes, int depth, std::optional<Prefix> first,
                  std::optional<Prefix> prev, std::vector<Analysis>& out) {
        if (depth == 3) return;
        std::vector<Strip> strips;
        prefix_strips(w, strips, strict_nasal_);
        for (const auto& s : strips) {
            if (depth == 0 && !suffix.empty() && forbidden_confix(s.family, suffix)) continue;
            if (first && *first == s.family) continue;
            // ter-ke- forms are lexicalised adjectives (terkemuka), not
            // ter- + ke- + root.
            if (prev == Prefix::kTer && s.family == Prefix::kKe) continue;
            accept(s.rest, affixes + 1, out);
            prefixes(s.rest, suffix, affixes + 1, depth + 1, first ? first : s.family, s.family, out);
        }
    }

    const Lexicon& lex_;
    std::string_view word_;
    bool strict_nasal_;
    const WordSet* attested_;
};

// Of several roots hunspell derives one word from, prefer one that is not
// itself derived from another candidate (bicara over bicarakan for
// membicarakan), then the most productive (more affix classes: adu over radu
// for beradu, padat over madat for pemadatan), then the longest.
std::string_view pick_root(const Lexicon& lex, const RootList& roots) {
    if (roots.size() == 1) return roots.front();
    std::string_view best;
    long best_score = -1;
    for (auto r : roots) {
        bool secondary = false;
        for (auto d : lex.derived_roots(r)) secondary |= std::find(roots.begin(), roots.end(), d) != roots.end();
        long score = (secondary ? 0 : 1L << 20) + lex.affix_classes(r) * 256L + static_cast<long>(r.size());
        if (score > best_score) best = r, best_score = score;
    }
    return best;
}

constexpr std::array<std::string_view, 4> kParticles{"lah", "kah", "tah", "pun"};
constexpr std::array<std::string_view, 3> kPossessives{"nya", "ku", "mu"};

// A word the dictionary lacks, or an entry hunspell lists without affix
// classes and apertium does not keep whole, may be a partial reduplication
// (dwipurwa) Ce + root, with or without -an: lelembut -> lembut, rerata ->
// rata, tetua -> tua, dedaunan -> daun, tetamu -> tamu. The base must be a
// productive root (three or more affix classes), so pepaya (paya), memori
// (mori) and tetangga (an entry with classes of its own) stay.
std::optional<std::string_view> dwipurwa_base(const Lexicon& lex, std::string_view w) {
    if (w.size() <= 4 || w[1] != 'e' || w[0] != w[2] || is_vowel(w[0])) return std::nullopt;
    if (lex.affix_classes(w) != 0 || (lex.is_root(w) && (lex.traits(w) & kLexical))) return std::nullopt;
    std::string_view base = w.substr(2);
    if (lex.affix_classes(base) >= kMinDwipurwaBaseClasses) return base;
    if (ends_with(base, "an")) {
        base.remove_suffix(2);
        if (lex.affix_classes(base) >= kMinDwipurwaBaseClasses) return base;
    }
    return std::nullopt;
}

bool is_clitic(std::string_view s) {
    return std::find(kParticles.begin(), kParticles.end(), s) != kParticles.end() ||
           std::find(kPossessives.begin(), kPossessives.end(), s) != kPossessives.end();
}

// ber-/per- before the root ajar surface as bel-/pel- (the Enhanced Confix
// Stripping rule). hunspell lists belajar and pelajar as roots of their own
// and derives pelajaran from a root lajar, so the allomorph is recognised on
// the root found: a bel-/pel- form that is itself a productive dictionary
// root (three or more affix classes) over a vowel-initial productive root
// that has more classes than what the dictionary found (belajar, pelajar,
// lajar -> ajar). belantara (one class), belanda (anda has none) and
// pelaku (laku is the more productive) stay as they are.
std::string_view bel_pel_base(const Lexicon& lex, std::string_view word, std::string_view root,
                              bool assume_tail = false) {
    for (std::string_view allo : {"bel", "pel"}) {
        const bool whole = starts_with(root, allo);  // belajar, pelajar
        // lajar, found in pelajaran: pe + lajar
        bool tail = assume_tail && !whole && root.size() > 1 && root[0] == 'l';
        if (!whole && root.size() > 1 && root[0] == 'l')
            for (auto at = word.find(root, 2); at != std::string_view::npos && !tail; at = word.find(root, at + 1))
                tail = word.substr(at - 2, 2) == allo.substr(0, 2);
        if (!whole && !tail) continue;
        const std::string_view base = root.substr(whole ? 3 : 1);
        if (base.size() < kMinRoot || !is_vowel(base[0])) continue;
        const int classes = lex.affix_classes(base);
        if (classes < kMinDwipurwaBaseClasses) continue;
        if (lex.affix_classes(std::string(allo) + std::string(base)) < kMinDwipurwaBaseClasses) continue;
        if (!whole && classes <= lex.affix_classes(root)) continue;
        return base;
    }
    return root;
}

// An affixed word over a per- or ke- form that hunspell lists as a root of
// its own and derives the affixed word from (diperhatikan -> perhati,
// diketahui -> ketahu, berpengetahuan -> ketahu): the root is X, as
// hunspell has it for memperhatikan and mengetahui, when it derives the
// prefixed form from X too, or X is the more productive root. Not ber-:
// berangkat, berapa are words of their own (diberangkatkan -> berangkat).
std::string_view nested_prefix_base(const Lexicon& lex, std::string_view word, std::string_view root) {
    if (root == word) return root;
    for (std::string_view p : {"per", "ke"}) {
        if (!starts_with(root, p) || root.size() < p.size() + kMinRoot) continue;
        const std::string_view base = root.substr(p.size());
        for (std::string_view d : lex.derived_roots(root))
            if (d == base) return d;
        if (lex.affix_classes(base) >= kMinDwipurwaBaseClasses && lex.affix_classes(base) > lex.affix_classes(root))
            return base;
    }
    return root;
}

// ke-tidak-X-an nominalises a negation (ketidakadilan); hunspell lists some
// tidak-X compounds as roots (tidakadil): the root is X.
std::string_view negation_base(const Lexicon& lex, std::string_view root) {
    if (!starts_with(root, "tidak") || root.size() < 5 + kMinRoot) return root;
    const std::string_view base = root.substr(5);
    return lex.is_root(base) ? base : root;
}

// A dictionary entry that is itself an affixed form of a more productive
// root: hunspell lists many derived words as entries with classes of their
// own (besaran, peluang, rincian), which a root-word dictionary would not.
// One affix peeled off must leave a root with three or more affix classes,
// more than the entry's, whose classes take that affix.
std::string_view lexicalised_base(const Lexicon& lex, std::string_view entry) {
    const int traits = lex.traits(entry);
    if (traits < 0 || (traits & kLexical)) return entry;
    const int own = lex.affix_classes(entry);
    const auto productive = [&](std::string_view base, int needed_trait) {
        const int t = lex.traits(base);
        const int classes = lex.affix_classes(base);
        return base.size() >= kMinRoot && t >= 0 && (t & needed_trait) && classes >= kMinDwipurwaBaseClasses &&
               classes > own;
    };
    for (auto [suffix, trait] : {std::pair<std::string_view, int>{"kan", kTakesKan}, {"an", kTakesAn}, {"i", kTakesI}})
        if (ends_with(entry, suffix) && productive(entry.substr(0, entry.size() - suffix.size()), trait))
            return entry.substr(0, entry.size() - suffix.size());
    for (std::string_view prefix : {"ber", "ter", "per", "se", "pe", "ke"})
        if (starts_with(entry, prefix) && productive(entry.substr(prefix.size()), kTakesPrefix))
            return entry.substr(prefix.size());
    return entry;
}

}  // namespace

// Roots some refinement (bel_pel_base, nested_prefix_base, negation_base)
// may change, as a 4096-bit filter over (length, first two and last
// letters): refine_root() runs on every dictionary hit, and the
// refinements' own look-ups would cost uncached throughput on every root.
// The filter is compiled in (refinable_roots_data.cpp): computing it took
// two thirds of a query process's start-up.
class RefinableRoots {
public:
    static const RefinableRoots& instance() {
        static const RefinableRoots roots;
        return roots;
    }
    bool maybe(std::string_view r) const {
        if (r.size() < 2) return false;
        const unsigned b = bit(r);
        return (stemmer_data::kRefinableRootBits[b >> 6] >> (b & 63)) & 1u;
    }

    static RootFilter compute() {
        RootFilter bits{};
        const Lexicon& lex = Lexicon::instance();
        lex.for_each_root([&](std::string_view r) {
            // Only roots starting bel- pel- l- per- ke- tidak- can change.
            if (r.size() < 2 || (r[0] != 'b' && r[0] != 'p' && r[0] != 'l' && r[0] != 'k' && r[0] != 't')) return;
            if (bel_pel_base(lex, std::string_view(), r, true) != r || nested_prefix_base(lex, {}, r) != r ||
                negation_base(lex, r) != r) {
                const unsigned b = bit(r);
                bits[b >> 6] |= std::uint64_t{1} << (b & 63);
            }
        });
        return bits;
    }

private:
    static unsigned bit(std::string_view r) {
        const auto c = [&](std::size_t i) { return static_cast<std::uint32_t>(static_cast<unsigned char>(r[i])); };
        const std::uint32_t h = static_cast<std::uint32_t>(r.size()) * 0x9E3779B1u ^ c(0) * 0x85EBCA6Bu ^
                                c(1) * 0x27D4EB2Fu ^ c(r.size() - 1) * 0xC2B2AE35u;
        return (h ^ (h >> 15)) * 0x2C1B3C6Du >> 20;  // 12 bits
    }
};

RootFilter compute_refinable_root_filter() { return RefinableRoots::compute(); }

RootFilter compiled_refinable_root_filter() {
    RootFilter bits;
    std::copy(stemmer_data::kRefinableRootBits, stemmer_data::kRefinableRootBits + bits.size(), bits.begin());
    return bits;
}

void write_refinable_root_filter(const std::string& path) {
    std::ofstream out(path);
    out << "// Generated by `telusur-eval stem --write-refinable`. Do not edit: regenerate when the\n"
           "// stemmer's refinements or its lexicon change (test StemmerData.RefinableRootFilterIsCurrent).\n"
           "// The roots some refinement may change (indonesian_stemmer.cpp, RefinableRoots).\n"
           "#include <cstdint>\n\n"
           "namespace telusur::stemmer_data {\n"
           "extern const std::uint64_t kRefinableRootBits[64];\n"
           "const std::uint64_t kRefinableRootBits[64] = {\n";
    const RootFilter bits = compute_refinable_root_filter();
    for (std::size_t i = 0; i < bits.size(); ++i) {
        char word[32];
        std::snprintf(word, sizeof word, "0x%016llxull,", static_cast<unsigned long long>(bits[i]));
        out << (i % 4 == 0 ? "    " : " ") << word << (i % 4 == 3 ? "\n" : "");
    }
    out << "};\n}  // namespace telusur::stemmer_data\n";
    if (!out) throw std::runtime_error("cannot write " + path);
}

IndonesianStemmer::IndonesianStemmer(unsigned rules, const WordSet* keep_whole, const WordMap* nasal_roots,
                                     const WordSet* attested_roots)
    : lexicon_(Lexicon::instance()),
      rules_(rules),
      keep_whole_(keep_whole ? keep_whole : &corpus_keep_whole()),
      nasal_roots_(nasal_roots ? nasal_roots : &corpus_nasal_roots()),
      attested_(attested_roots ? attested_roots : &corpus_attested_roots()),
      refinable_(&RefinableRoots::instance()) {
    for (std::string_view w : *keep_whole_)
        if (!w.empty()) keep_filter_[filter_bit(w) >> 6] |= std::uint64_t{1} << (filter_bit(w) & 63);
}

std::string_view IndonesianStemmer::refine_root(std::string_view word, std::string_view root) const {
    if (rules_ & kRuleBelPel) root = bel_pel_base(lexicon_, word, root);
    if (rules_ & kRuleNestedPrefix) root = nested_prefix_base(lexicon_, word, root);
    if (rules_ & kRuleNegation) root = negation_base(lexicon_, root);
    return root;
}

// Dictionary look-up: a root (or the base of a dwipurwa entry), or the root
// hunspell derives the form from.
bool IndonesianStemmer::look_up(std::string_view s, std::string& out) const {
    const Lexicon& lex = lexicon_;
    if (lex.is_root(s)) {
        std::string_view root = dwipurwa_base(lex, s).value_or(s);
        if ((rules_ & kRuleLexicalisedEntry) && root == s) root = lexicalised_base(lex, s);
        out.assign(refinable_->maybe(root) ? refine_root(s, root) : root);
        return true;
    }
    if (const RootList roots = lex.derived_roots(s); !roots.empty()) {
        const std::string_view root = pick_root(lex, roots);
        out.assign(refinable_->maybe(root) ? refine_root(s, root) : root);
        return true;
    }
    // The passive diper-X and the active memper-X share a root: a form
    // hunspell does not list reads as its twin (diperalati as memperalati:
    // alat, not di+pe+ralat+i).
    if ((rules_ & kRuleVoiceTwin) && s.size() > 7) {
        std::string twin;
        if (starts_with(s, "diper"))
            twin.append("memper").append(s.substr(5));
        else if (starts_with(s, "memper"))
            twin.append("diper").append(s.substr(6));
        if (const RootList roots = twin.empty() ? RootList{} : lex.derived_roots(twin); !roots.empty()) {
            out.assign(pick_root(lex, roots));
            return true;
        }
    }
    return false;
}

std::string IndonesianStemmer::stem(std::string_view word) const {
    std::string w(word);
    for (char& c : w) {
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
        else if ((c < 'a' || c > 'z') && c != '-')
            return std::string(word);
    }
    if (w.empty() || w.front() == '-' || w.back() == '-') return w;
    if (w.find('-') != std::string::npos) return stem_hyphenated(w);
    // se-X-nya forms an adverb of its own (sebenarnya, sebaliknya,
    // seharusnya): the word stays whole when its root is exactly X. Only
    // such words leave the plain return below (uncached throughput).
    if ((rules_ & kRuleSeNyaAdverb) && w.size() >= 2 + kMinRoot + 3 && starts_with(w, "se") && ends_with(w, "nya")) {
        std::string root = stem_simple(w);
        return std::string_view(w).substr(2, w.size() - 5) == root ? w : root;
    }
    return stem_simple(w);
}

std::string IndonesianStemmer::stem_hyphenated(std::string_view w) const {
    auto dash = w.find('-');
    std::string_view a = w.substr(0, dash), b = w.substr(dash + 1);
    if (b.find('-') != std::string_view::npos) return std::string(w);
    const bool whole_known = lexicon_.is_root(w);  // masing-masing, bolak-balik
    // An affixed reduplication hunspell derives whole (kekanak-kanakan ->
    // kanak-kanak, meniru-niru -> tiru-niru): the reduplicated root, itself
    // reduced (tiru-niru -> tiru; kanak-kanak stays, kanak is no word).
    // Also under a particle and/or a possessive (kekuning-kuningannya).
    if (rules_ & kRuleAffixedReduplication) {
        std::string_view forms[4] = {w};
        std::size_t count = 1;
        for (auto p : kParticles)
            if (ends_with(w, p)) forms[count++] = w.substr(0, w.size() - p.size());
        for (std::size_t i = 0, plain = count; i < plain; ++i)
            for (auto q : kPossessives)
                if (ends_with(forms[i], q) && count < 4) {
                    forms[count++] = forms[i].substr(0, forms[i].size() - q.size());
                    break;
                }
        for (std::size_t i = 0; i < count; ++i)
            if (const RootList roots = lexicon_.derived_roots(forms[i]); !roots.empty()) {
                const std::string_view root = pick_root(lexicon_, roots);
                return root.find('-') != std::string_view::npos && root != forms[i] ? stem_hyphenated(root)
                                                                                    : std::string(root);
            }
    }
    const bool a_known = lexicon_.is_root(a) || !lexicon_.derived_roots(a).empty();
    // Full reduplication is a plural or intensive: the base is the lemma
    // (tentara-tentara, bagian-bagian), unless only the doubled form is a
    // word (masing-masing, kupu-kupu).
    if (a == b) return whole_known && !a_known ? std::string(w) : stem_simple(a);
    if (is_clitic(b)) return stem_simple(a);  // kuasa-mu, allah-lah
    for (auto c : kPossessives)               // anak-anakmu, cerita-ceritanya
        if (ends_with(b, c) && b.substr(0, b.size() - c.size()) == a) return stem_simple(a);
    // A prefix written apart from a (loan) word: men-casting, di-update.
    for (std::string_view p : {"di", "ke", "se", "ber", "ter", "me", "mem", "men", "meng", "meny", "pe", "per", "pem",
                               "pen", "peng", "peny"})
        if (a == p) return stem_simple(b);
    // A clitic on the second half belongs to the whole: asal-muasalnya.
    // Not when the second half, clitic-like ending and all, is an affixed
    // form of the first (luku-meluku, temu-menemu: no -ku, -mu).
    for (auto c : kPossessives)
        if (ends_with(b, c) && b.size() >= c.size() + kMinRoot && !lexicon_.is_root(b) &&
            !((rules_ & kRuleAffixedReduplication) && (ends_with(b, a) || stem_simple(b) == stem_simple(a)))) {
            b.remove_suffix(c.size());
            break;
        }
    // se- + a reduplicated word: semata-mata, sehari-hari,
    // sebaik-baiknya -> the word (but meniru-niru -> tiru, pertama-tama).
    if (a.size() == b.size() + 2 && starts_with(a, "se") && ends_with(a, b)) return stem_simple(b);
    std::string ra = stem_simple(a);
    // Affixed reduplication: berlari-lari, meniru-niru, tiru-meniru, habis-habisan,
    // terus-menerus.
    // A base of one or two letters is no reduplication (e-commerce, x-ray).
    const bool short_half = std::min(a.size(), b.size()) < kMinRoot;
    if (short_half && (rules_ & kRuleAffixedReduplication)) return std::string(a) + "-" + std::string(b);
    if (ends_with(a, b) || ends_with(b, a) || starts_with(b, a) || stem_simple(b) == ra) return ra;
    // Affixes on either half around one base (prefix on the first, suffix
    // on the second): the base when the dictionary knows it
    // (kekanak-kanakan -> kanak), else the word both halves' affixes make
    // (memukul-mukulkan -> memukulkan -> pukul).
    if (rules_ & kRuleAffixedReduplication)
        for (std::string_view suffix : {"kan", "an", "i"}) {
            if (!ends_with(b, suffix) || b.size() < suffix.size() + kMinRoot) continue;
            const std::string_view base = b.substr(0, b.size() - suffix.size());
            if (!ends_with(a, base)) continue;
            // A meN- first half names the root; the second half repeats it
            // nasalised (memadat-madatkan: padat, not madat).
            if (starts_with(a, "me") && ra != a && lexicon_.is_root(ra)) return ra;
            if (std::string root; look_up(base, root)) return root;
            return stem_simple(std::string(a) + std::string(suffix));
        }
    // Rhyming reduplication: sayur-mayur, lauk-pauk, asal-muasal.
    if (a.size() >= 3 && ((a.size() == b.size() && a.substr(1) == b.substr(1)) || ends_with(b, a))) return ra;
    // Compounds (bolak-balik) and unknowns stay whole, less a clitic
    // (asal-usulnya -> asal-usul).
    return std::string(a) + "-" + std::string(b);
}

std::string IndonesianStemmer::stem_simple(std::string_view w) const {
    const Lexicon& lex = lexicon_;
    if (keep_whole(w)) return std::string(w);
    if (auto root = nasal_evidence_root(w); !root.empty()) return std::string(root);
    if (std::string root; look_up(w, root)) return root;
    // A word the dictionary lacks that is Ce + a productive root is a
    // dwipurwa (tetamu -> tamu, sesemakan -> semak); checked before the
    // clitics, which would take it for teta + -mu.
    if (auto base = dwipurwa_base(lex, w)) return std::string(*base);

    // Inflection: particle, then possessive (bukunyalah). Fewest removals first.
    std::vector<std::string_view> bases{w};
    for (auto p : kParticles)
        if (ends_with(w, p) && w.size() - p.size() >= kMinRoot) bases.push_back(w.substr(0, w.size() - p.size()));
    const std::size_t plain = bases.size();
    for (std::size_t i = 0; i < plain; ++i)
        for (auto q : kPossessives)
            if (ends_with(bases[i], q) && bases[i].size() - q.size() >= kMinRoot)
                bases.push_back(bases[i].substr(0, bases[i].size() - q.size()));
    for (std::size_t i = 1; i < bases.size(); ++i) {
        // selasanya stays selasa; mengusutnya reads as mengusut.
        if (keep_whole(bases[i])) return std::string(bases[i]);
        if (auto root = nasal_evidence_root(bases[i]); !root.empty()) return std::string(root);
        if (std::string root; look_up(bases[i], root)) return root;
    }

    // Rules, with the dictionary as the judge.
    std::vector<Analysis> found;
    for (auto base : bases) {
        RuleAnalyzer(lex, base, rules_ & kRuleNasalAssimilation).run(found);
        if (!found.empty()) break;
    }
    if (found.empty()) {
        // Agentive -wan/-wati on a word the dictionary lacks (relawan ->
        // rela); the common ones (wartawan, karyawati) are dictionary words
        // and stay whole.
        for (auto base : bases)
            for (std::string_view suffix : {"wan", "wati"})
                if (ends_with(base, suffix) && base.size() >= suffix.size() + 4) {  // not pol+wan
                    std::string_view root = base.substr(0, base.size() - suffix.size());
                    if (lex.is_root(root)) return std::string(root);
                }
        // A word the dictionary cannot analyse, over a root the news corpus
        // attests: a clitic off (karirnya -> karir), else affixes (merespon
        // -> respon, rincian -> rinci).
        if (rules_ & kRuleAttestedClitic)
            for (std::size_t i = 1; i < bases.size(); ++i)
                if (attested_->count(bases[i])) return std::string(bases[i]);
        if (rules_ & kRuleAttestedAffix) {
            for (auto base : bases) {
                RuleAnalyzer(lex, base, rules_ & kRuleNasalAssimilation, attested_).run(found);
                if (!found.empty()) break;
            }
        }
    }
    if (found.empty()) {
        // Infixes (-el- -em- -er- -in-) are not stripped: the infixed words
        // are dictionary entries (gemetar, telunjuk), and on unknown words
        // the rule mostly hits loanwords and names (cinema -> cema,
        // semarang -> sarang, terapis -> tapis).
        return std::string(w);
    }
    auto best = std::max_element(found.begin(), found.end(), [&](const Analysis& x, const Analysis& y) {
        // meng- + vowel: the vowel-initial root or a k- root (mengutang:
        // utang or kutang); the more productive one is the likelier.
        if (x.root.size() + 1 == y.root.size() && y.root[0] == 'k' && std::string_view(y.root).substr(1) == x.root)
            return lex.affix_classes(x.root) <= lex.affix_classes(y.root);
        if (y.root.size() + 1 == x.root.size() && x.root[0] == 'k' && std::string_view(x.root).substr(1) == y.root)
            return lex.affix_classes(x.root) < lex.affix_classes(y.root);
        if (x.root.size() != y.root.size()) return x.root.size() < y.root.size();
        return x.affixes > y.affixes;
    });
    // A per-/ke- root under further affixes the rules found (kesiapan:
    // kesiap + -an) gets the refinements a dictionary hit gets (ke- + siap
    // + -an, siap being the more productive root).
    return std::string(refinable_->maybe(best->root) ? refine_root(w, best->root) : std::string_view(best->root));
}

// ---- Xapian adapter and caches ----

struct TelusurStemImplementation::ShardedCache {
    static constexpr std::size_t kShards = 64;
    struct Shard {
        explicit Shard(std::size_t words) : cache(words) {}
        std::mutex mutex;
        ClockCache<std::string> cache;  // keeps the frequent words when full
    };
    std::vector<std::unique_ptr<Shard>> shards;
};

TelusurStemImplementation::TelusurStemImplementation(StemCacheMode mode, std::size_t max_cached_words)
    : mode_(mode), max_cached_words_(max_cached_words) {
    if (mode_ == StemCacheMode::kSharded) {
        sharded_ = new ShardedCache;
        const std::size_t per_shard = (max_cached_words + ShardedCache::kShards - 1) / ShardedCache::kShards;
        for (std::size_t i = 0; i < ShardedCache::kShards; ++i)
            sharded_->shards.push_back(std::make_unique<ShardedCache::Shard>(per_shard));
    }
}

TelusurStemImplementation::~TelusurStemImplementation() { delete sharded_; }

std::string TelusurStemImplementation::operator()(const std::string& word) {
    switch (mode_) {
        case StemCacheMode::kNone: return stemmer_.stem(word);
        case StemCacheMode::kThreadLocal: {
            // Every instance computes the same function, so one cache per
            // thread serves them all.
            thread_local std::unordered_map<std::string, std::string> cache;
            if (auto it = cache.find(word); it != cache.end()) return it->second;
            if (cache.size() >= max_cached_words_) cache.clear();
            return cache.emplace(word, stemmer_.stem(word)).first->second;
        }
        case StemCacheMode::kSharded: {
            auto& shard = *sharded_->shards[std::hash<std::string>{}(word) % ShardedCache::kShards];
            {
                std::lock_guard lock(shard.mutex);
                if (const std::string* stem = shard.cache.find(word)) return *stem;
            }
            std::string result = stemmer_.stem(word);  // outside the lock
            std::lock_guard lock(shard.mutex);
            // Another thread may have cached it meanwhile.
            if (shard.cache.find(word) == nullptr) shard.cache.insert(word, result);
            return result;
        }
    }
    return stemmer_.stem(word);
}

std::string TelusurStemImplementation::get_description() const { return "telusur"; }

}  // namespace telusur
