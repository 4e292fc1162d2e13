#include "common/entities/one_thing.h"

#include "common/clock_cache.h"
#include "common/entities/entities.h"
#include "common/entities/entity_names.h"
#include "common/entities/ner_text.h"
#include "common/text/unicode.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <memory>
#include <numeric>
#include <optional>
#include <set>
#include <span>
#include <string_view>

namespace telusur {

namespace {

/// Articles that must name a word as an organisation before a person's name
/// with that word glued before it reads as the body's name and the person
/// (same_thing_as()).
constexpr Xapian::doccount kMinGluedBodyArticles = 5;

/// A slip in one word alone, an organisation's or a place's, needs this many
/// letters, and one form this many times the other's articles in the
/// database (a misspelling is rare beside the name), as a letter changed in
/// a short word of a person's name does.
constexpr std::size_t kMinLoneSlipLetters = 8;
constexpr Xapian::doccount kLoneSlipRarity = 20;

/// A first name that at most this many of the database's people's keys of
/// two words or more start with is a rare one, which two people whose
/// surnames are a letter apart seldom share (same_thing_as(): "Abisai" 2,
/// "Kay" 5, "Evan" 12; "Abdul" 101, "Muhammad" 258).
constexpr std::size_t kMaxKeysOfRareFirstName = 10;

/// Heads of places that name the place after them in the news of one
/// answer ("Stadion Old Trafford" and "Old Trafford", "Bandara Kertajati"
/// and "Kertajati"): triggers_curated.tsv's LOC_head of ../shared/gazetteer
/// without the administrative ones designators handle (Provinsi, Kabupaten,
/// Kota), the broad ones (Negara, Negeri, Wilayah, Benua), the waters named
/// after a land (Laut, Selat, Teluk, Samudra: "Laut Jawa" is no Java) and
/// Tanjung, which starts names ("Tanjung Priok"); with "Sirkuit", "Jalan
/// Tol", "Tol", "Jalur" ("Jalur Gaza"), "Stadio" and "Dataran Tinggi"
/// ("Dataran Tinggi Dieng", "Dieng"), which clickid writes the same way,
/// and "Distrik", Papua's and foreign cities' kecamatan ("Distrik
/// Abepura", "Abepura"). Two-word heads first, so that "jalan tol" is
/// found before "jalan".
constexpr std::string_view kPlaceHeads[] = {
    "taman nasional", "cagar alam", "bandar udara", "jalan tol",  "dataran tinggi", "kab.",    "kotamadya",
    "kecamatan",      "kec.",       "distrik",      "kelurahan",  "desa",           "dusun",   "kampung",
    "gampong",        "nagari",     "jalan",        "jl.",        "jln.",           "gang",    "gg.",
    "pulau",          "kepulauan",  "gunung",       "pegunungan", "bukit",          "sungai",  "kali",
    "danau",          "telaga",     "pantai",       "lembah",     "hutan",          "bandara", "pelabuhan",
    "stasiun",        "terminal",   "gedung",       "istana",     "masjid",         "gereja",  "pura",
    "vihara",         "klenteng",   "candi",        "monumen",    "lapangan",       "stadion", "stadio",
    "sirkuit",        "tol",        "jalur",        "alun-alun",  "pasar"};
/// Heads of facilities the news names by their place alone, as it does an
/// airport ("Bandara Kertajati", "Kertajati"): a heroes' cemetery ("Taman
/// Makam Pahlawan Kalibata", "dimakamkan di Kalibata"), a bridge
/// ("Jembatan Holtekamp", "Holtekamp"), a waste-processing site ("TPST
/// Bantargebang"), a detention centre or prison ("Rumah Tahanan Guntur",
/// "Rutan Guntur", "Lapas Cipinang"); not "TPA", also a Koran school's
/// Taman Pendidikan Al-Qur'an. Read before kPlaceHeads, the longer first.
constexpr std::string_view kFacilityPlaceHeads[] = {"taman makam pahlawan nasional",
                                                    "taman makam pahlawan",
                                                    "lembaga pemasyarakatan",
                                                    "rumah tahanan",
                                                    "jembatan",
                                                    "tpst",
                                                    "rutan",
                                                    "lapas"};

/// Heads (as head_kind() names them) that the news writes alone for one
/// facility it has named ("di Istana", "tiba di Bandara"); not a street's,
/// an area's, a building's or a landform's, written alone for no one place
/// ("Jalan", "Desa", "Gedung", "Danau").
constexpr std::string_view kFacilityHeadsAlone[] = {"istana",
                                                    "bandara",
                                                    "pelabuhan",
                                                    "stasiun",
                                                    "terminal",
                                                    "stadion",
                                                    "sirkuit",
                                                    "taman makam pahlawan",
                                                    "jembatan",
                                                    "rumah tahanan",
                                                    "lembaga pemasyarakatan"};

/// Heads of an administrative area (as head_kind() names them) whose name
/// may start with a head of its own: the district "Kecamatan Gunung Putri"
/// (Bogor) that clickid also writes "Gunung Putri", which reads as a
/// mountain's head and name, so the two keys' bare names ("gunung putri",
/// "putri") differ.
constexpr std::string_view kAreaUnitHeads[] = {"kecamatan", "kelurahan", "desa",   "dusun",
                                               "kampung",   "gampong",   "nagari", "distrik"};

/// Whether `head` (a head_kind()) is one of kAreaUnitHeads.
bool area_unit_head(std::string_view head) {
    return std::find(std::begin(kAreaUnitHeads), std::end(kAreaUnitHeads), head) != std::end(kAreaUnitHeads);
}

/// Broad words of a unit the news writes before a place's name, which name
/// that place ("Benua Afrika", "Afrika"; "Wilayah Kalimantan",
/// "Kalimantan"): not heads of kPlaceHeads, which every rule reading a head
/// would then apply to; only the name itself beside them. Not a country
/// after "Benua": "Benua Australia" is the continent, "Australia" mostly
/// the country.
constexpr std::string_view kContinentWord = "benua ";
constexpr std::string_view kRegionWord = "wilayah ";

/// A place's first words in another form, and that form as one head writes
/// it: a body's office ("Kantor Kemenpora", the building the news also
/// calls "Gedung Kemenpora"), a sports hall's acronym ("GOR Djarum",
/// "Gedung Olahraga Djarum"), a village's short head ("Kp Olen", "Kampung
/// Olen"). Not heads of kPlaceHeads: a building named after its owner or
/// town is no place of that name ("Kantor Prambanan", "GOR Ciranjang"), and
/// a head would let the rules of names cut short read "Kantor Presiden"
/// beside "Kantor Wakil Presiden". And a river's Javanese head, which
/// Jakarta's and Java's news write as often as the Indonesian one ("Kali
/// Ciliwung" 7 articles, "Sungai Ciliwung" 11; "Kali Bekasi"): both heads
/// of kPlaceHeads, kept apart as two heads elsewhere.
constexpr std::pair<std::string_view, std::string_view> kHeadForms[] = {
    {"kantor ", "gedung "}, {"gedung olahraga ", "gor "}, {"gelanggang olahraga ", "gor "},
    {"kp ", "kampung "},    {"kp. ", "kampung "},         {"kali ", "sungai "}};

/// `key` with its first words as kHeadForms writes them ("kantor kemenpora"
/// -> "gedung kemenpora"), or empty where it starts with none of them.
std::string with_head_form(std::string_view key) {
    for (const auto& [form, head] : kHeadForms)
        if (key.size() > form.size() && key.starts_with(form)) return std::string(head).append(key.substr(form.size()));
    return {};
}

/// Organisation heads of triggers_curated.tsv's ORG_head (../shared/
/// gazetteer) that are no name alone: "Bank Indonesia" is no "Bank".
constexpr std::string_view kOrganizationHeads[] = {
    "partai",      "kementerian", "kemenko", "departemen", "badan",      "komisi",    "komite",      "dewan",
    "majelis",     "mahkamah",    "lembaga", "dinas",      "direktorat", "ditjen",    "biro",        "kantor",
    "sekretariat", "pemerintah",  "pemprov", "pemkab",     "pemkot",     "polda",     "polres",      "polsek",
    "kodam",       "korem",       "kodim",   "pengadilan", "kejaksaan",  "kejati",    "kejari",      "universitas",
    "institut",    "politeknik",  "akademi", "fakultas",   "rumah",      "puskesmas", "bank",        "yayasan",
    "koperasi",    "serikat",     "ikatan",  "persatuan",  "himpunan",   "asosiasi",  "perhimpunan", "federasi",
    "konfederasi", "organisasi",  "gerakan", "front",      "aliansi",    "koalisi",   "fraksi",      "tim",
    "klub"};

/// Whether `word` is one of kOrganizationHeads ("bank", "polda", "fakultas").
bool organization_head(std::string_view word) {
    return std::find(std::begin(kOrganizationHeads), std::end(kOrganizationHeads), word) !=
           std::end(kOrganizationHeads);
}

/// The word after a place head that makes it the main one of its kind
/// ("Stadion Utama Gelora Bung Karno", the stadium "Gelora Bung Karno"
/// names): part of the head.
constexpr std::string_view kMainHead = "utama ";

/// A place head as one kind: its short or foreign spelling as the head
/// ("stadio", "jl.", "jalan tol" are "stadion", "jalan", "tol"), without
/// kMainHead's word ("stadion utama" is a "stadion").
std::string_view head_kind(std::string_view head) {
    const std::string_view main_word = kMainHead.substr(0, kMainHead.size() - 1);
    if (head.size() > main_word.size() + 1 && head.ends_with(main_word) &&
        head[head.size() - main_word.size() - 1] == ' ')
        head.remove_suffix(main_word.size() + 1);
    constexpr std::pair<std::string_view, std::string_view> kSameKind[] = {
        {"stadio", "stadion"},
        {"jalan tol", "tol"},
        {"bandar udara", "bandara"},
        {"jl.", "jalan"},
        {"jln.", "jalan"},
        {"kec.", "kecamatan"},
        {"gg.", "gang"},
        {"rutan", "rumah tahanan"},
        {"lapas", "lembaga pemasyarakatan"},
        {"taman makam pahlawan nasional", "taman makam pahlawan"}};
    for (const auto& [spelling, kind] : kSameKind)
        if (head == spelling) return kind;
    return head;
}

/// The length of an English stadium head that ends `key` (" stadium", with
/// its space: "Anfield Stadium" is the "Stadion Anfield", "Anfield" of one
/// answer), or 0.
std::size_t stadium_head_after(std::string_view key) {
    constexpr std::string_view kStadium = " stadium";
    return key.size() > kStadium.size() + 2 && key.ends_with(kStadium) ? kStadium.size() : 0;
}

/// The length of the place head `key` starts with (with its space, and
/// kMainHead's word when more follows), or 0.
std::size_t place_head(std::string_view key) {
    for (const auto& heads :
         {std::span<const std::string_view>(kFacilityPlaceHeads), std::span<const std::string_view>(kPlaceHeads)})
        for (const std::string_view head : heads)
            if (key.size() > head.size() + 1 && key.compare(0, head.size(), head) == 0 && key[head.size()] == ' ') {
                const std::size_t after = head.size() + 1;
                if (key.size() > after + kMainHead.size() && key.compare(after, kMainHead.size(), kMainHead) == 0)
                    return after + kMainHead.size();
                return after;
            }
    return 0;
}

/// Whether `name` is a place head alone ("istana", "jembatan").
bool is_place_head(std::string_view name) {
    return std::find(std::begin(kPlaceHeads), std::end(kPlaceHeads), name) != std::end(kPlaceHeads) ||
           std::find(std::begin(kFacilityPlaceHeads), std::end(kFacilityPlaceHeads), name) !=
               std::end(kFacilityPlaceHeads);
}

/// A person's name word as the news spells it one way or another: "y" as
/// "i" ("Ricky", "Ricki"), a doubled letter once ("Freddy", "Fredy";
/// "Mohammad", "Mohamad"), "ue" as "u" (German "Juergen", "Jurgen"), an
/// "h" after d, t, k or p dropped ("Yudha", "Yuda"; "Khofifah"). Within one
/// answer or one article two names that differ only so are one person's.
std::string loose_spelling(std::string_view word) {
    std::string loose;
    for (std::size_t i = 0; i < word.size(); ++i) {
        char c = word[i] == 'y' ? 'i' : word[i];
        if (c == 'h' && !loose.empty() && std::string_view("dtkp").find(loose.back()) != std::string_view::npos) {
            if (loose.back() == 'p') loose.back() = 'f';
            continue;
        }
        if (c == 'e' && !loose.empty() && loose.back() == 'u' && i > 0 && word[i - 1] == 'u') continue;
        if (!loose.empty() && loose.back() == c) continue;
        loose += c;
    }
    return loose;
}

/// The words of a body's or place's name after its first (or all, after a
/// place's head) in the ke-...-an noun form as their root: "kepresidenan"
/// -> "presiden" ("Istana Kepresidenan", "Istana Presiden"), "Komisi
/// Kepolisian Nasional", "Dinas Kebudayaan", "Kantor Kelurahan". A first
/// word keeps its form: "Kepolisian" is the police force, "Kerajaan" a
/// kingdom, no policeman or king.
std::string without_ke_an_forms(const std::string& name, bool after_head) {
    constexpr std::size_t kMinRoot = 4;  // "kemaritiman" -> "maritim"; not "keran"
    std::string out;
    std::size_t index = 0;
    for (const std::string_view word : name_words(name)) {
        if (!out.empty()) out += ' ';
        if ((index++ > 0 || after_head) && word.size() >= kMinRoot + 4 && word.starts_with("ke") &&
            word.ends_with("an"))
            out += word.substr(2, word.size() - 4);
        else
            out += word;
    }
    return out;
}

/// Whether `word` is a roman number of one to four ("ii" of "Bandara Sultan
/// Syarif Kasim II").
bool is_roman_numeral(std::string_view word) { return word == "i" || word == "ii" || word == "iii" || word == "iv"; }

/// Whether `word` is a flight's code: an airline's two letters or a letter
/// and a digit, a hyphen (optional where `after_flight_word`), one to four
/// digits ("jt-626", "iw-1458", "qg410" after "penerbangan"). Not a longer
/// word's number ("covid-19", "u-16").
bool flight_code(std::string_view word, bool after_flight_word) {
    constexpr std::size_t kAirlineLetters = 2, kMaxDigits = 4;
    if (word.size() < kAirlineLetters + 1 || !std::isalpha(static_cast<unsigned char>(word[0])) ||
        !std::isalnum(static_cast<unsigned char>(word[1])))
        return false;
    std::string_view number = word.substr(kAirlineLetters);
    if (number.front() == '-')
        number.remove_prefix(1);
    else if (!after_flight_word)
        return false;
    return !number.empty() && number.size() <= kMaxDigits && std::all_of(number.begin(), number.end(), [](char c) {
        return std::isdigit(static_cast<unsigned char>(c));
    });
}

/// Where a flight's number glued after an airline's name starts in `key`
/// (" penerbangan jt-626 soekarno-hatta", " jt-310"), else npos: a name of
/// three letters or more before it.
std::size_t flight_number_at(std::string_view key) {
    constexpr std::string_view kFlightWord = " penerbangan ";
    constexpr std::size_t kMinName = 3;
    for (std::size_t space = key.find(' ', kMinName); space != std::string_view::npos;
         space = key.find(' ', space + 1)) {
        std::string_view rest = key.substr(space);
        const bool flight_word = rest.starts_with(kFlightWord);
        rest.remove_prefix(flight_word ? kFlightWord.size() : 1);
        if (flight_code(rest.substr(0, rest.find(' ')), flight_word)) return space;
    }
    return std::string_view::npos;
}

/// Whether `word` is a neighbourhood's number in an address or a piece of
/// one: "rt" (rukun tetangga), "rw" (rukun warga), "rt4/3", "rw05",
/// "04/03", "3/rw".
bool address_unit_word(std::string_view word) {
    for (std::size_t i = 0; i < word.size();) {
        if (word.compare(i, 2, "rt") == 0 || word.compare(i, 2, "rw") == 0)
            i += 2;
        else if (std::isdigit(static_cast<unsigned char>(word[i])) || word[i] == '/' || word[i] == '.')
            ++i;
        else
            return false;
    }
    return !word.empty();
}

/// Where the neighbourhood's numbers that end an address start in `key`
/// (" rt4/3" of "kampung pabuaran rt4/3", " rt 04 rw 05"), else npos: from
/// an "rt" or "rw" on, words of address_unit_word() alone, after a name.
/// Not a number without them ("Jalan Kalasan 10").
std::size_t address_units_at(std::string_view key) {
    std::size_t at = std::string_view::npos;
    for (std::size_t space = key.rfind(' '); space != std::string_view::npos; space = key.rfind(' ', space - 1)) {
        const std::string_view word = key.substr(space + 1, key.find(' ', space + 1) - space - 1);
        if (!address_unit_word(word)) return at;
        if (word.starts_with("rt") || word.starts_with("rw")) at = space;
        if (space == 0) break;
    }
    // Numbers alone, or a name before them that is one too ("RT 04 RW 05").
    return address_unit_word(key.substr(0, key.find(' '))) ? std::string_view::npos : at;
}

/// A person's initials and their dots glued to the next word, as a word of
/// their own ("m.ikhsan rosan" -> "m. ikhsan rosan", "b.j.habibie" -> "b.j.
/// habibie"), as "M Ikhsan Rosan" and "BJ Habibie" write them; initials
/// alone stay one word ("h.s dillon": "H." alone is a title, Haji).
std::string initials_apart(const std::string& key) {
    std::string out;
    out.reserve(key.size() + 2);
    for (std::size_t start = 0; start < key.size();) {
        std::size_t end = key.find(' ', start);
        if (end == std::string::npos) end = key.size();
        const std::string_view word(key.data() + start, end - start);
        std::size_t initials = 0;  // bytes of "x." pairs that start the word
        while (initials + 1 < word.size() && std::isalpha(static_cast<unsigned char>(word[initials])) &&
               word[initials + 1] == '.')
            initials += 2;
        out += word.substr(0, initials);
        if (initials > 0 && word.size() - initials > 1) out += ' ';
        out += word.substr(initials);
        if (end < key.size()) out += ' ';
        start = end + 1;
    }
    return out;
}

/// `key` without its designators and legal forms ("pt jasa marga (persero)
/// tbk" -> "jasa marga", "kota bekasi" -> "bekasi"), a football club's form
/// ("ps tira persikabo", "semen padang fc"), a company's "group", an
/// organisation's "indonesia" unless a head is left ("bank indonesia"), the
/// dots and commas that spell one name two ways ("laode m. syarif", "badan
/// meteorologi, klimatologi, dan geofisika") and the dashes and quotes at
/// its end; a place's hyphens as spaces; a person's words spelled loosely
/// (loose_spelling()).
std::string compute_bare_key(const schema::EntityTypeSchema& type, std::string key) {
    if (type.type == EntityType::Person) key = initials_apart(key);
    constexpr int kMaxDesignators = 3;  // "pt", "(persero)", "tbk"
    for (int strip = 0; strip < kMaxDesignators; ++strip) {
        std::string bare = EntityNames::without_designator_word(type.type, key);
        if (bare.empty()) break;
        key = std::move(bare);
    }
    if (type.type == EntityType::Location) {
        // A federal state's designator, after its country or not ("Negara
        // Bagian Jalisco", "Meksiko Negara Bagian Sinaloa"): the state.
        constexpr std::string_view kState = "negara bagian ";
        if (const std::size_t at = key.find(kState);
            at != std::string::npos && key.size() > at + kState.size() + 2 &&
            (at == 0 || (key[at - 1] == ' ' && EntityNames::is_country(std::string_view(key).substr(0, at - 1)))))
            key.erase(0, at + kState.size());
        // A prefecture, Japan's province ("Prefektur Chiba", "Chiba"): as
        // "Provinsi" (a designator) before the name.
        constexpr std::string_view kPrefecture = "prefektur ";
        if (key.size() > kPrefecture.size() + 2 && key.starts_with(kPrefecture)) key.erase(0, kPrefecture.size());
        // An ocean's three words ("Lautan India", "Samudera India", "Samudra
        // Hindia"): the spelling of the standard, "samudra".
        for (const std::string_view ocean : {"lautan ", "samudera "})
            if (key.size() > ocean.size() + 2 && key.starts_with(ocean)) key.replace(0, ocean.size(), "samudra ");
        // An address's neighbourhood numbers glued after the place ("Kampung
        // Pabuaran RT4/3"): the place.
        if (const std::size_t at = address_units_at(key); at != std::string::npos) key.resize(at);
        key.erase(0, place_head(key));
        if (const std::size_t head = stadium_head_after(key); head > 0) key.resize(key.size() - head);
    }
    if (type.type == EntityType::Organization) {
        // "PT" before an acronym of three letters ("PT MRT"): many companies'
        // across the database (without_designator_word()), one within one
        // answer.
        if (key.size() > 3 && key.compare(0, 3, "pt ") == 0 && key.find(' ', 3) == std::string::npos) key.erase(0, 3);
        if (key.size() > 6 && key.compare(0, 3, "ps ") == 0) key.erase(0, 3);
        if (key.size() > 6 && key.compare(key.size() - 3, 3, " fc") == 0) key.resize(key.size() - 3);
        // A badminton club's name in English, as Indonesian writes it: "PB"
        // (Perkumpulan Bulutangkis) before the name ("Djarum Badminton
        // Club", "PB Djarum").
        constexpr std::string_view kBadmintonClub = " badminton club";
        if (key.size() >= kBadmintonClub.size() + 3 && key.ends_with(kBadmintonClub)) {
            key.resize(key.size() - kBadmintonClub.size());
            key.insert(0, "pb ");
        }
        // A letter's number glued after the body that wrote it ("AirNav
        // Indonesia Nomor C8334/19", "Ditjen Hubud No."): the body. Only
        // a number, or nothing, after the word.
        for (const std::string_view number_word : {" nomor", " no."}) {
            const std::size_t at = key.find(number_word);
            if (at == std::string::npos || at == 0) continue;
            const std::string_view after = std::string_view(key).substr(at + number_word.size());
            if (after.empty() ||
                (after.front() == ' ' && after.find_first_of("0123456789") != std::string_view::npos)) {
                key.resize(at);
                break;
            }
        }
        // A flight's number glued after the airline that flies it ("Lion Air
        // Penerbangan JT-626 Soekarno-Hatta", "Lion Air JT-310"): the
        // airline. Only before a flight code; "Badan Penerbangan" is a body.
        if (const std::size_t at = flight_number_at(key); at != std::string::npos) key.resize(at);
        // A news site's domain and marks ("KapanLagi.com®", "KapanLagi";
        // "Okezone.com"): the site.
        for (bool trimmed = true; trimmed;) {
            trimmed = false;
            for (const std::string_view end : {"®", "™", ".com", ".co.id", ".id", ".net", ".co"})
                if (key.size() > end.size() + 3 && key.ends_with(end)) {
                    key.resize(key.size() - end.size());
                    trimmed = true;
                }
        }
        // A company's group ("Gojek Group", "Gojek"; "Djarum Grup"), and a
        // foreign company's legal form ("Pertamina Energy Services Pte Ltd",
        // "Pertamina Energy Trading Limited").
        for (const std::string_view group :
             {" group", " grup", " pte ltd", " pte", " ltd", " limited", " inc", " corp"})
            if (key.size() > group.size() + 3 && key.compare(key.size() - group.size(), group.size(), group) == 0)
                key.resize(key.size() - group.size());
        // The country of Indonesian news: "Timnas Indonesia U-16" and
        // "Timnas U-16", "Garuda Indonesia" and "Garuda". Not where the word
        // left is a head: "Bank Indonesia" is no "Bank".
        constexpr std::string_view kCountry = " indonesia";
        if (const std::size_t at = (key + ' ').find(std::string(kCountry) + ' '); at != std::string::npos) {
            std::string rest = key;
            rest.erase(at, kCountry.size());
            if (rest.find(' ') != std::string::npos || !organization_head(rest)) key = std::move(rest);
        }
    }
    // A place's hyphens as spaces ("Soekarno-Hatta", "Soekarno Hatta"), and
    // a word of its name written with another after a slash as the first
    // ("Gedung DPR/MPR", "Gedung DPR": the building both bodies sit in).
    const bool hyphens_apart = type.type == EntityType::Location;
    std::string plain;
    bool after_slash = false;
    for (const char c : key) {
        if (hyphens_apart && (c == '/' || after_slash)) {
            after_slash = c != ' ';
            if (after_slash) continue;
        }
        if (c == '.' || c == ',') continue;
        const char spaced_out = c == '-' && hyphens_apart ? ' ' : c;
        if (spaced_out == ' ' && (plain.empty() || plain.back() == ' ')) continue;
        plain += spaced_out;
    }
    // Dashes and quotes the tagger kept at an end ("Man United–").
    for (bool trimmed = true; trimmed && !plain.empty();) {
        trimmed = false;
        for (const std::string_view mark : {"-", "'", "\"", "\u2013", "\u2014", "\u2019", "\u201d", " "})
            if (plain.size() >= mark.size() && plain.compare(plain.size() - mark.size(), mark.size(), mark) == 0) {
                plain.resize(plain.size() - mark.size());
                trimmed = true;
            }
    }
    if (type.type != EntityType::Person) return plain;
    // A person's words as spelled after 1972 ("Pudjiastuti" beside "Susi
    // Pujiastuti"), and as loosely as one answer allows (loose_spelling());
    // without "Jr" ("Neymar Jr", "Neymar Junior", "Neymar").
    std::vector<std::string_view> person_words = name_words(plain);
    if (person_words.size() > 1 && (person_words.back() == "jr" || person_words.back() == "junior"))
        person_words.pop_back();
    std::string respelled;
    for (std::string_view word : person_words) {
        std::string w(word);
        EntityNames::respell_word(w);
        respelled += (respelled.empty() ? "" : " ") + loose_spelling(w);
    }
    return respelled;
}

/// `bare` without spaces and hyphens: one name written as one word or as
/// two ("Nilmaizar", "Nil Maizar"; "Bulutangkis", "Bulu Tangkis"; "U-16",
/// "U16"); an organisation's without a word for a team before it ("Tim
/// Garuda", "Skuat Garuda", "Garuda"; EntityNames::kTeamWords) or its
/// central board's ("PP PBSI"; EntityNames::kCentralBoardWords), the rest
/// three letters or more. Not in the bare name, whose words other rules
/// read ("Mercedes" after the head of "Tim Mercedes AMG Petronas").
std::string squeezed(const schema::EntityTypeSchema& type, std::string_view bare) {
    constexpr std::size_t kMinRest = 3;
    // A racing team's Italian word, after a team word or alone ("Tim
    // Scuderia Ferrari", "Scuderia AlphaTauri").
    constexpr std::string_view kForeignTeamWords[] = {"scuderia"};
    if (type.type == EntityType::Organization)
        for (bool stripped = true; stripped;) {
            stripped = false;
            for (const auto words : {std::span<const std::string_view>(EntityNames::kTeamWords),
                                     std::span<const std::string_view>(kForeignTeamWords),
                                     std::span<const std::string_view>(EntityNames::kCentralBoardWords)})
                if (const std::string_view rest = EntityNames::after_leading_words(bare, words);
                    rest.size() >= kMinRest) {
                    bare = rest;
                    stripped = true;
                    break;
                }
        }
    std::string out;
    out.reserve(bare.size());
    for (const char c : bare)
        if (c != ' ' && c != '-') out += c;
    return out;
}

/// Kinds of buildings the news writes before a name or, as English does,
/// after it ("Hotel Pullman", "Pullman Hotel"; "Plaza Senayan XXI", "XXI
/// Plaza Senayan", a cinema in a mall): words_reordered() reads all their
/// words in any order.
constexpr std::string_view kBuildingKinds[] = {"hotel", "mall", "plaza", "museum", "xxi"};

/// Whether `key` starts with a facility's kind: a building's
/// (kBuildingKinds: "Hotel Fairmont"), a hospital's ("Rumah Sakit", "RS",
/// and the hospitals' acronyms that start with its letters, kMaxHospitalAcronym
/// letters at most: "RSUD", "RSPAD"; no Indonesian word starts with "rs").
constexpr std::size_t kMaxHospitalAcronym = 5;
bool starts_with_facility_kind(std::string_view key) {
    const std::string_view first = key.substr(0, key.find(' '));
    if (first.size() == key.size()) return false;
    return std::find(std::begin(kBuildingKinds), std::end(kBuildingKinds), first) != std::end(kBuildingKinds) ||
           key.starts_with("rumah sakit ") || (first.starts_with("rs") && first.size() <= kMaxHospitalAcronym);
}

/// `key`'s first word, or a place's head as one kind (head_kind(): "Stadion
/// Utama" is a "stadion"), and its later words in alphabetical order, two
/// words or more after the first or the head (all words of a building's
/// name: kBuildingKinds); else empty. Two keys alike so are one name with
/// its later words in another order, as the news writes a body's or a
/// place's long name now one way, now another ("Badan Nasional
/// Penanggulangan Bencana", "Badan Penanggulangan Bencana Nasional"; "Jalan
/// Raya Cikini", "Jalan Cikini Raya"; "Rumah Sakit Asia Colombia"; "Stadion
/// Utama Asiad Busan", "Stadion Busan Asiad"). The first word stays first
/// but a building's kind: moved, it makes another place ("Wan Chai" and
/// "Chai Wan", two districts of Hong Kong; "Kota Medan" and the district
/// "Medan Kota").
std::string words_reordered(std::string_view key, std::size_t head) {
    std::vector<std::string_view> words;
    for (std::size_t at = head; at <= key.size();) {
        std::size_t space = key.find(' ', at);
        if (space == std::string_view::npos) space = key.size();
        if (space > at) words.push_back(key.substr(at, space - at));
        at = space + 1;
    }
    auto building_kind = [](std::string_view word) {
        return std::find(std::begin(kBuildingKinds), std::end(kBuildingKinds), word) != std::end(kBuildingKinds);
    };
    const bool building =
        head == 0 && words.size() >= 2 && (building_kind(words.front()) || building_kind(words.back()));
    // The words after the first or the head, or all of a building's.
    const std::size_t first = head > 0 || building ? 0 : 1;
    if (words.size() < first + 2) return {};
    std::sort(words.begin() + static_cast<long>(first), words.end());
    std::string out(head > 0 ? head_kind(key.substr(0, head - 1)) : building ? "#" : std::string_view());
    for (const std::string_view word : words) {
        if (!out.empty()) out += ' ';
        out += word;
    }
    return out;
}

}  // namespace

/// What same_thing_as() reads of one key that depends on the key alone: its
/// bare name and words, a place's head. Views into its own strings: never
/// copied, shared (key_shape()).
struct KeyShape {
    std::string key;
    std::string bare;                            ///< compute_bare_key()
    std::string roots;                           ///< bare, ke-...-an forms as roots (without_ke_an_forms())
    std::string squeezed;                        ///< bare without spaces and hyphens (squeezed())
    std::vector<std::string_view> words;         ///< name_words() of bare
    std::string_view head_kind;                  ///< a place's head, as head_kind(); "" without one
    std::vector<std::string_view> headed_words;  ///< a place's words of key, head included; none without a head
    std::string reordered;                       ///< words_reordered() of key; "" for people and short names
};

std::shared_ptr<const KeyShape> key_shape(const schema::EntityTypeSchema& type, std::string_view key) {
    thread_local ClockCache<std::shared_ptr<const KeyShape>> memo(1 << 14);
    thread_local std::string memo_key;  // reused: most keys are longer than a short string holds
    memo_key.assign(type.prefix).append(key);
    if (const auto* shape = memo.find(memo_key)) return *shape;
    auto shape = std::make_shared<KeyShape>();
    shape->key = key;
    shape->bare = compute_bare_key(type, shape->key);
    shape->words = name_words(shape->bare);
    if (const std::size_t head = type.type == EntityType::Location ? place_head(shape->key) : 0; head > 0) {
        shape->head_kind = head_kind(std::string_view(shape->key).substr(0, head - 1));
        shape->headed_words = name_words(shape->key);
    } else if (type.type == EntityType::Location && stadium_head_after(shape->key) > 0) {
        shape->head_kind = "stadion";
    }
    shape->roots =
        type.type == EntityType::Person ? shape->bare : without_ke_an_forms(shape->bare, !shape->head_kind.empty());
    shape->squeezed = squeezed(type, shape->bare);
    if (type.type != EntityType::Person)
        shape->reordered = words_reordered(shape->key, type.type == EntityType::Location ? place_head(shape->key) : 0);
    return memo.insert(memo_key, std::move(shape));
}

namespace {

/// Whether the database knows `name` as a city, regency or province (a key
/// with its designator).
bool is_region(const EntityNames& names, const schema::EntityTypeSchema& type, const std::string& name) {
    for (const std::string_view unit : {"kota ", "kabupaten ", "provinsi "})
        if (names.term_exists(schema::make_boolean_term(type.prefix, std::string(unit) + name))) return true;
    return false;
}

/// Whether `key` must stay apart from the keys of its bare name: a regency
/// whose city of the same name the database knows ("kabupaten bandung"
/// beside "kota bandung": the bare "Bandung" is the city's), or a place
/// with a head before a city's, regency's, province's or federal state's
/// name ("Istana Bogor", "Stasiun Bogor" are not Bogor; "Masjid Chiapas" is
/// no Chiapas; "Stadion Old Trafford" is Old Trafford), but an island: the
/// news names the land by it ("Pulau Kalimantan", "Kalimantan"; "Pulau
/// Bali", "Bali"), and islands that name a regency alone ("Kepulauan Nias",
/// "Nias"; "Kepulauan Talaud": Kabupaten Kepulauan Nias, Talaud); not where
/// a city or province has the name ("Kepulauan Riau" and Riau are two
/// provinces; "Kepulauan Batu" off Nias is no Kota Batu).
bool stays_apart(const schema::EntityTypeSchema& type, const EntityNames& names, const std::string& key) {
    if (type.type != EntityType::Location) return false;
    auto known = [&](const std::string& name) {
        return names.term_exists(schema::make_boolean_term(type.prefix, name));
    };
    constexpr std::string_view kRegency = "kabupaten ";
    if (key.compare(0, kRegency.size(), kRegency) == 0) return known("kota " + key.substr(kRegency.size()));
    constexpr std::string_view kIsland = "pulau ";
    const auto a_region = [&](const std::string& rest) {
        return is_region(names, type, rest) || known("negara bagian " + rest);
    };
    constexpr std::string_view kIslands = "kepulauan ";
    if (key.starts_with(kIslands)) {
        const std::string rest = key.substr(kIslands.size());
        if (known("kabupaten " + rest) && !known("kota " + rest) && !known("provinsi " + rest)) return false;
    }
    if (const std::size_t head = place_head(key); head > 0 && key.compare(0, head, kIsland) != 0)
        return a_region(key.substr(head));
    if (const std::size_t head = stadium_head_after(key); head > 0) return a_region(key.substr(0, key.size() - head));
    return false;
}

/// Words that end places' names as a direction, a size or an age ("Jawa
/// Barat", "Aceh Besar", "Bintaro Jaya"): no name alone.
constexpr std::string_view kNameQualifiers[] = {
    "utara", "selatan", "barat", "timur", "tengah", "tenggara", "laut", "daya", "besar", "kecil", "raya", "baru",
    "lama",  "hulu",    "hilir", "ilir",  "darat",  "dalam",    "luar", "atas", "bawah", "jaya",  "kota", "kulon",
    "wetan", "lor",     "kidul", "north", "south",  "east",     "west", "city", "new",   "old"};

bool is_name_qualifier(std::string_view word) {
    return std::find(std::begin(kNameQualifiers), std::end(kNameQualifiers), word) != std::end(kNameQualifiers);
}

/// The word a facility's head may take before its name ("Bandara
/// Internasional Supadio").
constexpr std::string_view kInternationalWord = "internasional";

/// Whether the words after a place's head are a qualifier alone, a
/// direction or a size (kNameQualifiers) or "Internasional", and no name
/// ("Bandara Internasional", "Jalan Raya"): any such place takes them.
bool only_a_qualifier(std::span<const std::string_view> after_head) {
    return after_head.size() == 1 && (is_name_qualifier(after_head[0]) || after_head[0] == kInternationalWord);
}

/// Whether `words` name one place by `is_place`, or two in a row (an area
/// and its town: "Senayan Jakarta").
template <class IsPlace>
bool one_place_or_two(std::span<const std::string_view> words, IsPlace&& is_place) {
    if (is_place(words)) return true;
    for (std::size_t cut = 1; cut < words.size(); ++cut)
        if (is_place(words.first(cut)) && is_place(words.subspan(cut))) return true;
    return false;
}

/// Whether `whole`'s first letter (spaces aside) is `part`'s, as
/// cut_before_coordination() needs: a cheap test before it.
bool starts_with_letter_of(std::string_view whole, std::string_view part) {
    const std::size_t first = whole.find_first_not_of(' ');
    return first != std::string_view::npos && !part.empty() && whole[first] == part[0];
}

/// Whether `whole` (a key as indexed, with its commas) goes on after the
/// words of `part` (bare) with a comma or a coordinating word.
bool cut_before_coordination(std::string_view part, std::string_view whole) {
    std::size_t at = 0;  // in whole
    for (std::size_t p = 0; p <= part.size();) {
        const std::size_t end = std::min(part.find(' ', p), part.size());
        const std::string_view word = part.substr(p, end - p);
        while (at < whole.size() && whole[at] == ' ') ++at;
        if (whole.compare(at, word.size(), word) != 0) return false;
        at += word.size();
        if (end == part.size()) break;
        if (at < whole.size() && whole[at] == ',') ++at;
        if (at >= whole.size() || whole[at] != ' ') return false;
        p = end + 1;
    }
    if (at < whole.size() && whole[at] == ',') return true;
    for (const std::string_view next : {" dan ", " & ", " and "})
        if (whole.compare(at, next.size(), next) == 0) return true;
    return false;
}

/// A surname's particle: "van dijk" is Virgil van Dijk's surname, as "dijk"
/// alone would be.
bool starts_with_particle(std::string_view key) {
    constexpr std::string_view kParticles[] = {"van",   "von", "de", "der", "den", "di",  "da",    "du",  "dos", "del",
                                               "della", "la",  "le", "al",  "el",  "bin", "binti", "ibn", "ben"};
    const std::string_view first = key.substr(0, key.find(' '));
    return first.size() < key.size() &&
           std::find(std::begin(kParticles), std::end(kParticles), first) != std::end(kParticles);
}

/// Whether `short_words` cut the words of `long_words` short, word by word:
/// as many words, one at least the same, the others starts of three letters
/// or more ("man united" of "manchester united", "abd rahman" of "abdul
/// rahman"); not of a compound ("pb djarum" of "pb djarum-kpai"). One word
/// alone may be another name ("bali", "balikpapan"; "telkom", "telkomsel").
bool cuts_words_short(const std::vector<std::string_view>& short_words,
                      const std::vector<std::string_view>& long_words) {
    if (short_words.size() != long_words.size()) return false;
    bool cut = false, same = false;
    for (std::size_t i = 0; i < short_words.size(); ++i) {
        const std::string_view s = short_words[i], l = long_words[i];
        if (s == l) {
            same = true;
        } else if (s.size() >= 3 && s.size() < l.size() && l.compare(0, s.size(), s) == 0 && l[s.size()] != '-') {
            cut = true;
        } else {
            return false;
        }
    }
    return cut && same;
}

/// A word of a body's name without the affixes of its noun form, as
/// syllable acronyms spell it: ke-...-an and per-...-an ("kepolisian" ->
/// "polisi" of "Kompolnas", "perhubungan" -> "hubung" of "Ditjen Hubud"),
/// four letters of root at least; "direktorat" as its units' names shorten
/// it ("Ditjen", "Ditlantas", "Ditreskrimum"); else the word.
std::string_view affix_root(std::string_view word) {
    constexpr std::size_t kMinRoot = 4;
    if (word == "direktorat") return "dit";
    // A minister is no ministry: "Mendagri" of "Menteri Dalam Negeri", not
    // of "Kementerian Dalam Negeri".
    if (!word.ends_with("an") || word.starts_with("kement")) return word;
    for (const std::string_view prefix : {"per", "ke"})
        if (word.size() >= prefix.size() + kMinRoot + 2 && word.starts_with(prefix))
            return word.substr(prefix.size(), word.size() - prefix.size() - 2);
    return word;
}

/// Whether `acronym` (one word) is made of pieces of each of `words` in
/// order but "dan" and the like, two words at least: the first piece the
/// start of the first word, at most half the acronym, the others the start
/// of a word or its last syllables ("dkp", "jakbar", "soetta" of "soekarno
/// hatta", "bawaslu" of "badan pengawas pemilu", "kemenkumham" of
/// "kementerian hukum dan ham"), or the words written as one ("kualanamu").
/// Not a word of the name or a name the first word starts ("barat" of "jawa
/// bagian barat", "korea" of "korea utara", "sumatra" of "sumatera
/// utara"), letters from inside a word ("banten" is no "bandara
/// internasional", "dewata" no "daerah istimewa yogyakarta"), nor the
/// initials of a longer name alone ("dpr" of "dewan perwakilan rakyat
/// daerah", whose initials go on). Two letters are too many names' ("pp",
/// "pn"): `min_letters`. `from_roots` (a body's name): a piece may also
/// start a word's root (affix_root(): "pol" of "kepolisian"), three letters
/// or more, where no piece is one letter.
bool acronym_of(std::string_view acronym, std::span<const std::string_view> words, std::size_t min_letters,
                bool from_roots = false) {
    constexpr std::size_t kMinRootPiece = 3;
    auto root_of = [&](std::string_view word) { return from_roots ? affix_root(word) : word; };
    if (acronym.size() < min_letters || words.size() < 2 ||
        (acronym.front() != words.front().front() &&
         root_of(words.front()).compare(0, kMinRootPiece, acronym.substr(0, kMinRootPiece)) != 0))
        return false;
    std::size_t at = 0;  // the words written as one?
    for (const std::string_view word : words) {
        if (acronym.compare(at, word.size(), word) != 0) {
            at = acronym.npos;
            break;
        }
        at += word.size();
    }
    if (at == acronym.size()) return true;
    if (words.front().compare(0, acronym.size(), acronym) == 0 ||
        std::find(words.begin(), words.end(), acronym) != words.end())
        return false;
    auto joining = [](std::string_view word) { return word == "dan" || word == "&" || word == "and" || word == "of"; };
    auto vowel = [](char c) { return std::string_view("aeiou").find(c) != std::string_view::npos; };
    // pieces(a, w, used, kinds): acronym[a..] from words[w..], `used` words
    // so far, `kinds` of pieces so far (kFromRoot | kOneLetter): a root's
    // syllable goes with syllables only, as "kom-pol-nas" ("puma" is no
    // "p-uma" of "pembangunan perumahan", "utah" no "universitas pertahanan").
    constexpr unsigned kFromRoot = 1, kOneLetter = 2;
    auto pieces = [&](auto& self, std::size_t a, std::size_t w, std::size_t used, unsigned kinds) -> bool {
        while (w < words.size() && used > 0 && joining(words[w])) ++w;
        if (a == acronym.size()) return used >= 2 && w == words.size() && kinds != (kFromRoot | kOneLetter);
        if (w == words.size()) return false;
        const std::string_view word = words[w];
        const std::size_t longest = used == 0 ? (acronym.size() + 1) / 2 : acronym.size() - a;
        const std::string_view root = root_of(word);
        for (std::size_t n = std::min(word.size(), longest); n >= 1; --n) {
            const std::string_view piece = acronym.substr(a, n);
            // A root's first syllable, three letters or more ("pol", "hub"):
            // two are too many words' ("kaen" is no "kabid perencanaan").
            const bool written = word.compare(0, n, piece) == 0;
            const bool from_root = !written && n >= kMinRootPiece && root.size() >= n && root.compare(0, n, piece) == 0;
            // A consonant, doubled or not, then a vowel ("ta", "tta" of "hatta").
            const std::size_t onset = n >= 3 && piece[1] == piece[0] ? 2 : 1;
            const bool syllables = used > 0 && n > onset && !vowel(piece[0]) && vowel(piece[onset]) &&
                                   word.compare(word.size() - n, n, piece) == 0;
            const unsigned kind = (from_root ? kFromRoot : 0) | (n == 1 ? kOneLetter : 0);
            if ((written || from_root || syllables) && self(self, a + n, w + 1, used + 1, kinds | kind)) return true;
        }
        return false;
    };
    return pieces(pieces, 0, 0, 0, 0);
}

/// Whether `acronym` (four letters or more) is the initials of `words`, one
/// a word but "dan" and the like ("lipi" of "lembaga ilmu pengetahuan
/// indonesia", "appmi" of "asosiasi perancang dan pengusaha mode
/// indonesia").
bool initials_spell(std::string_view acronym, std::span<const std::string_view> words) {
    constexpr std::size_t kMinLetters = 4;
    if (acronym.size() < kMinLetters) return false;
    std::size_t at = 0;
    for (const std::string_view word : words) {
        if (word == "dan" || word == "&" || word == "and" || word == "of") continue;
        if (at == acronym.size() || word.front() != acronym[at]) return false;
        ++at;
    }
    return at == acronym.size();
}

/// The first letters of `words` but "dan", "the" and the like, as acronyms
/// spell a name ("United Nations Educational" -> "une").
std::string initials_of(std::span<const std::string_view> words) {
    std::string initials;
    for (const std::string_view word : words)
        if (word != "dan" && word != "&" && word != "and" && word != "of" && word != "the") initials += word.front();
    return initials;
}

/// Whether the words of an acronym written in several words spell `words`
/// each a run of two words or more, in order and all of them: the
/// syllable acronyms of Indonesian bodies ("satpol pp" of "satuan polisi
/// pamong praja", "ditjen hubud" of "direktorat jenderal perhubungan
/// udara", "komnas ham" of "komisi nasional hak asasi manusia"), six
/// letters at least ("dp kpr" is no "dinas perikanan kab probolinggo"),
/// seven at most a word ("polres tangsel").
bool acronym_words_spell(std::span<const std::string_view> acronym, std::span<const std::string_view> words,
                         bool from_roots) {
    // Each word short, as such acronyms' are: the words of most names are
    // longer, and pass here before any letter is compared.
    constexpr std::size_t kMinLetters = 6, kMinRun = 2, kMaxWordLetters = 7;
    std::size_t letters = 0;
    for (const std::string_view word : acronym) {
        if (word.size() > kMaxWordLetters) return false;
        letters += word.size();
    }
    if (letters < kMinLetters || words.size() < kMinRun * acronym.size()) return false;
    auto runs = [&](auto& self, std::size_t a, std::size_t w) -> bool {
        if (a == acronym.size()) return w == words.size();
        for (std::size_t run = kMinRun; w + run <= words.size(); ++run)
            if (acronym_of(acronym[a], words.subspan(w, run), 1, from_roots) && self(self, a + 1, w + run)) return true;
        return false;
    };
    return runs(runs, 0, 0);
}

/// Whether `acronym` spells `words`, one letter a word, where two of them
/// are one compound that the news also writes as one word, a term of the
/// database ("bulu tangkis", "bulutangkis").
bool spells_with_compound(const EntityNames& names, std::string_view acronym, std::span<const std::string_view> words,
                          std::size_t min_letters) {
    if (words.size() != acronym.size() + 1) return false;
    for (std::size_t first = 0; first + 1 < words.size(); ++first) {
        const std::string compound = std::string(words[first]) + std::string(words[first + 1]);
        std::vector<std::string_view> merged(words.begin(), words.begin() + static_cast<long>(first));
        merged.push_back(compound);
        merged.insert(merged.end(), words.begin() + static_cast<long>(first) + 2, words.end());
        if (acronym_of(acronym, merged, min_letters) && names.term_exists(compound)) return true;
    }
    return false;
}

/// Whether `acronym_words` (a key's bare words) are an acronym of `full`'s
/// among the same words: the words both share at the start and at the end,
/// one word left of the acronym and two or more of `full` (acronym_of(),
/// spells_with_compound(): "TMP Kalibata", "AP II", "Dinas LH", "PB
/// Djarum"), or several acronym words each of a run of words
/// (acronym_words_spell(): "Satpol PP", "Ditjen Hubud"). `from_roots`: a
/// body's words, whose noun forms' roots acronyms spell (affix_root()).
bool acronym_spells(const EntityNames& names, std::span<const std::string_view> acronym_words,
                    std::span<const std::string_view> full, bool from_roots) {
    if (acronym_words.empty() || full.size() < acronym_words.size() + 1) return false;
    std::size_t head = 0, tail = 0;
    while (head + 1 < acronym_words.size() && acronym_words[head] == full[head]) ++head;
    while (head + tail + 1 < acronym_words.size() &&
           acronym_words[acronym_words.size() - 1 - tail] == full[full.size() - 1 - tail])
        ++tail;
    const auto spelled = full.subspan(head, full.size() - head - tail);
    if (head + tail + 1 < acronym_words.size())
        return acronym_words_spell(acronym_words.subspan(head, acronym_words.size() - head - tail), spelled,
                                   from_roots);
    const std::size_t min_letters = head + tail > 0 ? 2 : 3;  // "AP II", "Dinas LH"; not "PP" alone
    return acronym_of(acronym_words[head], spelled, min_letters, from_roots) ||
           (head + tail > 0 && spells_with_compound(names, acronym_words[head], spelled, min_letters));
}

/// Whether `acronym` (one word, four letters or more) spells `key` (as
/// indexed: with the "indonesia" bare keys drop) with a compound
/// (spells_with_compound(): "pbsi" of "persatuan bulu tangkis seluruh
/// indonesia").
bool acronym_of_compound(const EntityNames& names, std::string_view acronym, const std::string& key) {
    constexpr std::size_t kMinLetters = 4;
    if (acronym.size() < kMinLetters || key.empty() || key[0] != acronym[0] ||
        static_cast<std::size_t>(std::count(key.begin(), key.end(), ' ')) != acronym.size())
        return false;
    return spells_with_compound(names, acronym, name_words(key), kMinLetters);
}

/// Whether `word` (one word, a body's bare name) is a compound of as many
/// parts as `acronym` has letters, each three letters or more and starting
/// with its letter, that the database also writes apart as a key of `type`:
/// alone or after the key's other words ("tj" of "transjakarta", a key
/// "trans jakarta"; "pt trans jakarta" for "pt transjakarta").
bool acronym_of_parts(const EntityNames& names, const schema::EntityTypeSchema& type, std::string_view acronym,
                      std::string_view word, const std::string& key) {
    constexpr std::size_t kMinPart = 3;
    if (acronym.size() < 2 || word.size() < kMinPart * acronym.size() || word.front() != acronym.front()) return false;
    auto written_apart = [&](const std::string& apart) {
        if (names.termfreq(schema::make_boolean_term(type.prefix, apart)) > 0) return true;
        const std::size_t at = key.find(word);
        if (at == std::string::npos) return false;
        return names.termfreq(
                   schema::make_boolean_term(type.prefix, std::string(key).replace(at, word.size(), apart))) > 0;
    };
    // parts(a, w, apart): acronym[a..] from word[w..], the parts so far
    // spaced in `apart`.
    auto parts = [&](auto& self, std::size_t a, std::size_t w, const std::string& apart) -> bool {
        if (a + 1 == acronym.size())
            return word.size() - w >= kMinPart && written_apart(apart + std::string(word.substr(w)));
        for (std::size_t end = w + kMinPart; end + kMinPart <= word.size(); ++end)
            if (word[end] == acronym[a + 1] &&
                self(self, a + 1, end, apart + std::string(word.substr(w, end - w)) + " "))
                return true;
        return false;
    };
    return parts(parts, 0, 0, "");
}

/// The one place where two words of one length differ, else npos (none, or
/// more than one).
std::size_t only_different_letter(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return std::string_view::npos;
    std::size_t at = std::string_view::npos;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (a[i] != b[i]) {
            if (at != std::string_view::npos) return std::string_view::npos;
            at = i;
        }
    return at;
}

/// Whether two words of four letters or more differ in one letter, not the
/// first ("reino", "reiko"; "imam", "iman").
bool one_letter_changed(std::string_view a, std::string_view b) {
    constexpr std::size_t kMinLetters = 4;
    const std::size_t at = only_different_letter(a, b);
    return a.size() >= kMinLetters && at != std::string_view::npos && at > 0;
}

/// Whether two words of six letters or more are one loanword with a C
/// written as K inside, the rest the same ("Olympiacos", "Olympiakos";
/// "Viktor", "Victor").
bool c_written_as_k(std::string_view a, std::string_view b) {
    const std::size_t at = a.size() >= 6 ? only_different_letter(a, b) : std::string_view::npos;
    return at != std::string_view::npos && at > 0 && ((a[at] == 'c' && b[at] == 'k') || (a[at] == 'k' && b[at] == 'c'));
}

/// Whether two words of one name differ by one slip of the pen: a letter
/// left out, both of five letters or more ("Hartato", "Samudera"); two
/// letters after the first swapped, of five or more ("Centre", "Center"); a
/// first J for a Y, of five or more ("Yordan", "Jordan"); a first C for an
/// S or K, of six or more, not in people's names ("Central", "Sentral"); for people's names
/// (`person`), a letter inside changed, neither the first nor the last, of
/// six or more ("Syerief", "Zinadine"), and for any name a C inside as K
/// (c_written_as_k()). Not the last letter: "Hendra" and
/// "Hendro", "Irena" and "Irene" are two names; nor a letter changed in a
/// place's name: Gunung Merapi and Gunung Marapi are two volcanoes.
bool one_slip_apart(std::string_view a, std::string_view b, bool person) {
    const std::string_view shorter = a.size() < b.size() ? a : b;
    const std::string_view longer = a.size() < b.size() ? b : a;
    if (shorter.size() < 5 || longer.size() > shorter.size() + 1) return false;
    std::size_t at = 0;
    while (at < shorter.size() && shorter[at] == longer[at]) ++at;
    if (longer.size() != shorter.size()) return shorter.substr(at) == longer.substr(at + 1);
    if (at == a.size()) return false;
    const auto j_or_y = [](char c) { return c == 'j' || c == 'y'; };
    // A loanword's C as Indonesian writes it, S or K, of six letters or
    // more ("Central", "Sentral"; "Club", "Klub"); not in people's names
    // ("Candra", "Sandra").
    const auto c_respelled = [&](char x, char y) {
        return !person && a.size() >= 6 && (x == 'c' || y == 'c') &&
               std::string_view("csk").find(x) != std::string_view::npos &&
               std::string_view("csk").find(y) != std::string_view::npos;
    };
    if (at == 0) return ((j_or_y(a[0]) && j_or_y(b[0])) || c_respelled(a[0], b[0])) && a.substr(1) == b.substr(1);
    const bool swapped =
        at + 1 < a.size() && a[at] == b[at + 1] && a[at + 1] == b[at] && a.substr(at + 2) == b.substr(at + 2);
    const bool changed = person && a.size() >= 6 && at + 1 < a.size() && a.substr(at + 1) == b.substr(at + 1);
    return swapped || changed || c_written_as_k(a, b);
}

/// Designators and heads of eight letters or more, long words that a slip
/// leaves no other word: "Kabupanten Sikka", "Kecamatam Tambusai",
/// "Kementeriaan ESDM", "Propinsi Riau" (the spelling before 1972).
constexpr std::string_view kLongDesignators[] = {"kabupaten",  "kecamatan",  "kelurahan",   "provinsi",   "kotamadya",
                                                 "kepulauan",  "pelabuhan",  "kementerian", "kepolisian", "kejaksaan",
                                                 "pengadilan", "direktorat", "universitas"};

/// `key` (two words or more) with its first word written as the one of
/// kLongDesignators it is one slip from (one_slip_apart(), or any letter
/// but the first changed: one_letter_changed()), else empty.
std::string with_designator_respelled(std::string_view key) {
    const std::size_t space = key.find(' ');
    if (space == std::string_view::npos || space + 1 == key.size() || space < kMinLoneSlipLetters - 1) return {};
    const std::string_view first = key.substr(0, space);
    for (const std::string_view designator : kLongDesignators)
        if (first != designator && first.front() == designator.front() && first.size() + 1 >= designator.size() &&
            first.size() <= designator.size() + 1 &&
            (one_slip_apart(first, designator, true) || one_letter_changed(first, designator)))
            return std::string(designator).append(key.substr(space));
    return {};
}

/// Whether `a` is `b` with "sat" (satuan, a unit) before it, a unit's word
/// of four letters or more ("satbrimob", "brimob"; "satreskrim", "reskrim").
bool unit_word_of(std::string_view a, std::string_view b) {
    constexpr std::string_view kUnit = "sat";
    return b.size() >= 4 && a.size() == kUnit.size() + b.size() && a.starts_with(kUnit) && a.ends_with(b);
}

/// Whether `a` is a hospital's kind that "RS" (rumah sakit) writes too:
/// umum, umum daerah, umum pusat ("RSUD Timika", "RS Timika"). Not the
/// kinds of their own: mental, army, mothers and children ("RSJ",
/// "RSPAD", "RSIA").
bool general_hospital_word(std::string_view a) { return a == "rsu" || a == "rsud" || a == "rsup"; }

/// Where two names of as many words differ in one word and one only: that
/// word's place, or a.size() (other lengths, no word or several apart).
std::size_t the_one_word_apart(const std::vector<std::string_view>& a, const std::vector<std::string_view>& b) {
    if (a.size() != b.size()) return a.size();
    std::size_t differ = a.size();
    for (std::size_t w = 0; w < a.size(); ++w)
        if (a[w] != b[w]) {
            if (differ != a.size()) return a.size();
            differ = w;
        }
    return differ;
}

/// Whether two names of as many words, two or more, are one but for one word
/// written in another form (a unit's word, where `units`: unit_word_of(); a
/// hospital's kind, the first word, beside "rs": general_hospital_word()).
bool one_word_another_form(const std::vector<std::string_view>& a, const std::vector<std::string_view>& b, bool units) {
    if (a.size() < 2) return false;
    const std::size_t differ = the_one_word_apart(a, b);
    if (differ == a.size()) return false;
    const std::string_view x = a[differ], y = b[differ];
    if (units && (unit_word_of(x, y) || unit_word_of(y, x))) return true;
    return differ == 0 && ((x == "rs" && general_hospital_word(y)) || (y == "rs" && general_hospital_word(x)));
}

/// Whether two words of four letters or more differ in one letter inside,
/// neither the first nor the last ("agil", "aqil").
bool letter_changed_inside(std::string_view a, std::string_view b) {
    return one_letter_changed(a, b) && a.back() == b.back();
}

/// Whether two names (two words or more) differ in one word by one slip
/// (one_slip_apart(): "Airlangga Hartato", "Ahmand Dhani", "Elza Syerief").
bool one_letter_slip(const std::vector<std::string_view>& a, const std::vector<std::string_view>& b, bool person) {
    if (a.size() < 2 || a.size() != b.size()) return false;
    std::size_t differ = 0;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (a[i] == b[i]) continue;
        if (++differ > 1 || !one_slip_apart(a[i], b[i], person)) return false;
    }
    return differ == 1;
}

/// A word of a rare key written one slip from a far commoner key's
/// (rare_slip_of()) needs this many letters in a name of several words, the
/// rest of which vouches for it ("Kabiner Kerja", "Bank Sentrak Eropa"); a
/// word of three only by a letter added or left out inside ("Kivlan Zein",
/// "Virgil van Dik"): at a short word's end a letter makes another syllable
/// ("Yoo Chan", "Yoon Chan").
constexpr std::size_t kMinRareSlipLetters = 4;
/// A one-word name has no other word to vouch for it: a letter added, left
/// out or two swapped inside, or its last letter left out, in a word of
/// seven letters or more ("Thailad", "Syahirini", "Whastapp", "Malaysi");
/// "Badung" and "Bandung", "Bangko" (a town in Jambi) and "Bangkok",
/// "Baloi" and "Bali" are two places each.
constexpr std::size_t kMinLoneRareSlipLetters = 7;

/// Whether `rare` is `common`, a key of as many words, but for one word
/// written with one slip of the pen (EntityNames::one_letter_apart(): a
/// letter changed, added or left out, two beside each other swapped; letters
/// a-z only), which same_thing_as() reads where the database names `common`
/// far more. Not a letter added or left out before the first ("Margo
/// Yuwono", the statistics bureau's head, is no "Argo Yuwono"), nor two
/// first letters swapped; a name of one word only by a letter added, left
/// out or swapped inside, or its last letter left out (kMinLoneRareSlipLetters):
/// a letter changed or one added at the end makes another name ("Suralaya" /
/// "Surabaya", "Soekarwo" / "Soekarno", "Persiba" / "Persib").
bool rare_slip_of(std::string_view rare, std::string_view common) {
    if (rare.size() + 1 < common.size() || common.size() + 1 < rare.size() || rare == common) return false;
    // A cheap test first, as lists are read pair by pair: one slip leaves
    // two letters at most between the keys' common start and end.
    const std::size_t shorter_key = std::min(rare.size(), common.size());
    std::size_t same_start = 0, same_end = 0;
    while (same_start < shorter_key && rare[same_start] == common[same_start]) ++same_start;
    while (same_start + same_end < shorter_key &&
           rare[rare.size() - 1 - same_end] == common[common.size() - 1 - same_end])
        ++same_end;
    if (same_start + same_end + 2 < std::max(rare.size(), common.size())) return false;
    const std::vector<std::string_view> a = name_words(rare), b = name_words(common);
    const std::size_t differ = the_one_word_apart(a, b);
    if (differ == a.size()) return false;
    const std::string_view x = a[differ], y = b[differ];
    if (!text::all_ascii_lowercase(x) || !text::all_ascii_lowercase(y) || !EntityNames::one_letter_apart(x, y))
        return false;
    const bool alone = a.size() == 1;
    const std::size_t shorter = std::min(x.size(), y.size());
    std::size_t at = 0;  // the first letter that differs
    while (at < shorter && x[at] == y[at]) ++at;
    if (x.size() == y.size()) {
        const bool changed = x.substr(at + 1) == y.substr(at + 1);
        if (changed) return !alone && shorter >= kMinRareSlipLetters;
        return at > 0 && shorter >= (alone ? kMinLoneRareSlipLetters : kMinRareSlipLetters);  // two swapped
    }
    if (at == 0) return false;
    const bool at_end = at == shorter;
    if (alone) return (!at_end || x.size() < y.size()) && shorter >= kMinLoneRareSlipLetters;
    return shorter >= kMinRareSlipLetters || (shorter + 1 == kMinRareSlipLetters && !at_end);
}

/// A word of a place's or a body's name written loosely (loosely_one_word())
/// needs this many letters: a shorter one may be another name ("Pati",
/// "Patti"; "Sabang", "Shabang").
constexpr std::size_t kMinLooseWordLetters = 8;

/// `word` without an "h" after a consonant and with each doubled letter
/// once: the letters the news writes or leaves out in a long name it
/// transcribes ("Ditsabhara", "Ditshabara"; "Borussia", "Borrusia";
/// "Darussalam", "Darussallam").
std::string without_h_and_doubles(std::string_view word) {
    auto consonant = [](char c) {
        return c >= 'a' && c <= 'z' && std::string_view("aeiou").find(c) == std::string_view::npos;
    };
    std::string loose;
    for (const char c : word) {
        if (!loose.empty() && (loose.back() == c || (c == 'h' && consonant(loose.back())))) continue;
        loose += c;
    }
    return loose;
}

/// Whether two words of kMinLooseWordLetters or more, a place's or a
/// body's, are one written with an "h" or a doubled letter moved or left
/// out (without_h_and_doubles()).
bool loosely_one_word(std::string_view a, std::string_view b) {
    return a != b && std::min(a.size(), b.size()) >= kMinLooseWordLetters &&
           without_h_and_doubles(a) == without_h_and_doubles(b);
}

/// Whether two names of as many words, two or more, are one but for one
/// word written loosely (loosely_one_word()): the other words vouch for it
/// ("Borussia Dortmund", "Borrusia Dortmund").
bool one_word_loosely_written(const std::vector<std::string_view>& a, const std::vector<std::string_view>& b) {
    if (a.size() < 2 || a.size() != b.size()) return false;
    std::size_t differ = 0;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (a[i] == b[i]) continue;
        if (++differ > 1 || !loosely_one_word(a[i], b[i])) return false;
    }
    return differ == 1;
}

