#include "common/entities/entities.h"

#include "common/analysis/analyzer.h"
#include "common/analysis/answer_types.h"
#include "common/entities/entity_names.h"
#include "common/entities/gazetteer.h"
#include "common/entities/ner_text.h"
#include "common/entities/perceptron_model.h"
#include "common/entities/tagger_features.h"
#include "common/stemmer/indonesian_stemmer.h"
#include "common/stemmer/lexicon.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <numeric>
#include <optional>
#include <set>
#include <stdexcept>
#include <tuple>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

namespace telusur {

using ner::Gazetteer;
using ner::PerceptronModel;
using ner::SentenceFeatures;
using ner::Tag;

struct EntityExtractor::Impl {
    std::shared_ptr<const PerceptronModel> model;
    std::shared_ptr<const Gazetteer> gazetteer;
    ExtractorOptions options;
};

namespace {

constexpr std::size_t kMaxRuleSpan = 5;  // tokens a rule may claim after a trigger

EntityType type_of(Tag b) {
    if (b == ner::kBPer || b == ner::kIPer) return EntityType::Person;
    if (b == ner::kBOrg || b == ner::kIOrg) return EntityType::Organization;
    return EntityType::Location;
}

ner::GazType gaz_type(EntityType t) {
    switch (t) {
        case EntityType::Person: return ner::kGazPer;
        case EntityType::Organization: return ner::kGazOrg;
        case EntityType::Location: break;
    }
    return ner::kGazLoc;
}

EntityType entity_type_of(ner::GazType t) {
    return t == ner::kGazPer ? EntityType::Person : t == ner::kGazOrg ? EntityType::Organization : EntityType::Location;
}

Tag begin_tag(EntityType t) {
    switch (t) {
        case EntityType::Person: return ner::kBPer;
        case EntityType::Organization: return ner::kBOrg;
        case EntityType::Location: break;
    }
    return ner::kBLoc;
}

bool all_o(const std::vector<Tag>& tags, std::size_t b, std::size_t e) {
    for (std::size_t k = b; k < e; ++k)
        if (tags[k] != ner::kO) return false;
    return true;
}

void set_span(std::vector<Tag>& tags, std::size_t b, std::size_t e, EntityType type) {
    const Tag bt = begin_tag(type);
    tags[b] = bt;
    for (std::size_t k = b + 1; k < e; ++k) tags[k] = static_cast<Tag>(bt + 1);
}

// Small lower-case words inside a person's name ("Abdul bin Said", "Marc-
// Andre ter Stegen", "Ursula von der Leyen", "Faf du Plessis"). Not "di"
// (Indonesian "in") nor "la", "le" (French and Spanish articles before
// teams and places: "la Liga").
bool is_name_particle(std::string_view w) {
    static constexpr std::string_view kWords[] = {"bin", "binti", "al",  "van", "von", "de",  "der", "den",
                                                  "del", "della", "ter", "ten", "da",  "das", "dos", "du"};
    return std::find(std::begin(kWords), std::end(kWords), w) != std::end(kWords);
}

// End of the run of capitalized tokens starting at i (name particles
// allowed in the middle), at most kMaxRuleSpan long.
std::size_t capitalized_run(const std::string_view* tokens, const SentenceFeatures& s, std::size_t i) {
    std::size_t e = i;
    while (e < s.n && e - i < kMaxRuleSpan) {
        if (s.capitalized[e] && ner::has_lower_letter(tokens[e])) {
            ++e;
        } else if (e > i && e + 1 < s.n && is_name_particle(tokens[e]) && s.capitalized[e + 1]) {
            e += 2;
        } else {
            break;
        }
    }
    return e;
}

// Rules for what the model leaves untagged. They only fill tokens the model
// tagged O, and only in normally-cased text: in lower-cased text
// capitalization carries no signal.
void apply_rules(const std::string_view* tokens, const SentenceFeatures& s, std::vector<Tag>& tags, unsigned mask) {
    if (s.all_lower) return;
    const auto& g = s.gaz;
    for (std::size_t i = 0; i < s.n; ++i) {
        if (tags[i] != ner::kO || !s.capitalized[i]) continue;
        // 1. A trigger right before: a title or rank ("Presiden", "Mayor
        //    Jenderal") or a speech verb ("kata", "ujar") -> a person.
        if (i > 0) {
            const unsigned roles = g.trigger_end[i - 1];
            constexpr unsigned kPerRoles = (1u << ner::kTrigPerTitle) | (1u << ner::kTrigPerRank) |
                                           (1u << ner::kTrigPerHonorific) | (1u << ner::kTrigPerSpeech);
            // Skip tokens that themselves start a trigger or a known ORG/LOC
            // ("Menteri Keuangan", "Gubernur Jawa Timur").
            const bool other = g.trigger_start[i] != 0 || g.match_len[i * ner::kGazTypes + ner::kGazOrg] ||
                               g.match_len[i * ner::kGazTypes + ner::kGazLoc];
            // Bit 8: the same, but only when the name's first word is one the
            // news corpus nearly always capitalizes (word class 7), which
            // keeps "Menteri Energi ..." out.
            const bool name_like = (mask & 8u) && g.cap_class[i] == 7;
            if (((mask & 1u) || name_like) && (roles & kPerRoles) && !other) {
                const std::size_t e = capitalized_run(tokens, s, i);
                if (e > i && all_o(tags, i, e)) {
                    set_span(tags, i, e, EntityType::Person);
                    i = e - 1;
                    continue;
                }
            }
        }
        // 2. An organisation head followed by a capitalized name
        //    ("Kementerian Pertanian", "Partai Hanura").
        if ((mask & 2u) && (g.trigger_start[i] & (1u << ner::kTrigOrgHead)) && i + 1 < s.n && s.capitalized[i + 1]) {
            const std::size_t e = capitalized_run(tokens, s, i + 1);
            if (e > i + 1 && all_o(tags, i, e)) {
                set_span(tags, i, e, EntityType::Organization);
                i = e - 1;
                continue;
            }
        }
        // 3. A gazetteer name the model missed, unless it is only the start
        //    of a longer capitalized name.
        if (!(mask & 4u)) continue;
        for (ner::GazType t : {ner::kGazOrg, ner::kGazLoc}) {
            const std::size_t len = g.match_len[i * ner::kGazTypes + t];
            if (len == 0) continue;
            const std::size_t e = i + len;
            if (e < s.n && s.capitalized[e]) continue;
            if (!all_o(tags, i, e)) continue;
            set_span(tags, i, e, t == ner::kGazOrg ? EntityType::Organization : EntityType::Location);
            i = e - 1;
            break;
        }
    }
}

// ---- Clean-up for real news text (rule bits 32, 64, 128) ----
//
// The gold sets are edited sentences; a news dump also has Title Case
// headlines ("Kim Jong Un Marahi Pejabat"), bylines and site names
// ("KOMPAS.com", "(jhn/yn)") and named storms ("Topan Lingling"), where
// capitalization says nothing. These rules only remove or cut spans the
// model produced; they never add one.

// Corpus capitalization classes (Gazetteer::add_word): 2 = capitalized in
// < 2 % of its in-sentence uses, 3 = < 20 %, 5 = < 80 %, 7 = >= 98 %.
constexpr std::uint8_t kCapRare = 2, kCapUncommon = 3, kCapHalf = 5, kCapAlways = 7;
// 4 = capitalized in < 50 %: written in lower case in most of its uses.
constexpr std::uint8_t kCapMostlyLowerCase = 4;

// A word the stemmer derives from a dictionary root with a verb affix (me-,
// di-, ber-, ter-, per-, -kan, -i): "marahi", "sarankan", "dikirim",
// "menyelip".
bool is_affixed_verb(std::string_view lower) {
    const Lexicon& lex = Lexicon::instance();
    if (lex.is_root(lower)) return false;
    // The stemmer's analysis (hunspell's derivations, then confix stripping
    // that only accepts a dictionary root): "marahi" -> "marah".
    static const IndonesianStemmer stemmer;
    if (lex.derived_roots(lower).empty() && stemmer.stem(lower) == lower) return false;
    for (std::string_view p : {"me", "di", "ber", "ter", "per"})
        if (lower.starts_with(p)) return true;
    return lower.ends_with("kan") || lower.ends_with("i");
}

// A capitalized word at the end of a span that the news corpus writes in
// lower case: a Title Case headline's verb or common noun after a name
// ("Anies Dikirim", "Wawan Wartawan", "Pemprov Riau Sarankan"). For a
// person, a word capitalized in < 2 % of its in-sentence uses, or an
// affixed verb capitalized in < 20 %; for an organisation or place, whose
// names end in common nouns ("Badan Penanggulangan Bencana"), only an
// affixed verb capitalized in < 2 %. Names made of common words ("Bibit",
// "Kuat") usually start the span, which this never cuts.
bool is_common_word_in_name(const std::string_view* tokens, const SentenceFeatures& s, std::size_t k, EntityType type) {
    const std::uint8_t c = s.gaz.cap_class[k];
    // A word too rare in the corpus for a capitalization class: an affixed
    // verb by the dictionary ("Marahi") still ends a person's name.
    if (c <= 1) return type == EntityType::Person && is_affixed_verb(ner::to_lower(tokens[k]));
    if (c != kCapRare && c != kCapUncommon) return false;
    if (type == EntityType::Person && c == kCapRare) return true;
    if (type != EntityType::Person && c != kCapRare) return false;
    return is_affixed_verb(ner::to_lower(tokens[k]));
}

// A transitive verb of a Title Case headline: a me-, di-, -kan or -i verb
// by the dictionary that the news corpus writes in lower case, or too rare
// for a capitalization class ("Lintasi", "Sarankan", "Permalukan",
// "Tersangka"). Not other ber- or per- words, which also make adjectives
// inside names ("Sungai Berdinding Batu", "Yayasan Solusi Bersinar
// Indonesia").
bool is_headline_verb(const std::string_view* tokens, const SentenceFeatures& s, std::size_t k) {
    const std::uint8_t c = s.gaz.cap_class[k];
    if (c > kCapUncommon) return false;
    const std::string lower = ner::to_lower(tokens[k]);
    if ((lower.starts_with("ber") || lower.starts_with("per")) && !lower.ends_with("kan") && !lower.ends_with("i"))
        return false;
    return is_affixed_verb(lower);
}

// Whether token k lies inside a name the gazetteer lists within the span
// [b, e).
bool inside_listed_name(const SentenceFeatures& s, std::size_t b, std::size_t e, std::size_t k) {
    for (std::size_t j = b; j <= k; ++j)
        for (ner::GazType t : {ner::kGazPer, ner::kGazOrg, ner::kGazLoc})
            if (const std::size_t len = s.gaz.match_len[j * ner::kGazTypes + t]; j + len > k && j + len <= e)
                return true;
    return false;
}

bool is_all_capitals(std::string_view word);

// A root's meN- form ("sebut" -> "menyebut", "minta" -> "meminta",
// "tekuk" -> "menekuk").
std::string men_form(std::string_view root) {
    const std::string rest(root.substr(1));
    switch (root[0]) {
        case 'a':
        case 'e':
        case 'i':
        case 'o':
        case 'u':
        case 'g':
        case 'h': return "meng" + std::string(root);
        case 'k': return "meng" + rest;
        case 'b':
        case 'f':
        case 'v': return "mem" + std::string(root);
        case 'p': return "mem" + rest;
        case 'd':
        case 'c':
        case 'j':
        case 'z': return "men" + std::string(root);
        case 't': return "men" + rest;
        case 's': return "meny" + rest;
        default: return "me" + std::string(root);
    }
}

// A root the dictionary makes a verb of: hunspell derives its meN- or di-
// form. Names' common words mostly are not ("bunga", "citra", "intan").
bool is_verb_root(std::string_view root) {
    if (root.size() < 3) return false;
    const Lexicon& lex = Lexicon::instance();
    if (!lex.is_root(root)) return false;
    const std::vector<std::string> forms{"di" + std::string(root), men_form(root)};
    for (const std::string& form : forms)
        for (std::string_view r : lex.derived_roots(form))
            if (r == root) return true;
    return false;
}

const ner::GazAnnotation& annotate_words(const Gazetteer& gaz, const std::string_view* words, std::size_t n);

// The gazetteer's annotation of one word alone (its capitalization class,
// the listed names it is a word of, the triggers it starts).
const ner::GazAnnotation& annotate_word(const Gazetteer& gaz, std::string_view word) {
    return annotate_words(gaz, &word, 1);
}

// Whether the news corpus the gazetteer's word classes were built from
// writes this word (lower-cased) at all.
bool corpus_writes(const Gazetteer& gaz, std::string_view lower) { return annotate_word(gaz, lower).cap_class[0] != 0; }

// A di- verb the dictionary lacks ("Disetop", "Dibully"), which headlines
// capitalize so often that its own capitalization class says little: its
// meN- form the news corpus writes, in lower case ("menyetop").
bool is_di_verb_of_lower_case_family(const Gazetteer& gaz, std::string_view lower) {
    if (lower.size() < 6 || !lower.starts_with("di")) return false;
    const std::string active = men_form(lower.substr(2));
    const std::uint8_t cap = annotate_word(gaz, active).cap_class[0];
    return cap != 0 && cap <= kCapUncommon;
}

// "Persib vs Persija", "Persija Kontra Persipura": two names, never one.
bool is_versus(std::string_view lower) {
    return lower == "vs" || lower == "vs." || lower == "versus" || lower == "kontra";
}

// The project's stopwords (analysis/stopwords.cpp) that a Title Case
// headline capitalizes between names ("Beben Ingin Maju", "Pemkot Depok
// Akan", "Atut Di Pilwakot"). Not the ones names are made with: "dan",
// "atau", "serta" (bodies' names), "para", "sang", "si" ("Si Jalak
// Harupat"), "per", pronouns. (A person's "Di" of "Angel Di Maria" is a
// word of listed people's names, which split_at_headline_words() keeps.)
bool is_headline_function_word(std::string_view lower) {
    static const std::unordered_set<std::string> words = [] {
        std::unordered_set<std::string> set(indonesian_stopwords().begin(), indonesian_stopwords().end());
        for (const char* kept : {"dan", "atau", "serta", "para", "sang", "si", "per", "nya"}) set.erase(kept);
        // Pronouns and demonstratives end names ("RS Jantung Harapan Kita",
        // "Situ Gintung": a lake), not headlines' clauses.
        for (const char* kept : {"saya", "aku", "kami", "kita", "kamu", "engkau", "anda", "dia", "ia", "beliau",
                                 "mereka", "ini", "itu", "tersebut", "sini", "situ", "sana"})
            set.erase(kept);
        return set;
    }();
    return words.count(std::string(lower)) != 0;
}

// 32: where a span of a Title Case headline holds words that are no part of
// a name, the span is cut there into the names around them ("Beben Ingin
// Maju" -> "Beben", "Trump Sebut Habibie" -> "Trump" + "Habibie", "Man
// United Vs" -> "Man United"): a "vs" anywhere; in a headline a function
// word, and within a person's name, or an organisation's after its first
// word, a verb the corpus writes in lower case (capitalized in < 20 % of
// its uses: "Sebut", "Minta", "Polisikan", "Tangkap") and that is no word
// of a listed person's name ("Abu Bakar"). Words of a
// listed name are never cut. A piece is kept as a name of the span's type
// when one of its words reads as a name (the corpus capitalizes it in 80 %
// of its uses or does not know it) and it is not a title alone ("Jadi
// Ketua"). Returns the kept pieces, first to last.
std::vector<std::pair<std::size_t, std::size_t>> split_at_headline_words(
    const Gazetteer& gaz, const std::string_view* tokens, const SentenceFeatures& s, std::vector<Tag>& tags,
    EntityType type, std::size_t b, std::size_t e, bool title_case) {
    std::vector<std::pair<std::size_t, std::size_t>> pieces;
    const auto breaks = [&](std::size_t k) {
        const std::string lower = ner::to_lower(tokens[k]);
        if (is_versus(lower)) return true;
        // An acronym in capitals is a name ("PT DI"), not a headline's "Di".
        if (!title_case || !s.capitalized[k] || is_all_capitals(tokens[k]) || inside_listed_name(s, b, e, k))
            return false;
        // A word of a listed person's name is a name word ("Abu Bakar", so
        // "Siti Nurbaya Bakar" stays whole).
        if (type == EntityType::Person && (s.gaz.word_types[k] & (1u << ner::kGazPer))) return false;
        if (is_headline_function_word(lower)) return true;
        // A verb ends an organisation's name too, after its first word
        // ("Polda Papua Tangkap", "Barcelona Gulung Valencia"); not a
        // place's, whose names hold verbs' roots ("Jembatan Gantung").
        if (type == EntityType::Location || (type == EntityType::Organization && k == b)) return false;
        if (is_di_verb_of_lower_case_family(gaz, lower)) return true;
        if (s.gaz.cap_class[k] > kCapUncommon) return false;
        if (is_headline_verb(tokens, s, k)) return true;
        // A body's name holds roots with a meN- form that are no verbs
        // ("Pengadilan Tinggi", "Koalisi Masyarakat Sipil"): for it, a root
        // is a verb when the corpus writes its di- form ("ditangkap").
        return is_verb_root(lower) && (type == EntityType::Person || corpus_writes(gaz, "di" + lower));
    };
    const auto reads_as_name = [&](std::size_t pb, std::size_t pe) {
        bool name = false, title_only = true;
        for (std::size_t k = pb; k < pe; ++k) {
            const std::uint8_t c = s.gaz.cap_class[k];
            const bool unknown_word = c <= 1 && !is_affixed_verb(ner::to_lower(tokens[k]));  // not "Diduetkan"
            name = name || (s.capitalized[k] && (unknown_word || c >= kCapHalf)) || inside_listed_name(s, b, e, k);
            title_only = title_only && (s.gaz.trigger_start[k] & (1u << ner::kTrigPerTitle | 1u << ner::kTrigPerRank));
        }
        return name && !title_only;
    };
    std::size_t piece = b;
    bool any_break = false;
    for (std::size_t k = b; k <= e; ++k) {
        if (k < e && !breaks(k)) continue;
        any_break = any_break || k < e;
        if (piece < k) pieces.push_back({piece, k});
        piece = k + 1;
    }
    if (!any_break) return {{b, e}};
    std::fill(tags.begin() + b, tags.begin() + e, ner::kO);
    std::vector<std::pair<std::size_t, std::size_t>> kept;
    for (const auto& [pb, pe] : pieces)
        // A body's name before its verb stays, common words or not ("Batik
        // Air Dilaporkan", "Koalisi Masyarakat Sipil Surati").
        if (reads_as_name(pb, pe) || (type == EntityType::Organization && pb == b)) {
            set_span(tags, pb, pe, type);
            kept.push_back({pb, pe});
        }
    return kept;
}

// A news site, domain or desk credit ("KOMPAS.com", "TEMPO.CO",
// "Liputan6.com", "detikSport") or a byline of initials ("jhn/yn").
bool is_site_or_byline(std::string_view tok) {
    if (tok.empty()) return false;
    // domain: letters/digits, a dot, then a letter-only suffix of 2-4 ("com", "co", "id").
    const std::size_t dot = tok.rfind('.');
    if (dot != std::string_view::npos && dot > 0 && dot + 1 < tok.size()) {
        const std::string_view tld = tok.substr(dot + 1);
        const bool letters =
            std::all_of(tld.begin(), tld.end(), [](char ch) { return std::isalpha(static_cast<unsigned char>(ch)); });
        const bool head_word = std::isalnum(static_cast<unsigned char>(tok[dot - 1])) && dot >= 3;
        if (letters && head_word && tld.size() >= 2 && tld.size() <= 4) {
            std::string t;
            for (char ch : tld) t += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
            if (t == "com" || t == "co" || t == "id" || t == "net" || t == "org" || t == "tv" || t == "news")
                return true;
        }
    }
    // camel case starting lower-case: a site's desk ("detikSport", "iNews")
    if (std::islower(static_cast<unsigned char>(tok[0])) &&
        std::all_of(tok.begin(), tok.end(), [](char ch) { return std::isalnum(static_cast<unsigned char>(ch)); }) &&
        std::any_of(tok.begin() + 1, tok.end(), [](char ch) { return std::isupper(static_cast<unsigned char>(ch)); }))
        return true;
    // initials joined by a slash: "jhn/yn"
    if (tok.find('/') != std::string_view::npos && std::all_of(tok.begin(), tok.end(), [](char ch) {
            return std::islower(static_cast<unsigned char>(ch)) || ch == '/';
        }))
        return true;
    return false;
}

// Words that introduce the name of a storm: the name after them is no
// person ("Topan Lingling", "Badai Harvey", "Siklon Seroja").
/// A word of two or more capital letters ("AS", "BTS").
bool is_all_capitals(std::string_view word) {
    return word.size() >= 2 && std::all_of(word.begin(), word.end(),
                                           [](char ch) { return std::isupper(static_cast<unsigned char>(ch)) != 0; });
}

bool is_storm_word(std::string_view word) {
    static constexpr std::string_view kWords[] = {"topan",   "badai",     "siklon",  "taifun", "hurikan",
                                                  "typhoon", "hurricane", "cyclone", "storm",  "tornado"};
    if (word.size() < 5 || word.size() > 9) return false;
    char lower[9];
    for (std::size_t k = 0; k < word.size(); ++k)
        lower[k] = static_cast<char>(std::tolower(static_cast<unsigned char>(word[k])));
    const std::string_view w(lower, word.size());
    return std::find(std::begin(kWords), std::end(kWords), w) != std::end(kWords);
}

// The hemisphere of a coordinate after its number: "6.40 LS" (Lintang
// Selatan, south latitude), "2,53 LU", "111.84 BT" (Bujur Timur, east
// longitude), "BB"; or after its spelled-out form, "Bujur Timur (BT)". The
// gazetteer lists BT and BB as organisations. `before` and `before2`: the
// two tokens before it.
bool is_coordinate_direction(std::string_view word, std::string_view before, std::string_view before2) {
    if (word != "LS" && word != "LU" && word != "BT" && word != "BB") return false;
    if (std::any_of(before.begin(), before.end(), [](char ch) { return std::isdigit(static_cast<unsigned char>(ch)); }))
        return true;
    const std::string spelled = ner::to_lower(before2);
    return before == "(" && (spelled == "timur" || spelled == "barat" || spelled == "selatan" || spelled == "utara");
}

// A statute or bill named by its subject or number ("RUU Pertahanan", "UU
// ITE", "Perppu KPK"): a document, not a body (the gold sets leave them O).
bool is_statute_word(std::string_view word) {
    static constexpr std::string_view kWords[] = {"RUU",     "UU",     "Perppu", "Perpu",  "Perpres",
                                                  "Permen",  "Perda",  "Pergub", "Perbup", "Perwali",
                                                  "Keppres", "Kepmen", "Inpres"};
    return std::find(std::begin(kWords), std::end(kWords), word) != std::end(kWords);
}

// A one-word place that is a word the news corpus writes in lower case
// (capitalized in < 20 % of its in-sentence uses), capitalized only as the
// end of a name or title the model left untagged, or at the start of a
// sentence: "Piala Dunia", "Juara Dunia", "Meninggal Dunia" in a headline.
// Not organisations, whose one-word names are often words ("Antara", the
// news agency), nor persons ("Vena", "Awal" in the gold sets).
bool is_common_word_after_name_start(const std::string_view* tokens, const SentenceFeatures& s,
                                     const std::vector<Tag>& tags, std::size_t b, std::size_t e, EntityType type) {
    if (e != b + 1 || type != EntityType::Location || !s.capitalized[b] || is_all_capitals(tokens[b])) return false;
    const std::uint8_t c = s.gaz.cap_class[b];
    if (c != kCapRare && c != kCapUncommon) return false;
    std::size_t before = b;  // the word before, skipping quotes and brackets
    while (before > 0 && !ner::has_letter(tokens[before - 1])) --before;
    return before == 0 || (s.capitalized[before - 1] && tags[before - 1] == ner::kO);
}

// Whether a span starting at token b starts with the second word of a
// two-word head of a body or place ("Jenderal" of "Direktorat Jenderal",
// "Sakit" of "Rumah Sakit") whose first word, before it, is untagged.
bool starts_inside_head(const SentenceFeatures& s, const std::vector<Tag>& tags, std::size_t b) {
    if (b == 0 || tags[b - 1] != ner::kO || !s.capitalized[b - 1]) return false;
    for (const unsigned head : {1u << ner::kTrigOrgHead, 1u << ner::kTrigLocHead})
        if ((s.gaz.trigger_start[b - 1] & head) && (s.gaz.trigger_end[b] & head) && !(s.gaz.trigger_start[b] & head))
            return true;
    return false;
}

// Token k of `text` as written ("" past the last token).
std::string_view token_text(std::string_view text, const std::vector<ner::TokenSpan>& tokens, std::size_t k) {
    return k < tokens.size() ? text.substr(tokens[k].begin, tokens[k].end - tokens[k].begin) : std::string_view();
}

// Tokens [b, e) of `text` as written, what lies between them included (b < e).
std::string_view tokens_text(std::string_view text, const std::vector<ner::TokenSpan>& tokens, std::size_t b,
                             std::size_t e) {
    return text.substr(tokens[b].begin, tokens[e - 1].end - tokens[b].begin);
}

// Per-thread scratch space, so extract() allocates little per call.
struct Scratch {
    SentenceFeatures features;
    std::vector<std::string_view> views;
    std::vector<Tag> tags;
};

Scratch& scratch() {
    thread_local Scratch s;
    return s;
}

// Calls emit(type, first, last) for each BIO span.
template <typename Emit>
void for_each_span(const std::vector<Tag>& tags, Emit&& emit) {
    std::size_t i = 0;
    while (i < tags.size()) {
        const Tag t = tags[i];
        if (t == ner::kO) {
            ++i;
            continue;
        }
        const Tag inside = (t == ner::kBPer || t == ner::kIPer)   ? ner::kIPer
                           : (t == ner::kBOrg || t == ner::kIOrg) ? ner::kIOrg
                                                                  : ner::kILoc;
        std::size_t e = i + 1;
        while (e < tags.size() && tags[e] == inside) ++e;
        emit(type_of(t), i, e);
        i = e;
    }
}

// End of the span whose first token is b.
std::size_t span_end(const std::vector<Tag>& tags, std::size_t b) {
    std::size_t e = b + 1;
    while (e < tags.size() && tags[e] == static_cast<Tag>(tags[b] + 1)) ++e;
    return e;
}

// 1024: a person's name the tagger split at one or two surname particles it
// rarely saw ("Marc-Andre" ter "Stegen", "Ursula" von der "Leyen"): the
// person after them takes the particles and the person before them, or the
// one capitalized untagged word before them when that is no title, rank or
// head, nor a listed body's or place's name.
void join_names_across_particles(const std::string_view* tokens, const SentenceFeatures& s, std::vector<Tag>& tags) {
    for (std::size_t b = 2; b < s.n; ++b) {
        if (tags[b] != ner::kBPer) continue;
        std::size_t particles = b;  // the first particle
        while (particles > 1 && b - particles < 2 && tags[particles - 1] == ner::kO &&
               is_name_particle(tokens[particles - 1]))
            --particles;
        if (particles == b) continue;
        const std::size_t e = span_end(tags, b);
        // "X bin Y" is also "X, son of Y": two people, when Y has a name of
        // two words or more ("Ani binti Sarwo Edhie Wibowo").
        const std::string_view particle = tokens[particles];
        if ((particle == "bin" || particle == "binti") && e - b > 1) continue;
        std::size_t first = particles - 1;  // of the joined name
        if (tags[first] == ner::kIPer) {
            while (first > 0 && tags[first] == ner::kIPer) --first;
            // Two names of two words or more: two people, the particle a
            // typing error ("da" for "dan").
            if (e - b > 1) continue;
        } else if (tags[first] != ner::kBPer) {
            // A first name the model left out: a word the news corpus
            // always capitalizes or does not know ("Ursula"; not
            // "Tercatat", a verb that starts a sentence).
            const std::uint8_t c = s.gaz.cap_class[first];
            const bool lone_name = tags[first] == ner::kO && s.capitalized[first] &&
                                   ner::has_lower_letter(tokens[first]) && (c == 0 || c == kCapAlways) &&
                                   s.gaz.trigger_start[first] == 0 &&
                                   !s.gaz.match_len[first * ner::kGazTypes + ner::kGazOrg] &&
                                   !s.gaz.match_len[first * ner::kGazTypes + ner::kGazLoc];
            if (!lone_name) continue;
        }
        set_span(tags, first, e, EntityType::Person);
        b = e - 1;
    }
}

// An airline's name ends in one of these words ("Lion Air", "Malaysia
// Airlines").
bool is_airline_word(std::string_view w) { return w == "Air" || w == "Airlines" || w == "Airline" || w == "Airways"; }

// A flight's code, two capitals or a capital and a digit, with its number
// ("JT610") or before it ("IL", then "267").
bool is_flight_code(std::string_view code, std::string_view next) {
    const auto is_digit = [](char ch) { return std::isdigit(static_cast<unsigned char>(ch)) != 0; };
    const auto is_code_char = [&](char ch) {
        return std::isupper(static_cast<unsigned char>(ch)) != 0 || is_digit(ch);
    };
    if (code.size() < 2 || !is_code_char(code[0]) || !is_code_char(code[1]) || (is_digit(code[0]) && is_digit(code[1])))
        return false;
    const std::string_view number = code.size() == 2 ? next : code.substr(2);
    return !number.empty() && number.size() <= 4 && std::all_of(number.begin(), number.end(), is_digit);
}

// 1024: a flight's code after an airline's name is no part of the airline
// ("Trigana Air IL 267", "Lion Air JT610" -> "Trigana Air", "Lion Air").
void cut_flight_codes(const std::string_view* tokens, const SentenceFeatures& s, std::vector<Tag>& tags) {
    for (std::size_t b = 0; b < s.n; ++b) {
        if (tags[b] != ner::kBOrg) continue;
        const std::size_t e = span_end(tags, b);
        if (e - b >= 3 && is_airline_word(tokens[e - 2]) &&
            is_flight_code(tokens[e - 1], e < s.n ? tokens[e] : std::string_view()))
            tags[e - 1] = ner::kO;
        b = e - 1;
    }
}

// Whether words of which `capitalized` start with a capital are Title Case
// (three words at least, seven in ten capitalized), where capitalization no
// longer marks names.
bool mostly_capitalized(std::size_t words, std::size_t capitalized) {
    return words >= 3 && capitalized * 10 >= words * 7;
}

// A bracket the span does not both open and close ends a name there: the
// tagger ran a name on into a bracket ("Pengadilan Negeri (PN" ->
// "Pengadilan Negeri", "PT PLN (Persero" -> "PT PLN"), or the end of a
// bracket into a name after it ("Pusat Peragaan Iptek (PP Iptek) Taman
// Mini Indonesia Indah" -> "Taman Mini Indonesia Indah"). The part inside
// the bracket goes: it is the bracket's name, cut by the tagger. Only
// between capitalized words ("f(x)", a band, stays).
void cut_at_unmatched_brackets(const std::string_view* tokens, const SentenceFeatures& s, std::vector<Tag>& tags) {
    for_each_span(tags, [&](EntityType type, std::size_t b, std::size_t e) {
        for (std::size_t k = b + 1; k + 1 < e; ++k) {
            const std::string_view t = tokens[k];
            const bool opens = t == "(" || t == "[", closes = t == ")" || t == "]";
            if ((!opens && !closes) || !ner::starts_upper(tokens[k - 1]) || !ner::starts_upper(tokens[k + 1])) continue;
            const std::string_view partner = t == "(" ? ")" : t == "[" ? "]" : t == ")" ? "(" : "[";
            if (opens ? std::find(tokens + k + 1, tokens + e, partner) != tokens + e
                      : std::find(tokens + b, tokens + k, partner) != tokens + k)
                continue;
            if (opens) {
                std::fill(tags.begin() + k, tags.begin() + e, ner::kO);
            } else {
                // A bracket ending in a head abbreviates the name's head:
                // "Sekolah Menengah Pertama (SMP) Negeri 4", "(Persero)
                // Tbk", "Rumah Sakit (SMC RS) Telogorejo".
                if (s.gaz.trigger_start[k - 1] & (1u << ner::kTrigOrgHead | 1u << ner::kTrigLocHead)) return;
                std::fill(tags.begin() + b, tags.begin() + k + 1, ner::kO);
                set_span(tags, k + 1, e, type);
            }
            return;
        }
    });
}

// The facility head ending at token k (join_facility_heads_to_names()):
// its length in tokens (0 = none), and its kind.
struct FacilityHead {
    std::size_t length = 0;
    bool body = false;    // a school, named as a body; the rest are places
    bool street = false;  // streets, airports, stadiums, parks, museums: named
                          // after people so often that any name after the
                          // head is the facility's
};

FacilityHead facility_head_ending_at(const std::string_view* tokens, std::size_t k) {
    struct Head {
        std::array<std::string_view, 3> words;  // the last word first
        bool body, street;
    };
    static constexpr Head kHeads[] = {
        {{"jalan"}, false, true},
        {{"jl"}, false, true},
        {{"jl."}, false, true},
        {{"jln"}, false, true},
        {{"jln."}, false, true},
        {{"bandara"}, false, true},
        {{"udara", "bandar"}, false, true},
        {{"internasional", "bandara"}, false, true},
        {{"internasional", "udara", "bandar"}, false, true},
        {{"stadion"}, false, true},
        {{"lapangan"}, false, true},
        {{"lanud"}, false, true},
        {{"udara", "pangkalan"}, false, true},
        {{"taman"}, false, true},
        {{"monumen"}, false, true},
        {{"museum"}, false, true},
        {{"gedung"}, false, false},
        {{"graha"}, false, false},
        {{"wisma"}, false, false},
        {{"masjid"}, false, false},
        {{"agung", "masjid"}, false, false},
        {{"raya", "masjid"}, false, false},
        {{"pelabuhan"}, false, false},
        {{"terminal"}, false, false},
        {{"stasiun"}, false, false},
        {{"rs"}, false, false},
        {{"rsu"}, false, false},
        {{"rsud"}, false, false},
        {{"rsup"}, false, false},
        {{"rspad"}, false, false},
        {{"rsal"}, false, false},
        {{"rsau"}, false, false},
        {{"sakit", "rumah"}, false, false},
        {{"umum", "sakit", "rumah"}, false, false},
        {{"universitas"}, true, false},
        {{"institut"}, true, false},
        {{"politeknik"}, true, false},
        {{"tinggi", "sekolah"}, true, false},
    };
    FacilityHead best;
    if (!ner::starts_upper(tokens[k])) return best;
    // The capitalized words ending at k, lower-cased, the last first.
    std::array<std::string, 3> lower;
    std::size_t words = 0;
    while (words < lower.size() && words <= k && ner::starts_upper(tokens[k - words])) {
        lower[words] = ner::to_lower(tokens[k - words]);
        ++words;
    }
    for (const Head& head : kHeads) {
        std::size_t n = 0;
        while (n < head.words.size() && !head.words[n].empty()) ++n;
        if (n > words || n <= best.length) continue;
        if (std::equal(head.words.begin(), head.words.begin() + static_cast<std::ptrdiff_t>(n), lower.begin()))
            best = {n, head.body, head.street};
    }
    return best;
}

// 1024: a facility named after a person ("RSPAD Gatot Soebroto", "Jalan
// Ahmad Yani", "Bandara Internasional Soekarno-Hatta", "Stadion Giuseppe
// Meazza", "Universitas Gadjah Mada"): a person's name right after a
// facility's head is the facility's name. The gazetteer lists the hero as a
// person, so the tagger cuts the name off its head ("RSPAD" + "Gatot
// Soebroto", while "RSPAD Gatot Subroto" stays whole). The head is untagged
// or ends a body's or place's span ("Paviliun Kartika RSPAD"), and is
// capitalized; titles between head and name join too ("Jalan Jenderal
// Sudirman", "RSUP Dr. Sardjito"). A head alone takes the type of its kind
// (schools a body, the rest a place); a longer span keeps its own type.
void join_facility_heads_to_names(const Gazetteer& gaz, const std::string_view* tokens, const SentenceFeatures& s,
                                  std::vector<Tag>& tags) {
    constexpr unsigned kTitles =
        (1u << ner::kTrigPerTitle) | (1u << ner::kTrigPerRank) | (1u << ner::kTrigPerHonorific);
    for (std::size_t b = 1; b < s.n; ++b) {
        if (tags[b] != ner::kBPer) continue;
        const std::size_t e = span_end(tags, b);
        std::size_t name = b;  // first token after the head: a title or the name
        while (name > 1 && b - name < 3 && tags[name - 1] == ner::kO && s.capitalized[name - 1] &&
               (s.gaz.trigger_end[name - 1] & kTitles))
            --name;
        // After a bracketed acronym head ("Rumah Sakit Pusat Angkatan Darat
        // (RSPAD) Gatot Subroto"), whose body the span before names, a name
        // right after the bracket is the rest of the facility's name, no
        // person: the span goes.
        if (name == b && name >= 3 && tokens[name - 1] == ")" && tokens[name - 3] == "(" &&
            is_all_capitals(tokens[name - 2]) && facility_head_ending_at(tokens, name - 2).length == 1) {
            std::fill(tags.begin() + b, tags.begin() + e, ner::kO);
            b = e - 1;
            continue;
        }
        // "Selamat Jalan Pak Habibie" (farewell) names no street.
        const FacilityHead facility = facility_head_ending_at(tokens, name - 1);
        const std::size_t head_length = facility.length;
        if (head_length == 0 ||
            (name - head_length > 0 && ner::to_lower(tokens[name - head_length - 1]) == "selamat")) {
            b = e - 1;
            continue;
        }
        // After a hospital, school or building, the name must be one the
        // gazetteer lists as a person (a hero; after at most one title inside
        // the span): an unlisted name there is as often its head of staff or
        // a glued name ("RSPAD Hendra Irawan", "Universitas Sam Ratulangi
        // Ellen Joan Kumaat").
        const auto listed_person = [&](std::size_t k) {
            return s.gaz.match_len[k * ner::kGazTypes + ner::kGazPer] == e - k;
        };
        // Old and new spellings of one hero ("Gatot Subroto", listed as
        // "Gatot Soebroto"): the listed name with "oe" for "u" or "u" for "oe".
        const auto listed_in_other_spelling = [&](std::size_t k) {
            std::string phrase;
            for (std::size_t i = k; i < e; ++i) (phrase += i > k ? " " : "") += ner::to_lower(tokens[i]);
            std::string old_spelling, new_spelling;
            for (std::size_t i = 0; i < phrase.size(); ++i) {
                if (phrase.compare(i, 2, "oe") == 0) {
                    new_spelling += 'u';
                    old_spelling += "oe";
                    ++i;
                } else {
                    new_spelling += phrase[i];
                    old_spelling += phrase[i] == 'u' ? std::string("oe") : std::string(1, phrase[i]);
                }
            }
            for (const std::string& variant : {old_spelling, new_spelling})
                if (variant != phrase && gaz.canonical(ner::kGazPer, Gazetteer::phrase_hash(variant))) return true;
            return false;
        };
        const auto listed_name_at = [&](std::size_t k) { return listed_person(k) || listed_in_other_spelling(k); };
        const bool listed = facility.street || listed_name_at(b) ||
                            (e - b > 1 && (s.gaz.trigger_end[b] & kTitles) && listed_name_at(b + 1));
        if (!listed) {
            b = e - 1;
            continue;
        }
        const std::size_t head = name - head_length;
        std::size_t start = head;
        EntityType type = facility.body ? EntityType::Organization : EntityType::Location;
        if (tags[name - 1] != ner::kO) {
            // The head ends a body's or place's span that starts at or before it.
            std::size_t span_start = name - 1;
            while (span_start > 0 && tags[span_start] != ner::kBOrg && tags[span_start] != ner::kBLoc &&
                   (tags[span_start] == ner::kIOrg || tags[span_start] == ner::kILoc))
                --span_start;
            const bool ends_there = (tags[span_start] == ner::kBOrg || tags[span_start] == ner::kBLoc) &&
                                    span_end(tags, span_start) == name && span_start <= head;
            // A longer span ends in an acronym head ("Paviliun Kartika
            // RSPAD"), not in a word of its own name ("STIE Prima Graha").
            if (!ends_there || (span_start < head && !is_all_capitals(tokens[head]))) {
                b = e - 1;
                continue;
            }
            if (span_start < head) {
                start = span_start;
                type = type_of(tags[span_start]);
            }
        } else if (!all_o(tags, head, name)) {
            b = e - 1;
            continue;
        }
        set_span(tags, start, e, type);
        b = e - 1;
    }
}

// Applies the clean-up rules to one sentence's tags (see above); headline:
// the sentence is a whole text, such as an article's title.
void clean_spans(const Gazetteer& gaz, const std::string_view* tokens, const SentenceFeatures& s,
                 std::vector<Tag>& tags, unsigned mask, bool headline) {
    if (s.all_lower || !(mask & (32u | 64u | 128u | 512u | 1024u))) return;
    struct Span {
        EntityType type;
        std::size_t b, e;
    };
    thread_local std::vector<Span> spans;
    spans.clear();
    for_each_span(tags, [&](EntityType type, std::size_t b, std::size_t e) { spans.push_back({type, b, e}); });
    const auto clear = [&](std::size_t b, std::size_t e) { std::fill(tags.begin() + b, tags.begin() + e, ner::kO); };
    const auto gaz_len = [&](std::size_t k, ner::GazType t) { return s.gaz.match_len[k * ner::kGazTypes + t]; };
    // The type of a listed name that is exactly [pb, pe), people first.
    const auto listed_type = [&](std::size_t pb, std::size_t pe) -> std::optional<EntityType> {
        for (ner::GazType t : {ner::kGazPer, ner::kGazOrg, ner::kGazLoc})
            if (gaz_len(pb, t) == pe - pb) return entity_type_of(t);
        return std::nullopt;
    };
    // A Title Case headline (most words capitalized), where capitalization
    // no longer marks names; elsewhere a common word in a name is the name's
    // ("Awal Bawa", "Maju Daryono").
    // Computed on first need: most spans end in a word no rule would cut.
    int title_case = -1;
    const auto is_title_case = [&] {
        if (title_case < 0) {
            std::size_t words = 0, capitalized = 0;
            for (std::size_t k = 0; k < s.n; ++k) {
                if (!ner::has_letter(tokens[k])) continue;
                ++words;
                capitalized += s.capitalized[k] != 0;
            }
            title_case = mostly_capitalized(words, capitalized);
        }
        return title_case == 1;
    };
    for (std::size_t span_index = 0; span_index < spans.size(); ++span_index) {
        const Span sp = spans[span_index];
        if (mask & 64u) {
            // A site or desk name is an organisation ("dilansir Kompas.com";
            // the gold sets tag "detikINET" ORG), never a person or place; a
            // byline of initials and a storm's name are no entity.
            bool site = false, drop = false;
            for (std::size_t k = sp.b; k < sp.e; ++k) {
                if (!is_site_or_byline(tokens[k])) continue;
                site = true;
                drop = drop || (std::islower(static_cast<unsigned char>(tokens[k][0])) &&
                                tokens[k].find('/') != std::string_view::npos);
            }
            if (sp.b > 0 && is_storm_word(tokens[sp.b - 1])) drop = true;
            if (sp.e == sp.b + 1 && sp.b > 0 &&
                is_coordinate_direction(tokens[sp.b], tokens[sp.b - 1], sp.b > 1 ? tokens[sp.b - 2] : ""))
                drop = true;
            if (sp.e - sp.b > 1 && is_storm_word(tokens[sp.b])) drop = true;
            if (is_statute_word(tokens[sp.b]) || is_common_word_after_name_start(tokens, s, tags, sp.b, sp.e, sp.type))
                drop = true;
            if (drop) {
                clear(sp.b, sp.e);
                continue;
            }
            if (site) {
                if (sp.type != EntityType::Organization) set_span(tags, sp.b, sp.e, EntityType::Organization);
                continue;
            }
        }
        // 512: the first word of a two-word head the tagger left out, taking
        // the second, a rank, for the name's start ("Direktorat" of
        // "Direktorat Jenderal Pajak", tagged "Jenderal Pajak"; "Rumah" of
        // "Rumah Sakit ..."): the head joins the span.
        if ((mask & 512u) && sp.type != EntityType::Person && starts_inside_head(s, tags, sp.b))
            set_span(tags, sp.b - 1, sp.e, sp.type);
        // 512: a rank that ends an organisation's or place's span begins the
        // person after it ("Polda Jateng AKBP", "Polres Purwakarta AKP",
        // "Polda Metro Jaya Kombes" + a name the model left out or tagged
        // apart): the rank is cut off. Not "Jenderal" alone, which ends
        // names ("Direktorat Jenderal", "Sekretariat Jenderal").
        if ((mask & 512u) && sp.type != EntityType::Person) {
            std::size_t e = sp.e;
            while (e > sp.b + 1 && (s.gaz.trigger_end[e - 1] & (1u << ner::kTrigPerRank)) &&
                   ner::to_lower(tokens[e - 1]) != "jenderal") {
                std::size_t rank_start = e - 1;
                while (rank_start > sp.b && !(s.gaz.trigger_start[rank_start] & (1u << ner::kTrigPerRank)))
                    --rank_start;
                if (rank_start == sp.b) break;
                e = rank_start;
            }
            if (e < sp.e) {
                clear(e, sp.e);
                continue;
            }
        }
        std::size_t b = sp.b;
        // 128: a person span that starts with a listed short form of a place
        // or organisation (an alias whose canonical name differs), in capitals
        // or not part of any listed person's name: "AS Donald Trump" -> AS
        // (place) + Donald Trump, "Tangsel Muhamad"; not "Aden Hashi",
        // "Jordan Henderson".
        const bool upper_abbreviation = is_all_capitals(tokens[b]);
        if ((mask & 128u) && sp.type == EntityType::Person && sp.e - b > 1 &&
            (upper_abbreviation || !(s.gaz.word_types[b] & (1u << ner::kGazPer)))) {
            for (ner::GazType t : {ner::kGazLoc, ner::kGazOrg}) {
                if (gaz_len(b, t) != 1) continue;
                const std::string* canonical = gaz.canonical(t, ner::hash_combine(Gazetteer::kPhraseSeed, s.lower[b]));
                if (canonical == nullptr || ner::to_lower(*canonical) == ner::to_lower(tokens[b])) continue;
                set_span(tags, b, b + 1, t == ner::kGazLoc ? EntityType::Location : EntityType::Organization);
                set_span(tags, b + 1, sp.e, EntityType::Person);
                ++b;
                break;
            }
        }
        if (!(mask & 32u)) continue;
        std::size_t end = sp.e;
        // 32: a span cut at a headline's function word or verb, or at "vs":
        // the first piece goes on through the rules below, the others after.
        if (const auto pieces = split_at_headline_words(gaz, tokens, s, tags, sp.type, b, end,
                                                        headline && end - b >= 2 && is_title_case());
            pieces.size() != 1 || pieces.front() != std::pair{b, end}) {
            if (pieces.empty()) continue;
            for (std::size_t i = 1; i < pieces.size(); ++i) {
                const auto [pb, pe] = pieces[i];
                EntityType type = sp.type;
                // After a body's affixed verb, a listed name is of its listed
                // type, as the cut below makes it ("WWF Indonesia Usulkan
                // Indonesia": a place).
                if (type == EntityType::Organization && is_headline_verb(tokens, s, pb - 1))
                    if (const auto listed = listed_type(pb, pe)) {
                        type = *listed;
                        set_span(tags, pb, pe, type);
                    }
                spans.push_back({type, pb, pe});
            }
            b = pieces.front().first;
            end = pieces.front().second;
        }
        // 32: in a headline, a verb inside a span ends it ("Kanada Lintasi
        // Selat Taiwan"); the words after it stay a name only when they are
        // a listed name of their own ("Selat Taiwan").
        if (end - b >= 3 && is_title_case()) {
            for (std::size_t k = b + 1; k + 1 < end; ++k) {
                if (!s.capitalized[k] || !is_headline_verb(tokens, s, k) || inside_listed_name(s, b, end, k)) continue;
                clear(k, end);
                if (const auto listed = listed_type(k + 1, end)) set_span(tags, k + 1, end, *listed);
                end = k;
                break;
            }
        }
        // Cheap test first: the last word is capitalized and rare in capitals.
        if (!s.capitalized[end - 1] || s.gaz.cap_class[end - 1] > kCapUncommon || !is_title_case()) continue;
        // 32: cut common words off the end, except inside a listed name the
        // span ends with.
        std::size_t listed_end = b;  // end of the last listed name inside the span
        for (std::size_t k = b; k < end; ++k)
            for (ner::GazType t : {ner::kGazPer, ner::kGazOrg, ner::kGazLoc})
                if (const std::size_t len = gaz_len(k, t); len > 1 && k + len <= end)
                    listed_end = std::max(listed_end, k + len);
        std::size_t e = end;
        while (e > b + 1 && e > listed_end && s.capitalized[e - 1] && is_common_word_in_name(tokens, s, e - 1, sp.type))
            --e;
        if (e < end) clear(e, end);
    }
    if (mask & 1024u) {
        join_names_across_particles(tokens, s, tags);
        cut_flight_codes(tokens, s, tags);
    }
    cut_at_unmatched_brackets(tokens, s, tags);
    if (mask & 1024u) join_facility_heads_to_names(gaz, tokens, s, tags);
}

std::string person_key(std::string name);

// A person's name that starts with initials ("B.J Habibie", "J. K.
// Rowling", "JK Rowling"): the listed name its initials written with a dot
// after each letter or without dots stand for ("B.J. Habibie", "BJ
// Habibie" -> Bacharuddin Jusuf Habibie), else the name with undotted
// initials, so that every way of writing them is one person. Other names
// unchanged.
std::string with_initials_undotted(const Gazetteer& gaz, std::string name) {
    std::string letters;
    std::size_t pos = 0;
    bool dotted = false;
    while (pos < name.size()) {
        std::size_t end = name.find(' ', pos);
        if (end == std::string::npos) break;
        const std::string_view word(name.data() + pos, end - pos);
        // "B.J", "B.J.", "J.", "K.": single capitals, each but perhaps the
        // last followed by a dot.
        const bool has_dot = word.find('.') != std::string_view::npos;
        std::string word_letters;
        bool initials = !word.empty();
        for (std::size_t i = 0; i < word.size() && initials; ++i) {
            const bool letter = std::isupper(static_cast<unsigned char>(word[i])) != 0;
            initials =
                letter ? (i == 0 || !has_dot || word[i - 1] == '.') : word[i] == '.' && i > 0 && word[i - 1] != '.';
            if (letter) word_letters += word[i];
        }
        // Undotted initials ("JK") only as the first word.
        if (!initials || (!has_dot && (pos > 0 || word.size() > 3))) break;
        dotted = dotted || has_dot;
        letters += word_letters;
        pos = end + 1;
        if (!has_dot) break;
    }
    if (letters.size() < (dotted ? 1u : 2u) || pos >= name.size()) return name;
    const std::string rest = name.substr(pos);
    std::string with_dots;
    for (char letter : letters) (with_dots += letter) += '.';
    for (const std::string& form : {letters + ' ' + rest, with_dots + ' ' + rest})
        if (const std::string* c = gaz.canonical(ner::kGazPer, Gazetteer::phrase_hash(form))) return *c;
    return dotted ? letters + ' ' + rest : name;
}

// A body's listed acronym after the first words of the name it stands for
// ("Kementerian KKP", "Bank BRI", "Badan BNPB"): that name, whose head the
// news writes twice. Nullptr otherwise.
const std::string* acronym_after_its_head(const Gazetteer& gaz, const SentenceFeatures& s, std::size_t b, std::size_t e,
                                          std::string_view name) {
    const std::size_t space = name.rfind(' ');
    if (e - b < 2 || space == std::string_view::npos || name.size() - space < 3 ||
        !is_all_capitals(name.substr(space + 1)))
        return nullptr;
    const std::string* body = gaz.canonical(ner::kGazOrg, ner::hash_combine(Gazetteer::kPhraseSeed, s.lower[e - 1]));
    if (!body) return nullptr;
    const std::string head = ner::to_lower(name.substr(0, space + 1));  // "kementerian "
    return ner::to_lower(*body).starts_with(head) ? body : nullptr;
}

// The key of a name (normalized spacing) of this type: the gazetteer's
// canonical form `listed` where it lists one, else the name, with a
// person's initials undotted; a person's key as person_key() writes it.
std::string key_of(const Gazetteer& gaz, EntityType type, const std::string* listed, std::string name) {
    if (listed)
        name = *listed;
    else if (type == EntityType::Person)
        name = with_initials_undotted(gaz, std::move(name));
    return type == EntityType::Person ? person_key(std::move(name)) : name;
}

std::string canonical_for(const Gazetteer& gaz, const SentenceFeatures& s, EntityType type, std::size_t b,
                          std::size_t e, std::string_view text) {
    std::uint64_t h = Gazetteer::kPhraseSeed;
    for (std::size_t k = b; k < e; ++k) h = ner::hash_combine(h, s.lower[k]);
    std::string name = ner::normalize_spacing(text);
    const std::string* listed = gaz.canonical(gaz_type(type), h);
    if (!listed && type == EntityType::Organization) listed = acronym_after_its_head(gaz, s, b, e, name);
    return key_of(gaz, type, listed, std::move(name));
}

// Key of a person's name: a hyphen between letters becomes a space and the
// next letter upper case, so "Kim Jong-un", "Kim Jong-Un" and "Kim Jong Un"
// are one person.
std::string person_key(std::string name) {
    for (std::size_t i = 1; i + 1 < name.size(); ++i) {
        if (name[i] != '-' || !std::isalpha(static_cast<unsigned char>(name[i - 1])) ||
            !std::isalpha(static_cast<unsigned char>(name[i + 1])))
            continue;
        name[i] = ' ';
        name[i + 1] = static_cast<char>(std::toupper(static_cast<unsigned char>(name[i + 1])));
    }
    return name;
}

// ---- One text's entities as a whole (rule bit 256) ----

// Lower-cased words of a full name for acronym matching, split at spaces,
// hyphens and commas ("Perserikatan Bangsa-Bangsa" -> 3 words).
std::vector<std::string> acronym_source_words(std::string_view full) {
    std::vector<std::string> words;
    std::string cur;
    for (char ch : ner::to_lower(full)) {
        if (ch == ' ' || ch == '-' || ch == ',' || ch == '(' || ch == ')') {
            if (!cur.empty()) words.push_back(std::move(cur));
            cur.clear();
        } else {
            cur += ch;
        }
    }
    if (!cur.empty()) words.push_back(std::move(cur));
    return words;
}

// Function words an acronym's letters skip, Indonesian and English
// ("Badan Meteorologi, Klimatologi, dan Geofisika" -> BMKG, "United Nations
// High Commissioner for Refugees" -> UNHCR).
bool acronym_skips(std::string_view w) {
    static constexpr std::string_view kWords[] = {"dan",  "untuk", "serta", "&",   "di",  "ke", "dari", "atas",
                                                  "bagi", "and",   "of",    "the", "for", "on", "in",   "to"};
    return std::find(std::begin(kWords), std::end(kWords), w) != std::end(kWords);
}

bool acronym_matches(std::string_view acr, const std::vector<std::string>& words, std::size_t a, std::size_t w,
                     int used) {
    if (a == acr.size()) return used >= 2 && w == words.size();
    if (w == words.size()) return false;
    // Leading words ("Kementerian" of PUPR) and function words may be skipped.
    if ((used == 0 || acronym_skips(words[w])) && acronym_matches(acr, words, a, w + 1, used)) return true;
    const std::string& word = words[w];
    for (std::size_t len = 1; len <= word.size() && a + len <= acr.size() && word[len - 1] == acr[a + len - 1]; ++len)
        if (acronym_matches(acr, words, a + len, w + 1, used + 1)) return true;
    return false;
}

// An acronym's letters, lower-cased, without dots and hyphens ("PDI-P" ->
// "pdip"); "" when the token is no acronym.
std::string acronym_letters(std::string_view token) {
    if (token.size() < 2 || token.size() > 12 || !std::isupper(static_cast<unsigned char>(token[0]))) return "";
    std::string acr;
    for (char ch : token) {
        if (ch == '.' || ch == '-') continue;
        if (!std::isalnum(static_cast<unsigned char>(ch))) return "";
        acr += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    }
    return acr;
}

// "KPK" of "Komisi Pemberantasan Korupsi", "PUPR" of "Kementerian Pekerjaan
// Umum dan Perumahan Rakyat", "Kemenkeu" of "Kementerian Keuangan": the
// letters are prefixes of at least two of the full name's words, in order,
// ending with its last word.
bool is_acronym_of(std::string_view token, std::string_view full) {
    const std::string acr = acronym_letters(token);
    const std::vector<std::string> words = acronym_source_words(full);
    if (words.size() < 2 || acr.size() < 2 || acr.size() > 2 * words.size() + 6) return false;
    return acronym_matches(acr, words, 0, 0, 0);
}

// How many of the full name's first words an acronym of it skips
// ("Kementerian" of PUPR; "Eksekutif" of "Eksekutif Institute for
// Essential Services Reform", IESR): the fewest, 0 when it spells from the
// first word (is_acronym_of() being true).
std::size_t leading_words_skipped(std::string_view token, std::string_view full) {
    const std::string acr = acronym_letters(token);
    const std::vector<std::string> words = acronym_source_words(full);
    for (std::size_t first = 0; first < words.size(); ++first)
        for (std::size_t len = 1;
             len <= words[first].size() && len <= acr.size() && words[first][len - 1] == acr[len - 1]; ++len)
            if (acronym_matches(acr, words, len, first + 1, 1)) return first;
    return 0;
}

// Whether two names share a word of four letters or more (case aside): a
// wording of a body, not a person or a flight the text names before the
// body's acronym ("Johnny G Plate (NasDem)").
bool shares_a_word(std::string_view a, std::string_view b) {
    const std::vector<std::string> words = acronym_source_words(b);
    for (const std::string& w : acronym_source_words(a))
        if (w.size() >= 4 && std::find(words.begin(), words.end(), w) != words.end()) return true;
    return false;
}

// A listed company's stock code after its name: "PT Aneka Tambang Tbk
// (ANTM)", "PT Gudang Garam Tbk. (GGRM)" (the Indonesia Stock Exchange's
// codes are four capitals; "Tbk" marks a listed company).
bool is_stock_code_of(std::string_view token, std::string_view company) {
    if (token.size() != 4 || !is_all_capitals(token)) return false;
    const std::vector<std::string> words = acronym_source_words(company);
    return words.size() >= 2 && (words.back() == "tbk" || words.back() == "tbk.");
}

// Words a body's name goes on for after the tagger cut it at a join
// (harmonize_text()), up to the acronym in brackets.
constexpr std::size_t kMaxNameRest = 6;

// The body the gazetteer lists an acronym for ("Kemenkumham" ->
// "Kementerian Hukum dan Hak Asasi Manusia") when that body's name starts
// with `head` and then `join` ("Kementerian Hukum", "dan"); else nullptr.
const std::string* listed_body_continuing(const ner::Gazetteer& gaz, std::string_view acronym, std::string_view head,
                                          std::string_view join) {
    const std::string* body = gaz.canonical(ner::kGazOrg, ner::Gazetteer::phrase_hash(acronym));
    if (body == nullptr) return nullptr;
    const std::string name = ner::to_lower(*body), start = ner::to_lower(ner::normalize_spacing(head));
    if (!name.starts_with(start)) return nullptr;
    const std::string joined = join == "," ? std::string(",") : " " + ner::to_lower(join) + " ";
    const std::string_view after = std::string_view(name).substr(start.size());
    return after.size() > joined.size() && after.starts_with(joined) ? body : nullptr;
}

// The gazetteer's canonical name of a phrase of this type, written with or
// without a comma before its "dan" ("Badan Meteorologi, Klimatologi dan
// Geofisika", listed as "..., Klimatologi, dan Geofisika"); else nullptr.
const std::string* listed_with_or_without_serial_comma(const ner::Gazetteer& gaz, ner::GazType type,
                                                       std::string_view phrase) {
    std::string name = ner::normalize_spacing(phrase);
    if (const std::string* listed = gaz.canonical(type, ner::Gazetteer::phrase_hash(name))) return listed;
    const std::size_t dan = name.rfind(" dan ");
    if (dan == std::string::npos || dan == 0) return nullptr;
    if (name[dan - 1] == ',')
        name.erase(dan - 1, 1);
    else
        name.insert(dan, ",");
    return gaz.canonical(type, ner::Gazetteer::phrase_hash(name));
}

// Words that join the parts of one body's name, where the tagger may stop:
// "Badan Pengelola Keuangan dan Aset Daerah".
bool joins_name_parts(std::string_view w) { return w == "dan" || w == "&" || w == ","; }

// A news site's own name ("KOMPAS.com", "TEMPO.CO", "detikSport") in an
// article is its dateline credit or "kata X kepada Kompas.com": the
// publisher, which the source facet already shows, not something the
// article is about. (extract_tokens() keeps them as organisations, as the
// gold sets tag them.)
bool is_site_credit(const Entity& entity, const std::pair<std::size_t, std::size_t>& range) {
    return range.second - range.first == 1 && is_site_or_byline(entity.text);
}

/// Removes the entities (and their token ranges) for which drop() is true,
/// keeping the order of the rest.
template <class Drop>
void drop_entities_if(std::vector<std::pair<std::size_t, std::size_t>>& ranges, std::vector<Entity>& out, Drop drop) {
    std::size_t kept = 0;
    for (std::size_t i = 0; i < out.size(); ++i) {
        if (drop(out[i], ranges[i])) continue;
        if (kept != i) {
            out[kept] = std::move(out[i]);
            ranges[kept] = ranges[i];
        }
        ++kept;
    }
    out.resize(kept);
    ranges.resize(kept);
}

// A word of lower-case letters ("daftar", "pencarian").
bool is_lower_case_word(std::string_view word) {
    return !word.empty() && std::islower(static_cast<unsigned char>(word[0])) && ner::has_letter(word) &&
           !ner::starts_upper(word);
}

constexpr unsigned kPersonTriggers =
    (1u << ner::kTrigPerTitle) | (1u << ner::kTrigPerRank) | (1u << ner::kTrigPerHonorific);

// Trigger roles of phrases starting with one word (titles, ranks, heads), as
// the tagger's features see them.
const ner::GazAnnotation& annotate_words(const Gazetteer& gaz, const std::string_view* words, std::size_t n) {
    thread_local ner::GazAnnotation a;
    thread_local std::vector<std::uint64_t> hashes;
    hashes.clear();
    for (std::size_t k = 0; k < n; ++k) hashes.push_back(ner::hash_bytes(ner::to_lower(words[k])));
    gaz.annotate(hashes.data(), n, a);
    return a;
}

unsigned trigger_roles(const Gazetteer& gaz, std::string_view word) {
    return annotate_word(gaz, word).trigger_start[0];
}

// Words that give a nickname: "tim berjuluk Maung Bandung", "X, julukan Y".
bool is_nickname_word(std::string_view w) {
    return w == "julukan" || w == "berjuluk" || w == "berjulukan" || w == "dijuluki";
}

// Words for a sports team ("tim", "klub", "skuad", "kesebelasan").
bool is_team_word(std::string_view w) {
    const std::string lower = ner::to_lower(w);
    return lower == "tim" || lower == "klub" || lower == "skuad" || lower == "kesebelasan";
}

// Words before a club's name: its manager and players (lower-cased).
bool is_club_word(std::string_view w) {
    // Not "pelatih", "kapten" or "skuad", which a national team has too,
    // nor "klub" ("klub Inggris", an English club).
    static constexpr std::string_view kWords[] = {"manajer", "bek",       "gelandang", "kiper",
                                                  "striker", "penyerang", "winger"};
    return std::find(std::begin(kWords), std::end(kWords), w) != std::end(kWords);
}

// Words before a place (lower-cased): "di Liverpool", "kota Liverpool".
bool is_place_preposition(std::string_view w) {
    return w == "di" || w == "ke" || w == "dari" || w == "asal" || w == "kota" || w == "negara" || w == "menuju";
}

// A Roman numeral of a ruler's or pope's name ("IX", "XVI").
bool is_roman_numeral(std::string_view word) { return word.find_first_not_of("IVXLCDM") == std::string_view::npos; }

// Words that give a second name for the one before them: "Basuki Tjahaja
// Purnama alias Ahok", "Komisi Pemberantasan Korupsi atau KPK".
bool is_alias_word(std::string_view w) { return w == "alias" || w == "atau"; }

// A sports event or prize ends in one of these words ("Davis Cup", "US
// Open", "Grand Prix", "SEA Games"): the model, which saw few of them, tags
// them as places. In articles they are no place (extract() only: the gold
// sets tag some events as places and stay as they are).
bool ends_with_event_word(std::string_view name) {
    static constexpr std::string_view kWords[] = {"Cup",  "Open",  "Championship", "Championships",
                                                  "Prix", "Games", "Awards",       "Festival"};
    const std::size_t space = name.rfind(' ');
    if (space == std::string_view::npos) return false;
    const std::string_view last = name.substr(space + 1);
    return std::find(std::begin(kWords), std::end(kWords), last) != std::end(kWords);
}

// True if name is the first or last word(s) of a longer person's name
// among entities.
bool is_part_of_person(std::string_view name, const std::vector<Entity>& entities) {
    const std::string n = ner::normalize_spacing(name);
    for (const Entity& e : entities) {
        if (e.type != EntityType::Person || e.text.size() <= n.size() + 1) continue;
        const std::string full = ner::normalize_spacing(e.text);
        if ((full.starts_with(n) && full[n.size()] == ' ') ||
            (full.ends_with(n) && full[full.size() - n.size() - 1] == ' '))
            return true;
    }
    return false;
}

// The organisation that a one-word organisation of the same text names by
// its first word ("Garuda Indonesia" ... "Garuda", "Lion Air" ... "Lion"),
// though the gazetteer lists the word for another body (Partai Garuda): the
// one organisation whose name starts with that word, or the shortest when the
// others extend it ("Lion Air" of "Lion Air Group"); nullptr when there is
// none or two, when that name numbers one of a series ("Timnas U-16"), ("Manchester United" and "Manchester City"), or
// when the rest of that name is a place, unless the gazetteer lists the name and reads the word as another body (not a
// regional branch: "Golkar Jabar").
const Entity* organisation_named_by_first_word(const Gazetteer& gaz, const Entity& word,
                                               const std::vector<Entity>& entities) {
    if (word.type != EntityType::Organization || word.text.find(' ') != std::string::npos) return nullptr;
    const auto starts_with_word = [&](const Entity& e) {
        return e.type == EntityType::Organization && e.text.size() > word.text.size() + 1 &&
               e.text.starts_with(word.text) && e.text[word.text.size()] == ' ';
    };
    const Entity* shortest = nullptr;
    for (const Entity& e : entities)
        if (starts_with_word(e) && (shortest == nullptr || e.text.size() < shortest->text.size())) shortest = &e;
    if (shortest == nullptr) return nullptr;
    const std::vector<std::string_view> words = name_words(shortest->text);
    if (std::any_of(words.begin() + 1, words.end(), EntityNames::is_series_word)) return nullptr;
    for (const Entity& e : entities)
        if (starts_with_word(e) && e.canonical != shortest->canonical && !e.text.starts_with(shortest->text + " "))
            return nullptr;
    // A name and a place: the query's home-place rule joins "Timnas" and
    // "Timnas Indonesia"; here only a listed name whose word the gazetteer
    // lists as a body too ("Garuda Indonesia", "Garuda").
    const std::string rest = ner::normalize_spacing(std::string_view(shortest->text).substr(word.text.size() + 1));
    if (gaz.canonical(ner::kGazLoc, Gazetteer::phrase_hash(rest)) != nullptr &&
        (gaz.canonical(ner::kGazOrg, Gazetteer::phrase_hash(word.text)) == nullptr ||
         gaz.canonical(ner::kGazOrg, Gazetteer::phrase_hash(ner::normalize_spacing(shortest->text))) == nullptr))
        return nullptr;
    return shortest;
}

constexpr unsigned kHeadTriggers = (1u << ner::kTrigOrgHead) | (1u << ner::kTrigLocHead);

// Two names the tagger glued into one span, each of which the gazetteer or
// the text knows in its own right: a place or body, then a person the text
// also names alone ("Makassar Nursari", "Huawei Meng Wanzhou") or a listed
// place of two words or more, or of one the text names alone ("Pyeongtaek
// Korea Selatan"; not "Santiago Bernabeu"). Not a body and a place ("PSM Makassar",
// "Polda Jatim"), a body named after a place ("Manchester United"), nor a
// span the gazetteer lists whole ("Jawa Barat").
void split_glued_names(const EntityExtractor& x, const Gazetteer& gaz, std::string_view text,
                       const std::vector<ner::TokenSpan>& tokens,
                       std::vector<std::pair<std::size_t, std::size_t>>& ranges, std::vector<Entity>& out) {
    const auto words = [&](std::size_t b, std::size_t e) { return tokens_text(text, tokens, b, e); };
    const auto tok_text = [&](std::size_t k) { return token_text(text, tokens, k); };
    // Gazetteer phrase hashes of token ranges of the current span, from its
    // tokens' lower-cased hashes (as Gazetteer::phrase_hash() would give).
    thread_local std::vector<std::uint64_t> lower_hashes;
    thread_local std::string lower;
    std::size_t span_begin = 0;
    const auto range_hash = [&](std::size_t from, std::size_t to) {
        std::uint64_t h = Gazetteer::kPhraseSeed;
        for (std::size_t k = from; k < to; ++k) h = ner::hash_combine(h, lower_hashes[k - span_begin]);
        return h;
    };
    const auto listed = [&](ner::GazType type, std::size_t from, std::size_t to) {
        return gaz.canonical(type, range_hash(from, to)) != nullptr;
    };
    const auto named_alone = [&](EntityType type, std::string_view name, std::size_t except) {
        for (std::size_t j = 0; j < out.size(); ++j)
            if (j != except && out[j].type == type && out[j].text == name) return true;
        return false;
    };
    for (std::size_t i = 0; i < out.size(); ++i) {
        const auto [b, e] = ranges[i];
        if (e - b < 2 || text.substr(out[i].begin, out[i].end - out[i].begin) != words(b, e)) continue;
        span_begin = b;
        lower_hashes.clear();
        for (std::size_t k = b; k < e; ++k) {
            lower.clear();
            ner::append_lower(tok_text(k), lower);
            lower_hashes.push_back(ner::hash_bytes(lower));
        }
        if (listed(ner::kGazPer, b, e) || listed(ner::kGazOrg, b, e) || listed(ner::kGazLoc, b, e) ||
            listed(ner::kGazLocWeak, b, e))
            continue;
        for (std::size_t k = e - 1; k > b; --k) {
            const std::string_view head = words(b, k), rest = words(k, e);
            // Before a person's name, the head must be named alone: a listed
            // place may be a first name ("Douglas Costa").
            const bool by_list = out[i].type != EntityType::Person;
            const bool head_place =
                (by_list && listed(ner::kGazLoc, b, k)) || named_alone(EntityType::Location, head, i);
            const bool head_body = !head_place && ((by_list && listed(ner::kGazOrg, b, k)) ||
                                                   named_alone(EntityType::Organization, head, i));
            // A body named after a place is one name ("Manchester United"),
            // and so is a place or body named with a generic head ("Balai
            // Kota DKI Jakarta"); a facility's head before a one-word city
            // too ("Istana Kepresidenan Jakarta").
            if ((!head_place && !head_body) || (head_place && out[i].type == EntityType::Organization) ||
                (trigger_roles(gaz, tok_text(k - 1)) & kHeadTriggers) != 0)
                continue;
            EntityType rest_type;
            // A place named after a person ("RSPAD Gatot Subroto"): only
            // after a listed place ("Makassar Nursari").
            if (named_alone(EntityType::Person, rest, i) &&
                (out[i].type != EntityType::Location || listed(ner::kGazLoc, b, k)))
                rest_type = EntityType::Person;
            else if (head_place && listed(ner::kGazLoc, k, e) &&
                     (e - k >= 2 || (named_alone(EntityType::Location, rest, i) &&
                                     (trigger_roles(gaz, tok_text(b)) & kHeadTriggers) == 0)))
                rest_type = EntityType::Location;
            else
                continue;
            Entity second{rest_type, std::string(rest), x.canonical_name(rest_type, rest), tokens[k].begin, out[i].end};
            Entity& first = out[i];
            first.type = head_place ? EntityType::Location : EntityType::Organization;
            first.text = std::string(head);
            first.end = tokens[k - 1].end;
            first.canonical = x.canonical_name(first.type, first.text);
            ranges[i].second = k;
            out.insert(out.begin() + static_cast<std::ptrdiff_t>(i) + 1, std::move(second));
            ranges.insert(ranges.begin() + static_cast<std::ptrdiff_t>(i) + 1, {k, e});
            ++i;
            break;
        }
    }
}

// A minister's title is the ministry's abbreviation without its "Ke":
// Kemenpar -> Menpar, Kementan -> Mentan, Kemlu -> Menlu, Kemenko Polhukam
// -> Menko Polhukam (the curated institution list gives each ministry's
// abbreviation). Its length in words at the start of words[0, n), 0 if none.
std::size_t minister_title_length(const Gazetteer& gaz, const std::string_view* words, std::size_t n) {
    if (words[0].size() < 5 || (words[0][0] != 'M' && words[0][0] != 'm')) return 0;
    const std::string first = ner::to_lower(words[0]);
    if (!first.starts_with("men")) return 0;
    for (std::size_t len = std::min<std::size_t>(n, 2); len >= 1; --len)
        for (std::string_view head : {"kemen", "kem"}) {
            std::uint64_t h =
                ner::hash_combine(Gazetteer::kPhraseSeed, ner::hash_bytes(std::string(head) + first.substr(3)));
            for (std::size_t k = 1; k < len; ++k) h = ner::hash_combine(h, ner::hash_bytes(ner::to_lower(words[k])));
            if (const std::string* body = gaz.canonical(ner::kGazOrg, h);
                body != nullptr && body->starts_with("Kementerian "))
                return len;
        }
    return 0;
}

// Two names, not two spellings of one ("Nahrawi", "Nahrowi", "Nahrawi-"):
// their first three letters differ.
bool different_names(std::string_view a, std::string_view b) {
    return ner::to_lower(a.substr(0, 3)) != ner::to_lower(b.substr(0, 3));
}

// Length in words of the longest trigger phrase of `role` that an annotated
// span of n words starts with, leaving at least one word after it (0: none).
std::size_t leading_trigger_length(const ner::GazAnnotation& a, std::size_t n, ner::TriggerRole role) {
    const unsigned bit = 1u << role;
    if (!(a.trigger_start[0] & bit)) return 0;
    for (std::size_t len = n - 1; len >= 1; --len)
        if (a.trigger_end[len - 1] & bit) return len;
    return 0;
}

// 1 when span_words[at] is a corps after a rank ("Letkol Sus", "Kolonel
// Inf", "Brigjen Pol"), else 0: a capitalized word of two or three letters
// that is no word of listed people's names, before two words at least (the
// name; "Heri", "Jery" are first names).
std::size_t corps_after_rank(const Gazetteer& gaz, const std::vector<std::string_view>& span_words, std::size_t at) {
    if (at + 2 >= span_words.size()) return 0;
    const std::string_view word = span_words[at];
    if (word.size() < 2 || word.size() > 3 || !ner::starts_upper(word) ||
        !std::all_of(word.begin(), word.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)); }))
        return 0;
    return (annotate_word(gaz, word).word_types[0] & (1u << ner::kGazPer)) ? 0 : 1;
}

