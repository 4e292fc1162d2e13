// Entity names as one database uses them, read from its name-use terms
// (schema.h: every article records, per entity, the forms it was written in).
// Document frequencies of those terms are summed over shards and remote
// databases like any term's, so one database and its parts resolve alike.
//
//  * resolve(): the key a name stands for in this database. A short name that,
//    wherever an article named it beside a full name, nearly always meant the
//    same one ("Trump" -> "donald trump") stands for that full name
//    everywhere; a form the gazetteer folded ("Korut") stands for its key; a
//    person's name with middle names stands for the more common name without
//    them when the news calls both by the same first or last name; a
//    spelling variant (hyphens, the spelling before 1972) stands for the
//    spelling the news uses more; a one-word name (nickname, acronym, short
//    form) that most articles naming it name beside one longer name that it
//    could be short for ("Emil" / "Ridwan Kamil", "UGM" / "Universitas Gadjah
//    Mada", "RI" / "Indonesia") stands for that name; a name with a
//    designator or legal form ("Provinsi Riau", "PT Pertamina", "KH Ma'ruf
//    Amin") stands for the name without it when that is as common. The
//    one-word rule reads the short-form terms the indexer writes (schema.h,
//    version 5): a prefix scan per name, as for the name-use terms.
//  * display_name(): the form the news writes most ("G7", "Jokowi").
//  * filter_keys(): every key whose articles an entity filter should match.
//
// Not thread-safe (it memoizes); one per Xapian::Database handle, like the
// handle itself.
#pragma once

#include "common/clock_cache.h"
#include "common/entities/entity_lexicon.h"
#include "common/schema.h"

#include <xapian.h>

#include <array>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <span>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace telusur {

class EntityNames {
public:
    /// The share of an ambiguous short name's resolved uses that must go to
    /// one key for the name to stand for it everywhere.
    static constexpr double kDominantShare = 0.8;
    /// Resolved uses needed before a short name stands for a longer key (a
    /// name folded once is not yet a pattern).
    static constexpr Xapian::doccount kMinResolvedUses = 3;
    /// ... and at least this share of the articles that name it alone.
    static constexpr double kMinShareOfAlone = 0.2;

    /// A one-word name stands for a longer name beside it in at least
    /// short_form_share() of its articles, and in this many at least (fewer
    /// are chance: a team-mate, a co-star).
    static constexpr Xapian::doccount kMinShortFormArticles = 5;
    /// Longest one-word organization or place name taken for a short form
    /// (an acronym, "tangsel"; not "jakarta" beside "jakarta selatan").
    static constexpr std::size_t kMaxShortFormLength = 8;
    /// The share of a one-word key's articles that must name `full_key`
    /// beside it for `short_key` to stand for it: 0.5 when its letters spell
    /// it from the start of a word (an acronym or syllable short form:
    /// "ugm", "tangsel", "bamsoet"; a place's with its designator: "ri",
    /// "republik indonesia" for "indonesia"), for people 0.7 when it shares
    /// three letters with the start or end of one of its words (a nickname:
    /// "emil" of "ridwan kamil"), else 0: never (a spouse, a colleague). Both
    /// keys normalized. The indexer writes a short-form pair only where this
    /// is not 0.
    static double short_form_share(EntityType type, std::string_view short_key, std::string_view full_key);
    /// Whether an organization's acronym `short_key` spells `full_key` after
    /// its leading body heads (kAcronymOmittedHeads), the heads' initials left
    /// out, as the news writes a ministry's acronym in the minister's title
    /// ("Menteri PPN", "Menteri LHK": "ppn" of "kementerian perencanaan
    /// pembangunan nasional", "lhk" of "kementerian lingkungan hidup dan
    /// kehutanan", "psp" of "direktorat jenderal prasarana dan sarana
    /// pertanian"). resolve() takes it as short_form_share()'s spelled
    /// acronyms where articles spell it out.
    static bool spells_after_head(std::string_view short_key, std::string_view full_key);
    /// The words of `full_key` that `short_key` spells after its heads, else
    /// an empty view (spells_after_head()).
    static std::string_view spelled_after_head(std::string_view short_key, std::string_view full_key);
    /// Whether the articles that name the organization `short_key` write
    /// each word it spells after `full_key`'s heads in their text, in
    /// kMinSpelledWordsShare of them at least: the acronym is that body there.
    /// On clickid "lhk" 22 of 27 ("kehutanan"), "psp" 23 of 23; "ppn" 29 of
    /// 46, the others value-added tax ("Pajak Pertambahan Nilai") the tagger
    /// read as a body.
    bool articles_write_spelled_words(const schema::EntityTypeSchema& type, const std::string& short_key,
                                      std::string_view full_key) const;
    static constexpr double kMinSpelledWordsShare = 0.75;
    /// For an organization's acronym of `full_key`'s words after its heads
    /// (spells_after_head()), not of the whole name (short_form_share()):
    /// whether its articles write those words (articles_write_spelled_words():
    /// "lhk" yes, "ppn" no); std::nullopt for any other pair. resolve() takes
    /// such an acronym for the name only where they do.
    std::optional<bool> head_acronym_written(const schema::EntityTypeSchema& type, const std::string& short_key,
                                             std::string_view full_key) const;
    static constexpr std::string_view kAcronymOmittedHeads[] = {
        "kementerian", "kemenko", "departemen", "badan", "direktorat", "jenderal", "ditjen", "dinas", "komisi"};
    /// Whether two names (normalized) have a word in common, punctuation and
    /// "dan" aside.
    static bool share_a_word(std::string_view a, std::string_view b);

