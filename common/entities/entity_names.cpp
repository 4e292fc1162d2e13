#include "common/entities/entity_names.h"

#include "common/entities/gazetteer.h"
#include "common/text/unicode.h"

#include <algorithm>
#include <exception>
#include <tuple>
#include <utility>

namespace telusur {

namespace {

/// Whether `part`'s words start or end `full`'s words (a surname or first
/// name used after a full mention: "trump" of "donald trump").
bool is_name_part(std::string_view part, std::string_view full) {
    if (part.size() >= full.size()) return false;
    const bool prefix = full.substr(0, part.size()) == part && full[part.size()] == ' ';
    const bool suffix = full.substr(full.size() - part.size()) == part && full[full.size() - part.size() - 1] == ' ';
    return prefix || suffix;
}

/// A name of fewer words: a surname ("trump" of "donald trump"), a nickname
/// or an acronym an article introduced ("jokowi", "pupr").
bool is_shorter_name(std::string_view name, std::string_view key) {
    const auto words = [](std::string_view s) { return std::count(s.begin(), s.end(), ' ') + 1; };
    return words(name) < words(key);
}

/// Calls f(term, termfreq) for each term of `prefix` that starts with
/// `start`; termfreq() gives its document frequency (read only when asked).
/// From the lexicon where there is one. Opening a term iterator reads the
/// B-tree from its root; moving one forward mostly stays in the blocks it
/// holds: look-ups in byte order (EntityTally::top, a page's results) share
/// `scan`'s iterator. Not over remote shards: xapian-tcpsrv sends an
/// iterator's whole prefix when it is opened, so there each look-up opens
/// one on `start` alone.
template <class Scan, class F>
void scan_forward(const Xapian::Database& db, const EntityLexicon* lexicon, bool remote, Scan& scan,
                  const std::string& prefix, const std::string& start, F&& f) {
    if (lexicon != nullptr && lexicon->covers(start)) {
        lexicon->for_each_starting_with(
            start, [&](std::string_view term, Xapian::doccount freq) { f(term, [freq] { return freq; }); });
        return;
    }
    if (remote) {
        for (auto it = db.allterms_begin(start); it != db.allterms_end(start); ++it)
            f(*it, [&] { return it.get_termfreq(); });
        return;
    }
    // The same range again, or one inside the last (a longer start): it was read past.
    if (!scan.open || start <= scan.last_start || start.starts_with(scan.last_start)) {
        scan.it = db.allterms_begin(prefix);
        scan.open = true;
    }
    scan.last_start = start;
    const auto end = db.allterms_end(prefix);
    if (scan.it == end) return;
    scan.it.skip_to(start);
    for (; scan.it != end && (*scan.it).compare(0, start.size(), start) == 0; ++scan.it)
        f(*scan.it, [&] { return scan.it.get_termfreq(); });
}

/// `side` without the spaces around it (a side of a slash: "greysia /apriyani").
std::string_view trimmed_spaces(std::string_view side) {
    while (!side.empty() && side.front() == ' ') side.remove_prefix(1);
    while (!side.empty() && side.back() == ' ') side.remove_suffix(1);
    return side;
}

/// The words of a name without punctuation and "dan" ("badan meteorologi,
/// klimatologi, dan geofisika" -> badan meteorologi klimatologi geofisika):
/// a name cut short or written without commas has the same words.
std::vector<std::string_view> content_words(std::string_view name) {
    std::vector<std::string_view> words;
    for (std::size_t at = 0; at < name.size();) {
        std::size_t end = name.find(' ', at);
        if (end == std::string_view::npos) end = name.size();
        std::string_view word = name.substr(at, end - at);
        while (!word.empty() && std::string_view(",.;:()").find(word.back()) != std::string_view::npos)
            word.remove_suffix(1);
        while (!word.empty() && std::string_view(",.;:()").find(word.front()) != std::string_view::npos)
            word.remove_prefix(1);
        if (!word.empty() && word != "dan") words.push_back(word);
        at = end + 1;
    }
    return words;
}

/// Whether `word` is a whole word of `name`.
bool has_word(std::string_view name, std::string_view word) {
    for (std::size_t at = name.find(word); at != std::string_view::npos; at = name.find(word, at + 1))
        if ((at == 0 || name[at - 1] == ' ') && (at + word.size() == name.size() || name[at + word.size()] == ' '))
            return true;
    return false;
}

/// Whether `name` starts or ends with three letters that start or end a word
/// of `full` ("emil" and "kamil"; not "soeharto" and "bacharuddin").
bool shares_letters(std::string_view name, std::string_view full) {
    if (name.size() < 3) return false;
    for (const std::string_view three : {name.substr(0, 3), name.substr(name.size() - 3)})
        for (std::size_t at = full.find(three); at != std::string_view::npos; at = full.find(three, at + 1)) {
            const bool starts_word = at == 0 || full[at - 1] == ' ';
            const bool ends_word = at + 3 == full.size() || full[at + 3] == ' ';
            if (starts_word || ends_word) return true;
        }
    return false;
}

/// Words that name the kind of a thing, not the thing: "Provinsi Riau" is
/// Riau. From ../shared/gazetteer: the `jenis` of id_regencies_cities.tsv
/// (Kabupaten, Kota), triggers_curated.tsv's LOC_head "Provinsi", the state
/// words of the country lists ("Republik Ceko", "Kerajaan Arab Saudi"), the
/// legal forms among its ORG_head (PT, CV, Perum, Persero, Tbk; Partai) and the
/// abbreviated honorifics and titles of PER_honorific_before /
/// PER_title_before. Only these: heads such as "Stadion", "Polres" or "RSUD"
/// name another thing than the name after them.
struct Designator {
    EntityType type;
    std::string_view word;  ///< normalized
    bool before;            ///< before the name, else after it
    /// A person's honorific used with a nickname ("kang emil", "bung
    /// karno"): the name after it may be one word.
    bool nickname = false;
    /// The country a national body is "of" ("dewan perwakilan rakyat
    /// republik indonesia", "kepolisian ri"): the body's other designated
    /// forms may be its common name ("kepolisian negara republik indonesia").
    bool national = false;
    /// A person's title that the news writes before a full name and before
    /// a name alone ("Dr Habibie", "H Laoly"): both, the one word as after
    /// a nickname's honorific.
    bool title = false;
};
constexpr Designator kDesignators[] = {
    {EntityType::Location, "provinsi", true},
    {EntityType::Location, "kabupaten", true},
    {EntityType::Location, "kota", true},
    {EntityType::Location, "republik", true},
    {EntityType::Location, "kerajaan", true},
    {EntityType::Organization, "mabes", true},  // Markas Besar: "Mabes Polri" is the force in the news
    {EntityType::Organization, "pt", true},
    {EntityType::Organization, "pt.", true},
    {EntityType::Organization, "cv", true},
    {EntityType::Organization, "perum", true},
    {EntityType::Organization, "partai", true},  // ORG_head; the party itself: "Partai Likud" / "Likud"
    {EntityType::Organization, "tbk", false},
    {EntityType::Organization, "tbk.", false},
    {EntityType::Organization, "(persero)", false},
    {EntityType::Organization, "persero", false},
    {EntityType::Person, "h.", true, false, false, true},
    {EntityType::Person, "hj.", true, false, false, true},
    {EntityType::Person, "dr.", true, false, false, true},
    {EntityType::Person, "prof.", true, false, false, true},
    {EntityType::Person, "ir.", true, false, false, true},
    {EntityType::Person, "drs.", true, false, false, true},
    {EntityType::Person, "dra.", true},
    {EntityType::Person, "kh", true},
    {EntityType::Person, "k.h.", true},
    // The same titles as the news writes them without a dot, and the
    // honorifics, religious and noble titles of PER_honorific_before and
    // PER_title_before that clickid writes before a name the news also
    // writes alone ("Raden", "Sir", "Ustadz", "Habib", "Ny", "Pangeran"):
    // before several words (session 24: 35 keys on clickid, all the same
    // person). Not "Sri", a given name ("Sri Mulyani"), nor "Ra", a Korean
    // surname.
    {EntityType::Person, "h", true, false, false, true},
    {EntityType::Person, "hj", true, false, false, true},
    {EntityType::Person, "hm", true},
    {EntityType::Person, "haji", true, false, false, true},
    {EntityType::Person, "hajah", true},
    {EntityType::Person, "hajjah", true},
    {EntityType::Person, "dr", true, false, false, true},
    {EntityType::Person, "prof", true, false, false, true},
    {EntityType::Person, "ir", true, false, false, true},
    {EntityType::Person, "drs", true, false, false, true},
    {EntityType::Person, "dra", true},
    {EntityType::Person, "raden", true},
    {EntityType::Person, "rm", true},
    {EntityType::Person, "sir", true},
    {EntityType::Person, "ustadz", true, false, false, true},
    {EntityType::Person, "ustaz", true, false, false, true},
    {EntityType::Person, "ustad", true, false, false, true},
    {EntityType::Person, "kiai", true, false, false, true},
    {EntityType::Person, "kyai", true, false, false, true},
    {EntityType::Person, "syekh", true},
    {EntityType::Person, "habib", true},
    {EntityType::Person, "ny", true},
    {EntityType::Person, "ny.", true},
    {EntityType::Person, "nyonya", true},
    {EntityType::Person, "pangeran", true},
    {EntityType::Person, "bapak", true, false, false, true},
    {EntityType::Person, "ibu", true, false, false, true},
    // A police rank's "Pol" that the tagger leaves before the name
    // ("Irjen Pol Argo Yuwono"); before one word it is Pol Espargaro.
    {EntityType::Person, "pol", true},
    // A leading "Muhammad", its spellings and abbreviations, which many
    // Indonesian men carry before the names they are called by ("Muhammad
    // Tito Karnavian", "M Hanif Dhakiri"); and the Balinese "I" before a
    // man's birth-order name ("I Ketut Diarmita"). Before several words.
    {EntityType::Person, "muhammad", true},
    {EntityType::Person, "mohammad", true},
    {EntityType::Person, "mohammed", true},
    {EntityType::Person, "muhamad", true},
    {EntityType::Person, "mohamad", true},
    {EntityType::Person, "mohamed", true},
    {EntityType::Person, "muhammed", true},
    {EntityType::Person, "mochammad", true},
    {EntityType::Person, "mochamad", true},
    {EntityType::Person, "muchammad", true},
    {EntityType::Person, "m", true},
    {EntityType::Person, "m.", true},
    {EntityType::Person, "muh", true},
    {EntityType::Person, "muh.", true},
    {EntityType::Person, "moh", true},
    {EntityType::Person, "moh.", true},
    {EntityType::Person, "mohd", true},
    {EntityType::Person, "i", true},
    // Honorifics before a nickname: PER_honorific_before's "Mas", "Bang",
    // "Pak", "Bu", PER_title_before's "Gus", and the Sundanese, Javanese and
    // Madurese "Kang", "Bung", "Cak" that clickid writes the same way
    // ("Kang Emil", "Bung Karno", "Cak Imin").
    {EntityType::Person, "kang", true, true},
    {EntityType::Person, "bung", true, true},
    {EntityType::Person, "cak", true, true},
    {EntityType::Person, "gus", true, true},
    {EntityType::Person, "mas", true, true},
    {EntityType::Person, "bang", true, true},
    {EntityType::Person, "pak", true, true},
    {EntityType::Person, "bu", true, true},
    // The Javanese elder's "Eyang" (grandparent), which the news writes
    // before an elder statesman's name as a nickname ("Eyang Habibie"). Not
    // the Minang scholar's "Buya": "Buya Hamka" is not Hamka Hamzah, the
    // footballer "Hamka" stands for on clickid.
    {EntityType::Person, "eyang", true, true},
    // A national body's country after its name; longest first.
    {EntityType::Organization, "negara republik indonesia", false, false, true},
    {EntityType::Organization, "republik indonesia", false, false, true},
    {EntityType::Organization, "ri", false, false, true},
    {EntityType::Location, "republik indonesia", false, false, true},
    {EntityType::Location, "ri", false, false, true},
};

/// Whether a person's name starts with a patronymic's particle ("bin
/// salman"): the father's name, which sons share.
bool starts_with_patronymic(std::string_view name) {
    for (const std::string_view particle : {"bin ", "binti ", "bint ", "ibn ", "ibnu "})
        if (name.starts_with(particle)) return true;
    return false;
}

const Designator* designator_of(EntityType type, std::string_view key, std::string_view* bare) {
    for (const auto& d : kDesignators) {
        if (d.type != type || key.size() <= d.word.size() + 1) continue;
        if (d.before && key.substr(0, d.word.size()) == d.word && key[d.word.size()] == ' ')
            *bare = key.substr(d.word.size() + 1);
        else if (!d.before && key.substr(key.size() - d.word.size()) == d.word &&
                 key[key.size() - d.word.size() - 1] == ' ')
            *bare = key.substr(0, key.size() - d.word.size() - 1);
        else
            continue;
        return &d;
    }
    return nullptr;
}

/// Whether `word` (a content word) is an organization's legal form written
/// after its name ("tbk", "persero").
bool is_legal_form_after(std::string_view word) {
    for (const auto& d : kDesignators)
        if (d.type == EntityType::Organization && !d.before && content_words(d.word).front() == word) return true;
    return false;
}

/// Whether a short form spells a one-word place with a designator of places
/// before it ("ri": "republik indonesia").
bool spells_designated(EntityType type, std::string_view name, std::string_view full) {
    // One-word places only: "koja" spells "kota jakarta utara" too.
    if (type != EntityType::Location || full.find(' ') != std::string_view::npos) return false;
    for (const auto& d : kDesignators)
        if (d.type == type && d.before && EntityNames::spells(name, std::string(d.word) + ' ' + std::string(full)))
            return true;
    return false;
}

/// Administrative units that share a name ("Kabupaten Bandung", "Kota
/// Bandung"): neither stands for the bare name when both are keys.
constexpr std::string_view kRegionDesignators[] = {"kabupaten", "kota"};

/// Words after a place's name that make it another region ("tangerang
/// selatan", "bekasi kota", "jawa tengah").
constexpr std::string_view kRegionWords[] = {"kabupaten", "kota", "utara", "selatan", "timur", "barat", "tengah"};

/// Heads of a place's epithet ("Bumi Cenderawasih" for Papua, "Negeri
/// Sakura" for Japan, "Kota Pahlawan" for Surabaya): the LOC_head "Kota" of
/// ../shared/gazetteer's triggers_curated.tsv, the head of its curated
/// country epithets ("Negeri Paman Sam") and the land words the news uses so
/// ("Bumi Lancang Kuning", "Tanah Rencong", "Ranah Minang"); a closed class.
/// Not "Pulau": on clickid its keys apart from a province were its islands
/// (Pulau Pianemo, Pulau Bidadari), the nesting a second name is not.
constexpr std::string_view kEpithetHeads[] = {"bumi", "negeri", "tanah", "ranah", "kota"};

/// The heads of administrative units among LOC_head (triggers_curated.tsv),
/// and "Provinsi": a name written after one is a unit's.
constexpr std::string_view kUnitHeads[] = {"provinsi", "kabupaten", "kota", "kecamatan", "kelurahan", "desa"};

/// Words of a country's official long form before its name: a state's,
/// which the long form starts with (the state forms of ../shared/gazetteer's
/// curated country aliases and ICU's names: "Republik Ceko", "Kerajaan Arab
/// Saudi", "Federasi Rusia", "Uni Emirat Arab", and their kin), and the
/// qualifiers that may follow it ("Republik Islam Iran", "Republik Rakyat
/// Tiongkok", "Republik Arab Suriah", "Negara Kesatuan Republik
/// Indonesia"); a closed class. Not "Kekaisaran": an empire is a state of
/// the past ("Kekaisaran Jepang"); nor "Federasi": before a country's name
/// the news means its sports federation ("Federasi Spanyol"; the gazetteer
/// lists "Federasi Rusia").
constexpr std::string_view kStateWords[] = {"republik",      "kerajaan",     "keamiran", "kesultanan", "konfederasi",
                                            "persemakmuran", "kepangeranan", "negara",   "uni"};
constexpr std::string_view kStateQualifiers[] = {"islam",    "rakyat", "demokratik", "federal", "sosialis",
                                                 "kesatuan", "arab",   "serikat",    "bersatu"};

/// A formal first name and its hypocorisms, or (`spellings`) one name's
/// spellings, all equal. Written for the project from common knowledge of
/// English, Spanish, Italian and Catalan given names; a name that is also a
/// word or a surname the news uses on its own is left out ("dan" is "and",
/// "tim" a team, "kim" a Korean surname; "leo", "pepe", "jack" are names of
/// their own).
struct FirstNameForms {
    std::string_view names;  ///< space-separated; the formal name first
    bool spellings = false;
};
constexpr FirstNameForms kFirstNameForms[] = {
    {"michael mike mick mikey"},
    {"william bill billy will willy"},
    {"robert bob bobby rob robbie"},
    {"roberto beto"},
    {"alberto beto"},
    {"humberto beto"},
    {"james jim jimmy jamie"},
    {"joseph joe joey"},
    {"thomas tom tommy"},
    {"anthony tony"},
    {"antonio toni tony"},
    {"david dave"},
    {"daniel danny dani"},
    {"christopher chris"},
    {"matthew matt"},
    {"nicholas nick nicky"},
    {"alexander alex"},
    {"alexandre alex"},
    {"alejandro alex"},
    {"samuel sam sammy"},
    {"benjamin ben benny"},
    {"stephen steve"},
    {"steven steve"},
    {"jonathan jon jonny"},
    {"andrew andy"},
    {"edward ed eddie"},
    {"frederick fred freddie"},
    {"charles charlie chuck"},
    {"richard rick ricky"},
    {"gregory greg"},
    {"patrick pat paddy"},
    {"peter pete"},
    {"kenneth ken kenny"},
    {"ronald ron ronnie"},
    {"lawrence larry"},
    {"jeffrey jeff"},
    {"douglas doug"},
    {"raymond ray"},
    {"zachary zach zack"},
    {"josep pep"},
    {"francisco paco"},
    {"ignacio nacho"},
    {"rafael rafa"},
    {"fernando nando"},
    {"javier javi"},
    {"manuel manu"},
    {"enrique kike"},
    {"giuseppe beppe"},
    {"luigi gigi"},
    {"katherine kate katie"},
    {"catherine kate cathy"},
    {"elizabeth liz lizzie beth betty"},
    {"margaret maggie meg peggy"},
    {"jennifer jen jenny"},
    {"rebecca becky"},
    {"susan sue susie"},
    {"victoria vicky tori"},
    {"jessica jess jessie"},
    {"deborah debbie"},
    {"muhammad mohammad mohammed muhamad mohamad mohamed muhammed mochammad mochamad muchammad", true},
    {"ahmad achmad akhmad ahmed", true},
};

bool one_of(std::span<const std::string_view> words, std::string_view word) {
    return std::find(words.begin(), words.end(), word) != words.end();
}

/// The gazetteer's country names as keys, sorted.
const std::vector<std::string>& country_keys() {
    static const std::vector<std::string> keys = [] {
        std::vector<std::string> out;
        for (const std::string& name : ner::icu_country_names()) out.push_back(schema::normalize_boolean_value(name));
        std::sort(out.begin(), out.end());
        out.erase(std::unique(out.begin(), out.end()), out.end());
        return out;
    }();
    return keys;
}

}  // namespace

std::string_view EntityNames::after_leading_words(std::string_view key, std::span<const std::string_view> words) {
    for (const std::string_view word : words)
        if (key.size() > word.size() + 1 && key.starts_with(word) && key[word.size()] == ' ')
            return key.substr(word.size() + 1);
    return {};
}

bool EntityNames::is_country(std::string_view key) {
    const auto& keys = country_keys();
    return std::binary_search(keys.begin(), keys.end(), key);
}

std::string EntityNames::country_named_by(const schema::EntityTypeSchema& type, const std::string& rest) {
    if (is_country(rest)) return rest;
    // A word that starts or ends one country's name alone ("saudi" of "arab
    // saudi"; not "korea", of two), where the database reads it so.
    const std::string* named = nullptr;
    for (const std::string& country : country_keys())
        if (is_name_part(rest, country)) {
            if (named != nullptr) return "";
            named = &country;
        }
    if (named == nullptr) return "";
    const std::string country = *named;  // a copy: resolving may replace memo entries
    const std::string rest_key = resolve_normalized(type, rest);  // a copy: the next call may replace it
    return rest_key == resolve_normalized(type, country) ? country : "";
}

std::string EntityNames::country_of_long_form(const schema::EntityTypeSchema& type, const std::string& key) {
    if (type.type != EntityType::Location || is_country(key)) return "";
    const std::vector<std::string_view> words = content_words(key);
    if (words.size() < 2 || !one_of(kStateWords, words[0])) return "";
    // The longest rest first: "arab saudi" of "kerajaan arab saudi".
    for (std::size_t first = 1; first < words.size(); ++first) {
        std::string rest;
        for (std::size_t w = first; w < words.size(); ++w) rest.append(rest.empty() ? "" : " ").append(words[w]);
        if (std::string country = country_named_by(type, rest); !country.empty()) return country;
        if (!one_of(kStateWords, words[first]) && !one_of(kStateQualifiers, words[first])) break;
    }
    return "";
}

bool EntityNames::written_in_capitals(const schema::EntityTypeSchema& type, const std::string& key,
                                      bool first_word_only) const {
    Xapian::doccount uses_of = 0, in_capitals = 0;
    for (const Use& form : uses(type.name_use_prefix, key)) {
        uses_of += form.documents;
        const std::string_view written =
            first_word_only ? std::string_view(form.value).substr(0, form.value.find(' ')) : form.value;
        if (std::none_of(written.begin(), written.end(), [](char c) { return c >= 'a' && c <= 'z'; }))
            in_capitals += form.documents;
    }
    return uses_of > 0 && in_capitals >= kMinCapitalsShare * uses_of;
}

std::string EntityNames::body_of_central_board(const schema::EntityTypeSchema& type, const std::string& key) {
    if (type.type != EntityType::Organization) return "";
    std::string_view rest = after_leading_words(key, kCentralBoardWords);
    if (rest.empty()) rest = after_leading_words(key, kAcronymsCentralBoardWords);
    if (rest.size() < 2 || rest.size() > kMaxShortFormLength || rest.find(' ') != std::string_view::npos) return "";
    const std::string body(rest);
    if (termfreq(schema::make_boolean_term(type.prefix, body)) < kMinShortFormArticles) return "";
    // An acronym: written in capitals ("PBSI"; not "Djarum").
    if (!written_in_capitals(type, body, false)) return "";
    return articles_with_both(schema::make_boolean_term(type.prefix, key),
                              schema::make_boolean_term(type.prefix, body)) > 0
               ? body
               : "";
}

std::string EntityNames::body_of_central_level(const schema::EntityTypeSchema& type, const std::string& key) {
    if (type.type != EntityType::Organization || !key.ends_with(kCentralLevelWord)) return "";
    const std::size_t space = key.size() - kCentralLevelWord.size() - 1;
    if (space < 2 || space > kMaxShortFormLength || key[space] != ' ' || key.find(' ') != space) return "";
    const std::string acronym = key.substr(0, space);
    // Written in capitals ("KPI Pusat"; not "Pertamina Pusat").
    if (!written_in_capitals(type, key, true)) return "";
    // What the acronym stands for ("komisi penyiaran indonesia": the
    // indexer folds "KPI" alone into it), named beside the central level.
    const std::string body = resolve_normalized(type, acronym);  // a copy: resolving may replace memo entries
    const std::string body_term = schema::make_boolean_term(type.prefix, body);
    if (termfreq(body_term) < kMinShortFormArticles) return "";
    return articles_with_both(schema::make_boolean_term(type.prefix, key), body_term) > 0 ? acronym : "";
}

std::string EntityNames::airline_without_place(const schema::EntityTypeSchema& type, const std::string& key) {
    if (type.type != EntityType::Organization) return "";
    const schema::EntityTypeSchema& places = schema::entity_schema(EntityType::Location);
    // A place the database names as one, not a country.
    const auto a_place = [&](std::string_view name) {
        return !is_country(name) && articles(places, name) >= kMinShortFormArticles;
    };
    const Xapian::doccount with_place = termfreq(schema::make_boolean_term(type.prefix, key));
    // The airline's name ends at its airline word; the rest is the place.
    for (const std::string_view word : kAirlineWords) {
        const std::size_t at = key.find(' ' + std::string(word) + ' ');
        if (at == std::string::npos || at == 0) continue;
        const std::string airline = key.substr(0, at + 1 + word.size());
        const std::string_view place = std::string_view(key).substr(airline.size() + 1);
        // One place ("Pangkalan Bun", "Soekarno-Hatta"), or the two ends of
        // a route ("Surabaya-Sampit").
        const std::size_t dash = place.find('-');
        const bool route =
            dash != std::string_view::npos && a_place(place.substr(0, dash)) && a_place(place.substr(dash + 1));
        if (!route && !a_place(place)) continue;
        const std::string airline_term = schema::make_boolean_term(type.prefix, airline);
        const Xapian::doccount alone = termfreq(airline_term);
        if (alone < kMinShortFormArticles || alone <= with_place) continue;
        if (std::none_of(std::begin(kAircraftWords), std::end(kAircraftWords), [&](const char* aircraft) {
                return articles_with_both(airline_term, aircraft) >= kMinAircraftShare * alone;
            }))
            continue;
        return airline;
    }
    return "";
}

std::string EntityNames::team_of_nickname(const schema::EntityTypeSchema& type, const std::string& key) {
    if (type.type != EntityType::Organization) return "";
    const std::string_view rest = after_leading_words(key, kTeamWords);
    return rest.empty() ? "" : defined_key(type, std::string(rest), false);
}

std::string EntityNames::without_designator_word(EntityType type, std::string_view key) {
    std::string_view bare;
    const Designator* d = designator_of(type, key, &bare);
    if (d == nullptr) return "";
    // A person's name is more than one word after a title ("h. salim" may be
    // anyone called Salim), unless the title is a nickname's honorific; an
    // acronym of three letters after "PT" ("pt hi", "pt pp") is many
    // companies.
    // (A title before one word is without_designator()'s to read: "Dr
    // Habibie" is Habibie where the database knows whom "Habibie" names.)
    if (type == EntityType::Person && !d->nickname && bare.find(' ') == std::string_view::npos) return "";
    // "Muhammad bin Salman" is not "bin Salman" (a brother may be).
    if (type == EntityType::Person && !d->nickname && starts_with_patronymic(bare)) return "";
    // An honorific before a nickname, a word; before more words it is as
    // likely a Korean surname ("kang sung hoon", "bang jung hyun").
    if (d->nickname && bare.find(' ') != std::string_view::npos) return "";
    if (type == EntityType::Organization && d->before && d->word != "mabes" && bare.size() <= 3) return "";
    return std::string(bare);
}

std::string EntityNames::after_title(EntityType type, std::string_view key) {
    std::string_view bare;
    const Designator* d = designator_of(type, key, &bare);
    return d != nullptr && d->title && bare.find(' ') == std::string_view::npos ? std::string(bare) : "";
}

std::string EntityNames::with_parenthesis_closed(const schema::EntityTypeSchema& type, const std::string& key) const {
    const std::size_t open = key.rfind(" (");
    if (open == std::string::npos || key.find(')', open) != std::string::npos) return "";
    // A key of its own, or a form articles wrote for a key ("pt pln" for
    // "pt perusahaan listrik negara (persero)").
    for (std::string candidate : {key + ')', key.substr(0, open)})
        if (term_exists(schema::make_boolean_term(type.prefix, candidate)) ||
            any_term_starts_with(type.alias_prefix + candidate + schema::kNameUseSeparator))
            return candidate;
    return "";
}

std::string EntityNames::without_designator(const schema::EntityTypeSchema& type, const std::string& key) {
    std::string bare = without_designator_word(type.type, key);
    if (bare.empty()) bare = after_title(type.type, key);
    if (bare.empty()) return "";
    const auto articles_of = [&](const std::string& name) {
        return termfreq(schema::make_boolean_term(type.prefix, name));
    };
    // "Kabupaten Bandung" and "Kota Bandung" are two units; "Kota
    // Jayawijaya" (one article on clickid) is a slip for the regency or its
    // town, which no unit of that name stands beside.
    for (const std::string_view unit : kRegionDesignators)
        if (key.compare(0, unit.size() + 1, std::string(unit) + ' ') == 0)
            for (const std::string_view other : kRegionDesignators)
                if (other != unit && is_regency_and_city(bare) && articles_of(std::string(other) + ' ' + bare) > 0)
                    return "";
    // The bare name as this database resolves it ("pertamina" is a form the
    // gazetteer folded into "pt pertamina (persero)").
    const Xapian::doccount own = articles_of(key);
    std::string best = bare;
    const std::string bare_key = resolve_normalized(type, bare);  // a copy: the recursion below may replace it
    Xapian::doccount best_articles = articles_of(bare_key);
    std::string_view bare_view;
    const Designator* d = designator_of(type.type, key, &bare_view);
    // A one-word name after an honorific or before "RI" names someone or
    // something only where the database knows it as the short form of a
    // name with at least a few articles ("kang emil" -> "emil" -> "ridwan
    // kamil", "kpk ri"); a word of its own is not ("radio republik
    // indonesia" is RRI, not "radio"; "gus choi" is not "choi kang").
    // A state's word before a name the database reads as a country is a long
    // form of that country only as country_of_long_form() reads it
    // ("Republik China" is Taiwan, though "China" stands for "Tiongkok"); a
    // country's own name never is ("Republik Dominika" is not Dominica).
    if (type.type == EntityType::Location &&
        (is_country(key) || (is_country(bare_key) && one_of(kStateWords, key.substr(0, key.find(' '))) &&
                             country_named_by(type, bare).empty())))
        return "";
    const bool one_word_known = bare_key != bare && best_articles >= kMinShortFormArticles &&
                                // After a title, a name the news writes 20 times as often (on clickid
                                // "Ustadz Anam" is not Choirul Anam, 8 articles; "Dr Habibie" is BJ Habibie).
                                (d == nullptr || !d->title || best_articles >= kSlipRatio * own);
    if (d != nullptr && (d->nickname || d->title || d->national) && bare.find(' ') == std::string::npos &&
        !one_word_known)
        best_articles = 0;
    // A national body's other designated forms too: "kepolisian ri" is
    // "kepolisian negara republik indonesia" (Polri), not "kepolisian".
    if (d != nullptr && d->national)
        for (const auto& other : kDesignators) {
            if (other.type != type.type || !other.national || other.word == d->word) continue;
            std::string sibling = bare + ' ' + std::string(other.word);
            // Its own articles: resolving it would try this key's siblings again.
            const Xapian::doccount sibling_articles = articles_of(sibling);
            if (sibling_articles > best_articles) {
                best = std::move(sibling);
                best_articles = sibling_articles;
            }
        }
    return best_articles > 0 && best_articles >= own ? best : "";
}

std::string EntityNames::with_region_unit(const schema::EntityTypeSchema& type, const std::string& key) const {
    if (type.type != EntityType::Location || is_regency_and_city(key)) return "";
    std::string best;
    Xapian::doccount best_articles = termfreq(schema::make_boolean_term(type.prefix, key));
    if (best_articles == 0) return "";
    for (const std::string_view unit : kRegionDesignators) {
        std::string designated = std::string(unit) + ' ' + key;
        if (const Xapian::doccount articles = termfreq(schema::make_boolean_term(type.prefix, designated));
            articles > best_articles) {
            best = std::move(designated);
            best_articles = articles;
        }
    }
    return best;
}

std::string EntityNames::without_home_place(const schema::EntityTypeSchema& type, const std::string& key) {
    if (type.type != EntityType::Organization) return "";
    const auto articles_of = [&](const std::string& name) {
        return termfreq(schema::make_boolean_term(type.prefix, name));
    };
    const schema::EntityTypeSchema& places = schema::entity_schema(EntityType::Location);
    const Xapian::doccount with_this_place = articles_of(key);
    // The place: the last word or two ("persib bandung", "persija jakarta",
    // "timnas indonesia", "psm makassar").
    for (std::size_t place_start = key.rfind(' '), words = 1; place_start != std::string::npos && words <= 2;
         place_start = place_start == 0 ? std::string::npos : key.rfind(' ', place_start - 1), ++words) {
        const std::string bare = key.substr(0, place_start), place = key.substr(place_start + 1);
        // Not initials ("ac milan"), and a name the news uses alone.
        const Xapian::doccount bare_articles = articles_of(bare);
        if (bare.size() < kMinHomePlaceBare || bare_articles < kMinShortFormArticles) continue;
        // The place is part of the name the news uses ("Persib Bandung": 123
        // articles, "Persib" 126), not a branch or edition named now and
        // then ("Twitter Indonesia" 11 of Twitter's 563, "CNN Indonesia",
        // "MotoGP Inggris", "DLH Ponorogo"). First: it is the cheapest test.
        if (with_this_place < kMinHomePlaceUse * bare_articles) continue;
        // A name, not a word: the articles naming it alone are a good share
        // of those writing its first word at all ("persib" 126 of 178; not
        // "air" of "air asia", 7 of 2,300, "uni" of "uni eropa", "dinas" of
        // "dinas bina marga", "polda" of "polda metro jaya"). A name of
        // several words may start with a common one ("tim nasional"): it is
        // a name when a short form was read beside it ("timnas"; the
        // short-form terms).
        if (bare_articles < kMinHomePlaceNameShare * termfreq(bare.substr(0, bare.find(' '))) &&
            (bare.find(' ') == std::string::npos || uses(type.group_prefix, bare).empty()))
            continue;
        if (articles(places, place) < kMinShortFormArticles) continue;
        // One home: a head that many places share ("dprd jawa barat", "polda
        // jatim") is no one body. The keys of `bare` + a place, in articles.
        std::vector<std::pair<std::string, Xapian::doccount>> with_place;
        const std::string start = type.prefix + bare + ' ';
        scan_forward(db_, lexicon_.get(), remote_, scans_[type.prefix], type.prefix, start,
                     [&](std::string_view term, auto termfreq) {
                         with_place.emplace_back(std::string(term.substr(start.size())), termfreq());
                     });
        Xapian::doccount all = 0, own = 0;
        for (const auto& [rest, count] : with_place) {
            if (articles(places, rest) == 0) continue;
            all += count;
            if (rest == place) own = count;
        }
        if (own > 0 && own >= kHomePlaceShare * all) return bare;
    }
    return "";
}

bool EntityNames::is_series_word(std::string_view word) {
    const bool number = std::any_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; });
    return number || word.find_first_not_of("ivxIVX") == std::string_view::npos;
}