// Moves span i's start cuts[i] tokens on (where cuts[i] > 0), the rest
// taking type `type` when one is given, and names it anew: the cuts of
// cut_titles_off_names() and cut_job_titles_off_bodies().
void cut_span_starts(const EntityExtractor& x, std::string_view text, const std::vector<ner::TokenSpan>& tokens,
                     const std::vector<std::size_t>& cuts, std::vector<std::pair<std::size_t, std::size_t>>& ranges,
                     std::vector<Entity>& out, std::optional<EntityType> type = std::nullopt) {
    for (std::size_t i = 0; i < out.size(); ++i) {
        if (cuts[i] == 0) continue;
        const std::size_t b = ranges[i].first + cuts[i];
        ranges[i].first = b;
        out[i].begin = tokens[b].begin;
        out[i].text = std::string(text.substr(out[i].begin, out[i].end - out[i].begin));
        if (type) out[i].type = *type;
        out[i].canonical = x.canonical_name(out[i].type, out[i].text);
    }
}

// Words before a name that are no part of it, which the tagger glued to it
// in real news (extract() only: the gold sets keep some titles inside names,
// "Pangeran Diponegoro" in nergrit):
// - a minister's title, before any name ("Menpar Arief Yahya", "Mentan
//   Amran"; a place or body span that starts with one is the person:
//   "Mentan Amran Sulaiman" tagged as a place);
// - a rank ("Marsekal Hadi Tjahjanto", "Kompol Sugiyanto");
// - a title that also is a first name ("Pangeran", "Imam", "Putri",
//   "Ratu") only where the text uses it as a title: before two people's
//   names ("Pangeran Harry", "Pangeran Charles"), or before a name the
//   text also writes alone while it never writes the title alone as a
//   person ("Presiden Joko Widodo" ... "Joko Widodo"; not "Imam Nahrawi" ...
//   "Imam").
// Never in a person the gazetteer lists whole.
void cut_titles_off_names(const EntityExtractor& x, const Gazetteer& gaz, std::string_view text,
                          const std::vector<ner::TokenSpan>& tokens, const std::vector<std::uint8_t>& trigger_starts,
                          std::vector<std::pair<std::size_t, std::size_t>>& ranges, std::vector<Entity>& out) {
    const auto tok = [&](std::size_t k) { return token_text(text, tokens, k); };
    const auto words = [&](std::size_t b, std::size_t e) { return tokens_text(text, tokens, b, e); };
    const auto named_as_person = [&](std::string_view name) {
        return std::any_of(out.begin(), out.end(),
                           [&](const Entity& ent) { return ent.type == EntityType::Person && ent.text == name; });
    };
    thread_local std::vector<std::string_view> span_words;
    std::vector<std::size_t> cuts(out.size(), 0);
    for (std::size_t i = 0; i < out.size(); ++i) {
        const std::size_t b = ranges[i].first, e = ranges[i].second;
        if (e - b < 2 || out[i].begin != tokens[b].begin || out[i].end != tokens[e - 1].end) continue;
        span_words.clear();
        for (std::size_t k = b; k < e; ++k) span_words.push_back(tok(k));
        if (const std::size_t minister = minister_title_length(gaz, span_words.data(), e - b);
            minister > 0 && minister < e - b) {
            // A place or body after the title is the minister's country or
            // ministry ("Menlu AS"), not a person.
            const ner::GazAnnotation& after = annotate_words(gaz, span_words.data() + minister, 1);
            if (out[i].type == EntityType::Person ||
                (!after.match_len[ner::kGazOrg] && !after.match_len[ner::kGazLoc])) {
                cuts[i] = minister;
                continue;
            }
        }
        if (gaz.canonical(gaz_type(out[i].type), Gazetteer::phrase_hash(ner::normalize_spacing(out[i].text))) !=
            nullptr)
            continue;
        // A kinship word glued before a name ("Istri Habibie", "Sulung Shah
        // Rukh Khan", "Mendiang Habibie"): the words name a relation of the
        // person after it, whom the text names anyway; no one's name.
        if (out[i].type == EntityType::Person && ner::is_kinship_word(ner::to_lower(span_words[0]))) {
            cuts[i] = 1;
            continue;
        }
        // A rank inside a person's name, after the title and unit the tagger
        // glued before it ("Kapendam XVII/Cenderawasih Letkol Eko Daryanto",
        // "Kasubdit Letkol Sus Beben Nurpadilah"): the name starts after the
        // rank and its corps.
        if (out[i].type == EntityType::Person) {
            // The corps alone, after a rank the tagger left out ("Letkol |Sus
            // Beben Nurpadilah|").
            if (b > 0 && (trigger_starts[b - 1] & (1u << ner::kTrigPerRank)) &&
                corps_after_rank(gaz, span_words, 0) != 0) {
                cuts[i] = 1;
                continue;
            }
            std::size_t k = b + 1;
            while (k + 1 < e && !(trigger_starts[k] & (1u << ner::kTrigPerRank))) ++k;
            if (k + 1 < e) {
                // Not a rank that is a word of listed people's names
                // ("Gandjar Laksamana Bonaprapta", "Kapten"), nor where no
                // name is left ("Kapendam XVII/Cenderawasih Letkol Cpl").
                const ner::GazAnnotation& r = annotate_words(gaz, span_words.data() + (k - b), e - k);
                const std::size_t rank = leading_trigger_length(r, e - k, ner::kTrigPerRank);
                const std::size_t cut = k - b + rank + corps_after_rank(gaz, span_words, k - b + rank);
                if (rank > 0 && !(r.word_types[0] & (1u << ner::kGazPer)) && cut < e - b &&
                    !(cut + 1 == e - b && span_words[cut].size() <= 3)) {
                    cuts[i] = cut;
                    continue;
                }
            }
        }
        // A rank starts a person's name, also where the tagger took the
        // span for a place or body ("Aiptu Pariadi"); not "Jenderal" there,
        // which starts bodies ("Direktorat Jenderal Perhubungan Laut" cut
        // as "Jenderal Perhubungan Laut").
        if (!trigger_starts[b]) continue;  // most spans start with no trigger
        const ner::GazAnnotation& a = annotate_words(gaz, span_words.data(), e - b);
        if (const std::size_t rank = leading_trigger_length(a, e - b, ner::kTrigPerRank);
            rank > 0 && (out[i].type == EntityType::Person || ner::to_lower(span_words[0]) != "jenderal")) {
            cuts[i] = rank + corps_after_rank(gaz, span_words, rank);
            continue;
        }
        if (out[i].type != EntityType::Person) continue;
        const std::size_t title = leading_trigger_length(a, e - b, ner::kTrigPerTitle);
        if (title == 0) continue;  // words(b, b) would read the token before b
        const std::string_view title_words = words(b, b + title), rest = words(b + title, e);
        // A first name where the text writes it alone ("Imam Nahrawi" ... "Imam").
        if (named_as_person(title_words)) continue;
        // A title that starts listed people's names ("Pangeran Diponegoro",
        // "Imam Bonjol", "Gus Dur") is also a name: cut only a title the news
        // also writes in lower case (not "Gus", "Sultan": part of the name),
        // before a name (not "Pangeran Mahkota", the crown prince), and
        // before two people's names in the text.
        const bool name_like = (a.word_types[0] & (1u << ner::kGazPer)) != 0;
        if (name_like && (a.cap_class[0] >= kCapAlways || (a.cap_class[title] > 1 && a.cap_class[title] < 6))) continue;
        const bool before_two_names = std::any_of(out.begin(), out.end(), [&](const Entity& ent) {
            return ent.type == EntityType::Person && ent.text.size() > title_words.size() + 1 &&
                   ent.text.starts_with(title_words) && ent.text[title_words.size()] == ' ' &&
                   different_names(std::string_view(ent.text).substr(title_words.size() + 1), rest);
        });
        if (before_two_names || (!name_like && named_as_person(rest))) cuts[i] = title;
    }
    cut_span_starts(x, text, tokens, cuts, ranges, out, EntityType::Person);
}