    /// Organizations have second names (schema.h's second-name terms), and
    /// places only under an epithet (is_epithet()): people and places named
    /// apart from a commoner name are mostly its aides, rivals or parts (a
    /// regency and its province), read on clickid.
    static constexpr bool has_second_names(EntityType type) { return type != EntityType::Person; }
    /// Whether `key` (normalized) may be a second name: any organization's;
    /// a place's only when it is an epithet.
    static bool may_be_second_name(EntityType type, std::string_view key);
    /// Whether a place's key is an epithet by its form: a head of
    /// kEpithetHeads and words that the rest of the key is made of ("bumi
    /// cenderawasih", "negeri sakura"). Whether the rest is a place of its
    /// own ("kota bekasi") is second_name_of()'s to read in the database.
    static bool is_epithet(std::string_view key);
    /// An epithet's rest that the database names as a place in this many
    /// articles is one ("bekasi" of "kota bekasi"): no epithet.
    static constexpr Xapian::doccount kMinRestPlaceArticles = 3;
    /// A key stands for a key articles name apart from it (never in one
    /// sentence; apart_from()) in `min_articles` articles at
    /// least and in `share` of the key's articles (an opponent, a parent
    /// body share their sentences), which is `lift` times the share of all
    /// articles that name the other (KPK, DPR are apart from everything),
    /// and the other has `rarity` times its articles (a nickname is the
    /// rarer name).
    struct SecondNameThresholds {
        Xapian::doccount min_articles;
        double share, lift, rarity;
    };
    /// Organizations: fewer than 10 articles were one story's copies on
    /// clickid. Place epithets, a narrow class of keys (is_epithet()): 3
    /// articles, a share of 0.6 and a lift of 20, read on half the clickid
    /// candidates and checked on the other (docs/facets.md, session 18).
    static constexpr SecondNameThresholds kOrganizationSecondNames{10, 0.5, 30, 3.0};
    static constexpr SecondNameThresholds kEpithetSecondNames{3, 0.6, 20, 3.0};
    static constexpr const SecondNameThresholds& second_name_thresholds(EntityType type) {
        return type == EntityType::Location ? kEpithetSecondNames : kOrganizationSecondNames;
    }

    /// Whether `name`'s letters spell `full` in order, starting at the first
    /// letter of one of its words ("ugm", "bawaslu", "bamsoet").
    static bool spells(std::string_view name, std::string_view full);

    /// `key` (normalized) spelled the new way: hyphens as spaces, and in names
    /// of two words or more the spelling before 1972 ("oe", "dj", "tj" in
    /// words of four letters or more) as after, unless `hyphens_only`; ""
    /// when that is `key`.
    static std::string spelling_variant(std::string_view key, bool hyphens_only = false);
    /// One word of four letters or more spelled as after 1972 ("pudjiastuti"
    /// -> "pujiastuti"), in place.
    static void respell_word(std::string& word);

    /// The other forms of a person's first name (normalized): the formal
    /// name a hypocorism is short for ("mike" -> "michael"; "beto" ->
    /// "alberto", "roberto", "humberto"), a formal name's hypocorisms, and the
    /// other spellings of "Muhammad" and "Ahmad"; none for other names. A
    /// closed class (kFirstNameForms), written for the project: the news
    /// names one foreign figure both ways ("Mike Pompeo" / "Michael
    /// Pompeo", "Beto Goncalves" / "Alberto Goncalves").
    struct FirstNameForm {
        std::string_view name;
        bool spelling;  ///< another spelling of the name, not a hypocorism
    };
    static std::span<const FirstNameForm> first_name_forms(std::string_view first);
    /// Of `key` (a person's, two words or more) and `key` with its first
    /// name in each of first_name_forms(), the key with most articles (ties:
    /// the first in byte order) when that is not `key`, else "". Not by a
    /// hypocorism from a key of fewer than kMinHypocorismArticles articles:
    /// on clickid those were as often two people ("Rafa Silva" of Portugal,
    /// "Rafael Silva" of Barito Putera; "Thomas" and "Tommy Sugiarto").
    std::string commoner_first_name(const schema::EntityTypeSchema& type, const std::string& key) const;
    static constexpr Xapian::doccount kMinHypocorismArticles = 2;

    /// A slip of the pen in a later word of a person's rare key ("bj habbie",
    /// "airlangga hartato", "saut situmorag"): the key of the same first word
    /// and as many words, one word after the first one letter apart (one
    /// changed, added, left out, or two swapped; both words of
    /// kMinSlipWordLength letters a-z or more), that kSlipRatio times as many
    /// articles write (for any key: "bj habibie" is written for "bacharuddin
    /// jusuf habibie"); of several, the commonest; else "". Not a key of more than kMaxSlipArticles
    /// articles (a name that common is a name), nor a name of three short
    /// words ("jung jae yoon" and "jung jae yeon" may be two actors: a
    /// Korean syllable is a letter from another). Also, of words of six
    /// letters or more, three letters in a row in another order
    /// (letters_shuffled_by_one(): "victor omsihen"); a name kBesideSlipRatio
    /// times as common that every article of `key` names too; and a slip in
    /// the first word, its first letter kept, before a later word of
    /// kMinSurnameAfterFirstSlip letters (a key, looked up for each such
    /// spelling of the first word: "wullem wandik", "sokatris
    /// papastathopoulos").
    std::string commoner_slip(const schema::EntityTypeSchema& type, const std::string& key) const;
    static constexpr double kSlipRatio = 20;
    static constexpr std::size_t kMinSlipWordLength = 4;
    static constexpr Xapian::doccount kMaxSlipArticles = 5;
    /// Whether two words are one letter apart: one changed, added or left
    /// out, or two beside each other swapped.
    static bool one_letter_apart(std::string_view a, std::string_view b);
    /// Whether two words of kMinShuffledWordLength letters or more, as long,
    /// differ only in three letters in a row written in another order: one
    /// moved by two places ("sokratis", "sokatris"; "osimhen", "omsihen";
    /// "carvalho", "carlvaho"), or two letters two apart swapped
    /// ("mcmenemy", "mcmemeny").
    static bool letters_shuffled_by_one(std::string_view a, std::string_view b);
    static constexpr std::size_t kMinShuffledWordLength = 6;
    /// one_letter_apart() or letters_shuffled_by_one().
    static bool one_slip_apart_in_letters(std::string_view a, std::string_view b);
    /// commoner_slip() also joins a key to a name kBesideSlipRatio times as
    /// common that every article of the key names too: an article that
    /// writes a name twice, once with a slip ("Wullem Wandik" ... "Willem").
    static constexpr double kBesideSlipRatio = 3;
    /// A slip in the first word (its first letter kept) only before a later
    /// word of this many letters: a surname that names one family, not a
    /// short syllable ("tep chee hean", "teo chee hean").
    static constexpr std::size_t kMinSurnameAfterFirstSlip = 6;

