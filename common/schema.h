// The index schema, defined once: term prefixes, value slots and their
// encodings, the user-facing field names, and the rule that turns a value
// into a boolean term. Indexer and query both read it from here.
//
// Prefixes follow Omega's conventions (xapian-omega/docs/termprefixes.rst):
// ordinary terms are lower case, so a leading capital marks a prefix; single
// capitals have fixed meanings and X starts a prefix of our own.
#pragma once

#include "common/analysis/answer_types.h"
#include "common/entities/entities.h"

#include <xapian.h>

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

namespace telusur::schema {

/// Bumped whenever terms, slots or document data change incompatibly. Stored
/// in the database metadata under kMetaSchemaVersion; opening a database of
/// another version is an error rather than silently wrong results.
/// Version 2: the content key's parts at fixed offsets (ContentKey), no
/// body-start slot. Version 3: name-use terms (kEntityTypes' name_use_prefix
/// and alias_prefix), which entity filters and facets resolve names with.
/// Version 4: kSlotFacets, every facet value of an article in one slot, and
/// kSlotCollapseKey, the content hash alone.
/// Version 5: short-form terms (kEntityTypes' short_form_prefix and
/// group_prefix), the corpus-wide table of which full names a one-word name
/// is read beside, and designated terms (group_prefix).
/// Databases of older versions are re-indexed into a new one; versions 3
/// and 4 are still searched (facets of version 3 read the six slots
/// kSlotFacets joins; names resolve without the short-form table), but no
/// longer written to.
inline constexpr int kSchemaVersion = 5;
inline constexpr int kOldestSearchableSchemaVersion = 3;

// Database metadata keys.
inline constexpr const char* kMetaSchemaVersion = "telusur.schema_version";
/// Name of the stemmer the index was built with; the query side uses the same.
inline constexpr const char* kMetaStemmer = "telusur.stemmer";
/// "1" when articles carry entity terms and slots, "0" when indexed without
/// (the query side then recognizes no entities and loads no entity data).
inline constexpr const char* kMetaEntities = "telusur.entities";

// --- Term prefixes -------------------------------------------------------
inline constexpr const char* kPrefixTitle = "S";        ///< free text: title words
inline constexpr const char* kPrefixId = "Q";           ///< boolean: unique article id
inline constexpr const char* kPrefixUrl = "U";          ///< boolean: full URL (hashed past 240 bytes)
inline constexpr const char* kPrefixAuthor = "A";       ///< boolean: author
inline constexpr const char* kPrefixSource = "XSRC";    ///< boolean: source/site name
inline constexpr const char* kPrefixCategory = "XCAT";  ///< boolean: section/category
/// Entity terms: prefix + normalize_boolean_value(canonical name), with wdf =
/// number of mentions (so they filter like boolean terms and also rank).
inline constexpr const char* kPrefixPerson = "XPER";        ///< PER entity
inline constexpr const char* kPrefixOrganization = "XORG";  ///< ORG entity
inline constexpr const char* kPrefixLocation = "XLOC";      ///< LOC entity
inline constexpr const char* kPrefixStemmed = "Z";          ///< stacks before the above for stemmed forms
/// Name-use terms: each article records, per entity, the forms it was written
/// in, in both directions, so their document frequencies (summed over shards
/// like any term's) tell which form the news uses most and what a short name
/// means (entities/entity_names.h). Both are boolean (wdf 0).
///   name_use_prefix + key + '\t' + form as written   ("XUPERjoko widodo\tJokowi")
///   alias_prefix + normalized form + '\t' + key      ("XAPERjokowi\tjoko widodo")
/// where key = normalize_boolean_value(canonical name).
inline constexpr char kNameUseSeparator = '\t';
/// Short-form terms: each article records, for each one-word name of a type
/// (a nickname, an acronym, a short form: "Emil", "UGM", "RI"), the longer
/// names of the same type it was written beside that it could be short for
/// (EntityNames::short_form_share() > 0), in both directions. Their document
/// frequencies are the corpus-wide co-occurrence table EntityNames resolves
/// one-word names with: a look-up per name at query time, kept up to date as
/// articles are added and deleted, summed over shards. Boolean (wdf 0).
///   short_form_prefix + short key + '\t' + full key   ("XBPERemil\tridwan kamil")
///   group_prefix + full key + '\t' + short key        ("XGPERridwan kamil\temil")
/// At most kMaxShortFormPairs pairs an article and type, the first named
/// first. And for each key that starts or ends with a designator or legal
/// form of its type ("provinsi riau", "pt pertamina";
/// EntityNames::without_designator_word()), the name without it:
///   group_prefix + bare key + '\t' + key              ("XGLOCriau\tprovinsi riau")
/// and for each key spelled the old way or with hyphens
/// (EntityNames::spelling_variant()), the same under the new spelling:
///   group_prefix + new spelling + '\t' + key          ("XGPERgatot subroto\tgatot soebroto")
/// (added within version 5: databases indexed before it keep an old
/// spelling that is commoner than the new apart from it).
/// group_prefix + key + '\t' lists the keys that may stand for a key, so that
/// a filter or a display name finds them with one scan.
inline constexpr std::size_t kMaxShortFormPairs = 16;
/// Second-name terms: each article records, for a type that has them
/// (EntityNames::has_second_names()), each key with each key it mentions
/// more that it never writes in one sentence with, shares no word with and
/// is no short form of: the name a writer varies to after naming a thing
/// ("Real Madrid" ... "Los Blancos"). Their document frequencies are the
/// corpus-wide table EntityNames::second_name_of() reads, summed over shards:
/// a key that appears so beside one much commoner key in most of its
/// articles stands for it. Boolean (wdf 0); in both directions, the second
/// for filters on the commoner key:
///   second_name_prefix + key + '\t' + key mentioned more  ("XVORGlos blancos\treal madrid")
///   second_named_prefix + key mentioned more + '\t' + key ("XWORGreal madrid\tlos blancos")
/// At most kMaxSecondNamePairs pairs an article and type, the first named
/// first (added within version 5: older databases lack them and resolve
/// without the rule).
inline constexpr std::size_t kMaxSecondNamePairs = 32;
/// Definition terms: each article records each nickname it defines in so
/// many words for a name of a type ("The Gunners, julukan Arsenal", "Emil,
/// sapaan akrab Ridwan Kamil"; Entity::defined_nickname), with that name's
/// key. Their document frequencies are the corpus-wide table
/// EntityNames::defined_as() reads, summed over shards: a nickname that the
/// news defines for one key stands for it where an article writes it alone.
/// Boolean (wdf 0); in both directions, the second for filters on the key:
///   defined_prefix + nickname key + '\t' + key      ("XDORGthe gunners\tarsenal")
///   group_prefix + key + '\t' + nickname key        ("XGORGarsenal\tthe gunners")
/// (added within version 5: older databases lack them and resolve without
/// the rule).

// --- Value slots ---------------------------------------------------------
/// Each slot's comment gives its encoding.
enum ValueSlot : Xapian::valueno {
    kSlotDate = 0,       ///< publication date, "YYYYMMDD" (article's own time zone); date filters
    kSlotTimestamp = 1,  ///< "YYYYMMDDhhmmss" (local time, 000000 when only a date is known); sort
    kSlotSource = 2,     ///< source name, normalize_boolean_value(); source facet
    kSlotCategory = 3,   ///< category, normalize_boolean_value(); category facet
    /// ContentKey::encode(): the content hash (skip unchanged re-index),
    /// the article's answer types (answer-type bonus) and the body's lead
    /// words (lead boost). One value because it is the collapse key
    /// (duplicates share every part), and Xapian hands each match's
    /// collapse key back with the match: the re-ranking then reads nothing
    /// per match.
    kSlotContentKey = 4,
    kSlotPersons = 5,        ///< PER entities, canonical names (case kept) joined by '\n'; entity facet
    kSlotOrganizations = 6,  ///< ORG entities, as kSlotPersons
    kSlotLocations = 7,      ///< LOC entities, as kSlotPersons
    // Slot 8 held the body's first term position in schema version 1; unused.
    /// The body's first kTopicLeadWords words, lead_words_value(): the
    /// topic-query lead bonus reads it for the top matches only, so it stays
    /// out of the collapse key that every match carries. Empty when the body
    /// is no longer than kLeadWords (the content key's lead words hold it all).
    kSlotTopicLeadWords = 9,
    /// FacetValues::encode(): the article's date, source, category and
    /// entity slots together. Facets over the best matches read these for
    /// about 100 articles per query: one value stream instead of six read a
    /// quarter of the blocks. The six slots stay (date filters, facets over
    /// every match).
    kSlotFacets = 10,
    /// The content hash alone (ContentKey::content_hash): the collapse key
    /// since schema version 4. Xapian reads the collapse key of every match
    /// that could enter the top, in docid order; the whole content key is
    /// six times longer, so its reads cost most of a 100-match MSet's time.
    /// The re-ranking reads the content key of its top matches instead.
    kSlotCollapseKey = 11,
};

/// kSlotFacets' value: each field as its length (a varint: 7 bits a byte,
/// low bits first, the high bit set on all but the last byte) then its
/// bytes, in this order. Never empty, so every article written since schema
/// version 4 has the slot (a database where some lack it is read slot by
/// slot).
struct FacetValues {
    std::string_view date;                     ///< as kSlotDate
    std::string_view source;                   ///< as kSlotSource
    std::string_view category;                 ///< as kSlotCategory
    std::array<std::string_view, 3> entities;  ///< kEntityTypes' slots, in kEntityTypes order

