#include "common/analysis/analyzer.h"

#include "common/text/unicode.h"

#include <algorithm>
#include <array>

namespace telusur {

namespace {

bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }
bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

/// "Rp11.000" -> "Rp 11.000": Indonesian news glues the currency to the
/// amount, which would otherwise make "rp11.000" one unsearchable word.
std::string split_glued_currency(std::string s) {
    for (std::size_t i = 0; i + 2 < s.size(); ++i) {
        const bool rp = (s[i] == 'R' || s[i] == 'r') && (s[i + 1] == 'p' || s[i + 1] == 'P');
        if (!rp || !is_ascii_digit(s[i + 2])) continue;
        if (i > 0 && is_ascii_letter(s[i - 1])) continue;
        s.insert(i + 2, 1, ' ');
        i += 2;
    }
    return s;
}

/// Lower-cases every word of text except the boolean operators, so that
/// STEM_SOME stems capitalized words too.
std::string lowercase_words(const std::string& text) {
    static constexpr std::array<std::string_view, 6> kOperators{"AND", "OR", "NOT", "XOR", "NEAR", "ADJ"};
    std::string out;
    out.reserve(text.size());
    std::string word;  // the current run of word characters, as typed
    auto flush = [&] {
        if (std::ranges::find(kOperators, word) != kOperators.end()) {
            out += word;
        } else {
            for (Xapian::Utf8Iterator it(word); it != Xapian::Utf8Iterator(); ++it)
                Xapian::Unicode::append_utf8(out, Xapian::Unicode::tolower(*it));
        }
        word.clear();
    };
    for (Xapian::Utf8Iterator it(text); it != Xapian::Utf8Iterator(); ++it) {
        if (Xapian::Unicode::is_wordchar(*it)) {
            Xapian::Unicode::append_utf8(word, *it);
        } else {
            flush();
            Xapian::Unicode::append_utf8(out, *it);
        }
    }
    flush();
    return out;
}

}  // namespace

Analyzer::Analyzer(AnalysisOptions options) : options_(std::move(options)), stemmer_(make_stemmer(options_.stemmer, options_.own_stem_cache_words)) {
    if (options_.use_stopwords) {
        const auto& words = indonesian_stopwords();
        stopper_ = std::make_unique<Xapian::SimpleStopper>(words.begin(), words.end());
    }
}

std::string Analyzer::normalize(std::string_view text) const {
    return split_glued_currency(text::nfkc_strip_ignorables(text));
}

void Analyzer::configure(Xapian::TermGenerator& generator) const {
    generator.set_stemmer(stemmer_);
    // STEM_SOME: unstemmed positional terms (for phrases) plus Z-prefixed
    // stemmed terms (for ranking), as Omega does.
    generator.set_stemming_strategy(Xapian::TermGenerator::STEM_SOME);
    if (stopper_) {
        generator.set_stopper(stopper_.get());
        // Stopwords keep their positions (phrases like "Menteri Luar Negeri"
        // still match) but get no stemmed term.
        generator.set_stopper_strategy(Xapian::TermGenerator::STOP_STEMMED);
    }
}

void Analyzer::configure(Xapian::QueryParser& parser) const {
    parser.set_stemmer(stemmer_);
    parser.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
    if (stopper_) parser.set_stopper(stopper_.get());
}

Xapian::Query Analyzer::parse_query(Xapian::QueryParser& parser, std::string_view text,
                                    const QueryAnalysisOptions& options) const {
    std::string normalized = normalize(text);
    if (options.stem_capitalized) normalized = lowercase_words(normalized);
    return parser.parse_query(normalized, kQueryParserFlags);
}

bool Analyzer::is_stopword(const std::string& lowercase_word) const { return stopper_ && (*stopper_)(lowercase_word); }

std::vector<AnalyzedToken> Analyzer::analyze(std::string_view input) const {
    Xapian::TermGenerator generator;
    configure(generator);
    Xapian::Document scratch;
    generator.set_document(scratch);
    generator.index_text(normalize(input));

    std::vector<AnalyzedToken> tokens;
    for (auto term = scratch.termlist_begin(); term != scratch.termlist_end(); ++term) {
        const std::string word = *term;
        if (word.empty() || (word[0] >= 'A' && word[0] <= 'Z')) continue;  // prefixed terms
        const bool stop = is_stopword(word);
        const std::string stem = stop ? std::string() : stemmer_(word);
        for (auto pos = term.positionlist_begin(); pos != term.positionlist_end(); ++pos)
            tokens.push_back({*pos, word, stem, stop});
    }
    std::sort(tokens.begin(), tokens.end(),
              [](const AnalyzedToken& a, const AnalyzedToken& b) { return a.position < b.position; });
    return tokens;
}

}  // namespace telusur