EntityNames::MostUsed EntityNames::most_used_key(const schema::EntityTypeSchema& type, const std::string& start,
                                                 const std::function<bool(std::string_view)>& accept) {
    MostUsed most;
    scan_forward(db_, lexicon_.get(), remote_, scans_[type.prefix], type.prefix, start,
                 [&](std::string_view term, auto termfreq_of) {
                     const std::string_view name = term.substr(std::string_view(type.prefix).size());
                     if (!accept(name)) return;
                     const Xapian::doccount count = termfreq_of();
                     most.all += count;
                     if (count > most.articles) {
                         most.articles = count;
                         most.key = std::string(name);
                     }
                 });
    return most;
}

std::string EntityNames::completed_name(const schema::EntityTypeSchema& type, const std::string& key) {
    if (type.type != EntityType::Organization) return "";
    const std::vector<std::string_view> words = content_words(key);
    if (words.size() < 2) return "";
    // Not one of a series ("timnas indonesia u-16", "pt pelabuhan indonesia
    // ii") nor a unit of another region ("polres tangerang" + "selatan",
    // "polres metro bekasi" + "kota"): another body of the same start.
    const auto completes = [&](const std::string& longer) {
        const std::vector<std::string_view> longer_words = content_words(longer);
        for (std::size_t k = words.size(); k < longer_words.size(); ++k) {
            if (is_series_word(longer_words[k])) return false;
        }
        if (longer_words.size() == words.size()) return true;  // the same words, commas aside
        const std::string_view next = longer_words[words.size()];
        return std::find(std::begin(kRegionWords), std::end(kRegionWords), next) == std::end(kRegionWords);
    };
    // The keys that start with the first two words, commas or not
    // ("badan meteorologi, klimatologi, dan geofisika").
    const std::string start = type.prefix + std::string(words[0]) + ' ' + std::string(words[1]);
    const auto [best, best_articles, all] = most_used_key(type, start, [&](std::string_view name) {
        const std::vector<std::string_view> longer = content_words(name);
        return name != key && longer.size() >= words.size() && std::equal(words.begin(), words.end(), longer.begin());
    });
    if (best.empty() || !completes(best)) return "";
    if (best_articles < kMinShortFormArticles || best_articles < kOneCompletionShare * all) return "";
    const Xapian::doccount own = termfreq(schema::make_boolean_term(type.prefix, key));
    return best_articles >= kMinCompletedRatio * own ? best : "";
}

