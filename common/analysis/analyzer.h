// The analysis pipeline, configured once and used at both ends: the indexer
// hands it a TermGenerator, the query side a QueryParser, and neither sets a
// stemmer, stopper or flag of its own.
//
// The chain, in order:
//   1. ICU NFKC normalization (full-width forms, ligatures, compatibility
//      digits unified) and removal of default-ignorable code points
//      (zero-width space/joiners, soft hyphen, BOM), with an ASCII fast path.
//   2. Splitting of glued currency amounts ("Rp11.000" -> "Rp 11.000").
//   3. Xapian's word splitter, which both TermGenerator and QueryParser
//      share, so index and query tokenize identically: numbers keep their
//      separators ("10.000", "3,5"), "G7" stays one word, and words joined by
//      '-', '/', '.' ("K-Pop", "5/11", "tentara-tentara") become adjacent
//      positions, found both as single words and as the exact phrase.
//   4. Lower-casing (Xapian), Indonesian stopwords (no stemmed term for them,
//      but positions kept so phrases still match), stemming with the stemmer
//      named in AnalysisOptions (make_stemmer()).
//
// Query side only (parse_query()): the query syntax the parser accepts
// (kQueryParserFlags), and which words are stemmed. Like Omega, Telusur uses
// Xapian's STEM_SOME: a query word that starts with a capital is taken as a
// name and left unstemmed ("Kelompok" matches only that form), unless
// QueryAnalysisOptions::stem_capitalized is set.
#pragma once

#include <xapian.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace telusur {

struct AnalysisOptions {
    /// "telusur" (the dictionary stemmer, common/stemmer/), "snowball"
    /// (Xapian's Snowball indonesian) or "none". See make_stemmer().
    std::string stemmer = "telusur";
    bool use_stopwords = true;
    /// 0: the telusur stemmer's cache is the one per thread that every
    /// analyzer on that thread shares (indexer, one-shot queries). N: this
    /// analyzer's own cache of at most N words, for a long-running server,
    /// whose connection threads take turns on a searcher and would otherwise
    /// each grow a cache of their own.
    std::size_t own_stem_cache_words = 0;
};

/// Query-side choices; the index side has none (it always indexes both the
/// word and its stem).
struct QueryAnalysisOptions {
    /// Stem capitalized query words too: every word but the boolean
    /// operators (AND, OR, NOT, XOR, NEAR, ADJ) is lower-cased before
    /// parsing. Off by default (telusur-eval ir measured no gain).
    bool stem_capitalized = false;
};

/// One token as the index sees it, for `telusur-index analyze`.
struct AnalyzedToken {
    Xapian::termpos position;
    std::string term;  ///< normalized, lower-cased word as indexed
    std::string stem;  ///< what the stemmer makes of it ("" for stopwords)
    bool stopword;
};

/// Returns the stemmer with this name: "snowball", "telusur" or "none";
/// with `own_cache_words` > 0 the telusur stemmer memoizes in a cache of its
/// own (at most that many words) instead of the calling thread's.
/// @throws std::invalid_argument for an unknown name, listing the known ones.
Xapian::Stem make_stemmer(std::string_view name, std::size_t own_cache_words = 0);

/// The names make_stemmer() accepts.
std::vector<std::string> stemmer_names();

/// Indonesian function words: never required in a query, not stemmed.
const std::vector<std::string>& indonesian_stopwords();

class Analyzer {
public:
    explicit Analyzer(AnalysisOptions options = {});

    /// Steps 1-2 above. Case is kept: the QueryParser needs capitals for
    /// AND/OR/NOT and field syntax, and lower-cases terms itself.
    std::string normalize(std::string_view text) const;

    /// Sets stemmer, stemming strategy, stopper and stopper strategy.
    void configure(Xapian::TermGenerator& generator) const;
    void configure(Xapian::QueryParser& parser) const;

    /// What users may type: Xapian's default syntax (phrases, AND/OR/NOT,
    /// +/-, fields, brackets), a query of only NOT terms, and wildcards.
    static constexpr unsigned kQueryParserFlags =
        Xapian::QueryParser::FLAG_DEFAULT | Xapian::QueryParser::FLAG_PURE_NOT | Xapian::QueryParser::FLAG_WILDCARD;
    /// Parses query text with a parser configure()d by this analyzer:
    /// normalize(), lower-casing for options.stem_capitalized, then
    /// parse_query() with kQueryParserFlags.
    /// @throws Xapian::QueryParserError
    Xapian::Query parse_query(Xapian::QueryParser& parser, std::string_view text,
                              const QueryAnalysisOptions& options) const;

    /// Tokens of text exactly as TermGenerator indexes them (step 1-4).
    std::vector<AnalyzedToken> analyze(std::string_view text) const;

    const AnalysisOptions& options() const { return options_; }
    const Xapian::Stem& stemmer() const { return stemmer_; }
    bool is_stopword(const std::string& lowercase_word) const;

private:
    AnalysisOptions options_;
    Xapian::Stem stemmer_;
    std::unique_ptr<Xapian::SimpleStopper> stopper_;
};

}  // namespace telusur