    /// A badminton or tennis pair of players written "A/B" (a person key
    /// holding one slash): the same pair in the order more articles write
    /// ("kevin sanjaya sukamuljo/marcus fernaldi gideon" of "marcus fernaldi
    /// gideon/kevin sanjaya sukamuljo"), and for a pair of one word each
    /// ("markis/hendra", "choi/seo", "hafiz/gloria") the pair of longer
    /// names holding those words, one on each side, in either order, that
    /// kPairDominance of such pairs' articles write and that has `key`'s
    /// articles at least; else "". Not a pair sharing one player
    /// ("kevin/marcus" is not "kevin/rian").
    std::string doubles_pair_of(const schema::EntityTypeSchema& type, const std::string& key) const;
    static constexpr double kPairDominance = 0.8;
    static constexpr std::size_t kMinPairWordLength = 3;
    /// The two names of a pair key, trimmed ("greysia /apriyani"), else two
    /// empty names (no slash, several, or other than letters, spaces,
    /// hyphens and apostrophes).
    struct PlayerPair {
        std::string_view first, second;
    };
    static PlayerPair player_pair(std::string_view key);
    /// Whether `word` (kMinPairWordLength letters or more) is a word of `side`.
    static bool names_player(std::string_view word, std::string_view side);

    /// A person's one-word name clipped from a longer name ("gusmi" of
    /// "gusmiadirrahman", "asfin" of "asfinawati", "dovi" of "andrea
    /// dovizioso", "djoksis" and "karput", the first syllables of two words
    /// of "djoko siswanto" and "kartika putri"): the longer key that the
    /// articles of `key` name beside it (the short-form terms; for a one-word
    /// name, which has none, the articles both keys share) in
    /// kMinClippedBeside articles and kClippedShare of `key`'s at least, with
    /// kClippedRatio times `key`'s articles, one name beside it more than any
    /// other (kClippedDominance); else "". Not a word the
    /// database writes before another word as a name ("rudy" of "rudy
    /// gunawan" and of "rudyatmo", "niki"), nor a pair of players ("melati"
    /// of "praveen jordan/melati daeva oktavianti").
    std::string clipped_name_of(const schema::EntityTypeSchema& type, const std::string& key) const;
    /// Whether `clip` (one word) is clipped from `full`: the start or end of
    /// one of its words, two letters shorter at least, or the starts of two
    /// words one after the other, two letters of each at least
    /// ("djoksis"); not a whole word of it.
    static bool is_clipped_from(std::string_view clip, std::string_view full);
    static constexpr std::size_t kMinClippedLength = 4;
    static constexpr Xapian::doccount kMinClippedBeside = 2;
    static constexpr double kClippedShare = 0.6;
    static constexpr double kClippedRatio = 2;
    /// ... and that many of the articles naming it beside any name it is
    /// clipped from.
    static constexpr double kClippedDominance = 0.8;
    /// One-word keys that start with the clip whose shared articles are
    /// counted, most articles first: a few postings intersections at most.
    static constexpr std::size_t kMaxClippedCandidates = 4;
    /// Whether a person's one-word name `clip`, beside `full` in one answer
    /// (one article's names, one facet list), is `full` clipped
    /// (clipped_within_answer(): "ani" of "sri mulyani", "mega" of "megawati
    /// soekarnoputri", "midji" of "sutarmidji", "jk" of "jusuf kalla") and
    /// the database names both in kMinClippedBeside articles at least: a
    /// pair the news writes together again. Across the database "ani" and
    /// "mega" are other people too (clipped_name_of() refuses them); beside
    /// the name they clip, in an answer that holds no other name of theirs,
    /// they are that person. A pair named together once is no evidence: on
    /// clickid such pairs were as often two people ("rossi" beside "loris
    /// capirossi", "budi" beside "heru pambudi").
    bool clipped_beside(const schema::EntityTypeSchema& type, const std::string& clip, const std::string& full) const;
    /// The string rule of clipped_beside(): `clip`, one word of letters a-z,
    /// is the start or end of a word of `full` two letters shorter at least,
    /// from kMinAnswerClipLength letters ("ani" of "mulyani"); the word after
    /// an initial and its dot ("ikhsan" of "m.ikhsan rosan"); the first
    /// syllables of two words (is_clipped_from(): "djoksis"); or the
    /// initials of its two words or more ("jk", "sby"). Not a whole word of
    /// `full` (same_thing_as()'s other rules read those), nor a pair of
    /// players ("rizki" of "della destiara haris/rizki amelia pradipta").
    static bool clipped_within_answer(std::string_view clip, std::string_view full);
    static constexpr std::size_t kMinAnswerClipLength = 3;
    /// A person's key of two words, an honorific, title or kinship word and
    /// a name's one word ("sus beben", "baby archie", "sir alex", "romo
    /// magnis"): that word, else "". The person designators written before a
    /// nickname or as a title before one word ("pak", "kang", "dr"), and
    /// kAnswerHonorifics; not the leading "Muhammad" ("Muhammad Ali" is a
    /// name). same_thing_as() joins such a key into the one longer name of
    /// one answer that holds the word: within one article "Sus Beben" is
    /// Beben Nurfadilah, across the database any Beben.
    static std::string_view after_honorific(std::string_view key);
    /// Honorifics and kinship words clickid writes before a name alone
    /// beside the full name in one article: a nurse's "Sus", a child's
    /// "Baby", the Javanese "Mbak", "Mbah", "Romo", the Thai "Khun", "Si",
    /// "Om", "Tante", "Kak", and titles before a surname ("Sir", "Ny",
    /// "Habib", "Syekh").
    static constexpr std::string_view kAnswerHonorifics[] = {"sus",  "suster", "baby",  "mbak",  "mbah", "romo",
                                                             "khun", "si",     "om",    "tante", "kak",  "sir",
                                                             "ny",   "nyonya", "habib", "syekh"};