std::string EntityNames::with_place_in_full(const schema::EntityTypeSchema& type, const std::string& key) {
    const std::size_t last = key.rfind(' ');
    if (type.type != EntityType::Organization || last == std::string::npos) return "";
    const std::string short_place = key.substr(last + 1);
    // A copy: the recursion may replace memo entries.
    const std::string place = resolve_normalized(schema::entity_schema(EntityType::Location), short_place);
    if (place == short_place || place.find(' ') == std::string::npos) return "";
    std::string in_full = key.substr(0, last + 1) + place;
    return term_exists(schema::make_boolean_term(type.prefix, in_full)) ? in_full : "";
}

std::string EntityNames::with_acronym_expanded(const schema::EntityTypeSchema& type, const std::string& key) {
    if (type.type != EntityType::Organization) return "";
    const std::vector<std::string_view> words = content_words(key);
    if (words.size() < 2) return "";
    const std::string_view acronym = words.back();
    if (acronym.size() < 2 || acronym.size() > kMaxAcronymLength || !text::all_ascii_lowercase(acronym)) return "";
    const std::vector<std::string_view> head(words.begin(), words.end() - 1);
    // The keys that start with the head and whose other words' initials are
    // the acronym, each.
    // The key as written up to the acronym's first letter: a short scan, as
    // most heads start many keys.
    const std::string start = type.prefix + key.substr(0, key.rfind(' ') + 1) + acronym.front();
    const auto [best, best_articles, all] = most_used_key(type, start, [&](std::string_view name) {
        std::vector<std::string_view> longer = content_words(name);
        // A legal form after the name spells no letter ("pt krakatau steel (persero) tbk").
        while (!longer.empty() && is_legal_form_after(longer.back())) longer.pop_back();
        if (longer.size() != head.size() + acronym.size() || !std::equal(head.begin(), head.end(), longer.begin()))
            return false;
        for (std::size_t k = 0; k < acronym.size(); ++k)
            if (longer[head.size() + k].front() != acronym[k] || is_series_word(longer[head.size() + k])) return false;
        return true;
    });
    if (best_articles < kMinShortFormArticles || best_articles < kOneCompletionShare * all) return "";
    return best;
}

namespace {

/// An organization key's head and the initials of the rest's words ("dan"
/// aside): "kementerian lingkungan hidup dan kehutanan" -> "kementerian lhk".
std::string head_and_initials(std::string_view key) {
    const std::size_t space = key.find(' ');
    std::string form(key.substr(0, space + 1));
    for (const std::string_view word : content_words(key.substr(space + 1))) form += word.front();
    return form;
}

}  // namespace

Xapian::doccount EntityNames::articles_joined_by_slash(const schema::EntityTypeSchema& type, const std::string& a,
                                                       const std::string& b) const {
    const auto names = [&](std::string_view written, const std::string& full) {
        const std::string_view side = trimmed_spaces(written);
        return side == full || side == head_and_initials(full) || short_form_share(type.type, side, full) == 0.5;
    };
    Xapian::doccount joined = 0;
    for (const auto& [before, after] : {std::pair<const std::string&, const std::string&>{a, b}, {b, a}})
        for (const std::string& form : {before, head_and_initials(before)})
            for (const std::string& slashed : keys_starting_with(type, form + '/'))
                if (names(std::string_view(slashed).substr(form.size() + 1), after))
                    joined += termfreq(schema::make_boolean_term(type.prefix, slashed));
    return joined;
}

std::string EntityNames::under_other_head_by_slash(const schema::EntityTypeSchema& type, const std::string& key) {
    if (type.type != EntityType::Organization) return "";
    const std::size_t space = key.find(' ');
    if (space == std::string::npos || !one_of(kSlashBodyHeads, std::string_view(key).substr(0, space)) ||
        content_words(std::string_view(key).substr(space + 1)).size() < 2 || key.find('/') != std::string::npos)
        return "";
    const std::string rest = key.substr(space);  // " perencanaan pembangunan nasional"
    const Xapian::doccount own = termfreq(schema::make_boolean_term(type.prefix, key));
    std::string best;
    Xapian::doccount best_articles = 0;
    for (const std::string_view head : kSlashBodyHeads) {
        std::string other = std::string(head) + rest;
        if (other == key) continue;
        // From the rarer name to the commoner (ties: the first in byte
        // order), so that no two keys lead to each other.
        const Xapian::doccount articles = termfreq(schema::make_boolean_term(type.prefix, other));
        if (articles < own || (articles == own && other > key) || articles <= best_articles) continue;
        if (articles_joined_by_slash(type, key, other) < kMinSlashArticles) continue;
        best = std::move(other);
        best_articles = articles;
    }
    return best;
}

bool EntityNames::spells(std::string_view name, std::string_view full) {
    if (name.empty() || name.find(' ') != std::string_view::npos || name.size() >= full.size()) return false;
    for (std::size_t start = 0; start < full.size(); start = full.find(' ', start) + 1) {
        if (full[start] == name[0]) {
            std::size_t i = 0;
            for (std::size_t j = start; j < full.size() && i < name.size(); ++j)
                if (full[j] == name[i]) ++i;
            if (i == name.size()) return true;
        }
        if (full.find(' ', start) == std::string_view::npos) break;
    }
    return false;
}

double EntityNames::short_form_share(EntityType type, std::string_view short_key, std::string_view full_key) {
    if (short_key.size() < 2 || short_key.find(' ') != std::string_view::npos || short_key == full_key) return 0;
    // Organizations and places: acronyms and short forms only, not a
    // one-word name such as "jakarta".
    if (type != EntityType::Person && short_key.size() > kMaxShortFormLength) return 0;
    const bool designated = spells_designated(type, short_key, full_key);
    // A longer name, which for organizations and places does not contain it
    // whole (that is a designator's or a home place's case: "persib
    // bandung").
    if (full_key.find(' ') == std::string_view::npos && !designated) return 0;
    if (type != EntityType::Person && has_word(full_key, short_key)) return 0;
    // An organization's or place's acronym starts where its name does
    // ("koja" is a district of Jakarta, not "daerah khusus ibukota jakarta").
    if ((spells(short_key, full_key) && (type == EntityType::Person || short_key[0] == full_key[0])) || designated)
        return 0.5;
    if (type == EntityType::Person && shares_letters(short_key, full_key)) return 0.7;
    return 0;
}