/// Whether `clip` is a name word clipped or pet-formed from `word`, as
/// nicknames are: its start ("juve" of "juventus", "vero" of "veronica"),
/// for people its end ("dul" of "abdul", "mun" of "maimun"), or, beside the
/// same other words, its first three letters or more and an ending of its
/// own ("benny" of "benjamin"; not "henny" of "hermanus": a brother), as an
/// organisation's one word with one letter of its own after four ("barca"
/// of "barcelona"). `beside_name`: the rest of both names is the same. An
/// organisation's word alone needs four letters and a vowel at its end, as
/// clipped names have ("telkom" is no "telkomsel"); a person's alone, the
/// database's co-occurrence table (same_thing_as()).
bool clipped_word(std::string_view clip, std::string_view word, bool person, bool beside_name) {
    if (clip.size() < 3 || word.size() < clip.size() + 2) return false;
    const bool organisation_alone = !person && !beside_name;
    if (organisation_alone && clip.size() < 4) return false;
    auto vowel = [](char c) { return std::string_view("aeiouy").find(c) != std::string_view::npos; };
    const bool open_end = vowel(clip.back());
    if (word.compare(0, clip.size(), clip) == 0) return !organisation_alone || open_end;
    if (person && word.compare(word.size() - clip.size(), clip.size(), clip) == 0) return true;
    std::size_t same = 0;
    while (same < clip.size() && clip[same] == word[same]) ++same;
    const std::size_t own_ending = clip.size() - same;
    if (beside_name) return same >= 3 && own_ending <= 2;
    return organisation_alone && same >= 4 && own_ending == 1 && open_end;
}

