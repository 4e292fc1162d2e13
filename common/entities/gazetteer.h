// The compiled gazetteer: entity names with their canonical forms, and the
// trigger words (titles, speech verbs, organisation and place heads) the
// tagger uses as features and the rules use as context. Internal to
// common/entities; see docs/entities.md for the artifact format.
#pragma once

#include "common/entities/ner_text.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace telusur::ner {

/// Entity lists. kGazLocWeak holds ambiguous place names (kecamatan) and
/// kGazVillage village names (desa, kelurahan): only features, never a
/// match on their own; a village match does not make a token a candidate.
enum GazType : std::uint8_t { kGazPer = 0, kGazOrg = 1, kGazLoc = 2, kGazLocWeak = 3, kGazVillage = 4, kGazTypes = 5 };

/// Trigger roles, as in the curated trigger list.
enum TriggerRole : std::uint8_t {
    kTrigPerTitle = 0,
    kTrigPerRank,
    kTrigPerHonorific,
    kTrigPerSpeech,
    kTrigOrgHead,
    kTrigLocHead,
    kTrigLocPrep,
    kTrigLocDir,
    kTrigRoles
};

/// Gazetteer facts for each token of a sentence.
struct GazAnnotation {
    /// Bit 2*t: a longest match of type t starts here; bit 2*t+1: inside one.
    std::vector<std::uint16_t> entity_bits;
    /// Bit r: a trigger phrase of role r starts / ends at this token.
    std::vector<std::uint8_t> trigger_start;
    std::vector<std::uint8_t> trigger_end;
    /// For rules: length in tokens of the longest match of each type starting
    /// here (0 = none), packed per token as kGazTypes bytes.
    std::vector<std::uint8_t> match_len;
    /// Corpus word classes of each token (0 = word not in the lexicon):
    /// distributional cluster + 1, and capitalization class (see
    /// Gazetteer::add_word).
    std::vector<std::uint16_t> cluster;
    std::vector<std::uint8_t> cap_class;
    /// Bit t: the token is a word of some listed PER, ORG or LOC name
    /// (t = GazType; anywhere in it: "Normal" of "Universitas Normal Beijing").
    std::vector<std::uint8_t> word_types;
};

/// The Indonesian names ICU gives the ISO 3166 countries, as the gazetteer
/// lists them (Gazetteer::add_icu_countries(): "Iran", "Arab Saudi", "Korea
/// Selatan"), in ISO order.
std::vector<std::string> icu_country_names();

class Gazetteer {
public:
    static constexpr std::size_t kMaxPhraseTokens = 10;
    static constexpr std::uint64_t kPhraseSeed = 0x5851F42D4C957F2DULL;

    /// Adds a phrase. kind: "PER", "ORG", "LOC", "LOCW", "T:<role>" (role as
    /// in triggers_curated.tsv), "A:<type>" (an alias: a canonical form, no
    /// tagger feature) or "E:<type>" (an epithet: as "A:", and epithet_type()
    /// names its type). canonical: "" (the phrase is its own canonical form;
    /// not for "A:"), a name, or "@XX" (ICU country name for ISO XX).
    void add(std::string_view kind, std::string_view phrase, std::string_view canonical);

    /// Adds a corpus word class (kind "W" in the file): word is lower-cased,
    /// cluster a distributional cluster id (< 65535), cap_class how often the
    /// word is capitalized inside sentences (1..7, built by telusur-eval
    /// build-gazetteer --corpus).
    void add_word(std::string_view word, unsigned cluster, unsigned cap_class);
    std::size_t word_count() const { return word_count_; }

    /// Adds every ISO 3166 country with its Indonesian name from ICU.
    void add_icu_countries();
    /// Names every ISO 3166 country by its English name from ICU too
    /// ("Japan", "Saudi Arabia", which news in Indonesian also writes), as an
    /// alias of its Indonesian name: a canonical form only, no tagger feature,
    /// and not for a name already listed.
    void add_icu_country_english_names();
    /// Adds the world's cities that CLDR names in Indonesian (the time zones'
    /// exemplar cities, from ICU: Moskwa, Paris, Kiev) as places, except a
    /// name already listed with any type and a one-word name the corpus word
    /// classes show mostly lower-cased (a common word such as "lima").
    void add_icu_cities();

    /// Reads a gzip'd TSV written by save(); adds ICU country and city names
    /// (and the countries' English names) too.
    /// @throws std::runtime_error naming the file if it cannot be read.
    static Gazetteer load(const std::string& path);
    /// Writes the added entries (not the ICU ones) as gzip'd TSV, sorted.
    void save(const std::string& path) const;

    /// Fills `out` for a sentence given its tokens' lower-cased hashes.
    void annotate(const std::uint64_t* lower_hashes, std::size_t n, GazAnnotation& out) const;

    /// The type of the epithet rows ("E:<type>") listing this phrase, if they
    /// list it under one type only; else -1. An epithet ("Kabau Sirah",
    /// "Pulau Dewata", "The Fed") names its thing whatever type the tagger
    /// gave the mention.
    int epithet_type(std::uint64_t phrase_hash) const;

    /// Canonical name for a phrase of this type, or nullptr if unknown.
    /// phrase_hash is the combination of its lower-cased tokens' hashes.
    const std::string* canonical(GazType type, std::uint64_t phrase_hash) const;

    /// Hash of a phrase as annotate() sees it (tokenized, lower-cased).
    static std::uint64_t phrase_hash(std::string_view phrase);

    std::size_t size() const { return records_.size(); }

private:
    struct Info {
        std::uint8_t type_mask = 0;     // bit t: a complete phrase of GazType t
        std::uint8_t trigger_mask = 0;  // bit r: a complete trigger of role r
        bool is_prefix = false;         // a longer phrase continues from here
        std::uint8_t cap_class = 0;     // corpus word class of a one-token phrase (add_word)
        std::uint16_t cluster = 0;      // its cluster + 1, 0 = none
        std::uint8_t word_types = 0;    // bit t: a word of a listed name of type t
    };
    // Canonical name index per type (-1 = none), by Info index: apart from
    // the Info, which annotate() reads for every token and is kept small.
    struct Canonicals {
        std::int32_t by_type[kGazTypes] = {-1, -1, -1, -1, -1};
        std::uint8_t epithet_mask = 0;  // bit t: an epithet row of type t
    };
    struct Record {
        std::string kind, phrase, canonical;
    };

    Info& info_for(std::uint64_t h);
    void add_internal(std::string_view kind, std::string_view phrase, std::string_view canonical, bool record);

    FlatMap64 index_;
    std::size_t word_count_ = 0;
    std::vector<Info> infos_;
    std::vector<Canonicals> info_canonicals_;  // same index as infos_
    std::vector<std::string> canonicals_;
    std::vector<Record> records_;
};

}  // namespace telusur::ner