// An English job title or function, or "Humas" (public relations), that
// the tagger glues before the body it works for ("Corporate Communination
// Strategic Lion Air Group", "EVP Finance PT Garuda Indonesia", "CSR
// Citilink Indonesia", "Director Angkasa Pura II"): words no body's name
// starts with in Indonesian news.
bool is_job_title_word(std::string_view w) {
    static constexpr std::string_view kJobWords[] = {
        "CSR",       "HCM",     "HRD",       "EVP",           "SVP",
        "VP",        "GM",      "CEO",       "CFO",           "COO",
        "CTO",       "CMO",     "Corporate", "Head",          "Manager",
        "Director",  "Chief",   "Executive", "Senior",        "Vice",
        "President", "Officer", "Secretary", "Communication", "Communications",
        "Marketing", "Finance", "Strategic", "Humas"};
    return std::find(std::begin(kJobWords), std::end(kJobWords), w) != std::end(kJobWords);
}

// A body's name the words after a job title give, by the article's or the
// gazetteer's word: one word the article names alone as a body and no
// place (not "GM Indonesia", General Motors' branch; "Finance Asia", a
// magazine: a company's country after its name); two words or more the
// article names alone as anything but a person ("Pengadilan Negeri Jakarta
// Pusat", which the tagger takes for a place), also without a leading "PT"
// ("PT Garuda Indonesia" ... "Garuda Indonesia"), or the gazetteer lists,
// or whose first word, no head ("PT", "Kantor"), starts another of the
// article's bodies ("Lion Group" ... "Lion Air Group").
bool names_a_body_alone(const Gazetteer& gaz, const std::vector<Entity>& out, std::size_t self, std::string_view rest) {
    const auto listed_as = [&](ner::GazType type, std::string_view name) {
        return gaz.canonical(type, Gazetteer::phrase_hash(ner::normalize_spacing(name))) != nullptr;
    };
    const auto named_alone = [&](std::string_view name, bool body_only) {
        for (std::size_t i = 0; i < out.size(); ++i)
            if (i != self && out[i].text == name && out[i].type != EntityType::Person &&
                (!body_only || out[i].type == EntityType::Organization))
                return true;
        return false;
    };
    if (rest.find(' ') == std::string_view::npos) return named_alone(rest, true) && !listed_as(ner::kGazLoc, rest);
    const std::string_view bare = rest.starts_with("PT ") ? rest.substr(3) : rest;
    for (const std::string_view name : {rest, bare})
        if (named_alone(name, false) || listed_as(ner::kGazOrg, name) || listed_as(ner::kGazLoc, name)) return true;
    const std::string_view first = rest.substr(0, rest.find(' '));
    if (trigger_roles(gaz, first) & kHeadTriggers) return false;
    return std::any_of(out.begin(), out.end(), [&](const Entity& ent) {
        return &ent != &out[self] && ent.type == EntityType::Organization && ent.text.size() > first.size() &&
               ent.text.starts_with(first) && ent.text[first.size()] == ' ';
    });
}

// A job title glued before a body's name (is_job_title_word()) is cut off
// where the rest names a body (names_a_body_alone()): the title starts with
// a job word and holds only capitalized words and "of", "&", "and" ("HCM &
// System Development PT Waskita Karya (Persero) Tbk", "Head of Medical Kalbe
// Nutritional"). The longest such rest is kept.
void cut_job_titles_off_bodies(const EntityExtractor& x, const Gazetteer& gaz, std::string_view text,
                               const std::vector<ner::TokenSpan>& tokens,
                               std::vector<std::pair<std::size_t, std::size_t>>& ranges, std::vector<Entity>& out) {
    const auto tok = [&](std::size_t k) { return token_text(text, tokens, k); };
    std::vector<std::size_t> cuts(out.size(), 0);
    for (std::size_t i = 0; i < out.size(); ++i) {
        const std::size_t b = ranges[i].first, e = ranges[i].second;
        if (out[i].type != EntityType::Organization || e - b < 2 || out[i].begin != tokens[b].begin ||
            !is_job_title_word(tok(b)))
            continue;
        for (std::size_t k = b + 1; k < e; ++k) {
            const std::string_view w = tok(k);
            if (ner::starts_upper(w) && !is_job_title_word(w) &&
                names_a_body_alone(gaz, out, i, tokens_text(text, tokens, k, e))) {
                cuts[i] = k - b;
                break;
            }
            if (!ner::starts_upper(w) && w != "of" && w != "&" && w != "and") break;
        }
    }
    cut_span_starts(x, text, tokens, cuts, ranges, out);
}

// A company's legal form written after its name ("PT Bank Central Asia Tbk",
// "PT KAI Persero", "PT Jasa Marga (Persero) Tbk"): it ends the name, so a
// name after it is another ("... Tbk Jahja Setiaatmadja").
bool is_company_legal_form_after(std::string_view w) {
    return w == "Tbk" || w == "Tbk." || w == "Persero" || w == "(Persero)" || w == "Persero)";
}

// Titles of office the gazetteer's trigger list lacks, written before the
// body or place of the office and a name (split_titled_person(): "Sekda
// Kabupaten Bogor Burhanudin", "Asisten Administrasi Umum Pemkot Semarang
// Masdiana Safitri").
bool is_title_missing_as_trigger(std::string_view w) {
    return w == "Perwakilan" || w == "Sekda" || w == "Asisten" || w == "Konjen" || w == "Dubes";
}

// A verb at the end of a body's or person's name, in a headline the text
// quotes ("KPAI dan PB Djarum Berdamai"), where the text also names the
// body or person without it: the verb is cut off. Also ber- verbs, which
// the sentence-level rule leaves (they make adjectives inside names:
// "Indonesia Bersatu", which the text then never writes without it).
void cut_verbs_off_names(const EntityExtractor& x, const Gazetteer& gaz, std::string_view text,
                         const std::vector<ner::TokenSpan>& tokens,
                         std::vector<std::pair<std::size_t, std::size_t>>& ranges, std::vector<Entity>& out) {
    for (std::size_t i = 0; i < out.size(); ++i) {
        const std::size_t b = ranges[i].first, e = ranges[i].second;
        if (out[i].type == EntityType::Location || e - b < 2 || out[i].end != tokens[e - 1].end) continue;
        const std::string_view rest = text.substr(out[i].begin, tokens[e - 2].end - out[i].begin);
        const bool named_without_it = std::any_of(
            out.begin(), out.end(), [&](const Entity& ent) { return ent.type == out[i].type && ent.text == rest; });
        if (!named_without_it) continue;
        const std::string_view last = token_text(text, tokens, e - 1);
        if (!ner::starts_upper(last) || annotate_word(gaz, last).cap_class[0] > kCapUncommon ||
            !is_affixed_verb(ner::to_lower(last)))
            continue;
        const std::uint64_t whole = Gazetteer::phrase_hash(ner::normalize_spacing(out[i].text));
        if (gaz.canonical(ner::kGazPer, whole) != nullptr || gaz.canonical(ner::kGazOrg, whole) != nullptr) continue;
        ranges[i].second = e - 1;
        out[i].end = tokens[e - 2].end;
        out[i].text = std::string(rest);
        out[i].canonical = x.canonical_name(out[i].type, out[i].text);
    }
}

// A person named by one initial ("T.", a name cut from its surname, or a
// suspect the news names so) or by a rank alone ("Marsekal", left after
// the rank was cut off the name): no name.
bool is_no_name(const Entity& ent, std::size_t words, unsigned trigger_roles) {
    const std::string_view t = ent.text;
    if (ent.type != EntityType::Person || words != 1 || t.empty()) return false;
    return (std::isupper(static_cast<unsigned char>(t[0])) && (t.size() == 1 || (t.size() == 2 && t[1] == '.'))) ||
           (trigger_roles & (1u << ner::kTrigPerRank)) != 0;
}

// Whether the gazetteer lists a football club named after this place
// ("Liverpool F.C.", "Everton FC"); not after an Indonesian district (also
// a kecamatan name: "Bandung FC"), which datelines name ("TEMPO.CO, Bandung
// -") in the same texts as its club.
bool names_a_listed_club(const Gazetteer& gaz, std::string_view place) {
    const std::uint64_t h = ner::hash_combine(Gazetteer::kPhraseSeed, ner::hash_bytes(ner::to_lower(place)));
    if (gaz.canonical(ner::kGazLocWeak, h) != nullptr) return false;
    static const std::uint64_t kFc[] = {ner::hash_bytes("f.c."), ner::hash_bytes("fc")};
    return std::any_of(std::begin(kFc), std::end(kFc), [&](std::uint64_t fc) {
        return gaz.canonical(ner::kGazOrg, ner::hash_combine(h, fc)) != nullptr;
    });
}

// A place's name used for its team ("Manajer Liverpool", "bek Liverpool"):
// wherever one mention of the text follows a word for a club's manager or
// players, and none follows a place preposition ("di Liverpool"), the
// string names the team in the whole text; so does the name of a listed
// club's city in a text that has such a word anywhere ("Liverpool menjamu
// Newcastle ... gelandang Jordan Henderson"). Not where national teams play.
void name_teams_by_their_context(const EntityExtractor& x, const Gazetteer& gaz,
                                 const std::vector<ner::TokenSpan>& tokens, std::string_view text,
                                 const std::vector<std::pair<std::size_t, std::size_t>>& ranges,
                                 std::vector<Entity>& out) {
    const auto lower_tok = [&](std::size_t k) { return ner::to_lower(token_text(text, tokens, k)); };
    std::vector<std::string_view> teams, places, club_cities;
    for (std::size_t i = 0; i < out.size(); ++i) {
        const std::size_t b = ranges[i].first;
        if (out[i].type != EntityType::Location) continue;
        const std::string before = b == 0 ? std::string() : lower_tok(b - 1);
        if (is_place_preposition(before))
            places.push_back(out[i].text);
        else if (is_club_word(before))
            teams.push_back(out[i].text);
        else if (out[i].text.find(' ') == std::string::npos && !is_all_capitals(out[i].text) &&  // a dateline
                 names_a_listed_club(gaz, out[i].text))
            club_cities.push_back(out[i].text);
    }
    if (teams.empty() && club_cities.empty()) return;
    bool club_words = !teams.empty();
    for (std::size_t k = 0; k < tokens.size(); ++k) {
        const std::string w = lower_tok(k);
        // Where national teams play, the players are a country's.
        if (w == "timnas" || (w == "nasional" && k > 0 && lower_tok(k - 1) == "tim")) return;
        club_words = club_words || is_club_word(w);
    }
    if (club_words) teams.insert(teams.end(), club_cities.begin(), club_cities.end());
    for (Entity& ent : out)
        if (ent.type == EntityType::Location && std::find(teams.begin(), teams.end(), ent.text) != teams.end() &&
            std::find(places.begin(), places.end(), ent.text) == places.end()) {
            ent.type = EntityType::Organization;
            ent.canonical = x.canonical_name(EntityType::Organization, ent.text);
        }
}

// A word that reads as a name: capitalized, and the news corpus capitalizes
// it in 80 % of its uses inside sentences or is too rare to say, and no
// dictionary affix makes it a verb.
bool reads_as_a_name(const Gazetteer& gaz, std::string_view word) {
    const std::uint8_t cap = annotate_word(gaz, word).cap_class[0];
    return ner::starts_upper(word) && (cap < kCapRare || cap > kCapHalf) && !is_affixed_verb(ner::to_lower(word));
}

// A quote mark around a nickname: straight, curly or a backtick.
bool is_quote_mark(std::string_view tok) {
    return tok == "\"" || tok == "'" || tok == "`" || tok == "\xE2\x80\x9C" || tok == "\xE2\x80\x9D" ||
           tok == "\xE2\x80\x98" || tok == "\xE2\x80\x99";
}

// A person's nickname in quotes inside the name, as sports and esports news
// write players ("Saul 'Canelo' Alvarez", "Alberto 'Beto' Goncalves",
// "Henri \"Carraway\" Teja"): one person, whose key is the name without
// the nickname, and the nickname's other tagged mentions in the text, alone
// or before the surname ("Beto", "Beto Goncalves"), are that person. The
// tagger splits such a name at the quotes into two or three spans, leaves a
// side untagged, or keeps the quotes inside one span. Needed: a quoted word
// or two starting upper case, a person's span on at least one side, and on
// the other side a person's span or one or two untagged capitalized words
// that read as names; the nickname's words too; not two names of two words
// or more each. A word reads as a name where the news corpus capitalizes it
// in 80 % of its uses inside sentences or is too rare to say, and no
// dictionary affix makes it a verb: a Title Case headline's quoted word
// between names ("Syahrini 'Sindir' Luna Maya") or before a verb ("Sandra
// Dewi 'Pamer' Anting Milik") stays apart.
void join_names_around_quoted_nicknames(const EntityExtractor& x, const Gazetteer& gaz, std::string_view text,
                                        const std::vector<ner::TokenSpan>& tokens,
                                        std::vector<std::pair<std::size_t, std::size_t>>& ranges,
                                        std::vector<Entity>& out) {
    const auto tok = [&](std::size_t k) { return token_text(text, tokens, k); };
    const auto reads_as_name = [&](std::string_view word) { return reads_as_a_name(gaz, word); };
    // The closing quote's token when a quoted word or two reading as names
    // begins at `open`, else 0.
    const auto quoted_nickname = [&](std::size_t open) -> std::size_t {
        if (!is_quote_mark(tok(open))) return 0;
        for (std::size_t close = open + 1; close <= open + 3; ++close) {
            if (close > open + 1 && is_quote_mark(tok(close))) return close;
            if (!reads_as_name(tok(close))) return 0;
        }
        return 0;
    };
    // The closing parenthesis's token when the initials of the words before
    // `open` are in parentheses at `open` ("Bacharuddin Jusuf (BJ)"), else 0.
    const auto parenthesized_initials = [&](std::size_t open) -> std::size_t {
        if (tok(open) != "(" || open + 2 >= tokens.size() || tok(open + 2) != ")") return 0;
        const std::string_view initials = tok(open + 1);
        if (initials.size() < 2 || initials.size() > 4 || open < initials.size() || !is_all_capitals(initials))
            return 0;
        for (std::size_t i = 0; i < initials.size(); ++i)
            if (tok(open - initials.size() + i).front() != initials[i]) return 0;
        return open + 2;
    };
    const auto words_of = [&](std::size_t b, std::size_t e) {
        std::string words;
        for (std::size_t k = b; k < e; ++k) {
            if (!words.empty()) words += ' ';
            words += tok(k);
        }
        return words;
    };
    std::vector<std::size_t> entity_at(tokens.size(), out.size());  // the entity covering each token
    for (std::size_t i = 0; i < out.size(); ++i)
        for (std::size_t k = ranges[i].first; k < ranges[i].second; ++k) entity_at[k] = i;
    const auto person_at = [&](std::size_t k) {
        return k < tokens.size() && entity_at[k] < out.size() && out[entity_at[k]].type == EntityType::Person;
    };
    const auto untagged_name_word = [&](std::size_t k) {
        return k < tokens.size() && entity_at[k] == out.size() && ner::has_lower_letter(tok(k)) &&
               reads_as_name(tok(k));
    };
    struct Nickname {
        std::string name, surname, canonical;
    };
    std::vector<Nickname> nicknames;
    std::vector<std::uint8_t> drop(out.size(), 0);
    for (std::size_t open = 1; open + 3 < tokens.size(); ++open) {
        std::size_t close = quoted_nickname(open);
        // Initials in parentheses inside a person's name, as the news writes
        // BJ Habibie's: "Bacharuddin Jusuf (BJ) Habibie", a person's span on
        // both sides; the name starts at the initials' first word.
        const std::size_t initials = close == 0 ? parenthesized_initials(open) : 0;
        if (initials != 0) {
            // Not before the initials again ("Jusuf Kalla (JK) JK menilai").
            if (!person_at(open - 1) || !person_at(initials + 1) || entity_at[open - 1] == entity_at[initials + 1] ||
                !ner::has_lower_letter(tok(initials + 1)))
                continue;
            close = initials;
        }
        if (close == 0) continue;
        // The name's first words [b, open) and its last ones [close + 1, e).
        std::size_t b = open, e = close + 1;
        const bool person_before = person_at(open - 1), person_after = person_at(close + 1);
        if (person_before && person_at(open) && entity_at[open] == entity_at[open - 1]) {
            // The quotes inside one span.
            if (entity_at[close + 1] != entity_at[open]) continue;
            b = ranges[entity_at[open]].first;
            e = ranges[entity_at[open]].second;
        } else {
            if (!person_before && !person_after) continue;
            if (person_before)
                b = initials != 0 ? open - tok(open + 1).size() : ranges[entity_at[open - 1]].first;
            else
                while (b > 0 && open - b < 2 && untagged_name_word(b - 1)) --b;
            if (person_after)
                e = ranges[entity_at[close + 1]].second;
            else
                while (e < tokens.size() && e - close - 1 < 2 && untagged_name_word(e)) ++e;
            if (b == open || e == close + 1 || (person_before && ranges[entity_at[open - 1]].second != open) ||
                (person_after && ranges[entity_at[close + 1]].first != close + 1))
                continue;
            // Two full names around a quoted phrase are two people
            // ("Hotman Paris 'Skak Mat' Bebby Fey").
            if (open - b >= 2 && e - close - 1 >= 2) continue;
        }
        // The span that stays: the first one of the name's; the others go.
        std::size_t keep = out.size();
        for (std::size_t k = b; k < e; ++k)
            if (const std::size_t i = entity_at[k]; i < out.size() && !drop[i]) {
                if (keep == out.size() && out[i].type == EntityType::Person)
                    keep = i;
                else if (i != keep)
                    drop[i] = 1;
            }
        if (keep == out.size()) continue;
        const std::string surname = words_of(close + 1, e);
        const std::string canonical = x.canonical_name(EntityType::Person, words_of(b, open) + ' ' + surname);
        nicknames.push_back({words_of(open + 1, close), surname, canonical});
        Entity& name = out[keep];
        name.text = std::string(tokens_text(text, tokens, b, e));
        name.canonical = canonical;
        name.begin = tokens[b].begin;
        name.end = tokens[e - 1].end;
        ranges[keep] = {b, e};
        for (std::size_t k = b; k < e; ++k) entity_at[k] = keep;
        open = close;
    }
    {
        std::size_t at = 0;
        drop_entities_if(ranges, out, [&](const Entity&, const auto&) { return drop[at++] != 0; });
    }
    for (const Nickname& n : nicknames)
        for (Entity& mention : out)
            if (mention.type == EntityType::Person &&
                (mention.text == n.name || mention.text == n.name + ' ' + n.surname))
                mention.canonical = n.canonical;
}

// A nickname the text defines for a tagged name, in so many words: "Maung
// Bandung, julukan Persib", "The Gunners (julukan Arsenal)", "Emil, sapaan
// akrab Ridwan Kamil" (the nickname before the phrase), "PSS Sleman yang
// juga berjuluk Super Elang Jawa", "Seto Mulyadi atau yang akrab disapa Kak
// Seto" (after it). `full` is the entity the nickname names.
struct NicknameDefinition {
    std::string nickname;  ///< as written
    std::size_t full;      ///< index in out
    std::string series;    ///< an age group after the name the tagger cut off ("U-16"), or ""
};

// Longest nickname taken: "Tim Super Elang Jawa", "Laskar Joko Tingkir".
constexpr std::size_t kMaxNicknameWords = 4;

// One-word names that only say what kind of thing the nickname's owner is
// ("tim berjuluk ...", "pria yang akrab disapa ..."): no one in particular.
bool is_generic_head(const Gazetteer& gaz, std::string_view word) {
    static constexpr std::string_view kWords[] = {"pria",   "wanita", "perempuan", "pemain", "pembalap", "pelatih",
                                                  "sosok",  "gadis",  "bocah",     "pemuda", "pebulu",   "petenis",
                                                  "aktris", "aktor",  "penyanyi",  "artis",  "putra",    "putri"};
    const std::string lower = ner::to_lower(word);
    return is_team_word(lower) || std::find(std::begin(kWords), std::end(kWords), lower) != std::end(kWords) ||
           (trigger_roles(gaz, word) & kPersonTriggers) != 0;
}

std::vector<NicknameDefinition> nicknames_defined(const Gazetteer& gaz, std::string_view text,
                                                  const std::vector<ner::TokenSpan>& tokens,
                                                  const std::vector<std::pair<std::size_t, std::size_t>>& ranges,
                                                  const std::vector<Entity>& out) {
    const auto tok = [&](std::size_t k) {
        return k < tokens.size() ? token_text(text, tokens, k) : std::string_view();
    };
    const auto lower = [&](std::size_t k) { return ner::to_lower(tok(k)); };
    std::vector<std::size_t> starting(tokens.size() + 1, out.size()), ending(tokens.size() + 1, out.size());
    for (std::size_t i = 0; i < out.size(); ++i) {
        starting[ranges[i].first] = i;
        ending[ranges[i].second] = i;
    }
    // A title or a speech verb before a nickname is none of it ("Menurut
    // Emil, sapaan ...", "Gubernur Emil").
    constexpr unsigned kTitleOrSpeech =
        (1u << ner::kTrigPerTitle) | (1u << ner::kTrigPerRank) | (1u << ner::kTrigPerSpeech);
    const auto name_word = [&](std::size_t k) { return k < tokens.size() && reads_as_a_name(gaz, tok(k)); };
    // The nickname's words: a run of words reading as names, or the tagged
    // span, whichever is longer ("The Gunners": "The" is a common word), of
    // kMaxNicknameWords at most, that ends at `end` (before the phrase) or
    // starts at `begin` (after it, maybe after a quote mark); "" when the run
    // is longer, which leaves no telling where the nickname starts.
    const auto nickname_before = [&](std::size_t end) {
        std::size_t b = end;
        while (b > 0 && end - b <= kMaxNicknameWords && name_word(b - 1)) --b;
        if (ending[end] < out.size()) b = std::min(b, ranges[ending[end]].first);
        if (end - b > kMaxNicknameWords) return std::string();
        while (b < end && (trigger_roles(gaz, tok(b)) & kTitleOrSpeech) != 0) ++b;
        return std::string(tokens_text(text, tokens, b, end));
    };
    const auto nickname_after = [&](std::size_t begin) {
        if (is_quote_mark(tok(begin))) ++begin;
        std::size_t e = begin;
        while (e - begin <= kMaxNicknameWords && name_word(e)) ++e;
        if (starting[begin] < out.size()) e = std::max(e, ranges[starting[begin]].second);
        if (e == begin || e - begin > kMaxNicknameWords || (trigger_roles(gaz, tok(begin)) & kTitleOrSpeech) != 0)
            return std::string();
        return std::string(tokens_text(text, tokens, begin, e));
    };
    // The name a nickname is given for: a person or a body the model tagged
    // (or a place the lists name a club after: "The Reds, julukan
    // Liverpool"), not a generic head, nor a country for its team.
    const auto names_someone = [&](std::size_t i) {
        // Not a span run on past a dash ("Ridwan Kamil—meminta").
        const std::string_view name = i < out.size() ? std::string_view(out[i].text) : std::string_view();
        if (name.empty() || !ner::starts_upper(name) || name.find("—") != std::string_view::npos ||
            name.find("–") != std::string_view::npos || name.find("--") != std::string_view::npos || name.back() == '-')
            return false;
        if (out[i].text.find(' ') == std::string::npos && is_generic_head(gaz, out[i].text)) return false;
        return out[i].type != EntityType::Location || names_a_listed_club(gaz, out[i].text);
    };
    const auto is_delimiter = [](std::string_view t) { return t == "," || t == "-" || t == "(" || t == "–"; };
    std::vector<NicknameDefinition> found;
    for (std::size_t k = 1; k + 1 < tokens.size(); ++k) {
        const std::string word = lower(k);
        std::string nickname;
        std::size_t full = out.size();
        if (word == "julukan" || word == "sapaan") {
            // "X, julukan Y", "X - julukan Y -", "X (julukan Y)", "X, yang
            // merupakan julukan Y"; "X, sapaan akrab Y".
            std::size_t phrase = k;
            if (phrase >= 3 && lower(phrase - 1) == "merupakan" && lower(phrase - 2) == "yang") phrase -= 2;
            if (phrase < 2 || !is_delimiter(tok(phrase - 1))) continue;
            std::size_t m = k + 1;
            for (std::string_view skip : {"akrab", "bagi", "untuk", "dari", "tim", "klub"})
                if (lower(m) == skip) ++m;
            full = starting[m];
            nickname = nickname_before(phrase - 1);
        } else if (word == "berjuluk" || word == "berjulukan" || word == "dijuluki" ||
                   (word == "disapa" &&
                    (lower(k - 1) == "akrab" || lower(k - 1) == "biasa" || lower(k - 1) == "kerap"))) {
            // "Y (yang) (juga) berjuluk X", "Y (, atau) yang akrab disapa X".
            std::size_t j = word == "disapa" ? k - 1 : k;
            for (std::string_view skip : {"juga", "yang", "atau", ","})
                if (j > 0 && lower(j - 1) == skip) --j;
            full = ending[j];
            nickname = nickname_after(lower(k + 1) == "sebagai" ? k + 2 : k + 1);
        } else {
            continue;
        }
        if (nickname.empty() || !names_someone(full) || nickname == out[full].text) continue;
        // A team of an age group the tagger cut short ("Garuda Asia, julukan
        // Timnas Indonesia U-16"): that team, not the senior one.
        std::string series;
        if (EntityNames::is_series_word(ner::to_lower(tok(ranges[full].second))) &&
            ner::has_letter(tok(ranges[full].second)))
            series = tok(ranges[full].second);
        // "sapaan", "disapa": how people are called ("Ani" is no bank's).
        if ((word == "sapaan" || word == "disapa") && out[full].type != EntityType::Person) continue;
        found.push_back({std::move(nickname), full, std::move(series)});
    }
    return found;
}