/// Whether `part`'s words are among `whole`'s, in the same order.
bool words_in_order(std::span<const std::string_view> part, std::span<const std::string_view> whole) {
    std::size_t at = 0;
    for (const std::string_view word : part) {
        while (at < whole.size() && whole[at] != word) ++at;
        if (at++ == whole.size()) return false;
    }
    return true;
}

/// Whether `short_words` name what `long_words` name with a clipped first
/// word (clipped_word()) and the same rest: for people, the same last word
/// and the other words in order ("dul jaelani" of "abdul qodir jaelani",
/// "benny gantz" of "benjamin gantz"), else the same words; or a word alone
/// clipped from a person's word ("vero" of "veronica koman") or from an
/// organisation's one word ("barca" of "barcelona").
bool clipped_name(const std::vector<std::string_view>& short_words, const std::vector<std::string_view>& long_words,
                  bool person) {
    if (short_words.empty() || long_words.empty() || short_words.size() > long_words.size()) return false;
    if (short_words.size() == 1)  // a person's of any word ("mun" of "kh maimun zubair")
        return person
                   ? std::any_of(long_words.begin(), long_words.end(),
                                 [&](std::string_view word) { return clipped_word(short_words[0], word, true, false); })
                   : long_words.size() == 1 && clipped_word(short_words[0], long_words[0], false, false);
    if (short_words.back() != long_words.back()) return false;
    if (!person && short_words.size() != long_words.size()) return false;
    return words_in_order(std::span(short_words).subspan(1), std::span(long_words).subspan(1)) &&
           clipped_word(short_words[0], long_words[0], person, true);
}

/// Words before a country's name that name its national team ("Timnas
/// Thailand", "Tim Nasional Thailand").
constexpr std::string_view kNationalTeamWords[] = {"timnas", "tim nasional"};

/// A country named as an organisation is its national team's within one
/// answer where the database names the two together in 1 / this share of
/// the country's articles as a body at least (same_thing_as()).
constexpr Xapian::doccount kCountryBesideTeamShare = 4;

/// Whether `team` is `country`'s national team, the words of
/// kNationalTeamWords before its name and nothing after ("timnas
/// thailand"; not "timnas thailand u-23", an age group's).
bool national_team_of(std::string_view team, std::string_view country) {
    return std::ranges::any_of(kNationalTeamWords, [&](std::string_view words) {
        return team.size() == words.size() + 1 + country.size() && team.starts_with(words) &&
               team[words.size()] == ' ' && team.ends_with(country);
    });
}

/// The letters of a body's acronym of its name after the head ("ppn"):
/// fewer are too many words' ("pn", "kp").
constexpr std::size_t kMinHeadlessAcronymLetters = 3;
/// A body's acronym alone beside its name joins where the database names
/// the two together in 1 / kAcronymBesideBodyShare of the acronym's
/// articles at least ("ppn" 46, beside Bappenas's name 13; "PPN" is also the
/// value-added tax, "PPN 10 persen").
constexpr Xapian::doccount kAcronymBesideBodyShare = 4;

/// Whether `acronym` (one word of letters) is the initials of the words of
/// `body` after its head (kOrganizationHeads), three or more ("ppn" of
/// "kementerian perencanaan pembangunan nasional"), and the database writes
/// it after that head, alone or before a slash ("Kementerian PPN",
/// "Kementerian PPN/Bappenas"), as a key or as a form articles wrote for
/// `body`: the acronym is the body's, not another phrase's of those letters.
bool acronym_after_head(const EntityNames& names, const schema::EntityTypeSchema& type, std::string_view acronym,
                        const std::string& body) {
    if (acronym.size() < kMinHeadlessAcronymLetters || !text::all_ascii_lowercase(acronym)) return false;
    const std::size_t space = body.find(' ');
    if (space == std::string::npos || !organization_head(std::string_view(body).substr(0, space))) return false;
    const std::vector<std::string_view> rest = name_words(std::string_view(body).substr(space + 1));
    if (initials_of(rest) != acronym) return false;
    const std::string headed = body.substr(0, space + 1) + std::string(acronym);  // "kementerian ppn"
    auto written_after_head = [&](std::string_view name) {
        return name == headed || (name.starts_with(headed) && name[headed.size()] == '/');
    };
    if (names.term_exists(schema::make_boolean_term(type.prefix, headed)) ||
        names.any_term_starts_with(schema::make_boolean_term(type.prefix, headed + '/')))
        return true;
    return std::ranges::any_of(names.forms_written_for(type, body), [&](const auto& form) {
        return written_after_head(schema::normalize_boolean_value(form.first));
    });
}

/// A word of a person's name spelled two ways beside fewer middle names
/// needs this many letters (fewer_middle_names()'s `one_respelled`).
constexpr std::size_t kMinRespelledNameLetters = 6;

/// Whether two words of a person's name are one spelled two ways, one slip
/// apart (one_slip_apart()) with the same last letter, of
/// kMinRespelledNameLetters or more: "Fransisco", "Francisco"; "Syarief",
/// "Syarif". Not a letter added at the end ("Andrea", "Andreas"; "Daniel",
/// "Daniela"), which one_slip_apart() takes: another name, a sibling's.
bool respelled_name_word(std::string_view a, std::string_view b) {
    return std::min(a.size(), b.size()) >= kMinRespelledNameLetters && a.back() == b.back() &&
           one_slip_apart(a, b, true);
}

/// Whether `part` is a person's name `whole` with fewer middle names or
/// initials for words: the same last word, the same first word or its
/// initial, and the other words of `part` in `whole` in order, each the word
/// or its initial ("donald trump" of "donald j trump", "laode m syarif" of
/// "laode muhammad syarif"). With `one_respelled`, one word of `part` may
/// be its word of `whole` spelled another way (respelled_name_word()): one
/// answer names one person so, the middle name and the spelling both varied
/// ("Fransisco Torres", "Francisco Wagsley Torres"), and `whole` one word
/// more at most: the more names two forms differ in, the less one spelling
/// says (a father and his son in one article: "Tjokorda Kertayasa",
/// "Tjokorda Bagus Dwi Santana Kerthyasa").
bool fewer_middle_names(const std::vector<std::string_view>& part, const std::vector<std::string_view>& whole,
                        bool one_respelled = false) {
    if (part.size() < 2 || part.size() > whole.size() || part.back().size() < 2 ||
        (one_respelled && whole.size() > part.size() + 1))
        return false;
    bool respelling_left = one_respelled;
    auto matches = [&](std::string_view p, std::string_view w) {
        if (p == w || (p.size() == 1 && w.front() == p.front())) return true;
        if (!respelling_left || !respelled_name_word(p, w)) return false;
        respelling_left = false;
        return true;
    };
    if (!matches(part.back(), whole.back())) return false;
    if (!matches(part.front(), whole.front())) return false;
    bool fewer = part.size() < whole.size();
    std::size_t w = 1;
    for (std::size_t p = 1; p + 1 < part.size(); ++p, ++w) {
        while (w + 1 < whole.size() && !matches(part[p], whole[w])) ++w;
        if (w + 1 >= whole.size()) return false;
        fewer = fewer || part[p] != whole[w];
    }
    return fewer || part.front() != whole.front();
}

/// Whether the database knows `part` + `rest` as one place's name written
/// with an acronym of `part` alone in brackets, "X (ACR) Y" ("Bandara
/// Internasional Jawa Barat (BIJB) Kertajati", its key without the
/// acronym): the whole is a key, and an article wrote it as an acronym that
/// spells `part`'s words (`part_words`, with the head), not the whole's.
/// Not where `rest` is a city, regency or province ("Bandara Internasional
/// Minangkabau (BIM) Padang" is no Padang).
bool cut_by_acronym(const schema::EntityTypeSchema& type, const EntityNames& names, const std::string& part,
                    const std::vector<std::string_view>& part_words, std::string_view rest) {
    const std::string whole = part + ' ' + std::string(rest);
    if (!names.term_exists(schema::make_boolean_term(type.prefix, whole)) || is_region(names, type, std::string(rest)))
        return false;
    for (const auto& [form, articles] : names.forms_written_for(type, whole)) {
        const std::string acronym = schema::normalize_boolean_value(form);
        if (acronym.find(' ') == std::string::npos && acronym_of(acronym, part_words, 3)) return true;
    }
    return false;
}

/// Whether articles wrote `name` (normalized) for other places' keys, in
/// kMinShortFormArticles articles or more and more than as a key of its
/// own: a larger place's short form ("sulut" of "sulawesi utara").
bool written_for_larger_place(const EntityNames& names, const schema::EntityTypeSchema& type, const std::string& name) {
    Xapian::doccount own = 0, others = 0;
    for (const auto& [key, articles] : names.keys_written_as(type, name)) (key == name ? own : others) += articles;
    return others >= EntityNames::kMinShortFormArticles && others > own;
}

/// Whether `clip` (one word) is the start of a place's `word`, as clipped
/// names are: five letters or more ending in a vowel, three letters or more
/// left out ("yogya" of "yogyakarta"; not "bali" of "balikpapan", "sumba"
/// of "sumbawa", "banjar" of "banjarmasin"), a J as the spelling before
/// 1972 wrote a Y ("jogja").
bool clipped_place(std::string_view clip, std::string_view word) {
    constexpr std::size_t kMinClip = 5, kMinLeftOut = 3;
    if (clip.size() < kMinClip || word.size() < clip.size() + kMinLeftOut ||
        std::string_view("aeiou").find(clip.back()) == std::string_view::npos)
        return false;
    auto old_y = [](char c) { return c == 'j' ? 'y' : c; };
    for (std::size_t i = 0; i < clip.size(); ++i)
        if (old_y(clip[i]) != old_y(word[i])) return false;
    return true;
}

/// How many times more articles a place must have than a clip of its name
/// for the clip to be its (same_thing_as()).
constexpr Xapian::doccount kClippedPlaceShare = 10;

/// How many times more articles a longer name must have than one of its
/// later words for them to be its (same_thing_as()).
constexpr Xapian::doccount kLaterWordsShare = 3;
/// A longer name that articles wrote a shorter one for is that one's if it
/// has at least 1 / kLongerNameShare of the shorter one's articles.
constexpr Xapian::doccount kLongerNameShare = 2;
/// A name with more first words before a name of the list is that one's
/// if it has at least 1 / kFirstWordsRarity of its articles: a wife named
/// with her husband's whole name is far rarer than he ("Iriana Joko
/// Widodo", "Mufidah Jusuf Kalla", "Atalia Ridwan Kamil": 1/20 and less).
constexpr Xapian::doccount kFirstWordsRarity = 10;
/// A woman's first names, the same in her maiden and married names, have
/// this many letters each (not "Lee Min Ho" and "Lee Min Jung").
constexpr std::size_t kMinMaidenFirstNameLength = 4;

/// Where a shorter organisation name's words sit among a longer one's
/// (place_in()): at its start or end, after a head alone that names the
/// body's kind ("Mercedes" of "Tim Mercedes AMG Petronas"), or around one
/// word more inside ("Polres Jakarta Selatan" of "Polres
/// Metro Jakarta Selatan").
enum class Placement { None, Start, End, AfterKind, Inside };
struct PartPlacement {
    Placement at = Placement::None;
    std::span<const std::string_view> extra;  ///< the longer name's other words, a head of its kind aside
};

PartPlacement place_in(std::span<const std::string_view> part, std::span<const std::string_view> whole) {
    if (part.empty() || part.size() >= whole.size()) return {};
    if (std::equal(part.begin(), part.end(), whole.begin())) return {Placement::Start, whole.subspan(part.size())};
    if (std::equal(part.rbegin(), part.rend(), whole.rbegin()))
        return {Placement::End, whole.first(whole.size() - part.size())};
    if (whole.size() > part.size() + 1 && organization_head(whole[0]) && !organization_head(part[0]) &&
        std::equal(part.begin(), part.end(), whole.begin() + 1))
        return {Placement::AfterKind, whole.subspan(part.size() + 1)};
    if (part.size() < 2 || whole.size() != part.size() + 1 || part.front() != whole.front() ||
        part.back() != whole.back())
        return {};
    for (std::size_t inside = 1; inside + 1 < whole.size(); ++inside)
        if (std::equal(part.begin(), part.begin() + static_cast<long>(inside), whole.begin()) &&
            std::equal(part.begin() + static_cast<long>(inside), part.end(),
                       whole.begin() + static_cast<long>(inside) + 1))
            return {Placement::Inside, whole.subspan(inside, 1)};
    return {};
}

/// `words` joined with single spaces, as keys are written.
std::string spaced(std::span<const std::string_view> words) {
    std::string out;
    for (const std::string_view word : words) out.append(out.empty() ? "" : " ").append(word);
    return out;
}

/// Whether the words a longer organisation name adds to a shorter one that
/// starts it (`part_starts`) or ends it make another body, whatever the
/// database says: a number of a series ("Timnas Indonesia U-16", "Liga 1
/// U-20"), a head after the name ("DPD Partai Golkar": a party's board of
/// "DPD", the regional council, named after it), or a head before
/// it with more words or before a name that has a head of its own:
/// a unit named before its parent ("Fakultas Hukum Universitas Indonesia",
/// "Majelis Umum PBB"). A head alone before a name without one is the
/// body's kind ("Bank CIMB Niaga", "Klub Borneo FC").
bool adds_another_body(std::span<const std::string_view> part, std::span<const std::string_view> extra,
                       bool part_starts) {
    if (std::any_of(extra.begin(), extra.end(), EntityNames::is_series_word)) return true;
    if (std::none_of(extra.begin(), extra.end(), organization_head)) return false;
    return part_starts || extra.size() > 1 || !organization_head(extra[0]) || organization_head(part[0]);
}

/// Whether every word of `part` (a key) is a word of `whole`: what a bare
/// name drops, a country's name or a group, names another body where the
/// longer name lacks it ("Contact Center Indonesia", "Contact Center
/// Pertamina"; "Konami Group", "Konami Creative Center Ginza").
bool words_kept_in(std::string_view part, std::string_view whole) {
    const std::vector<std::string_view> whole_words = name_words(whole);
    for (const std::string_view word : name_words(part))
        if (std::find(whole_words.begin(), whole_words.end(), word) == whole_words.end()) return false;
    return true;
}