    /// A person's name with its leading given names spelled out where the
    /// news writes their initials ("burhanuddin jusuf habibie" and "bj
    /// habibie", "richard joost lino" and "rj lino"): the key the news writes
    /// the initials' form for most, with the same initials and last words,
    /// when it has kInitialsRatio times `key`'s articles; else "". Given
    /// names of three letters or more (not "rs ainun habibie", a hospital).
    std::string with_initials_written(const schema::EntityTypeSchema& type, const std::string& key) const;
    static constexpr double kInitialsRatio = 3;

    /// A person's nickname before the surname of the name the news defines
    /// it for ("rudy habibie": "Rudy, sapaan akrab BJ Habibie"; "ibas
    /// yudhoyono" of "edhie baskoro yudhoyono"): that name, when it ends
    /// with the rest of `key` and has as many articles at least; of several,
    /// the one defined most. One definition is enough with the surname
    /// ("Rudy" alone is several people's, "Rudy Habibie" one's).
    std::string nickname_with_surname_of(const schema::EntityTypeSchema& type, const std::string& key) const;

    /// A person's name of two words, a nickname the news writes in quotes
    /// inside a name and the first or last word of that name ("andi gilang"
    /// of "Andi 'Gilang' Farid Izdihar", "pep guardiola" of "Josep 'Pep'
    /// Guardiola"): the key that name is written for (of several, the one
    /// written so most), and the other way, for the key of the name the
    /// nickname is quoted in, the two words; always to the key of more
    /// articles, else "". Not the nickname alone ("gilang" is other people's
    /// name too). The quoted forms for two words are read once, from the
    /// alias terms of the whole type; not over remote shards, where that
    /// would transfer every name.
    std::string quoted_nickname_of(const schema::EntityTypeSchema& type, const std::string& key);
    /// The nickname in quotes of a name as written and normalized ("andi
    /// ‘gilang’ farid izdihar" -> "gilang", with the words before and after
    /// it), else an empty nickname.
    struct QuotedNickname {
        std::string_view before, nickname, after;
    };
    static QuotedNickname quoted_nickname(std::string_view form);
    /// The nickname with the first word before it and with the last word
    /// after it ("andi gilang", "gilang izdihar"), those there are.
    static std::vector<std::string> two_word_forms(const QuotedNickname& quoted);

    /// For a place's bare `key`, the key with a regency's or city's unit
    /// before it ("jayawijaya" -> "kabupaten jayawijaya") when that has more
    /// articles and the name is not both a regency's and a city's
    /// (is_regency_and_city()), else "": without_designator()'s other way.
    std::string with_region_unit(const schema::EntityTypeSchema& type, const std::string& key) const;
    /// Whether Indonesia has a regency (kabupaten) and a city (kota) of this
    /// name (normalized, without the unit): kRegencyAndCityNames.
    static bool is_regency_and_city(std::string_view name);
    /// The 26 names of a kabupaten and a kota both, from ../shared/gazetteer's
    /// id_regencies_cities.tsv (cahyadsn/wilayah, MIT; test_first_names
    /// checks the list against it). "Kota Jayawijaya" names no unit.
    static constexpr std::string_view kRegencyAndCityNames[] = {
        "bandung",  "banjar", "bekasi", "bima",     "blitar",   "bogor",     "cirebon",     "gorontalo",  "jayapura",
        "kediri",   "kupang", "madiun", "magelang", "malang",   "mojokerto", "pasuruan",    "pekalongan", "probolinggo",
        "semarang", "serang", "solok",  "sorong",   "sukabumi", "tangerang", "tasikmalaya", "tegal"};

    /// `key` (normalized) without the schwa some write before an "r" and
    /// some do not ("sumatera" / "sumatra", "bumi cenderawasih" / "bumi
    /// cendrawasih", "kementerian" / "kementrian", "keraton" / "kraton"): an
    /// "e" between a consonant and "r" + a vowel, in words that keep
    /// kMinSchwaWordLength letters; "" when it has none.
    static std::string without_schwa(std::string_view key);
    /// The spellings of `key` with and without such a schwa: without_schwa()
    /// (or `key`) first, then that with one schwa put back, at each place
    /// one may stand.
    static std::vector<std::string> schwa_spellings(std::string_view key);
    static constexpr std::size_t kMinSchwaWordLength = 5;

    /// Of `key`'s schwa_spellings() and `key`, the key most articles have
    /// when that is not `key` (ties: the one without a schwa), else "".
    std::string commoner_schwa_spelling(const schema::EntityTypeSchema& type, const std::string& key) const;

    /// Whether a word of a name numbers one of a series ("u-16", "2019",
    /// "ii"): "Timnas U-16" and "Angkasa Pura II" are other bodies than
    /// "Timnas" and "Angkasa Pura".
    static bool is_series_word(std::string_view word);

