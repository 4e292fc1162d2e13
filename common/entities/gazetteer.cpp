#include "common/entities/gazetteer.h"

#include <unicode/locdspnm.h>
#include <unicode/locid.h>
#include <unicode/strenum.h>
#include <unicode/timezone.h>
#include <unicode/tznames.h>
#include <unicode/unistr.h>
#include <zlib.h>

#include <algorithm>
#include <cstdio>
#include <array>
#include <bit>
#include <memory>
#include <stdexcept>
#include <tuple>

namespace telusur::ner {
namespace {

// Types whose names' words get word_types bits: PER, ORG, LOC (the weak
// kecamatan and village lists would only add noise).
constexpr int kGazWordTypeCount = 3;

constexpr std::array<std::string_view, kTrigRoles> kRoleNames = {
    "PER_title_before", "PER_rank_before", "PER_honorific_before", "PER_speech_after",
    "ORG_head",         "LOC_head",        "LOC_prep_before",      "LOC_direction_after"};

int role_index(std::string_view name) {
    for (std::size_t i = 0; i < kRoleNames.size(); ++i)
        if (kRoleNames[i] == name) return static_cast<int>(i);
    return -1;
}

int type_index(std::string_view kind) {
    if (kind == "PER") return kGazPer;
    if (kind == "ORG") return kGazOrg;
    if (kind == "LOC") return kGazLoc;
    if (kind == "LOCW") return kGazLocWeak;
    if (kind == "LOCV") return kGazVillage;
    return -1;
}

// Indonesian display name of an ISO 3166 region from ICU, without CLDR's
// parenthetical ("Myanmar (Burma)" -> "Myanmar"); "" if ICU has none.
std::string icu_country_name(std::string_view iso2) {
    static const icu::Locale indonesian("id");
    const icu::Locale region("", std::string(iso2).c_str());
    icu::UnicodeString name;
    region.getDisplayCountry(indonesian, name);
    std::string out;
    name.toUTF8String(out);
    if (out == iso2 || out.empty()) return {};
    if (const auto paren = out.find(" ("); paren != std::string::npos) out.resize(paren);
    // CLDR's short form when it is the start of the full one: "Hong Kong",
    // not "Hong Kong DAK Tiongkok" (the name the news uses; "AS" for
    // "Amerika Serikat" is no start of it and is left alone).
    static const std::unique_ptr<icu::LocaleDisplayNames> short_names = [] {
        UDisplayContext ctx[] = {UDISPCTX_LENGTH_SHORT};
        return std::unique_ptr<icu::LocaleDisplayNames>(
            icu::LocaleDisplayNames::createInstance(icu::Locale("id"), ctx, 1));
    }();
    if (short_names) {
        icu::UnicodeString short_name;
        short_names->regionDisplayName(std::string(iso2).c_str(), short_name);
        std::string short_utf8;
        short_name.toUTF8String(short_utf8);
        if (!short_utf8.empty() && out.size() > short_utf8.size() && out.starts_with(short_utf8 + " "))
            return short_utf8;
    }
    return out;
}

}  // namespace

std::uint64_t Gazetteer::phrase_hash(std::string_view phrase) {
    std::uint64_t h = kPhraseSeed;
    std::string lower;
    for (const TokenSpan& t : tokenize(phrase)) {
        lower.clear();
        append_lower(phrase.substr(t.begin, t.end - t.begin), lower);
        h = hash_combine(h, hash_bytes(lower));
    }
    return h | 1;  // never 0, the flat map's empty key
}

Gazetteer::Info& Gazetteer::info_for(std::uint64_t h) {
    std::uint32_t idx = index_.find(h);
    if (idx == FlatMap64::kMissing) {
        idx = static_cast<std::uint32_t>(infos_.size());
        infos_.emplace_back();
        info_canonicals_.emplace_back();
        index_.insert(h, idx);
    }
    return infos_[idx];
}

void Gazetteer::add(std::string_view kind, std::string_view phrase, std::string_view canonical) {
    add_internal(kind, phrase, canonical, true);
}

void Gazetteer::add_word(std::string_view word, unsigned cluster, unsigned cap_class) {
    if (word.empty() || cluster >= 0xFFFF || cap_class > 0xFF) return;
    records_.push_back({"W", std::string(word), std::to_string(cluster) + " " + std::to_string(cap_class)});
    ++word_count_;
    // In the phrase index, so annotate() gets it from the lookup it does anyway.
    Info& info = info_for(hash_combine(kPhraseSeed, hash_bytes(word)) | 1);
    info.cluster = static_cast<std::uint16_t>(cluster + 1);
    info.cap_class = static_cast<std::uint8_t>(cap_class);
}

void Gazetteer::add_internal(std::string_view kind, std::string_view phrase, std::string_view canonical, bool record) {
    const std::string norm = normalize_spacing(phrase);
    const std::vector<TokenSpan> tokens = tokenize(norm);
    if (tokens.empty() || tokens.size() > kMaxPhraseTokens) return;
    int type = -1, role = -1;
    // "A:<type>": an alias that only names the canonical form ("BJ Habibie"
    // -> Bacharuddin Jusuf Habibie, "DKI" -> Daerah Khusus Ibukota Jakarta)
    // and gives the tagger no feature, so the model need not be retrained.
    // "E:<type>": an epithet, the same and a type for a mention the tagger
    // typed otherwise (epithet_type()); its canonical may be itself.
    const bool epithet = kind.starts_with("E:");
    if (kind.starts_with("A:") || epithet) {
        type = type_index(kind.substr(2));
        if (type < 0 || type > kGazLoc || (canonical.empty() && !epithet)) return;
        if (record) records_.push_back({std::string(kind), norm, std::string(canonical)});
        if (canonical.empty()) canonical = norm;
        const std::uint64_t h = phrase_hash(norm);
        info_for(h);  // a new phrase gets an entry with no feature bits
        Canonicals& canonicals = info_canonicals_[index_.find(h)];
        if (epithet) canonicals.epithet_mask |= static_cast<std::uint8_t>(1u << type);
        std::int32_t& canon = canonicals.by_type[type];
        if (canon < 0) {
            std::string name = canonical.starts_with("@") ? icu_country_name(canonical.substr(1)) : "";
            if (name.empty()) name = normalize_spacing(canonical);
            canon = static_cast<std::int32_t>(canonicals_.size());
            canonicals_.push_back(std::move(name));
        }
        return;
    }
    if (kind.starts_with("T:")) {
        role = role_index(kind.substr(2));
        if (role < 0) return;
    } else {
        type = type_index(kind);
        if (type < 0) return;
    }
    if (record) records_.push_back({std::string(kind), norm, std::string(canonical)});

    std::string resolved;
    if (canonical.starts_with("@")) {
        resolved = icu_country_name(canonical.substr(1));
        if (resolved.empty()) resolved = norm;  // historical states: keep the alias
    } else {
        resolved = canonical.empty() ? norm : normalize_spacing(canonical);
    }

    std::uint64_t h = kPhraseSeed;
    std::string lower;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        lower.clear();
        append_lower(std::string_view(norm).substr(tokens[i].begin, tokens[i].end - tokens[i].begin), lower);
        const std::uint64_t word_hash = hash_bytes(lower);
        if (type >= 0 && type < kGazWordTypeCount && has_letter(lower))
            info_for(hash_combine(kPhraseSeed, word_hash) | 1).word_types |= static_cast<std::uint8_t>(1u << type);
        h = hash_combine(h, word_hash);
        Info& info = info_for(h | 1);
        if (i + 1 < tokens.size()) {
            info.is_prefix = true;
            continue;
        }
        if (role >= 0) {
            info.trigger_mask |= static_cast<std::uint8_t>(1u << role);
        } else {
            info.type_mask |= static_cast<std::uint8_t>(1u << type);
            std::int32_t& canon = info_canonicals_[static_cast<std::size_t>(&info - infos_.data())].by_type[type];
            if (canon < 0 && type != kGazVillage) {  // the first source listed wins
                canon = static_cast<std::int32_t>(canonicals_.size());
                canonicals_.push_back(resolved);
            }
        }
    }
}