/// Whether the words of two organisation keys alone make the longer
/// (`whole_key`, holding `part`, the words of `part_key`'s bare name, as
/// `placed` says) another body than the shorter: words it adds
/// (adds_another_body()), a body with a head of its own at its end, whose
/// first words name a unit of it ("Reskrim Polres Malang", "UPT Ditjen
/// Perhubungan Laut"), a word of the shorter key it lacks, which the bare
/// name drops (words_kept_in()), or a legal form only it has where the
/// shorter starts it ("Toyota", "PT Toyota Astra Motor": a company of the
/// brand).
bool another_body_by_words(EntityType type, const std::string& part_key, std::span<const std::string_view> part,
                           const std::string& whole_key, const PartPlacement& placed) {
    const bool at_end = placed.at == Placement::End;
    return adds_another_body(part, placed.extra, !at_end) || (at_end && organization_head(part[0])) ||
           !words_kept_in(part_key, whole_key) ||
           (placed.at == Placement::Start && !EntityNames::without_designator_word(type, whole_key).empty() &&
            EntityNames::without_designator_word(type, part_key).empty());
}

/// Whether the database names `name` (normalized) as a place, as a key or
/// as a form written for one, in kMinShortFormArticles articles or more and
/// more than as an organisation ("manchester", "dortmund", "yogya", "dki";
/// not "verona", "united": the news names the clubs).
bool names_a_place_more(const EntityNames& names, const std::string& name) {
    const schema::EntityTypeSchema& places = schema::entity_schema(EntityType::Location);
    Xapian::doccount as_place = names.termfreq(schema::make_boolean_term(places.prefix, name));
    for (const auto& [key, articles] : names.keys_written_as(places, name))
        if (key != name) as_place = std::max(as_place, articles);
    return as_place >= EntityNames::kMinShortFormArticles &&
           as_place > names.termfreq(schema::make_boolean_term(schema::kPrefixOrganization, name));
}

/// How many times the articles of a longer organisation name the database
/// may name a shorter one that starts or ends it for the shorter to be that
/// body within one answer: a far commoner shorter name is a body of its
/// own, the longer its unit, branch or offshoot ("Lion Air", "Thai Lion
/// Air"; "Pertamina", "Pertamina Energy Trading Ltd"; "PBSI", "PP PBSI";
/// "MNC", "MNC Leasing").
constexpr Xapian::doccount kShorterBodyShare = 3;

/// Whether `extra` is the one word a football club's name ends in after
/// the name the news calls it by ("West Ham United", "Leeds United",
/// "Stoke City"): the club, not a branch or offshoot of a commoner body.
bool is_club_suffix(std::span<const std::string_view> extra) {
    static constexpr std::string_view kSuffixes[] = {"united", "city",   "fc",     "hotspur",  "athletic",
                                                     "albion", "rovers", "county", "wanderers"};
    return extra.size() == 1 && std::find(std::begin(kSuffixes), std::end(kSuffixes), extra[0]) != std::end(kSuffixes);
}

/// Ranks the news writes before a person's name, one word each:
/// triggers_curated.tsv's PER_rank_before (../shared/gazetteer) as one word,
/// and "pol" of a police rank ("Kombes Pol"). Words of people's names alone.
constexpr std::string_view kRanks[] = {"jenderal", "letjen",  "mayjen", "brigjen", "laksamana", "laksdya", "laksda",
                                       "marsekal", "marsdya", "marsda", "kolonel", "letkol",    "mayor",   "kapten",
                                       "letnan",   "lettu",   "letda",  "sersan",  "kopral",    "komjen",  "irjen",
                                       "kombes",   "akbp",    "akp",    "kompol",  "iptu",      "ipda",    "aiptu",
                                       "bripka",   "briptu",  "bripda", "pol"};
/// The offices of PER_title_before, one word each, that head a unit, a place
/// or a team ("Kapolda", "Bupati", "Pelatih"): a body may be named after one
/// ("Kantor Staf Presiden").
constexpr std::string_view kTitles[] = {"kapolri", "kapolda",  "kapolres", "kapolsek", "kabareskrim", "panglima",
                                        "kepala",  "direktur", "dirut",    "ketua",    "ketum",       "sekjen",
                                        "jubir",   "gubernur", "wagub",    "bupati",   "camat",       "lurah",
                                        "kades",   "pelatih",  "ceo",      "presiden", "menteri"};

/// How many of `words`' first words are ranks (kRanks), or titles too
/// (kTitles), as a name glued after another may start ("Polda Papua Kombes
/// AM Kamal").
std::size_t leading_ranks(std::span<const std::string_view> words, bool titles_too) {
    auto listed = [&](std::string_view word) {
        return std::find(std::begin(kRanks), std::end(kRanks), word) != std::end(kRanks) ||
               (titles_too && std::find(std::begin(kTitles), std::end(kTitles), word) != std::end(kTitles));
    };
    std::size_t ranks = 0;
    while (ranks < words.size() && listed(words[ranks])) ++ranks;
    return ranks;
}

/// A place glued after a name is the place it lies in where at least
/// 1 / kGluedPlaceShare of the name's articles name the place, and that
/// share is kGluedPlaceLift times the place's share of all articles: not
/// "Indonesia" or "Jakarta", which a quarter of the news names ("Garuda
/// Indonesia" is no Garuda in Indonesia).
constexpr Xapian::doccount kGluedPlaceShare = 2;
constexpr Xapian::doccount kGluedPlaceLift = 5;
/// ... and more articles name the place, this many times as many as name the
/// name: a larger place, not one beside it ("Sumatera Kalimantan").
constexpr Xapian::doccount kGluedPlaceLarger = 2;

/// A person glued after a name needs this many articles of the person's own.
constexpr Xapian::doccount kMinGluedPersonArticles = 2;

/// A body's unit named without its parent body's name ("Angkatan Darat",
/// "TNI Angkatan Darat") is the parent's within one list where the
/// database's articles of the unit's name name the parent in 1 / this share
/// of them at least.
constexpr Xapian::doccount kUnitBesideParentShare = 2;

/// An acronym of a compound's parts ("TJ", "Transjakarta") is the
/// compound's within one list where the database names the compound in
/// 1 / this share of the acronym's articles at least.
constexpr Xapian::doccount kCompoundAcronymShare = 4;

/// Most longer names of one list that a shorter one is read against
/// (named_most_beside()): more are a word too common to tell.
constexpr std::size_t kMaxHolders = 4;

/// Of `holders` (keys of the list holding keys[part]), the one the
/// database's articles name beside keys[part] kLaterWordsShare times as
/// often as each other, in half the articles of keys[part] at least (their
/// posting lists' intersection); keys.size() if none.
std::size_t named_most_beside(const EntityNames& names, const schema::EntityTypeSchema& type,
                              const std::vector<std::string>& keys, std::size_t part,
                              const std::vector<std::size_t>& holders) {
    const std::string part_term = schema::make_boolean_term(type.prefix, keys[part]);
    auto together = [&](const std::string& whole_term) { return names.articles_with_both(part_term, whole_term); };
    std::size_t most = keys.size();
    Xapian::doccount most_both = 0, next_both = 0;
    for (const std::size_t l : holders) {
        const Xapian::doccount both = together(schema::make_boolean_term(type.prefix, keys[l]));
        if (both > most_both) {
            next_both = most_both;
            most_both = both;
            most = l;
        } else {
            next_both = std::max(next_both, both);
        }
    }
    if (most_both < kLaterWordsShare * next_both || 2 * most_both < names.termfreq(part_term)) return keys.size();
    return most;
}

/// Whether `tail` (a name's later words) names a regency or a city of one
/// name that both exist, with or without its designator ("Kota Tangerang",
/// "Tangerang"): "Polres Tangerang" may be the regency's police, "Polres
/// Kota Tangerang" the city's, so such a tail says nothing of which.
bool regency_or_city(std::string_view tail) {
    for (const std::string_view unit : {"kota ", "kabupaten ", "kab. "})
        if (tail.starts_with(unit)) tail.remove_prefix(unit.size());
    return EntityNames::is_regency_and_city(tail);
}

/// The names `tail` (a body's or a place's later words, normalized) may
/// stand for: itself, itself without a designator ("Mabes Polri", Polri's
/// headquarters: "Polri"; "Kota Pekanbaru": "Pekanbaru"), and the key the
/// database's articles wrote it for most, as a body and as a place ("DKI"
/// and "DKI Jakarta": "Daerah Khusus Ibukota Jakarta"; "BI": "Bank
/// Indonesia"). A regency's or a city's name of both (regency_or_city())
/// stands for itself alone.
std::vector<std::string> names_of_tail(const EntityNames& names, const std::string& tail) {
    std::vector<std::string> found{tail};
    if (regency_or_city(tail)) return found;
    for (const EntityType type : {EntityType::Organization, EntityType::Location}) {
        if (std::string bare = EntityNames::without_designator_word(type, tail); !bare.empty())
            found.push_back(std::move(bare));
        const auto written = names.keys_written_as(schema::entity_schema(type), tail);
        if (written.empty()) continue;
        found.push_back(std::max_element(written.begin(), written.end(), [](const auto& a, const auto& b) {
                            return a.second < b.second;
                        })->first);
    }
    return found;
}

/// A head as English and as Indonesian write it.
struct HeadInTwoLanguages {
    std::string_view english;
    std::string_view indonesian;
};

/// English heads after a place's or a university's name and the Indonesian
/// heads before it that translate them, as the news copies a foreign name
/// beside its own form ("Rajamangala National Stadium", "Stadion
/// Rajamangala"; "Paracel Islands", "Kepulauan Paracel"; "James River",
/// "Sungai James"). Each pair as dict-freedict-eng-ind gives it (stadium
/// stadion, island pulau, archipelago and "Andaman Islands" kepulauan,
/// river sungai, airport bandar udara, hospital rumah sakit, bay teluk,
/// palace istana, strait selat, peninsula semenanjung, "Ural Mountains"
/// pegunungan, university universitas, mosque masjid, bridge jembatan,
/// station stasiun, port pelabuhan, beach pantai, valley lembah, park
/// taman and national nasional), but "circuit" and "plateau", which it
/// lacks or gives as "plato", as clickid writes them ("Sentul International
/// Circuit", "Sirkuit Sentul"; "Dieng Plateau", "Dataran Tinggi Dieng").
/// Two-word heads first.
constexpr HeadInTwoLanguages kEnglishHeadsAfter[] = {{"national park", "taman nasional"},
                                                     {"stadium", "stadion"},
                                                     {"circuit", "sirkuit"},
                                                     {"islands", "kepulauan"},
                                                     {"island", "pulau"},
                                                     {"river", "sungai"},
                                                     {"plateau", "dataran tinggi"},
                                                     {"airport", "bandara"},
                                                     {"hospital", "rumah sakit"},
                                                     {"bay", "teluk"},
                                                     {"palace", "istana"},
                                                     {"strait", "selat"},
                                                     {"peninsula", "semenanjung"},
                                                     {"mountains", "pegunungan"},
                                                     {"university", "universitas"},
                                                     {"mosque", "masjid"},
                                                     {"bridge", "jembatan"},
                                                     {"station", "stasiun"},
                                                     {"port", "pelabuhan"},
                                                     {"harbour", "pelabuhan"},
                                                     {"beach", "pantai"},
                                                     {"valley", "lembah"}};
/// English heads before the name, with "of" or not ("University of
/// Leicester", "Mount Everest", "Lake Toba", "Gulf of Aden"; the
/// dictionary's "Gunung Everest", "Danau Michigan", "Teluk Aden").
constexpr HeadInTwoLanguages kEnglishHeadsBefore[] = {{"university of", "universitas"},
                                                      {"lake", "danau"},
                                                      {"mount", "gunung"},
                                                      {"bay of", "teluk"},
                                                      {"gulf of", "teluk"},
                                                      {"strait of", "selat"}};
/// Indonesian heads in another form, and the head kEnglishHeadsAfter
/// translates to ("Bandar Udara Nabire", "Bandara Nabire"; "RS Sanglah").
constexpr std::pair<std::string_view, std::string_view> kIndonesianHeadForms[] = {{"bandar udara", "bandara"},
                                                                                  {"rs", "rumah sakit"}};

/// The word English writes before a facility's or a university's head, and
/// Indonesian after it, that ranks it ("Rajamangala National Stadium",
/// "Stadion Nasional Bukit Jalil"; "Sentul International Circuit",
/// "Bandara Internasional Soekarno-Hatta").
constexpr HeadInTwoLanguages kHeadQualifiers[] = {{"national", "nasional"}, {"international", kInternationalWord}};

/// Heads whose qualifier (kHeadQualifiers) is a rank of one facility, not
/// part of its name: "Stadion Nasional Bukit Jalil" is the "Stadion Bukit
/// Jalil", "Sentul International Circuit" the "Sirkuit Sentul"; but "Seoul
/// National University" is no "University of Seoul".
constexpr std::string_view kHeadsRankedByQualifier[] = {"stadion", "sirkuit", "bandara", "pelabuhan"};

/// Heads (as kEnglishHeadsAfter translates them) whose name alone the news
/// writes for the place itself ("Dieng Plateau", "Dataran Tinggi Dieng",
/// "Dieng"; "Sepang International Circuit", "Sepang"; an island, as
/// stays_apart() reads it). Not a beach's, a valley's, a port's, a
/// bridge's, a station's or an airport's, which take the name of a town
/// that is another place ("Miami Beach", "Miami"; "Klang Valley", "Klang",
/// in clickid); nor a lake's or a river's ("Lake Geneva", "Mississippi
/// River").
constexpr std::string_view kHeadsNamedAlone[] = {"stadion", "sirkuit",   "dataran tinggi", "gunung",
                                                 "pulau",   "kepulauan", "taman nasional"};

/// A place's or a university's name read as an Indonesian head, its
/// qualifier and the name, from English or Indonesian words.
struct HeadedName {
    std::string_view head;       ///< Indonesian, as kEnglishHeadsAfter writes it
    std::string_view qualifier;  ///< Indonesian (kHeadQualifiers), or ""
    std::string name;            ///< hyphens as spaces ("soekarno hatta")
    bool english = false;        ///< written with an English head
};

/// `key` as a head of kEnglishHeadsAfter or kEnglishHeadsBefore (in
/// English, or Indonesian as they translate it), its qualifier and a name
/// (the rest, no qualifier alone: "North Island"); nothing for other keys.
std::optional<HeadedName> head_in_either_language(std::string_view key) {
    HeadedName headed;
    std::string_view name;
    constexpr std::string_view kArticle = "the ";  // "The Ohio State University"
    if (key.starts_with(kArticle)) key.remove_prefix(kArticle.size());
    auto words_at = [](std::string_view text, std::size_t at, std::string_view words) {
        return text.size() >= at + words.size() && text.compare(at, words.size(), words) == 0;
    };
    // English: head after the name, its qualifier before the head.
    for (const auto& [english, indonesian] : kEnglishHeadsAfter)
        if (key.size() > english.size() + 1 && key.ends_with(english) && key[key.size() - english.size() - 1] == ' ') {
            headed = {indonesian, {}, {}, true};
            name = key.substr(0, key.size() - english.size() - 1);
            for (const auto& [english_rank, indonesian_rank] : kHeadQualifiers)
                if (name.size() > english_rank.size() + 1 && name.ends_with(english_rank) &&
                    name[name.size() - english_rank.size() - 1] == ' ') {
                    headed.qualifier = indonesian_rank;
                    name.remove_suffix(english_rank.size() + 1);
                }
            break;
        }
    // English: head before the name; Indonesian: head and qualifier before it.
    auto head_first = [&](std::string_view written, std::string_view head, bool english) {
        if (key.size() <= written.size() + 1 || !words_at(key, 0, written) || key[written.size()] != ' ') return false;
        headed = {head, {}, {}, english};
        name = key.substr(written.size() + 1);
        for (const auto& [english_rank, indonesian_rank] : kHeadQualifiers)
            if (!english && name.size() > indonesian_rank.size() + 1 && words_at(name, 0, indonesian_rank) &&
                name[indonesian_rank.size()] == ' ') {
                headed.qualifier = indonesian_rank;
                name.remove_prefix(indonesian_rank.size() + 1);
            }
        return true;
    };
    for (const auto& [english, indonesian] : kEnglishHeadsBefore)
        if (name.empty() && head_first(english, indonesian, true)) break;
    for (const auto& [form, indonesian] : kIndonesianHeadForms)
        if (name.empty() && head_first(form, indonesian, false)) break;
    for (const auto heads : {std::span<const HeadInTwoLanguages>(kEnglishHeadsAfter),
                             std::span<const HeadInTwoLanguages>(kEnglishHeadsBefore)})
        for (const auto& [english, indonesian] : heads)
            if (name.empty() && head_first(indonesian, indonesian, false)) break;
    if (name.empty()) return std::nullopt;
    if (const std::vector<std::string_view> words = name_words(name); words.empty() || only_a_qualifier(words))
        return std::nullopt;
    headed.name.reserve(name.size());
    for (const char c : name) headed.name += c == '-' ? ' ' : c;
    return headed;
}

/// Whether `a` (with an English head) and `b` (with either, or none:
/// `b_key` alone) name one thing: one head after translation, the same name,
/// and the same qualifier but a facility's rank (kHeadsRankedByQualifier);
/// a place's name alone beside a head the news drops before it
/// (kHeadsNamedAlone: "Dieng Plateau", "Dieng"), not a country's ("Bahrain
/// National Stadium", "Bahrain"), a city's, regency's or province's
/// (stays_apart(): "Jakarta International Stadium", "Jakarta"), nor a
/// place's with a head of its own ("Bukit Jalil National Stadium" is no
/// "Bukit Jalil", an area of Kuala Lumpur).
bool one_name_in_two_languages(const schema::EntityTypeSchema& type, const EntityNames& names, const HeadedName& a,
                               const std::optional<HeadedName>& b, std::string_view b_key) {
    const bool ranked = std::find(std::begin(kHeadsRankedByQualifier), std::end(kHeadsRankedByQualifier), a.head) !=
                        std::end(kHeadsRankedByQualifier);
    if (b) return b->head == a.head && b->name == a.name && (ranked || b->qualifier == a.qualifier);
    if (type.type != EntityType::Location || (!ranked && !a.qualifier.empty()) ||
        std::find(std::begin(kHeadsNamedAlone), std::end(kHeadsNamedAlone), a.head) == std::end(kHeadsNamedAlone) ||
        EntityNames::is_country(b_key) || place_head(a.name) > 0)
        return false;
    std::string plain(b_key);
    std::replace(plain.begin(), plain.end(), '-', ' ');
    return plain == a.name && !stays_apart(type, names, std::string(a.head) + ' ' + a.name);
}

/// Joins each of `keys` with an English head (head_in_either_language()) and
/// every key that names it in either language (one_name_in_two_languages()):
/// `join_rarer()` of the keys each is joined into so far (`joined_into()`).
template <class JoinedInto, class JoinRarer>
void join_names_in_two_languages(const schema::EntityTypeSchema& type, const EntityNames& names,
                                 const std::vector<std::string>& keys, JoinedInto&& joined_into,
                                 JoinRarer&& join_rarer) {
    std::vector<std::optional<HeadedName>> headed(keys.size());
    bool any_english = false;
    for (std::size_t i = 0; i < keys.size(); ++i) {
        headed[i] = head_in_either_language(keys[i]);
        any_english = any_english || (headed[i] && headed[i]->english);
    }
    if (!any_english) return;
    for (std::size_t s = 0; s < keys.size(); ++s) {
        if (!headed[s] || !headed[s]->english) continue;
        for (std::size_t l = 0; l < keys.size(); ++l) {
            if (l == s || !one_name_in_two_languages(type, names, *headed[s], headed[l], keys[l])) continue;
            if (const std::size_t from = joined_into(s), to = joined_into(l); from != to) join_rarer(from, to);
        }
    }
}

/// A ministry's head as the news writes it, the longer first: a
/// coordinating ministry's ("Kemenko Maritim", "Kemenko Bidang
/// Kemaritiman", "Kementerian Koordinator Bidang Perekonomian"; Indonesia
/// has no other Kementerian Perekonomian: clickid's "rapat di Kementerian
/// Perekonomian" is the Kemenko's), and the slips clickid writes
/// ("Kementrian PUPR", "Kementeriaan ESDM"). Not "Departemen", a foreign
/// ministry's word beside Indonesia's ("Departemen Luar Negeri", the US
/// State Department, beside "Kementerian Luar Negeri"; China's "Departemen
/// Keuangan" beside "Kementerian Keuangan").
constexpr std::string_view kMinistryHeads[] = {"kementerian koordinator bidang",
                                               "kementerian koordinator",
                                               "kemenko bidang",
                                               "kemenko",
                                               "kementerian",
                                               "kementrian",
                                               "kementeriaan"};

/// The words of `key` after a ministry's head (kMinistryHeads), their
/// ke-...-an forms as roots ("Kemaritiman", "Maritim"), or empty.
std::string after_ministry_head(std::string_view key) {
    for (const std::string_view head : kMinistryHeads)
        if (key.size() > head.size() + 1 && key.starts_with(head) && key[head.size()] == ' ')
            return without_ke_an_forms(std::string(key.substr(head.size() + 1)), true);
    return {};
}

/// Joins the keys that name one ministry with its head in another form
/// (kMinistryHeads), the rarer into the commoner: `join_rarer()` of the keys
/// each is joined into so far (`joined_into()`).
template <class JoinedInto, class JoinRarer>
void join_ministry_head_forms(const std::vector<std::string>& keys, JoinedInto&& joined_into, JoinRarer&& join_rarer) {
    std::vector<std::string> field(keys.size());
    for (std::size_t i = 0; i < keys.size(); ++i) field[i] = after_ministry_head(keys[i]);
    for (std::size_t s = 0; s < keys.size(); ++s)
        for (std::size_t l = s + 1; !field[s].empty() && l < keys.size(); ++l)
            if (field[l] == field[s])
                if (const std::size_t from = joined_into(s), to = joined_into(l); from != to) join_rarer(from, to);
}

/// names31: generic kind words the news writes before a place's or a body's
/// name that one list also names alone, beyond the place heads and
/// buildings' kinds ("Kompleks Candi Borobudur", "Kawasan Wisata Gedong
/// Songo", "Taman Budaya Ekspo Waena", "Rumah Sakit Medan Eye Center",
/// "Sekolah SDN Cilincing", "Klub Borneo FC", "Perum PPD"). Two-word kinds
/// first. Not a designator ("Kota Bekasi", "Kabupaten Bekasi": a city and a
/// regency in this project's alias groups), nor "Teluk", a bay named after
/// the land ("Teluk Kumai" beside the town Kumai, as "Laut Jawa" is no
/// Java).
constexpr std::string_view kKindWordsBefore[] = {"kawasan wisata", "objek wisata", "taman budaya", "rumah sakit",
                                                 "kompleks",       "komplek",      "kawasan",      "sekolah",
                                                 "klub",           "perum",        "taman"};
/// Generic kind words the news writes after a place's name ("One Pride
/// Arena", "One Pride"), with kBuildingKinds ("Pullman Hotel"); not after a
/// body's ("Sony Center" is a shop, no Sony).
constexpr std::string_view kKindWordsAfter[] = {"arena", "center", "centre"};
/// A building's kind (kBuildingKinds) that names a business inside the
/// place after it, not the place: a cinema in a mall ("XXI Senayan City").
constexpr std::string_view kCinemaKind = "xxi";
/// Kind words that may stand before a name that starts with a place head of
/// another kind: a building or an area around the place ("Gedung Istana
/// Negara", "Kompleks Candi Borobudur", "Kawasan Wisata Gunung Luhur"), and
/// a street named after an area whose name starts with a landform's head
/// ("Jalan Gunung Sahari"). Other kinds before such a name make another
/// thing: a park named after a mountain ("Taman Nasional Gunung Merbabu"), a
/// forest or a beach of it ("Hutan Gunung Slamet", "Pantai Desa
/// Hukurila"), a district's office ("Kantor Kecamatan Sukorejo").
constexpr std::string_view kKindsBeforeAHeadedName[] = {"kompleks",     "komplek", "kawasan", "kawasan wisata",
                                                        "objek wisata", "gedung",  "jalan"};

/// Calls `visit(kind, before)` for each kind word the news writes before a
/// name (`before`: a place's head, a building's kind, kHeadForms's first
/// words, all for places; kKindWordsBefore) or after it (for places:
/// kBuildingKinds, kKindWordsAfter); the cinema's kind only `with_cinema`.
template <typename Visit>
void for_each_kind(const schema::EntityTypeSchema& type, bool with_cinema, Visit&& visit) {
    for (const std::string_view kind : kKindWordsBefore) visit(kind, true);
    if (type.type != EntityType::Location) return;
    for (const std::string_view head : kFacilityPlaceHeads) visit(head, true);
    for (const std::string_view head : kPlaceHeads) visit(head, true);
    for (const auto& [form, head] : kHeadForms) visit(form.substr(0, form.size() - 1), true);
    for (const std::string_view kind : kBuildingKinds)
        if (with_cinema || kind != kCinemaKind) {
            visit(kind, true);
            visit(kind, false);
        }
    for (const std::string_view kind : kKindWordsAfter) visit(kind, false);
}

/// Calls `split(kind, name)` for each kind word `key` is written with before
/// or after a name (for_each_kind(), without the cinema's), with the name
/// left.
template <typename Split>
void for_each_kind_word(const schema::EntityTypeSchema& type, std::string_view key, Split&& split) {
    for_each_kind(type, false, [&](std::string_view kind, bool before) {
        if (key.size() <= kind.size() + 1) return;
        if (before && key.starts_with(kind) && key[kind.size()] == ' ')
            split(kind, key.substr(kind.size() + 1));
        else if (!before && key.ends_with(kind) && key[key.size() - kind.size() - 1] == ' ')
            split(kind, key.substr(0, key.size() - kind.size() - 1));
    });
}

/// A kind word as one kind: a place head's (head_kind(): "jl." is a
/// "jalan"), kHeadForms's other form ("kantor" is a "gedung", "kali" a
/// "sungai"), "komplek" a "kompleks".
std::string_view kind_of(std::string_view kind) {
    if (kind == "komplek") return "kompleks";
    kind = head_kind(kind);
    for (const auto& [form, head] : kHeadForms)
        if (form.size() == kind.size() + 1 && form.starts_with(kind)) return head.substr(0, head.size() - 1);
    return kind;
}