std::string EntityNames::short_form_of(const schema::EntityTypeSchema& type, const std::string& key) const {
    if (key.find(' ') != std::string::npos || key.size() < 2) return "";
    const Xapian::doccount own = termfreq(schema::make_boolean_term(type.prefix, key));
    if (own < kMinShortFormArticles) return "";
    std::string best;
    Xapian::doccount best_count = 0;
    for (const auto& beside : uses(type.short_form_prefix, key)) {
        const double share = short_form_share(type.type, key, beside.value);
        // Strictly longer: no rule leads back to a shorter one-word name, so
        // resolving terminates.
        if (share > 0 && beside.value.size() > key.size() && beside.documents >= kMinShortFormArticles &&
            beside.documents >= share * own && beside.documents > best_count) {
            best = beside.value;
            best_count = beside.documents;
        }
    }
    return best;
}

std::string_view EntityNames::spelled_after_head(std::string_view short_key, std::string_view full_key) {
    if (short_key.size() < 2 || short_key.size() > kMaxAcronymLength || has_word(full_key, short_key)) return {};
    std::string_view rest = full_key;
    for (std::size_t space = rest.find(' ');
         space != std::string_view::npos && one_of(kAcronymOmittedHeads, rest.substr(0, space));
         space = rest.find(' ')) {
        rest.remove_prefix(space + 1);
        if (rest.front() == short_key.front() && spells(short_key, rest)) return rest;
    }
    return {};
}

bool EntityNames::spells_after_head(std::string_view short_key, std::string_view full_key) {
    return !spelled_after_head(short_key, full_key).empty();
}

bool EntityNames::articles_write_spelled_words(const schema::EntityTypeSchema& type, const std::string& short_key,
                                               std::string_view full_key) const {
    const std::string short_term = schema::make_boolean_term(type.prefix, short_key);
    const double own = termfreq(short_term);
    for (const std::string_view word : content_words(spelled_after_head(short_key, full_key)))
        if (articles_with_both(short_term, std::string(word)) < kMinSpelledWordsShare * own) return false;
    return true;
}

std::optional<bool> EntityNames::head_acronym_written(const schema::EntityTypeSchema& type,
                                                      const std::string& short_key, std::string_view full_key) const {
    if (type.type != EntityType::Organization || short_form_share(type.type, short_key, full_key) == 0.5 ||
        !spells_after_head(short_key, full_key))
        return std::nullopt;
    return articles_write_spelled_words(type, short_key, full_key);
}

bool EntityNames::share_a_word(std::string_view a, std::string_view b) {
    const std::vector<std::string_view> words = content_words(b);
    for (const auto word : content_words(a))
        if (std::find(words.begin(), words.end(), word) != words.end()) return true;
    return false;
}

bool EntityNames::is_epithet(std::string_view key) {
    for (const std::string_view head : kEpithetHeads)
        if (key.size() > head.size() + 1 && key.starts_with(head) && key[head.size()] == ' ') return true;
    return false;
}

bool EntityNames::names_a_place_of_its_own(const schema::EntityTypeSchema& type, const std::string& key) const {
    // "Pulau Bali", "Kota Bekasi", "Kota Yogyakarta": the rest is a place the
    // news names, as a key or as a form written for one.
    const std::string rest = key.substr(key.find(' ') + 1);
    Xapian::doccount rest_articles = termfreq(schema::make_boolean_term(type.prefix, rest));
    for (const Use& use : uses(type.alias_prefix, rest))
        if (use.value != rest) rest_articles += use.documents;
    if (rest_articles >= kMinRestPlaceArticles) return true;
    // "Tanah Bumbu", "Tanah Abang": a regency's or a district's name, which
    // articles write after its unit too.
    return std::any_of(std::begin(kUnitHeads), std::end(kUnitHeads), [&](std::string_view unit) {
        return termfreq(schema::make_boolean_term(type.prefix, std::string(unit) + ' ' + key)) > 0;
    });
}

bool EntityNames::may_be_second_name(EntityType type, std::string_view key) {
    return type == EntityType::Organization || (type == EntityType::Location && is_epithet(key));
}

std::string EntityNames::defined_as(const schema::EntityTypeSchema& type, const std::string& key) {
    return defined_key(type, key, true);
}

std::string EntityNames::defined_key(const schema::EntityTypeSchema& type, const std::string& key, bool own_share) {
    const std::vector<Use> definitions = uses(type.defined_prefix, key);
    if (definitions.empty()) return "";
    // Copies: the recursion may replace memo entries.
    std::map<std::string, Xapian::doccount> by_key;
    Xapian::doccount all = 0;
    for (const Use& d : definitions) {
        all += d.documents;
        by_key[std::string(resolve_normalized(type, d.value))] += d.documents;
    }
    const auto best = std::max_element(by_key.begin(), by_key.end(),
                                       [](const auto& a, const auto& b) { return a.second < b.second; });
    const Xapian::doccount own = termfreq(schema::make_boolean_term(type.prefix, key));
    if (best->first == key || best->second < kMinDefinitions || best->second < kDefinitionShare * all ||
        (own_share && best->second < kMinDefinedShareOfOwn * own))
        return "";
    // A phrase turned round now and then ("Persib, julukan Maung Bandung"):
    // the direction most articles give.
    const schema::DefinitionTerms back = schema::definition_terms(type, best->first, key);
    if (back.nickname_to_key.empty() || termfreq(back.nickname_to_key) >= best->second) return "";
    return best->first;
}

std::string EntityNames::second_name_of(const schema::EntityTypeSchema& type, const std::string& key) const {
    if (!may_be_second_name(type.type, key)) return "";
    const SecondNameThresholds& t = second_name_thresholds(type.type);
    const double own = termfreq(schema::make_boolean_term(type.prefix, key));
    // The count first: the place test scans terms.
    if (own < t.min_articles || (type.type == EntityType::Location && names_a_place_of_its_own(type, key))) return "";
    const double all = db_.get_doccount();
    const Use* best = nullptr;
    const std::vector<Use> apart = apart_from(type, key, true);
    for (const Use& other : apart) {
        if (best != nullptr && other.documents <= best->documents) continue;
        // A place's epithet is apart from hubs (Indonesia, Jakarta) in
        // every story: the commonest of the others that pass stands for it.
        if (type.type == EntityType::Location && !passes_second_name_test(type, t, own, all, other)) continue;
        best = &other;
    }
    if (best == nullptr || !passes_second_name_test(type, t, own, all, *best)) return "";
    return best->value;
}

std::vector<EntityNames::Use> EntityNames::apart_from(const schema::EntityTypeSchema& type, const std::string& key,
                                                      bool key_is_second) const {
    // Apart with the second name mentioned less ("Real Madrid ... Los
    // Blancos"), and with it mentioned more in as many articles at most: a
    // match report may call a club by its nickname throughout and give its
    // name once ("Spurs", 24 articles on clickid, apart from Tottenham
    // Hotspur in 8 one way and 5 the other), but a body's unit, the subject
    // of its own stories, names its parent less in most ("Bareskrim" ...
    // "Polri").
    std::map<std::string, Xapian::doccount> less, more;
    const char* less_prefix = key_is_second ? type.second_name_prefix : type.second_named_prefix;
    const char* more_prefix = key_is_second ? type.second_named_prefix : type.second_name_prefix;
    for (Use& other : uses(less_prefix, key)) less[std::move(other.value)] += other.documents;
    for (Use& other : uses(more_prefix, key)) more[std::move(other.value)] += other.documents;
    std::vector<Use> apart;
    apart.reserve(less.size());
    for (const auto& [other, documents] : less) {
        const auto also = more.find(other);
        apart.push_back({other, documents + (also == more.end() ? 0 : std::min(also->second, documents))});
    }
    return apart;
}

bool EntityNames::passes_second_name_test(const schema::EntityTypeSchema& type, const SecondNameThresholds& t,
                                          double own, double all, const Use& apart) const {
    if (apart.documents < t.min_articles || apart.documents < t.share * own) return false;
    const double named = termfreq(schema::make_boolean_term(type.prefix, apart.value));
    return named >= t.rarity * own && apart.documents / own / (named / all) >= t.lift;
}

Xapian::doccount EntityNames::named_beside(const schema::EntityTypeSchema& type, const std::string& short_key,
                                           const std::string& full_key) const {
    Xapian::doccount beside = 0;
    auto names_it = [&](const std::string& full) {
        return full == full_key || (full.size() > full_key.size() && full.ends_with(full_key) &&
                                    full[full.size() - full_key.size() - 1] == ' ');
    };
    for (const auto& use : uses(type.short_form_prefix, short_key))
        if (names_it(use.value) || names_it(spelling_variant(use.value))) beside += use.documents;
    return beside;
}

Xapian::doccount EntityNames::articles_with_both(const std::string& a_term, const std::string& b_term) const {
    Xapian::doccount both = 0;
    Xapian::PostingIterator a = db_.postlist_begin(a_term), b = db_.postlist_begin(b_term);
    const Xapian::PostingIterator a_end = db_.postlist_end(a_term), b_end = db_.postlist_end(b_term);
    while (a != a_end && b != b_end) {
        if (*a == *b) {
            ++both;
            ++a;
            ++b;
        } else if (*a < *b) {
            a.skip_to(*b);
        } else {
            b.skip_to(*a);
        }
    }
    return both;
}

std::vector<std::pair<std::string, Xapian::doccount>> EntityNames::keys_written_as(const schema::EntityTypeSchema& type,
                                                                                   const std::string& form) const {
    return as_pairs(uses(type.alias_prefix, form));
}

std::vector<std::pair<std::string, Xapian::doccount>> EntityNames::forms_written_for(
    const schema::EntityTypeSchema& type, const std::string& key) const {
    return as_pairs(uses(type.name_use_prefix, key));
}

std::vector<std::pair<std::string, Xapian::doccount>> EntityNames::as_pairs(std::vector<Use> uses) {
    std::vector<std::pair<std::string, Xapian::doccount>> pairs;
    for (auto& use : uses) pairs.emplace_back(std::move(use.value), use.documents);
    return pairs;
}

void EntityNames::load_lexicon(std::size_t max_bytes) {
    if (lexicon_tried_) return;
    lexicon_tried_ = true;
    lexicon_ = EntityLexicon::read(db_, max_bytes);
}

Xapian::doccount EntityNames::termfreq(const std::string& term) const {
    return in_memory(term) ? lexicon_->termfreq(term) : db_.get_termfreq(term);
}

bool EntityNames::term_exists(const std::string& term) const {
    return in_memory(term) ? lexicon_->termfreq(term) > 0 : db_.term_exists(term);
}

bool EntityNames::any_term_starts_with(const std::string& start) const {
    if (in_memory(start)) return lexicon_->any_starts_with(start);
    return db_.allterms_begin(start) != db_.allterms_end(start);
}

std::vector<std::string> EntityNames::keys_starting_with(const schema::EntityTypeSchema& type,
                                                         const std::string& start) const {
    std::vector<std::string> keys;
    scan_forward(
        db_, lexicon_.get(), remote_, scans_[type.prefix], type.prefix, type.prefix + start,
        [&](std::string_view term, auto) { keys.emplace_back(term.substr(std::string_view(type.prefix).size())); });
    return keys;
}

std::vector<EntityNames::Use> EntityNames::uses(const std::string& prefix, const std::string& head) const {
    const std::string start = prefix + head + schema::kNameUseSeparator;
    std::vector<Use> found;
    scan_forward(db_, lexicon_.get(), remote_, scans_[prefix], prefix, start,
                 [&](std::string_view term, auto termfreq) {
                     found.push_back({std::string(term.substr(start.size())), termfreq()});
                 });
    return found;
}

const std::string& EntityNames::resolve(const schema::EntityTypeSchema& type, std::string_view name) {
    auto& as_given = resolved_as_given_[static_cast<std::size_t>(type.type)];
    if (const std::string* key = as_given.find(name)) return *key;
    return as_given.insert(name, resolve_normalized(type, schema::normalize_boolean_value(name)));
}