std::vector<std::string> icu_country_names() {
    std::vector<std::string> names;
    for (const char* const* c = icu::Locale::getISOCountries(); *c != nullptr; ++c)
        if (std::string name = icu_country_name(*c); !name.empty()) names.push_back(std::move(name));
    return names;
}

void Gazetteer::add_icu_countries() {
    for (const std::string& name : icu_country_names()) add_internal("LOC", name, "", false);
}

void Gazetteer::add_icu_country_english_names() {
    static const icu::Locale english("en");
    for (const char* const* c = icu::Locale::getISOCountries(); *c != nullptr; ++c) {
        const std::string indonesian = icu_country_name(*c);
        if (indonesian.empty()) continue;
        icu::UnicodeString name;
        icu::Locale("", *c).getDisplayCountry(english, name);
        std::string english_name;
        name.toUTF8String(english_name);
        if (english_name == *c || english_name.find('(') != std::string::npos || english_name == indonesian) continue;
        add_internal("A:LOC", english_name, std::string("@") + *c, false);
    }
}

void Gazetteer::add_icu_cities() {
    UErrorCode status = U_ZERO_ERROR;
    const std::unique_ptr<icu::TimeZoneNames> names(icu::TimeZoneNames::createInstance(icu::Locale("id"), status));
    const std::unique_ptr<icu::StringEnumeration> zones(
        icu::TimeZone::createTimeZoneIDEnumeration(UCAL_ZONE_TYPE_CANONICAL_LOCATION, nullptr, nullptr, status));
    if (U_FAILURE(status) || !names || !zones) return;  // a place list without cities still works
    // Research stations and small US county seats (Davis, Casey, Palmer,
    // Knox) are surnames more often than places in Indonesian news.
    constexpr std::array<std::string_view, 6> kSkipped = {
        "Antarctica/", "Arctic/", "Etc/", "America/Indiana/", "America/Kentucky/", "America/North_Dakota/"};
    std::string zone, city, lower;
    while (const icu::UnicodeString* id = zones->snext(status)) {
        zone.clear();
        id->toUTF8String(zone);
        if (std::any_of(kSkipped.begin(), kSkipped.end(), [&](std::string_view p) { return zone.starts_with(p); }))
            continue;
        icu::UnicodeString name;
        names->getExemplarLocationName(*id, name);
        city.clear();
        name.toUTF8String(city);
        if (city.empty()) continue;
        const std::uint32_t idx = index_.find(phrase_hash(city));
        if (idx != FlatMap64::kMissing) {
            const Info& known = infos_[idx];
            if (known.type_mask & ~(1u << kGazVillage)) continue;        // listed already, with its own type
            if (known.cap_class >= 2 && known.cap_class <= 5) continue;  // capitalized < 80 %: a common word
        }
        add_internal("LOC", city, "", false);
    }
}