    /// `key` (normalized) without a designator or legal form of its type
    /// before or after it ("provinsi riau" -> "riau", "pt pertamina" ->
    /// "pertamina", "kh ma'ruf amin" -> "ma'ruf amin"; a person's title,
    /// honorific or leading "Muhammad" before two words or more: "raden
    /// prabowo argo yuwono", "m hanif dhakiri", "i ketut diarmita"), else "".
    /// A string rule: whether the bare name stands for it is resolve()'s to
    /// decide.
    static std::string without_designator_word(EntityType type, std::string_view key);
    /// A person's one-word name after a title the news also writes before
    /// a name alone ("dr habibie" -> "habibie", "h laoly"), else "":
    /// without_designator() takes it only where the database knows the word
    /// as a name of kMinShortFormArticles articles or more, as after a
    /// nickname's honorific ("Pangeran Harry" is no title's: "Harry" is
    /// Harry Kane as often).
    static std::string after_title(EntityType type, std::string_view key);

    /// For a key cut inside a parenthesis it opened ("pt pln (persero",
    /// "pengadilan negeri (pn", as the tagger stops before the closing
    /// bracket of "PT PLN (Persero)", "Pengadilan Negeri (PN) Jakarta"): the
    /// name with the bracket closed when the database knows it (a key, or a
    /// form articles wrote for one), else the name before the parenthesis
    /// when it knows that; else "". Not a bracket inside a word ("f(x)", a
    /// band).
    std::string with_parenthesis_closed(const schema::EntityTypeSchema& type, const std::string& key) const;

    /// `remote`: a shard is a remote database, where opening a term iterator
    /// on a type's whole prefix would transfer every name of that type.
    explicit EntityNames(const Xapian::Database& db, bool remote = false) : db_(db), remote_(remote) {}

    const Xapian::Database& database() const { return db_; }

    /// Reads the database's entity terms into memory (EntityLexicon) for the
    /// look-ups from then on, unless they take more than max_bytes; once per
    /// object. Only for a handle whose revision stays until it is replaced
    /// (a searcher's own, read-only): the lexicon is that revision's.
    void load_lexicon(std::size_t max_bytes);
    /// The lexicon's size in memory, 0 without one.
    std::size_t lexicon_bytes() const { return lexicon_ ? lexicon_->memory_bytes() : 0; }

    /// The database's terms, from the lexicon where it covers them.
    Xapian::doccount termfreq(const std::string& term) const;
    bool term_exists(const std::string& term) const;
    bool any_term_starts_with(const std::string& start) const;
    /// The keys of `type` that start with `start` (normalized).
    std::vector<std::string> keys_starting_with(const schema::EntityTypeSchema& type, const std::string& start) const;
    /// Whether the look-ups of `term` read no block (the lexicon covers it).
    bool in_memory(std::string_view term) const { return lexicon_ && lexicon_->covers(term); }

    /// The key (schema::normalize_boolean_value form) that `name`, an indexed
    /// canonical name or what a user typed, stands for; the normalized name
    /// itself when the database knows no other meaning.
    const std::string& resolve(const schema::EntityTypeSchema& type, std::string_view name);

    /// How many articles name the entity `name` resolves to (the articles of
    /// its key); 0 when the database knows `name` neither as a key of this
    /// type nor as a form some article wrote.
    Xapian::doccount articles(const schema::EntityTypeSchema& type, std::string_view name);
    /// The articles that name the one-word `short_key` beside `full_key`, or
    /// beside it with words before it (an honorific the alias table drops:
    /// "kh maimoen zubair" of "maimoen zubair"), in its old spelling too:
    /// the short-form pairs.
    Xapian::doccount named_beside(const schema::EntityTypeSchema& type, const std::string& short_key,
                                  const std::string& full_key) const;
    /// The articles that hold both terms (their posting lists' intersection).
    Xapian::doccount articles_with_both(const std::string& a_term, const std::string& b_term) const;
    /// The keys articles wrote `form` (normalized) for, with their articles:
    /// the alias terms ("luhut" -> "luhut binsar pandjaitan", 14).
    std::vector<std::pair<std::string, Xapian::doccount>> keys_written_as(const schema::EntityTypeSchema& type,
                                                                          const std::string& form) const;
    /// The forms articles wrote `key` in, as written, with their articles: the
    /// name-use terms ("bandara internasional jawa barat kertajati" -> "BIJB", 2).
    std::vector<std::pair<std::string, Xapian::doccount>> forms_written_for(const schema::EntityTypeSchema& type,
                                                                            const std::string& key) const;

    /// The entity terms (prefix + key) a filter on `name` matches: the key it
    /// resolves to and every other key that resolves to the same (at most
    /// kMaxFilterKeys, most used first).
    std::vector<std::string> filter_terms(const schema::EntityTypeSchema& type, std::string_view name);
    static constexpr std::size_t kMaxFilterKeys = 32;

    /// The form the news writes `key` in most often, counted over every key
    /// that resolves to it ("Jokowi" where it stands alone too; ties: the
    /// first in byte order, so it is stable); for people, surnames and first
    /// names used after a full mention do not count as forms of the full
    /// name. `fallback` when the database has no name-use terms for the key
    /// (older indexing).
    const std::string& display_name(const schema::EntityTypeSchema& type, const std::string& key,
                                    const std::string& fallback);

    /// The forms the news writes the things `key` names in, normalized
    /// (display_name()'s candidates; memoized): one list's "Indrawati" is of
    /// "Sri Mulyani", written "Sri Mulyani Indrawati" elsewhere
    /// (same_thing_as()).
    std::vector<std::string> written_forms(const schema::EntityTypeSchema& type, const std::string& key);