/// Whether `name` (a key with a kind word before or after it in one list:
/// for_each_kind_word()) may be a place's or a body's proper name that the
/// kind word `kind` names the kind of:
/// - not a kind word or a head alone ("Istana", "Gedung"), a qualifier
///   ("Barat"), a country, city, regency or province, or a name with a
///   designator, whose name a kind word makes another thing ("Kantor
///   Jakarta", "Istana Bogor", "Plaza Indonesia"; "Alun-alun Kota Tegal"
///   beside "Kota Tegal", "Istana Kerajaan Aceh Darussalam");
/// - a name with a place head of its own only after kKindsBeforeAHeadedName
///   or a kind word of that head's kind ("Jalan Tol Cipularang", "Tol
///   Cipularang"); not an area's (kAreaUnitHeads, names24's rule);
/// - not a name the database writes with another kind word before or after
///   it, or a designator ("Hotel Borobudur" and "Kecamatan Borobudur" beside
///   "Candi Borobudur"; "Taman Menteng", "Kecamatan Menteng").
bool kind_names_the_name(const EntityNames& names, const schema::EntityTypeSchema& type, std::string_view kind,
                         const std::string& name) {
    if (is_place_head(name) || organization_head(name) || is_name_qualifier(name) || EntityNames::is_country(name) ||
        is_region(names, type, name) || !EntityNames::without_designator_word(type.type, name).empty())
        return false;
    bool a_kind = false;
    for_each_kind(type, false, [&](std::string_view kind, bool) { a_kind = a_kind || kind == name; });
    if (a_kind) return false;
    const std::string_view own_kind = kind_of(kind);
    if (const std::size_t head = type.type == EntityType::Location ? place_head(name) : 0; head > 0) {
        const std::string_view name_kind = head_kind(std::string_view(name).substr(0, head - 1));
        if (name_kind != own_kind && (area_unit_head(name_kind) || std::ranges::find(kKindsBeforeAHeadedName, kind) ==
                                                                       std::end(kKindsBeforeAHeadedName)))
            return false;
    }
    auto another_kind = [&](std::string_view other, bool other_before) {
        if (kind_of(other) == own_kind) return false;
        const std::string written =
            other_before ? std::string(other).append(" ").append(name) : std::string(name).append(" ").append(other);
        return names.term_exists(schema::make_boolean_term(type.prefix, written));
    };
    bool other = false;
    for_each_kind(type, true, [&](std::string_view word, bool before_name) {
        other = other || another_kind(word, before_name);
    });
    for (const std::string_view unit : {"kota", "kabupaten", "provinsi"}) other = other || another_kind(unit, true);
    return !other;
}

/// names31: a place's or a body's name with a generic kind word before or
/// after it (for_each_kind_word()) beside the name alone, two keys of one
/// list ("Sungai Ciliwung", "Ciliwung"; "Jalan Gunung Sahari", "Gunung
/// Sahari"; "Gedung Istana Negara", "Istana Negara"; "Kantor Samsat Jakarta
/// Pusat"; "Hotel Menara Peninsula"; "Klub Borneo FC"; "One Pride Arena"):
/// `join_keys(with_kind, name)` joins them where the kind word names the
/// name's kind (kind_names_the_name()) and the database's articles write the
/// two together (`together(with_kind, name)`, articles naming both).
template <typename Together, typename JoinKeys>
void join_kind_word_beside_name(const schema::EntityTypeSchema& type, const EntityNames& names,
                                const std::vector<std::string>& keys, Together&& together, JoinKeys&& join_keys) {
    std::map<std::string_view, std::size_t> index_of;
    for (std::size_t i = 0; i < keys.size(); ++i) index_of.emplace(keys[i], i);
    for (std::size_t s = 0; s < keys.size(); ++s)
        for_each_kind_word(type, keys[s], [&](std::string_view kind, std::string_view name) {
            const auto found = index_of.find(name);
            if (found == index_of.end() || found->second == s) return;
            if (kind_names_the_name(names, type, kind, keys[found->second]) && together(s, found->second) > 0)
                join_keys(s, found->second);
        });
}

}  // namespace

std::vector<std::size_t> same_thing_as(const schema::EntityTypeSchema& type, const EntityNames& names,
                                       const std::vector<std::string>& keys, const std::vector<std::size_t>& articles,
                                       const std::vector<std::vector<std::string>>& forms) {
    std::vector<std::shared_ptr<const KeyShape>> held;  // for the call
    std::vector<const KeyShape*> shapes;
    if (keys.size() > 1)  // else nothing to join
        for (const auto& key : keys) shapes.push_back(held.emplace_back(key_shape(type, key)).get());
    return same_thing_as(type, names, keys, shapes, articles, forms);
}