const std::string& EntityNames::resolve_normalized(const schema::EntityTypeSchema& type,
                                                   const std::string& normalized) {
    const std::string memo_key = type.prefix + normalized;
    if (const std::string* key = resolved_.find(memo_key)) return *key;
    // A name whose rules lead back to itself ("kabupaten wajo" -> "wajo" ->
    // "kabupaten wajo"): the names of the cycle stand for one of them,
    // whichever name was asked first (cycle_key()).
    for (std::size_t at = 0; at < resolving_.size(); ++at)
        if (resolving_[at].prefix == type.prefix && resolving_[at].normalized == normalized) {
            cycle_root_ = std::min(cycle_root_, at);
            return unsettled_.emplace_back(cycle_key(type, at));
        }
    if (resolving_.size() >= kMaxResolveDepth) {
        cycle_root_ = 0;
        return unsettled_.emplace_back(normalized);
    }
    resolving_.push_back({type.prefix, normalized});
    const std::size_t own_level = resolving_.size() - 1;
    const std::size_t outer_root = std::exchange(cycle_root_, kNoCycle);
    struct PopOnThrow {  // a Xapian error leaves the stack as it found it
        EntityNames& names;
        std::size_t outer_root;
        ~PopOnThrow() {
            if (std::uncaught_exceptions() == 0) return;
            names.resolving_.pop_back();
            names.cycle_root_ = outer_root;
            if (names.resolving_.empty()) names.unsettled_.clear();
        }
    } pop_on_throw{*this, outer_root};
    // Where articles wrote this name, which keys did they resolve it to?
    std::string key = normalized;
    Xapian::doccount elsewhere = 0;
    const Use* best = nullptr;
    const Xapian::doccount own_articles = termfreq(schema::make_boolean_term(type.prefix, normalized));
    const bool own_key = own_articles > 0;
    const std::vector<Use> meanings = uses(type.alias_prefix, normalized);
    for (const auto& use : meanings) {
        if (use.value == normalized) continue;
        // A name that is a key of its own only stands for a longer name
        // ("trump" for "donald trump", never "iriana joko widodo" for "joko
        // widodo", though her full name contains his).
        if (own_key && !is_shorter_name(normalized, use.value)) continue;
        elsewhere += use.documents;
        if (best == nullptr || use.documents > best->documents) best = &use;
    }
    // A name that is never a key of its own (the gazetteer always folded it)
    // stands for its most common meaning. A name that is also a key stands
    // for a longer one when that meaning dominates its resolved uses and is
    // not rare beside the articles naming it alone (on clickid: "trump" 124
    // articles Donald Trump, 48 alone; "jokowi" 440 Joko Widodo, 1,245 alone;
    // but "joko widodo" 4 Iriana Joko Widodo, 1,339 alone).
    const auto dominates = [&](Xapian::doccount uses) {
        return uses >= kMinResolvedUses && uses >= kDominantShare * elsewhere &&
               uses >= kMinShareOfAlone * own_articles;
    };
    // An organisation's or place's acronym or short form that articles
    // spell out ("Kedutaan Besar Republik Indonesia (KBRI)") stands for the
    // name it spells, however often it is written alone: that name does not
    // contain it, as "iriana joko widodo" contains "joko widodo", which the
    // share of the articles naming it alone guards against. So does an
    // organization's acronym of the name after its head, written in a
    // minister's title ("Menteri LHK": 27 articles, 3 spelling it out, all
    // for the ministry), where its articles write the words it spells.
    const auto spelled_out = [&](const Use& use) {
        return type.type != EntityType::Person && own_key && use.documents >= kMinResolvedUses &&
               use.documents >= kDominantShare * elsewhere &&
               (short_form_share(type.type, normalized, use.value) == 0.5 ||
                head_acronym_written(type, normalized, use.value) == true);
    };
    if (best != nullptr && (!own_key || dominates(best->documents))) {
        key = best->value;
    } else if (best != nullptr && spelled_out(*best)) {
        // Copy: the recursion may replace memo entries ("ri" -> "republik
        // indonesia" -> "indonesia").
        key = std::string(resolve_normalized(type, best->value));
    } else if (best != nullptr && dominates(elsewhere)) {
        // The meanings may be one person's names ("yasonna" beside "yasonna
        // laoly" 57, "yasonna h laoly" 9, "yasonna hamonangan laoly" 7): count
        // them by the key each resolves to. Copies: the recursion may replace
        // memo entries.
        std::map<std::string, Xapian::doccount> by_key;
        for (const auto& use : meanings)
            if (use.value != normalized && is_shorter_name(normalized, use.value))
                by_key[std::string(resolve_normalized(type, use.value))] += use.documents;
        const auto most = std::max_element(by_key.begin(), by_key.end(),
                                           [](const auto& a, const auto& b) { return a.second < b.second; });
        // An acronym of the name after a head only where its articles write
        // the words it spells, as spelled_out() asks: "PPN" of the planning
        // ministry is also the value-added tax in 13 of its 46 articles.
        if (most != by_key.end() && most->first != normalized && dominates(most->second) &&
            head_acronym_written(type, normalized, most->first) != false)
            key = most->first;
    }
    // Copies: the recursion may replace memo entries.
    if (const std::string common = common_spelling(type, key); !common.empty()) {
        key = std::string(resolve_normalized(type, common));
    } else if (const std::string schwa = commoner_schwa_spelling(type, key); !schwa.empty()) {
        key = std::string(resolve_normalized(type, schwa));
    } else if (const std::string first = commoner_first_name(type, key); !first.empty()) {
        key = std::string(resolve_normalized(type, first));
    } else if (type.type == EntityType::Person) {
        if (const std::string shorter = without_middle_names(type, key); !shorter.empty())
            key = std::string(resolve_normalized(type, shorter));
        else if (const std::string first_names = without_surname(type, key); !first_names.empty())
            key = std::string(resolve_normalized(type, first_names));
        else if (const std::string slip = commoner_slip(type, key); !slip.empty())
            key = std::string(resolve_normalized(type, slip));
        else if (const std::string spelled = with_initials_written(type, key); !spelled.empty())
            key = std::string(resolve_normalized(type, spelled));
        else if (const std::string nicknamed = nickname_with_surname_of(type, key); !nicknamed.empty())
            key = std::string(resolve_normalized(type, nicknamed));
        else if (const std::string quoted = quoted_nickname_of(type, key); !quoted.empty())
            key = std::string(resolve_normalized(type, quoted));
        else if (const std::string pair = doubles_pair_of(type, key); !pair.empty())
            key = std::string(resolve_normalized(type, pair));
    }
    // Only for a name no rule above moved: the alias terms may lead a bare
    // name to its designated form ("riau" -> "provinsi riau").
    if (key == normalized) {
        if (const std::string closed = with_parenthesis_closed(type, key); !closed.empty())
            key = std::string(resolve_normalized(type, closed));
        else if (const std::string named = defined_as(type, key); !named.empty())
            key = std::string(resolve_normalized(type, named));
        else if (const std::string nicknamed = team_of_nickname(type, key); !nicknamed.empty())
            key = std::string(resolve_normalized(type, nicknamed));
        else if (const std::string body = body_of_central_board(type, key); !body.empty())
            key = std::string(resolve_normalized(type, body));
        else if (const std::string central = body_of_central_level(type, key); !central.empty())
            key = std::string(resolve_normalized(type, central));
        else if (const std::string airline = airline_without_place(type, key); !airline.empty())
            key = std::string(resolve_normalized(type, airline));
        else if (const std::string bare = without_designator(type, key); !bare.empty())
            key = std::string(resolve_normalized(type, bare));
        else if (const std::string unit = with_region_unit(type, key); !unit.empty())
            key = std::string(resolve_normalized(type, unit));
        else if (const std::string country = country_of_long_form(type, key); !country.empty())
            key = std::string(resolve_normalized(type, country));
        else if (const std::string team = without_home_place(type, key); !team.empty())
            key = std::string(resolve_normalized(type, team));
        else if (const std::string full = short_form_of(type, key); !full.empty())
            key = std::string(resolve_normalized(type, full));
        else if (const std::string clipped_from = clipped_name_of(type, key); !clipped_from.empty())
            key = std::string(resolve_normalized(type, clipped_from));
        else if (const std::string whole = completed_name(type, key); !whole.empty())
            key = std::string(resolve_normalized(type, whole));
        else if (const std::string in_full = with_place_in_full(type, key); !in_full.empty())
            key = std::string(resolve_normalized(type, in_full));
        else if (const std::string expanded = with_acronym_expanded(type, key); !expanded.empty())
            key = std::string(resolve_normalized(type, expanded));
        else if (const std::string other_head = under_other_head_by_slash(type, key); !other_head.empty())
            key = std::string(resolve_normalized(type, other_head));
        else if (const std::string named = second_name_of(type, key); !named.empty())
            key = std::string(resolve_normalized(type, named));
    }
    resolving_.pop_back();
    const std::size_t root = cycle_root_;
    cycle_root_ = std::min(outer_root, root < own_level ? root : kNoCycle);
    // A key that a cycle through a name still being resolved decided is not
    // this name's key for every caller: only the cycle's first name keeps its
    // own in the memo, so the keys do not depend on which name came first.
    if (root < own_level) return unsettled_.emplace_back(std::move(key));
    const std::string& settled = resolved_.insert(memo_key, std::move(key));
    if (resolving_.empty()) unsettled_.clear();
    return settled;
}

std::string EntityNames::cycle_key(const schema::EntityTypeSchema& type, std::size_t from) const {
    // The most written name of the cycle, then the shortest, then the first
    // in byte order: a choice of the names, not of the order they came in.
    const Resolving* best = nullptr;
    Xapian::doccount best_articles = 0;
    for (std::size_t at = from; at < resolving_.size(); ++at) {
        const Resolving& name = resolving_[at];
        if (name.prefix != type.prefix) continue;
        const Xapian::doccount articles = termfreq(schema::make_boolean_term(type.prefix, name.normalized));
        if (best == nullptr ||
            std::tuple(articles, best->normalized.size(), std::string_view(best->normalized)) >
                std::tuple(best_articles, name.normalized.size(), std::string_view(name.normalized))) {
            best = &name;
            best_articles = articles;
        }
    }
    return best->normalized;
}

void EntityNames::respell_word(std::string& word) {
    if (word.size() < 4) return;
    for (const auto& [old_spelling, new_spelling] :
         {std::pair<std::string_view, std::string_view>{"oe", "u"}, {"dj", "j"}, {"tj", "c"}})
        for (std::size_t at; (at = word.find(old_spelling)) != std::string::npos;)
            word.replace(at, old_spelling.size(), new_spelling);
}

std::string EntityNames::spelling_variant(std::string_view key, bool hyphens_only) {
    // Hyphens as spaces ("kim jong-un", "tira-persikabo", "ridwan kamil-"),
    // and the spelling before 1972's reform in words of four letters or more
    // of names of two words or more ("gatot soebroto", "akbar tandjung"; not
    // the acronym "bdj", nor a one-word name as ambiguous as "boedi" or
    // "apoel").
    const bool old_spelling_applies = !hyphens_only && key.find(' ') != std::string_view::npos;
    std::string variant;
    std::size_t start = 0;
    while (start <= key.size()) {
        std::size_t end = key.find_first_of(" -", start);
        if (end == std::string_view::npos) end = key.size();
        std::string word(key.substr(start, end - start));
        if (old_spelling_applies) respell_word(word);
        if (!word.empty()) variant += (variant.empty() ? "" : " ") + word;
        start = end + 1;
    }
    return variant == key ? "" : variant;
}

std::string EntityNames::common_spelling(const schema::EntityTypeSchema& type, const std::string& key) const {
    // The new spelling, else hyphens as spaces alone: the news writes the
    // new spelling with the old name of the airport ("bandara soekarno hatta"
    // beside "bandara soekarno-hatta"; "bandara sukarno hatta" is no key).
    for (const bool hyphens_only : {false, true}) {
        const std::string variant = spelling_variant(key, hyphens_only);
        if (variant.empty()) return "";
        const Xapian::doccount variant_articles = termfreq(schema::make_boolean_term(type.prefix, variant));
        if (variant_articles == 0) continue;
        if (variant_articles >= termfreq(schema::make_boolean_term(type.prefix, key))) return variant;
        // The old spelling is the commoner ("gatot soebroto", 248 articles;
        // "gatot subroto", 86): the key is still the new one, so that both
        // meet, where the indexer wrote the spelled term that lets the new
        // key's filters and display name find the old ("XGPERgatot
        // subroto\tgatot soebroto"; databases indexed before it keep the two
        // apart).
        return term_exists(schema::designated_term(type, variant, key)) ? variant : "";
    }
    return "";
}

namespace {

bool is_vowel(char c) { return c == 'a' || c == 'i' || c == 'u' || c == 'e' || c == 'o'; }
bool is_consonant(char c) { return c >= 'a' && c <= 'z' && !is_vowel(c); }
/// Whether a schwa may be written or not before `word[at]`: an "r" after a
/// consonant and before a vowel other than "e".
bool schwa_may_stand_before(std::string_view word, std::size_t at) {
    return at >= 1 && at + 1 < word.size() && word[at] == 'r' && is_consonant(word[at - 1]) && is_vowel(word[at + 1]) &&
           word[at + 1] != 'e';
}

}  // namespace

std::string EntityNames::without_schwa(std::string_view key) {
    std::string out;
    bool dropped = false;
    std::size_t start = 0;
    while (start <= key.size()) {
        std::size_t end = key.find(' ', start);
        if (end == std::string_view::npos) end = key.size();
        const std::string_view word = key.substr(start, end - start);
        std::string bare;
        for (std::size_t i = 0; i < word.size(); ++i) {
            const bool schwa = word[i] == 'e' && i >= 1 && is_consonant(word[i - 1]) && i + 2 < word.size() &&
                               word[i + 1] == 'r' && is_vowel(word[i + 2]) && word[i + 2] != 'e';
            if (!schwa) bare += word[i];
        }
        // Short words are other words ("seri" is no "sri", "merr" no "mrr").
        if (bare.size() != word.size() && bare.size() >= kMinSchwaWordLength) {
            dropped = true;
            out += bare;
        } else {
            out += word;
        }
        if (end < key.size()) out += ' ';
        start = end + 1;
    }
    return dropped ? out : "";
}

std::vector<std::string> EntityNames::schwa_spellings(std::string_view key) {
    const std::string without = without_schwa(key);
    const std::string bare = without.empty() ? std::string(key) : without;
    std::vector<std::string> spellings{bare};
    std::size_t word_start = 0;
    for (std::size_t i = 0; i <= bare.size(); ++i) {
        if (i < bare.size() && bare[i] != ' ') continue;
        const std::string_view word = std::string_view(bare).substr(word_start, i - word_start);
        if (word.size() >= kMinSchwaWordLength)
            for (std::size_t at = 1; at < word.size(); ++at)
                if (schwa_may_stand_before(word, at))
                    spellings.push_back(bare.substr(0, word_start + at) + 'e' + bare.substr(word_start + at));
        word_start = i + 1;
    }
    return spellings;
}

std::string EntityNames::commoner_schwa_spelling(const schema::EntityTypeSchema& type, const std::string& key) const {
    const std::vector<std::string> spellings = schwa_spellings(key);
    if (spellings.size() == 1 && spellings.front() == key) return "";
    // The spelling most articles write; on a tie the one without the schwa,
    // then the first in byte order, so that every spelling meets at one.
    const auto articles_of = [&](const std::string& name) {
        return termfreq(schema::make_boolean_term(type.prefix, name));
    };
    const auto rank = [&](const std::string& name) {
        return std::make_tuple(articles_of(name), name == spellings.front());
    };
    const std::string* best = &key;
    auto best_rank = rank(key);
    for (const std::string& spelling : spellings) {
        if (spelling == key) continue;
        const auto spelling_rank = rank(spelling);
        if (spelling_rank > best_rank || (spelling_rank == best_rank && spelling < *best)) {
            best = &spelling;
            best_rank = spelling_rank;
        }
    }
    return *best != key && std::get<0>(best_rank) > 0 ? *best : "";
}

std::span<const EntityNames::FirstNameForm> EntityNames::first_name_forms(std::string_view first) {
    static const std::map<std::string_view, std::vector<FirstNameForm>> forms = [] {
        std::map<std::string_view, std::vector<FirstNameForm>> out;
        for (const auto& entry : kFirstNameForms) {
            const std::vector<std::string_view> names = content_words(entry.names);
            for (std::size_t i = 0; i < names.size(); ++i)
                for (std::size_t j = 0; j < names.size(); ++j) {
                    // Hypocorisms meet through their formal name only: "rob"
                    // is "robert" and "roberto", but "bob" is not "beto".
                    if (i == j || !(entry.spellings || i == 0 || j == 0)) continue;
                    auto& to = out[names[i]];
                    if (std::none_of(to.begin(), to.end(), [&](const FirstNameForm& f) { return f.name == names[j]; }))
                        to.push_back({names[j], entry.spellings});
                }
        }
        return out;
    }();
    const auto found = forms.find(first);
    if (found == forms.end()) return {};
    return found->second;
}