    /// For an organization, `key` without the place after it ("persib
    /// bandung" -> "persib", "timnas indonesia" -> "timnas") when the rest is
    /// a name of its own and that place is its one home: at least
    /// kHomePlaceShare of the articles of the rest with some place after it.
    std::string without_home_place(const schema::EntityTypeSchema& type, const std::string& key);
    static constexpr double kHomePlaceShare = 0.7;
    static constexpr std::size_t kMinHomePlaceBare = 3;
    /// ... and the rest is a name: named alone (as an organization) in at
    /// least this share of the articles that write its first word.
    static constexpr double kMinHomePlaceNameShare = 0.2;
    /// ... and the name with the place has at least this share of the
    /// articles of the name without it (a team's home is part of its name;
    /// a company's country branch or a channel's edition is named rarely).
    static constexpr double kMinHomePlaceUse = 0.2;

    /// For an organization, the one longer name whose words (commas and
    /// "dan" aside) `key`'s words (two or more) start, when `key` is a name
    /// cut short or written without its commas ("badan meteorologi
    /// klimatologi" of "Badan Meteorologi, Klimatologi, dan Geofisika", cut
    /// at "dan"; "polda metro" of "polda metro jaya"): that
    /// name has kMinCompletedRatio times its articles and
    /// kOneCompletionShare of the articles of all keys that start with it
    /// (not "badan pengelola keuangan", which is the start of three
    /// bodies'). Names with a number after (`timnas indonesia u-16`) are
    /// other teams, never the completion.
    std::string completed_name(const schema::EntityTypeSchema& type, const std::string& key);
    static constexpr double kMinCompletedRatio = 2.0;

    /// For an organization named after a place by the place's short form
    /// ("polda jatim", "kejati sumut"), the key with the place's name in full
    /// ("polda jawa timur") when the database has it; else "". The short form
    /// is one the place resolves from ("jatim" -> "jawa timur").
    std::string with_place_in_full(const schema::EntityTypeSchema& type, const std::string& key);
    static constexpr double kOneCompletionShare = 0.8;

    /// For an organization named by a head and the acronym of the rest
    /// ("dinas lh", "kementerian esdm", "badan pom"), the one key of
    /// kMinShortFormArticles articles or more (kOneCompletionShare of all
    /// such keys' articles) that is the head and words whose initials are the
    /// acronym ("dinas lingkungan hidup"; "dan" aside); else "".
    std::string with_acronym_expanded(const schema::EntityTypeSchema& type, const std::string& key);
    static constexpr std::size_t kMaxAcronymLength = 6;

    /// For an organization named by a government body's head and a rest of
    /// two words or more, the same rest under another head (kSlashBodyHeads)
    /// that the news joins to it with a slash, one body a minister heads
    /// under two names ("Kementerian PPN/Bappenas", "Kementerian
    /// Perencanaan Pembangunan Nasional/Badan Perencanaan Pembangunan
    /// Nasional": "badan perencanaan pembangunan nasional" -> "kementerian
    /// perencanaan pembangunan nasional"), in kMinSlashArticles articles at
    /// least; the key of more articles, else "". Two bodies the news writes
    /// with a slash are no two heads of one rest ("TNI/Polri", "DPR/DPRD",
    /// "KPK/Kejaksaan").
    std::string under_other_head_by_slash(const schema::EntityTypeSchema& type, const std::string& key);
    static constexpr std::string_view kSlashBodyHeads[] = {"kementerian", "badan",  "departemen", "lembaga",
                                                           "kantor",      "komisi", "dewan",      "sekretariat",
                                                           "direktorat",  "kemenko"};
    /// Three articles: one story's copies are rarely more than two on clickid.
    static constexpr Xapian::doccount kMinSlashArticles = 3;
    /// The articles of the keys that join `a` and `b` (organization keys of
    /// a head and a rest) with a slash, in either order: each side written
    /// as the name, as its head and the rest's initials ("kementerian
    /// ppn"), or, after the slash, as one word spelling it ("bappenas").
    Xapian::doccount articles_joined_by_slash(const schema::EntityTypeSchema& type, const std::string& a,
                                              const std::string& b) const;