Gazetteer Gazetteer::load(const std::string& path) {
    gzFile f = gzopen(path.c_str(), "rb");
    if (f == nullptr) throw std::runtime_error("cannot open gazetteer file: " + path);
    std::string data;
    char buf[65536];
    int n;
    while ((n = gzread(f, buf, sizeof buf)) > 0) data.append(buf, static_cast<std::size_t>(n));
    gzclose(f);
    if (n < 0) throw std::runtime_error("cannot read gazetteer file: " + path);

    Gazetteer g;
    g.add_icu_countries();  // canonical country names win over aliases
    std::size_t pos = 0;
    bool header = true;
    while (pos < data.size()) {
        std::size_t eol = data.find('\n', pos);
        if (eol == std::string::npos) eol = data.size();
        const std::string_view line(data.data() + pos, eol - pos);
        pos = eol + 1;
        if (header) {  // "#telusur-gazetteer 1"
            if (!line.starts_with("#telusur-gazetteer"))
                throw std::runtime_error("not a Telusur gazetteer file: " + path);
            header = false;
            continue;
        }
        if (line.empty() || line[0] == '#') continue;
        const std::size_t t1 = line.find('\t');
        if (t1 == std::string_view::npos) continue;
        const std::size_t t2 = line.find('\t', t1 + 1);
        const std::string_view kind = line.substr(0, t1);
        const std::string_view phrase = line.substr(t1 + 1, (t2 == std::string_view::npos ? line.size() : t2) - t1 - 1);
        const std::string_view canonical = t2 == std::string_view::npos ? "" : line.substr(t2 + 1);
        if (kind == "W") {
            unsigned cluster = 0, cap = 0;
            if (std::sscanf(std::string(canonical).c_str(), "%u %u", &cluster, &cap) == 2)
                g.add_word(phrase, cluster, cap);
            continue;
        }
        g.add(kind, phrase, canonical);
    }
    if (header) throw std::runtime_error("empty gazetteer file: " + path);
    g.add_icu_cities();                 // after the file, so that its types and word classes are known
    g.add_icu_country_english_names();  // after the file: a name it lists keeps its canonical form
    return g;
}