std::string EntityNames::commoner_first_name(const schema::EntityTypeSchema& type, const std::string& key) const {
    const auto first_end = key.find(' ');
    if (type.type != EntityType::Person || first_end == std::string::npos) return "";
    const std::span<const FirstNameForm> others = first_name_forms(std::string_view(key).substr(0, first_end));
    if (others.empty()) return "";
    const Xapian::doccount own = termfreq(schema::make_boolean_term(type.prefix, key));
    std::string best = key;
    Xapian::doccount best_articles = own;
    for (const FirstNameForm& other : others) {
        if (!other.spelling && own < kMinHypocorismArticles) continue;
        std::string variant = std::string(other.name) + key.substr(first_end);
        const Xapian::doccount articles = termfreq(schema::make_boolean_term(type.prefix, variant));
        if (articles > best_articles || (articles == best_articles && articles > 0 && variant < best)) {
            best = std::move(variant);
            best_articles = articles;
        }
    }
    return best == key ? "" : best;
}

bool EntityNames::one_letter_apart(std::string_view a, std::string_view b) {
    if (a.size() < b.size()) std::swap(a, b);
    if (a == b || a.size() > b.size() + 1) return false;
    std::size_t at = 0;
    while (at < b.size() && a[at] == b[at]) ++at;
    if (a.size() > b.size()) return a.substr(at + 1) == b.substr(at);  // one left out
    if (a.substr(at + 1) == b.substr(at + 1)) return true;             // one changed
    return at + 1 < a.size() && a[at] == b[at + 1] && a[at + 1] == b[at] && a.substr(at + 2) == b.substr(at + 2);
}

bool EntityNames::letters_shuffled_by_one(std::string_view a, std::string_view b) {
    if (a.size() != b.size() || a.size() < kMinShuffledWordLength) return false;
    std::size_t first = 0, last = a.size() - 1;
    while (first < a.size() && a[first] == b[first]) ++first;
    if (first == a.size()) return false;
    while (a[last] == b[last]) --last;
    if (last != first + 2) return false;
    std::string x(a.substr(first, 3)), y(b.substr(first, 3));
    std::sort(x.begin(), x.end());
    std::sort(y.begin(), y.end());
    return x == y;
}

bool EntityNames::one_slip_apart_in_letters(std::string_view a, std::string_view b) {
    return one_letter_apart(a, b) || letters_shuffled_by_one(a, b);
}