// An organisation's acronym in brackets after its name that does not spell
// the name: a translated or foreign name's ("Bank Sentral Eropa (ECB)",
// "Federasi Otomotif Internasional (FIA)", "Organisasi Pembebasan Palestina
// (PLO)"): the name is a nickname of the acronym, as nicknames the text
// defines are (nicknames_defined()): at its tagged mentions in this text
// the acronym's, across the database as often as articles say so
// (EntityNames::defined_as()). Refused, as naming something else than the
// tagged name or as read elsewhere:
// - a name of one word, or after a person's title ("Koordinator Masyarakat
//   Anti Korupsi (MAKI)");
// - a name that goes on before the span, a capitalized word the tagger left
//   out ("Sertifikat Bank Indonesia (SBI)", "Kepala Staf Angkatan Darat
//   (KSAD)"), or that the acronym's last letters spell ("Institute for
//   Criminal Justice Reform (ICJR)" tagged from "Criminal");
// - a name with a digit (a flight: "JT 610 (UPG)") or a comma (a word
//   missing from the dump: "PT , Motor Indonesia");
// - a name the gazetteer lists (it knows its own acronym), or an acronym it
//   lists (harmonize_text() reads those: "Badan Kesehatan Dunia (WHO)");
// - an acronym of two letters (too many bodies' and things'), a legal form,
//   a company's name with its legal form (an acronym of its own name or a
//   stock code: "PT Bank Central Asia Tbk (BCA)");
// - an acronym also written just before the name (a column of race results,
//   "NTS RW Racing GP (NTS)": a make).
std::vector<NicknameDefinition> acronyms_of_other_wordings(
    const Gazetteer& gaz, std::string_view text, const std::vector<ner::TokenSpan>& tokens,
    const std::vector<std::pair<std::size_t, std::size_t>>& ranges, const std::vector<Entity>& out) {
    const auto tok = [&](std::size_t k) {
        return k < tokens.size() ? token_text(text, tokens, k) : std::string_view();
    };
    // Capitalized for the sentence, not for a name: after a full stop or
    // the like, or at a line's start.
    const auto starts_sentence = [&](std::size_t k) {
        if (k == 0) return true;
        const std::string_view before = tok(k - 1);
        return before == "." || before == "!" || before == "?" || before == ":" || before == "\"" || before == "“" ||
               text.substr(tokens[k - 1].end, tokens[k].begin - tokens[k - 1].end).find('\n') != std::string_view::npos;
    };
    std::vector<NicknameDefinition> found;
    for (std::size_t i = 0; i < out.size(); ++i) {
        const auto [b, e] = ranges[i];
        if (out[i].type != EntityType::Organization || e - b < 2 || tok(e) != "(" || tok(e + 2) != ")") continue;
        const std::string_view acronym = tok(e + 1);
        if (!is_all_capitals(acronym) || acronym.size() < 3 || acronym.size() > 8 || acronym == "TBK" ||
            is_acronym_of(acronym, out[i].text) || is_stock_code_of(acronym, out[i].text))
            continue;
        // A company's name with its legal form: an acronym of its own name
        // or a stock code ("PT Bank Central Asia Tbk (BCA)"), which other
        // rules read.
        const std::vector<std::string_view> words = name_words(out[i].text);
        if (words.front() == "PT" || words.back() == "Tbk" || words.back() == "Tbk.") continue;
        if (std::any_of(out[i].text.begin(), out[i].text.end(),
                        [](char ch) { return std::isdigit(static_cast<unsigned char>(ch)) != 0 || ch == ','; }))
            continue;
        // A name the tagger cut: the acronym's last letters spell it ("ICJR"
        // of "Criminal Justice Reform").
        bool cut = false;
        for (std::size_t k = 1; k + 2 <= acronym.size() && !cut; ++k)
            cut = is_acronym_of(acronym.substr(k), out[i].text);
        if (cut) continue;
        if ((trigger_roles(gaz, tok(b)) & kPersonTriggers) != 0) continue;
        // Written just before the name too: a column of results, the make
        // after a team ("NTS RW Racing GP (NTS)").
        if (tok(b > 0 ? b - 1 : e) == acronym || tok(b > 1 ? b - 2 : e) == acronym) continue;
        if (b > 0 && (i == 0 || ranges[i - 1].second < b) && ner::starts_upper(tok(b - 1)) &&
            (!starts_sentence(b - 1) || reads_as_a_name(gaz, tok(b - 1))))
            continue;
        const std::uint64_t name = Gazetteer::phrase_hash(ner::normalize_spacing(out[i].text));
        const std::uint64_t listed = Gazetteer::phrase_hash(acronym);
        if (gaz.canonical(ner::kGazOrg, name) != nullptr || gaz.canonical(ner::kGazOrg, listed) != nullptr ||
            gaz.canonical(ner::kGazLoc, listed) != nullptr || gaz.canonical(ner::kGazPer, listed) != nullptr)
            continue;
        // The acronym names the body, its wording is the nickname:
        // translations vary ("Federasi Balap Internasional", "Federasi
        // Otomotif Internasional"), the acronym stays, and the news writes it
        // more. A tagged mention of it: in the brackets or later.
        std::size_t named = i + 1;
        while (named < out.size() && out[named].text != acronym) ++named;
        if (named < out.size()) found.push_back({out[i].text, named, ""});
    }
    return found;
}

// The first words of a body's or place's span that its acronym skips, when
// the tagger glued them on: a lower-case noun ("lembaga Insurance Institute
// for Highway Safety (IIHS)", "gedung World Trade Center (WTC)") or, after
// a title, the title's end, a common word that is no head ("Direktur
// Eksekutif Institute for Essential Services Reform (IESR)"; "Kementerian"
// of PUPR stays). Not in a name the gazetteer lists.
void cut_words_the_acronym_skips(const EntityExtractor& x, const Gazetteer& gaz, std::string_view text,
                                 const std::vector<ner::TokenSpan>& tokens, std::string_view acronym,
                                 std::pair<std::size_t, std::size_t>& range, Entity& ent) {
    const auto [b, e] = range;
    if (ent.type == EntityType::Person ||
        gaz.canonical(gaz_type(ent.type), Gazetteer::phrase_hash(ent.text)) != nullptr)
        return;
    const std::size_t skipped = leading_words_skipped(acronym, ent.text);
    if (skipped == 0 || skipped + 2 > e - b) return;
    // A listed name of its own ("DPRD Jawa Barat (Jabar)") is no glued word.
    const std::uint64_t cut = Gazetteer::phrase_hash(tokens_text(text, tokens, b, b + skipped));
    if (gaz.canonical(ner::kGazOrg, cut) != nullptr || gaz.canonical(ner::kGazLoc, cut) != nullptr ||
        gaz.canonical(ner::kGazPer, cut) != nullptr)
        return;
    // A capitalized word is cut only after a title it ends ("Direktur
    // Eksekutif"): elsewhere it may be the name's ("Angkatan Udara Amerika
    // Serikat (AS)", "Kepolisian Tangerang Selatan (Tangsel)").
    const std::string_view before = b > 0 ? token_text(text, tokens, b - 1) : std::string_view();
    const bool after_title = b > 0 && (trigger_roles(gaz, before) & kPersonTriggers) != 0;
    for (std::size_t k = b; k < b + skipped; ++k) {
        const std::string_view word = token_text(text, tokens, k);
        // One token a word (no hyphen or comma), a common noun.
        if (acronym_source_words(word).size() != 1 || !ner::has_letter(word)) return;
        if (!ner::starts_upper(word)) continue;
        const ner::GazAnnotation& a = annotate_word(gaz, word);
        if (!after_title || (a.trigger_start[0] & kHeadTriggers) != 0 || a.cap_class[0] == 0 ||
            a.cap_class[0] > kCapHalf)
            return;
    }
    range.first = b + skipped;
    ent.begin = tokens[b + skipped].begin;
    ent.text = std::string(text.substr(ent.begin, ent.end - ent.begin));
    ent.canonical = x.canonical_name(ent.type, ent.text);
}

// A name's words, lower case and without accents ("Gómez" -> "gomez").
std::vector<std::string> folded_words(std::string_view name) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
    icu::UnicodeString decomposed;
    if (U_SUCCESS(status))
        decomposed = nfd->normalize(icu::UnicodeString::fromUTF8(icu::StringPiece(name.data(), name.size())), status);
    if (U_FAILURE(status)) decomposed = icu::UnicodeString::fromUTF8(icu::StringPiece(name.data(), name.size()));
    icu::UnicodeString bare;
    for (int32_t i = 0; i < decomposed.length();) {
        const UChar32 c = decomposed.char32At(i);
        if (u_charType(c) != U_NON_SPACING_MARK) bare.append(c);
        i += U16_LENGTH(c);
    }
    std::string utf8;
    bare.toLower(icu::Locale::getRoot()).toUTF8String(utf8);
    std::vector<std::string> words;
    for (const std::string_view w : name_words(utf8)) words.emplace_back(w);
    return words;
}

// Whether two words differ by one slip of the pen: a letter left out or
// added, or, for a person's name, a letter changed or two next to each other
// swapped ("Lela" / "Leal", "Gotix" / "Gotik", "Aviero" / "Aveiro"). Words of
// four letters or more (a Korean name's "Ji" / "Ju" is two people), five
// for a letter changed, a first letter only in words of six or more
// ("Mdombele" / "Ndombele"). A body's letter changed is another name, as a
// place's is (Gunung Merapi and Gunung Marapi are two volcanoes).
bool slip_of_the_pen(std::string_view a, std::string_view b, EntityType type) {
    const std::string_view shorter = a.size() <= b.size() ? a : b, longer = a.size() <= b.size() ? b : a;
    const std::size_t min_letters = type == EntityType::Person ? 4 : 5;
    if (shorter.size() < min_letters || longer.size() > shorter.size() + 1) return false;
    std::size_t at = 0;
    while (at < shorter.size() && shorter[at] == longer[at]) ++at;
    if (at == 0 && shorter.size() < 6) return false;
    if (longer.size() > shorter.size()) return shorter.substr(at) == longer.substr(at + 1);
    if (type != EntityType::Person || at == a.size()) return false;
    // A letter changed in a word of five or more: Korean names' syllables
    // of four are other people's one letter apart ("Yeon", "Yoon").
    const bool changed = a.size() >= 5 && a.substr(at + 1) == b.substr(at + 1);
    const bool swapped =
        at + 1 < a.size() && a[at] == b[at + 1] && a[at + 1] == b[at] && a.substr(at + 2) == b.substr(at + 2);
    return changed || swapped;
}

// A slip of the pen in a person's name of one word: seven letters or more,
// a letter left out or two swapped (one changed makes another name:
// "Sarwoto", "Sarwoko").
bool one_word_slip(std::string_view a, std::string_view b, EntityType type) {
    if (type != EntityType::Person || std::min(a.size(), b.size()) < 7) return false;
    if (a.size() != b.size()) return true;
    std::size_t at = 0;
    while (at < a.size() && a[at] == b[at]) ++at;
    return at + 1 < a.size() && a[at] == b[at + 1] && a[at + 1] == b[at];
}

// 256: two names of one type in one text that differ only by a slip of the
// pen in one word, or by accents, are one name ("Mauricio Leal" ...
// "Mauricio Lela", "Maxi Gómez" ... "Maxi Gomez", "Kementrian Pertanian" ...
// "Kementerian Pertanian"): a writer does not name two people a letter
// apart in one story. The mentions of the one the gazetteer does not list take the
// listed one's name ("Reza Rahardian" -> Reza Rahadian), else those of the
// one whose word the news corpus does not know take the known spelling's
// ("Pompoe" -> Pompeo), else the rarer the commoner's; on a tie the longer
// (a letter is left out more often than added), then the first.
void fold_slips_of_the_pen(const Gazetteer& gaz, std::vector<Entity>& out) {
    struct Name {
        EntityType type;
        std::string canonical;
        std::vector<std::string> words;
        std::size_t mentions = 0, first = 0;
        bool capitals = false;  // an acronym
        bool listed = false;
    };
    std::vector<Name> found;
    for (std::size_t i = 0; i < out.size(); ++i) {
        auto it = std::find_if(found.begin(), found.end(),
                               [&](const Name& n) { return n.type == out[i].type && n.canonical == out[i].canonical; });
        if (it == found.end()) {
            found.push_back(
                {out[i].type, out[i].canonical, folded_words(out[i].canonical), 0, i,
                 out[i].canonical.find(' ') == std::string::npos && is_all_capitals(out[i].canonical),
                 gaz.canonical(gaz_type(out[i].type), Gazetteer::phrase_hash(out[i].canonical)) != nullptr});
            it = found.end() - 1;
        }
        ++it->mentions;
    }
    std::map<std::string, std::string> renamed;  // canonical -> the one it folds into
    for (std::size_t i = 0; i < found.size(); ++i)
        for (std::size_t j = i + 1; j < found.size(); ++j) {
            const Name& a = found[i];
            const Name& b = found[j];
            // Not places: their spellings are the database's to join ("Bumi
            // Cendrawasih" and "Bumi Cenderawasih" are both Papua's epithet;
            // one article's choice would split the counts that join them).
            if (a.type != b.type || a.type == EntityType::Location || a.words.size() != b.words.size() || a.capitals ||
                b.capitals)
                continue;
            std::size_t differ = 0, at = 0;
            for (std::size_t k = 0; k < a.words.size(); ++k)
                if (a.words[k] != b.words[k]) ++differ, at = k;
            if (differ > 1) continue;
            // One word alone is a person's, of seven letters or more
            // ("Suharyanto"), and no word of listed people's names (two men
            // may be "Muhamad" and "Muhammad", "William" and "Williams").
            const auto listed_name_word = [&](const std::string& word) {
                const std::string_view w = word;
                return (annotate_word(gaz, w).word_types[0] & (1u << ner::kGazPer)) != 0;
            };
            if (differ == 1 &&
                (!slip_of_the_pen(a.words[at], b.words[at], a.type) ||
                 (a.words.size() == 1 && (!one_word_slip(a.words[0], b.words[0], a.type) ||
                                          listed_name_word(a.words[0]) || listed_name_word(b.words[0])))))
                continue;
            const auto known = [&](const Name& n) {
                const std::string_view word = n.words[at];
                return differ == 1 && annotate_word(gaz, word).cap_class[0] > 0;
            };
            const bool a_known = known(a), b_known = known(b);
            const bool a_kept = a.listed != b.listed       ? a.listed
                                : a_known != b_known       ? a_known
                                : a.mentions != b.mentions ? a.mentions > b.mentions
                                : differ == 1 && a.words[at].size() != b.words[at].size()
                                    ? a.words[at].size() > b.words[at].size()
                                    : a.first < b.first;
            const Name& kept = a_kept ? a : b;
            const Name& folded = a_kept ? b : a;
            if (renamed.count(kept.canonical) || renamed.count(folded.canonical)) continue;  // no chains
            renamed[folded.canonical] = kept.canonical;
        }
    for (Entity& e : out)
        if (const auto it = renamed.find(e.canonical); it != renamed.end()) e.canonical = it->second;
}

// A facility's or local body's generic name: a head that names no one thing
// until a proper name follows it ("Taman Makam Pahlawan Kalibata", "Rumah
// Sakit Umum Daerah Sumedang", "Kepolisian Daerah Jawa Timur"), with the
// acronyms the news writes for it in brackets (not all spell it: "Lapas",
// "Rutan", "Polda"). `body`: named as an organisation; each head takes the
// type most of its plain forms have on clickid (police, army, prosecutors
// and high courts bodies; cemeteries, hospitals, prisons, other courts,
// Islamic universities places: "Pengadilan Negeri ..." 169 places, 62
// bodies; "Kejaksaan Tinggi ..." 17 bodies, 11 places). `after_comma`: the
// proper name may follow a comma ("Taman Makam Pahlawan, Kalibata, Jakarta
// Selatan"), where the place names the facility itself, not where it
// stands. Not schools: after "Sekolah Menengah Atas (SMA)" a place is where
// ("... (SMA) Sumatera Selatan", the province's).
struct GenericFacilityName {
    std::string_view words;  // lower case
    std::array<std::string_view, 3> acronyms;
    bool body = false;
    bool after_comma = false;
};

constexpr GenericFacilityName kGenericFacilityNames[] = {
    {"taman makam pahlawan", {"TMP"}, false, true},
    {"taman makam pahlawan nasional", {"TMPN", "TMP"}, false, true},
    {"tempat pemakaman umum", {"TPU"}, false, true},
    {"rumah sakit", {"RS"}},
    {"rumah sakit umum", {"RSU"}},
    {"rumah sakit umum daerah", {"RSUD"}},
    {"rumah sakit umum pusat", {"RSUP"}},
    {"rumah sakit jiwa", {"RSJ"}},
    {"pusat kesehatan masyarakat", {"Puskesmas"}},
    {"lembaga pemasyarakatan", {"Lapas", "LP"}, false, true},
    {"lembaga pemasyarakatan khusus anak", {"LPKA"}},
    {"lembaga pemasyarakatan perempuan", {"LPP"}},
    {"rumah tahanan", {"Rutan"}, false, true},
    {"rumah tahanan negara", {"Rutan"}, false, true},
    {"pengadilan negeri", {"PN"}, false, true},
    {"pengadilan tinggi", {"PT"}, true, true},
    {"pengadilan agama", {"PA"}},
    {"pengadilan niaga", {"PN"}},
    {"pengadilan militer", {"Dilmil"}},
    {"pengadilan tata usaha negara", {"PTUN"}},
    {"pengadilan tindak pidana korupsi", {"Tipikor"}, false, true},
    {"kejaksaan negeri", {"Kejari"}, true},
    {"kejaksaan tinggi", {"Kejati"}, true},
    {"bandar udara", {"Bandara"}},
    {"bandar udara internasional", {"Bandara"}},
    {"pangkalan udara", {"Lanud"}},
    {"pembangkit listrik tenaga uap", {"PLTU"}},
    {"pembangkit listrik tenaga air", {"PLTA"}},
    {"tempat pembuangan akhir", {"TPA"}},
    {"kepolisian daerah", {"Polda"}, true},
    {"kepolisian resor", {"Polres"}, true},
    {"kepolisian resor kota", {"Polresta"}, true},
    {"kepolisian sektor", {"Polsek"}, true},
    {"polisi resor", {"Polres"}, true},
    {"polisi sektor", {"Polsek"}, true},
    {"komando daerah militer", {"Kodam"}, true},
    {"komando resor militer", {"Korem"}, true},
    {"komando distrik militer", {"Kodim"}, true},
    {"universitas islam negeri", {"UIN"}},
    {"institut agama islam negeri", {"IAIN"}},
    {"pondok pesantren", {"Ponpes"}},
};

constexpr std::size_t kMaxGenericFacilityWords = 5;

// The generic facility name that is exactly `words` (lower case), or none.
const GenericFacilityName* generic_facility_name(std::string_view words) {
    for (const GenericFacilityName& name : kGenericFacilityNames)
        if (name.words == words) return &name;
    return nullptr;
}

// Words that start no facility's proper name after its head: a day, a
// number's or article's label ("Pengadilan Negeri (PN) Nomor ...").
bool starts_no_proper_name(std::string_view word) {
    static constexpr std::string_view kWords[] = {"senin", "selasa", "rabu",  "kamis", "jumat",
                                                  "sabtu", "minggu", "nomor", "no",    "pasal"};
    const std::string lower = ner::to_lower(word);
    return std::find(std::begin(kWords), std::end(kWords), lower) != std::end(kWords);
}

// A name that a facility's generic name joins, and the names it defines in
// the text (harmonize_text()).
struct FacilityJoin {
    Entity joined;
    std::pair<std::size_t, std::size_t> range;
    std::vector<std::string> names;  // the acronym, the acronym with the proper name, the generic name
};

// A facility's generic name cut from its proper name by its acronym in
// brackets, or by a comma ("Taman Makam Pahlawan (TMP) Kalibata", "Rumah
// Sakit Umum Daerah (RSUD) Sumedang", "Lembaga Pemasyarakatan (Lapas)
// Sukamiskin", "Taman Makam Pahlawan, Kalibata"): one name, as written
// without the bracket ("Taman Makam Pahlawan Kalibata"), whatever the tagger
// made of the pieces (the acronym an entity of its own, the generic name
// untagged or a body, the proper name untagged). The generic name is
// exactly one of kGenericFacilityNames, no part of a longer name the
// tagger found; the proper name is the entity right after the bracket
// (three tokens at most), or the capitalized words there the tagger left
// untagged, never a person ("Kejaksaan Tinggi (Kejati) Asep Nana Mulyana";
// "Pengadilan Tinggi (PT) Medan Cicut Sutiarso" -> "Pengadilan Tinggi
// Medan"), a head or a class. After a comma only a tagged
// place, then a comma or the sentence's end, and only for heads whose place
// is the facility's name (cemeteries, prisons, courts; not "Gedung DPR,
// Senayan", whose head is none of these).
std::vector<FacilityJoin> join_facility_names_cut_by_acronyms(const EntityExtractor& x, const Gazetteer& gaz,
                                                              std::string_view text,
                                                              const std::vector<ner::TokenSpan>& tokens,
                                                              std::vector<std::pair<std::size_t, std::size_t>>& ranges,
                                                              std::vector<Entity>& out) {
    const auto tok = [&](std::size_t k) { return token_text(text, tokens, k); };
    const auto entity_starting_at = [&](std::size_t k) -> std::optional<std::size_t> {
        for (std::size_t i = 0; i < out.size(); ++i)
            if (ranges[i].first == k) return i;
        return std::nullopt;
    };
    const auto covered = [&](std::size_t k) {
        return std::any_of(ranges.begin(), ranges.end(), [&](const auto& r) { return r.first <= k && k < r.second; });
    };
    std::vector<FacilityJoin> joins;
    std::vector<bool> joined(out.size(), false);
    for (std::size_t k = 1; k + 1 < tokens.size(); ++k) {
        const bool bracket = tok(k) == "(" && tok(k + 2) == ")";
        if (!bracket && tok(k) != ",") continue;
        // The generic name: the longest listed run of words ending before k.
        // A capitalized word before it is mostly a title or a staff's word
        // ("Kapolda", "Humas", "Jajaran", "Keputusan"); a longer name the
        // tagger found ends the search below (the pieces).
        const GenericFacilityName* generic = nullptr;
        std::size_t g = k;
        for (std::size_t n = std::min(k, kMaxGenericFacilityWords); n >= 2 && generic == nullptr; --n) {
            const std::size_t first = k - n;
            bool capitalized = true;
            for (std::size_t j = first; j < k && capitalized; ++j) capitalized = ner::starts_upper(tok(j));
            if (capitalized &&
                (generic = generic_facility_name(ner::to_lower(tokens_text(text, tokens, first, k)))) != nullptr)
                g = first;
        }
        if (generic == nullptr) continue;
        std::size_t p = k + 1;  // the proper name's first token
        if (bracket) {
            const std::string_view acronym = tok(k + 1);
            if (std::find(generic->acronyms.begin(), generic->acronyms.end(), acronym) == generic->acronyms.end())
                continue;
            p = k + 3;
            if (tok(p) == ",") {
                if (!generic->after_comma) continue;
                ++p;
            }
        } else if (!generic->after_comma) {
            continue;
        }
        const bool after_comma = tok(p - 1) == ",";
        std::size_t proper_end = p;
        if (const auto at = entity_starting_at(p)) {
            // Three tokens at most; a person is refused with the pieces below.
            if (ranges[*at].second - p > 3 || (after_comma && out[*at].type != EntityType::Location)) continue;
            proper_end = ranges[*at].second;
        } else {
            if (after_comma || !ner::starts_upper(tok(p)) || starts_no_proper_name(tok(p))) continue;
            while (proper_end < tokens.size() && proper_end < p + 4 && !covered(proper_end) &&
                   (ner::starts_upper(tok(proper_end)) ||
                    (proper_end > p && std::all_of(tok(proper_end).begin(), tok(proper_end).end(),
                                                   [](char c) { return c >= '0' && c <= '9'; }))))
                ++proper_end;
            // A longer run, or one another name goes on from ("Dr" before
            // a person): where the name ends is unknown.
            if (proper_end == p + 4 || (proper_end < tokens.size() && covered(proper_end))) continue;
        }
        // A head or a class is no proper name: clickid's texts lost the
        // linked words after "Kepolisian Resor (Polres) Pulau", "Rumah
        // Tahanan (Rutan) Bandar", "Lembaga Pemasyarakatan (Lapas) Klas IIA".
        const std::string first_word = ner::to_lower(tok(p));
        if ((trigger_roles(gaz, tok(proper_end - 1)) & (1u << ner::kTrigLocHead | 1u << ner::kTrigOrgHead)) != 0 ||
            first_word == "kelas" || first_word == "klas")
            continue;
        const std::string_view proper_words = tokens_text(text, tokens, p, proper_end);
        // A second generic name after a comma is a list ("Lapas, Rutan ..."),
        // and a place there must end its clause.
        if (after_comma) {
            const std::string_view next = tok(proper_end);
            if (!(next.empty() || next == "," || next == "." || next == ";")) continue;
            const std::string lower = ner::to_lower(proper_words);
            if (std::any_of(std::begin(kGenericFacilityNames), std::end(kGenericFacilityNames),
                            [&](const GenericFacilityName& name) { return lower.starts_with(name.words); }))
                continue;
        }
        // The pieces the tagger made: all inside [g, proper_end), none a person.
        std::vector<std::size_t> pieces;
        bool clean = true;
        for (std::size_t i = 0; i < out.size() && clean; ++i) {
            const auto [b, e] = ranges[i];
            if (e <= g || b >= proper_end) continue;
            clean = b >= g && e <= proper_end && out[i].type != EntityType::Person && !joined[i];
            pieces.push_back(i);
        }
        if (!clean || pieces.empty()) continue;
        const EntityType type = generic->body ? EntityType::Organization : EntityType::Location;
        FacilityJoin join;
        const std::string_view generic_words = tokens_text(text, tokens, g, k);
        join.joined.type = type;
        join.joined.text = std::string(generic_words) + ' ' + std::string(proper_words);
        join.joined.canonical = x.canonical_name(type, join.joined.text);
        join.joined.begin = tokens[g].begin;
        join.joined.end = tokens[proper_end - 1].end;
        join.range = {g, proper_end};
        if (bracket) {
            join.names.emplace_back(tok(k + 1));
            join.names.push_back(std::string(tok(k + 1)) + ' ' + std::string(proper_words));
        }
        join.names.emplace_back(generic_words);
        for (const std::size_t i : pieces) joined[i] = true;
        joins.push_back(std::move(join));
        k = proper_end - 1;
    }
    if (joins.empty()) return joins;
    {
        std::size_t at = 0;
        drop_entities_if(ranges, out, [&](const Entity&, const auto&) { return joined[at++]; });
    }
    for (const FacilityJoin& join : joins) {
        std::size_t at = 0;
        while (at < out.size() && out[at].begin < join.joined.begin) ++at;
        out.insert(out.begin() + static_cast<std::ptrdiff_t>(at), join.joined);
        ranges.insert(ranges.begin() + static_cast<std::ptrdiff_t>(at), join.range);
    }
    return joins;
}