    /// The key the news defines `key` (normalized) as a nickname of in so
    /// many words, by the definition terms (schema.h), the keys defined
    /// counted by the key each resolves to ("persija" and "persija
    /// jakarta"): one of at least kMinDefinitions defining articles,
    /// kDefinitionShare of all definitions of `key` and kMinDefinedShareOfOwn
    /// of the articles that have `key` as a key of its own (one "Ayu, sapaan
    /// akrab ..." is not every Ayu), not defined the other way as often;
    /// else "". Chosen on half of the clickid nicknames and checked on the
    /// other (docs/facets.md, session 19).
    std::string defined_as(const schema::EntityTypeSchema& type, const std::string& key);
    static constexpr Xapian::doccount kMinDefinitions = 2;
    static constexpr double kDefinitionShare = 0.8;
    static constexpr double kMinDefinedShareOfOwn = 0.15;
    /// For an organization, what the news defines the rest of `key` as, after
    /// a team word (kTeamWords: "tim maung bandung" -> "persib", "skuat
    /// garuda" -> "timnas indonesia"): defined_as()'s tests but the share of
    /// the rest's own articles, as the team word says the team is meant
    /// ("Garuda" alone may be the airline); else "".
    std::string team_of_nickname(const schema::EntityTypeSchema& type, const std::string& key);
    /// Words for a team before its name ("Tim Garuda", "Skuat Garuda").
    static constexpr std::string_view kTeamWords[] = {"tim", "skuad", "skuat", "kesebelasan"};
    /// Words for a body's central board before the body's name ("PP PBSI",
    /// "DPP PDIP": the body speaks through it; not a regional board, "DPD
    /// Golkar", another body).
    static constexpr std::string_view kCentralBoardWords[] = {"pp", "dpp", "pengurus pusat", "pimpinan pusat",
                                                              "dewan pimpinan pusat"};
    /// ... and Pengurus Besar's, the board only before an acronym: before a
    /// name "PB" is a badminton club's Perkumpulan Bulutangkis ("PB Djarum").
    static constexpr std::string_view kAcronymsCentralBoardWords[] = {"pb", "pengurus besar"};
    /// `key` (normalized) after one of `words` and a space, else "".
    static std::string_view after_leading_words(std::string_view key, std::span<const std::string_view> words);
    /// For an organization, the body a central board of it speaks for ("pb
    /// pbsi", "pp pbsi", "dpp pdip" -> what "pbsi", "pdip" resolve to): the
    /// rest one word, an acronym the news writes in capitals in
    /// kMinCapitalsShare of its uses and names as a body of its own in
    /// kMinShortFormArticles articles or more, and beside the board in one
    /// article at least; else "" ("pb djarum", a club; "pp muhammadiyah", no
    /// acronym; "pb pgi" of the golf union, never named beside the churches'
    /// "pgi").
    std::string body_of_central_board(const schema::EntityTypeSchema& type, const std::string& key);
    static constexpr double kMinCapitalsShare = 0.8;
    /// For an organization, a body's acronym before the word for its central
    /// level ("kpi pusat", "koni pusat" -> what "kpi", "koni" stand for):
    /// the news writes "Pusat" after a body with regional offices for the
    /// national one, which its acronym alone names ("KPI" beside "KPID
    /// Jawa Barat"). The acronym written in capitals in kMinCapitalsShare of
    /// the key's uses, standing for a body of kMinShortFormArticles articles
    /// or more, named beside the key in one article at least; else "" ("sd
    /// al azhar pusat", "badan intelijen pusat": no acronym).
    std::string body_of_central_level(const schema::EntityTypeSchema& type, const std::string& key);
    static constexpr std::string_view kCentralLevelWord = "pusat";
    /// For an organization, an airline's name without the place after it
    /// ("wings air berau", "trigana air papua", "batik air soekarno-hatta"
    /// -> "wings air", "trigana air", "batik air"): a town, region or
    /// airport after an airline is where its flight goes or its station
    /// is, not another airline. The airline: two words or more ending in an
    /// airline word (kAirlineWords), named alone in kMinShortFormArticles
    /// articles and more often than with the place, whose articles write
    /// one of kAircraftWords in kMinAircraftShare of them ("Air" is also
    /// water: "Dinas Sumber Daya Air", "Pintu Air"); the place one the
    /// database names as a place in kMinShortFormArticles articles, or a
    /// route of two such ("surabaya-sampit"); not a country, whose airline
    /// of the same name is another ("Batik Air Malaysia", "AirAsia
    /// Indonesia"). Else "".
    std::string airline_without_place(const schema::EntityTypeSchema& type, const std::string& key);
    static constexpr std::string_view kAirlineWords[] = {"air", "airlines", "airways", "airline"};
    static constexpr double kMinAircraftShare = 0.5;
    /// Words of aircraft and flights (the unprefixed terms of the text).
    static constexpr const char* kAircraftWords[] = {"pesawat", "penerbangan", "maskapai"};
    /// For a place, the country `key` (normalized) is an official long form
    /// of: a state's word and qualifiers (a closed class) before a name
    /// the gazetteer lists as a country ("republik islam iran" -> "iran",
    /// "kerajaan arab saudi", "republik arab suriah", "negara kesatuan republik
    /// indonesia"), or before a word that starts or ends one country's name
    /// alone and that the database resolves to it ("kerajaan saudi"); else
    /// "". Not a long form that is a country's name itself ("republik
    /// dominika" is not "dominika"), nor a rest that names several countries
    /// or none ("republik korea", "republik demokratik kongo", "republik
    /// china": Taiwan).
    std::string country_of_long_form(const schema::EntityTypeSchema& type, const std::string& key);
    /// Whether `key` (normalized) is the name of a country the gazetteer
    /// lists (ner::icu_country_names()).
    static bool is_country(std::string_view key);
    /// The much commoner key that `key` is a second name of by the
    /// second-name terms (second_name_thresholds()), else "".
    std::string second_name_of(const schema::EntityTypeSchema& type, const std::string& key) const;
    /// Whether the database names a place's epithet-like `key` as a place of
    /// its own: its rest as one (kMinRestPlaceArticles), or the key after an
    /// administrative unit ("kecamatan tanah abang").
    bool names_a_place_of_its_own(const schema::EntityTypeSchema& type, const std::string& key) const;

private:
    /// defined_as(), with its test of the share of `key`'s own articles or
    /// without (`own_share`).
    std::string defined_key(const schema::EntityTypeSchema& type, const std::string& key, bool own_share);
    /// The country key `rest` (normalized) names for country_of_long_form(),
    /// else "".
    std::string country_named_by(const schema::EntityTypeSchema& type, const std::string& rest);
    /// resolve() of a name already in normalize_boolean_value() form.
    const std::string& resolve_normalized(const schema::EntityTypeSchema& type, const std::string& normalized);
    struct Use {
        std::string value;  ///< the part after the separator
        Xapian::doccount documents = 0;
    };
    /// The keys articles name apart from `key`, with those articles: where
    /// the second name of the two (`key` if `key_is_second`, else the other)
    /// is mentioned less, and where it is mentioned more in as many articles
    /// at most (the second-name terms both ways).
    std::vector<Use> apart_from(const schema::EntityTypeSchema& type, const std::string& key, bool key_is_second) const;
    /// Whether `apart` (a key named apart from one of `own` articles, of
    /// `all`) passes the second-name test `t`.
    bool passes_second_name_test(const schema::EntityTypeSchema& type, const SecondNameThresholds& t, double own,
                                 double all, const Use& apart) const;
    /// `key` spelled as the news spells it more often, else "": hyphens as
    /// spaces, the spelling before 1972 ("oe", "dj", "tj") as after.
    std::string common_spelling(const schema::EntityTypeSchema& type, const std::string& key) const;
    /// first + last word of a person's `key` of three words or more when
    /// that is the same person's more common name ("anies baswedan" for
    /// "anies rasyid baswedan"), else "".
    std::string without_middle_names(const schema::EntityTypeSchema& type, const std::string& key) const;
    /// A person's `key` of three words or more without its last word when
    /// that is a key with at least as many articles and the key's articles
    /// write it too ("hotman paris" for "hotman paris hutapea", "siti
    /// nurbaya" for "siti nurbaya bakar"), else "".
    std::string without_surname(const schema::EntityTypeSchema& type, const std::string& key) const;
    /// without_designator_word(key) when the key it resolves to has at least
    /// as many articles (and for kabupaten/kota, no other unit shares the name),
    /// else "".
    std::string without_designator(const schema::EntityTypeSchema& type, const std::string& key);
    /// The longer key a one-word `key` stands for by the short-form terms
    /// (short_form_share()), else "".
    std::string short_form_of(const schema::EntityTypeSchema& type, const std::string& key) const;
    /// `key` and the other keys that resolve to it, most used forms first
    /// (at most kMaxFilterKeys). `deep` (filters): also the members' own
    /// short forms and old spellings and an organization's keys with its home
    /// place; display names go without, as every name shown pays for them.
    std::vector<std::string> group_keys(const schema::EntityTypeSchema& type, const std::string& key,
                                        bool deep = false);
    /// Of the keys of `type` that start with `start` (a term with the type's
    /// prefix) and that `accept`s, the one with most articles, its articles,
    /// and all their articles.
    struct MostUsed {
        std::string key;
        Xapian::doccount articles = 0;
        Xapian::doccount all = 0;
    };
    MostUsed most_used_key(const schema::EntityTypeSchema& type, const std::string& start,
                           const std::function<bool(std::string_view)>& accept);
    /// Terms prefix + head + separator + *, with their document frequencies.
    std::vector<Use> uses(const std::string& prefix, const std::string& head) const;
    /// Whether the articles write `key` (its first word only, with
    /// `first_word_only`) in capitals in kMinCapitalsShare of its uses: an
    /// acronym ("PBSI", "KPI Pusat"; not "Djarum", "Pertamina Pusat").
    bool written_in_capitals(const schema::EntityTypeSchema& type, const std::string& key, bool first_word_only) const;
    static std::vector<std::pair<std::string, Xapian::doccount>> as_pairs(std::vector<Use> uses);