namespace {

/// The words one slip from `word` (one_letter_apart(), letters_shuffled_by_one())
/// with its first letter kept and its second changed, a-z: the slips a scan
/// of the keys of the same first two letters misses. A slip after the
/// second letter keeps the first two, so only slips at the second letter
/// are made.
std::vector<std::string> slips_in_second_letter(std::string_view word) {
    std::vector<std::string> out;
    const std::string w(word);
    const std::string first(1, w[0]);
    if (w.size() > 1) {
        out.push_back(first + w.substr(2));  // left out
        for (char c = 'a'; c <= 'z'; ++c)
            if (c != w[1]) out.push_back(first + c + w.substr(2));                           // changed
        if (w.size() > 2 && w[1] != w[2]) out.push_back(first + w[2] + w[1] + w.substr(3));  // swapped
    }
    for (char c = 'a'; c <= 'z'; ++c) out.push_back(first + c + w.substr(1));  // added
    static_assert(EntityNames::kMinShuffledWordLength > 3);
    if (w.size() >= EntityNames::kMinShuffledWordLength) {
        const char x = w[1], y = w[2], z = w[3];
        for (const std::string& three : {std::string{y, z, x}, std::string{z, x, y}, std::string{z, y, x}})
            out.push_back(first + three + w.substr(4));
    }
    std::erase_if(out, [&](const std::string& slip) { return slip.compare(0, 2, w, 0, 2) == 0; });
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

}  // namespace

std::string EntityNames::commoner_slip(const schema::EntityTypeSchema& type, const std::string& key) const {
    if (type.type != EntityType::Person) return "";
    const std::vector<std::string_view> words = content_words(key);
    if (words.size() < 2 || words.size() != static_cast<std::size_t>(std::count(key.begin(), key.end(), ' ') + 1))
        return "";
    // A name of three short words or more (Korean, Chinese: "jung jae yoon"
    // and "jung jae yeon" may be two actors, a syllable a letter from
    // another) only by a letter left out or added ("min ta joo", "min tae
    // joo"; "won ji ah") beside the name in every article of `key`.
    const bool short_words = std::all_of(words.begin(), words.end(), [](std::string_view w) { return w.size() <= 5; });
    const bool syllables = words.size() >= 3 && short_words;
    const std::string key_term = schema::make_boolean_term(type.prefix, key);
    const Xapian::doccount own = termfreq(key_term);
    if (own == 0 || own > kMaxSlipArticles) return "";
    const auto plain_word = [](std::string_view w) {
        return w.size() >= kMinSlipWordLength && text::all_ascii_lowercase(w);
    };
    const auto schwa_free = [](std::string_view name) {
        std::string without = without_schwa(name);
        return without.empty() ? std::string(name) : without;
    };
    // Far commoner, or commoner and named in every article of the slip
    // (an article writing a name twice, once with a slip: "Wullem Wandik"
    // ... "Willem"; "Victor Omsihen", "Victor Osimhen").
    // The other name may be beside it as its word alone, a key of its own
    // ("Sokatris Papastathopoulos" ... "Sokratis").
    const auto stands_for = [&](Xapian::doccount articles, const std::string& other_key, std::string_view other_word) {
        if (articles >= kSlipRatio * own && !syllables) return true;
        if (articles < kBesideSlipRatio * own || other_key.empty() || other_key == key) return false;
        if (articles_with_both(key_term, schema::make_boolean_term(type.prefix, other_key)) >= own) return true;
        return !syllables && other_word.size() >= kMinSlipWordLength &&
               articles_with_both(key_term, schema::make_boolean_term(type.prefix, other_word)) >= own;
    };
    // The names articles write (alias terms: form, key) of the same first
    // word, one later word one slip apart, and the articles that write
    // each for whichever key ("bj habibie" is written for "bacharuddin jusuf
    // habibie" 770 times, a key of one article), with the key it is written
    // for most. No resolving here, which would read this key's slips again.
    struct Written {
        Xapian::doccount articles = 0, most = 0;
        std::string key, word;
    };
    std::map<std::string, Written, std::less<>> written;
    const std::string_view alias_prefix = type.alias_prefix;
    const std::string start = std::string(alias_prefix) + std::string(words[0]) + ' ';
    const auto count = [](Written& w, std::string_view term, Xapian::doccount articles) {
        w.articles += articles;
        if (articles > w.most) {
            w.most = articles;
            w.key = std::string(term.substr(term.find(schema::kNameUseSeparator) + 1));
        }
    };
    scan_forward(
        db_, lexicon_.get(), remote_, scans_[type.alias_prefix], type.alias_prefix, start,
        [&](std::string_view term, auto termfreq) {
            const std::string_view form =
                term.substr(alias_prefix.size(), term.find(schema::kNameUseSeparator) - alias_prefix.size());
            if (form.size() + 1 < key.size() || form.size() > key.size() + 1 || form == key) return;
            // The other spelling (before 1972, with or without a schwa) is the
            // spelling rules' to choose ("susi pujiastuti", "susi pudjiastuti").
            if (spelling_variant(form) == key || spelling_variant(key) == form || schwa_free(form) == schwa_free(key))
                return;
            if (const auto known = written.find(form); known != written.end()) {
                count(known->second, term, termfreq());
                return;
            }
            const std::vector<std::string_view> form_words = content_words(form);
            if (form_words.size() != words.size()) return;
            std::size_t differ = 0, at = 0;
            for (std::size_t w = 1; w < words.size(); ++w)
                if (words[w] != form_words[w]) {
                    ++differ;
                    at = w;
                }
            if (differ != 1) return;
            const std::string_view word = words[at], other = form_words[at];
            const bool slip = syllables
                                  ? std::min(word.size(), other.size()) >= 2 && word.size() != other.size() &&
                                        std::all_of(form.begin(), form.end(),
                                                    [](char c) { return c == ' ' || (c >= 'a' && c <= 'z'); }) &&
                                        one_letter_apart(word, other)
                                  : plain_word(word) && plain_word(other) && one_slip_apart_in_letters(word, other);
            if (!slip) return;
            Written& w = written[std::string(form)];
            w.word = std::string(other);
            count(w, term, termfreq());
        });
    std::string best;
    Xapian::doccount best_written = 0;
    for (const auto& [form, w] : written)
        if (w.articles > best_written && stands_for(w.articles, w.key, w.word)) {
            best = form;
            best_written = w.articles;
        }
    if (!best.empty() || syllables) return best;
    // A slip in the first word, its first letter kept ("sokatris
    // papastathopoulos", "wullem wandik"), before a later word of
    // kMinSurnameAfterFirstSlip letters (not "tep chee hean": short
    // syllables are other people's names): keys of the same first two
    // letters (one scan), and those of another second letter, looked up one
    // by one (some 60).
    if (!plain_word(words[0]) || std::none_of(words.begin() + 1, words.end(),
                                              [](std::string_view w) { return w.size() >= kMinSurnameAfterFirstSlip; }))
        return "";
    // Not one request per look-up over remote shards.
    if (remote_ && !in_memory(key_term)) return "";
    // Cheap tests first (word terms): the commoner name's articles write its
    // longest later word too (most rare keys are people named once, whose
    // surname no other article writes); and a first word the news writes
    // kSlipRatio times as often as the key is a name of its own, not a
    // slip ("budhi setiawan", "hery susanto": right within the article, but
    // "budi setiawan" and "heri susanto" are three men each on clickid).
    const std::string_view surname = *std::max_element(
        words.begin() + 1, words.end(), [](std::string_view a, std::string_view b) { return a.size() < b.size(); });
    if (text::all_ascii_lowercase(surname) && termfreq(std::string(surname)) < kBesideSlipRatio * own) return "";
    if (termfreq(std::string(words[0])) >= kSlipRatio * own) return "";
    const std::string rest = key.substr(words[0].size());
    Xapian::doccount best_articles = 0;
    const auto consider = [&](std::string other, std::string_view first, Xapian::doccount articles) {
        if (articles > best_articles && spelling_variant(other) != key && spelling_variant(key) != other &&
            schwa_free(other) != schwa_free(key) && stands_for(articles, other, first)) {
            best = std::move(other);
            best_articles = articles;
        }
    };
    const std::string prefix_start = schema::make_boolean_term(type.prefix, words[0].substr(0, 2));
    const std::size_t prefix_size = std::string_view(type.prefix).size();
    std::vector<std::pair<std::string, Xapian::doccount>> same_start;
    scan_forward(db_, lexicon_.get(), remote_, scans_[type.prefix], type.prefix, prefix_start,
                 [&](std::string_view term, auto termfreq_of) {
                     const std::string_view name = term.substr(prefix_size);
                     if (name.size() <= rest.size() || !name.ends_with(rest)) return;
                     const std::string_view first = name.substr(0, name.size() - rest.size());
                     if (first.find(' ') == std::string_view::npos && one_slip_apart_in_letters(words[0], first))
                         same_start.emplace_back(std::string(name), termfreq_of());
                 });
    for (auto& [other, articles] : same_start)
        consider(other, std::string_view(other).substr(0, other.size() - rest.size()), articles);
    for (const std::string& first : slips_in_second_letter(words[0])) {
        std::string other = first + rest;
        const Xapian::doccount articles = termfreq(schema::make_boolean_term(type.prefix, other));
        if (articles > 0) consider(std::move(other), first, articles);
    }
    return best;
}

EntityNames::PlayerPair EntityNames::player_pair(std::string_view key) {
    const std::size_t slash = key.find('/');
    if (slash == std::string_view::npos || key.find('/', slash + 1) != std::string_view::npos) return {};
    PlayerPair pair{trimmed_spaces(key.substr(0, slash)), trimmed_spaces(key.substr(slash + 1))};
    const auto a_name = [](std::string_view side) {
        return !side.empty() && std::all_of(side.begin(), side.end(), [](char c) {
            return (c >= 'a' && c <= 'z') || c == ' ' || c == '-' || c == '\'';
        });
    };
    if (!a_name(pair.first) || !a_name(pair.second)) return {};
    return pair;
}

bool EntityNames::names_player(std::string_view word, std::string_view side) {
    if (word.size() < kMinPairWordLength) return false;
    for (const std::string_view w : content_words(side))
        if (w == word) return true;
    return false;
}

std::string EntityNames::doubles_pair_of(const schema::EntityTypeSchema& type, const std::string& key) const {
    if (type.type != EntityType::Person) return "";
    const PlayerPair pair = player_pair(key);
    if (pair.first.empty()) return "";
    const Xapian::doccount own = termfreq(schema::make_boolean_term(type.prefix, key));
    // The same pair in the other order ("kevin sanjaya sukamuljo/marcus
    // fernaldi gideon"): the order more articles write (ties: byte order),
    // so that the two keys never lead to each other.
    std::string reversed = std::string(pair.second) + '/' + std::string(pair.first);
    const Xapian::doccount reversed_articles = termfreq(schema::make_boolean_term(type.prefix, reversed));
    if (pair.first.find(' ') != std::string_view::npos || pair.second.find(' ') != std::string_view::npos) {
        if (reversed_articles > own || (reversed_articles == own && reversed_articles > 0 && reversed < key))
            return reversed;
        return "";
    }
    // One word of each player's name ("markis/hendra", "choi/seo",
    // "fajar/rian"): the pair key of longer names holding them, in either
    // order, that articles write most (alias terms: any form written for
    // it); one such pair only (two pairs with one player each are apart by
    // their other player: "kevin/marcus", "kevin/rian").
    std::map<std::string, Xapian::doccount, std::less<>> pairs;
    Xapian::doccount all = 0;
    const std::string_view alias_prefix = type.alias_prefix;
    // A prefix scan of each word's forms; one, where a word starts the other.
    std::vector<std::string_view> starts{pair.first, pair.second};
    if (pair.second.starts_with(pair.first))
        starts.pop_back();
    else if (pair.first.starts_with(pair.second))
        starts.erase(starts.begin());
    for (const std::string_view one : starts) {
        const std::string start = std::string(alias_prefix) + std::string(one);
        scan_forward(db_, lexicon_.get(), remote_, scans_[type.alias_prefix], type.alias_prefix, start,
                     [&](std::string_view term, auto termfreq_of) {
                         const std::string_view longer = term.substr(term.find(schema::kNameUseSeparator) + 1);
                         if (longer == key) return;
                         const PlayerPair players = player_pair(longer);
                         if (players.first.empty() || (players.first.find(' ') == std::string_view::npos &&
                                                       players.second.find(' ') == std::string_view::npos))
                             return;
                         const bool same_order =
                             names_player(pair.first, players.first) && names_player(pair.second, players.second);
                         const bool other_order =
                             names_player(pair.first, players.second) && names_player(pair.second, players.first);
                         if (!same_order && !other_order) return;
                         // One pair in both orders counts once.
                         std::string as_pair = std::string(players.first) + '/' + std::string(players.second);
                         std::string other_way = std::string(players.second) + '/' + std::string(players.first);
                         const Xapian::doccount articles = termfreq_of();
                         pairs[std::min(as_pair, other_way)] += articles;
                         all += articles;
                     });
    }
    std::string best;
    Xapian::doccount best_articles = 0;
    for (const auto& [longer, articles] : pairs)
        if (articles > best_articles) {
            best = longer;
            best_articles = articles;
        }
    if (best.empty() || best_articles < kPairDominance * all) return "";
    // The pair's key, in the order more articles write.
    const PlayerPair players = player_pair(best);
    std::string other_way = std::string(players.second) + '/' + std::string(players.first);
    const Xapian::doccount best_as_key = termfreq(schema::make_boolean_term(type.prefix, best));
    const Xapian::doccount other_as_key = termfreq(schema::make_boolean_term(type.prefix, other_way));
    if (other_as_key > best_as_key) best = std::move(other_way);
    if (std::max(best_as_key, other_as_key) < std::max<Xapian::doccount>(own, 1)) return "";
    return best;
}

bool EntityNames::is_clipped_from(std::string_view clip, std::string_view full) {
    if (clip.size() < kMinClippedLength || clip.find(' ') != std::string_view::npos) return false;
    const std::vector<std::string_view> words = content_words(full);
    for (std::size_t w = 0; w < words.size(); ++w) {
        const std::string_view word = words[w];
        if (word == clip) return false;
        if (word.size() >= clip.size() + 2 && (word.starts_with(clip) || word.ends_with(clip))) return true;
        // The first syllables of this word and the next ("djok" + "sis").
        if (w + 1 == words.size()) continue;
        const std::string_view next = words[w + 1];
        for (std::size_t cut = 2; cut + 2 <= clip.size() && cut < word.size(); ++cut)
            if (word.starts_with(clip.substr(0, cut)) && next.size() > clip.size() - cut &&
                next.starts_with(clip.substr(cut)))
                return true;
    }
    return false;
}

bool EntityNames::clipped_within_answer(std::string_view clip, std::string_view full) {
    if (clip.size() < 2 || full.find('/') != std::string_view::npos || !text::all_ascii_lowercase(clip)) return false;
    // Every form below holds the clip's first two letters or starts with its
    // first: most pairs of an answer end here, before splitting words.
    if (full.empty() || (full.front() != clip.front() && full.find(clip.substr(0, 2)) == std::string_view::npos))
        return false;
    const std::vector<std::string_view> words = content_words(full);
    if (std::find(words.begin(), words.end(), clip) != words.end()) return false;
    // The initials of every word ("jk" of "jusuf kalla").
    if (words.size() == clip.size() && words.size() >= 2 &&
        std::equal(words.begin(), words.end(), clip.begin(),
                   [](std::string_view word, char initial) { return word.front() == initial; }))
        return true;
    if (clip.size() < kMinAnswerClipLength) return false;
    for (const std::string_view word : words) {
        // The word after a glued initial ("m.ikhsan").
        if (const std::size_t dot = word.rfind('.'); dot != std::string_view::npos && word.substr(dot + 1) == clip)
            return true;
        if (word.size() >= clip.size() + 2 && (word.starts_with(clip) || word.ends_with(clip))) return true;
    }
    return is_clipped_from(clip, full);
}

std::string_view EntityNames::after_honorific(std::string_view key) {
    const std::size_t space = key.find(' ');
    if (space == std::string_view::npos || key.find(' ', space + 1) != std::string_view::npos) return "";
    const std::string_view first = key.substr(0, space), word = key.substr(space + 1);
    if (!text::all_ascii_lowercase(word)) return "";
    if (std::find(std::begin(kAnswerHonorifics), std::end(kAnswerHonorifics), first) != std::end(kAnswerHonorifics))
        return word;
    std::string_view bare;
    const Designator* d = designator_of(EntityType::Person, key, &bare);
    return d != nullptr && d->before && (d->nickname || d->title) ? word : "";
}

bool EntityNames::clipped_beside(const schema::EntityTypeSchema& type, const std::string& clip,
                                 const std::string& full) const {
    return type.type == EntityType::Person && clipped_within_answer(clip, full) &&
           articles_with_both(schema::make_boolean_term(type.prefix, clip),
                              schema::make_boolean_term(type.prefix, full)) >= kMinClippedBeside;
}

std::string EntityNames::clipped_name_of(const schema::EntityTypeSchema& type, const std::string& key) const {
    if (type.type != EntityType::Person || key.size() < kMinClippedLength || !text::all_ascii_lowercase(key)) return "";
    const std::string key_term = schema::make_boolean_term(type.prefix, key);
    const Xapian::doccount own = termfreq(key_term);
    if (own == 0) return "";
    // A word written before another as a name is a name ("rudy gunawan"),
    // however often it is also short for a longer one ("rudy" of "fx hadi
    // rudyatmo").
    if (any_term_starts_with(key_term + ' ')) return "";
    const auto passes = [&](const std::string& full, Xapian::doccount beside) {
        return full.find('/') == std::string::npos && beside >= kMinClippedBeside && beside >= kClippedShare * own &&
               termfreq(schema::make_boolean_term(type.prefix, full)) >= kClippedRatio * own;
    };
    std::string best;
    Xapian::doccount best_beside = 0, all_beside = 0;
    for (const auto& beside : uses(type.short_form_prefix, key)) {
        if (!is_clipped_from(key, beside.value)) continue;
        all_beside += beside.documents;
        if (beside.documents > best_beside && passes(beside.value, beside.documents)) {
            best = beside.value;
            best_beside = beside.documents;
        }
    }
    // A one-word name has no short-form terms ("gusmiadirrahman"): the
    // articles that name both, for the commonest keys the clip starts.
    std::vector<std::pair<Xapian::doccount, std::string>> longer;
    scan_forward(db_, lexicon_.get(), remote_, scans_[type.prefix], type.prefix, key_term,
                 [&](std::string_view term, auto termfreq_of) {
                     const std::string_view name = term.substr(std::string_view(type.prefix).size());
                     if (name.find(' ') != std::string_view::npos || !is_clipped_from(key, name)) return;
                     if (const Xapian::doccount articles = termfreq_of(); articles >= kClippedRatio * own)
                         longer.emplace_back(articles, name);
                 });
    std::sort(longer.begin(), longer.end(), std::greater<>());
    if (longer.size() > kMaxClippedCandidates) longer.resize(kMaxClippedCandidates);
    for (const auto& [articles, full] : longer) {
        const Xapian::doccount both = articles_with_both(key_term, schema::make_boolean_term(type.prefix, full));
        all_beside += both;
        if (both > best_beside && passes(full, both)) {
            best = full;
            best_beside = both;
        }
    }
    // One longer name, not one of two it is clipped from ("vero" beside
    // "veronica koman" and "veronica tan").
    return best_beside >= kClippedDominance * all_beside ? best : "";
}

std::string EntityNames::with_initials_written(const schema::EntityTypeSchema& type, const std::string& key) const {
    if (type.type != EntityType::Person) return "";
    const std::vector<std::string_view> words = content_words(key);
    if (words.size() < 3 || words.size() != static_cast<std::size_t>(std::count(key.begin(), key.end(), ' ') + 1))
        return "";
    const Xapian::doccount own = termfreq(schema::make_boolean_term(type.prefix, key));
    if (own == 0) return "";
    const auto given_name = [](std::string_view w) { return w.size() >= 3 && text::all_ascii_lowercase(w); };
    std::string initials, best;
    Xapian::doccount best_articles = 0;
    for (std::size_t leading = 1; leading < words.size() && given_name(words[leading - 1]); ++leading) {
        initials += words[leading - 1][0];
        if (leading < 2) continue;
        const std::string_view rest = std::string_view(key).substr(words[leading].data() - key.data());
        const std::string form = initials + ' ' + std::string(rest);
        // The keys the news writes the initials' form for, when theirs are
        // the same initials before the same words ("bacharuddin jusuf
        // habibie", or "rj lino" itself).
        for (const auto& meaning : uses(type.alias_prefix, form)) {
            if (meaning.value == key) continue;
            const std::vector<std::string_view> other = content_words(meaning.value);
            if (meaning.value != form) {
                if (other.size() != words.size() ||
                    !std::equal(other.begin() + static_cast<std::ptrdiff_t>(leading), other.end(),
                                words.begin() + static_cast<std::ptrdiff_t>(leading)))
                    continue;
                std::string other_initials;
                for (std::size_t w = 0; w < leading; ++w) other_initials += other[w].empty() ? ' ' : other[w][0];
                if (other_initials != initials) continue;
            }
            const Xapian::doccount articles = termfreq(schema::make_boolean_term(type.prefix, meaning.value));
            if (articles >= kInitialsRatio * own && articles > best_articles) {
                best = meaning.value;
                best_articles = articles;
            }
        }
    }
    return best;
}

EntityNames::QuotedNickname EntityNames::quoted_nickname(std::string_view form) {
    // Opening and closing quotes as the news types them (UTF-8 for the
    // curly ones).
    static constexpr std::pair<std::string_view, std::string_view> kQuotes[] = {
        {"'", "'"}, {"\"", "\""}, {"\u2018", "\u2019"}, {"\u201c", "\u201d"}};
    for (std::size_t at = 0; at < form.size();) {
        std::size_t end = form.find(' ', at);
        if (end == std::string_view::npos) end = form.size();
        const std::string_view word = form.substr(at, end - at);
        for (const auto& [open, close] : kQuotes)
            if (word.size() > open.size() + close.size() + 1 && word.starts_with(open) && word.ends_with(close)) {
                const std::string_view nickname = word.substr(open.size(), word.size() - open.size() - close.size());
                if (nickname.find_first_of("'\"") != std::string_view::npos) continue;
                return {at == 0 ? std::string_view() : form.substr(0, at - 1), nickname,
                        end == form.size() ? std::string_view() : form.substr(end + 1)};
            }
        at = end + 1;
    }
    return {};
}

std::vector<std::string> EntityNames::two_word_forms(const QuotedNickname& quoted) {
    std::vector<std::string> forms;
    if (!quoted.before.empty())
        forms.push_back(std::string(quoted.before.substr(0, quoted.before.find(' '))) + ' ' +
                        std::string(quoted.nickname));
    if (!quoted.after.empty())
        forms.push_back(std::string(quoted.nickname) + ' ' +
                        std::string(quoted.after.substr(quoted.after.rfind(' ') + 1)));
    return forms;
}

std::string EntityNames::quoted_nickname_of(const schema::EntityTypeSchema& type, const std::string& key) {
    if (type.type != EntityType::Person) return "";
    // From the rarer name to the commoner, so that no two keys lead to each
    // other ("josep guardiola" is "pep guardiola" by its first name).
    const Xapian::doccount own = termfreq(schema::make_boolean_term(type.prefix, key));
    std::string best;
    Xapian::doccount best_articles = own;
    // The name the nickname is quoted in: the two words its articles wrote
    // ("andi farid izdihar", written "Andi 'Gilang' Farid Izdihar", for
    // "andi gilang").
    for (const auto& form : uses(type.name_use_prefix, key)) {
        if (form.value.find_first_of("'\"\xe2") == std::string::npos) continue;
        const std::string written = schema::normalize_boolean_value(form.value);
        const QuotedNickname quoted = quoted_nickname(written);
        if (quoted.nickname.empty()) continue;
        for (const auto& candidate : two_word_forms(quoted))
            if (const Xapian::doccount articles = termfreq(schema::make_boolean_term(type.prefix, candidate));
                candidate != key && articles > best_articles) {
                best = candidate;
                best_articles = articles;
            }
    }
    if (!best.empty()) return best;
    // The two words: the names they are quoted in, from every alias term.
    const std::size_t space = key.find(' ');
    // The nickname alone is no evidence: "Gilang" is many people's name.
    if (remote_ || space == std::string::npos || key.find(' ', space + 1) != std::string::npos) return "";
    auto& table = quoted_[static_cast<std::size_t>(type.type)];
    if (!quoted_read_[static_cast<std::size_t>(type.type)]) {
        quoted_read_[static_cast<std::size_t>(type.type)] = true;
        const std::string_view alias_prefix = type.alias_prefix;
        scan_forward(
            db_, lexicon_.get(), remote_, scans_[type.alias_prefix], type.alias_prefix, type.alias_prefix,
            [&](std::string_view term, auto termfreq_of) {
                const std::size_t tab = term.find(schema::kNameUseSeparator);
                if (tab == std::string_view::npos) return;
                const std::string_view form = term.substr(alias_prefix.size(), tab - alias_prefix.size());
                if (form.find_first_of("'\"\xe2") == std::string_view::npos) return;
                const QuotedNickname quoted = quoted_nickname(form);
                if (quoted.nickname.empty()) return;
                const std::string named(term.substr(tab + 1));
                for (const auto& two_words : two_word_forms(quoted)) table[two_words][named] += termfreq_of();
            });
    }
    const auto found = table.find(key);
    if (found == table.end()) return "";
    Xapian::doccount best_written = 0;
    for (const auto& [named, written] : found->second)
        if (named != key && written > best_written && termfreq(schema::make_boolean_term(type.prefix, named)) > own) {
            best = named;
            best_written = written;
        }
    return best;
}

std::string EntityNames::nickname_with_surname_of(const schema::EntityTypeSchema& type, const std::string& key) const {
    if (type.type != EntityType::Person) return "";
    const Xapian::doccount own = termfreq(schema::make_boolean_term(type.prefix, key));
    std::string best;
    Xapian::doccount best_definitions = 0;
    for (std::size_t cut = key.find(' '); cut != std::string::npos; cut = key.find(' ', cut + 1)) {
        const std::string nickname = key.substr(0, cut), rest = key.substr(cut);  // rest: " habibie"
        for (const auto& defined : uses(type.defined_prefix, nickname))
            if (defined.value != key && defined.value.size() > rest.size() && defined.value.ends_with(rest) &&
                defined.documents > best_definitions &&
                termfreq(schema::make_boolean_term(type.prefix, defined.value)) >= own) {
                best = defined.value;
                best_definitions = defined.documents;
            }
    }
    return best;
}

bool EntityNames::is_regency_and_city(std::string_view name) { return one_of(kRegencyAndCityNames, name); }

std::string EntityNames::without_middle_names(const schema::EntityTypeSchema& type, const std::string& key) const {
    const auto first_end = key.find(' ');
    const auto last_start = key.rfind(' ');
    if (first_end == std::string::npos || first_end == last_start) return "";  // fewer than three words
    const std::string first = key.substr(0, first_end), last = key.substr(last_start + 1);
    const std::string shorter = first + ' ' + last;
    const Xapian::doccount shorter_articles = termfreq(schema::make_boolean_term(type.prefix, shorter));
    if (shorter_articles == 0 || shorter_articles < termfreq(schema::make_boolean_term(type.prefix, key))) return "";
    // The same person only when the news calls both by the same first or
    // last name ("Anies" after "Anies Rasyid Baswedan" and after "Anies
    // Baswedan"; never so for "Jang Woo Hyuk" and "Jang Hyuk").
    auto name_parts_used = [&](const std::string& name) {
        std::vector<std::string> used;
        for (const auto& form : uses(type.name_use_prefix, name)) {
            std::string normalized = schema::normalize_boolean_value(form.value);
            if (normalized == first || normalized == last) used.push_back(std::move(normalized));
        }
        return used;
    };
    const std::vector<std::string> of_key = name_parts_used(key);
    if (of_key.empty()) return "";
    for (const auto& part : name_parts_used(shorter))
        if (std::find(of_key.begin(), of_key.end(), part) != of_key.end()) return shorter;
    return "";
}

std::string EntityNames::without_surname(const schema::EntityTypeSchema& type, const std::string& key) const {
    const auto first_end = key.find(' ');
    const auto last_start = key.rfind(' ');
    if (first_end == std::string::npos || first_end == last_start) return "";  // fewer than three words
    const std::string shorter = key.substr(0, last_start);
    const Xapian::doccount shorter_articles = termfreq(schema::make_boolean_term(type.prefix, shorter));
    if (shorter_articles == 0 || shorter_articles < termfreq(schema::make_boolean_term(type.prefix, key))) return "";
    // The same person only where the longer name's articles also write the
    // shorter ("Hotman Paris" after "Hotman Paris Hutapea").
    for (const auto& form : uses(type.name_use_prefix, key))
        if (schema::normalize_boolean_value(form.value) == shorter) return shorter;
    return "";
}

Xapian::doccount EntityNames::articles(const schema::EntityTypeSchema& type, std::string_view name) {
    // Every query looks up all its n-grams as names of each type: the answers
    // are kept (a batch or a server asks the same n-grams again).
    auto& counted = articles_as_given_[static_cast<std::size_t>(type.type)];
    if (const Xapian::doccount* known = counted.find(name)) return *known;
    const std::string normalized = schema::normalize_boolean_value(name);
    Xapian::doccount found = 0;
    // Cheap checks first: most n-grams of a query are neither a key nor a
    // form some article wrote.
    const std::string start = type.alias_prefix + normalized + schema::kNameUseSeparator;
    if (term_exists(schema::make_boolean_term(type.prefix, normalized)) || any_term_starts_with(start))
        found = termfreq(schema::make_boolean_term(type.prefix, resolve_normalized(type, normalized)));
    counted.insert(name, found);
    return found;
}

std::vector<std::string> EntityNames::group_keys(const schema::EntityTypeSchema& type, const std::string& key,
                                                 bool deep) {
    std::vector<std::string> keys{key};
    auto add = [&](std::string normalized) {
        if (keys.size() >= kMaxFilterKeys || std::find(keys.begin(), keys.end(), normalized) != keys.end()) return;
        if (term_exists(schema::make_boolean_term(type.prefix, normalized)) &&
            resolve_normalized(type, normalized) == key)
            keys.push_back(std::move(normalized));
    };
    // The keys that may stand for `of`: the shorter forms written for it that
    // are keys of their own elsewhere ("trump" in articles that never give
    // the full name; a name of as many words only resolves to another by the
    // rules below), then the one-word names read beside it in most of their
    // articles ("emil" for "ridwan kamil"), the key with a designator or
    // legal form ("provinsi riau" for "riau") and the old spelling ("gatot
    // soebroto" for "gatot subroto"), most used first.
    auto gather = [&](const std::string& of) {
        std::vector<Use> forms = uses(type.name_use_prefix, of);
        std::stable_sort(forms.begin(), forms.end(),
                         [](const Use& a, const Use& b) { return a.documents > b.documents; });
        for (const auto& form : forms)
            if (std::string normalized = schema::normalize_boolean_value(form.value); is_shorter_name(normalized, of))
                add(std::move(normalized));
        std::vector<Use> members = uses(type.group_prefix, of);
        std::stable_sort(members.begin(), members.end(),
                         [](const Use& a, const Use& b) { return a.documents > b.documents; });
        for (auto& member : members) add(std::move(member.value));
        // Filters: the second names read apart from it in enough articles
        // to stand for it ("los blancos" for "real madrid";
        // second_name_of()), most used first.
        if (deep) {
            std::vector<Use> seconds = apart_from(type, of, false);
            std::stable_sort(seconds.begin(), seconds.end(),
                             [](const Use& a, const Use& b) { return a.documents > b.documents; });
            for (auto& second : seconds) {
                if (second.documents < second_name_thresholds(type.type).min_articles) break;
                add(std::move(second.value));
            }
        }
        // An organization with its home place after it ("persib bandung" for
        // "persib"; without_home_place()).
        // (One-word names only: a scan per name of a facet list otherwise; a
        // longer name rarely passes the rule's test of a name, not a word.)
        if (deep && type.type == EntityType::Organization && of.find(' ') == std::string::npos) {
            const std::string start = type.prefix + of + ' ';
            std::vector<std::string> with_place;
            scan_forward(db_, lexicon_.get(), remote_, scans_[type.prefix], type.prefix, start,
                         [&](std::string_view term, auto) {
                             with_place.emplace_back(term.substr(std::string_view(type.prefix).size()));
                         });
            const schema::EntityTypeSchema& places = schema::entity_schema(EntityType::Location);
            for (auto& name : with_place)  // add() resolves: it may move the scan
                if (articles(places, std::string_view(name).substr(of.size() + 1)) >= kMinShortFormArticles)
                    add(std::move(name));
        }
    };
    gather(key);
    // The key spelled with or without a schwa before "r" ("bumi cendrawasih"
    // for "bumi cenderawasih"; commoner_schwa_spelling()).
    for (std::string& spelling : schwa_spellings(key))
        if (spelling != key) add(std::move(spelling));
    // A regency's or city's bare name and the other unit's slip ("jayawijaya",
    // "kota jayawijaya" for "kabupaten jayawijaya"; with_region_unit()).
    if (type.type == EntityType::Location)
        if (const std::string bare(after_leading_words(key, kRegionDesignators)); !bare.empty()) {
            add(bare);
            // add() skips `key` itself.
            for (const std::string_view unit : kRegionDesignators) add(std::string(unit) + ' ' + bare);
        }
    // The key cut before its closing bracket ("pt pln (persero" for "pt pln
    // (persero)"; with_parenthesis_closed()).
    if (key.ends_with(')')) add(key.substr(0, key.size() - 1));
    // The key with another form of its first name ("mike pompeo" for
    // "michael pompeo"; commoner_first_name()).
    if (type.type == EntityType::Person)
        if (const auto first_end = key.find(' '); first_end != std::string::npos)
            for (const FirstNameForm& other : first_name_forms(std::string_view(key).substr(0, first_end)))
                add(std::string(other.name) + key.substr(first_end));
    // One level further: the members' own short forms, designated keys and
    // old spellings ("kang emil" under "emil", "bamsoet" read beside
    // "bambang soesatyo", the old spelling of the key "bambang susatyo").
    // Only one-word members and old spellings: the others' own members are
    // rare, and reading them for every name shown cost a faceted query 10 %.
    for (std::size_t i = 1, n = deep ? keys.size() : 0; i < n; ++i)
        if (keys[i].find(' ') == std::string::npos || spelling_variant(keys[i]) == key ||
            spelling_variant(keys[i], true) == key)
            gather(std::string(keys[i]));
    // An organization's names cut short ("polda metro" for "polda metro
    // jaya"; completed_name()): the starts of its words, two or more. And
    // its name with the short form of the place it ends with ("polda jatim"
    // for "polda jawa timur"; with_place_in_full()).
    if (deep && type.type == EntityType::Organization) {
        const std::vector<std::string_view> words = content_words(key);
        std::string start(words.empty() ? std::string_view() : words[0]);
        for (std::size_t n = 1; n < words.size(); ++n) add((start += ' ').append(words[n]));
        const schema::EntityTypeSchema& places = schema::entity_schema(EntityType::Location);
        for (std::size_t at = key.find(' '); at != std::string::npos; at = key.find(' ', at + 1)) {
            const std::string place = key.substr(at + 1);
            if (!term_exists(schema::make_boolean_term(places.prefix, place))) continue;
            for (const auto& form : uses(places.name_use_prefix, place))
                if (std::string short_place = schema::normalize_boolean_value(form.value);
                    short_place.find(' ') == std::string::npos && short_place != place)
                    add(key.substr(0, at + 1) + short_place);
            break;
        }
    }
    // A country's official long forms ("republik islam iran" for "iran";
    // country_of_long_form()): the keys after a state's word that end as its
    // name does ("kerajaan saudi" for "arab saudi").
    if (deep && type.type == EntityType::Location && is_country(key)) {
        const std::string last = key.substr(key.rfind(' ') + 1);
        std::vector<std::string> long_forms;
        for (const std::string_view state : kStateWords)
            scan_forward(db_, lexicon_.get(), remote_, scans_[type.prefix], type.prefix,
                         type.prefix + std::string(state) + ' ', [&](std::string_view term, auto) {
                             const std::string_view name = term.substr(std::string_view(type.prefix).size());
                             if (is_name_part(last, name) && name.ends_with(last)) long_forms.emplace_back(name);
                         });
        for (auto& name : long_forms) add(std::move(name));  // add() resolves: it may move the scan
    }
    // A person's names with middle names ("anies rasyid baswedan" for "anies
    // baswedan"): keys that start with its first word and end with its last;
    // and with a surname after it ("hotman paris hutapea" for "hotman
    // paris"; without_surname()).
    if (type.type == EntityType::Person && std::count(key.begin(), key.end(), ' ') == 1) {
        const std::string start = type.prefix + key.substr(0, key.find(' ') + 1);
        const std::string end = key.substr(key.find(' '));
        std::vector<std::string> longer;
        scan_forward(
            db_, lexicon_.get(), remote_, scans_[type.prefix], type.prefix, start, [&](std::string_view term, auto) {
                std::string name(term.substr(std::string_view(type.prefix).size()));
                const bool middle =
                    name.size() > key.size() + 1 && name.compare(name.size() - end.size(), end.size(), end) == 0;
                const bool surname = name.size() > key.size() + 1 && name.compare(0, key.size(), key) == 0 &&
                                     name[key.size()] == ' ' && name.find(' ', key.size() + 1) == std::string::npos;
                if (middle || surname) longer.push_back(std::move(name));
            });
        for (auto& name : longer) add(std::move(name));  // add() resolves: it may move the scan
    }
    return keys;
}

std::vector<std::string> EntityNames::filter_terms(const schema::EntityTypeSchema& type, std::string_view name) {
    std::vector<std::string> terms;
    for (const auto& key : group_keys(type, resolve(type, name), true))
        terms.push_back(schema::make_boolean_term(type.prefix, key));
    return terms;
}

std::map<std::string, Xapian::doccount> EntityNames::count_written_forms(const schema::EntityTypeSchema& type,
                                                                         const std::string& key) {
    // The forms written for every key of the group ("Jokowi" both where an
    // article introduced it beside "Joko Widodo" and where it stands alone).
    std::map<std::string, Xapian::doccount> written;  // ordered: ties go to the first in byte order
    std::vector<std::string> members = group_keys(type, key);
    std::sort(members.begin(), members.end());  // uses() moves forward
    for (const auto& member : members)
        for (const auto& form : uses(type.name_use_prefix, member)) {
            // A part of the name ("Trump", "BPJS" of "BPJS Kesehatan") names
            // more than the whole when it stands alone: only the forms the
            // gazetteer folded into an organization or place count ("Jakarta").
            const bool own = member == key && type.type != EntityType::Person;
            if (!own) {
                const std::string normalized = schema::normalize_boolean_value(form.value);
                if (is_name_part(normalized, key) || is_name_part(normalized, member)) continue;
            }
            written[form.value] += form.documents;
        }
    return written;
}

const std::string& EntityNames::display_name(const schema::EntityTypeSchema& type, const std::string& key,
                                             const std::string& fallback) {
    const std::string memo_key = type.prefix + key;
    if (const std::string* shown = display_.find(memo_key)) return *shown;
    const std::map<std::string, Xapian::doccount> written = count_written_forms(type, key);
    const std::pair<const std::string, Xapian::doccount>* best = nullptr;
    for (const auto& entry : written)
        if (best == nullptr || entry.second > best->second) best = &entry;
    return display_.insert(memo_key, best != nullptr ? best->first : fallback);
}

std::vector<std::string> EntityNames::written_forms(const schema::EntityTypeSchema& type, const std::string& key) {
    if (const auto* forms = written_.find(type.prefix + key)) return *forms;
    std::vector<std::string> forms;
    for (const auto& [form, documents] : count_written_forms(type, key)) {
        std::string normalized = schema::normalize_boolean_value(form);
        if (std::find(forms.begin(), forms.end(), normalized) == forms.end()) forms.push_back(std::move(normalized));
    }
    return written_.insert(type.prefix + key, std::move(forms));
}

}  // namespace telusur