// Within one text: (1) an acronym introduced in parentheses (or after
// "atau", "alias") after its full name, or a full name in parentheses after
// its acronym, takes the full name's type and canonical name, at every
// mention (also where the model left it untagged), as does a company's stock
// code after its name, and a name the tagger cut at "dan" is completed up to
// the acronym that spells it whole; (1b) so does a person's nickname given
// beside the full name, at its tagged mentions; (1c) an organisation's first
// word alone takes the full name's canonical name; (2) one type per string:
// the type the gazetteer lists
// the string under if it lists it under exactly one of the types seen,
// else the type of most mentions (the first one's on a tie).
void harmonize_text(const EntityExtractor& x, const Gazetteer& gaz, std::string_view text,
                    const std::vector<ner::TokenSpan>& tokens, const std::vector<std::uint8_t>& trigger_starts,
                    std::vector<std::pair<std::size_t, std::size_t>>& ranges, std::vector<Entity>& out) {
    const auto tok = [&](std::size_t k) { return token_text(text, tokens, k); };
    struct Definition {
        EntityType type;
        std::string canonical;
        /// An acronym is the name wherever it is written; a nickname may be
        /// a word too ("Adi Pradana alias Dana"): only its tagged mentions.
        bool acronym = true;
        /// A nickname the text defines in so many words (nicknames_defined()).
        bool nickname = false;
    };
    // An acronym the text spells out in lower-case words stands for a common
    // noun ("daftar pencarian orang (DPO)", a wanted list; "orang tanpa
    // gejala (OTG)"): no entity in this text.
    std::vector<std::string_view> common_acronyms;
    for (std::size_t k = 3; k + 1 < tokens.size(); ++k) {
        if (tok(k - 1) != "(" || tok(k + 1) != ")" || !is_all_capitals(tok(k))) continue;
        std::size_t first = k - 1;  // of the lower-case words before the bracket
        while (first > 0 && k - 1 - first < 6 && is_lower_case_word(tok(first - 1))) --first;
        if (k - 1 - first >= 2 && is_acronym_of(tok(k), tokens_text(text, tokens, first, k - 1)))
            common_acronyms.push_back(tok(k));
    }
    if (!common_acronyms.empty())
        drop_entities_if(ranges, out, [&](const Entity& ent, const auto&) {
            return std::find(common_acronyms.begin(), common_acronyms.end(), ent.text) != common_acronyms.end();
        });
    cut_titles_off_names(x, gaz, text, tokens, trigger_starts, ranges, out);
    cut_verbs_off_names(x, gaz, text, tokens, ranges, out);
    cut_job_titles_off_bodies(x, gaz, text, tokens, ranges, out);
    drop_entities_if(ranges, out, [&](const Entity& ent, const auto& range) {
        if (is_no_name(ent, range.second - range.first, trigger_starts[range.first])) return true;
        // A minister's title alone ("Menpar mengatakan ..."): no name either.
        const std::string_view title = ent.text;
        return ent.type == EntityType::Person && range.second - range.first == 1 &&
               minister_title_length(gaz, &title, 1) == 1;
    });
    // (0) A person's group after the name ("Jimin BTS", "Suho EXO"): a last
    // word in capitals that the text also writes apart from any person is no
    // part of the name; nor is a body or status the text names alone before
    // a name of two words or more ("Alibaba Daniel Zhang"), or an acronym
    // before one, a title or status ("KH Ma'ruf Amin", "DPO Veronica
    // Koman"), unless the gazetteer lists the whole as a person.
    std::vector<std::string_view> organisations_alone;
    for (std::size_t i = 0; i < out.size(); ++i)
        if (out[i].type == EntityType::Organization && ranges[i].second - ranges[i].first == 1)
            organisations_alone.push_back(out[i].text);
    const auto named_alone = [&](std::string_view word) {
        return std::find(organisations_alone.begin(), organisations_alone.end(), word) != organisations_alone.end();
    };
    const auto written_apart_from_people = [&](std::string_view word) {
        for (std::size_t k = 0; k < tokens.size(); ++k) {
            if (tok(k) != word) continue;
            bool in_person = false;
            for (std::size_t j = 0; j < out.size() && !in_person; ++j)
                in_person = out[j].type == EntityType::Person && ranges[j].first <= k && k < ranges[j].second;
            if (!in_person) return true;
        }
        return false;
    };
    for (std::size_t i = 0; i < out.size(); ++i) {
        const auto [b, e] = ranges[i];
        if (out[i].type != EntityType::Person || e - b < 2) continue;
        Entity& person = out[i];
        // Two capitals may be a name's initials ("FX Hadi Rudyatmo", "TB
        // Hasanuddin"); a listed title ("KH") is none.
        const bool acronym_first = e - b >= 3 && is_all_capitals(tok(b)) && !is_roman_numeral(tok(b)) &&
                                   (tok(b).size() >= 3 || (trigger_roles(gaz, tok(b)) & kPersonTriggers) != 0);
        const bool acronym_last = is_all_capitals(tok(e - 1)) && !is_roman_numeral(tok(e - 1));
        if (!acronym_first && !acronym_last && (organisations_alone.empty() || e - b < 3)) continue;
        if (acronym_last && (named_alone(tok(e - 1)) || written_apart_from_people(tok(e - 1))))
            person.end = tokens[e - 2].end;
        else if (e - b >= 3 &&
                 (named_alone(tok(b)) ||
                  (acronym_first && gaz.canonical(ner::kGazPer, Gazetteer::phrase_hash(
                                                                    ner::normalize_spacing(person.text))) == nullptr)))
            person.begin = tokens[b + 1].begin;
        else
            continue;
        person.text = std::string(text.substr(person.begin, person.end - person.begin));
        person.canonical = x.canonical_name(EntityType::Person, person.text);
    }
    split_glued_names(x, gaz, text, tokens, ranges, out);
    name_teams_by_their_context(x, gaz, tokens, text, ranges, out);
    std::map<std::string, Definition, std::less<>> defined;  // acronym as written -> its full form
    std::vector<std::pair<std::size_t, std::size_t>> facility_joins;  // their token ranges
    {
        // A facility's name cut by its acronym: the acronym (three letters
        // or more: "PT", "PN" are other things too), the acronym with the
        // proper name ("TMP Kalibata") and the generic name alone name the
        // joined one at their mentions; a name two joins define names neither.
        std::set<std::string, std::less<>> twice;
        for (const FacilityJoin& join : join_facility_names_cut_by_acronyms(x, gaz, text, tokens, ranges, out)) {
            facility_joins.push_back(join.range);
            for (const std::string& name : join.names) {
                const bool acronym = &name == &join.names.front() && name.find(' ') == std::string::npos &&
                                     name.size() >= 3 && ner::starts_upper(name);
                const auto [it, added] =
                    defined.try_emplace(name, Definition{join.joined.type, join.joined.canonical, acronym});
                if (!added && it->second.canonical != join.joined.canonical) twice.insert(name);
            }
        }
        for (const std::string& name : twice) defined.erase(name);
    }
    std::vector<bool> proper_part_of_previous(out.size(), false);
    for (std::size_t i = 0; i < out.size(); ++i) {
        // A joined facility's name is whole: a bracket after it abbreviates
        // its place ("Kepolisian Daerah (Polda) Jawa Timur (Jatim)").
        if (proper_part_of_previous[i] ||
            std::find(facility_joins.begin(), facility_joins.end(), ranges[i]) != facility_joins.end())
            continue;
        const auto [b, e] = ranges[i];
        // A generic name, its acronym, then the proper name, which the news
        // also writes after the acronym or the head alone: "Bandara
        // Internasional Jawa Barat (BIJB) Kertajati" ("BIJB Kertajati",
        // "Bandara Kertajati"): one name, without the acronym (the generic
        // names of kGenericFacilityNames were joined above, whatever the
        // tagger made of their pieces; this takes the others, whose acronym
        // spells them). Only a proper name of the same type
        // right after the bracket ("Komisi Pemberantasan Korupsi (KPK) Agus
        // Rahardjo" is a person; "... (KPK) Jakarta" a place), of three
        // tokens at most, after a name no list gives as a place or body of
        // its own ("Kabupaten Bandung Barat (KBB) Jawa Barat").
        if (out[i].type != EntityType::Person && tok(e) == "(" && tok(e + 2) == ")" && i + 1 < out.size() &&
            ranges[i + 1].first == e + 3 && ranges[i + 1].second <= e + 6 && out[i + 1].type == out[i].type &&
            is_acronym_of(tok(e + 1), out[i].text)) {
            const std::uint64_t h = Gazetteer::phrase_hash(ner::normalize_spacing(out[i].text));
            if (gaz.canonical(ner::kGazLoc, h) == nullptr && gaz.canonical(ner::kGazOrg, h) == nullptr) {
                out[i].text += ' ' + out[i + 1].text;
                out[i].end = out[i + 1].end;
                out[i].canonical = x.canonical_name(out[i].type, out[i].text);
                defined.try_emplace(std::string(tok(e + 1)), Definition{out[i].type, out[i].canonical});
                ranges[i].second = ranges[i + 1].second;
                proper_part_of_previous[i + 1] = true;
                continue;
            }
        }
        // A body's name the tagger cut at "dan" or a comma, completed up to
        // the acronym after it: "Badan Pajak dan Retribusi Daerah (BPRD)"
        // (tagged "Badan Pajak"). The rest is capitalized words and joins;
        // pieces of it the tagger took for bodies or places of their own
        // ("Badan Meteorologi", "Klimatologi" of "Badan Meteorologi,
        // Klimatologi dan Geofisika (BMKG)") join it, people stop it. The
        // acronym spells the whole, or the gazetteer lists it for a body
        // whose name goes on from the cut with the same join ("Kementerian
        // Hukum dan HAM (Kemenkumham)", listed as "Kementerian Hukum dan Hak
        // Asasi Manusia"), which then names the whole. A list of two bodies
        // ("KPK dan Polri (...)") is neither.
        if (out[i].type != EntityType::Person && joins_name_parts(tok(e))) {
            std::size_t k = e;
            while (k < e + kMaxNameRest && (joins_name_parts(tok(k)) || ner::starts_upper(tok(k)))) ++k;
            // The entities inside the rest up to token `end`: out[i + 1, result).
            const auto pieces_before = [&](std::size_t end) {
                std::size_t j = i + 1;
                while (j < out.size() && ranges[j].first < end && ranges[j].second <= end &&
                       out[j].type != EntityType::Person)
                    ++j;
                return j;
            };
            const auto rest_is_name = [&](std::size_t end) {
                const std::size_t j = pieces_before(end);
                return j >= out.size() || ranges[j].first >= end;
            };
            const auto complete_up_to = [&](std::size_t end, std::string canonical) {
                const std::size_t pieces = pieces_before(end);
                out[i].end = tokens[end - 1].end;
                out[i].text = std::string(text.substr(out[i].begin, out[i].end - out[i].begin));
                out[i].canonical = std::move(canonical);
                ranges[i].second = end;
                std::fill(proper_part_of_previous.begin() + static_cast<std::ptrdiff_t>(i) + 1,
                          proper_part_of_previous.begin() + static_cast<std::ptrdiff_t>(pieces), true);
            };
            if (rest_is_name(k) && k > e + 1 && tok(k) == "(" && tok(k + 2) == ")" && !joins_name_parts(tok(k - 1))) {
                const std::string_view whole = text.substr(out[i].begin, tokens[k - 1].end - out[i].begin);
                const std::string* listed_body = listed_body_continuing(gaz, tok(k + 1), out[i].text, tok(e));
                // The acronym may skip a name's first words ("Kementerian" of
                // PUPR): one that spells the rest alone is the last body's of
                // a list ("Iran, Korea Utara (Korut)"), and a piece the lists
                // know is a name of its own ("Polri, Kejaksaan Agung dan
                // Mahkamah Agung (MA)").
                std::size_t rest = e;
                while (joins_name_parts(tok(rest))) ++rest;
                const auto listed_alone = [&](const Entity& piece) {
                    const std::uint64_t h = Gazetteer::phrase_hash(ner::normalize_spacing(piece.text));
                    return gaz.canonical(ner::kGazPer, h) != nullptr || gaz.canonical(ner::kGazOrg, h) != nullptr ||
                           gaz.canonical(ner::kGazLoc, h) != nullptr;
                };
                const bool spells_whole =
                    is_acronym_of(tok(k + 1), whole) &&
                    !is_acronym_of(tok(k + 1), tokens_text(text, tokens, rest, k)) &&
                    std::none_of(out.begin() + static_cast<std::ptrdiff_t>(i) + 1,
                                 out.begin() + static_cast<std::ptrdiff_t>(pieces_before(k)), listed_alone);
                if (listed_body != nullptr || spells_whole) {
                    // A listed acronym names its listed body, also where the
                    // text misspells it ("Badan Meterologi, Klimatologi, dan
                    // Geofisika (BMKG)"), if the two share a word.
                    const std::string* acronym_body = gaz.canonical(ner::kGazOrg, Gazetteer::phrase_hash(tok(k + 1)));
                    if (listed_body == nullptr && acronym_body != nullptr && shares_a_word(whole, *acronym_body))
                        listed_body = acronym_body;
                    complete_up_to(k, listed_body != nullptr ? *listed_body : x.canonical_name(out[i].type, whole));
                    defined.try_emplace(std::string(tok(k + 1)), Definition{out[i].type, out[i].canonical});
                    continue;
                }
            }
            // Without an acronym: the longest completion the gazetteer lists
            // whole, a comma before "dan" or not ("Badan Meteorologi,
            // Klimatologi dan Geofisika memperkirakan ...").
            for (std::size_t end = k; end > e + 1; --end) {
                if (joins_name_parts(tok(end - 1)) || !rest_is_name(end)) continue;
                const std::string* listed = listed_with_or_without_serial_comma(
                    gaz, gaz_type(out[i].type), text.substr(out[i].begin, tokens[end - 1].end - out[i].begin));
                if (listed == nullptr) continue;
                complete_up_to(end, *listed);
                break;
            }
        }
        // "Komisi Pemberantasan Korupsi (KPK)", "... atau KPK", "... alias KPK"
        const std::size_t acronym = tok(e) == "(" && tok(e + 2) == ")" ? e + 1 : is_alias_word(tok(e)) ? e + 1 : 0;
        if (acronym != 0 && is_acronym_of(tok(acronym), out[i].text)) {
            cut_words_the_acronym_skips(x, gaz, text, tokens, tok(acronym), ranges[i], out[i]);
            defined.try_emplace(std::string(tok(acronym)), Definition{out[i].type, out[i].canonical});
        }
        // The text's own wording of a body before the acronym the gazetteer
        // lists it by: a translation ("Badan Kesehatan Dunia (WHO)", listed
        // as Organisasi Kesehatan Dunia) or a short form ("Badan Pengawas
        // Pemilu (Bawaslu)"): that body, at the wording's tagged mentions.
        else if (acronym != 0 && tok(e) == "(" && out[i].type == EntityType::Organization &&
                 out[i].canonical == ner::normalize_spacing(out[i].text) &&
                 out[i].text.find(' ') != std::string::npos &&
                 std::isupper(static_cast<unsigned char>(tok(acronym).front())) != 0)
            if (const std::string* body = gaz.canonical(ner::kGazOrg, Gazetteer::phrase_hash(tok(acronym)));
                body != nullptr && shares_a_word(out[i].text, *body))
                defined.try_emplace(out[i].text, Definition{out[i].type, *body, false});
        // "PT Gudang Garam Tbk. (GGRM)"
        const std::size_t code = tok(e) == "." ? e + 1 : e;
        if (out[i].type == EntityType::Organization && tok(code) == "(" && tok(code + 2) == ")" &&
            is_stock_code_of(tok(code + 1), out[i].text))
            defined.try_emplace(std::string(tok(code + 1)), Definition{out[i].type, out[i].canonical});
        if (e == b + 1 && i + 1 < out.size() && tok(e) == "(" && ranges[i + 1].first == e + 1 &&
            tok(ranges[i + 1].second) == ")" && is_acronym_of(out[i].text, out[i + 1].text))
            defined.try_emplace(out[i].text, Definition{out[i + 1].type, out[i + 1].canonical});
    }
    {
        std::size_t at = 0;
        drop_entities_if(ranges, out, [&](const Entity&, const auto&) { return proper_part_of_previous[at++]; });
    }
    // (1c) An organisation named by its first word alone.
    for (Entity& word : out)
        if (const Entity* full = organisation_named_by_first_word(gaz, word, out)) word.canonical = full->canonical;
    // (1b) A person's nickname given beside the full name: "Basuki Tjahaja
    // Purnama alias Ahok", "... (Ahok)", "... (BTP) atau Ahok", and through
    // an acronym defined above, "BTP (Ahok)". The nickname is one token the
    // model tagged as a person, and no part of the full name; after "atau"
    // ("or", also "Kunto Aji atau Afgan", a choice) only when it is no part
    // of another person's name in the text ("Afgan Syahreza"). In
    // parentheses only when the text gives one person so: a cast list
    // ("Sheryl Sheinafia (Kris), Agatha Pricilla (Jessica)") or race
    // results ("Alex Rins (Suzuki), Aleix Espargaro (Aprilia)") give many.
    struct Nickname {
        std::string name;
        Definition full;
        bool parenthesized;
    };
    std::vector<Nickname> nicknames;
    for (std::size_t i = 0; i < out.size(); ++i) {
        const auto [b, e] = ranges[i];
        Definition full{out[i].type, out[i].canonical};
        if (const auto it = defined.find(out[i].text); it != defined.end()) full = it->second;
        if (full.type != EntityType::Person || full.canonical.find(' ') == std::string::npos) continue;
        std::size_t k = e;
        if (tok(k) == "(" && tok(k + 2) == ")" && defined.count(tok(k + 1)) != 0) k += 3;  // "(BTP)"
        std::size_t nickname = 0;
        bool choice = false, parenthesized = false;
        if (tok(k) == "(" && tok(k + 2) == ")") {
            nickname = k + 1;
            parenthesized = true;
        } else if (is_alias_word(tok(k))) {
            nickname = k + 1;
            choice = tok(k) == "atau";
        }
        if (nickname == 0 || i + 1 >= out.size()) continue;
        std::size_t j = i + 1;
        while (j < out.size() && j <= i + 2 && ranges[j].first < nickname) ++j;
        if (j >= out.size() || ranges[j].first != nickname || ranges[j].second != nickname + 1 ||
            out[j].type != EntityType::Person)
            continue;
        const std::string& name = out[j].text;
        if (defined.count(name) != 0 || ner::to_lower(full.canonical).find(ner::to_lower(name)) != std::string::npos)
            continue;
        if (choice && is_part_of_person(name, out)) continue;
        // A listed organisation or place is a team or a home town: "Alex
        // Rins (Suzuki)", "Aleix Espargaro (Aprilia)".
        const std::uint64_t h = Gazetteer::phrase_hash(ner::normalize_spacing(name));
        if (gaz.canonical(ner::kGazOrg, h) != nullptr || gaz.canonical(ner::kGazLoc, h) != nullptr) continue;
        full.acronym = false;
        nicknames.push_back({name, full, parenthesized});
    }
    std::vector<std::string_view> given_in_parentheses;  // the full names
    for (const Nickname& n : nicknames)
        if (n.parenthesized && std::find(given_in_parentheses.begin(), given_in_parentheses.end(), n.full.canonical) ==
                                   given_in_parentheses.end())
            given_in_parentheses.push_back(n.full.canonical);
    for (Nickname& n : nicknames)
        if (!n.parenthesized || given_in_parentheses.size() == 1) defined.emplace(std::move(n.name), std::move(n.full));
    // (1d) A nickname the text defines for a tagged person or body ("The
    // Gunners, julukan Arsenal", "Emil, sapaan akrab Ridwan Kamil"): that
    // one, at the nickname's tagged mentions. Not a name the text never tags,
    // nor one defined for two names. A phrase turned round ("Persib, julukan
    // Maung Bandung") joins the two names in its text all the same; across
    // the database the direction most articles give wins
    // (EntityNames::defined_as()).
    {
        std::map<std::string, Definition, std::less<>> nicknames;
        std::set<std::string> twice;
        std::vector<NicknameDefinition> definitions = nicknames_defined(gaz, text, tokens, ranges, out);
        for (NicknameDefinition& acronym : acronyms_of_other_wordings(gaz, text, tokens, ranges, out))
            definitions.push_back(std::move(acronym));
        for (const NicknameDefinition& definition : definitions) {
            // Named, not a structured binding: clang 14 captures no binding in a lambda.
            const std::string& nickname = definition.nickname;
            const Entity& named = out[definition.full];
            const EntityType type = named.type == EntityType::Location ? EntityType::Organization : named.type;
            const std::string canonical = !definition.series.empty()
                                              ? x.canonical_name(type, named.text + ' ' + definition.series)
                                          : named.type == EntityType::Location ? x.canonical_name(type, named.text)
                                                                               : named.canonical;
            const bool tagged =
                std::any_of(out.begin(), out.end(), [&](const Entity& e) { return e.text == nickname; });
            if (!tagged || x.canonical_name(type, nickname) == canonical) continue;
            const auto [it, added] = nicknames.try_emplace(nickname, Definition{type, canonical, false, true});
            if (!added && it->second.canonical != canonical) twice.insert(nickname);
        }
        for (auto& [nickname, full] : nicknames)
            if (twice.count(nickname) == 0) defined.try_emplace(nickname, std::move(full));
    }
    // A team's nickname given as one for no name ("tim berjuluk Macan
    // Kemayoran"), or for a name the rule above refused: an organisation at
    // its tagged mentions, not a place or person.
    for (std::size_t i = 0; i < out.size(); ++i) {
        if (out[i].type == EntityType::Organization) continue;
        const auto [b, e] = ranges[i];
        const std::size_t julukan = tok(e) == "," || tok(e) == "-" ? e + 1 : e;
        const bool names_a_team_after = tok(julukan) == "julukan" && i + 1 < out.size() &&
                                        ranges[i + 1].first == julukan + 1 &&
                                        out[i + 1].type == EntityType::Organization;
        const bool after_a_team = b >= 2 && is_nickname_word(tok(b - 1)) &&
                                  (is_team_word(tok(b - 2)) || (b >= 3 && is_team_word(tok(b - 3))));
        if (names_a_team_after || after_a_team)
            defined.try_emplace(
                out[i].text,
                Definition{EntityType::Organization, x.canonical_name(EntityType::Organization, out[i].text), false});
    }
    if (!defined.empty()) {
        std::vector<std::uint8_t> covered(tokens.size(), 0);
        for (const auto& [b, e] : ranges) std::fill(covered.begin() + b, covered.begin() + e, 1);
        for (Entity& ent : out)
            if (const auto it = defined.find(ent.text); it != defined.end()) {
                ent.type = it->second.type;
                ent.canonical = it->second.canonical;
                ent.defined_nickname = it->second.nickname;
            }
        const std::size_t listed = out.size();
        for (std::size_t k = 0; k < tokens.size(); ++k)
            if (!covered[k] && !(k > 1 && is_coordinate_direction(tok(k), tok(k - 1), tok(k - 2))))
                if (const auto it = defined.find(tok(k)); it != defined.end() && it->second.acronym) {
                    out.push_back(Entity{it->second.type, std::string(tok(k)), it->second.canonical, tokens[k].begin,
                                         tokens[k].end});
                    ranges.emplace_back(k, k + 1);
                }
        if (out.size() > listed) {
            // In text order, each mention with its token range (the steps
            // below read them side by side).
            std::vector<std::size_t> order(out.size());
            std::iota(order.begin(), order.end(), 0);
            std::stable_sort(order.begin(), order.end(),
                             [&](std::size_t a, std::size_t b) { return out[a].begin < out[b].begin; });
            std::vector<Entity> sorted;
            std::vector<std::pair<std::size_t, std::size_t>> sorted_ranges;
            for (const std::size_t i : order) {
                sorted.push_back(std::move(out[i]));
                sorted_ranges.push_back(ranges[i]);
            }
            out = std::move(sorted);
            ranges = std::move(sorted_ranges);
        }
    }

    // (1e) A surname tagged as a place ("Sadio Mane" ... "gol Mane", Mane
    // being a village's name): a one-word place that ends a person's name
    // of the text and that is no word of any listed place's name (a village
    // or kecamatan name at most) is that person. Not "Timika" of "Yohanes
    // Timika": a place the lists name stays one.
    for (std::size_t i = 0; i < out.size(); ++i) {
        Entity& ent = out[i];
        if (ent.type != EntityType::Location || ent.text.find(' ') != std::string::npos ||
            (ranges[i].first > 0 && is_place_preposition(ner::to_lower(tok(ranges[i].first - 1)))))
            continue;
        const std::string_view word = ent.text;
        if (annotate_word(gaz, word).word_types[0] & (1u << ner::kGazLoc)) continue;
        const bool surname = std::any_of(out.begin(), out.end(), [&](const Entity& person) {
            if (person.type != EntityType::Person || person.text.size() <= ent.text.size() + 1 ||
                !person.text.ends_with(ent.text) || person.text[person.text.size() - ent.text.size() - 1] != ' ')
                return false;
            // A person's first name before it, no body's or place's word
            // ("Sadio Mane"; not "Monkey Forest Ubud", "Olympique Lyon").
            const std::string_view first = name_words(person.text).front();
            const unsigned types = annotate_word(gaz, first).word_types[0];
            return types == (1u << ner::kGazPer);
        });
        if (!surname) continue;
        ent.type = EntityType::Person;
        ent.canonical = x.canonical_name(EntityType::Person, ent.text);
    }

    // (2) one type per string, keyed by a hash of the lower-cased text; first
    // a cheap check that some string has two types.
    thread_local std::vector<std::uint64_t> keys;
    thread_local std::vector<std::pair<std::uint64_t, int>> seen;
    keys.clear();
    seen.clear();
    for (const Entity& ent : out) {
        std::uint64_t h = 0xcbf29ce484222325ULL;
        for (char ch : ent.text)
            h = (h ^ static_cast<unsigned char>(std::tolower(static_cast<unsigned char>(ch)))) * 0x100000001b3ULL;
        keys.push_back(h);
        seen.emplace_back(h, static_cast<int>(ent.type));
    }
    std::sort(seen.begin(), seen.end());
    bool conflict = false;
    for (std::size_t k = 1; k < seen.size() && !conflict; ++k)
        conflict = seen[k].first == seen[k - 1].first && seen[k].second != seen[k - 1].second;
    if (!conflict) return;
    struct Votes {
        unsigned count[3] = {0, 0, 0};
        int first = -1;
        int chosen = -1;  // decided once per string
    };
    std::unordered_map<std::uint64_t, Votes> votes;
    for (std::size_t i = 0; i < out.size(); ++i) {
        Votes& v = votes[keys[i]];
        const int t = static_cast<int>(out[i].type);
        ++v.count[t];
        if (v.first < 0) v.first = t;
    }
    for (std::size_t i = 0; i < out.size(); ++i) {
        Entity& ent = out[i];
        Votes& v = votes[keys[i]];
        if ((v.count[0] != 0) + (v.count[1] != 0) + (v.count[2] != 0) < 2) continue;
        if (v.chosen < 0) {
            int chosen = -1;
            const std::uint64_t h = Gazetteer::phrase_hash(ner::normalize_spacing(ent.text));
            for (int t = 0; t < 3; ++t) {
                if (v.count[t] == 0 || gaz.canonical(gaz_type(static_cast<EntityType>(t)), h) == nullptr) continue;
                chosen = chosen < 0 ? t : 3;  // listed under two of them: undecided
            }
            // A person's first or last name(s) after the full name ("Gading
            // Marten" ... "Gading"), though a place is listed under it too.
            if (v.count[0] != 0 && is_part_of_person(ent.text, out)) chosen = 0;
            if (chosen < 0 || chosen == 3) {
                chosen = v.first;
                for (int t = 0; t < 3; ++t)
                    if (v.count[t] > v.count[chosen]) chosen = t;
            }
            v.chosen = chosen;
        }
        const auto type = static_cast<EntityType>(v.chosen);
        if (ent.type == type) continue;
        ent.type = type;
        ent.canonical = x.canonical_name(type, ent.text);
    }
}

// An epithet the project lists ("Kabau Sirah", "Badak Lampung": a club the
// tagger reads as a person or a place) names its thing whatever type the
// tagger gave the mention, unless the gazetteer lists the phrase under that
// type too.
void retype_epithets(const EntityExtractor& x, const Gazetteer& gaz, std::vector<Entity>& out) {
    for (Entity& ent : out) {
        const std::uint64_t h = Gazetteer::phrase_hash(ner::normalize_spacing(ent.text));
        const int type = gaz.epithet_type(h);
        if (type < 0 || type == gaz_type(ent.type) || gaz.canonical(gaz_type(ent.type), h) != nullptr) continue;
        ent.type = entity_type_of(static_cast<ner::GazType>(type));
        ent.canonical = x.canonical_name(ent.type, ent.text);
    }
}

// Where `word`, a view into `text` (one of its name_words()), starts in it.
std::size_t offset_in(std::string_view text, std::string_view word) {
    return static_cast<std::size_t>(word.data() - text.data());
}

// A name of two words or more written twice in a row, the second copy
// pasted from a caption or a byline ("Teo Chee Hean Teo Chee Hean"): the
// span is cut to its first copy. One word twice is left alone: places are
// so named ("Bora Bora", "Pago Pago").
void cut_names_written_twice(const EntityExtractor& x, std::vector<Entity>& out) {
    for (Entity& ent : out) {
        const std::vector<std::string_view> words = name_words(ent.text);
        const std::size_t half = words.size() / 2;
        if (half < 2 || words.size() % 2 != 0 || !std::equal(words.begin(), words.begin() + half, words.begin() + half))
            continue;
        const std::size_t first_copy_end = offset_in(ent.text, words[half - 1]) + words[half - 1].size();
        ent.text.resize(first_copy_end);
        ent.end = ent.begin + first_copy_end;
        ent.canonical = x.canonical_name(ent.type, ent.text);
    }
}

// ---- One article's title against its body (extract_article()) ----

// A word of the language rather than of a name, capitalized only because a
// headline capitalizes every word: the news corpus writes it in lower case
// (capitalized in < 20 % of its uses), or, too rare for the corpus to say,
// the stemmer's dictionary knows it or derives it from a root ("Keok",
// "Kesembuhan"). A reduplicated plural reads as its half
// ("Nasihat-nasihat"); an acronym in capitals is a name ("BTS").
// `bare_rare_root` is set for a dictionary root the corpus does not know,
// which surnames can be ("Rocky Gerung").
// A capitalized word in lower case, a reduplicated plural read as its half
// ("Nasihat-nasihat"); empty for an acronym in capitals or a word with
// other characters than letters.
std::string lower_case_word(std::string_view word) {
    if (!ner::starts_upper(word) || is_all_capitals(word)) return {};
    std::string lower = ner::to_lower(word);
    if (const std::size_t dash = lower.find('-');
        dash != std::string::npos && lower.compare(dash + 1, std::string::npos, lower, 0, dash) == 0)
        lower.resize(dash);
    if (lower.find_first_not_of("abcdefghijklmnopqrstuvwxyz") != std::string::npos) return {};
    return lower;
}

// Whether the stemmer's dictionary knows a lower-case word or derives it
// from a root: a root, an affixed verb, or a derived noun ("kesangsian",
// "kecemerlangan", "dipecatnya").
bool is_dictionary_word(std::string_view lower) {
    const Lexicon& lex = Lexicon::instance();
    if (lex.is_root(lower) || is_affixed_verb(lower) || !lex.derived_roots(lower).empty()) return true;
    static const IndonesianStemmer stemmer;
    const std::string stem = stemmer.stem(lower);
    return stem != lower && lex.is_root(stem);
}

bool is_ordinary_word(const Gazetteer& gaz, std::string_view word, bool* bare_rare_root = nullptr) {
    const std::string lower = lower_case_word(word);
    if (lower.empty()) return false;
    const std::uint8_t c = annotate_word(gaz, lower).cap_class[0];
    if (c == kCapRare || c == kCapUncommon) return true;
    if (c > 1) return false;
    if (bare_rare_root != nullptr) *bare_rare_root = Lexicon::instance().is_root(lower);
    return is_dictionary_word(lower);
}

// A verb's root that the corpus capitalizes in 20-80 % of its uses, as a
// word of names as often as not ("Sita", a name and "to seize"; "Jamin",
// "to guarantee"; "Borong"), and whose di- form it writes ("disita"): after
// a place's or body's name that the article writes alone it is the
// headline's ("Polda Aceh Sita 11,8 Ton Bibit Padi", "Malindo Air Jamin").
// Not a noun or an adjective, which end names ("Pulau Komodo", "SPBU Mini",
// "Papua Merdeka", "Timnas Basket").
bool is_verb_often_capitalized(const Gazetteer& gaz, std::string_view word) {
    const std::string lower = lower_case_word(word);
    if (lower.empty()) return false;
    const std::uint8_t c = annotate_word(gaz, lower).cap_class[0];
    return c > kCapUncommon && c <= kCapHalf && is_verb_root(lower) && corpus_writes(gaz, "di" + lower);
}

// A headline's verb or adjective whose own capitalization class says
// nothing: running text writes such a root with its affixes, so the news
// corpus meets it bare mostly in Title Case headlines ("Goda" is
// capitalized in 98 % of its bare uses, "Tinjau" and "Kukuh" in half).
// Evidence that it is a word of the language: its base, a dictionary
// root (or the root the stemmer derives a verb from: "Kalahkan"), else, for a
// word the dictionary lacks, the word itself or without a di- prefix or a
// -kan or -i suffix ("Geruduk", "Donorkan"), has a verb form the corpus
// writes in lower case ("menggoda", "meninjau", "mengukuhkan", "menjamu",
// "menggeruduk", "mendonorkan": capitalized in < 20 % of their uses); and
// no listed name of any type holds the word nor starts with it as a
// trigger (not "Bangun", a Batak surname; "Jaya", "Raya", "Putih",
// "Sakti").
bool is_verb_of_lower_case_family(const Gazetteer& gaz, std::string_view word) {
    constexpr std::size_t kMinBase = 3;  // letters
    const std::string lower = lower_case_word(word);
    if (lower.empty()) return false;
    const ner::GazAnnotation& a = annotate_word(gaz, lower);
    if (a.word_types[0] != 0 || a.trigger_start[0] != 0) return false;
    const Lexicon& lex = Lexicon::instance();
    static const IndonesianStemmer stemmer;
    std::vector<std::string> bases;
    if (lex.is_root(lower)) {
        bases.push_back(lower);
    } else if (const std::string stem = stemmer.stem(lower); lex.is_root(stem)) {
        // A noun derived from a verb's root is as often a word of names
        // ("Ketahanan", "Kehakiman", "Jembatan"): only a verb.
        if (!is_affixed_verb(lower)) return false;
        bases.push_back(stem);
    } else {
        std::string_view base = lower;
        if (base.starts_with("di")) base.remove_prefix(2);
        bases.emplace_back(base);
        for (const std::string_view suffix : {"kan", "i"})
            if (base.ends_with(suffix)) bases.emplace_back(base.substr(0, base.size() - suffix.size()));
    }
    for (const std::string& base : bases) {
        if (base.size() < kMinBase) continue;
        const std::string active = men_form(base), passive = "di" + base;
        for (const std::string& form :
             {passive, active, passive + "kan", active + "kan", passive + "i", active + "i"}) {
            if (form == lower) continue;
            const std::uint8_t c = annotate_word(gaz, form).cap_class[0];
            if (c == kCapRare || c == kCapUncommon) return true;
        }
    }
    return false;
}

// A one-word head of names that is a name itself: a club's short name
// heading its longer names ("Arema" of "Arema FC", "Persib" of "Persib
// Bandung"), which the corpus capitalizes in 98 % of its uses or more, not
// in capitals ("PT") and no dictionary word (not "Universitas", "Klub").
bool is_name_heading_names(const Gazetteer& gaz, std::string_view word) {
    const ner::GazAnnotation& a = annotate_word(gaz, word);
    return (a.trigger_start[0] & kHeadTriggers) != 0 && a.cap_class[0] == kCapAlways && ner::starts_upper(word) &&
           !is_all_capitals(word) && word.find(' ') == std::string_view::npos &&
           !is_dictionary_word(lower_case_word(word));
}

// The name of a day of the week or of a month, which a date glues after a
// name ("kata Nufransa Jumat, 13 September", "Diresmikan Jokowi Oktober,").
bool is_day_or_month(std::string_view word) { return is_month_or_weekday(ner::to_lower(word)); }

// An amount in rupiah or dollars: "Rp3.133.315.800", "Rp2,520", "US$5", or
// the currency written apart before its number ("Rp 2,2 triliun").
bool is_amount_of_money(std::string_view word, std::string_view next) {
    for (const std::string_view currency : {"Rp.", "Rp", "US$", "$"}) {
        if (!word.starts_with(currency)) continue;
        // A name's last word never is a bare currency ("Danau Toba Rp 2,2").
        if (word == currency && next.empty()) return true;
        const std::string_view amount = word.size() > currency.size() ? word.substr(currency.size()) : next;
        return !amount.empty() && std::isdigit(static_cast<unsigned char>(amount[0]));
    }
    return false;
}

// Where a score glued to a team's name starts ("Persib1-1" -> 6): a word
// of letters, capitalized but not in capitals, then one or two digits, a
// hyphen and one or two digits; 0 when `word` is no such thing.
std::size_t glued_score_start(std::string_view word) {
    constexpr std::size_t kMaxGoals = 2;  // digits of one side's score
    std::size_t letters = 0;
    while (letters < word.size() && std::isalpha(static_cast<unsigned char>(word[letters]))) ++letters;
    if (letters < 2 || !ner::starts_upper(word) || is_all_capitals(word.substr(0, letters))) return 0;
    const auto digits_from = [&](std::size_t at) {
        std::size_t end = at;
        while (end < word.size() && std::isdigit(static_cast<unsigned char>(word[end]))) ++end;
        return end - at;
    };
    const std::size_t home = digits_from(letters);
    if (home == 0 || home > kMaxGoals || letters + home >= word.size() || word[letters + home] != '-') return 0;
    const std::size_t away = digits_from(letters + home + 1);
    return away > 0 && away <= kMaxGoals && letters + home + 1 + away == word.size() ? letters : 0;
}

// A head of an administrative unit a place lies in ("Provinsi Sulawesi
// Barat", "Kabupaten Pelalawan"); not "Kota", which starts names of
// districts and quarters too ("Kota Baru", "Kota Tua").
bool is_administrative_unit(std::string_view word) {
    return word == "Provinsi" || word == "Kabupaten" || word == "Kecamatan" || word == "Kelurahan" || word == "Desa";
}

// A hospital's ward for intensive or emergency care, written by its acronym
// before the hospital ("ICU RSPAD", "IGD RSUD Sumedang").
bool is_hospital_ward(std::string_view word) {
    static constexpr std::string_view kWards[] = {"ICU", "ICCU", "CICU", "HCU", "NICU", "PICU", "IGD", "UGD"};
    return std::find(std::begin(kWards), std::end(kWards), word) != std::end(kWards);
}

// Whether a text of one or more sentences is in Title Case as clean_spans()
// reads a sentence (mostly_capitalized()).
bool is_title_case_text(std::string_view text) {
    std::size_t words = 0, capitalized = 0;
    for (const ner::TokenSpan& t : ner::tokenize(text)) {
        const std::string_view w = text.substr(t.begin, t.end - t.begin);
        if (!ner::has_letter(w)) continue;
        ++words;
        capitalized += ner::starts_upper(w);
    }
    return mostly_capitalized(words, capitalized);
}

bool is_listed_name(const Gazetteer& gaz, std::string_view name) {
    const std::uint64_t h = Gazetteer::phrase_hash(ner::normalize_spacing(name));
    return std::ranges::any_of(std::array{ner::kGazPer, ner::kGazOrg, ner::kGazLoc},
                               [&](ner::GazType t) { return gaz.canonical(t, h) != nullptr; });
}

// Headlines a body quotes as links to other articles ("Baca juga: Audisi
// Umum PB Djarum Disetop"): in Title Case as a title is, so a name in one
// runs on into the headline's words just as in a title, but the body's
// sentence rules read them as running text. The byte range of each, from
// its first word (capitalized or a number) to the end of its line, a quote
// or a sentence's end (with its mark); where the body's next sentence is
// glued on with no space ("Steward Turun TanganInsiden tersebut"), to the
// glue, when the glued word is no listed name ("BlackBerry") and text
// follows it on the line (a brand ends a headline so: "HarperCollins").
// Only a headline in Title Case: "Baca juga:" before running text is a
// stripped link.
struct QuotedHeadline {
    std::size_t marker, begin, end;  // bytes: "Baca juga", the headline, its end
};
std::vector<QuotedHeadline> quoted_headlines(const Gazetteer& gaz, std::string_view text) {
    std::vector<QuotedHeadline> out;
    static constexpr std::array<std::string_view, 10> kMarkers{
        "Baca juga",  "Baca Juga",  "BACA JUGA",      "Simak juga",     "Simak Juga",
        "Lihat juga", "Lihat Juga", "Berita terkait", "Berita Terkait", "BERITA TERKAIT"};
    constexpr std::size_t kMaxHeadline = 200;  // bytes; longer is body text
    const auto is_lower = [&](std::size_t i) { return std::islower(static_cast<unsigned char>(text[i])) != 0; };
    const auto is_upper = [&](std::size_t i) { return std::isupper(static_cast<unsigned char>(text[i])) != 0; };
    for (const std::string_view marker : kMarkers)
        for (std::size_t at = text.find(marker); at != std::string_view::npos; at = text.find(marker, at + 1)) {
            if (at > 0 && std::isalpha(static_cast<unsigned char>(text[at - 1]))) continue;
            std::size_t b = at + marker.size();
            while (b < text.size() && text[b] == ' ') ++b;
            if (b < text.size() && text[b] == ':') ++b;
            while (b < text.size() && text[b] == ' ') ++b;
            if (b >= text.size() || !(is_upper(b) || std::isdigit(static_cast<unsigned char>(text[b])))) continue;
            std::size_t e = b;
            bool ended = false;
            for (; e < text.size() && e - b < kMaxHeadline; ++e) {
                const char c = text[e];
                if (c == '\n' || c == '"' || c == '?' || c == '!' || text.compare(e, 3, "\xE2\x80\x9C") == 0 ||
                    text.compare(e, 3, "\xE2\x80\x9D") == 0 ||
                    (c == '.' && e > b && is_lower(e - 1) && (e + 1 == text.size() || text[e + 1] == ' '))) {
                    // A sentence's end stays with it, where the sentence
                    // splitter ends the sentence anyway.
                    if (c == '?' || c == '!' || c == '.') ++e;
                    ended = true;
                    break;
                }
                // The next sentence glued on: a capital after three
                // lower-case letters, a lower-case one after it.
                if (e >= b + 3 && e + 1 < text.size() && is_upper(e) && is_lower(e - 1) && is_lower(e - 2) &&
                    is_lower(e - 3) && is_lower(e + 1)) {
                    std::size_t word_b = e, word_e = e;
                    while (word_b > b && text[word_b - 1] != ' ') --word_b;
                    while (word_e < text.size() && std::isalpha(static_cast<unsigned char>(text[word_e]))) ++word_e;
                    const bool text_follows = word_e < text.size() && text[word_e] != '\n';
                    if (text_follows && !is_listed_name(gaz, text.substr(word_b, word_e - word_b))) {
                        ended = true;
                        break;
                    }
                }
            }
            if (e == text.size()) ended = true;
            while (e > b && text[e - 1] == ' ') --e;
            if (!ended || e == b || !is_title_case_text(text.substr(b, e - b))) continue;
            out.push_back({at, b, e});
        }
    std::ranges::sort(out, {}, &QuotedHeadline::begin);
    return out;
}

// English words that make a place's name a club's or a company's
// ("Manchester City", "Bali United", "Singapore Airlines", "Indonesia
// AirAsia"): after a place they continue its name, so the place before them
// is no epithet of where the thing is from.
bool names_a_place_as_a_body(std::string_view word) {
    static constexpr std::string_view kWords[] = {"City", "United", "Air", "Airlines", "Airways"};
    return std::find(std::begin(kWords), std::end(kWords), word) != std::end(kWords);
}

// The word a street's name starts with ("Jalan Kalasan", "Jl. Veteran").
bool is_street_head(std::string_view word) { return word == "Jalan" || word == "Jl" || word == "Jl."; }

// Whether `text` starts with a quote mark or an invisible mark (zero-width
// space, left-to-right or right-to-left mark), as a sentence glued on after
// a full stop may ("Shi Yu Qi.’’Tidak"; "Abu Bakar." and a left-to-right
// mark before " Untuk").
bool starts_with_quote_or_invisible_mark(std::string_view text) {
    static constexpr std::string_view kInvisibleMarks[] = {"\xE2\x80\x8B", "\xE2\x80\x8E", "\xE2\x80\x8F"};
    if (!text.empty() && is_quote_mark(text.substr(0, 1))) return true;
    return std::ranges::any_of(kInvisibleMarks, [&](std::string_view mark) { return text.starts_with(mark); }) ||
           (text.size() >= 3 && is_quote_mark(text.substr(0, 3)));
}