    /// Entries per memo. A faceted query resolves a few thousand names, a
    /// server sees unbounded ones: the memos keep the names looked up again
    /// (ClockCache), so memory stops growing without losing the common ones.
    static constexpr std::size_t kMaxMemo = 1 << 15;
    Xapian::Database db_;
    bool remote_;
    std::unique_ptr<const EntityLexicon> lexicon_;
    bool lexicon_tried_ = false;
    /// Per type, quoted_nickname_of()'s table: a nickname with the first or
    /// last word of the name it is quoted in -> that name's key -> articles.
    std::array<std::map<std::string, std::map<std::string, Xapian::doccount>>, 3> quoted_;
    std::array<bool, 3> quoted_read_{};
    /// uses()' term iterator per prefix, reused while look-ups go forward.
    struct Scan {
        Xapian::TermIterator it;
        std::string last_start;
        bool open = false;
    };
    mutable std::map<std::string, Scan> scans_;
    ClockCache<std::string> resolved_{kMaxMemo};  ///< type prefix + name -> key
    /// The names resolve_normalized() is resolving, outermost first: its
    /// rules lead to shorter and longer names in turn, and may lead back to
    /// a name under way (a cycle); past kMaxResolveDepth a name stands for
    /// itself.
    struct Resolving {
        std::string prefix;
        std::string normalized;
    };
    std::vector<Resolving> resolving_;
    static constexpr std::size_t kMaxResolveDepth = 16;
    /// The outermost level of resolving_ that a cycle led back to in the
    /// calls under way, else kNoCycle: the keys found below it wait for it.
    static constexpr std::size_t kNoCycle = static_cast<std::size_t>(-1);
    std::size_t cycle_root_ = kNoCycle;
    /// Keys returned but not memoized (decided by a cycle still under way);
    /// a deque keeps the references returned valid until the outermost call
    /// ends.
    std::deque<std::string> unsettled_;
    /// The key every name of the cycle from resolving_[from] to its end
    /// stands for: the name of `type` most articles write, then the
    /// shortest, then the first in byte order.
    std::string cycle_key(const schema::EntityTypeSchema& type, std::size_t from) const;
    /// Per type, names as given -> key: facets resolve thousands of names
    /// per query, and normalizing each again cost more than the look-up.
    template <class Value>
    using PerType = std::array<ClockCache<Value>, 3>;
    static_assert(schema::kEntityTypes.size() == 3);
    template <class Value>
    static PerType<Value> memo_per_type() {
        return {ClockCache<Value>(kMaxMemo), ClockCache<Value>(kMaxMemo), ClockCache<Value>(kMaxMemo)};
    }
    PerType<std::string> resolved_as_given_ = memo_per_type<std::string>();
    PerType<Xapian::doccount> articles_as_given_ =
        memo_per_type<Xapian::doccount>();                    ///< per type, names as given -> articles()
    ClockCache<std::string> display_{kMaxMemo};               ///< type prefix + key -> display name
    ClockCache<std::vector<std::string>> written_{kMaxMemo};  ///< type prefix + key -> written_forms()
    /// The forms written for every key of `key`'s group, and their articles.
    std::map<std::string, Xapian::doccount> count_written_forms(const schema::EntityTypeSchema& type,
                                                                const std::string& key);
};

}  // namespace telusur