std::vector<std::size_t> same_thing_as(const schema::EntityTypeSchema& type, const EntityNames& names,
                                       const std::vector<std::string>& keys, const std::vector<const KeyShape*>& shapes,
                                       const std::vector<std::size_t>& articles,
                                       const std::vector<std::vector<std::string>>& forms) {
    std::vector<std::size_t> into(keys.size());
    std::iota(into.begin(), into.end(), 0);
    std::vector<std::size_t> count = articles;  // of each key with those joined into it
    auto join = [&](std::size_t from, std::size_t to) {
        into[from] = to;
        count[to] += count[from];
    };
    // The key a key is joined into in the end, so far.
    auto joined_into = [&](std::size_t i) {
        while (into[i] != i) i = into[i];
        return i;
    };
    if (keys.size() < 2) return into;
    // Each key's articles in the database, looked up once when a tie asks.
    std::vector<std::optional<Xapian::doccount>> database_articles(keys.size());
    auto articles_of = [&](std::size_t i) {
        if (!database_articles[i])
            database_articles[i] = names.termfreq(schema::make_boolean_term(type.prefix, keys[i]));
        return *database_articles[i];
    };
    // The articles in the database that name keys[a] and keys[b] both.
    auto articles_together = [&](std::size_t a, std::size_t b) {
        return names.articles_with_both(schema::make_boolean_term(type.prefix, keys[a]),
                                        schema::make_boolean_term(type.prefix, keys[b]));
    };
    // Whether the database names keys[s] beside keys[l] in 1 / `share` of
    // keys[s]'s articles at least (and in one at least).
    auto beside_in_share = [&](std::size_t s, std::size_t l, Xapian::doccount share) {
        const Xapian::doccount both = articles_together(s, l);
        return both > 0 && share * both >= articles_of(s);
    };
    // The articles that wrote keys[s] as written for keys[l] (the alias
    // terms), each key's looked up once when a rule asks.
    std::vector<std::optional<std::vector<std::pair<std::string, Xapian::doccount>>>> written_for(keys.size());
    auto written_as = [&](std::size_t s, std::size_t l) -> Xapian::doccount {
        if (!written_for[s]) written_for[s] = names.keys_written_as(type, keys[s]);
        for (const auto& [key, uses] : *written_for[s])
            if (key == keys[l]) return uses;
        return 0;
    };
    // The same bare name, spaced alike or not: into the key with the most
    // articles (in the list, then in the database: "Doni Monardo" of one
    // article's "Donny Monardo"); some places stay apart (stays_apart()).
    std::vector<std::string_view> bare;  // of shapes[i]
    for (const KeyShape* shape : shapes) bare.push_back(shape->bare);
    auto squeezed_of = [&](std::size_t i) -> const std::string& { return shapes[i]->squeezed; };
    // Keys of one bare name, as runs of keys in squeezed-name order.
    std::vector<std::size_t> by_bare(keys.size());
    std::iota(by_bare.begin(), by_bare.end(), 0);
    std::sort(by_bare.begin(), by_bare.end(), [&](std::size_t a, std::size_t b) {
        if (const int c = squeezed_of(a).compare(squeezed_of(b)); c != 0) return c < 0;
        return a < b;
    });
    std::vector<std::size_t> same;
    for (std::size_t first = 0, end = 0; first < by_bare.size(); first = end) {
        for (end = first + 1; end < by_bare.size() && squeezed_of(by_bare[end]) == squeezed_of(by_bare[first]);) ++end;
        if (end - first < 2) continue;
        same.clear();
        for (std::size_t at = first; at < end; ++at)
            if (!stays_apart(type, names, keys[by_bare[at]])) same.push_back(by_bare[at]);
        // Two heads, two places of one name ("Kecamatan Cisolok", "Jalan
        // Cisolok"; "Masjid Bank Indonesia", "Gedung Bank Indonesia").
        // But a toll road's name after "Jalan" alone, where the database
        // names the toll road more ("Jalan Purbaleunyi", "Jalan Tol
        // Purbaleunyi"; a region's name stays apart: "Jalan Tangerang").
        std::string_view head;
        bool two_heads = false;
        for (const std::size_t i : same)
            if (const std::string_view kind = shapes[i]->head_kind; !kind.empty()) {
                two_heads = two_heads || (!head.empty() && kind != head);
                head = kind;
            }
        if (two_heads && std::ranges::all_of(same, [&](std::size_t i) {
                const std::string_view kind = shapes[i]->head_kind;
                return kind.empty() || kind == "jalan" || kind == "tol";
            })) {
            Xapian::doccount as_street = 0, as_toll_road = 0;
            for (const std::size_t i : same)
                if (!shapes[i]->head_kind.empty())
                    (shapes[i]->head_kind == "tol" ? as_toll_road : as_street) += articles_of(i);
            two_heads = as_toll_road <= as_street;
        }
        // Else the name alone is the place of the head the database names
        // kLaterWordsShare times as often as each other head's, and as often
        // as the name alone at least ("Babakan Madang", 1 article, of
        // "Kecamatan Babakan Madang", 9, beside "Jalan Babakan Madang", 1):
        // it joins that head's keys; the others stay apart. Heads named
        // alike leave the name alone, and so does a name the news mostly
        // writes alone: an area named after a building or a station in it
        // ("Gambir", "Stasiun Gambir").
        if (two_heads && !same.empty()) {
            std::map<std::string_view, Xapian::doccount> by_head;
            Xapian::doccount alone = 0;
            for (const std::size_t i : same)
                (shapes[i]->head_kind.empty() ? alone : by_head[shapes[i]->head_kind]) += articles_of(i);
            const auto most = std::max_element(by_head.begin(), by_head.end(),
                                               [](const auto& a, const auto& b) { return a.second < b.second; });
            const bool far_commoner =
                most->second >= alone && std::all_of(by_head.begin(), by_head.end(), [&](const auto& other) {
                    return other.first == most->first ||
                           most->second >= kLaterWordsShare * std::max<Xapian::doccount>(other.second, 1);
                });
            if (!far_commoner) continue;
            const std::string_view kept_head = most->first;
            std::erase_if(same, [&](std::size_t i) {
                return !shapes[i]->head_kind.empty() && shapes[i]->head_kind != kept_head;
            });
            two_heads = false;
        }
        if (same.size() < 2 || two_heads) continue;
        std::size_t most = same.front();
        for (const std::size_t i : same)
            if (articles[i] > articles[most] || (articles[i] == articles[most] && articles_of(i) > articles_of(most)))
                most = i;
        for (const std::size_t i : same)
            if (i != most) join(i, most);
    }
    // What the rules read of each key alone, from its shape: the words of
    // bare[i], a place's head kind and its words with the head (bare keys
    // drop it).
    auto word_list = [&](std::size_t i) -> const std::vector<std::string_view>& { return shapes[i]->words; };
    auto head_kind_of = [&](std::size_t i) { return shapes[i]->head_kind; };
    auto headed_words = [&](std::size_t i) -> const std::vector<std::string_view>& { return shapes[i]->headed_words; };
    auto live = [&](std::size_t i) { return into[i] == i; };
    auto words = [&](std::size_t i) { return word_list(i).size(); };
    auto part_of = [&](std::size_t part, std::size_t whole) {
        return starts_or_ends_name(word_list(part), word_list(whole));
    };
    // Joins two live keys, the rarer into the commoner, in this list, else in
    // the database.
    auto join_rarer = [&](std::size_t s, std::size_t l) {
        if (count[l] > count[s] || (count[l] == count[s] && articles_of(l) >= articles_of(s)))
            join(s, l);
        else
            join(l, s);
    };
    // Joins `s` and the one other live key `l` that `is_form(l)` accepts: the
    // rarer into the commoner, in this list, else in the database (one
    // article's "Donald J. Trump" into "Donald Trump"). Whether it joined.
    auto join_the_one = [&](std::size_t s, auto&& is_form) {
        std::size_t found = keys.size();
        for (std::size_t l = 0; l < keys.size(); ++l) {
            if (l == s || !live(l) || !is_form(l)) continue;
            if (found != keys.size()) return false;  // two: which one is unknown
            found = l;
        }
        if (found == keys.size()) return false;
        join_rarer(s, found);
        return true;
    };
    // Joins the live keys of `group` into the commonest, in this list, else
    // in the database.
    auto join_into_commonest = [&](const std::vector<std::size_t>& group) {
        std::size_t most = group.front();
        for (const std::size_t i : group)
            if (count[i] > count[most] || (count[i] == count[most] && articles_of(i) > articles_of(most))) most = i;
        for (const std::size_t i : group)
            if (i != most) join(i, most);
    };
    // An area's name that starts with a head of its own, with and without
    // the area's head ("Kecamatan Gunung Putri", "Gunung Putri"): the key
    // with a head whose words are all another key's name after an area's
    // head (kAreaUnitHeads) joins it, the rarer into the commoner.
    if (type.type == EntityType::Location)
        for (std::size_t s = 0; s < keys.size(); ++s) {
            if (!live(s) || head_kind_of(s).empty() || area_unit_head(head_kind_of(s))) continue;
            join_the_one(
                s, [&](std::size_t l) { return area_unit_head(head_kind_of(l)) && word_list(l) == headed_words(s); });
        }
    // A place's name after a broad unit's word (kContinentWord, kRegionWord)
    // beside the name alone: the one live key of the name joins it, the
    // rarer into the commoner.
    if (type.type == EntityType::Location)
        for (std::size_t s = 0; s < keys.size(); ++s) {
            std::string_view name = keys[s];
            const bool continent = name.starts_with(kContinentWord);
            if (!live(s) || !(continent || name.starts_with(kRegionWord))) continue;
            name.remove_prefix(continent ? kContinentWord.size() : kRegionWord.size());
            if (name.empty() || (continent && EntityNames::is_country(name))) continue;
            join_the_one(s, [&](std::size_t l) { return keys[l] == name; });
        }
    // A place's first words in another form (kHeadForms: "Kantor Kemenpora",
    // "Gedung Kemenpora"; "GOR Djarum", "Gedung Olahraga Djarum"; "Kp Olen",
    // "Kampung Olen"): the key of the list written so, the rest the same,
    // or what it is joined into ("Kemenpora").
    if (type.type == EntityType::Location) {
        std::vector<std::string> head_form(keys.size());
        bool any = false;
        for (std::size_t i = 0; i < keys.size(); ++i) any |= !(head_form[i] = with_head_form(keys[i])).empty();
        for (std::size_t s = 0; any && s < keys.size(); ++s) {
            if (head_form[s].empty() || !live(s)) continue;
            for (std::size_t l = 0; l < keys.size(); ++l)
                if (l != s && (keys[l] == head_form[s] || head_form[l] == head_form[s])) {
                    const std::size_t to = joined_into(l);
                    if (to == s) continue;
                    if (count[to] >= count[s])
                        join(s, to);
                    else
                        join(to, s);
                    break;
                }
        }
    }
    // A place's or a university's name with an English head beside the
    // Indonesian form (head_in_either_language(), one_name_in_two_languages():
    // "Rajamangala National Stadium", "Stadion Rajamangala"; "University of
    // Leicester", "Universitas Leicester"; "Dieng Plateau", "Dieng"): joined,
    // the rarer into the commoner.
    if (type.type != EntityType::Person) join_names_in_two_languages(type, names, keys, joined_into, join_rarer);
    // A ministry's head in another form (join_ministry_head_forms():
    // "Kemenko Bidang Kemaritiman", "Kemenko Maritim"; "Kemenko
    // Perekonomian", "Kementerian Perekonomian").
    if (type.type == EntityType::Organization) join_ministry_head_forms(keys, joined_into, join_rarer);
    // A name with another thing's glued after it, as headlines and captions
    // run two names together ("Wamena Papua", "Bandara Syamsudin Noor
    // Banjarmasin", "Persija Julio Banuelos", "Polda Papua Kombes AM Kamal"):
    // keys[s] is keys[l]'s bare name and words after it, with the same head,
    // and those words are
    // - the place the name lies in (lies_in(), glued_place()): articles
    //   naming keys[l] name that place (the words, without a designator, or
    //   a key articles wrote them for) in 1 / kGluedPlaceShare of them at
    //   least, kGluedPlaceLift times the share of all articles that name it,
    //   a place kGluedPlaceLarger times as common as the name, and the
    //   database writes no other place after the name that its articles do
    //   not name (branches, routes); not a country after a body's name,
    //   which is that country's body ("Kementerian Pertahanan Saudi");
    // - a person the database knows (glued_person()), with ranks or titles
    //   before the name or not (kRanks, kTitles: "Kombes AM Kamal"): two
    //   words, or one after a rank, named as a person more than as a body or
    //   a place, in kMinGluedPersonArticles articles at least, some of them
    //   of keys[s] or keys[l]; or ranks alone ("Polda Papua Kombes Pol": the
    //   tagger stopped before the name);
    // where keys[l] is a name, no head alone ("Polda", "Kepulauan"), one
    // word only where the news writes it mostly as that name, and the
    // database names keys[s] no more often than keys[l]: a name of its own
    // is named more ("Semen Padang"; "Padang Pariaman", a regency, also
    // fails the place test). Into keys[l], the name. Only pairs where one
    // bare name starts the other ask the database.
    std::optional<std::uint64_t> all_articles;
    // The place keys words after a name may stand for: the words, without a
    // designator ("Provinsi Sulawesi Barat"), or keys articles wrote them
    // for ("Jabar").
    auto place_keys = [&](const std::string& rest) {
        std::vector<std::string> places{rest, EntityNames::without_designator_word(EntityType::Location, rest)};
        for (auto& written : names.keys_written_as(schema::entity_schema(EntityType::Location), rest))
            places.push_back(std::move(written.first));
        std::erase(places, std::string());
        return places;
    };
    auto place_articles = [&](const std::string& place) {
        return names.termfreq(schema::make_boolean_term(schema::kPrefixLocation, place));
    };
    // Whether articles naming keys[l] name `place` in 1 / kGluedPlaceShare
    // of them at least.
    auto named_with = [&](std::size_t l, const std::string& place) {
        const std::uint64_t both = names.articles_with_both(schema::make_boolean_term(type.prefix, keys[l]),
                                                            schema::make_boolean_term(schema::kPrefixLocation, place));
        return kGluedPlaceShare * both >= articles_of(l) ? both : 0;
    };
    // Whether `place` is one keys[l] lies in (the share and lift above).
    auto lies_in = [&](std::size_t l, const std::string& place) {
        if (type.type == EntityType::Organization && EntityNames::is_country(place)) return false;
        const std::uint64_t name_articles = articles_of(l), in_place = place_articles(place);
        if (in_place < EntityNames::kMinShortFormArticles || in_place < kGluedPlaceLarger * name_articles) return false;
        const std::uint64_t both = named_with(l, place);
        if (!all_articles) all_articles = names.database().get_doccount();
        return both > 0 && both * *all_articles >= kGluedPlaceLift * name_articles * in_place;
    };
    // `rest` names a place keys[l] lies in, and the database writes keys[l]
    // with no other place after it that its articles do not name: such a
    // name is a body's with branches, or one end of routes ("Universitas
    // Muhammadiyah Palembang", "... Malang"; "Pelabuhan Tanjung Perak
    // Batam", "... Surabaya"). A word alone that the news mostly writes
    // otherwise names no other place ("Denpasar Selatan", "Sentul City").
    auto glued_place = [&](std::size_t l, const std::string& rest) {
        if (std::ranges::none_of(place_keys(rest), [&](const std::string& place) { return lies_in(l, place); }))
            return false;
        for (const std::string& longer : names.keys_starting_with(type, keys[l] + ' ')) {
            const std::string other = longer.substr(keys[l].size() + 1);
            if (other == rest) continue;
            const bool one_word = other.find(' ') == std::string::npos;
            bool a_place = false, named = false;
            for (const std::string& place : place_keys(other)) {
                const Xapian::doccount in_place = place_articles(place);
                if (in_place < EntityNames::kMinShortFormArticles ||
                    (one_word && in_place < EntityNames::kMinHomePlaceNameShare * names.termfreq(other)))
                    continue;
                a_place = true;
                if ((named = named_with(l, place) > 0)) break;
            }
            if (a_place && !named) return false;
        }
        return true;
    };
    auto glued_person = [&](std::size_t s, std::size_t l, std::span<const std::string_view> rest) {
        if (leading_ranks(rest, false) == rest.size()) return true;
        const std::size_t ranks = leading_ranks(rest, true);
        // A word alone only after a rank or title: one word is too many
        // things' ("Toyota Calya", "AC Milan", "BUMN Antam").
        if (rest.size() - ranks < (ranks > 0 ? 1 : 2)) return false;
        const std::string person = spaced(rest.subspan(ranks));
        const std::string person_term = schema::make_boolean_term(schema::kPrefixPerson, person);
        const Xapian::doccount as_person = names.termfreq(person_term);
        return as_person >= kMinGluedPersonArticles &&
               as_person > names.termfreq(schema::make_boolean_term(schema::kPrefixOrganization, person)) &&
               as_person > names.termfreq(schema::make_boolean_term(schema::kPrefixLocation, person)) &&
               (names.articles_with_both(person_term, schema::make_boolean_term(type.prefix, keys[s])) > 0 ||
                names.articles_with_both(person_term, schema::make_boolean_term(type.prefix, keys[l])) > 0);
    };
    auto glued_after = [&](std::size_t s, std::size_t l) {
        const std::string_view whole = bare[s], name = bare[l];
        if (words(l) == 0 || words(l) >= words(s) || whole.size() <= name.size() + 1 ||
            whole.compare(0, name.size(), name) != 0 || whole[name.size()] != ' ' || head_kind_of(s) != head_kind_of(l))
            return false;
        const bool head_alone = words(l) == 1 && (organization_head(name) || is_place_head(name));
        if (head_alone || articles_of(s) > articles_of(l)) return false;
        // One word is a name where the database names it so in a good share
        // of the articles that write it at all ("Wamena"; not "The", "Jati",
        // "Internasional" of "Bandara Internasional").
        if (words(l) == 1 &&
            articles_of(l) < EntityNames::kMinHomePlaceNameShare * names.termfreq(std::string(word_list(l)[0])))
            return false;
        const std::string rest(whole.substr(name.size() + 1));
        return glued_place(l, rest) || glued_person(s, l, std::span(word_list(s)).subspan(words(l)));
    };
    // Joins each key into the longest live name of the list that it glues
    // another after (glued_after()): the names are the bare names that start
    // it at a space, looked up in bare-name order (a list holds hundreds of
    // names; pairs are too many to try).
    auto join_glued = [&] {
        std::vector<std::size_t> in_bare_order(keys.size());
        std::iota(in_bare_order.begin(), in_bare_order.end(), 0);
        std::sort(in_bare_order.begin(), in_bare_order.end(),
                  [&](std::size_t a, std::size_t b) { return bare[a] < bare[b]; });
        for (std::size_t s = 0; s < keys.size(); ++s) {
            // Not a route ("Surabaya-Jakarta").
            if (!live(s) || words(s) < 2 ||
                (type.type == EntityType::Location && keys[s].find('-') != std::string::npos))
                continue;
            std::size_t name = keys.size();
            for (std::size_t space = bare[s].rfind(' '); space != std::string_view::npos && name == keys.size();
                 space = space == 0 ? std::string_view::npos : bare[s].rfind(' ', space - 1)) {
                const std::string_view start = bare[s].substr(0, space);
                auto at = std::lower_bound(in_bare_order.begin(), in_bare_order.end(), start,
                                           [&](std::size_t i, std::string_view value) { return bare[i] < value; });
                for (; at != in_bare_order.end() && bare[*at] == start && name == keys.size(); ++at)
                    if (*at != s && live(*at) && glued_after(s, *at)) name = *at;
            }
            if (name != keys.size()) join(s, name);
        }
    };
    // A person's name with a body's name glued before it, as headlines and
    // captions write them ("Petral Bambang Irianto", "Fed Jerome Powell"):
    // into the name without it, where this answer holds that name (two words
    // or more) and the database names the first word as an organisation in
    // at least kMinGluedBodyArticles articles, and more often than as a
    // person ("Andi", "Sony" are people's first names).
    if (type.type == EntityType::Person)
        for (std::size_t s = 0; s < keys.size(); ++s) {
            if (!live(s) || words(s) < 3) continue;
            const auto& glued = word_list(s);
            for (std::size_t l = 0; l < keys.size(); ++l) {
                if (l == s || !live(l) || words(l) != words(s) - 1 ||
                    !std::equal(glued.begin() + 1, glued.end(), word_list(l).begin()))
                    continue;
                const std::string first(glued.front());
                const Xapian::doccount as_body =
                    names.termfreq(schema::make_boolean_term(schema::kPrefixOrganization, first));
                if (as_body >= kMinGluedBodyArticles &&
                    as_body > names.termfreq(schema::make_boolean_term(schema::kPrefixPerson, first)))
                    join(s, l);
                break;
            }
        }
    // Words cut short ("Man United"), a slip of the pen (one_slip_apart():
    // "Airlangga Hartato", "Samudra Pasifik", "Lembah Jordan"); for people,
    // fewer middle names or initials ("Donald J. Trump").
    // Whether the database names one of two keys kLoneSlipRarity times as
    // often as the other (one article at least: keys it does not know are
    // no evidence).
    auto one_far_commoner = [&](std::size_t s, std::size_t l) {
        const Xapian::doccount a = articles_of(s), b = articles_of(l);
        return std::max(a, b) >= kLoneSlipRarity * std::max<Xapian::doccount>(std::min(a, b), 1);
    };
    // A person's name whose one word of four letters or more differs by one
    // letter, not the first, from a name the database names kLoneSlipRarity
    // times as often ("Reiko Barack" of "Reino Barack", "Iman Nahrawi" of
    // "Imam Nahrawi"): a slip, where one_slip_apart() reads the word alone
    // too short to tell ("Hendra", "Hendro").
    auto rare_letter_changed = [&](std::size_t s, std::size_t l) {
        if (words(s) != words(l)) return false;
        std::size_t differ = 0;
        for (std::size_t w = 0; w < words(s); ++w)
            if (word_list(s)[w] != word_list(l)[w] &&
                (++differ > 1 || !one_letter_changed(word_list(s)[w], word_list(l)[w])))
                return false;
        if (differ != 1) return false;
        return one_far_commoner(s, l);
    };
    // A letter changed inside a later word of four letters or more
    // (letter_changed_inside()), the other words the same, after a rare
    // first name (kMaxKeysOfRareFirstName): "Abisai Rolio" (10 articles)
    // and "Abisai Rollo" (35), "Kay Rana" and "Kay Rala" (Xanana Gusmao's
    // name), "Erizal Jamil" and "Erizal Jamal", "Yahya Saria" and "Yahya
    // Sarea" (the Houthis' spokesman, transcribed). Two people of one rare
    // first name whose surnames are a letter apart are rarer than a slip;
    // of a common one they are not ("Abdul Aris", "Abdul Azis"; "Muhammad
    // Fahri", "Muhammad Fajri"). Not the last letter ("Hendra", "Hendro").
    // The keys' words as written: the bare words spell doubled letters once
    // ("rollo" as "rolo").
    auto slip_after_rare_first_name = [&](std::size_t s, std::size_t l) {
        if (keys[s].size() != keys[l].size()) return false;  // a letter changed keeps the length
        const std::vector<std::string_view> a = name_words(keys[s]), b = name_words(keys[l]);
        if (a.size() < 2 || a.size() != b.size() || a[0] != b[0]) return false;
        std::size_t differ = 0;
        for (std::size_t w = 1; w < a.size(); ++w)
            if (a[w] != b[w] && (++differ > 1 || !letter_changed_inside(a[w], b[w]))) return false;
        return differ == 1 && names.keys_starting_with(type, std::string(a[0]) + ' ').size() <= kMaxKeysOfRareFirstName;
    };
    for (bool joined = true; joined;) {  // a join may leave another name one candidate
        joined = false;
        for (std::size_t s = 0; s < keys.size(); ++s) {
            if (!live(s) || word_list(s).empty()) continue;
            joined |= join_the_one(s, [&](std::size_t l) {
                if (word_list(l).empty()) return false;
                // A place's one word after the same head ("Lembah Yordan").
                if (!head_kind_of(s).empty() && head_kind_of(s) == head_kind_of(l) && words(s) == 1 && words(l) == 1)
                    return one_slip_apart(word_list(s)[0], word_list(l)[0], false) ||
                           loosely_one_word(word_list(s)[0], word_list(l)[0]);
                // A slip in a place's head, a common word where a letter
                // changed is no other name ("Pelabuban Labuan Bajo",
                // "Gnung Lawu"), the rest the same.
                if (head_kind_of(s).empty() && !head_kind_of(l).empty()) {
                    const auto& headed = headed_words(l);
                    return words(s) == headed.size() && word_list(s)[0] != headed[0] &&
                           std::equal(headed.begin() + 1, headed.end(), word_list(s).begin() + 1) &&
                           one_slip_apart(word_list(s)[0], headed[0], true);
                }
                // A unit's word with and without "sat" (satuan) before it,
                // the rest the same ("Satreskrim Polres Blora", "Reskrim
                // Polres Blora"); a hospital's kind beside "RS" ("RSUP
                // Sanglah", "RS Sanglah"). Not a unit's base ("Mako
                // Satbrimob Srondol", "Mako Brimob Srondol": one place, but
                // joined they show the base under its province's unit beside
                // its town's in a facet list, a pair no rule reads).
                // A cheap test first: one to three letters more ("sat", "up").
                const std::size_t longer = std::max(bare[s].size(), bare[l].size());
                const std::size_t letters_more = longer - std::min(bare[s].size(), bare[l].size());
                if (type.type != EntityType::Person && letters_more >= 1 && letters_more <= 3 &&
                    head_kind_of(s) == head_kind_of(l) &&
                    one_word_another_form(word_list(s), word_list(l), type.type == EntityType::Organization))
                    return true;
                // A toll road named by the town it starts from, beside the
                // one route of the list from there ("Tol Pejagan", "Jalan
                // Tol Pejagan-Pemalang"); not a region's name, whose toll
                // roads are many ("Tol Tangerang": to Jakarta, to Merak).
                if (head_kind_of(s) == "tol" && head_kind_of(l) == "tol" && words(s) == 1 &&
                    std::string_view(keys[l])
                        .substr(place_head(keys[l]))
                        .starts_with(std::string(word_list(s)[0]) + '-'))
                    return !stays_apart(type, names, keys[s]);
                // All three need the first letter; as many words, or for
                // people the same last one.
                if (word_list(l).front().front() != word_list(s).front().front() ||
                    (words(l) != words(s) &&
                     (type.type != EntityType::Person || words(s) < 2 || word_list(l).back() != word_list(s).back())))
                    return false;
                if (type.type == EntityType::Person)
                    return words(s) >= 2 && (cuts_words_short(word_list(s), word_list(l)) ||
                                             fewer_middle_names(word_list(s), word_list(l)) ||
                                             one_letter_slip(word_list(s), word_list(l), true) ||
                                             rare_letter_changed(s, l) || slip_after_rare_first_name(s, l));
                if (cuts_words_short(word_list(s), word_list(l)) ||
                    one_letter_slip(word_list(s), word_list(l), false) ||
                    one_word_loosely_written(word_list(s), word_list(l)))
                    return true;
                // A letter changed inside one long word of a name of several
                // words, as in people's names, where the database names the
                // other form kLoneSlipRarity times as often ("Borusiia
                // Dortmund", "Borussia Dortmund"): the rest of the name
                // vouches for the slip, the counts for its direction.
                if (words(s) >= 2 && one_letter_slip(word_list(s), word_list(l), true) && one_far_commoner(s, l))
                    return true;
                // A long word alone ("Kalimatan", "Kalimantan") where the
                // database names one far more: a shorter one may be another
                // place ("Badung", "Bandung"). A loanword's C as K is a
                // spelling, no slip ("Olympiacos", "Olympiakos").
                if (words(s) != 1 || words(l) != 1 || !head_kind_of(s).empty() || !head_kind_of(l).empty())
                    return false;
                const std::string_view a_word = word_list(s)[0], b_word = word_list(l)[0];
                if (c_written_as_k(a_word, b_word)) return true;
                if (std::min(a_word.size(), b_word.size()) < kMinLoneSlipLetters ||
                    !one_slip_apart(a_word, b_word, false))
                    return false;
                return one_far_commoner(s, l);
            });
        }
    }
    // A rare key one slip of the pen from a far commoner key of the list
    // (rare_slip_of()): "Jawa Tmur" in an article on "Jawa Timur", "Kivlan
    // Zein", "PB Bjarum", "Timot Leste", "Malaysi". One list is the evidence
    // that the two name one thing, the database's counts which one is the
    // slip: a key of EntityNames::kMaxSlipArticles articles at most (one at
    // least: a key the database does not know is no evidence) beside the one
    // key of the list one slip from it that kLoneSlipRarity times as many
    // articles name. Two real names one letter apart are seldom that far
    // apart in counts ("Bima" 17 articles, "Bimo" 2; "Kapuas Hulu" 6,
    // "Kapuas Hula" 1 stay apart too). After the rules above, so that forms
    // they join are one key here.
    for (std::size_t s = 0; s < keys.size(); ++s) {
        if (!live(s)) continue;
        std::size_t commoner = keys.size();
        bool several = false;
        for (std::size_t l = 0; l < keys.size() && !several; ++l)
            if (l != s && live(l) && rare_slip_of(keys[s], keys[l]) && articles_of(s) > 0 &&
                articles_of(s) <= EntityNames::kMaxSlipArticles && articles_of(l) >= kLoneSlipRarity * articles_of(s)) {
                several = commoner != keys.size();
                commoner = l;
            }
        if (commoner != keys.size() && !several) join(s, commoner);
    }
    // Fewer middle names and one word respelled (fewer_middle_names()'s
    // `one_respelled`), once the forms above have joined: "Laode Syarif"
    // beside "Laode M Syarif" and its slip "Laode M Syarief" is the first's
    // alone, as the slip is joined into it.
    if (type.type == EntityType::Person)
        for (std::size_t s = 0; s < keys.size(); ++s)
            if (live(s) && words(s) >= 2)
                join_the_one(s, [&](std::size_t l) {
                    return !word_list(l).empty() && word_list(l).front().front() == word_list(s).front().front() &&
                           fewer_middle_names(word_list(s), word_list(l), true);
                });
    // A country the tagger read as an organisation beside its national team
    // ("Timnas Indonesia Vs Thailand" in a match's report that names
    // "Timnas Thailand" too): the team, the one of the list
    // (national_team_of()), where the database names the two together in
    // 1 / kCountryBesideTeamShare of the country's articles as a body at
    // least ("thailand" 13, with "timnas thailand" 4). Not a country the
    // news names so apart from that team: "Indonesia" as a body is the
    // state ("Dukung Indonesia sebagai Anggota DHAM PBB") or an age
    // group's team ("Timnas U-16 Cukur Mariana Utara"), none of its 5
    // articles beside "Timnas Indonesia"; "Iran" beside "Timnas U-19
    // Indonesia" is Iran's under-19 team.
    if (type.type == EntityType::Organization)
        for (std::size_t s = 0; s < keys.size(); ++s)
            if (live(s) && EntityNames::is_country(keys[s]))
                join_the_one(s, [&](std::size_t l) {
                    return national_team_of(keys[l], keys[s]) && beside_in_share(s, l, kCountryBesideTeamShare);
                });
    // A body's acronym of its name after the head, alone, beside the name
    // (acronym_after_head(): "PPN" beside "Kementerian Perencanaan
    // Pembangunan Nasional", which articles write "Kementerian PPN/Bappenas"):
    // the one such name of the list, where the database names the two
    // together in 1 / kAcronymBesideBodyShare of the acronym's articles at
    // least, and the acronym is no commoner in the list than the body: "PPN"
    // is also the value-added tax, and in a facet list over tax news ("Sri
    // Mulyani keuangan negara": PPN 5, 3 of them the tax, beside the
    // ministry's 2) the tax would name the ministry's entry.
    if (type.type == EntityType::Organization)
        for (std::size_t s = 0; s < keys.size(); ++s)
            if (live(s) && keys[s].find(' ') == std::string::npos)
                join_the_one(s, [&](std::size_t l) {
                    return count[s] <= count[l] && acronym_after_head(names, type, keys[s], keys[l]) &&
                           beside_in_share(s, l, kAcronymBesideBodyShare);
                });
    if (type.type != EntityType::Location) {
        // A nickname clipped from the first word, beside the full name: the
        // one such name of the list. A person's word alone only where most of
        // its articles in the database name that full name too (the
        // indexer's short-form pairs): "Vero" beside Veronica Koman, not
        // "Andi" beside Andika Pratama.
        for (std::size_t s = 0; s < keys.size(); ++s) {
            if (!live(s) || word_list(s).empty()) continue;
            const std::string_view clip = word_list(s).front();
            join_the_one(s, [&](std::size_t l) {
                // Cheap tests first: an organisation's clip starts as the
                // name does, a person's word alone is in the name.
                if (type.type != EntityType::Person)
                    return bare[l].compare(0, 3, clip.substr(0, 3)) == 0 &&
                           clipped_name(word_list(s), word_list(l), false) && articles_of(s) <= articles_of(l);
                if (words(s) > 1) return clipped_name(word_list(s), word_list(l), true);
                if (bare[l].find(clip) == std::string::npos) return false;
                // A word alone, respelled as the keys are ("mun" of "kh maimun
                // zubair"), of four letters as written ("Moen").
                if (keys[s].size() < 4 || !clipped_name(word_list(s), word_list(l), true)) return false;
                const Xapian::doccount beside = names.named_beside(type, keys[s], keys[l]);
                return beside > 0 && 2 * beside >= articles_of(s);
            });
        }
    }
    // A word in its ke-...-an form beside its root, the rest the same
    // ("Istana Kepresidenan", "Istana Presiden"; "Komisi Kepolisian
    // Nasional", "Komisi Polisi Nasional"; KeyShape::roots): one thing, into
    // the commonest. An organisation's before the acronyms, which spell
    // either ("Kompolnas": one name for them to spell); a place's after,
    // whose acronyms spell the words as written.
    auto join_ke_an_forms = [&] {
        for (std::size_t s = 0; s < keys.size(); ++s) {
            if (!live(s) || shapes[s]->roots.size() == bare[s].size()) continue;  // no such form
            std::vector<std::size_t> group{s};
            for (std::size_t l = 0; l < keys.size(); ++l)
                if (l != s && live(l) && shapes[l]->roots == shapes[s]->roots && head_kind_of(l) == head_kind_of(s))
                    group.push_back(l);
            if (group.size() > 1) join_into_commonest(group);
        }
    };
    if (type.type == EntityType::Organization) join_ke_an_forms();
    if (type.type != EntityType::Person) {
        // An acronym beside its expansion, alone or among the same words
        // ("Bawaslu", "Jakbar"; "TMP Kalibata" of "Taman Makam Pahlawan
        // Kalibata", "AP II" of "Angkasa Pura II", "Dinas LH" of "Dinas
        // Lingkungan Hidup").
        // Bodies' acronyms spell roots too ("Kompolnas" of "Komisi Kepolisian
        // Nasional"); places' names are no noun forms ("Kota Kembang" is no
        // "Kecamatan Kembangan").
        const bool from_roots = type.type == EntityType::Organization;
        for (std::size_t s = 0; s < keys.size(); ++s) {
            const auto& acronym_words = word_list(s);
            if (!live(s) || acronym_words.empty()) continue;
            auto spells = [&](const std::vector<std::string_view>& full) {
                return acronym_spells(names, acronym_words, full, from_roots);
            };
            // Only a name that starts with the letter `s` starts with is
            // spelled (the same first word, or the acronym's first letter:
            // acronym_of(), acronym_of_compound()), and one word only from
            // three letters on: the other keys are passed over before any
            // word is compared.
            const bool one_word = acronym_words.size() == 1;
            if (one_word && acronym_words[0].size() < 3) continue;
            // A body's name with "Indonesia", which its bare name drops, as
            // the acronym spells it, one initial a word ("LIPI" of "Lembaga
            // Ilmu Pengetahuan Indonesia", also with a slip in a word:
            // "Lembaga Imu ..."; "PBSI" of "Persatuan Bulutangkis Seluruh
            // Indonesia"). Syllables or a word's first letters are too loose
            // here: "IAIN" (Institut Agama Islam Negeri) is no "Ikatan
            // Arsitek Indonesia".
            auto spells_with_country = [&](std::size_t l) {
                constexpr std::string_view kCountryWord = " indonesia";
                if (type.type != EntityType::Organization || !keys[l].ends_with(kCountryWord) ||
                    bare[l].ends_with(kCountryWord))
                    return false;
                std::vector<std::string_view> with_country = word_list(l);
                with_country.push_back(kCountryWord.substr(1));
                if (!initials_spell(acronym_words[0], with_country)) return false;
                // Not two letters for a compound the news writes as one word
                // too, whose acronyms give it one ("PBTI", taekwondo's, is
                // no "Persatuan Bulu Tangkis Indonesia": PBSI's, misnamed).
                for (std::size_t w = 0; w + 1 < with_country.size(); ++w)
                    if (names.term_exists(std::string(with_country[w]).append(with_country[w + 1]))) return false;
                return true;
            };
            auto may_spell = [&](std::size_t l) {
                const char first = acronym_words[0][0];
                auto starts_so = [&](const std::vector<std::string_view>& full) {
                    return !full.empty() &&
                           (full[0][0] == first || (from_roots && affix_root(full[0]).front() == first));
                };
                return starts_so(word_list(l)) || starts_so(headed_words(l)) ||
                       (one_word && !keys[l].empty() && keys[l][0] == first);
            };
            auto spelled = [&](std::size_t l) {
                // A place's acronym may spell its head too ("BIJB Kertajati"
                // of "Bandara Internasional Jawa Barat Kertajati").
                if (!may_spell(l)) return false;
                return spells(word_list(l)) || (!headed_words(l).empty() && spells(headed_words(l))) ||
                       (one_word && acronym_of_compound(names, acronym_words[0], keys[l])) ||
                       (one_word && spells_with_country(l));
            };
            if (one_word) {
                join_the_one(s, spelled);
                continue;
            }
            // Among the same words, the acronym's expansions are one body,
            // however the news misremembers the words ("PB Djarum",
            // "Perkumpulan Bulu Tangkis Djarum", "Persatuan Bulu Tangkis
            // Djarum"): into the commonest. An acronym alone may stand for
            // several ("PKB").
            std::vector<std::size_t> group{s};
            for (std::size_t l = 0; l < keys.size(); ++l)
                if (l != s && live(l) && spelled(l)) group.push_back(l);
            if (group.size() > 1) join_into_commonest(group);
        }
    }
    if (type.type == EntityType::Organization) {
        // A body's name cut before its last words ("Badan Pengatur" of
        // "Badan Pengatur Jalan Tol", shown as its acronym "BPJT": the tagger
        // stopped early in some article), a head first (such names run
        // long), beside the whole: the one name of the list that it starts,
        // that articles write as an acronym of its words (a name long enough
        // to abbreviate is one name to its end), that the database names
        // kCutNameRarity times as often and in half the articles at least
        // of all the names the cut one starts, and that the articles of the
        // cut one name too (named_beside_whole()). Not a whole that is the
        // rarer ("Dinas Kesehatan" beside "Dinas Kesehatan Labura (DKL)": a
        // branch), nor words that start many names ("Universitas Islam" of
        // "UIN").
        constexpr Xapian::doccount kCutNameRarity = 2;
        auto most_of_its_wholes = [&](std::size_t s, std::size_t l) {
            Xapian::doccount all = 0;
            for (const std::string& whole : names.keys_starting_with(type, keys[s] + ' '))
                all += names.termfreq(schema::make_boolean_term(type.prefix, whole));
            return 2 * articles_of(l) >= all;
        };
        // The articles that cut the name name the whole too, whole or by its
        // acronym (`acronym`), in half of them at least: a phrase of its own
        // is named apart ("Badan Usaha" of "Kerjasama Pemerintah dan Badan
        // Usaha (KPBU)", no cut of BUMN's name).
        auto named_beside_whole = [&](std::size_t s, std::size_t l, const std::string& acronym) {
            const std::string cut = schema::make_boolean_term(type.prefix, keys[s]);
            const Xapian::doccount beside =
                names.articles_with_both(cut, schema::make_boolean_term(type.prefix, keys[l])) +
                names.articles_with_both(cut, schema::make_boolean_term(type.prefix, acronym));
            return 2 * beside >= articles_of(s);
        };
        for (std::size_t s = 0; s < keys.size(); ++s) {
            if (!live(s) || words(s) < 2 || !organization_head(word_list(s)[0])) continue;
            join_the_one(s, [&](std::size_t l) {
                // The key as written: its bare name drops words ("Himpunan
                // Mahasiswa Indonesia" is no cut of "Himpunan Mahasiswa Islam").
                if (keys[l].size() <= keys[s].size() + 1 || keys[l].compare(0, keys[s].size(), keys[s]) != 0 ||
                    keys[l][keys[s].size()] != ' ' ||
                    articles_of(l) < kCutNameRarity * std::max<Xapian::doccount>(articles_of(s), 1))
                    return false;
                for (const auto& form : names.forms_written_for(type, keys[l])) {
                    const std::string written = schema::normalize_boolean_value(form.first);
                    if (written.find(' ') == std::string::npos &&
                        acronym_spells(names, std::vector<std::string_view>{written}, word_list(l), true))
                        return most_of_its_wholes(s, l) && named_beside_whole(s, l, written);
                }
                return false;
            });
        }
    }
    if (type.type == EntityType::Location) join_ke_an_forms();
    if (type.type == EntityType::Location) {
        // A facility (an airport, a stadium, a port, a circuit) with its head
        // and "Internasional" after it, or a place the database knows after
        // its name (a city, a regency, a town: kMinShortFormArticles
        // articles or more; its last word or two), beside the name without
        // them, with the same head ("Bandara Supadio Pontianak", "Bandara
        // Internasional Supadio", "Bandara Supadio"; "Bandara Iskandar
        // Pangkalan Bun", "Bandara Iskandar"): one place, into the commonest.
        // Not where the name left is a city, regency or province ("Stadion
        // Bogor Pakansari" is no "Stadion Bogor"; stays_apart()) or nothing
        // but the place ("Bandara Internasional Jawa Barat"), nor names of
        // one start after two places ("Stadion Gelora Bangkalan", "Stadion
        // Gelora Sidoarjo"), nor a start the database goes on with other words
        // than a place ("Stadion Mandala" of "Stadion Mandala Krida": the
        // start of several names). Not the name without its head either
        // ("Jawa Barat"); nor roads, buildings, stations, whose names stand
        // for many ("Jalan Sudirman Pekanbaru", "Stasiun MRT Bugis").
        constexpr std::string_view kFacilityHeads[] = {"bandara", "stadion", "pelabuhan", "sirkuit"};
        constexpr std::size_t kMaxPlaceWords = 2;
        auto known_place = [&](std::span<const std::string_view> words) {
            return names.termfreq(schema::make_boolean_term(type.prefix, spaced(words))) >=
                   EntityNames::kMinShortFormArticles;
        };
        struct Named {
            std::size_t key;
            std::string place_after;  ///< "" without one
            bool shortened;           ///< "Internasional" or a place left out
        };
        std::map<std::string, std::vector<Named>> by_name;  // head kind + name without them
        struct ByTown {
            std::size_t key;
            std::string_view head;
            std::string town;
            bool shortened;  ///< "Internasional" or the head again
        };
        std::vector<ByTown> by_town;  // a head and a town alone ("Bandara Pekanbaru")
        for (std::size_t s = 0; s < keys.size(); ++s) {
            if (!live(s) || std::find(std::begin(kFacilityHeads), std::end(kFacilityHeads), head_kind_of(s)) ==
                                std::end(kFacilityHeads))
                continue;
            std::span<const std::string_view> name = word_list(s);
            const bool international = name.size() > 1 && name[0] == kInternationalWord;
            if (international) name = name.subspan(1);
            // The head written again after "Internasional" or itself, as
            // captions do ("Bandara Internasional Bandara Sultan Syarif Kasim").
            const bool head_again = name.size() > 1 && name[0] == head_kind_of(s);
            if (head_again) name = name.subspan(1);
            std::size_t kept = name.size();
            for (std::size_t tail = std::min(kMaxPlaceWords, name.size() - 1); tail >= 1 && kept == name.size(); --tail)
                if (known_place(name.last(tail))) kept = name.size() - tail;
            // Nothing but a town ("Bandara Kuala Lumpur"; not "Bandara BIJB
            // Kertajati", a name before its town).
            if (kept == name.size() && name.size() <= kMaxPlaceWords && known_place(name)) {
                by_town.push_back({s, head_kind_of(s), spaced(name), international || head_again});
                continue;
            }
            // The facility's number after its name ("Bandara SSK II
            // Pekanbaru", "Bandara SSK"): the same one.
            std::span<const std::string_view> own = name.first(kept);
            const bool numbered = own.size() > 1 && is_roman_numeral(own.back());
            if (numbered) own = own.first(own.size() - 1);
            std::string headed = std::string(head_kind_of(s)) + ' ' + spaced(own);
            if (kept < name.size() && stays_apart(type, names, headed)) continue;
            by_name[std::move(headed)].push_back(
                {s, spaced(name.subspan(kept)), international || head_again || numbered || kept < name.size()});
        }
        // A facility's acronym of three letters or more, its town after it
        // or not, beside its name in full with the same head ("Bandara SSK
        // Pekanbaru", "Bandara Sultan Syarif Kasim"; "Stadion GBK"): one
        // place, where the acronym spells the one such name of the list.
        std::vector<std::string> acronyms;
        for (const auto& entry : by_name)
            if (const std::vector<std::string_view> name = name_words(entry.first);
                name.size() == 2 && name[1].size() >= 3)
                acronyms.push_back(entry.first);
        for (const std::string& acronym : acronyms) {
            const std::vector<std::string_view> acronym_words = name_words(acronym);
            std::map<std::string, std::vector<Named>>::iterator spelled = by_name.end();
            bool two = false;
            for (auto it = by_name.begin(); it != by_name.end(); ++it) {
                const std::vector<std::string_view> name = name_words(it->first);
                if (name.size() < 3 || name[0] != acronym_words[0] ||
                    !acronym_of(acronym_words[1], std::span(name).subspan(1), 3))
                    continue;
                two = spelled != by_name.end();
                spelled = it;
            }
            if (spelled == by_name.end() || two) continue;
            for (Named& n : by_name[acronym]) {
                n.shortened = true;
                spelled->second.push_back(std::move(n));
            }
            by_name.erase(acronym);
        }
        // A head and a town alone ("Bandara Pekanbaru", "Bandara
        // Internasional Pekanbaru") beside the one facility of that head that
        // the list names with the town after it ("Bandara SSK Pekanbaru"),
        // where the database names them beside each other: that town's. Else
        // a name of its own.
        std::map<std::string, std::vector<Named>> town_alone;  // head kind + town
        for (const ByTown& alone : by_town)
            town_alone[std::string(alone.head) + ' ' + alone.town].push_back({alone.key, "", alone.shortened});
        for (auto& entry : town_alone) {
            const std::string& head_town = entry.first;
            const std::size_t space = head_town.find(' ');
            const std::string_view head = std::string_view(head_town).substr(0, space + 1);  // with its space
            const std::string_view town = std::string_view(head_town).substr(space + 1);
            auto with_town = by_name.end();
            bool two = false;
            // Not a town whose name the database gives a facility of its own
            // ("Bandara Internasional Beijing", the capital's airport, beside
            // "Bandara Daxing Beijing").
            const bool town_names_one = names.term_exists(schema::make_boolean_term(
                type.prefix, std::string(head) + std::string(kInternationalWord) + ' ' + std::string(town)));
            for (auto it = by_name.begin(); it != by_name.end() && !town_names_one; ++it) {
                if (!it->first.starts_with(head)) continue;
                // Named with the town in this list, else in the database
                // ("Bandara Sultan Syarif Kasim II Pekanbaru").
                std::optional<bool> town_in_database;
                auto with_this_town = [&](const Named& n) {
                    if (n.place_after == town) return true;
                    if (!n.place_after.empty()) return false;
                    if (!town_in_database) {
                        const std::string name = it->first;
                        town_in_database = false;
                        for (const std::string& key : names.keys_starting_with(type, name + ' ')) {
                            std::vector<std::string_view> more =
                                name_words(std::string_view(key).substr(name.size() + 1));
                            if (!more.empty() && is_roman_numeral(more.front())) more.erase(more.begin());
                            if (spaced(more) == town) town_in_database = true;
                        }
                    }
                    return *town_in_database;
                };
                const bool beside = std::any_of(it->second.begin(), it->second.end(), [&](const Named& n) {
                    return with_this_town(n) &&
                           std::any_of(entry.second.begin(), entry.second.end(),
                                       [&](const Named& alone) { return articles_together(alone.key, n.key) > 0; });
                });
                if (!beside) continue;
                two = with_town != by_name.end();
                with_town = it;
            }
            const bool of_facility = with_town != by_name.end() && !two;
            auto& into_name = of_facility ? with_town->second : by_name[head_town];
            for (Named& alone : entry.second) {
                alone.shortened = alone.shortened || of_facility;
                into_name.push_back(std::move(alone));
            }
        }
        std::vector<std::size_t> place;
        for (const auto& entry : by_name) {
            // Named, not a structured binding: clang 14 captures no binding in a lambda.
            const std::string& name = entry.first;
            const auto& named = entry.second;
            std::string_view after;
            bool shortened = false, two_places = false;
            for (const Named& n : named) {
                shortened = shortened || n.shortened;
                if (n.place_after.empty()) continue;
                two_places = two_places || (!after.empty() && after != n.place_after);
                after = n.place_after;
            }
            if (named.size() < 2 || !shortened || two_places) continue;
            const std::vector<std::string> longer = names.keys_starting_with(type, name + ' ');
            if (std::any_of(longer.begin(), longer.end(), [&](const std::string& key) {
                    std::vector<std::string_view> more = name_words(std::string_view(key).substr(name.size() + 1));
                    // The facility's number before its town ("Bandara
                    // Sultan Syarif Kasim II Pekanbaru"): the same one.
                    if (!more.empty() && is_roman_numeral(more.front())) more.erase(more.begin());
                    return !more.empty() && !known_place(more);
                }))
                continue;
            place.clear();
            for (const Named& n : named) place.push_back(n.key);
            join_into_commonest(place);
        }
    }
    if (type.type == EntityType::Location) {
        // A place with its head and fewer words of its name, ending the
        // same, beside the whole name with the same head: "Bandara
        // Kertajati", "Bandara Internasional Kertajati" of "Bandara
        // Internasional Jawa Barat Kertajati", "Gedung KPK" of "Gedung Merah
        // Putih KPK"; all into the commonest. Not where the longer names do
        // not nest ("Gedung Lama KPK" beside "Gedung Merah Putih KPK"), the
        // end is a city, regency or province ("Stasiun Bogor";
        // stays_apart()), nor without the head ("Jawa Barat" is no airport).
        auto fewer_words = [&](std::size_t part, std::size_t whole) {
            const auto& p = word_list(part);
            const auto& w = word_list(whole);
            return !p.empty() && w.size() > p.size() && p.back() == w.back() && words_in_order(p, w);
        };
        for (std::size_t s = 0; s < keys.size(); ++s) {
            if (!live(s) || head_kind_of(s).empty()) continue;
            std::vector<std::size_t> place{s};
            for (std::size_t l = 0; l < keys.size(); ++l)
                if (l != s && live(l) && head_kind_of(l) == head_kind_of(s) && fewer_words(s, l)) place.push_back(l);
            if (place.size() < 2 || stays_apart(type, names, keys[s])) continue;
            const std::size_t longest = *std::max_element(
                place.begin(), place.end(), [&](std::size_t a, std::size_t b) { return words(a) < words(b); });
            if (!std::all_of(place.begin(), place.end(),
                             [&](std::size_t i) { return i == longest || fewer_words(i, longest); }))
                continue;
            join_into_commonest(place);
        }
    }
    if (type.type == EntityType::Location) {
        // A place with its head beside the one key of the list that is it
        // with a place after it, where that place (one key, or two: an area
        // and its city) is in the list too: "Gedung Kodim" (16) beside
        // "Gedung Kodim Kalideres" (15) and Kalideres (27) in n121's list,
        // the old Kodim building in Kalideres that housed asylum seekers.
        // The short name stands for many across the database (every Kodim
        // has a building), so only the answer tells: it names the place and
        // no other such building ("Gedung Kodim Tangerang" beside it leaves
        // it apart). Not a head and a word any such road or airport takes
        // ("Jalan Raya" of "Jalan Raya Kalimalang", "Bandara Internasional").
        // Into the commoner, the shorter on a tie ("Bandara Syamsudin Noor",
        // "Bandara Syamsudin Noor Banjarmasin").
        constexpr std::size_t kMaxPlaceWordsAfter = 2;
        // Other words the database goes on with after the name, beside the
        // place's: "Gedung Kodim" goes on with Kalideres and "Perumahan Daan
        // Mogot Baru" (the same building's address).
        constexpr std::size_t kMaxOtherNextWords = 1;
        const std::set<std::string_view> listed_place(keys.begin(), keys.end());
        // A road from one place to another ("Jalan Raya Bogor-Kukusan", the
        // toll road's section, beside "Jalan Raya Bogor"): another road.
        auto is_route = [](std::string_view whole, std::string_view part) {
            return whole.find('-') != std::string_view::npos && part.find('-') == std::string_view::npos;
        };
        auto places_listed = [&](std::span<const std::string_view> extra) {
            return one_place_or_two(
                extra, [&](std::span<const std::string_view> words) { return listed_place.contains(spaced(words)); });
        };
        for (std::size_t s = 0; s < keys.size(); ++s) {
            const auto& part = word_list(s);
            if (!live(s) || head_kind_of(s).empty() || part.empty() || stays_apart(type, names, keys[s]) ||
                only_a_qualifier(part))
                continue;
            std::size_t with_place = keys.size(), holders = 0;
            for (std::size_t l = 0; l < keys.size(); ++l) {
                const auto& whole = word_list(l);
                if (l == s || !live(l) || head_kind_of(l) != head_kind_of(s) || whole.size() <= part.size() ||
                    !std::equal(part.begin(), part.end(), whole.begin()) || is_route(keys[l], keys[s]))
                    continue;
                ++holders;
                const std::span<const std::string_view> extra = std::span(whole).subspan(part.size());
                if (extra.size() <= kMaxPlaceWordsAfter && places_listed(extra)) with_place = l;
            }
            if (holders != 1 || with_place == keys.size()) continue;
            // The database's other names that go on from it, by their next
            // word: a name that starts many is many places' ("Stasiun MRT"
            // goes on with Bugis, Bundaran HI, Senayan, ...; "Stadion
            // Mandala" with Krida, Yogyakarta's, and Tengah).
            const std::string_view next_of_holder = word_list(with_place)[part.size()];
            std::set<std::string_view> other_next_words;
            const std::vector<std::string> longer = names.keys_starting_with(type, keys[s] + ' ');
            for (const std::string& key : longer)
                if (const auto next = name_words(std::string_view(key).substr(keys[s].size() + 1));
                    !next.empty() && next.front() != next_of_holder)
                    other_next_words.insert(next.front());
            if (other_next_words.size() <= kMaxOtherNextWords) join_rarer(with_place, s);
        }
    }
    // A facility named with and without the town or district it lies in
    // after its name, in one list: "RS MH Thamrin" beside "RS MH Thamrin
    // Purwakarta", "RSUD Sultan Imanuddin" beside "... Pangkalan Bun",
    // "Stadion Mandala" beside "Stadion Mandala Jayapura", "Hotel Fairmont"
    // beside "Hotel Fairmont Senayan Jakarta". The shorter starts with a
    // facility's kind (a place head, starts_with_facility_kind()) and a
    // name; the longer is it and a place the database knows (one key or
    // two, an area and its town: "Senayan Jakarta"), not a direction or a
    // size ("Papua Barat", kNameQualifiers). A chain's name stands for many
    // branches across the database ("RS Siloam"), so only the list tells:
    // the longer is the one key of the list going on from the shorter
    // ("RS Siloam Purwakarta" beside "RS Siloam Kebon Jeruk" leaves all
    // apart). Not a head and a word any such place takes ("Jalan Raya",
    // "Bandara Internasional"). Into the commoner.
    if (type.type != EntityType::Person) {
        constexpr std::size_t kMaxTownWordsAfter = 2;
        // A road's name is many towns' roads' ("Jalan Sudirman"), no
        // facility's.
        constexpr std::string_view kRoadKinds[] = {"jalan", "gang", "tol", "jalur"};
        // Whether `words` name a place the database knows: a key of
        // kMinShortFormArticles articles or more (or a key articles wrote
        // them for, place_keys()), a word alone one the news writes as a
        // place in a good share of the articles that write it at all
        // ("Purwakarta"; not "Mandala", "Kabupaten").
        auto known_place = [&](std::span<const std::string_view> words) {
            if (words.size() == 1 && (is_name_qualifier(words[0]) || is_place_head(words[0]))) return false;
            const std::string name = spaced(words);
            const Xapian::doccount as_word = words.size() == 1 ? names.termfreq(name) : 0;
            return std::ranges::any_of(place_keys(name), [&](const std::string& place) {
                const Xapian::doccount in_place = place_articles(place);
                return in_place >= EntityNames::kMinShortFormArticles &&
                       in_place >= EntityNames::kMinHomePlaceNameShare * as_word;
            });
        };
        auto town_after = [&](std::span<const std::string_view> extra) {
            return extra.size() <= kMaxTownWordsAfter && one_place_or_two(extra, known_place);
        };
        // Whether `larger` is a place `town` lies in: the database's articles
        // of the town name it in 1 / kGluedPlaceShare of them at least
        // ("Kramat Jati", "Jakarta Timur": "RS Polri Jakarta Timur" is the
        // hospital of "RS Polri Kramat Jati").
        auto town_within = [&](std::string_view town, std::string_view larger) {
            const std::string town_term = schema::make_boolean_term(schema::kPrefixLocation, std::string(town));
            const Xapian::doccount both = names.articles_with_both(
                town_term, schema::make_boolean_term(schema::kPrefixLocation, std::string(larger)));
            return both > 0 && kGluedPlaceShare * both >= names.termfreq(town_term);
        };
        for (std::size_t s = 0; s < keys.size(); ++s) {
            if (!live(s)) continue;
            const bool facility = type.type == EntityType::Location && !head_kind_of(s).empty() &&
                                  std::ranges::find(kRoadKinds, head_kind_of(s)) == std::end(kRoadKinds);
            if (!facility && !starts_with_facility_kind(keys[s])) continue;
            // A name, not a head alone or a head and a rank ("Jalan Tol",
            // "Jalan Jenderal" cut from "Jalan Jenderal Ahmad Yani", beside
            // "Jalan Jenderal Sudirman").
            const auto& part = word_list(s);
            if (part.empty() || is_place_head(keys[s]) || leading_ranks(part, true) == part.size() ||
                (facility && only_a_qualifier(part)))
                continue;
            const std::string start = keys[s] + ' ';
            std::size_t holder = keys.size(), holders = 0;
            for (std::size_t l = 0; l < keys.size(); ++l)
                if (l != s && live(l) && keys[l].starts_with(start)) {
                    ++holders;
                    holder = l;
                }
            if (holders != 1 || stays_apart(type, names, keys[s])) continue;
            const std::string_view town = std::string_view(keys[holder]).substr(start.size());
            const std::vector<std::string_view> extra = name_words(town);
            if (extra.empty() || !town_after(extra)) continue;
            // A chain's or a body's facilities, or a name that starts
            // another's: the database writes the name with another town
            // after it ("Stasiun MRT" with Senayan, Bugis beside Lebak Bulus;
            // "Rumah Sakit Siloam" with Bali beside Karawaci) or with other
            // words it names kMinShortFormArticles times at least ("Stadion
            // Mandala Krida", Yogyakarta's, beside "Stadion Mandala
            // Jayapura"), and a facet list over many articles may hold one
            // and the name of another. Other forms of the town share a word
            // with it ("RSPAD Gatot Subroto Jakarta Pusat", "... Jakarta").
            const bool another_place =
                std::ranges::any_of(names.keys_starting_with(type, start), [&](const std::string& longer) {
                    const std::string_view other = std::string_view(longer).substr(start.size());
                    if (other == town || EntityNames::share_a_word(other, town) ||
                        squeezed(type, other) == squeezed(type, town) || town_within(town, other) ||
                        town_within(other, town))
                        return false;
                    const auto other_words = name_words(other);
                    return !other_words.empty() &&
                           (town_after(other_words) || names.termfreq(schema::make_boolean_term(type.prefix, longer)) >=
                                                           EntityNames::kMinShortFormArticles);
                });
            if (!another_place) join_rarer(holder, s);
        }
    }
    if (type.type == EntityType::Location) {
        // A place's name cut by an acronym in brackets (cut_by_acronym()),
        // and its pieces: the part before the acronym beside the rest, with
        // the head or the acronym before it or alone, and the whole
        // ("Bandara Internasional Jawa Barat", "Bandara Kertajati", "BIJB
        // Kertajati", "Kertajati"); all into the commonest.
        for (std::size_t s = 0; s < keys.size(); ++s) {
            if (!live(s) || head_kind_of(s).empty() || headed_words(s).size() < 3) continue;
            const std::string start = keys[s] + ' ';
            if (!names.any_term_starts_with(schema::make_boolean_term(type.prefix, keys[s]) + ' ')) continue;
            std::vector<std::size_t> pieces{s};
            for (std::size_t l = 0; l < keys.size(); ++l) {
                if (l == s || !live(l)) continue;
                std::string_view rest = keys[l];
                if (rest.compare(0, start.size(), start) == 0)
                    rest.remove_prefix(start.size());  // the whole
                else if (head_kind_of(l) == head_kind_of(s))
                    rest.remove_prefix(place_head(keys[l]));
                else if (!head_kind_of(l).empty())
                    continue;
                else if (const std::size_t space = rest.find(' ');
                         space != std::string_view::npos && acronym_of(rest.substr(0, space), headed_words(s), 3))
                    rest.remove_prefix(space + 1);
                if (cut_by_acronym(type, names, keys[s], headed_words(s), rest)) pieces.push_back(l);
            }
            if (pieces.size() < 2) continue;
            join_into_commonest(pieces);
        }
    }
    if (type.type == EntityType::Location) {
        // A place with the short form of a larger place after it ("Likupang
        // Sulut", "Labuan Bajo NTT"), beside the place alone: the rest a name
        // articles wrote for another key (the gazetteer folds "Sulut" into
        // "Sulawesi Utara") more than as a key of its own, and the whole the
        // rarer. Not a city named with its province's own name ("Banda
        // Aceh" is no Banda), nor one the news names more than the first
        // words ("Padang Pariaman").
        for (std::size_t s = 0; s < keys.size(); ++s) {
            // Not a route ("Surabaya-Jakarta").
            if (!live(s) || words(s) < 2 || keys[s].find('-') != std::string::npos) continue;
            join_the_one(s, [&](std::size_t l) {
                if (words(l) >= words(s) || bare[s].compare(0, bare[l].size(), bare[l]) != 0 ||
                    bare[s][bare[l].size()] != ' ' || head_kind_of(s) != head_kind_of(l))
                    return false;
                return articles_of(s) < articles_of(l) &&
                       written_for_larger_place(names, type, std::string(bare[s].substr(bare[l].size() + 1)));
            });
        }
        join_glued();
        // A facility's head alone beside the one place of the list with that
        // head (kFacilityHeadsAlone: "Istana" beside "Istana Kepresidenan",
        // "Taman Makam Pahlawan" beside "Taman Makam Pahlawan Kalibata"):
        // the news writes the head alone for the facility it has named in
        // full; into the facility, whose name says which. Of two places of
        // the kind ("Istana Bogor", "Istana Merdeka"), which one is unknown.
        for (std::size_t s = 0; s < keys.size(); ++s) {
            const std::string_view kind = head_kind(keys[s]);
            if (!live(s) || std::find(std::begin(kFacilityHeadsAlone), std::end(kFacilityHeadsAlone), kind) ==
                                std::end(kFacilityHeadsAlone))
                continue;
            std::size_t facility = keys.size(), of_the_kind = 0;
            for (std::size_t l = 0; l < keys.size(); ++l)
                if (l != s && live(l) && head_kind_of(l) == kind) {
                    facility = l;
                    ++of_the_kind;
                }
            if (of_the_kind == 1) join(s, facility);
        }
        // A one-word name clipped from the last word of a place the database
        // names ten times as often ("Yogya", "Jogja" of "Yogyakarta": J as
        // the old spelling's Y), beside it, neither with a head (clipped_place()).
        for (std::size_t s = 0; s < keys.size(); ++s) {
            if (!live(s) || words(s) != 1 || !head_kind_of(s).empty()) continue;
            join_the_one(s, [&](std::size_t l) {
                return head_kind_of(l).empty() && clipped_place(word_list(s)[0], word_list(l).back()) &&
                       articles_of(l) >= kClippedPlaceShare * articles_of(s);
            });
        }
        // A person's name typed as a place, and its last word alone beside it
        // ("Ulum" of "Miftahul Ulum", a pesantren's name and a person's),
        // neither with a head: the tagger's piece of the name, where the
        // database names the name as a person (kMinGluedPersonArticles) and
        // its articles naming the word name the name too in half of them at
        // least. Not a direction or a size (kNameQualifiers: "Barat" of "Jawa
        // Barat" is the West), nor a region's name ("Bima" of "Bima Sakti": a
        // city). A place or a body with a place's name is another thing than
        // the place ("RSUD Koja", "Slavia Praha", "Jembatan Holtekamp").
        // Names by their last word, looked up for each word alone: the
        // database is asked only where the list holds both.
        std::vector<std::pair<std::string_view, std::size_t>> by_last_word;
        for (std::size_t l = 0; l < keys.size(); ++l)
            if (words(l) >= 2 && head_kind_of(l).empty()) by_last_word.emplace_back(word_list(l).back(), l);
        std::sort(by_last_word.begin(), by_last_word.end());
        for (std::size_t s = 0; s < keys.size() && !by_last_word.empty(); ++s) {
            if (!live(s) || words(s) != 1 || !head_kind_of(s).empty() || is_name_qualifier(word_list(s)[0]) ||
                !std::binary_search(by_last_word.begin(), by_last_word.end(),
                                    std::make_pair(word_list(s)[0], std::size_t{0}),
                                    [](const auto& a, const auto& b) { return a.first < b.first; }) ||
                is_region(names, type, keys[s]))
                continue;
            join_the_one(s, [&](std::size_t l) {
                return words(l) >= 2 && head_kind_of(l).empty() && word_list(l).back() == word_list(s)[0] &&
                       names.termfreq(schema::make_boolean_term(schema::kPrefixPerson, keys[l])) >=
                           kMinGluedPersonArticles &&
                       2 * articles_together(s, l) >= std::max<Xapian::doccount>(articles_of(s), 1);
            });
        }
    }
    if (type.type == EntityType::Organization) {
        // An airline with the word for a flight after it and no number ("Wings
        // Air Penerbangan": the tagger stopped before it), beside the airline,
        // where the database names the airline's flights by their number
        // ("Wings Air Penerbangan IW-1458"): the airline. Not a body of
        // aviation ("Badan Penerbangan"), no flight's.
        constexpr std::string_view kFlightWord = " penerbangan";
        for (std::size_t s = 0; s < keys.size(); ++s) {
            if (!live(s) || keys[s].size() < kFlightWord.size() + 3 || !keys[s].ends_with(kFlightWord)) continue;
            const std::string airline = key_shape(type, keys[s].substr(0, keys[s].size() - kFlightWord.size()))->bare;
            std::size_t with_airline = keys.size();
            for (std::size_t l = 0; l < keys.size() && with_airline == keys.size(); ++l)
                if (l != s && live(l) && bare[l] == airline) with_airline = l;
            if (with_airline == keys.size()) continue;
            const std::vector<std::string> flights = names.keys_starting_with(type, keys[s] + ' ');
            if (std::any_of(flights.begin(), flights.end(), [&](const std::string& flight) {
                    return flight_number_at(flight) == keys[s].size() - kFlightWord.size();
                }))
                join_the_one(s, [&](std::size_t l) { return l == with_airline; });
        }
        // A company named with its legal form and its city after the name,
        // beside the name alone ("PT MRT Jakarta", "MRT"): the rest a place's
        // name the news writes. Not without the legal form: "Kementerian
        // Keuangan Jepang" is another ministry than "Kementerian Keuangan".
        const schema::EntityTypeSchema& places = schema::entity_schema(EntityType::Location);
        for (std::size_t s = 0; s < keys.size(); ++s) {
            if (!live(s) || bare[s].size() < 3) continue;
            join_the_one(s, [&](std::size_t l) {
                if (bare[l].size() <= bare[s].size() + 1 || bare[l].compare(0, bare[s].size(), bare[s]) != 0 ||
                    bare[l][bare[s].size()] != ' ' || EntityNames::without_designator_word(type.type, keys[l]).empty())
                    return false;
                // Written as a place's name ("Jakarta", which the gazetteer
                // folds into "Daerah Khusus Ibukota Jakarta").
                Xapian::doccount written = 0;
                for (const auto& place : names.keys_written_as(places, std::string(bare[l].substr(bare[s].size() + 1))))
                    written += place.second;
                return written >= EntityNames::kMinShortFormArticles;
            });
        }
        // A name cut short before a coordination joins the whole: "Badan
        // Meteorologi Klimatologi" of "Badan Meteorologi, Klimatologi, dan
        // Geofisika" (the tagger stops at a comma or "dan"); of several
        // wholes, the one the database names kLaterWordsShare times as often
        // as each other ("Badan Meteorologi" beside "Badan Meteorologi dan
        // Geofisika", the body's name of one article).
        for (std::size_t s = 0; s < keys.size(); ++s) {
            if (!live(s) || words(s) < 2) continue;
            std::vector<std::size_t> wholes;
            for (std::size_t l = 0; l < keys.size(); ++l)
                if (l != s && live(l) && starts_with_letter_of(keys[l], bare[s]) &&
                    cut_before_coordination(bare[s], keys[l]))
                    wholes.push_back(l);
            if (wholes.empty()) continue;
            const std::size_t most = *std::max_element(wholes.begin(), wholes.end(), [&](std::size_t a, std::size_t b) {
                return articles_of(a) < articles_of(b);
            });
            if (std::all_of(wholes.begin(), wholes.end(), [&](std::size_t l) {
                    return l == most || articles_of(most) >= kLaterWordsShare * articles_of(l);
                }))
                join(s, most);
        }
        join_glued();
        // A name that starts or ends the one longer name of the list holding
        // it (place_in()) is that body ("PT Solo Manufaktur", "PT Solo
        // Manufaktur Kreasi"; "City", "Manchester City"; "Verona", "Hellas
        // Verona"; "Mercedes", "Tim Mercedes AMG Petronas"), into the
        // commoner, unless:
        // - the name is a head alone ("Bank", "Polda"), or the words make
        //   the longer another body (another_body_by_words(): "Timnas
        //   Indonesia U-16", "Reskrim Polres Malang", "Thai Lion Air" beside
        //   "Lion Air Group", "PT Toyota Astra Motor");
        // - the database names it kShorterBodyShare times as often as the
        //   longer ("Lion Air", "Thai Lion Air");
        // - unless articles wrote it for the longer (the alias terms:
        //   "Bayern" for "Bayern Muenchen"), it names a place more than a
        //   body ("Frankfurt", "Eintracht Frankfurt": a city's club), or it
        //   starts the longer and the database names it more ("Giant", 9,
        //   beside "Giant Ekstra Citra Raya", 3; "PT Jasa Marga" beside "PT
        //   Jasa Marga Cabang Purbaleunyi": a store, a branch, an offshoot;
        //   not a club's last word, is_club_suffix(): "West Ham", "West Ham
        //   United"), has a head
        //   ("Kementerian Keuangan Jepang", "Bank Mandiri Syariah") or a
        //   place's name after it ("KPU DKI"): a body's branch, of one
        //   country, or another body of its kind.
        // A name around one word more inside is the longer one's where the
        // database names it kShorterBodyShare times less ("Polres Jakarta
        // Selatan" 6, "Polres Metro Jakarta Selatan" 20; not "Dewan
        // Perwakilan Daerah", 170, beside "Dewan Perwakilan Rakyat Daerah",
        // 446, nor "Universitas Indonesia" beside "Universitas Islam
        // Indonesia").
        // Of several longer names holding it, first those the news calls by
        // their other words are dropped (called_by_other_words(): articles
        // write those words for it kMinShortFormArticles times or more,
        // "Norwich" 19 times for "Norwich City"); of the rest, the one the
        // database names it beside kLaterWordsShare times as often as each
        // other, in half its articles at least ("City" beside "Manchester
        // City" 24 times, "Leicester City" 4); else none.
        auto called_by_other_words = [&](std::span<const std::string_view> part, std::size_t whole) {
            const PartPlacement placed = place_in(part, word_list(whole));
            if (placed.at == Placement::Inside || placed.extra.empty()) return false;
            for (const auto& [key, uses] : names.keys_written_as(type, spaced(placed.extra)))
                if (key == keys[whole]) return uses >= EntityNames::kMinShortFormArticles;
            return false;
        };
        // Of several, first the one that adds only a parent body's name
        // before it, where the list names that parent too (as a key, or as
        // the key its articles wrote those words for: "TNI" for "Tentara
        // Nasional Indonesia"), and the database's articles of the name name
        // the parent in 1 / kUnitBesideParentShare of them at least: the
        // parent's unit. "Angkatan Darat" beside "TNI Angkatan Darat"
        // (written "TNI AD") and TNI in n01's list, which also holds "Rumah
        // Sakit Pusat Angkatan Darat" (RSPAD), the army's hospital; TNI is
        // named in 12 of Angkatan Darat's 24 articles. Not "Angkatan Laut"
        // beside "TNI Angkatan Laut" (n435): TNI in 1 of its 10, the others
        // the US, Canadian or Russian navies. Holders naming two parents
        // tell nothing; of one parent's, the commonest in the list. Before
        // the holders called by other words are dropped: articles write
        // "TNI" for "TNI Angkatan Darat" too.
        auto unit_of_listed_parent = [&](std::size_t s, const std::vector<std::size_t>& holders) {
            std::size_t found = keys.size(), parent = keys.size();
            for (const std::size_t l : holders) {
                const PartPlacement placed = place_in(word_list(s), word_list(l));
                if (placed.at != Placement::End) continue;
                const std::vector<std::string> parent_names = names_of_tail(names, spaced(placed.extra));
                std::size_t listed = keys.size();
                for (const std::string& name : parent_names)
                    if (const auto at = std::ranges::find(keys, name); at != keys.end() && listed == keys.size())
                        listed = joined_into(static_cast<std::size_t>(at - keys.begin()));
                // A parent body is named kShorterBodyShare times as often as
                // its unit (TNI 478 articles, "TNI Angkatan Darat" 38;
                // "West Ham", 16, is West Ham United's, 11, short name).
                if (listed == keys.size() || listed == l || articles_of(listed) < kShorterBodyShare * articles_of(l) ||
                    !beside_in_share(s, listed, kUnitBesideParentShare))
                    continue;
                if (parent != keys.size() && parent != listed) return keys.size();
                parent = listed;
                if (found == keys.size() || count[l] > count[found]) found = l;
            }
            return found;
        };
        std::vector<std::size_t> holders;
        for (std::size_t s = 0; s < keys.size(); ++s) {
            const auto& part = word_list(s);
            if (!live(s) || part.empty() || (part.size() == 1 && organization_head(part[0]))) continue;
            holders.clear();
            for (std::size_t l = 0; l < keys.size(); ++l)
                if (l != s && live(l) && place_in(part, word_list(l)).at != Placement::None) holders.push_back(l);
            if (holders.empty() || holders.size() > kMaxHolders) continue;
            std::size_t whole = holders.size() == 1 ? holders[0] : unit_of_listed_parent(s, holders);
            if (whole == keys.size()) {
                std::erase_if(holders, [&](std::size_t l) { return called_by_other_words(part, l); });
                if (holders.empty()) continue;
                whole = holders.size() == 1 ? holders[0] : named_most_beside(names, type, keys, s, holders);
            }
            if (whole == keys.size()) continue;
            const PartPlacement placed = place_in(part, word_list(whole));
            const bool inside = placed.at == Placement::Inside;
            if (another_body_by_words(type.type, keys[s], part, keys[whole], placed) ||
                (inside ? kShorterBodyShare * articles_of(s) > articles_of(whole)
                        : articles_of(s) > kShorterBodyShare * articles_of(whole)))
                continue;
            const bool written_for = !inside && written_as(s, whole) > 0;
            if (placed.at == Placement::Start && !written_for && articles_of(s) > articles_of(whole) &&
                !is_club_suffix(placed.extra))
                continue;
            if (!inside && !written_for) {
                if (names_a_place_more(names, std::string(bare[s])) ||
                    (placed.at != Placement::End &&
                     (organization_head(part[0]) || names_a_place_more(names, spaced(placed.extra)))))
                    continue;
            }
            join_the_one(s, [&](std::size_t l) { return l == whole; });
        }
    }
    // An expansion cut before its last words beside the acronym of the whole,
    // as the tagger cuts a long name at a comma or a bracket ("Badan
    // Karantina Ikan" of "Badan Karantina Ikan, Pengendalian Mutu dan
    // Keamanan Hasil Perikanan", BKIPM; "The United Nations Educational" of
    // UNESCO): the cut name spells the first three letters or more of the
    // acronym (four to eight letters), one a word (initials_of()), one
    // letter at least left; the database names the acronym at least as
    // often, and in half of the cut name's articles at least
    // (kGluedPlaceShare). Into the one such acronym of the list. Not a
    // whole name whose initials start another body's acronym ("Badan
    // Narkotika Nasional", BNN, beside "BNNP", its provincial office: a few
    // of BNN's articles name it).
    if (type.type == EntityType::Organization) {
        constexpr std::size_t kMinSpelled = 3, kMaxAcronym = 8;
        std::vector<std::size_t> acronyms;
        for (std::size_t i = 0; i < keys.size(); ++i)
            if (live(i) && words(i) == 1 && bare[i].size() > kMinSpelled && bare[i].size() <= kMaxAcronym &&
                text::all_ascii_lowercase(bare[i]))
                acronyms.push_back(i);
        for (std::size_t s = 0; s < keys.size() && !acronyms.empty(); ++s) {
            if (!live(s) || words(s) < kMinSpelled) continue;
            // With the "Indonesia" bare names drop: a whole name's acronym
            // spells it ("Ikatan Sarjana Ekonomi Indonesia", ISEI, is no cut
            // of "ISEF").
            std::string initials = initials_of(word_list(s));
            if (keys[s].ends_with(" indonesia") && !bare[s].ends_with(" indonesia")) initials += 'i';
            if (initials.size() < kMinSpelled) continue;
            // The acronyms alone are tried: a list holds hundreds of names.
            std::size_t found = keys.size(), spelled = 0;
            for (const std::size_t l : acronyms)
                if (live(l) && bare[l].size() > initials.size() && bare[l].starts_with(initials) && ++spelled == 1)
                    found = l;
            if (spelled != 1 || articles_of(found) < articles_of(s)) continue;
            if (beside_in_share(s, found, kGluedPlaceShare)) join_the_one(s, [&](std::size_t l) { return l == found; });
        }
    }
    // An acronym of a compound word's parts, two or three letters
    // (acronym_of_parts(): "TJ" of "PT Transjakarta", which the news also
    // writes "Trans Jakarta"), where the database names the compound in
    // 1 / kCompoundAcronymShare of the acronym's articles at least (3 of
    // TJ's 11): into the one such name of the list. Two letters are many
    // names' initials: none of clickid's other compounds written apart
    // (Play Store, Sky Sports, App Store, Black Pink) is named beside its
    // letters, and "BP" (the oil company's petrol stations, "Bukan Pekerja")
    // would join BLACKPINK in three facet lists.
    if (type.type == EntityType::Organization) {
        constexpr std::size_t kMaxCompoundAcronym = 3;
        for (std::size_t s = 0; s < keys.size(); ++s) {
            if (!live(s) || words(s) != 1 || bare[s].size() > kMaxCompoundAcronym ||
                !text::all_ascii_lowercase(bare[s]))
                continue;
            join_the_one(s, [&](std::size_t l) {
                return words(l) == 1 && bare[l] != bare[s] &&
                       acronym_of_parts(names, type, bare[s], bare[l], keys[l]) &&
                       beside_in_share(s, l, kCompoundAcronymShare);
            });
        }
    }
    if (type.type != EntityType::Person) {
        // One name with its later words in another order (KeyShape::
        // reordered: "Badan Penanggulangan Bencana Nasional" of "Badan
        // Nasional Penanggulangan Bencana", "Rumah Sakit Asia Colombia"):
        // what the keys are joined into, into the commonest.
        std::vector<std::size_t> by_order;
        for (std::size_t i = 0; i < keys.size(); ++i)
            if (!shapes[i]->reordered.empty()) by_order.push_back(i);
        std::sort(by_order.begin(), by_order.end(), [&](std::size_t a, std::size_t b) {
            if (const int c = shapes[a]->reordered.compare(shapes[b]->reordered); c != 0) return c < 0;
            return a < b;
        });
        std::vector<std::size_t> group;
        for (std::size_t first = 0, end = 0; first < by_order.size(); first = end) {
            const std::string& order = shapes[by_order[first]]->reordered;
            for (end = first + 1; end < by_order.size() && shapes[by_order[end]]->reordered == order;) ++end;
            if (end - first < 2) continue;
            group.clear();
            for (std::size_t at = first; at < end; ++at)
                if (const std::size_t to = joined_into(by_order[at]); std::ranges::find(group, to) == group.end())
                    group.push_back(to);
            if (group.size() > 1) join_into_commonest(group);
        }
        // A long designator or head misspelt, the rest the same
        // (with_designator_respelled(): "Kabupanten Sikka", "Propinsi Irian
        // Jaya Barat"): into what the key as written right is joined into,
        // or the name's where the key stands for it (the bare name of
        // "Kabupaten Sikka", "Sikka"; not a regency beside its city, nor a
        // place under another head: "Kecanatan Kulim", "Kelurahan Kulim").
        for (std::size_t s = 0; s < keys.size(); ++s) {
            if (!live(s)) continue;
            const std::string respelled = with_designator_respelled(keys[s]);
            if (respelled.empty()) continue;
            std::size_t right = keys.size();
            for (std::size_t l = 0; l < keys.size() && right == keys.size(); ++l)
                if (l != s && keys[l] == respelled) right = l;
            if (right == keys.size() && !stays_apart(type, names, respelled)) {
                const auto shape = key_shape(type, respelled);
                for (std::size_t l = 0; l < keys.size() && right == keys.size(); ++l)
                    if (l != s && live(l) && squeezed_of(l) == shape->squeezed &&
                        (head_kind_of(l).empty() || head_kind_of(l) == shape->head_kind) &&
                        !stays_apart(type, names, keys[l]))
                        right = l;
            }
            if (right == keys.size()) continue;
            if (const std::size_t to = joined_into(right); to != s) join(s, to);
        }
        // One name whose first words are the same and whose later words
        // name one thing in two forms (names_of_tail(): a designator,
        // the form articles wrote for a key): "Bareskrim Mabes Polri" and
        // "Bareskrim Polri" (the police's criminal investigation agency,
        // with and without its headquarters' word), "Balai Kota DKI
        // Jakarta" and "Balai Kota DKI", "Gedung BI" and "Gedung Bank
        // Indonesia": the rest of the name the same, the two forms one
        // thing, one body or place. Into the commonest. Not a regency's or
        // a city's name of both ("RSUD Kota Tangerang", "RSUD Tangerang").
        std::map<std::string, std::vector<std::string>, std::less<>> tail_names;
        auto names_of = [&](const std::string& tail) -> const std::vector<std::string>& {
            auto found = tail_names.find(tail);
            if (found == tail_names.end()) found = tail_names.emplace(tail, names_of_tail(names, tail)).first;
            return found->second;
        };
        std::vector<std::vector<std::string_view>> key_words(keys.size());
        for (std::size_t i = 0; i < keys.size(); ++i) key_words[i] = name_words(keys[i]);
        // Whether keys[s] and keys[l] are the same words and then two forms
        // of one thing, after the first word or more.
        auto later_words_one_thing = [&](std::size_t s, std::size_t l) {
            const auto &a = key_words[s], &b = key_words[l];
            for (std::size_t same = 1; same < a.size() && same < b.size() && a[same - 1] == b[same - 1]; ++same) {
                const std::string tail_a = spaced(std::span(a).subspan(same)),
                                  tail_b = spaced(std::span(b).subspan(same));
                const auto &of_a = names_of(tail_a), &of_b = names_of(tail_b);
                if (std::ranges::any_of(
                        of_a, [&](const std::string& name) { return std::ranges::find(of_b, name) != of_b.end(); }))
                    return true;
            }
            return false;
        };
        std::vector<std::size_t> one_thing;
        for (std::size_t s = 0; s < keys.size(); ++s) {
            if (!live(s) || key_words[s].size() < 2) continue;
            one_thing = {s};
            for (std::size_t l = 0; l < keys.size(); ++l)
                if (l != s && live(l) && key_words[l].size() >= 2 && key_words[l][0] == key_words[s][0] &&
                    later_words_one_thing(s, l))
                    one_thing.push_back(l);
            if (one_thing.size() > 1) join_into_commonest(one_thing);
        }
    }
    // names31: a kind word before or after a name of the list.
    if (type.type != EntityType::Person)
        join_kind_word_beside_name(type, names, keys, articles_together, [&](std::size_t s, std::size_t l) {
            if (const std::size_t from = joined_into(s), to = joined_into(l); from != to) join_rarer(from, to);
        });
    // Joined keys point at their final key (a key joined into one that a
    // later rule joins again: "Bandara Supadio" into "Bandara Internasional
    // Supadio", that into the commoner "Bandara Supadio Pontianak").
    auto to_final_keys = [&] {
        for (std::size_t i = 0; i < into.size(); ++i)
            while (into[into[i]] != into[i]) into[i] = into[into[i]];
        return into;
    };
    if (type.type != EntityType::Person) return to_final_keys();
    auto starts = [&](std::size_t part, std::size_t whole) {
        return bare[whole].size() > bare[part].size() && bare[whole].compare(0, bare[part].size(), bare[part]) == 0 &&
               bare[whole][bare[part].size()] == ' ';
    };
    // A surname cut to its initial ("Iwa K" of "Iwa Karniwa"): into the one
    // longer name of the list with the other words the same and a last word
    // that starts with that letter.
    for (std::size_t s = 0; s < keys.size(); ++s) {
        if (!live(s) || words(s) < 2 || word_list(s).back().size() != 1) continue;
        const auto& cut = word_list(s);
        join_the_one(s, [&](std::size_t l) {
            const auto& whole = word_list(l);
            return whole.size() == cut.size() && whole.back().size() > 1 && whole.back()[0] == cut.back()[0] &&
                   std::equal(cut.begin(), cut.end() - 1, whole.begin());
        });
    }
    // A woman's maiden and married names: her first names (two words or
    // more, kMinMaidenFirstNameLength letters each) the same, then her own
    // last word or her husband's, which ends another name of the list that
    // starts otherwise ("Hasri Ainun Besari" and "Hasri Ainun Habibie"
    // beside "BJ Habibie"): one person's, into the commoner.
    auto ends_another_name = [&](std::size_t s, std::size_t l, std::string_view last) {
        for (std::size_t o = 0; o < keys.size(); ++o)
            if (o != s && o != l && live(o) && word_list(o).back() == last &&
                word_list(o).front() != word_list(s).front())
                return true;
        return false;
    };
    for (std::size_t s = 0; s < keys.size(); ++s) {
        if (!live(s) || words(s) < 3) continue;
        const auto& name = word_list(s);
        const auto first_names = std::span(name).first(name.size() - 1);
        if (std::any_of(first_names.begin(), first_names.end(),
                        [](std::string_view word) { return word.size() < kMinMaidenFirstNameLength; }))
            continue;
        join_the_one(s, [&](std::size_t l) {
            const auto& other = word_list(l);
            return other.size() == name.size() && other.back() != name.back() &&
                   std::equal(first_names.begin(), first_names.end(), other.begin()) &&
                   (ends_another_name(s, l, name.back()) || ends_another_name(s, l, other.back()));
        });
    }
    // A name of several words that starts a longer one the database names
    // as often or more but for a letter changed inside one word of four
    // letters or more ("Said Agil" of "Said Aqil Siradj"): the rest of the
    // name vouches for the slip. Not the last letter ("Hendra", "Hendro").
    for (std::size_t s = 0; s < keys.size(); ++s) {
        if (!live(s) || words(s) < 2) continue;
        join_the_one(s, [&](std::size_t l) {
            const auto& part = word_list(s);
            const auto& whole = word_list(l);
            if (whole.size() <= part.size()) return false;
            std::size_t changed = 0;
            for (std::size_t i = 0; i < part.size(); ++i)
                if (part[i] != whole[i] && (++changed > 1 || !letter_changed_inside(part[i], whole[i]))) return false;
            return changed == 1 && articles_of(l) >= articles_of(s);
        });
    }
    // Names of several words: the rarer form joins the commoner.
    // - a name that starts longer ones joins the one with the most articles
    //   when that has more and no other longer one rivals it ("Sri Mulyani",
    //   "Sri Mulyani Indrawati"), and so does a surname with its particle
    //   that ends one, whatever the counts ("Van Dijk", "Virgil van Dijk"),
    //   and a name's later words the database names far less often
    //   ("Binsar Pandjaitan");
    // - a longer name that a name as common or commoner starts joins it
    //   (named alike: "Liza Elly", "Liza Elly Purnamasari"), unless it
    //   holds another name of the list too ("Hotman Paris Hutapea" joins
    //   "Hotman Paris", "Marc Marquez Lanjut" of a headline joins "Marc
    //   Marquez"; "Joko Widodo-Ma'ruf Amin", a ticket, stays).
    // Any other name that ends a longer one may be another person's ("Joko
    // Widodo" of the rarer "Iriana Joko Widodo"): joined by the rules below
    // only.
    // A name with initials before it is that person's ("M Ikhsan Rosan",
    // "Ikhsan Rosan"): the rarer form joins the commoner.
    for (std::size_t s = 0; s < keys.size(); ++s) {
        if (!live(s) || words(s) < 2) continue;
        for (std::size_t l = 0; l < keys.size(); ++l) {
            if (!live(l) || !live(s) || !part_of(s, l)) continue;
            const auto& whole = word_list(l);
            const bool initials = std::all_of(whole.begin(), whole.end() - static_cast<long>(words(s)),
                                              [](std::string_view word) { return word.size() == 1; });
            if (!initials || starts(s, l)) continue;
            if (count[l] > count[s])
                join(s, l);
            else
                join(l, s);
        }
    }
    // Commoner in the list, else in the database: one article's list counts
    // each name once ("Deddy Mahendra" beside "Deddy Mahendra Desta").
    auto commoner = [&](std::size_t a, std::size_t b) {
        return count[a] > count[b] || (count[a] == count[b] && articles_of(a) > articles_of(b));
    };
    for (std::size_t s = 0; s < keys.size(); ++s) {
        if (!live(s) || words(s) < 2) continue;
        std::vector<std::size_t> longer;
        for (std::size_t l = 0; l < keys.size(); ++l)
            if (live(l) && part_of(s, l)) longer.push_back(l);
        if (longer.empty()) continue;
        std::size_t most = longer.front();
        for (const std::size_t l : longer)
            if (count[l] > count[most]) most = l;
        const bool surname = starts_with_particle(bare[s]) && !starts(s, most);
        // A name that ends a longer one the database names far more often:
        // its later words ("Binsar Pandjaitan" of "Luhut Binsar Panjaitan";
        // not "Joko Widodo" of the rarer "Iriana Joko Widodo").
        const bool later_words = !starts(s, most) && count[most] >= count[s] && articles_of(most) > 0 &&
                                 articles_of(most) >= kLaterWordsShare * articles_of(s);
        if ((starts(s, most) || surname || later_words) &&
            (commoner(most, s) || surname || (later_words && count[most] == count[s]))) {
            bool rivalled = false;
            for (const std::size_t l : longer)
                if (l != most && count[l] * 2 > count[most]) rivalled = true;
            if (!rivalled) join(s, most);
            continue;
        }
        for (const std::size_t l : longer) {
            if (!starts(s, l) || commoner(l, s)) continue;
            bool holds_another = false;
            for (std::size_t o = 0; o < keys.size(); ++o)
                if (o != s && o != l && live(o) && words(o) > 1 && part_of(o, l) && !part_of(o, s))
                    holds_another = true;
            if (!holds_another) join(l, s);
        }
    }
    // A name with more first words before it that articles wrote it for,
    // named about as often as it, whose articles call the person by the
    // name's first word more than by the longer one's ("Amran Sulaiman" of
    // "Andi Amran Sulaiman", called "Amran"): one person's, into the
    // commoner. Not a rarer longer name ("Joko Widodo" written for "Iriana
    // Joko Widodo"), nor one called by its own first word ("Irene Red
    // Velvet", "Irene": a singer of the group).
    // How often articles wrote the part's first word alone for the whole,
    // and the whole's own first word.
    auto first_word_uses = [&](std::size_t part, std::size_t whole) {
        std::pair<Xapian::doccount, Xapian::doccount> uses_of{0, 0};
        for (const auto& [form, uses] : names.forms_written_for(type, keys[whole])) {
            const std::string_view word = key_shape(type, schema::normalize_boolean_value(form))->bare;
            if (word == word_list(part).front()) uses_of.first += uses;
            if (word == word_list(whole).front()) uses_of.second += uses;
        }
        return uses_of;
    };
    auto called_by_first_word_of = [&](std::size_t part, std::size_t whole) {
        const auto [by_part, by_whole] = first_word_uses(part, whole);
        return by_part > by_whole;
    };
    for (std::size_t s = 0; s < keys.size(); ++s) {
        if (!live(s) || words(s) < 2) continue;
        join_the_one(s, [&](std::size_t l) {
            return words(l) > words(s) && part_of(s, l) && !starts(s, l) && written_as(s, l) > 0 &&
                   kLongerNameShare * articles_of(l) >= articles_of(s) && called_by_first_word_of(s, l);
        });
    }
    // A name of two words or more that ends the one longer name of the list
    // holding it, with more first words, no relative's ("Ainun Habibie" of
    // "Hasri Ainun Habibie", "Bebby Fey" of "DJ Bebby Fey", a caption's
    // "Bukalapak Intan Wibisono"), where the database names the longer one
    // at least 1/kFirstWordsRarity as often: one person's, into the
    // commoner; a longer name already joined stands for its entry ("Hasri
    // Ainun Habibie" joined into "Hasri Ainun Besari" above). Not a longer
    // name that starts with another name of the list (a ticket: "Jokowi
    // Ma'ruf Amin" beside "Jokowi"), nor one whose articles call the person
    // by its own first word ("Wendy Blue Moon", a singer, "Wendy", beside
    // her group).
    auto starts_with_another_name = [&](std::size_t s, std::size_t l) {
        for (std::size_t o = 0; o < keys.size(); ++o)
            if (o != s && o != l && live(o) && starts(o, l) && words(o) + words(s) <= words(l)) return true;
        return false;
    };
    auto with_first_words = [&](std::size_t s, std::size_t l) {
        if (words(l) <= words(s) || !part_of(s, l) || starts(s, l) || articles_of(l) == 0 ||
            kFirstWordsRarity * articles_of(l) < articles_of(s) || starts_with_another_name(s, l))
            return false;
        if (const auto [by_part, by_whole] = first_word_uses(s, l); by_whole > by_part) return false;
        const auto& whole = word_list(l);
        const auto first_words = std::span(whole).first(whole.size() - words(s));
        return std::none_of(first_words.begin(), first_words.end(), [](std::string_view word) {
            return ner::is_kinship_word(word) || word.find_first_of("-/&") != std::string_view::npos;
        });
    };
    for (std::size_t s = 0; s < keys.size(); ++s) {
        if (!live(s) || words(s) < 2) continue;
        std::size_t entry = keys.size();  // the one entry of the longer names
        for (std::size_t l = 0; l < keys.size() && entry != keys.size() + 1; ++l) {
            if (l == s || joined_into(l) == s || !with_first_words(s, l)) continue;
            entry = entry == keys.size() || entry == joined_into(l) ? joined_into(l) : keys.size() + 1;
        }
        if (entry < keys.size()) join_rarer(s, entry);
    }
    // One word, the name a person is called by: into the one longer name
    // that holds it, in its key or a form counted under it ("Laode" of
    // "Laode M Syarif", "Zaki" of "Ahmed Zaki Iskandar", "Indrawati" of
    // "Sri Mulyani" written "Sri Mulyani Indrawati"), the commonest of
    // longer names that nest ("Hotman" of "Hotman Paris" and "Hotman Paris
    // Hutapea"), or one with twice the articles of all the others ("Edy"
    // beside Edy Rahmayadi 15, two others 2 each).
    std::vector<std::vector<std::string>> form_words(keys.size());
    for (std::size_t i = 0; i < keys.size() && i < forms.size(); ++i)
        for (const auto& form : forms[i]) {
            for (const std::string_view word : key_shape(type, form)->words) form_words[i].emplace_back(word);
        }
    // A word of the name as written, or of six letters or more one slip
    // apart ("Julkisno" of "Julkoisno Kaisupy", "Dwikorta" of "Dwikorita
    // Karnawati"); a letter changed only in a word of seven or more, as no
    // other word vouches for it ("Audrey" is no "Andrey Andoko").
    auto holds = [&](std::size_t whole, std::string_view word) {
        const auto same = [&](std::string_view other) {
            return other == word || (word.size() >= 6 && one_slip_apart(word, other, word.size() >= 7));
        };
        return std::any_of(word_list(whole).begin(), word_list(whole).end(), same) ||
               std::any_of(form_words[whole].begin(), form_words[whole].end(), same);
    };
    // person19 (EntityNames::after_honorific()): an honorific before a word
    // of the one longer name of the list holding it ("Sus Beben" of "Beben
    // Nurfadilah", "Sir Alex" of "Alex Ferguson"); before the word alone
    // looks for its name, which is then one ("Archie", "Baby Archie").
    for (std::size_t s = 0; s < keys.size(); ++s) {
        const std::string_view called = live(s) ? EntityNames::after_honorific(keys[s]) : std::string_view();
        if (called.empty()) continue;
        std::vector<std::size_t> holding;
        for (std::size_t l = 0; l < keys.size(); ++l)
            if (l != s && live(l) && words(l) > 1 && !part_of(s, l) && holds(l, called)) holding.push_back(l);
        if (holding.size() == 1) join(s, holding.front());
    }
    for (std::size_t s = 0; s < keys.size(); ++s) {
        if (!live(s) || words(s) != 1) continue;
        std::vector<std::size_t> longer;
        for (std::size_t l = 0; l < keys.size(); ++l)
            if (l != s && live(l) && words(l) > 1 && holds(l, bare[s])) longer.push_back(l);
        if (longer.empty()) continue;
        std::size_t longest = longer.front(), most = longer.front();
        std::size_t all = 0;
        for (const std::size_t l : longer) {
            if (words(l) > words(longest)) longest = l;
            if (count[l] > count[most]) most = l;
            all += count[l];
        }
        bool nested = true;
        for (const std::size_t l : longer)
            if (l != longest && !part_of(l, longest)) nested = false;
        if (nested || count[most] >= 2 * (all - count[most])) {
            join(s, most);
            continue;
        }
        // Else the one longer name the database's articles wrote the word
        // for, where the others are rarer names (a headline's span: "Gibran"
        // of "Gibran Rakabuming" beside "Gibran Jokowi", "Luhut" beside
        // "Luhut Tentang BJ Habibie"); not between two people the news names
        // alike ("Beckham" of Victoria and David Beckham).
        std::size_t written = keys.size();
        for (const std::size_t l : longer)
            if (written_as(s, l) > 0) written = written == keys.size() ? l : keys.size() + 1;
        if (written >= keys.size()) continue;
        if (std::all_of(longer.begin(), longer.end(), [&](std::size_t l) {
                return l == written || articles_of(written) >= kLaterWordsShare * articles_of(l);
            }))
            join(s, written);
    }
    // person19 (EntityNames::clipped_beside()): one word clipped from the one
    // longer name of the list the database names beside it again ("Ani" of
    // "Sri Mulyani", "Mega" of "Megawati Soekarnoputri", "JK"); not a word
    // of another name of the list, which the rule above left undecided.
    for (std::size_t s = 0; s < keys.size(); ++s) {
        if (!live(s) || words(s) != 1) continue;
        // The string test first: most words clip no name of the list.
        std::vector<std::size_t> clipped_from;
        for (std::size_t l = 0; l < keys.size(); ++l)
            if (l != s && live(l) && EntityNames::clipped_within_answer(keys[s], keys[l])) clipped_from.push_back(l);
        if (clipped_from.empty()) continue;
        bool word_of_another = false;
        for (std::size_t l = 0; l < keys.size(); ++l)
            word_of_another = word_of_another || (l != s && holds(l, bare[s]));
        if (word_of_another) continue;
        std::erase_if(clipped_from, [&](std::size_t l) { return !names.clipped_beside(type, keys[s], keys[l]); });
        if (clipped_from.size() == 1) join(s, clipped_from.front());
    }
    // A first name and the later words of a name, two entries of one list,
    // where articles wrote the first name for the whole and the database
    // names the whole far more often than the later words alone ("Luhut" and
    // "Binsar Pandjaitan" of "Luhut Binsar Pandjaitan"; not "Iriana" and
    // "Joko Widodo", though "Iriana" was written for "Iriana Joko Widodo").
    for (std::size_t s = 0; s < keys.size(); ++s) {
        if (!live(s) || words(s) != 1) continue;
        const auto wholes = names.keys_written_as(type, keys[s]);
        if (wholes.empty()) continue;
        join_the_one(s, [&](std::size_t l) {
            if (words(l) < 2) return false;
            for (const auto& whole : wholes) {
                if (whole.first.size() != keys[s].size() + 1 + keys[l].size() ||
                    whole.first.compare(0, keys[s].size() + 1, keys[s] + ' ') != 0 ||
                    whole.first.compare(keys[s].size() + 1, keys[l].size(), keys[l]) != 0)
                    continue;
                const Xapian::doccount whole_articles =
                    names.termfreq(schema::make_boolean_term(type.prefix, whole.first));
                return whole_articles >= EntityNames::kMinShortFormArticles &&
                       whole_articles >= kLaterWordsShare * articles_of(l);
            }
            return false;
        });
    }
    // Another first name that articles wrote for the name, the other words
    // the same ("Pep Guardiola" of "Josep 'Pep' Guardiola", "Beppe Marotta"
    // of "Giuseppe 'Beppe' Marotta"): one person's, into the commoner. The
    // alias terms are the evidence: only a text that gave both names as one
    // person's wrote one for the other.
    for (std::size_t s = 0; s < keys.size(); ++s) {
        if (!live(s) || words(s) < 2) continue;
        join_the_one(s, [&](std::size_t l) {
            return words(l) == words(s) && word_list(l).front() != word_list(s).front() &&
                   std::equal(word_list(s).begin() + 1, word_list(s).end(), word_list(l).begin() + 1) &&
                   (written_as(s, l) > 0 || written_as(l, s) > 0);
        });
    }
    return to_final_keys();
}

}  // namespace telusur