// The word before `begin` in `field` with one space between ("" if none).
std::string_view word_before(std::string_view field, std::size_t begin) {
    if (begin < 2 || field[begin - 1] != ' ') return {};
    std::size_t b = begin - 1;
    while (b > 0 && field[b - 1] != ' ' && field[b - 1] != '\n') --b;
    return field.substr(b, begin - 1 - b);
}

// Whether a comma, spaces aside, ends just before `begin` in `text`.
bool after_a_comma(std::string_view text, std::size_t begin) {
    const std::size_t before = begin == 0 ? std::string_view::npos : text.find_last_not_of(' ', begin - 1);
    return before != std::string_view::npos && text[before] == ',';
}

// Whether the text before `begin` ends a sentence: a mention there starts
// one, and its first word is capitalized as the sentence's. A link the dump
// stripped leaves a comma after the sentence's mark ("melambaikan
// tangannya., Adapun Kivlan didakwa ...": 2,785 times in clickid).
bool starts_a_sentence(std::string_view text, std::size_t begin) {
    constexpr std::string_view kSpaceAndOpenings = " \t\r\n\"'(\u201C\u2018";
    std::size_t before = text.find_last_not_of(kSpaceAndOpenings, begin == 0 ? 0 : begin - 1);
    if (begin == 0 || before == std::string_view::npos) return true;
    if (text.find('\n', before) < begin) return true;
    while (before > 0 && text[before] == ',') --before;
    const char c = text[before];
    return c == '.' || c == '!' || c == '?';
}

// How often `text` holds `phrase`, up to two.
int occurrences(std::string_view text, std::string_view phrase) {
    const std::size_t first = text.find(phrase);
    if (first == std::string_view::npos) return 0;
    return text.find(phrase, first + 1) == std::string_view::npos ? 1 : 2;
}

// A name the tokenizer cut at its own punctuation, mended (the tokenizer
// peels an apostrophe off a word's edge and splits at brackets, as the
// gold data wants):
// - a span starting with an apostrophe glued after a capitalized word
//   ("Girls' Generation" tagged "Girls" + "' Generation") takes that word
//   back, and a span that ends with the word loses it;
// - a span holding an open bracket that a closing bracket right after it
//   matches ("f(x)" tagged "f(x") takes the closing bracket.
// The mended span keeps its type and is named anew.
void mend_names_cut_at_punctuation(const EntityExtractor& x, std::string_view field, std::vector<Entity>& entities) {
    const auto is_letter = [&](std::size_t k) { return std::isalpha(static_cast<unsigned char>(field[k])) != 0; };
    for (std::size_t i = 0; i < entities.size(); ++i) {
        Entity& span = entities[i];
        // Only spans as written (not one joined across an acronym).
        if (span.end - span.begin != span.text.size()) continue;
        if (span.text.find('(') != std::string::npos && span.text.find(')') == std::string::npos &&
            span.end < field.size() && field[span.end] == ')' && is_letter(span.end - 1)) {
            ++span.end;
            span.text += ')';
            span.canonical = x.canonical_name(span.type, span.text);
            continue;
        }
        const bool starts_with_apostrophe = span.text.starts_with('\'') || span.text.starts_with("\u2019");
        if (!starts_with_apostrophe || span.begin == 0 || !is_letter(span.begin - 1)) continue;
        std::size_t word_begin = span.begin;
        while (word_begin > 0 && is_letter(word_begin - 1)) --word_begin;
        if (!std::isupper(static_cast<unsigned char>(field[word_begin]))) continue;
        const std::size_t apostrophe = span.begin;
        span.begin = word_begin;
        span.text = std::string(field.substr(word_begin, span.end - word_begin));
        span.canonical = x.canonical_name(span.type, span.text);
        if (i == 0 || entities[i - 1].end != apostrophe) continue;
        Entity& before = entities[i - 1];
        std::size_t before_end = word_begin;
        while (before_end > before.begin && field[before_end - 1] == ' ') --before_end;
        if (before_end <= before.begin || before.end - before.begin != before.text.size()) {
            entities.erase(entities.begin() + static_cast<std::ptrdiff_t>(i) - 1);
            --i;
            continue;
        }
        before.end = before_end;
        before.text.resize(before_end - before.begin);
        before.canonical = x.canonical_name(before.type, before.text);
    }
}

// The article's mention of `name` alone (as written, or by canonical name
// for the span's type), any type, the span's first; null if none.
const Entity* named_alone_in_article(const EntityExtractor& x, const std::vector<Entity>& title_entities,
                                     const std::vector<Entity>& body_entities, const Entity& span,
                                     std::string_view name) {
    const std::string key = ner::to_lower(ner::normalize_spacing(name));
    const std::string canonical = x.canonical_name(span.type, name);
    const Entity* found = nullptr;
    for (const std::vector<Entity>* list : std::array{&title_entities, &body_entities})
        for (const Entity& other : *list) {
            if (&other == &span) continue;
            const bool same_type = other.type == span.type;
            if (same_type && other.canonical == canonical) return &other;
            if (ner::to_lower(ner::normalize_spacing(other.text)) != key) continue;
            if (same_type) return &other;
            if (found == nullptr) found = &other;
        }
    return found;
}

// Cuts `span` to its `size` bytes from `from`, named as `alone` (the
// article's mention of that part alone, its type too) or, with none,
// keeping its type under the part's own canonical name.
void keep_part_named_as(const EntityExtractor& x, Entity& span, std::size_t from, std::size_t size,
                        const Entity* alone) {
    std::string part = span.text.substr(from, size);
    span.canonical = alone != nullptr ? alone->canonical : x.canonical_name(span.type, part);
    if (alone != nullptr) span.type = alone->type;
    if (from + size < span.text.size()) span.end = span.begin + from + size;
    span.begin += from;
    span.text = std::move(part);
}

