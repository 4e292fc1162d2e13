#include "common/entities/one_thing.h"

#include "common/entities/entities.h"
#include "common/entities/entity_names.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <string_view>

namespace telusur {

namespace {

/// Heads of places that name the place after them in the news of one
/// answer ("Stadion Old Trafford" and "Old Trafford", "Bandara Kertajati"
/// and "Kertajati"): triggers_curated.tsv's LOC_head of ../shared/gazetteer
/// without the administrative ones designators handle (Provinsi, Kabupaten,
/// Kota), the broad ones (Negara, Negeri, Wilayah, Benua) and Tanjung, which
/// starts names ("Tanjung Priok"); with "Sirkuit", "Jalan Tol", "Tol" and
/// "Stadio", which clickid writes the same way. Two-word heads first, so
/// that "jalan tol" is found before "jalan".
constexpr std::string_view kPlaceHeads[] = {
    "taman nasional", "cagar alam", "bandar udara", "jalan tol", "kab.", "kotamadya", "kecamatan", "kec.",
    "kelurahan", "desa", "dusun", "kampung", "gampong", "nagari", "jalan", "jl.", "jln.", "gang", "gg.",
    "pulau", "kepulauan", "gunung", "pegunungan", "bukit", "sungai", "kali", "danau", "telaga", "selat",
    "teluk", "laut", "samudra", "samudera", "pantai", "lembah", "hutan", "bandara", "pelabuhan", "stasiun",
    "terminal", "gedung", "istana", "masjid", "gereja", "pura", "vihara", "klenteng", "candi", "monumen",
    "lapangan", "stadion", "stadio", "sirkuit", "tol", "alun-alun", "pasar"};

/// The length of the place head `key` starts with (with its space), or 0.
std::size_t place_head(std::string_view key) {
    for (const std::string_view head : kPlaceHeads)
        if (key.size() > head.size() + 1 && key.compare(0, head.size(), head) == 0 && key[head.size()] == ' ')
            return head.size() + 1;
    return 0;
}

/// `key` without its designators and legal forms ("pt jasa marga (persero)
/// tbk" -> "jasa marga", "kota bekasi" -> "bekasi"), a football club's form
/// ("ps tira persikabo", "semen padang fc"), an organisation's "indonesia"
/// where two words or more are left, and the dots and commas that
/// spell one name two ways ("laode m. syarif", "badan meteorologi,
/// klimatologi, dan geofisika").
std::string bare_key(const schema::EntityTypeSchema& type, std::string key) {
    constexpr int kMaxDesignators = 3;  // "pt", "(persero)", "tbk"
    for (int strip = 0; strip < kMaxDesignators; ++strip) {
        std::string bare = EntityNames::without_designator_word(type.type, key);
        if (bare.empty()) break;
        key = std::move(bare);
    }
    if (type.type == EntityType::Location) key.erase(0, place_head(key));
    if (type.type == EntityType::Organization) {
        if (key.size() > 6 && key.compare(0, 3, "ps ") == 0) key.erase(0, 3);
        if (key.size() > 6 && key.compare(key.size() - 3, 3, " fc") == 0) key.resize(key.size() - 3);
        // The country of Indonesian news: "Timnas Indonesia U-16" and
        // "Timnas U-16". Not where one word is left: "Bank Indonesia" is no
        // "Bank".
        constexpr std::string_view kCountry = " indonesia";
        if (const std::size_t at = (key + ' ').find(std::string(kCountry) + ' '); at != std::string::npos) {
            std::string rest = key;
            rest.erase(at, kCountry.size());
            if (rest.find(' ') != std::string::npos) key = std::move(rest);
        }
    }
    std::string plain;
    for (const char c : key) {
        if (c == '.' || c == ',') continue;
        if (c == ' ' && (plain.empty() || plain.back() == ' ')) continue;
        plain += c;
    }
    if (!plain.empty() && plain.back() == ' ') plain.pop_back();
    if (type.type != EntityType::Person) return plain;
    // A person's words as spelled after 1972 ("Pudjiastuti" beside "Susi
    // Pujiastuti").
    std::string respelled;
    for (std::string_view word : name_words(plain)) {
        std::string w(word);
        EntityNames::respell_word(w);
        respelled += (respelled.empty() ? "" : " ") + w;
    }
    return respelled;
}

/// Whether `key` must stay apart from the keys of its bare name: a regency
/// whose city of the same name the database knows ("kabupaten bandung"
/// beside "kota bandung": the bare "Bandung" is the city's), or a place
/// with a head before a city's, regency's or province's name ("Istana
/// Bogor", "Stasiun Bogor" are not Bogor; "Stadion Old Trafford" is Old
/// Trafford).
bool stays_apart(const schema::EntityTypeSchema& type, const EntityNames& names, const std::string& key) {
    if (type.type != EntityType::Location) return false;
    auto known = [&](const std::string& name) {
        return names.term_exists(schema::make_boolean_term(type.prefix, name));
    };
    constexpr std::string_view kRegency = "kabupaten ";
    if (key.compare(0, kRegency.size(), kRegency) == 0) return known("kota " + key.substr(kRegency.size()));
    if (const std::size_t head = place_head(key); head > 0) {
        const std::string rest = key.substr(head);
        return known("kota " + rest) || known("kabupaten " + rest) || known("provinsi " + rest);
    }
    return false;
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
    constexpr std::string_view kParticles[] = {"van", "von", "de", "der", "den", "di", "da", "du", "dos", "del",
                                               "della", "la", "le", "al", "el", "bin", "binti", "ibn", "ben"};
    const std::string_view first = key.substr(0, key.find(' '));
    return first.size() < key.size() && std::find(std::begin(kParticles), std::end(kParticles), first) != std::end(kParticles);
}

}  // namespace

std::vector<std::size_t> same_thing_as(const schema::EntityTypeSchema& type, const EntityNames& names,
                                       const std::vector<std::string>& keys, const std::vector<std::size_t>& articles,
                                       const std::vector<std::vector<std::string>>& forms) {
    std::vector<std::size_t> into(keys.size());
    std::iota(into.begin(), into.end(), 0);
    std::vector<std::size_t> count = articles;  // of each key with those joined into it
    auto join = [&](std::size_t from, std::size_t to) {
        into[from] = to;
        count[to] += count[from];
    };
    if (keys.size() < 2) return into;
    // The same bare name: into the key with the most articles (then the
    // first); some places stay apart (stays_apart()).
    std::vector<std::string> bare;
    std::map<std::string, std::vector<std::size_t>> by_bare;
    for (std::size_t i = 0; i < keys.size(); ++i) by_bare[bare.emplace_back(bare_key(type, keys[i]))].push_back(i);
    for (auto& [name, same] : by_bare) {
        if (same.size() < 2) continue;
        same.erase(std::remove_if(same.begin(), same.end(),
                                  [&](std::size_t i) { return stays_apart(type, names, keys[i]); }),
                   same.end());
        if (same.empty()) continue;
        std::size_t most = same.front();
        for (const std::size_t i : same)
            if (articles[i] > articles[most]) most = i;
        for (const std::size_t i : same)
            if (i != most) join(i, most);
    }
    std::vector<std::vector<std::string_view>> word_lists;  // of bare[i]
    for (const auto& name : bare) word_lists.push_back(name_words(name));
    auto live = [&](std::size_t i) { return into[i] == i; };
    auto words = [&](std::size_t i) { return word_lists[i].size(); };
    auto part_of = [&](std::size_t part, std::size_t whole) {
        return starts_or_ends_name(word_lists[part], word_lists[whole]);
    };
    if (type.type == EntityType::Organization) {
        // A name cut short before a coordination joins the whole: "Badan
        // Meteorologi Klimatologi" of "Badan Meteorologi, Klimatologi, dan
        // Geofisika" (the tagger stops at a comma or "dan").
        for (std::size_t s = 0; s < keys.size(); ++s) {
            if (!live(s) || words(s) < 2) continue;
            std::vector<std::size_t> wholes;
            for (std::size_t l = 0; l < keys.size(); ++l)
                if (l != s && live(l) && cut_before_coordination(bare[s], keys[l])) wholes.push_back(l);
            if (wholes.size() == 1) join(s, wholes.front());
        }
    }
    if (type.type != EntityType::Person) return into;
    auto starts = [&](std::size_t part, std::size_t whole) {
        return bare[whole].compare(0, bare[part].size() + 1, bare[part] + ' ') == 0;
    };
    // Names of several words: the rarer form joins the commoner.
    // - a name that starts longer ones joins the one with the most articles
    //   when that has more and no other longer one rivals it ("Sri Mulyani",
    //   "Sri Mulyani Indrawati"), and so does a surname with its particle
    //   that ends one, also at as many ("Van Dijk", "Virgil van Dijk");
    // - a rarer longer name that a commoner one starts joins it, unless it
    //   holds another name of the list too ("Hotman Paris Hutapea" joins
    //   "Hotman Paris", "Marc Marquez Lanjut" of a headline joins "Marc
    //   Marquez"; "Joko Widodo-Ma'ruf Amin", a ticket, stays).
    // Any other name that ends a longer one may be another person's ("Joko
    // Widodo" of "Iriana Joko Widodo"): no join.
    // A name with initials before it is that person's ("M Ikhsan Rosan",
    // "Ikhsan Rosan"): the rarer form joins the commoner.
    for (std::size_t s = 0; s < keys.size(); ++s) {
        if (!live(s) || words(s) < 2) continue;
        for (std::size_t l = 0; l < keys.size(); ++l) {
            if (!live(l) || !live(s) || !part_of(s, l)) continue;
            const auto& whole = word_lists[l];
            const bool initials = std::all_of(whole.begin(), whole.end() - static_cast<long>(words(s)),
                                              [](std::string_view word) { return word.size() == 1; });
            if (!initials || starts(s, l)) continue;
            if (count[l] > count[s])
                join(s, l);
            else
                join(l, s);
        }
    }
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
        if ((starts(s, most) || surname) && (count[most] > count[s] || (surname && count[most] == count[s]))) {
            bool rivalled = false;
            for (const std::size_t l : longer)
                if (l != most && count[l] * 2 > count[most]) rivalled = true;
            if (!rivalled) join(s, most);
            continue;
        }
        for (const std::size_t l : longer) {
            if (!starts(s, l) || count[l] >= count[s]) continue;
            bool holds_another = false;
            for (std::size_t o = 0; o < keys.size(); ++o)
                if (o != s && o != l && live(o) && words(o) > 1 && part_of(o, l) &&
                    !part_of(o, s))
                    holds_another = true;
            if (!holds_another) join(l, s);
        }
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
            const std::string bare_form = bare_key(type, form);  // the words below are views of it
            for (const std::string_view word : name_words(bare_form)) form_words[i].emplace_back(word);
        }
    auto holds = [&](std::size_t whole, const std::string& word) {
        return std::find(word_lists[whole].begin(), word_lists[whole].end(), word) != word_lists[whole].end() ||
               std::find(form_words[whole].begin(), form_words[whole].end(), word) != form_words[whole].end();
    };
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
        if (nested || count[most] >= 2 * (all - count[most])) join(s, most);
    }
    // Joined keys point at their final key.
    for (std::size_t i = 0; i < into.size(); ++i)
        while (into[into[i]] != into[i]) into[i] = into[into[i]];
    return into;
}

}  // namespace telusur