void Gazetteer::save(const std::string& path) const {
    std::vector<const Record*> sorted;
    for (const Record& r : records_) sorted.push_back(&r);
    // Entries whose canonical form is listed first keep priority, so sort
    // only by kind, keeping the source order within a kind.
    std::stable_sort(sorted.begin(), sorted.end(), [](const Record* a, const Record* b) { return a->kind < b->kind; });
    std::string out = "#telusur-gazetteer 1\tkind\tphrase\tcanonical (see docs/entities.md)\n";
    for (const Record* r : sorted) {
        out += r->kind;
        out += '\t';
        out += r->phrase;
        if (!r->canonical.empty() && r->canonical != r->phrase) {
            out += '\t';
            out += r->canonical;
        }
        out += '\n';
    }
    gzFile f = gzopen(path.c_str(), "wb9");
    if (f == nullptr) throw std::runtime_error("cannot write gazetteer file: " + path);
    const int written = gzwrite(f, out.data(), static_cast<unsigned>(out.size()));
    if (gzclose(f) != Z_OK || written != static_cast<int>(out.size()))
        throw std::runtime_error("cannot write gazetteer file: " + path);
}

void Gazetteer::annotate(const std::uint64_t* lower_hashes, std::size_t n, GazAnnotation& out) const {
    out.entity_bits.assign(n, 0);
    out.trigger_start.assign(n, 0);
    out.trigger_end.assign(n, 0);
    out.match_len.assign(n * kGazTypes, 0);
    out.cluster.assign(n, 0);
    out.cap_class.assign(n, 0);
    out.word_types.assign(n, 0);
    std::size_t covered[kGazTypes] = {};
    for (std::size_t i = 0; i < n; ++i) {
        std::uint64_t h = kPhraseSeed;
        std::size_t best[kGazTypes] = {};
        for (std::size_t j = i; j < n && j - i < kMaxPhraseTokens; ++j) {
            h = hash_combine(h, lower_hashes[j]);
            const std::uint32_t idx = index_.find(h | 1);
            if (idx == FlatMap64::kMissing) break;
            const Info& info = infos_[idx];
            if (j == i) {
                out.cluster[i] = info.cluster;
                out.cap_class[i] = info.cap_class;
                out.word_types[i] = info.word_types;
            }
            for (std::size_t t = 0; t < kGazTypes; ++t)
                if (info.type_mask & (1u << t)) best[t] = j - i + 1;
            if (info.trigger_mask != 0) {
                out.trigger_start[i] |= info.trigger_mask;
                out.trigger_end[j] |= info.trigger_mask;
            }
            if (!info.is_prefix) break;
        }
        for (std::size_t t = 0; t < kGazTypes; ++t) {
            out.match_len[i * kGazTypes + t] = static_cast<std::uint8_t>(best[t]);
            if (best[t] == 0 || i < covered[t]) continue;
            out.entity_bits[i] |= static_cast<std::uint16_t>(1u << (2 * t));
            for (std::size_t k = i + 1; k < i + best[t]; ++k)
                out.entity_bits[k] |= static_cast<std::uint16_t>(1u << (2 * t + 1));
            covered[t] = i + best[t];
        }
    }
}

int Gazetteer::epithet_type(std::uint64_t phrase_hash) const {
    const std::uint32_t idx = index_.find(phrase_hash | 1);
    if (idx == FlatMap64::kMissing) return -1;
    const std::uint8_t mask = info_canonicals_[idx].epithet_mask;
    if (mask == 0 || (mask & (mask - 1)) != 0) return -1;  // none, or two types
    return std::countr_zero(mask);
}

const std::string* Gazetteer::canonical(GazType type, std::uint64_t phrase_hash) const {
    const std::uint32_t idx = index_.find(phrase_hash | 1);
    if (idx == FlatMap64::kMissing) return nullptr;
    const std::int32_t c = info_canonicals_[idx].by_type[type];
    return c < 0 ? nullptr : &canonicals_[static_cast<std::size_t>(c)];
}

}  // namespace telusur::ner