// A word of the sentence glued to the edge of a name, where capitalization
// no longer marks names: in a Title Case headline at either edge
// ("Liverpool Sempurna", "Lion Air Bocor", "Guncang Papua Barat"), in a body
// the first word of a sentence ("Kesangsian Bondan ...", "Potret Habibie
// ..."). The word is cut off where
// - it is an ordinary word (is_ordinary_word()); at the start no head of a
//   name ("Klub Inggris", "Universitas Brawijaya" beside "Brawijaya"); in
//   a person's name no word of listed people's names ("Bastian Bintang"),
//   and at the end of one no dictionary root the corpus does not know
//   ("Rocky Gerung" beside "Rocky");
// - the rest is a name of its own: the article writes it alone (in its
//   title or body, or a form with the same canonical name: "Man City" beside
//   "Manchester City"), and the piece takes that mention's type and
//   canonical name. Not a name the gazetteer lists but the article does not
//   name: the headline's words are then mostly a common noun phrase
//   ("Padang Pasir", a desert; "Lautan India", an ocean; "Tebing Batu");
// - the whole is no name of its own: the gazetteer does not list it and the
//   article does not write it again ("Gedung Putih", "Semen Padang",
//   "Kejaksaan Agung" are listed or written again in running text).
void cut_ordinary_words_off_names(const EntityExtractor& x, const Gazetteer& gaz, std::string_view title,
                                  std::vector<Entity>& title_entities, std::string_view body,
                                  std::vector<Entity>& body_entities) {
    mend_names_cut_at_punctuation(x, title, title_entities);
    mend_names_cut_at_punctuation(x, body, body_entities);
    const auto named_alone = [&](const Entity& span, std::string_view name) {
        return named_alone_in_article(x, title_entities, body_entities, span, name);
    };
    // Whether the article names a person whose name `name` starts or ends
    // ("Fati" of "Ansu Fati"): the indexer folds such a part into the full
    // name (merge_person_name_parts()).
    const auto part_of_a_person = [&](const Entity& span, std::string_view name) {
        const std::string lower = ner::to_lower(ner::normalize_spacing(name));
        const std::vector<std::string_view> part = name_words(lower);
        for (const std::vector<Entity>* list :
             std::array{&std::as_const(title_entities), &std::as_const(body_entities)})
            for (const Entity& other : *list) {
                if (&other == &span || other.type != EntityType::Person) continue;
                const std::string whole = ner::to_lower(ner::normalize_spacing(other.text));
                if (starts_or_ends_name(part, name_words(whole))) return true;
            }
        return false;
    };
    // Whether a word at the start or end of a span may be cut off, whatever
    // the rest names: an ordinary word, and at the start no head of a name.
    const auto ordinary_at_edge = [&](std::string_view word, bool at_start) {
        return is_ordinary_word(gaz, word) &&
               !(at_start && (annotate_word(gaz, word).trigger_start[0] & kHeadTriggers));
    };
    // The article's mention of `name` in a longer name of the span's type:
    // after a head of a name ("Provinsi Riau", "Kecamatan Kalideres" for
    // "Riau Buruk", "Kalideres Hanguskan") or followed by more words
    // ("Lion Air Group" for "Lion Air Bocor"), where `name` is no head
    // itself ("Universitas" of "Universitas Indonesia").
    const auto named_in_a_longer_name = [&](const Entity& span, std::string_view name) -> const Entity* {
        const std::vector<std::string_view> part = name_words(name);
        if ((annotate_word(gaz, part.front()).trigger_start[0] & kHeadTriggers) && !is_name_heading_names(gaz, name))
            return nullptr;
        for (const std::vector<Entity>* list :
             std::array{&std::as_const(title_entities), &std::as_const(body_entities)})
            for (const Entity& other : *list) {
                if (&other == &span || other.type != span.type) continue;
                const std::vector<std::string_view> whole = name_words(other.text);
                if (whole.size() <= part.size()) continue;
                if (std::equal(part.begin(), part.end(), whole.begin())) return &other;
                const std::size_t head = whole.size() - part.size();
                if (!std::equal(part.begin(), part.end(), whole.begin() + static_cast<std::ptrdiff_t>(head))) continue;
                const ner::GazAnnotation& a = annotate_words(gaz, whole.data(), whole.size());
                if (leading_trigger_length(a, whole.size(), ner::kTrigLocHead) == head ||
                    leading_trigger_length(a, whole.size(), ner::kTrigOrgHead) == head)
                    return &other;
            }
        return nullptr;
    };
    // The article's mention, of the span's type, of the first words of
    // `name` alone, where the gazetteer lists `name` whole as that type
    // ("Persib" beside "Persib Bandung Imbang": the club is listed as
    // "Persib Bandung"): the article writes the name in its short form.
    const auto shorter_form_of_listed_name = [&](const Entity& span, std::string_view name) -> const Entity* {
        const std::vector<std::string_view> words = name_words(name);
        if (words.size() < 2 ||
            gaz.canonical(gaz_type(span.type), Gazetteer::phrase_hash(ner::normalize_spacing(name))) == nullptr)
            return nullptr;
        for (std::size_t k = 1; k < words.size(); ++k) {
            const Entity* alone =
                named_alone(span, name.substr(0, offset_in(name, words[k - 1]) + words[k - 1].size()));
            if (alone != nullptr && alone->type == span.type) return alone;
        }
        return nullptr;
    };
    // Whether a headline's word at the edge of a span may be cut off though
    // no ordinary word by its own capitalization: a verb's root the corpus
    // writes affixed in lower case (is_verb_of_lower_case_family()), at the
    // start no head of a name.
    const auto headline_verb_at_edge = [&](std::string_view word, bool at_start) {
        return is_verb_of_lower_case_family(gaz, word) &&
               !(at_start && (annotate_word(gaz, word).trigger_start[0] & kHeadTriggers));
    };
    // Whether a place's span, whose rest after a cut would start with
    // `first_word` and be of `rest_type`, keeps such verbs' roots as words
    // of its own name: a place named after a person or by its head
    // ("Jembatan Habibie", "Makam Bung Karno", "Jalan Tol Layang").
    const auto place_keeps_its_verbs = [&](const Entity& span, std::string_view first_word, EntityType rest_type) {
        return span.type == EntityType::Location &&
               (rest_type == EntityType::Person ||
                (annotate_word(gaz, first_word).trigger_start[0] & kHeadTriggers) != 0);
    };
    // Whether a headline's word at the end of a span may be cut off though
    // no ordinary word: a day's or a month's name; a verb capitalized in
    // 20-80 % of its uses off a place's or body's name (the caller checks
    // the rest's type).
    const auto glued_at_end = [&](std::string_view word, EntityType span_type) {
        return is_day_or_month(word) || (span_type != EntityType::Person && is_verb_often_capitalized(gaz, word));
    };
    // Whether it may be cut off the rest being a name the article writes
    // alone as `rest_type`: of or to a person no word of listed people's
    // names, and at the end no dictionary root the corpus does not know.
    // A body's sentence may start with a word of listed people's names that
    // is a dictionary word the corpus writes in lower case in 80 % of its
    // uses or more ("Tugas Kane mendapat bantuan ...", "Potret Habibie dan
    // Ainun ..."): a name starts a sentence as often, but not with such a
    // word before a person the article names alone. Capitalized after a
    // comma, such a word starts a sentence the writer or the dump joined on
    // ("melawan Newcastle, Sementara City melakukan ...", "Manchester City
    // 3,Gol City: Riyad Mahrez").
    const auto common_word_starting_a_sentence = [&](std::string_view word) {
        const std::uint8_t cap = annotate_word(gaz, word).cap_class[0];
        return (cap == kCapRare || cap == kCapUncommon) && is_dictionary_word(lower_case_word(word));
    };
    // A word that opens a sentence in most of its uses, so the corpus
    // capitalizes it as often as a name ("Adapun Kivlan didakwa ...",
    // "Adapun Mekeng ..."): a dictionary root that takes no affix (a
    // function word: "adapun", "namun", "bahkan"; not a noun that heads a
    // name, "Jembatan Habibie", a bridge), that the corpus writes in lower
    // case at times (not "Pradana", "Samsu": surnames are roots too), and
    // that no list knows as a word of names of any type, nor as a trigger
    // ("Fajar", "Intan" take no affix either but are words of listed
    // people's names).
    const auto opens_sentences = [&](std::string_view word) {
        const ner::GazAnnotation& a = annotate_word(gaz, word);
        const std::string lower = lower_case_word(word);
        const Lexicon& lex = Lexicon::instance();
        const std::uint8_t cap = a.cap_class[0];
        return !lower.empty() && cap != 0 && cap < kCapAlways && a.word_types[0] == 0 && a.trigger_start[0] == 0 &&
               lex.is_root(lower) && lex.affix_classes(lower) == 0;
    };
    // A root the corpus does not know may end a phrase of the language
    // rather than a surname where the word cut before it is one the corpus
    // writes in lower case (`after_a_common_word`: "Dul Jaelani Napak
    // Tilas", "napak tilas" a pilgrimage; not "Rocky Gerung").
    const auto cuttable = [&](std::string_view word, bool at_start, EntityType span_type, EntityType rest_type,
                              bool at_body_sentence_start, bool after_a_common_word) {
        if (span_type != EntityType::Person && rest_type != EntityType::Person) return true;
        bool bare_rare_root = false;
        is_ordinary_word(gaz, word, &bare_rare_root);
        if (at_start && at_body_sentence_start && rest_type == EntityType::Person &&
            common_word_starting_a_sentence(word))
            return true;
        return !(annotate_word(gaz, word).word_types[0] & (1u << ner::kGazPer)) &&
               !(bare_rare_root && !at_start && !after_a_common_word);
    };
    // Cuts the span to the first piece that may be cut so: fewest words cut
    // first, then as evenly from both edges, then from the end (without its
    // last word, its first, both, its last two as in "Kepri Makin Pekat",
    // its first two as in "Rumah Duka Patra Kuningan", ...), up to kMaxCut
    // words at each edge.
    constexpr std::size_t kMaxCut = 3;
    static const std::vector<std::pair<std::size_t, std::size_t>> kCuts = [] {  // (from start, from end)
        std::vector<std::pair<std::size_t, std::size_t>> cuts;
        for (std::size_t s = 0; s <= kMaxCut; ++s)
            for (std::size_t e = 0; e <= kMaxCut; ++e)
                if (s + e > 0) cuts.emplace_back(s, e);
        std::ranges::stable_sort(cuts, [](const auto& a, const auto& b) {
            const auto key = [](const auto& c) {
                const auto [s, e] = c;
                return std::tuple{s + e, s > e ? s - e : e - s, s};
            };
            return key(a) < key(b);
        });
        return cuts;
    }();
    // A span of a headline the body quotes (quoted_headlines()) is cut as a
    // title's is, but the body is its own text.
    const auto cut = [&](Entity& span, bool in_body, bool quoted = false) {
        const std::string_view text = span.text;
        if (text.find(' ') == std::string_view::npos || is_listed_name(gaz, text)) return;
        const std::vector<std::string_view> words = name_words(text);
        const std::size_t n = words.size();
        const bool headline = !in_body || quoted;
        for (const auto& edges : kCuts) {
            const std::size_t from_start = edges.first, from_end = edges.second;
            // A body capitalizes the first word of a sentence only: a second
            // capitalized word is the writer's ("Bursa Efek Indonesia").
            if (from_start + from_end >= n || (in_body && !quoted && (from_end > 0 || from_start > 1))) continue;
            const auto cut_off = [&](std::size_t k) { return k < from_start || k >= n - from_end; };
            bool all_ordinary = true, glued_word_cut = false, verb_cut = false;
            for (std::size_t k = 0; k < n && all_ordinary; ++k) {
                if (!cut_off(k) || ordinary_at_edge(words[k], k < from_start)) continue;
                if (headline && headline_verb_at_edge(words[k], k < from_start)) {
                    verb_cut = true;
                    continue;
                }
                glued_word_cut = headline && k >= n - from_end && glued_at_end(words[k], span.type);
                all_ordinary = glued_word_cut;
            }
            if (!all_ordinary) continue;
            const std::size_t pb = offset_in(text, words[from_start]),
                              pe = offset_in(text, words[n - 1 - from_end]) + words[n - 1 - from_end].size();
            // Two words or more cut off one edge are no name the article
            // writes ("Sawah Besar Jakpus": Sawah Besar, a district).
            const auto written_elsewhere = [&](std::size_t b, std::size_t e) {
                const std::string_view phrase = text.substr(b, e - b);
                const std::string_view own = in_body ? body : title, other = in_body ? title : body;
                return occurrences(own, phrase) > 1 || other.find(phrase) != std::string_view::npos;
            };
            if ((from_start > 1 &&
                 written_elsewhere(0, offset_in(text, words[from_start - 1]) + words[from_start - 1].size())) ||
                (from_end > 1 && written_elsewhere(offset_in(text, words[n - from_end]), text.size())))
                continue;
            const std::string_view rest = text.substr(pb, pe - pb);
            // Of two words or more cut, or a word that is no ordinary word by
            // its own capitalization, the rest is more than a head of a name
            // ("PT Mobil Anak Bangsa" beside a stray "PT"; the head list
            // holds clubs too, so "Persib Usai Main" stays whole).
            if ((std::max(from_start, from_end) > 1 || glued_word_cut || verb_cut) &&
                rest.find(' ') == std::string_view::npos && (annotate_word(gaz, rest).trigger_start[0] & kHeadTriggers))
                continue;
            const Entity* alone = named_alone(span, rest);
            const bool person_part =
                alone == nullptr && span.type == EntityType::Person && part_of_a_person(span, rest);
            // Only a cut end: a word before a name may be its own head
            // ("Lautan India" beside "Samudra India").
            const Entity* longer =
                alone == nullptr && !person_part && from_start == 0 ? named_in_a_longer_name(span, rest) : nullptr;
            const Entity* shorter = alone == nullptr && !person_part && longer == nullptr && from_start == 0
                                        ? shorter_form_of_listed_name(span, rest)
                                        : nullptr;
            if (alone == nullptr && !person_part && longer == nullptr && shorter == nullptr) continue;
            const EntityType rest_type = alone != nullptr     ? alone->type
                                         : longer != nullptr  ? longer->type
                                         : shorter != nullptr ? shorter->type
                                                              : EntityType::Person;
            if (glued_word_cut && rest_type == EntityType::Person && !is_day_or_month(words[n - 1])) continue;
            if (verb_cut && place_keeps_its_verbs(span, words[from_start], rest_type)) continue;
            bool all_cuttable = true;
            for (std::size_t k = 0; k < n && all_cuttable; ++k) {
                const std::uint8_t cap_before = k > n - from_end ? annotate_word(gaz, words[k - 1]).cap_class[0] : 0;
                all_cuttable = !cut_off(k) || (k == n - 1 && is_day_or_month(words[k])) ||
                               cuttable(words[k], k < from_start, span.type, rest_type, in_body && !quoted,
                                        cap_before == kCapRare || cap_before == kCapUncommon);
            }
            if (!all_cuttable) continue;
            span.type = rest_type;
            span.canonical = alone != nullptr ? alone->canonical : x.canonical_name(rest_type, rest);
            span.begin += pb;
            span.end = span.begin + (pe - pb);
            span.text = span.text.substr(pb, pe - pb);
            return;
        }
    };
    // The first word of the next sentence glued on with no space at all
    // ("Leo Rolly CarnandoLeo", "San MarinoRossi"): a capital after two
    // lower-case letters inside the last word of a span of two words or
    // more, the part before it named alone in the article, the glued word
    // written once. Not in a one-word span: brands are written so
    // ("GrabFood", "YouTube" beside a stray "You").
    const auto cut_glued_next_sentence = [&](Entity& span) {
        const std::string_view text = span.text;
        const std::size_t space = text.rfind(' ');
        if (space == std::string_view::npos || is_listed_name(gaz, text)) return;
        const std::string_view glued_word = text.substr(space + 1);
        const auto lower = [&](std::size_t k) { return std::islower(static_cast<unsigned char>(glued_word[k])) != 0; };
        std::size_t glue = 2;  // in glued_word
        while (glue + 1 < glued_word.size() && !(std::isupper(static_cast<unsigned char>(glued_word[glue])) &&
                                                 lower(glue - 2) && lower(glue - 1) && lower(glue + 1)))
            ++glue;
        if (glue + 1 >= glued_word.size() || !std::ranges::all_of(glued_word.substr(glue), [](char c) {
                return std::isalpha(static_cast<unsigned char>(c)) != 0;
            }))
            return;
        if (occurrences(title, glued_word) + occurrences(body, glued_word) > 1) return;
        const std::size_t head_end = space + 1 + glue;
        const Entity* alone = named_alone(span, text.substr(0, head_end));
        if (alone != nullptr) keep_part_named_as(x, span, 0, head_end, alone);
    };
    for (std::vector<Entity>* list : {&title_entities, &body_entities})
        for (Entity& span : *list) cut_glued_next_sentence(span);
    // The next sentence glued on after a full stop with no space, where the
    // tokenizer keeps the dot inside a word (ends_glued_sentence() wants
    // four letters before it, for "Moh.Hatta", "Prof.Budi"): "KPK.Kelima",
    // "Shi Yu Qi.’’Tidak", "Joan Mir.MotoGP", "MotoGP 2019.Dovi". After
    // the dot comes a capital with a lower-case letter, a quote mark or an
    // invisible mark (not a lower-case domain, "Amazon.com", nor a code in
    // capitals, "Sp.KJ", "EVOS.AOV"); before it two characters or more of
    // the word (no initial: "B.J Habibie"). Evidence that the dot ends a
    // sentence rather than an abbreviation ("Ir.Soekarno", "Kab.Cirebon",
    // "Tangopa Alwan Moh.Saleh"): the article names the span up to the dot
    // alone ("KPK"), or names the glued word alone and, alone too, the word
    // before the dot or a number there ends it (a year: "Mir" and "MotoGP"
    // beside "Joan Mir.MotoGP"; "Dovi" beside "MotoGP 2019.Dovi").
    const auto cut_at_glued_full_stop = [&](Entity& span) {
        const std::string_view text = span.text;
        // Only spans as written (not one joined across an acronym).
        if (span.end - span.begin != text.size() || is_listed_name(gaz, text)) return;
        const auto is_digit = [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; };
        for (std::size_t dot = text.find('.'); dot != std::string_view::npos; dot = text.find('.', dot + 1)) {
            const std::size_t space = text.rfind(' ', dot);
            const std::size_t word_begin = space == std::string_view::npos ? 0 : space + 1;
            const std::string_view before = text.substr(word_begin, dot - word_begin);
            const std::string_view after = text.substr(dot + 1);
            if (before.size() < 2 || before.find('.') != std::string_view::npos ||
                !std::isalnum(static_cast<unsigned char>(before.back())) || after.empty())
                continue;
            const bool next_word = after.size() >= 2 && std::isupper(static_cast<unsigned char>(after[0])) &&
                                   std::islower(static_cast<unsigned char>(after[1]));
            if (!next_word && !starts_with_quote_or_invisible_mark(after)) continue;
            const std::string_view rest = text.substr(0, dot);
            const Entity* alone = named_alone(span, rest);
            if (alone == nullptr) {
                const std::string_view glued_word = name_words(after).front();
                if (space == std::string_view::npos || !next_word ||
                    named_alone(span, glued_word.substr(0, glued_word.find('.'))) == nullptr ||
                    !(std::ranges::all_of(before, is_digit) || named_alone(span, before) != nullptr))
                    continue;
            }
            keep_part_named_as(x, span, 0, dot, alone);
            return;
        }
    };
    // A numbered list's number glued before a name ("4.Alexander Marwata",
    // "10.PT Marga Mandalasakti", "2.Lili Pintauli Siregar") or a year
    // ending the sentence before ("2013.Lorenzo"): digits, a full stop and
    // two letters, the first a capital, start no name (not a car's engine,
    // "1.6G", "2.4L Standard": a digit after the dot). The number is cut
    // off; the rest takes the type and name of the article's mention of it
    // alone ("Marquez", a person, beside "11.Marquez", tagged a body).
    const auto cut_list_number = [&](Entity& span) {
        const std::string_view text = span.text;
        if (span.end - span.begin != text.size()) return;
        std::size_t dot = 0;
        while (dot < text.size() && std::isdigit(static_cast<unsigned char>(text[dot]))) ++dot;
        if (dot == 0 || dot + 2 >= text.size() || text[dot] != '.' ||
            !std::isupper(static_cast<unsigned char>(text[dot + 1])) ||
            !std::isalpha(static_cast<unsigned char>(text[dot + 2])))
            return;
        keep_part_named_as(x, span, dot + 1, text.size() - dot - 1, named_alone(span, text.substr(dot + 1)));
    };
    for (std::vector<Entity>* list : {&title_entities, &body_entities})
        for (Entity& span : *list) {
            cut_list_number(span);
            cut_at_glued_full_stop(span);
        }
    // The canonical name of `name`, a part of `span`, as `type`: as the
    // article names it alone with that type, or its own.
    const auto canonical_of_part = [&](const Entity& span, std::string_view name, EntityType type) {
        const Entity* alone = named_alone(span, name);
        return alone != nullptr && alone->type == type ? alone->canonical : x.canonical_name(type, name);
    };
    // Cuts `span` to its first `size` bytes, keeping its type.
    const auto keep_first_bytes = [&](Entity& span, std::size_t size) {
        span.canonical = canonical_of_part(span, std::string_view(span.text).substr(0, size), span.type);
        span.end = span.begin + size;
        span.text.resize(size);
    };
    // A day's or a month's name glued after a name by the date that follows
    // it ("kata Yunus Jumat (25/10/2019)", "kata Alexander Marwata Rabu, 18
    // September 2019", "alias Jokowi Oktober mendatang"): cut off wherever
    // it is written, the rest keeping the span's type, where the rest ends
    // in a word that reads as a name (capitalized in 80 % of its uses or
    // more, unknown to the corpus, or in capitals; not "Universitas Sebelas
    // Maret", "Pasar Minggu (20/9)").
    const auto cut_date_off = [&](Entity& span, std::string_view field) {
        const std::string_view text = span.text;
        const std::size_t space = text.rfind(' ');
        if (space == std::string_view::npos || !is_day_or_month(text.substr(space + 1)) || is_listed_name(gaz, text))
            return;
        const std::string_view rest = text.substr(0, space);
        const std::string_view last = name_words(rest).back();
        const std::uint8_t c = annotate_word(gaz, last).cap_class[0];
        if (!(c > kCapHalf || c <= 1 || is_all_capitals(last))) return;
        static constexpr std::string_view kTimeWords[] = {"lalu",  "mendatang", "depan", "ini",  "pagi",
                                                          "siang", "sore",      "malam", "dini", "kemarin"};
        std::size_t after = span.end;
        while (after < field.size() && (field[after] == ' ' || field[after] == ',' || field[after] == '(')) ++after;
        std::size_t word_end = after;
        while (word_end < field.size() && std::isalnum(static_cast<unsigned char>(field[word_end]))) ++word_end;
        const std::string next = ner::to_lower(field.substr(after, word_end - after));
        if (next.empty() || (!std::isdigit(static_cast<unsigned char>(next[0])) &&
                             std::find(std::begin(kTimeWords), std::end(kTimeWords), next) == std::end(kTimeWords)))
            return;
        keep_first_bytes(span, rest.size());
    };
    // The next sentence's first word glued after a word that ends in a
    // full stop ("Serie A. Namun ...", "Eubank Jr. Dia ...", "Co. Ltd.
    // Kedatangan ..."): a dictionary word the corpus capitalizes in < 20 %
    // of its uses ends no name after an initial or an abbreviation, so it
    // is cut off, the rest keeping the span's type. Not a word the corpus
    // capitalizes more often ("Henri P. Uranus", "Wahyu A. Pradana": a
    // root, but a surname), nor the second of two words ("Jl. Biduk").
    const auto cut_next_sentence_word = [&](Entity& span) {
        const std::vector<std::string_view> words = name_words(span.text);
        if (words.size() < 3 || !words[words.size() - 2].ends_with('.')) return;
        const std::string_view last = words.back();
        if (!common_word_starting_a_sentence(last)) return;
        const std::size_t rest_end = offset_in(span.text, words[words.size() - 2]) + words[words.size() - 2].size();
        // The full stop may be the sentence's: where the article names the
        // rest without it, that mention's name ("Serie A" beside "Serie A.
        // Namun").
        const Entity* without_stop = named_alone(span, std::string_view(span.text).substr(0, rest_end - 1));
        if (without_stop == nullptr) {
            keep_first_bytes(span, rest_end);
            return;
        }
        keep_part_named_as(x, span, 0, rest_end - 1, without_stop);
    };
    for (Entity& span : title_entities) cut_date_off(span, title);
    for (std::vector<Entity>* list : {&title_entities, &body_entities})
        for (Entity& span : *list) cut_next_sentence_word(span);
    for (Entity& span : body_entities) cut_date_off(span, body);
    // Cuts `span` to its first `first_end` bytes, named as `first` is, and
    // returns the name from `second_begin` on, typed and named as given.
    const auto split_in_two = [](Entity& span, std::size_t first_end, std::size_t second_begin, const Entity& first,
                                 EntityType second_type, std::string second_canonical) {
        Entity added = span;
        added.type = second_type;
        added.canonical = std::move(second_canonical);
        added.begin = span.begin + second_begin;
        added.text = span.text.substr(second_begin);
        span.type = first.type;
        span.canonical = first.canonical;
        span.end = span.begin + first_end;
        span.text.resize(first_end);
        return added;
    };
    // Splits `span` in two of its type, each with the canonical name of its
    // part (canonical_of_part()).
    const auto split_into_parts = [&](Entity& span, std::size_t first_end, std::size_t second_begin) {
        Entity first = span;
        first.canonical = canonical_of_part(span, std::string_view(span.text).substr(0, first_end), span.type);
        return split_in_two(span, first_end, second_begin, first, span.type,
                            canonical_of_part(span, std::string_view(span.text).substr(second_begin), span.type));
    };
    // An amount of money glued after a name in a list of sums ("Aston
    // Martin Rp875.151.500, BMW Rp4.207.947.600, Toyota Rp3.133.315.800",
    // "Danau Toba Rp2,2 triliun"): money is never part of a name, so the
    // span ends before it, wherever it is written.
    const auto cut_money_off = [&](Entity& span) {
        const std::vector<std::string_view> words = name_words(span.text);
        for (std::size_t k = 1; k < words.size(); ++k)
            if (is_amount_of_money(words[k], k + 1 < words.size() ? words[k + 1] : std::string_view())) {
                keep_first_bytes(span, offset_in(span.text, words[k - 1]) + words[k - 1].size());
                return;
            }
    };
    // A hospital's ward glued before the hospital ("dirawat di ICU RSPAD
    // Gatot Subroto", "Ruang CICU Paviliun Kartika RSPAD"): a ward's
    // acronym starts no hospital's name, so it is cut off, the rest keeping
    // the span's type.
    const auto cut_ward_off = [&](Entity& span) {
        const std::vector<std::string_view> words = name_words(span.text);
        if (words.size() < 2 || !is_hospital_ward(words[0])) return;
        const std::size_t rest_begin = offset_in(span.text, words[1]);
        span.begin += rest_begin;
        span.text.erase(0, rest_begin);
        span.canonical = canonical_of_part(span, span.text, span.type);
    };
    // A match's score glued between two teams in a list of results ("18
    // Juni: Persib1-1 Tira Persikabo ,23 Juni: Persib1-1 Madura United"):
    // the span is split into the team before the score and the team after
    // it, both of the span's type. The score's first team is a word of
    // letters, not in capitals ("RM56-01", a watch's model, stays).
    const auto split_at_a_score = [&](Entity& span) -> std::optional<Entity> {
        const std::vector<std::string_view> words = name_words(span.text);
        for (std::size_t k = 0; k < words.size(); ++k) {
            const std::size_t team_end = glued_score_start(words[k]);
            if (team_end == 0) continue;
            const std::size_t first_end = offset_in(span.text, words[k]) + team_end;
            if (k + 1 == words.size()) {
                keep_first_bytes(span, first_end);
                return std::nullopt;
            }
            return split_into_parts(span, first_end, offset_in(span.text, words[k + 1]));
        }
        return std::nullopt;
    };
    // A place then the higher unit it lies in, by the unit's head ("Bupati
    // Pasangkayu Provinsi Sulawesi Barat", "di Kerumutan Kabupaten
    // Pelalawan", "Kecamatan Samboja Kabupaten Kutai Kartanegara"): two
    // places, split before the head. The first is a place named by its own
    // unit's head, or words that read as a name: capitalized in 80 % of
    // their uses or unknown to the corpus, no acronym (a body's: "RSJ
    // Provinsi Jawa Barat", "DLH Kabupaten Mojokerto"), no dictionary word
    // (a unit's hall: "Balai Desa Kutuh", "Pendopo Kabupaten Lebak") and no
    // head of a name ("Dinas Perikanan Kabupaten Probolinggo" stays whole).
    const auto split_before_a_higher_unit = [&](Entity& span) -> std::optional<Entity> {
        if (span.type != EntityType::Location) return std::nullopt;
        const std::vector<std::string_view> words = name_words(span.text);
        for (std::size_t k = 1; k + 1 < words.size(); ++k) {
            if (!is_administrative_unit(words[k]) || !ner::starts_upper(words[k + 1]) ||
                is_administrative_unit(words[k + 1]))
                continue;
            const bool first_by_its_unit = is_administrative_unit(words[0]) && k >= 2;
            const bool first_reads_as_a_name =
                std::all_of(words.begin(), words.begin() + static_cast<std::ptrdiff_t>(k), [&](std::string_view w) {
                    const ner::GazAnnotation& a = annotate_word(gaz, w);
                    const std::uint8_t cap = a.cap_class[0];
                    return ner::starts_upper(w) && !is_all_capitals(w) && (cap > kCapHalf || cap <= 1) &&
                           !is_dictionary_word(lower_case_word(w)) && !(a.trigger_start[0] & kHeadTriggers);
                });
            const std::size_t first_end = offset_in(span.text, words[k - 1]) + words[k - 1].size();
            if (!first_by_its_unit && !first_reads_as_a_name) continue;
            return split_into_parts(span, first_end, offset_in(span.text, words[k]));
        }
        return std::nullopt;
    };
    for (std::vector<Entity>* list : {&title_entities, &body_entities}) {
        std::vector<Entity> in_order;  // with the second name split off added after the first
        for (Entity& span : *list) {
            cut_money_off(span);
            cut_ward_off(span);
            std::optional<Entity> second = split_at_a_score(span);
            if (!second) second = split_before_a_higher_unit(span);
            in_order.push_back(span);  // a copy: later spans still look the article's names up
            if (second) in_order.push_back(std::move(*second));
        }
        *list = std::move(in_order);
    }
    // Two names a headline joins by one ordinary word, a verb mostly
    // ("Liverpool Tumpas Newcastle", "BJ Habibie Bertemu Ainun", "Puput
    // Istri Ahok"): the span is cut to the first and the second is added,
    // where the article names each alone. Words of listed people's names
    // are allowed ("Istri", "Yakin", "Bawa"): the two names written alone
    // are the evidence.
    const auto split_at_a_joining_word = [&](Entity& span) -> std::optional<Entity> {
        const std::string_view text = span.text;
        const std::vector<std::string_view> words = name_words(text);
        for (std::size_t k = 1; k + 1 < words.size(); ++k) {
            if (!ordinary_at_edge(words[k], false) && !headline_verb_at_edge(words[k], false)) continue;
            const std::size_t first_end = offset_in(text, words[k - 1]) + words[k - 1].size();
            const std::size_t second_begin = offset_in(text, words[k + 1]);
            const Entity* first = named_alone(span, text.substr(0, first_end));
            const Entity* second = named_alone(span, text.substr(second_begin));
            if (first == nullptr || second == nullptr) continue;
            return split_in_two(span, first_end, second_begin, *first, second->type, second->canonical);
        }
        return std::nullopt;
    };
    // Two names glued with nothing between them, in a title or a body
    // ("Kerusuhan Wamena Papua", "Fraksi Gerindra MPR", "Lurah Cilincing
    // Sugiman"): each side is named alone in the article and listed as a
    // name of the type it is given there (but see titled_person). The
    // span becomes the first, the second is added after it, each with the
    // type and canonical name of its mention alone. Allowed, a listed place
    // or body then:
    // - a person the article names alone (or, in a person's span, a part of
    //   a person it names: "Amerika Serikat Donald" beside "Donald Trump")
    //   and the gazetteer lists as no place or body, nor, one word, as a word
    //   of bodies' names ("Manchester United"); not one word of listed
    //   people's names first ("Austin Green"), nor after a body in a place's
    //   span ("RSPAD Gatot Subroto", a place named after a person);
    // - a listed place after a place, a listed body after a body, with no
    //   head of a name in the first ("Istana Kepresidenan Jakarta",
    //   "Bandara Internasional Banyuwangi" are one thing), the second
    //   place listed as one for sure ("Simpang Matraman", a junction);
    // - a place listed for sure after a place listed for sure, though the
    //   article names the second nowhere else, where the first holds no
    //   head of a name, not even of several words ("Bandar Udara
    //   Internasional Supadio Pontianak"), and the corpus capitalizes each
    //   word of the second in 80 % of its uses or more ("Asmat Papua",
    //   "Asrama Mahasiswa Papua Surabaya"; not "Magetan Buru").
    // A body then a place is one name ("Persija Jakarta", "Bank Jateng").
    // A place may be listed as an ambiguous one ("Kabul", a word too).
    // Whether the gazetteer lists the name of phrase hash `h` (phrase_of())
    // as `type`, a place also as an ambiguous one.
    const auto phrase_of = [](std::string_view name) { return Gazetteer::phrase_hash(ner::normalize_spacing(name)); };
    const auto listed_as = [&](EntityType type, std::uint64_t h) {
        return gaz.canonical(gaz_type(type), h) != nullptr ||
               (type == EntityType::Location && gaz.canonical(ner::kGazLocWeak, h) != nullptr);
    };
    const auto holds_a_head = [&](std::string_view name) {
        return std::ranges::any_of(name_words(name), [&](std::string_view w) {
            return (annotate_word(gaz, w).trigger_start[0] & kHeadTriggers) != 0;
        });
    };
    // Whether a head of a name starts anywhere in `name`, one of several
    // words too ("Bandar Udara Internasional Supadio").
    const auto starts_a_head = [&](std::string_view name) {
        const std::vector<std::string_view> words = name_words(name);
        const ner::GazAnnotation& a = annotate_words(gaz, words.data(), words.size());
        for (std::size_t j = 0; j < words.size(); ++j)
            if (a.trigger_start[j] & kHeadTriggers) return true;
        return false;
    };
    // Whether every word of `name` is one the corpus capitalizes in 80 % of
    // its uses or more: a name wherever it is written ("Surabaya"), not a
    // headline's verb listed as a place too ("Polisi Magetan Buru
    // Penyuruh ...": "buru", to hunt, and the island).
    const auto always_a_name = [&](std::string_view name) {
        return std::ranges::all_of(name_words(name),
                                   [&](std::string_view w) { return annotate_word(gaz, w).cap_class[0] > kCapHalf; });
    };
    // Whether a person's title ends just before `begin` in `field`, or a
    // title and a body's acronym ("Wakil Gubernur Papua ...", "Ketua DPRD
    // Surabaya ...").
    const auto after_a_title = [&](std::string_view field, std::size_t begin) {
        const auto is_title = [&](std::string_view w) {
            return !w.empty() && (annotate_word(gaz, w).trigger_start[0] & (1u << ner::kTrigPerTitle)) != 0;
        };
        const std::string_view before = word_before(field, begin);
        if (is_title(before)) return true;
        return before.size() >= 2 && is_all_capitals(before) &&
               is_title(word_before(field, static_cast<std::size_t>(before.data() - field.data())));
    };
    // Whether a person's title starts among the capitalized words before
    // `begin` in `field`, up to kMaxTitleDistance of them ("Kepala Dinas
    // Kebudayaan dan Pariwisata Kota Batam ...", "Ketua DPRD Kota Surabaya
    // ..."): the span then names the body or place of the title.
    const auto titled_before = [&](std::string_view field, std::size_t begin) {
        constexpr std::size_t kMaxTitleDistance = 8;  // words
        std::size_t end = begin;
        for (std::size_t seen = 0; seen < kMaxTitleDistance; ++seen) {
            if (end < 2 || field[end - 1] != ' ') return false;
            std::size_t b = end - 1;
            while (b > 0 && field[b - 1] != ' ' && field[b - 1] != '\n') --b;
            const std::string_view w = field.substr(b, end - 1 - b);
            if (w.empty() || !(ner::starts_upper(w) || w == "dan" || w == "&") ||
                w.find_first_of(",.()\"") != std::string_view::npos)
                return false;
            if ((annotate_word(gaz, w).trigger_start[0] & (1u << ner::kTrigPerTitle)) || is_title_missing_as_trigger(w))
                return true;
            end = b;
        }
        return false;
    };
    // A word of a person's name: capitalized letters, none ordinary, no
    // acronym, initial, trigger or word of listed places' or bodies' names.
    constexpr unsigned kPlaceOrBodyWord = (1u << ner::kGazLoc) | (1u << ner::kGazOrg);
    constexpr std::size_t kMinNameWord = 2;  // letters: not an initial ("M.")
    const auto reads_as_a_persons_word = [&](std::string_view w) {
        const ner::GazAnnotation& a = annotate_word(gaz, w);
        if (a.trigger_start[0] != 0 || (a.word_types[0] & kPlaceOrBodyWord)) return false;
        return ner::starts_upper(w) && !is_all_capitals(w) && w.size() >= kMinNameWord &&
               std::ranges::all_of(w,
                                   [](char c) { return std::isalpha(static_cast<unsigned char>(c)) || c == '\''; }) &&
               !is_ordinary_word(gaz, w);
    };
    // Words [k, end) of a span as a person's name: each reads as a person's
    // word, or, in a name of two words or more with one such word, is a
    // word of listed people's names that listed places' or bodies' names
    // share ("Muhammad" of "Jember Muhammad Zainuri", "Gede" of "Kota
    // Denpasar Dewa Gede Rai", "Agung" of "Bank Indonesia Juda Agung"):
    // streets and buildings are named after people.
    const auto rest_reads_as_a_person = [&](const std::vector<std::string_view>& words, std::size_t k) {
        constexpr std::size_t kMinNameWords = 2;
        std::size_t own = 0;
        for (std::size_t i = k; i < words.size(); ++i) {
            if (reads_as_a_persons_word(words[i])) {
                ++own;
                continue;
            }
            const ner::GazAnnotation& a = annotate_word(gaz, words[i]);
            if (words.size() - k < kMinNameWords || !(a.word_types[0] & (1u << ner::kGazPer)) ||
                a.trigger_start[0] != 0 || !ner::starts_upper(words[i]) || is_all_capitals(words[i]) ||
                words[i].size() < kMinNameWord || is_ordinary_word(gaz, words[i]))
                return false;
        }
        return own > 0;
    };
    // Whether the article writes `name` somewhere with no title before it
    // ("pemain jebolan PB Mutiara Cardinal Bandung" beside "Kepala Bidang
    // ... PB Mutiara Cardinal, Umar Djaidi", "Kantor DMC Dompet Dhuafa"):
    // then it is a name in its own right, not a body and the person holding
    // its office. A title in lower case counts ("posisi pelatih Persija
    // Julio Banuelos").
    const auto written_without_a_title = [&](std::string_view name) {
        for (const std::string_view field : {title, body})
            for (std::size_t at = field.find(name); at != std::string_view::npos; at = field.find(name, at + 1))
                if (!titled_before(field, at) && !after_a_title(field, at)) return true;
        return false;
    };
    // Whether the title's holder is named after `span` in `field`, after an
    // honorific or a comma ("Kepala RSPAD Gatot Soebroto dr. Terawan",
    // "Kepala RSPAD Gatot Soebroto, dr Terawan Agus Putranto", "Direktur
    // Keuangan PT Inersia Ampak Engineers, Indung Andriani"): the span names
    // the body whole. Not a title after the comma: a list of titled people
    // ("..., Wakil Ketua ..."), a day ("..., Kamis (19/09)") or a place
    // ("..., Jakarta").
    const auto holder_named_after = [&](std::string_view field, const Entity& span) {
        constexpr unsigned kTitleOrRank = (1u << ner::kTrigPerTitle) | (1u << ner::kTrigPerRank);
        const auto is_honorific = [&](std::string_view w) {
            return ((trigger_roles(gaz, w) | trigger_roles(gaz, std::string(w) + ".")) &
                    (1u << ner::kTrigPerHonorific)) != 0;
        };
        std::string_view after = field.substr(std::min(span.end, field.size()));
        const bool comma = after.starts_with(",");
        after.remove_prefix(std::min(after.find_first_not_of(", "), after.size()));
        std::string_view next = after.substr(0, std::min(after.find_first_of(" ,\n"), after.size()));
        if (next.ends_with(".")) next.remove_suffix(1);
        if (next.empty()) return false;
        if (is_honorific(next)) return true;
        return comma && ner::starts_upper(next) && !is_day_or_month(next) &&
               (trigger_roles(gaz, next) & kTitleOrRank) == 0 &&
               !(annotate_word(gaz, next).word_types[0] & (1u << ner::kGazLoc));
    };
    // Whether the word after `end` in `field` (past spaces) is capitalized.
    const auto capitalized_word_after = [](std::string_view field, std::size_t end) {
        const std::size_t next = field.find_first_not_of(' ', end);
        return next != std::string_view::npos && next > end && ner::starts_upper(field.substr(next));
    };
    constexpr std::size_t kMinAcronym = 3;  // letters: "RI", "PT", "AS" are heads or countries
    // A person's name glued after the body or place of their title ("Kepala
    // BPBD Kota Bogor Juniarti Estiningsih", "Ketua DPD Nasdem Kota Medan
    // Afif Abdillah", "Kepala Dinas PUPR Bengkayang Aleksei"), where the
    // article may name the person nowhere else: the span is cut after the
    // longest first part that ends in a listed place or body and that the
    // gazetteer does not list with the next word ("Jawa Timur", not "Jawa" +
    // "Timur ..."), or that ends otherwise for sure: in a company's legal
    // form ("PT Bank Central Asia Tbk Jahja Setiaatmadja"), as a body's
    // acronym (acronym_first), as a place or body of the span's type the
    // article names alone (first_named_alone: "Persija Ferry Paulus", "Desa
    // Cilebut Timur Nuryani"). The rest reads as a person's name
    // (rest_reads_as_a_person) and is a person the article names alone, a
    // name of two words or more ("Kota Bogor Heri Karnadi"), or one word
    // after a place named by its head ("Kota Batam Ardiwinata") or of listed
    // people's names before no capitalized word ("Kepala Dinas Kesehatan DKI
    // Widyastuti, saat ..."; not "Polres Lamteng Ajun Komisaris ..."). Any
    // other one word after a first part is as often a district's or a
    // company's word ("Camat Medan Helvetia", "PT Jakarta Propertindo").
    // Never where the article writes the span with no title before it or
    // names the title's holder right after it (written_without_a_title,
    // holder_named_after).
    const auto split_titled_person = [&](Entity& span, std::string_view field) -> std::optional<Entity> {
        if (span.type == EntityType::Person || is_listed_name(gaz, span.text) || !titled_before(field, span.begin) ||
            written_without_a_title(span.text) || holder_named_after(field, span))
            return std::nullopt;
        const std::string_view text = span.text;
        const std::vector<std::string_view> words = name_words(text);
        // Whether the gazetteer lists words [b, e) as a place or a body for
        // sure (not an ambiguous place).
        const auto listed_body_or_place = [&](std::size_t b, std::size_t e) {
            const std::size_t from = offset_in(text, words[b]);
            const std::uint64_t h =
                phrase_of(text.substr(from, offset_in(text, words[e - 1]) + words[e - 1].size() - from));
            return gaz.canonical(ner::kGazLoc, h) != nullptr || gaz.canonical(ner::kGazOrg, h) != nullptr;
        };
        // A body's acronym alone first, listed or not ("Direktur KTM Pit
        // Beirer", "Wakil Ketua Dewan Wasit FORKI Hai Fendri Putih"), ends
        // the first part, unless a listed name starting with it goes on; the
        // rest must then be named in part as a person
        // (rest_partly_named_as_person): an acronym's expansion or a
        // hospital named after a person goes on in words like a person's
        // ("BEM Fisip Uncen", "Kepala RSPAD Gatot Soebroto").
        const auto acronym_first = [&](std::size_t k) {
            if (k != 1 || !is_all_capitals(words[0]) || words[0].size() < kMinAcronym ||
                (annotate_word(gaz, words[0]).trigger_start[0] & kHeadTriggers) != 0)
                return false;
            for (std::size_t e = 2; e <= words.size(); ++e)
                if (listed_body_or_place(0, e)) return false;
            return true;
        };
        // Whether the article names a word of the rest from words[k], or its
        // end, alone as a person ("Beirer" beside "KTM Pit Beirer", "Fendri
        // Putih" beside "FORKI Hai Fendri Putih").
        const auto rest_partly_named_as_person = [&](std::size_t k) {
            for (std::size_t i = k; i < words.size(); ++i) {
                const std::size_t from = offset_in(text, words[i]);
                for (const std::string_view part : {words[i], text.substr(from)}) {
                    const Entity* alone = named_alone(span, part);
                    if (alone != nullptr && alone->type == EntityType::Person) return true;
                }
            }
            return false;
        };
        // Whether the article names words [0, k) alone, as a place or body
        // of the span's type, no head alone that the corpus writes in lower
        // case or in two letters ("PT Taspen", "Bank Ritsuo Fukadai"; not
        // "Persija Ferry Paulus"), ending in no word it names alone as a
        // person ("Desa Malakoni Tedi" beside "Tedi"), and with no word of the
        // rest named alone as a place or body ("Kalibata" beside "Taman Makam
        // Pahlawan Kalibata").
        const auto first_named_alone = [&](std::size_t k) {
            const Entity* first =
                named_alone(span, text.substr(0, offset_in(text, words[k - 1]) + words[k - 1].size()));
            if (first == nullptr || first->type != span.type) return false;
            const ner::GazAnnotation& a = annotate_word(gaz, words[0]);
            if (k == 1 && (a.trigger_start[0] & kHeadTriggers) != 0 &&
                (a.cap_class[0] < kCapAlways || words[0].size() < kMinAcronym))
                return false;
            if (const Entity* last = named_alone(span, words[k - 1]);
                last != nullptr && last->type == EntityType::Person)
                return false;
            return std::none_of(words.begin() + static_cast<std::ptrdiff_t>(k), words.end(), [&](std::string_view w) {
                const Entity* alone = named_alone(span, w);
                return alone != nullptr && alone->type != EntityType::Person;
            });
        };
        for (std::size_t k = words.size() - 1; k >= 1; --k) {
            const bool by_acronym = acronym_first(k);
            bool ends_listed =
                     by_acronym || (k >= 2 && is_company_legal_form_after(words[k - 1])) || first_named_alone(k),
                 continues = false;
            for (std::size_t j = 0; j < k; ++j) {
                ends_listed = ends_listed || listed_body_or_place(j, k);
                continues = continues || listed_body_or_place(j, k + 1);
            }
            if (!ends_listed || continues || !rest_reads_as_a_person(words, k) ||
                (by_acronym && !rest_partly_named_as_person(k)))
                continue;
            const std::size_t first_end = offset_in(text, words[k - 1]) + words[k - 1].size();
            const std::size_t second_begin = offset_in(text, words[k]);
            const std::string_view head = text.substr(0, first_end), rest = text.substr(second_begin);
            const Entity* alone = named_alone(span, rest);
            const bool after_a_place_head =
                (annotate_word(gaz, words[0]).trigger_start[0] & (1u << ner::kTrigLocHead)) != 0;
            const bool listed_persons_word = words.size() - k == 1 &&
                                             (annotate_word(gaz, words[k]).word_types[0] & (1u << ner::kGazPer)) != 0 &&
                                             !capitalized_word_after(field, span.end);
            if (alone != nullptr ? alone->type != EntityType::Person
                                 : words.size() - k < 2 && !after_a_place_head && !listed_persons_word)
                continue;
            // The first keeps the span's type unless the article names it
            // alone as a place or body.
            Entity first = span;
            if (const Entity* named = named_alone(span, head); named != nullptr && named->type != EntityType::Person)
                first = *named;
            else
                first.canonical = x.canonical_name(span.type, head);
            return split_in_two(span, first_end, second_begin, first, EntityType::Person,
                                alone != nullptr ? alone->canonical : x.canonical_name(EntityType::Person, rest));
        }
        return std::nullopt;
    };
    // A person's name glued after a place or body the article names alone,
    // after a title the trigger list lacks or in a list ("Bank Mandiri Rohan
    // Hafas", "Kecamatan Cilincing Edison Sahputra", "Jepang Kento Momota"):
    // split into the first, with the type and canonical name of its mention
    // alone, and the person, where the rest is two words or more that read
    // as a person's (as in split_titled_person) and the article names the
    // rest, or its first word, alone as a person ("Edison"). Not its last
    // word alone: "PES Pte Ltd" (a company's suffix), "CBS News Sacramento".
    // Not after a head of a name ("PT Bio Farma"), nor a body's name in a
    // place's span ("RSPAD Gatot Soebroto", a place named after a person).
    const auto split_person_after_a_name = [&](Entity& span) -> std::optional<Entity> {
        if (span.type == EntityType::Person || is_listed_name(gaz, span.text)) return std::nullopt;
        const std::string_view text = span.text;
        const std::vector<std::string_view> words = name_words(text);
        constexpr std::size_t kMinPersonWords = 2;
        if (words.size() < 1 + kMinPersonWords) return std::nullopt;
        const auto named_as_person = [&](std::string_view name) {
            const Entity* alone = named_alone(span, name);
            return alone != nullptr && alone->type == EntityType::Person ? alone : nullptr;
        };
        for (std::size_t k = 1; k + kMinPersonWords <= words.size(); ++k) {
            if ((annotate_word(gaz, words[k - 1]).trigger_start[0] & kHeadTriggers) != 0 ||
                !std::all_of(words.begin() + static_cast<std::ptrdiff_t>(k), words.end(), reads_as_a_persons_word))
                continue;
            const std::size_t first_end = offset_in(text, words[k - 1]) + words[k - 1].size();
            const std::size_t second_begin = offset_in(text, words[k]);
            const Entity* first = named_alone(span, text.substr(0, first_end));
            if (first == nullptr || first->type == EntityType::Person ||
                (span.type == EntityType::Location && first->type == EntityType::Organization))
                continue;
            const std::string_view rest = text.substr(second_begin);
            const Entity* person = named_as_person(rest);
            if (person == nullptr && named_as_person(words[k]) == nullptr) continue;
            return split_in_two(span, first_end, second_begin, *first, EntityType::Person,
                                person != nullptr ? person->canonical : x.canonical_name(EntityType::Person, rest));
        }
        return std::nullopt;
    };
    // A race's or a match's table writes each row as a person, their
    // country's three-letter code and their team ("1. Marc Marquez SPA
    // Repsol Honda (RC213V) 275,2. Andrea Dovizioso ITA Ducati Team ...",
    // "Cal CRUTCHLOW GBR LCR Honda CASTROL Honda"); the tagger glues the
    // row into one span or the code onto the team ("SPA Repsol Honda").
    // The evidence that capitals are a country's code is the table's
    // shape: the body writes kMinTableCodes different three-capital words
    // or more, each right after a name of two or three words that reads as
    // a person's (its surname may be in capitals) and starts a row, and
    // before a capitalized word. Bodies' acronyms stand after titles or
    // other bodies' words, not after people's names ("Wakil Ketua KPK Saut",
    // "Komisi III DPR RI", "Red Bull KTM Factory"); clickid's race tables
    // name 9 to 11 codes, its politics articles 4 at most even without the
    // guards on the name.
    constexpr std::size_t kMinTableCodes = 4;
    const auto letters_only = [](std::string_view w) {
        return std::ranges::all_of(w, [](char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; });
    };
    const auto is_code_shaped = [](std::string_view w) {
        return w.size() == 3 && std::ranges::all_of(w, [](char c) { return c >= 'A' && c <= 'Z'; });
    };
    const std::set<std::string_view> table_codes = [&] {
        std::vector<std::string_view> words;
        for (std::size_t pos = 0; pos < body.size();) {
            const std::size_t end = std::min(body.find_first_of(" \n", pos), body.size());
            if (end > pos) words.push_back(body.substr(pos, end - pos));
            pos = end + 1;
        }
        // A word of a rider's name: a word of listed places' names too
        // ("Cal Crutchlow"), a surname in capitals, but no code itself
        // ("Nakagami JPN LCR Honda", "Marini ITA SKY Racing Team").
        const auto name_word = [&](std::string_view w) {
            const ner::GazAnnotation& a = annotate_word(gaz, w);
            return ner::starts_upper(w) && w.size() >= kMinNameWord && a.trigger_start[0] == 0 && !is_code_shaped(w) &&
                   letters_only(w) && !is_ordinary_word(gaz, w);
        };
        // The name (two words, or three: "Andi Farid Izdihar INA Honda Team
        // Asia") starts the row: no other capitalized word before it, as a
        // team's before its maker's code ("SPA Red Bull KTM Factory").
        const auto starts_a_row = [&](std::size_t k) {
            const auto no_capital_before = [&](std::size_t j) { return j == 0 || !ner::starts_upper(words[j - 1]); };
            const auto first_name_before = [&](std::size_t j) {
                return j > 0 && ner::starts_upper(words[j - 1]) && !is_all_capitals(words[j - 1]) &&
                       letters_only(words[j - 1]);
            };
            return no_capital_before(k) || (first_name_before(k) && no_capital_before(k - 1));
        };
        std::set<std::string_view> codes;
        for (std::size_t k = 2; k + 1 < words.size(); ++k)
            if (is_code_shaped(words[k]) && ner::starts_upper(words[k + 1]) && name_word(words[k - 2]) &&
                !is_all_capitals(words[k - 2]) && name_word(words[k - 1]) && starts_a_row(k - 2))
                codes.insert(words[k]);
        if (codes.size() < kMinTableCodes) codes.clear();
        return codes;
    }();
    // A span holding such a code is split at it: the name before it is the
    // person (named as the article names them alone), the words after it
    // the team (a body unless the article names them alone otherwise); the
    // code itself is no entity.
    const auto split_at_a_country_code = [&](Entity& span) -> std::optional<Entity> {
        if (table_codes.empty()) return std::nullopt;
        const std::string_view text = span.text;
        const std::vector<std::string_view> words = name_words(text);
        for (std::size_t k = 0; k < words.size(); ++k) {
            if (!table_codes.contains(words[k]) || (k == 0 && words.size() == 1)) continue;
            const std::size_t first_end = k == 0 ? 0 : offset_in(text, words[k - 1]) + words[k - 1].size();
            const std::size_t second_begin = k + 1 == words.size() ? text.size() : offset_in(text, words[k + 1]);
            const std::string_view person = text.substr(0, first_end), team = text.substr(second_begin);
            const auto named_as = [&](std::string_view name, EntityType fallback) {
                const Entity* alone = named_alone(span, name);
                Entity named = span;
                const bool keeps_type =
                    alone != nullptr && (alone->type == EntityType::Person) == (fallback == EntityType::Person);
                named.type = keeps_type ? alone->type : fallback;
                named.canonical = keeps_type ? alone->canonical : x.canonical_name(fallback, name);
                return named;
            };
            if (team.empty()) {
                const Entity first = named_as(person, EntityType::Person);
                span.type = first.type;
                span.canonical = first.canonical;
                span.end = span.begin + first_end;
                span.text.resize(first_end);
                return std::nullopt;
            }
            const Entity second = named_as(team, EntityType::Organization);
            if (person.empty()) {
                span.type = second.type;
                span.canonical = second.canonical;
                span.begin += second_begin;
                span.text.erase(0, second_begin);
                return std::nullopt;
            }
            return split_in_two(span, first_end, second_begin, named_as(person, EntityType::Person), second.type,
                                second.canonical);
        }
        return std::nullopt;
    };
    const auto split_two_glued_names = [&](Entity& span, std::string_view field) -> std::optional<Entity> {
        const std::string_view text = span.text;
        if (text.find(' ') == std::string_view::npos || is_listed_name(gaz, text)) return std::nullopt;
        const std::vector<std::string_view> words = name_words(text);
        // A person's name after a title and a place ("Bupati Kabupaten
        // Puncak Willem Wandik", "Presiden Amerika Serikat Donald"), where
        // the article names the person nowhere else: its first word is one
        // of listed people's names, none an ordinary word.
        const auto titled_person = [&](std::size_t k, const Entity& first) {
            if (first.type != EntityType::Location || !after_a_title(field, span.begin) ||
                !(annotate_word(gaz, words[k]).word_types[0] & (1u << ner::kGazPer)))
                return false;
            for (std::size_t j = k; j < words.size(); ++j)
                if (!ner::starts_upper(words[j]) || is_ordinary_word(gaz, words[j])) return false;
            return true;
        };
        for (std::size_t k = 1; k < words.size(); ++k) {
            const std::size_t first_end = offset_in(text, words[k - 1]) + words[k - 1].size();
            const std::size_t second_begin = offset_in(text, words[k]);
            const std::string_view head = text.substr(0, first_end), rest = text.substr(second_begin);
            // A street after the place or body it is the address of ("asrama
            // Papua Jalan Kalasan", "Bank Sumut Jalan Imam Bonjol"): a
            // street is no part of a name, so the first need not be listed
            // nor the street named alone.
            if (is_street_head(words[k]) && k + 1 < words.size() && ner::starts_upper(words[k + 1])) {
                const Entity* first = named_alone(span, head);
                if (first == nullptr || first->type == EntityType::Person) continue;
                return split_in_two(span, first_end, second_begin, *first, EntityType::Location,
                                    x.canonical_name(EntityType::Location, rest));
            }
            // The listing first: it is cheaper than the article's mentions.
            const std::uint64_t head_hash = phrase_of(head);
            if (!listed_as(EntityType::Location, head_hash) && !listed_as(EntityType::Organization, head_hash))
                continue;
            const Entity* first = named_alone(span, head);
            if (first == nullptr || first->type == EntityType::Person || !listed_as(first->type, head_hash)) continue;
            const Entity* second = named_alone(span, rest);
            EntityType second_type;
            if (second != nullptr
                    ? second->type == EntityType::Person
                    : (span.type == EntityType::Person && part_of_a_person(span, rest)) || titled_person(k, *first)) {
                second_type = EntityType::Person;
                const std::uint64_t rest_hash = phrase_of(rest);
                if (listed_as(EntityType::Location, rest_hash) || listed_as(EntityType::Organization, rest_hash) ||
                    (k + 1 == words.size() && (annotate_word(gaz, rest).word_types[0] & (1u << ner::kGazOrg))) ||
                    (k == 1 && (annotate_word(gaz, head).word_types[0] & (1u << ner::kGazPer))) ||
                    (span.type == EntityType::Location && first->type != EntityType::Location))
                    continue;
            } else if (second == nullptr && span.type == EntityType::Location && first->type == EntityType::Location &&
                       gaz.canonical(ner::kGazLoc, head_hash) != nullptr &&
                       gaz.canonical(ner::kGazLoc, phrase_of(rest)) != nullptr && !starts_a_head(head) &&
                       always_a_name(rest)) {
                // Two places listed for sure, the first named alone, the
                // second nowhere else ("Asmat Papua", "rute Semarang
                // Banjarmasin", "Asrama Mahasiswa Papua Surabaya").
                second_type = EntityType::Location;
            } else if (second != nullptr && second->type == first->type) {
                // A second place listed for sure, not as a village or an
                // ambiguous name ("Simpang Matraman", a junction).
                second_type = second->type;
                if (holds_a_head(head) || gaz.canonical(gaz_type(second_type), phrase_of(rest)) == nullptr) continue;
            } else {
                continue;
            }
            return split_in_two(span, first_end, second_begin, *first, second_type,
                                second != nullptr ? second->canonical : x.canonical_name(second_type, rest));
        }
        return std::nullopt;
    };
    // A country or city glued before a club, a company or a place the
    // article names alone ("klub Jerman Wolfsburg", "sesama klub London
    // Crystal Palace", "ibu kota Afghanistan Kabul", "maskapai milik Rusia
    // Aeroflot"): the writer's epithet of where the thing is from, not a
    // word of its name, so the span is split into the place and the name,
    // each with the type and canonical name of its mention alone. The first
    // is one or two words the gazetteer lists for sure as a place, no head
    // of a name, that it does not list with the next word ("Korea" of
    // "Korea Selatan ..."); the rest is named alone as a place or body.
    constexpr std::size_t kMaxPlaceWords = 2;  // "Amerika Serikat", "Arab Saudi"
    const auto split_place_before_a_name = [&](Entity& span, std::string_view body_field) -> std::optional<Entity> {
        if (span.type == EntityType::Person || is_listed_name(gaz, span.text)) return std::nullopt;
        const std::string_view text = span.text;
        const std::vector<std::string_view> words = name_words(text);
        // A body's span the tagger cut from a longer name before a
        // capitalized word ("di Indonesia Sentul Series of Motorsport") is
        // no place and a name. (A Title Case title capitalizes every word.)
        std::size_t after = span.end;
        while (after < body_field.size() && body_field[after] == ' ') ++after;
        if (after < body_field.size() && std::isupper(static_cast<unsigned char>(body_field[after])))
            return std::nullopt;
        for (std::size_t k = std::min(kMaxPlaceWords, words.size() - 1); k >= 1; --k) {
            const std::size_t first_end = offset_in(text, words[k - 1]) + words[k - 1].size();
            const std::size_t second_begin = offset_in(text, words[k]);
            const std::string_view head = text.substr(0, first_end), rest = text.substr(second_begin);
            if (gaz.canonical(ner::kGazLoc, phrase_of(head)) == nullptr || holds_a_head(head)) continue;
            const std::size_t next_end = offset_in(text, words[k]) + words[k].size();
            if (is_listed_name(gaz, text.substr(0, next_end))) return std::nullopt;
            // The place is no acronym ("AS" of "AS Roma"), no word the
            // corpus writes in lower case in a fifth of its uses or more
            // ("Puncak Lawu", "Kompleks Parlemen Senayan", "Batu"); the
            // name starts with no trigger ("China Selatan") nor a word that
            // makes a place's name a body's ("Manchester City").
            const bool place_reads_as_a_name =
                std::none_of(words.begin(), words.begin() + static_cast<std::ptrdiff_t>(k), is_all_capitals) &&
                always_a_name(head);
            if (!place_reads_as_a_name || annotate_word(gaz, words[k]).trigger_start[0] != 0 ||
                names_a_place_as_a_body(words[k]))
                return std::nullopt;
            // An acronym after a place is as often the place's own event or
            // body ("Badung IFC", a cup of the regency).
            if (words.size() == k + 1 && is_all_capitals(rest)) return std::nullopt;
            const Entity* second = named_alone(span, rest);
            if (second == nullptr || second->type == EntityType::Person) return std::nullopt;
            // Two places need the first to be a country ("Afghanistan Kabul",
            // "Jerman Wolfsburg") or named alone, as for two listed places
            // (split_two_glued_names: "Asmat Papua" beside "Papua" alone may
            // be one regency's name).
            if (second->type == EntityType::Location &&
                !EntityNames::is_country(
                    schema::normalize_boolean_value(*gaz.canonical(ner::kGazLoc, phrase_of(head)))) &&
                named_alone(span, head) == nullptr)
                return std::nullopt;
            Entity first = span;
            first.type = EntityType::Location;
            first.canonical = canonical_of_part(span, head, EntityType::Location);
            return split_in_two(span, first_end, second_begin, first, second->type, second->canonical);
        }
        return std::nullopt;
    };
    // A headline's word before a place named by its head ("Trotoar di
    // Tengah Jalan Kalimalang", "Karnaval Danau Toba", "Enam Negara Asia
    // Tenggara"): the head starts the name, so a word before it that the
    // corpus writes in lower case in most of its uses is the headline's,
    // even where the article writes the place otherwise ("Jalan Raya
    // Kalimalang") or not at all. Not a head itself ("Taman Makam
    // Pahlawan"), nor a word the corpus capitalizes in half its uses or
    // more ("Sungai Kali Ciliwung", "Balai Kota").
    const auto cut_word_before_a_place_head = [&](Entity& span) {
        const std::vector<std::string_view> words = name_words(span.text);
        if (span.type != EntityType::Location || words.size() < 3) return;
        const ner::GazAnnotation& first = annotate_word(gaz, words[0]);
        const std::uint8_t cap = first.cap_class[0];
        if (!ner::starts_upper(words[0]) || is_all_capitals(words[0]) || cap < kCapRare || cap > kCapMostlyLowerCase ||
            (first.trigger_start[0] & kHeadTriggers) != 0 ||
            (annotate_word(gaz, words[1]).trigger_start[0] & (1u << ner::kTrigLocHead)) == 0)
            return;
        const std::size_t rest_begin = offset_in(span.text, words[1]);
        span.begin += rest_begin;
        span.text.erase(0, rest_begin);
        span.canonical = x.canonical_name(EntityType::Location, span.text);
    };
    // A person, a headline's verb and a place named by its head, in one
    // span ("Alasan Fahri Hamzah Dukung Jokowi Bangun Istana di Papua"):
    // split into the person, where the article names them alone, and the
    // place from its head; the verb between, written in lower case in most
    // of its uses and no head, is dropped. "Bangun" is a word of listed
    // people's names (a Batak surname), which the cuts above keep.
    const auto split_person_before_a_place_head = [&](Entity& span) -> std::optional<Entity> {
        const std::vector<std::string_view> words = name_words(span.text);
        if (span.type != EntityType::Person) return std::nullopt;
        for (std::size_t k = 1; k + 1 < words.size(); ++k) {
            const ner::GazAnnotation& verb = annotate_word(gaz, words[k]);
            const std::uint8_t cap = verb.cap_class[0];
            if (!ner::starts_upper(words[k]) || is_all_capitals(words[k]) || cap < kCapRare ||
                cap > kCapMostlyLowerCase || (verb.trigger_start[0] & kHeadTriggers) != 0 ||
                (annotate_word(gaz, words[k + 1]).trigger_start[0] & (1u << ner::kTrigLocHead)) == 0)
                continue;
            const std::size_t first_end = offset_in(span.text, words[k - 1]) + words[k - 1].size();
            const std::size_t second_begin = offset_in(span.text, words[k + 1]);
            const Entity* first = named_alone(span, span.text.substr(0, first_end));
            if (first == nullptr || first->type != EntityType::Person) continue;
            return split_in_two(span, first_end, second_begin, *first, EntityType::Location,
                                x.canonical_name(EntityType::Location, span.text.substr(second_begin)));
        }
        return std::nullopt;
    };
    // A headline's last word after a person's name ("5 Fakta BJ Habibie
    // Sakit hingga ..."), where the article names the rest alone as a
    // person: cut() refuses a word the corpus capitalizes in 20-50 %
    // of its uses, but a root that takes affixes (a verb or an adjective:
    // "sakit", "lantik"), written in lower case in half its uses or more,
    // no word of listed people's names, ends no person's name. Not a root
    // that takes none, a rare noun as surnames are ("Dewi Sanca": "sanca",
    // a python).
    // A headline's verb inside a span with its object after it ("SDN
    // Cilincing Pasang Alat Penyaring Udara", "Kulon Progo Butuh Air
    // Bersih", "BJ Habibie Donorkan Mata"): a verb the corpus writes affixed
    // in lower case (is_verb_of_lower_case_family()) ends the name before
    // it, where the article names that part alone; the span is cut to it
    // with that mention's type and name, and the verb's object, written
    // alone nowhere, goes with it. Not in a place named by its head or
    // after a person (as in cut()).
    const auto cut_at_a_headline_verb = [&](Entity& span) {
        const std::vector<std::string_view> words = name_words(span.text);
        for (std::size_t k = 1; k + 1 < words.size(); ++k) {
            if (!headline_verb_at_edge(words[k], false)) continue;
            const std::size_t first_end = offset_in(span.text, words[k - 1]) + words[k - 1].size();
            const Entity* first = named_alone(span, std::string_view(span.text).substr(0, first_end));
            if (first == nullptr || place_keeps_its_verbs(span, words[0], first->type)) continue;
            keep_part_named_as(x, span, 0, first_end, first);
            return;
        }
    };
    const auto cut_headline_word_off_person = [&](Entity& span) {
        const std::vector<std::string_view> words = name_words(span.text);
        if (span.type != EntityType::Person || words.size() < 2) return;
        const std::string_view last = words.back();
        const ner::GazAnnotation& a = annotate_word(gaz, last);
        const std::uint8_t cap = a.cap_class[0];
        const std::string lower = lower_case_word(last);
        if (lower.empty() || cap < kCapRare || cap > kCapMostlyLowerCase || (a.word_types[0] & (1u << ner::kGazPer)) ||
            a.trigger_start[0] != 0 || !Lexicon::instance().is_root(lower) ||
            Lexicon::instance().affix_classes(lower) == 0)
            return;
        const std::size_t rest_end = offset_in(span.text, words[words.size() - 2]) + words[words.size() - 2].size();
        const Entity* alone = named_alone(span, std::string_view(span.text).substr(0, rest_end));
        if (alone != nullptr && alone->type == EntityType::Person) keep_part_named_as(x, span, 0, rest_end, alone);
    };
    const bool title_case = is_title_case_text(title);
    {
        std::vector<Entity> in_order;  // with the second names added after their first
        for (Entity& span : title_entities) {
            std::optional<Entity> second;
            if (body.find(span.text) == std::string_view::npos && !is_listed_name(gaz, span.text)) {
                const std::string before = span.text;
                if (title_case) cut(span, false);
                if (span.text == before && title_case) cut_word_before_a_place_head(span);
                if (span.text == before && title_case) cut_headline_word_off_person(span);
                if (span.text == before && title_case) second = split_person_before_a_place_head(span);
                if (span.text == before && !second && title_case) second = split_at_a_joining_word(span);
                if (span.text == before && !second && title_case) cut_at_a_headline_verb(span);
                if (span.text == before && !second) second = split_two_glued_names(span, title);
                if (span.text == before && !second) second = split_place_before_a_name(span, {});
            }
            in_order.push_back(span);  // a copy: later spans still look the article's names up
            if (second) in_order.push_back(std::move(*second));
        }
        title_entities = std::move(in_order);
    }
    // An acronym's expansion the tagger cut at its commas ("UNESCO (United
    // Nations Educational, Scientific and Cultural Organization)", "The
    // United Nations Educational, Scientific, and Cultural Organization
    // (UNESCO)" -> "United Nations Educational" + "Cultural Organization"):
    // two spans with only capitalized words, commas and function words
    // between them, and the acronym in brackets right after the second or
    // right before the first, which spells the whole. The first becomes the
    // whole, a body named as the acronym is; the second goes.
    constexpr std::size_t kMaxExpansionGap = 60;  // bytes between the two spans
    const auto acronym_beside = [&](const Entity& first, const Entity& second) -> std::string_view {
        if (second.end + 2 < body.size() && body.compare(second.end, 2, " (") == 0) {
            const std::size_t close = body.find(')', second.end + 2);
            if (close != std::string_view::npos) return body.substr(second.end + 2, close - second.end - 2);
        }
        if (first.begin >= 3 && body.compare(first.begin - 2, 2, " (") == 0 && second.end < body.size() &&
            body[second.end] == ')') {
            const std::size_t open = body.rfind(' ', first.begin - 3);
            const std::size_t from = open == std::string_view::npos ? 0 : open + 1;
            return body.substr(from, first.begin - 2 - from);
        }
        return {};
    };
    const auto joins_an_expansion = [&](const Entity& first, const Entity& second) {
        if (second.begin <= first.end || second.begin - first.end > kMaxExpansionGap || body[first.end] != ',')
            return std::string_view();
        const std::string_view gap = body.substr(first.end, second.begin - first.end);
        for (std::size_t b = 0; b < gap.size();) {
            if (gap[b] == ' ' || gap[b] == ',') {
                ++b;
                continue;
            }
            std::size_t e = b;
            while (e < gap.size() && std::isalpha(static_cast<unsigned char>(gap[e]))) ++e;
            const std::string_view w = gap.substr(b, e - b);
            if (e < gap.size() && gap[e] != ' ' && gap[e] != ',') return std::string_view();
            if (w.empty() || !(std::isupper(static_cast<unsigned char>(w[0])) || acronym_skips(w)))
                return std::string_view();
            b = e;
        }
        // The acronym needs the first span's words: it spells neither
        // what follows the first comma alone ("Labuan Bajo, Nusa Tenggara
        // Timur (NTT)") nor the first span alone.
        const std::string_view acronym = acronym_beside(first, second);
        const std::string_view whole = body.substr(first.begin, second.end - first.begin);
        const std::string_view after_comma = body.substr(first.end + 1, second.end - first.end - 1);
        if (acronym.empty() || !is_acronym_of(acronym, whole) || is_acronym_of(acronym, after_comma) ||
            is_acronym_of(acronym, first.text))
            return std::string_view();
        return acronym;
    };
    for (std::size_t i = 0; i + 1 < body_entities.size(); ++i) {
        Entity& first = body_entities[i];
        const Entity& second = body_entities[i + 1];
        const std::string_view acronym = joins_an_expansion(first, second);
        if (acronym.empty()) continue;
        first.type = EntityType::Organization;
        first.canonical = x.canonical_name(EntityType::Organization, acronym);
        for (const Entity& other : body_entities)
            if (other.text == acronym) first.canonical = other.canonical;
        first.end = second.end;
        first.text = std::string(body.substr(first.begin, first.end - first.begin));
        body_entities.erase(body_entities.begin() + static_cast<std::ptrdiff_t>(i) + 1);
    }
    // Such a word starting a body's sentence before a person the article
    // names alone (or a part of one) is cut off, the rest keeping the
    // mention's type and canonical name.
    const auto cut_word_opening_a_sentence = [&](Entity& span) {
        const std::vector<std::string_view> words = name_words(span.text);
        if (words.size() < 2 || !opens_sentences(words[0])) return;
        const std::size_t rest_begin = offset_in(span.text, words[1]);
        const std::string_view rest = std::string_view(span.text).substr(rest_begin);
        const Entity* alone = named_alone(span, rest);
        const bool person = alone != nullptr ? alone->type == EntityType::Person
                                             : span.type == EntityType::Person && part_of_a_person(span, rest);
        // A person either way: `alone`'s type, or the span's.
        if (person) keep_part_named_as(x, span, rest_begin, rest.size(), alone);
    };
    const auto headlines = quoted_headlines(gaz, body);
    const auto in_a_headline = [&](const Entity& span) {
        return std::ranges::any_of(headlines,
                                   [&](const QuotedHeadline& h) { return h.begin <= span.begin && span.end <= h.end; });
    };
    std::vector<Entity> in_order;
    for (Entity& span : body_entities) {
        std::optional<Entity> second = split_at_a_country_code(span);
        if (!second && title.find(span.text) == std::string_view::npos && occurrences(body, span.text) == 1) {
            const std::string before = span.text;
            if (in_a_headline(span) && !is_listed_name(gaz, span.text)) {
                cut(span, true, true);
                if (span.text == before) second = split_at_a_joining_word(span);
            } else if (starts_a_sentence(body, span.begin)) {
                cut(span, true);
                if (span.text == before) cut_word_opening_a_sentence(span);
            } else if (span.type != EntityType::Person && after_a_comma(body, span.begin) &&
                       common_word_starting_a_sentence(name_words(span.text).front())) {
                // Only to a name of the span's type: a person's first name is
                // as often such a word ("Walikota Somersworth, Dana
                // Hilliard"), and a body's words before a place
                // ("PT , Mobil Indonesia (NMI)").
                Entity shorter = span;
                cut(shorter, true);
                if (shorter.type == span.type) span = std::move(shorter);
            }
            if (span.text == before && !second) second = split_two_glued_names(span, body);
            if (span.text == before && !second) second = split_place_before_a_name(span, body);
        }
        if (!second) second = split_titled_person(span, body);
        if (!second) second = split_person_after_a_name(span);
        in_order.push_back(span);
        if (second) in_order.push_back(std::move(*second));
    }
    body_entities = std::move(in_order);
}