    std::string encode() const;
    /// The fields of an encoded value (views into it); nullopt when it is
    /// not one (empty: a document without the slot).
    static std::optional<FacetValues> decode(std::string_view value);
};
/// kSlotFacets' value for a document whose six slots FacetValues joins are
/// set (the indexer writes it from them, so the two always agree).
std::string facet_values_of(const Xapian::Document& doc);

/// kSlotContentKey's value, with its parts at fixed offsets: the content
/// hash (kContentHashLength hex digits, FNV-1a 64 of the normalized
/// title+body), one byte of answer types (answer_type:: bits of
/// common/analysis/answer_types.h), then the lead words
/// (lead_words_value(), 4 bytes per position).
struct ContentKey {
    static constexpr std::size_t kContentHashLength = 16;
    std::string_view content_hash;
    std::uint8_t answer_types = 0;
    std::string_view lead_words;

    std::string encode() const;
    /// The parts of an encoded key (views into it); nullopt when it is not
    /// one (empty: a document without the slot).
    static std::optional<ContentKey> decode(std::string_view value);
};

/// How many body positions the lead words cover (the lead boost's window can
/// only be shorter without re-indexing).
inline constexpr unsigned kLeadWords = 20;
/// How many body positions kSlotTopicLeadWords covers (a news lead
/// paragraph).
inline constexpr unsigned kTopicLeadWords = 50;
/// The lead boost looks up a word by a 32-bit hash, so it needs no position
/// list per query word (measured: those look-ups were 40 % of a query's time).
std::uint32_t lead_word_hash(std::string_view word);
/// The lead words' encoding: per position in order, lead_word_hash() of the
/// unprefixed word there (0 where none), 4 bytes little-endian each.
std::string lead_words_value(const std::vector<std::string>& words_by_position);
/// Whether the word with this hash is among the first `window` positions of
/// an encoded lead words value.
bool lead_words_contain(std::string_view value, std::uint32_t hash, unsigned window);

// --- Entity types ----------------------------------------------------------
/// What the index and the output use for each entity type, one row per type
/// in EntityType's order.
struct EntityTypeSchema {
    EntityType type;
    const char* prefix;             ///< boolean term prefix (filters, boost)
    Xapian::valueno slot;           ///< multi-valued slot (facets)
    const char* json_key;           ///< key in document data and JSON output
    std::uint8_t answer_type;       ///< the answer type it fills (answer_types.h)
    const char* name_use_prefix;    ///< key -> form as written (see kNameUseSeparator)
    const char* alias_prefix;       ///< form as written -> key
    const char* short_form_prefix;  ///< one-word key -> full key beside it (see kMaxShortFormPairs)
    const char* group_prefix;       ///< key -> a key that may stand for it (short form, designated)
    const char* second_name_prefix;   ///< key -> key mentioned more, apart from it (kMaxSecondNamePairs)
    const char* second_named_prefix;  ///< key mentioned more -> key apart from it
    const char* defined_prefix;       ///< nickname -> key the text defines it for
};
inline constexpr std::array<EntityTypeSchema, 3> kEntityTypes{{
    {EntityType::Person, kPrefixPerson, kSlotPersons, "person", answer_type::kPerson, "XUPER", "XAPER", "XBPER",
     "XGPER", "XVPER", "XWPER", "XDPER"},
    {EntityType::Organization, kPrefixOrganization, kSlotOrganizations, "organization", answer_type::kOrganization,
     "XUORG", "XAORG", "XBORG", "XGORG", "XVORG", "XWORG", "XDORG"},
    {EntityType::Location, kPrefixLocation, kSlotLocations, "location", answer_type::kPlace, "XULOC", "XALOC", "XBLOC",
     "XGLOC", "XVLOC", "XWLOC", "XDLOC"},
}};
static_assert(kEntityTypes.size() == std::tuple_size_v<decltype(FacetValues::entities)>);
constexpr const EntityTypeSchema& entity_schema(EntityType type) {
    return kEntityTypes[static_cast<std::size_t>(type)];
}
static_assert(kEntityTypes[0].type == EntityType::Person && kEntityTypes[1].type == EntityType::Organization &&
              kEntityTypes[2].type == EntityType::Location);

// --- Document data -----------------------------------------------------------
/// Keys of the JSON object stored as document data (what results display).
namespace data_keys {
inline constexpr const char* kId = "id";
inline constexpr const char* kTitle = "title";
inline constexpr const char* kBody = "body";
inline constexpr const char* kDate = "date";
inline constexpr const char* kSource = "source";
inline constexpr const char* kUrl = "url";
inline constexpr const char* kCategory = "category";
inline constexpr const char* kAuthor = "author";
/// An object: EntityTypeSchema::json_key -> canonical names.
inline constexpr const char* kEntities = "entities";
}  // namespace data_keys

// --- Free-text field weights (wdf increment per occurrence) ---------------
/// Title words count this many times as much as body words. Title words are
/// also indexed unprefixed, so an unqualified query finds them.
inline constexpr Xapian::termcount kTitleWeight = 3;
inline constexpr Xapian::termcount kBodyWeight = 1;
/// Gap between fields so that phrases and NEAR cannot match across them.
inline constexpr Xapian::termpos kFieldGap = 100;

/// Terms longer than this are hashed (Xapian's limit is 245 bytes; Omega's
/// hashterm.h uses the same safe length).
inline constexpr std::size_t kMaxSafeTermLength = 240;

// --- User-facing field names (query syntax) -------------------------------
/// Kept apart from the prefixes so that the names users type can be
/// Indonesian while the stored prefixes follow Omega.
enum class FieldKind { FreeText, Boolean, DateRange };

struct QueryField {
    const char* name;    ///< what the user types before ':'
    const char* prefix;  ///< stored term prefix ("" for DateRange)
    FieldKind kind;
    const char* help;
};

inline constexpr std::array<QueryField, 8> kQueryFields{{
    {"judul", kPrefixTitle, FieldKind::FreeText, "words in the title"},
    {"sumber", kPrefixSource, FieldKind::Boolean, "source name, e.g. sumber:Kompas"},
    {"kategori", kPrefixCategory, FieldKind::Boolean, "category, e.g. kategori:politik"},
    {"penulis", kPrefixAuthor, FieldKind::Boolean, "author"},
    {"orang", kPrefixPerson, FieldKind::Boolean, "person entity, e.g. orang:\"Lloyd Austin\""},
    {"organisasi", kPrefixOrganization, FieldKind::Boolean, "organization entity"},
    {"lokasi", kPrefixLocation, FieldKind::Boolean, "place entity, e.g. lokasi:Kursk"},
    {"tanggal", "", FieldKind::DateRange, "date or range, e.g. tanggal:2019-09-01..2019-09-30"},
}};

/// Normalizes a boolean value the way both sides must: NFKC, case folded,
/// inner white space collapsed to one space, trimmed. "  Kapan  Lagi " and
/// "kapan lagi" give the same value.
std::string normalize_boolean_value(std::string_view value);

/// Builds the boolean term for prefix + value: normalizes the value and
/// applies Omega's colon rule (a ':' between prefix and value when the value
/// starts with a capital or ':'), then hashes terms longer than
/// kMaxSafeTermLength. The indexer and the query's FieldProcessors both call
/// this, so filters match what was indexed.
std::string make_boolean_term(std::string_view prefix, std::string_view value);

/// The unique id term ("Q" + id). Ids are kept as written (not case folded):
/// they are identifiers, not words.
std::string make_id_term(std::string_view id);

/// The two name-use terms (kNameUseSeparator) recording that an article wrote
/// the entity with this canonical name as `form`; both empty when either is
/// longer than kMaxSafeTermLength (its parts could not be told apart after
/// hashing).
struct NameUseTerms {
    std::string use;    ///< name_use_prefix + key + '\t' + form
    std::string alias;  ///< alias_prefix + normalized form + '\t' + key
};
NameUseTerms name_use_terms(const EntityTypeSchema& type, std::string_view canonical, std::string_view form);

/// The two short-form terms (kMaxShortFormPairs) recording that an article
/// named the one-word key `short_key` beside `full_key` (both normalized);
/// both empty when either is longer than kMaxSafeTermLength.
struct ShortFormTerms {
    std::string short_to_full;  ///< short_form_prefix + short key + '\t' + full key
    std::string full_to_short;  ///< group_prefix + full key + '\t' + short key
};
ShortFormTerms short_form_terms(const EntityTypeSchema& type, std::string_view short_key, std::string_view full_key);
/// The two second-name terms (kMaxSecondNamePairs) recording that an article
/// named `key` apart from `dominant`, a key it mentions more (both
/// normalized); both empty when either is longer than kMaxSafeTermLength.
struct SecondNameTerms {
    std::string second_to_dominant;  ///< second_name_prefix + key + '\t' + dominant key
    std::string dominant_to_second;  ///< second_named_prefix + dominant key + '\t' + key
};
SecondNameTerms second_name_terms(const EntityTypeSchema& type, std::string_view key, std::string_view dominant);
/// The two definition terms recording that an article defined the nickname
/// `nickname_key` for `key` (both normalized); both empty when either is
/// longer than kMaxSafeTermLength.
struct DefinitionTerms {
    std::string nickname_to_key;  ///< defined_prefix + nickname key + '\t' + key
    std::string key_to_nickname;  ///< group_prefix + key + '\t' + nickname key
};
DefinitionTerms definition_terms(const EntityTypeSchema& type, std::string_view nickname_key, std::string_view key);
/// group_prefix + bare + '\t' + key; empty when longer than
/// kMaxSafeTermLength.
std::string designated_term(const EntityTypeSchema& type, std::string_view bare, std::string_view key);

/// Omega's hashterm: keeps short terms, replaces the tail of long ones by a hash.
std::string hash_long_term(std::string term, std::size_t max_length = kMaxSafeTermLength);

}  // namespace telusur::schema