// Whether `word` names a social platform whose accounts the news cites by
// name ("akun Twitter BMKG", "kanal YouTube Capcom", "unggahan Instagram
// Billy"), in any case ("Youtube", "Linkedin"). No list of the project
// names them: is_site_or_byline() knows news sites by their domain's form.
bool is_social_platform(std::string_view word) {
    static constexpr std::array<std::string_view, 10> kPlatforms{"facebook", "twitter",  "instagram", "youtube",
                                                                 "tiktok",   "whatsapp", "linkedin",  "telegram",
                                                                 "snapchat", "weibo"};
    return std::ranges::find(kPlatforms, ner::to_lower(word)) != kPlatforms.end();
}

// Whether `word` names an account or a channel, said before its platform
// ("akun Twitter Kedubes Inggris", "kanal YouTube Macan Idealis", "channel
// YouTube The Hermansyah", "saluran YouTube Starpro").
bool is_account_word(std::string_view word) {
    static constexpr std::array<std::string_view, 5> kAccountWords{"akun", "kanal", "channel", "saluran", "laman"};
    return std::ranges::find(kAccountWords, ner::to_lower(word)) != kAccountWords.end();
}

// Whether `word` is a platform's handle: "@" and a letter or digit
// ("@infoBMKG", "@KAI121").
bool is_handle(std::string_view word) {
    return word.size() >= 2 && word[0] == '@' && std::isalnum(static_cast<unsigned char>(word[1]));
}

// A name's letters and digits in lower case (ASCII), as a handle writes it
// ("Susi Pudjiastuti" -> "susipudjiastuti").
std::string handle_form(std::string_view name) {
    std::string out;
    for (char c : name)
        if (std::isalnum(static_cast<unsigned char>(c)))
            out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

// A platform's name glued before the account the text cites is cut off:
// "tulis akun resmi Twitter BMKG" gave the body "Twitter BMKG" beside
// "BMKG", "kanal YouTube Capcom" beside "Capcom", "unggahan Instagram
// Billy" the person "Instagram Billy" beside "Billy Syahputra". The account
// keeps the type and canonical name of the article's mention of it alone,
// else the one type (person or body) the gazetteer lists it under, else the
// span's. Evidence that the rest is an account, not a name of the
// platform's own: the article names it alone, the gazetteer lists it as a
// person or body, it is a handle ("Twitter @BPPTKG"), or an account word
// comes before the platform ("akun Twitter Kedubes Inggris"). A place after
// the platform (named alone as one, or else listed as one) is its office or
// edition and stays ("Juru Bicara Facebook Indonesia", "trending Twitter
// Indonesia", "Raja Youtube Asia"); so do its products and its company
// ("Facebook Cafe", "Instagram Story", "Facebook Messenger", "Facebook
// Inc"), which nothing marks as accounts.
// A handle alone ("@Apple", "@Susipudjiastuti") becomes the name the
// article writes it as, in any spacing and case, or with the digits or
// underscores a handle adds ("@KAI121" beside "KAI"); else it stays.
void cut_platforms_off_accounts(const EntityExtractor& x, const Gazetteer& gaz, std::string_view title,
                                std::vector<Entity>& title_entities, std::string_view body,
                                std::vector<Entity>& body_entities) {
    const std::array<std::pair<std::string_view, std::vector<Entity>*>, 2> fields{std::pair{title, &title_entities},
                                                                                  std::pair{body, &body_entities}};
    // Two passes: an account cut later in the article is named alone for a
    // mention of it before ("tayangan YouTube Rans Entertainment" before
    // "kanal YouTube Rans Entertainment").
    std::map<std::string, std::string> cut_canonicals;  // the glued span's canonical name -> the account's
    for (int pass = 0; pass < 2; ++pass)
        for (const auto& [field, entities] : fields)
            for (Entity& ent : *entities) {
                const std::vector<std::string_view> words = name_words(ent.text);
                if (words.size() < 2 || !is_social_platform(words.front())) continue;
                const std::size_t rest_begin = offset_in(ent.text, words[1]);
                const std::string_view rest = std::string_view(ent.text).substr(rest_begin);
                const bool handle = is_handle(words[1]);
                if (!handle && !ner::starts_upper(rest)) continue;  // "Twitter & Instagram"
                const Entity* alone = named_alone_in_article(x, title_entities, body_entities, ent, rest);
                const std::uint64_t h = Gazetteer::phrase_hash(ner::normalize_spacing(rest));
                const bool listed_person = gaz.canonical(ner::kGazPer, h) != nullptr;
                const bool listed_body = gaz.canonical(ner::kGazOrg, h) != nullptr;
                const bool listed_place = gaz.canonical(ner::kGazLoc, h) != nullptr;
                // A place: the platform's office or edition ("Juru Bicara
                // Facebook Indonesia", "Raja Youtube Asia"; DBpedia lists a
                // person "Asia" too).
                if (alone != nullptr ? alone->type == EntityType::Location : listed_place) continue;
                if (!handle && alone == nullptr && !listed_person && !listed_body &&
                    !is_account_word(word_before(field, ent.begin)))
                    continue;
                // The text's harmonizing may have named the glued span after
                // the account already ("Twitter Badan Meteorologi,
                // Klimatologi dan Geofisika" beside "(BMKG)": the listed
                // expansion, with its serial comma); that name stays.
                const std::string glued_canonical = ent.canonical;
                const std::vector<std::string_view> canonical_words = name_words(glued_canonical);
                const bool named_as_glued = canonical_words.size() > 1 && is_social_platform(canonical_words.front());
                keep_part_named_as(x, ent, rest_begin, rest.size(), alone);
                if (alone == nullptr && listed_person != listed_body) {
                    ent.type = listed_person ? EntityType::Person : EntityType::Organization;
                    ent.canonical = x.canonical_name(ent.type, ent.text);
                }
                if (alone == nullptr && !named_as_glued) ent.canonical = glued_canonical;
                if (named_as_glued) cut_canonicals[glued_canonical] = ent.canonical;
            }
    // The text's other mentions named after the glued span: the platform
    // alone ("YouTube", which the text's harmonizing named "YouTube Rans
    // Entertainment") is the platform again, any other the account.
    for (std::vector<Entity>* entities : {&title_entities, &body_entities})
        for (Entity& ent : *entities) {
            const auto cut = cut_canonicals.find(ent.canonical);
            if (cut == cut_canonicals.end()) continue;
            ent.canonical = is_social_platform(ent.text) ? x.canonical_name(ent.type, ent.text) : cut->second;
        }
    // The name a handle spells: the article's mention with the same letters
    // and digits, or the same without the digits and underscores ending it.
    const auto named_by_handle = [&](const Entity& handle) -> const Entity* {
        const std::string spelled = handle_form(handle.text);
        const std::size_t kept = std::string_view(handle.text).find_last_not_of("0123456789_");
        const std::string trimmed = handle_form(std::string_view(handle.text).substr(0, kept + 1));
        for (const std::vector<Entity>* list : {&title_entities, &body_entities})
            for (const Entity& other : *list) {
                if (other.text.starts_with('@')) continue;
                const std::string form = handle_form(other.text);
                if (!form.empty() && (form == spelled || form == trimmed)) return &other;
            }
        return nullptr;
    };
    for (std::vector<Entity>* entities : {&title_entities, &body_entities})
        for (Entity& ent : *entities) {
            if (!is_handle(ent.text) || ent.text.find(' ') != std::string::npos) continue;
            if (const Entity* named = named_by_handle(ent); named != nullptr) {
                ent.text.erase(0, 1);
                ++ent.begin;
                ent.type = named->type;
                ent.canonical = named->canonical;
            }
        }
}

// Whether the word before `begin` in `field` is "di" (in lower case: "Di
// Maria" is a surname) with one space after it.
bool after_di(std::string_view field, std::size_t begin) { return word_before(field, begin) == "di"; }

// Whether a capitalized word follows `end` in `field` after one space: the
// mention starts a longer name ("di Ari Lasso The Legend Family Karaoke",
// "di Habibie Festival"), a thing named after the person, who stays one.
bool capitalized_word_after(std::string_view field, std::size_t end) {
    return end + 1 < field.size() && field[end] == ' ' && ner::starts_upper(field.substr(end + 1));
}

// Whether the word before `begin` in `field` is a person's title, rank,
// honorific or speech verb ("kata Nikita", "Presiden Jokowi").
bool person_trigger_before(const Gazetteer& gaz, std::string_view field, std::size_t begin) {
    const std::string_view word = word_before(field, begin);
    return !word.empty() && (trigger_roles(gaz, word) & (kPersonTriggers | (1u << ner::kTrigPerSpeech))) != 0;
}

// A name the article writes after "di" is no person's: a place, a venue, a
// company or a work one is in ("di Giuseppe Meazza", the stadium; "di
// Waskita", "di Steve Jobs Theater", "di Black Widow"), and Indonesian
// writes "di" before a person only with a noun between ("di tangan Jokowi").
// Every Person mention of that string in the article is then retyped where
// the article says what it is (a mention of the string with another type, or
// the string after a head: "Stadion Giuseppe Meazza", "Manchester United"
// beside "selama di United"), else dropped. A person stays one where a
// longer person's name of the article starts or ends with the string ("hak
// asuh tetap di Nikita" beside "Nikita Mirzani"), another person's mention
// not after "di" starts with its first word ("fokus di Andy Ruiz Jr." beside
// "Andy Ruiz Jr"), or a mention follows a title or speech verb ("Presiden
// Jokowi"). Not the gazetteer's people: it lists "Giuseppe Meazza", "Linkin
// Park", "Europe" and "MH Thamrin" as people too.
void drop_people_named_after_di(const EntityExtractor& x, const Gazetteer& gaz, std::string_view title,
                                std::vector<Entity>& title_entities, std::string_view body,
                                std::vector<Entity>& body_entities) {
    const std::array<std::pair<std::string_view, std::vector<Entity>*>, 2> fields{std::pair{title, &title_entities},
                                                                                  std::pair{body, &body_entities}};
    std::vector<std::string> named_after_di;
    for (const auto& [field, entities] : fields)
        for (const Entity& ent : *entities)
            if (ent.type == EntityType::Person && after_di(field, ent.begin) && !capitalized_word_after(field, ent.end))
                named_after_di.push_back(ent.text);
    if (named_after_di.empty()) return;
    std::ranges::sort(named_after_di);
    named_after_di.erase(std::unique(named_after_di.begin(), named_after_di.end()), named_after_di.end());
    std::vector<Entity> all_entities(title_entities);
    all_entities.insert(all_entities.end(), body_entities.begin(), body_entities.end());
    for (const std::string& name : named_after_di) {
        if (is_part_of_person(name, all_entities)) continue;
        const std::string_view first_word = name_words(name).front();
        const bool person_evidence = std::ranges::any_of(fields, [&](const auto& field_entities) {
            const std::string_view field = field_entities.first;
            return std::ranges::any_of(*field_entities.second, [&](const Entity& ent) {
                if (ent.type != EntityType::Person) return false;
                if (ent.text != name) return !after_di(field, ent.begin) && name_words(ent.text).front() == first_word;
                return person_trigger_before(gaz, field, ent.begin);
            });
        });
        if (person_evidence) continue;
        const std::uint64_t h = Gazetteer::phrase_hash(ner::normalize_spacing(name));
        // What the article says the name is: the same string with another
        // type, else the string after a head, else a type the lists give.
        const Entity* named = nullptr;
        for (const Entity& ent : all_entities)
            if (ent.type != EntityType::Person && ent.text == name) named = &ent;
        if (named == nullptr)
            for (const Entity& ent : all_entities)
                if (ent.type != EntityType::Person && ent.text.size() > name.size() + 1 && ent.text.ends_with(name) &&
                    ent.text[ent.text.size() - name.size() - 1] == ' ')
                    named = &ent;
        std::optional<EntityType> type;
        std::string canonical;
        if (named != nullptr) {
            type = named->type;
            canonical = named->canonical;
        } else {
            const bool listed_place = gaz.canonical(ner::kGazLoc, h) != nullptr;
            const bool listed_body = gaz.canonical(ner::kGazOrg, h) != nullptr;
            if (listed_place != listed_body)  // listed as both: undecided
                type = listed_place ? EntityType::Location : EntityType::Organization;
            if (type) canonical = x.canonical_name(*type, name);
        }
        for (const auto& [field, entities] : fields) {
            if (type) {
                for (Entity& ent : *entities)
                    if (ent.type == EntityType::Person && ent.text == name) {
                        ent.type = *type;
                        ent.canonical = canonical;
                    }
            } else {
                std::erase_if(*entities,
                              [&](const Entity& ent) { return ent.type == EntityType::Person && ent.text == name; });
            }
        }
    }
}

// Whether `word` is the abbreviated title of a unit's head, "Ka" (kepala)
// before the unit's abbreviation: "Kabid Humas Polda Metro Jaya" (bidang),
// "Kanit Reskrim", "Kasat Reskrim", "Kasatreskrim", "Kasubdit Gakkum",
// "Kabag Ops", "Kadishub", "Kaur". Glued forms need three letters after the
// unit ("Kanitlantas") so that names stay apart: "Kanita Majunah", "Kasino",
// "Kasih", "Karim", "Karina", "Kang Daniel".
bool is_unit_head_title(std::string_view word) {
    // The unit abbreviations clickid writes after "Ka"; each glued onto a
    // further unit only with at least kMinGluedUnit letters after it.
    constexpr std::array<std::string_view, 5> kUnits{"bid", "bag", "nit", "sat", "dis"};
    constexpr std::size_t kMinGluedUnit = 3;
    if (word == "Kaur" || word == "Kasie" || word == "Kasi") return true;
    if (!word.starts_with("Ka")) return false;
    const std::string_view rest = word.substr(2);
    if (rest.starts_with("sub") && rest.size() >= 5) return true;  // "Kasubdit", "Kasubag", "Kasubsi"
    return std::ranges::any_of(kUnits, [&](std::string_view unit) {
        return rest.starts_with(unit) && (rest.size() == unit.size() || rest.size() >= unit.size() + kMinGluedUnit);
    });
}

// Whether a person mention of `words` names an office, not its holder: it
// starts with a unit head's title ("Kabid", "Kasat Reskrim Polresta", "Kanit
// Reskrim") or with "Sudin" (suku dinas, a Jakarta city's office: "Sudin
// KPKP", "Sudin LH Jakut"), and no later word is a word of a listed
// person's name ("Kabag Sumda Agus Saleh", "Sudin LH Jakut Slamet Riyadi"
// keep their holder; a wrong span, but a person's).
bool names_an_office(const Gazetteer& gaz, const std::vector<std::string_view>& words) {
    if (!is_unit_head_title(words.front()) && words.front() != "Sudin") return false;
    return std::none_of(words.begin() + 1, words.end(), [&](std::string_view w) {
        return (annotate_word(gaz, w).word_types[0] & (1u << ner::kGazPer)) != 0;
    });
}

// Whether the word before a one-word mention makes with it a minister's
// title the curated institutions list names ("Menko Polhukam": "Kemenko
// Polhukam"): the mention is the minister's portfolio, not a person.
bool portfolio_after_minister(const Gazetteer& gaz, std::string_view field, const Entity& ent) {
    std::string_view before = word_before(field, ent.begin);
    while (!before.empty() && !std::isalnum(static_cast<unsigned char>(before.front())))
        before.remove_prefix(1);  // "(Menko Polhukam) Wiranto"
    if (before.empty() || ent.text.find(' ') != std::string::npos) return false;
    const std::array<std::string_view, 2> title{before, ent.text};
    return minister_title_length(gaz, title.data(), title.size()) == title.size();
}

// Person mentions that name an office or a minister's portfolio are
// dropped: "ungkap Kabid Humas Polda Metro Jaya, Kombes Pol Argo Yuwono"
// gave the person "Kabid" (86 clickid articles), "Menko Polhukam Wiranto"
// the person "Polhukam" (66), "Sudin KPKP" and "Kanit Reskrim" more. The
// holder, where written, is a mention of their own.
void drop_offices_typed_as_people(const Gazetteer& gaz, std::string_view text, std::vector<Entity>& entities) {
    std::erase_if(entities, [&](const Entity& ent) {
        return ent.type == EntityType::Person &&
               (names_an_office(gaz, name_words(ent.text)) || portfolio_after_minister(gaz, text, ent));
    });
}

}  // namespace

EntityExtractor::EntityExtractor(std::shared_ptr<const PerceptronModel> model,
                                 std::shared_ptr<const Gazetteer> gazetteer, ExtractorOptions options)
    : impl_(std::make_shared<Impl>(Impl{std::move(model), std::move(gazetteer), options})) {}

EntityExtractor EntityExtractor::load(const std::string& model_dir, ExtractorOptions options) {
    const std::filesystem::path dir(model_dir);
    auto model = std::make_shared<PerceptronModel>(PerceptronModel::load((dir / "ner.model").string()));
    auto gaz = std::make_shared<Gazetteer>(Gazetteer::load((dir / "gazetteer.tsv.gz").string()));
    return EntityExtractor(std::move(model), std::move(gaz), options);
}

const EntityExtractor& EntityExtractor::instance() {
    static const EntityExtractor extractor = load(entity_model_dir());
    return extractor;
}

std::vector<Entity> EntityExtractor::extract(std::string_view text) const {
    std::vector<Entity> out;
    std::vector<ner::TokenSpan> tokens = ner::tokenize(text);
    if (tokens.empty()) return out;
    Scratch& sc = scratch();
    const auto headlines = impl_->options.rules && (impl_->options.rule_mask & 32u)
                               ? quoted_headlines(*impl_->gazetteer, text)
                               : std::vector<QuotedHeadline>{};
    // A quoted headline's last word with the next sentence glued on
    // ("TanganInsiden") is two tokens.
    for (const QuotedHeadline& h : headlines)
        for (std::size_t k = 0; k < tokens.size(); ++k)
            if (tokens[k].begin < h.end && h.end < tokens[k].end) {
                tokens.insert(tokens.begin() + static_cast<std::ptrdiff_t>(k) + 1,
                              ner::TokenSpan{h.end, tokens[k].end});
                tokens[k].end = h.end;
                break;
            }
    std::vector<std::pair<std::size_t, std::size_t>> token_ranges;  // of each entity in out
    std::vector<std::uint8_t> trigger_starts(tokens.size());        // the trigger roles starting at each token
    std::vector<std::size_t> sentence_starts;                       // byte offsets
    auto sentences = ner::split_sentences(text, tokens);
    // A text of one sentence, such as an article's title, is read as a
    // headline when in Title Case (clean_spans()); a Title Case sentence of a
    // body is mostly a list of names ("Situ Parigi, dan Situ Leungsir"), but
    // a headline the body quotes is read as one: a sentence from its "Baca
    // juga:" to its end (the tagger reads a name such as "PB Djarum" worse
    // on a line of its own, without the link's words).
    const bool one_sentence = sentences.size() == 1;
    std::vector<bool> is_headline(sentences.size(), one_sentence);
    if (!headlines.empty()) {
        std::vector<std::size_t> cuts;  // token indices where a sentence starts
        for (const auto& sentence : sentences) cuts.push_back(sentence.first);
        cuts.push_back(tokens.size());
        std::vector<std::pair<std::size_t, std::size_t>> headline_tokens;
        for (const QuotedHeadline& h : headlines) {
            std::size_t marker = 0;
            while (marker < tokens.size() && tokens[marker].begin < h.marker) ++marker;
            std::size_t last = marker;
            while (last < tokens.size() && tokens[last].end <= h.end) ++last;
            if (last == marker) continue;
            headline_tokens.emplace_back(marker, last);
            cuts.push_back(marker);
            cuts.push_back(last);
        }
        std::ranges::sort(cuts);
        cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
        sentences.clear();
        is_headline.clear();
        for (std::size_t c = 0; c + 1 < cuts.size(); ++c) {
            sentences.emplace_back(cuts[c], cuts[c + 1]);
            is_headline.push_back(std::ranges::any_of(
                headline_tokens, [&](const auto& h) { return cuts[c] == h.first && cuts[c + 1] == h.second; }));
        }
    }
    for (std::size_t sentence = 0; sentence < sentences.size(); ++sentence) {
        const auto [first, last] = sentences[sentence];
        if (first < last) sentence_starts.push_back(tokens[first].begin);
        sc.views.clear();
        for (std::size_t k = first; k < last; ++k) sc.views.push_back(token_text(text, tokens, k));
        ner::prepare_sentence(sc.views.data(), sc.views.size(), *impl_->gazetteer, sc.features);
        impl_->model->tag(sc.features, sc.tags);
        if (impl_->options.rules) {
            apply_rules(sc.views.data(), sc.features, sc.tags, impl_->options.rule_mask);
            clean_spans(*impl_->gazetteer, sc.views.data(), sc.features, sc.tags, impl_->options.rule_mask,
                        is_headline[sentence]);
        }
        std::copy(sc.features.gaz.trigger_start.begin(), sc.features.gaz.trigger_start.begin() + (last - first),
                  trigger_starts.begin() + static_cast<std::ptrdiff_t>(first));
        for_each_span(sc.tags, [&, first = first](EntityType type, std::size_t b, std::size_t e) {
            const std::size_t begin = tokens[first + b].begin, end = tokens[first + e - 1].end;
            const std::string_view mention = text.substr(begin, end - begin);
            out.push_back(Entity{type, std::string(mention),
                                 canonical_for(*impl_->gazetteer, sc.features, type, b, e, mention), begin, end});
            token_ranges.emplace_back(first + b, first + e);
        });
    }
    if (impl_->options.rules && (impl_->options.rule_mask & 64u)) {
        drop_entities_if(token_ranges, out, [](const Entity& entity, const auto& range) {
            return is_site_credit(entity, range) ||
                   (entity.type == EntityType::Location && ends_with_event_word(entity.text));
        });
    }
    if (impl_->options.rules && (impl_->options.rule_mask & 256u)) {
        join_names_around_quoted_nicknames(*this, *impl_->gazetteer, text, tokens, token_ranges, out);
        harmonize_text(*this, *impl_->gazetteer, text, tokens, trigger_starts, token_ranges, out);
        fold_slips_of_the_pen(*impl_->gazetteer, out);
    }
    if (impl_->options.rules) {
        retype_epithets(*this, *impl_->gazetteer, out);
        cut_names_written_twice(*this, out);
    }
    // After the clean-up, which cuts, splits and joins spans.
    for (Entity& e : out)
        e.sentence = static_cast<unsigned>(std::upper_bound(sentence_starts.begin(), sentence_starts.end(), e.begin) -
                                           sentence_starts.begin() - 1);
    return out;
}

ArticleEntities EntityExtractor::extract_article(std::string_view title, std::string_view body) const {
    ArticleEntities out{extract(title), extract(body)};
    if (impl_->options.rules && (impl_->options.rule_mask & 32u)) {
        cut_platforms_off_accounts(*this, *impl_->gazetteer, title, out.title, body, out.body);
        cut_ordinary_words_off_names(*this, *impl_->gazetteer, title, out.title, body, out.body);
        drop_people_named_after_di(*this, *impl_->gazetteer, title, out.title, body, out.body);
        drop_offices_typed_as_people(*impl_->gazetteer, title, out.title);
        drop_offices_typed_as_people(*impl_->gazetteer, body, out.body);
    }
    return out;
}

std::vector<TokenEntity> EntityExtractor::extract_tokens(const std::vector<std::string>& tokens) const {
    std::vector<TokenEntity> out;
    if (tokens.empty()) return out;
    Scratch& sc = scratch();
    sc.views.assign(tokens.begin(), tokens.end());
    ner::prepare_sentence(sc.views.data(), sc.views.size(), *impl_->gazetteer, sc.features);
    impl_->model->tag(sc.features, sc.tags);
    if (impl_->options.rules) {
        apply_rules(sc.views.data(), sc.features, sc.tags, impl_->options.rule_mask);
        clean_spans(*impl_->gazetteer, sc.views.data(), sc.features, sc.tags, impl_->options.rule_mask, false);
    }
    for_each_span(sc.tags, [&](EntityType type, std::size_t b, std::size_t e) {
        std::string mention;
        for (std::size_t k = b; k < e; ++k) {
            if (k > b) mention += ' ';
            mention += tokens[k];
        }
        out.push_back(TokenEntity{type, b, e, canonical_for(*impl_->gazetteer, sc.features, type, b, e, mention)});
    });
    return out;
}

std::string EntityExtractor::canonical_name(EntityType type, std::string_view name) const {
    std::string norm = ner::normalize_spacing(name);
    const std::string* listed = impl_->gazetteer->canonical(gaz_type(type), Gazetteer::phrase_hash(norm));
    return key_of(*impl_->gazetteer, type, listed, std::move(norm));
}

std::string_view entity_type_name(EntityType type) {
    switch (type) {
        case EntityType::Person: return "PER";
        case EntityType::Organization: return "ORG";
        case EntityType::Location: break;
    }
    return "LOC";
}

std::vector<std::string_view> name_words(std::string_view name) {
    std::vector<std::string_view> words;
    for (std::size_t pos = 0; pos <= name.size();) {
        const std::size_t space = std::min(name.find(' ', pos), name.size());
        if (space > pos) words.push_back(name.substr(pos, space - pos));
        pos = space + 1;
    }
    return words;
}

bool starts_or_ends_name(const std::vector<std::string_view>& part, const std::vector<std::string_view>& whole) {
    return part.size() < whole.size() && (std::equal(part.begin(), part.end(), whole.begin()) ||
                                          std::equal(part.rbegin(), part.rend(), whole.rbegin()));
}

void merge_person_name_parts(std::vector<std::string>& names, std::map<std::string, unsigned>& counts,
                             std::map<std::string, std::string>* folded_into) {
    // Word by word, case aside: a surname's particle is capitalized where it
    // starts the name ("Ter Stegen" of "Marc-Andre ter Stegen").
    std::vector<std::string> lowered;
    for (const auto& name : names) lowered.push_back(ner::to_lower(name));
    std::vector<std::vector<std::string_view>> words;
    for (const auto& name : lowered) words.push_back(name_words(name));
    std::vector<std::string> kept;
    for (std::size_t a = 0; a < names.size(); ++a) {
        const std::string& name = names[a];
        const auto& name_words = words[a];
        const std::string* full = nullptr;
        bool ambiguous = false;
        for (std::size_t b = 0; b < names.size(); ++b) {
            const std::string& other = names[b];
            if (!starts_or_ends_name(name_words, words[b])) continue;
            if (full != nullptr) ambiguous = true;
            full = &other;
        }
        if (full == nullptr || ambiguous) {
            kept.push_back(name);
            continue;
        }
        counts[*full] += counts[name];
        counts.erase(name);
        if (folded_into != nullptr) (*folded_into)[name] = *full;
    }
    names = std::move(kept);
}

std::string canonical_entity_name(EntityType type, std::string_view name) {
    return EntityExtractor::instance().canonical_name(type, name);
}

std::string entity_model_dir() {
    if (const char* env = std::getenv("TELUSUR_MODEL_DIR"); env != nullptr && *env != '\0') return env;
    // An absolute path set by CMake (not __FILE__, which a ccache build with
    // CCACHE_BASEDIR makes relative to the build directory).
    return TELUSUR_SOURCE_MODEL_DIR;
}

}  // namespace telusur
