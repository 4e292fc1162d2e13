#include "common/entities/entity_names.h"

#include "common/stemmer/lexicon.h"

#include <algorithm>
#include <utility>

namespace telusur {

bool spells_designated(EntityType type, std::string_view name, std::string_view full);

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

/// Calls f(term, iterator) for each term of `prefix` that starts with
/// `start`. Opening a term iterator reads the B-tree from its root; moving one
/// forward mostly stays in the blocks it holds: look-ups in byte order
/// (EntityTally::top, a page's results) share `scan`'s iterator. Not over
/// remote shards: xapian-tcpsrv sends an iterator's whole prefix when it is
/// opened, so there each look-up opens one on `start` alone.
template <class Scan, class F>
void scan_forward(const Xapian::Database& db, bool remote, Scan& scan, const std::string& prefix,
                  const std::string& start, F&& f) {
    if (remote) {
        for (auto it = db.allterms_begin(start); it != db.allterms_end(start); ++it) f(*it, it);
        return;
    }
    if (!scan.open || start <= scan.last_start) {  // the same range again: it was read past
        scan.it = db.allterms_begin(prefix);
        scan.open = true;
    }
    scan.last_start = start;
    const auto end = db.allterms_end(prefix);
    if (scan.it == end) return;
    scan.it.skip_to(start);
    for (; scan.it != end && (*scan.it).compare(0, start.size(), start) == 0; ++scan.it) f(*scan.it, scan.it);
}

/// Words that name the kind of a thing, not the thing: "Provinsi Riau" is
/// Riau. Taken from ../shared/gazetteer: the `jenis` of
/// id_regencies_cities.tsv (Kabupaten, Kota) and triggers_curated.tsv's
/// LOC_head "Provinsi"; the state words of the country lists ("Republik Ceko"
/// in countries_id_icu.tsv, "Kerajaan Arab Saudi" in
/// country_aliases_id_curated.tsv); the legal forms among its ORG_head
/// (PT, CV, Perum, Persero, Tbk); the abbreviated honorifics and religious
/// titles of PER_honorific_before / PER_title_before (H., Hj., Dr., Prof.,
/// Ir., Drs., Dra., KH, K.H.). Only these: heads such as "Stadion", "Polres"
/// or "RSUD" name another thing than the name after them.
/// tests/test_entity_names.cpp checks each word against those files.
struct Designator {
    EntityType type;
    std::string_view word;  ///< normalized (lower case)
    bool before;            ///< before the name, else after it
};
constexpr Designator kDesignators[] = {
    {EntityType::Location, "provinsi", true},
    {EntityType::Location, "kabupaten", true},
    {EntityType::Location, "kota", true},
    {EntityType::Location, "republik", true},
    {EntityType::Location, "kerajaan", true},
    {EntityType::Organization, "pt", true},
    {EntityType::Organization, "pt.", true},
    {EntityType::Organization, "cv", true},
    {EntityType::Organization, "perum", true},
    {EntityType::Organization, "tbk", false},
    {EntityType::Organization, "tbk.", false},
    {EntityType::Organization, "(persero)", false},
    {EntityType::Organization, "persero", false},
    {EntityType::Person, "h.", true},
    {EntityType::Person, "hj.", true},
    {EntityType::Person, "dr.", true},
    {EntityType::Person, "prof.", true},
    {EntityType::Person, "ir.", true},
    {EntityType::Person, "drs.", true},
    {EntityType::Person, "dra.", true},
    {EntityType::Person, "kh", true},
    {EntityType::Person, "k.h.", true},
};

/// Administrative units that share a name ("Kabupaten Bandung", "Kota
/// Bandung"): neither stands for the bare name when both are keys.
constexpr std::string_view kRegionDesignators[] = {"kabupaten", "kota"};

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

}  // namespace

/// Whether a place's short form spells it with a designator before it
/// ("ri": "republik indonesia").
bool spells_designated(EntityType type, std::string_view name, std::string_view full) {
    // One-word places only: "koja" spells "kota jakarta utara" too.
    if (type != EntityType::Location || full.find(' ') != std::string_view::npos) return false;
    for (const auto& d : kDesignators)
        if (d.type == type && d.before && EntityNames::spells(name, std::string(d.word) + ' ' + std::string(full)))
            return true;
    return false;
}

const std::vector<std::string_view>& entity_designators(EntityType type) {
    static const auto lists = [] {
        std::array<std::vector<std::string_view>, 3> out;
        for (const auto& d : kDesignators) out[static_cast<std::size_t>(d.type)].push_back(d.word);
        return out;
    }();
    return lists[static_cast<std::size_t>(type)];
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

std::vector<EntityNames::Use> EntityNames::uses(const std::string& prefix, const std::string& head) const {
    const std::string start = prefix + head + schema::kNameUseSeparator;
    std::vector<Use> found;
    scan_forward(db_, remote_, scans_[prefix], prefix, start,
                 [&](const std::string& term, const Xapian::TermIterator& it) {
                     found.push_back({term.substr(start.size()), it.get_termfreq()});
                 });
    return found;
}

const std::string& EntityNames::resolve(const schema::EntityTypeSchema& type, std::string_view name) {
    auto& as_given = resolved_as_given_[static_cast<std::size_t>(type.type)];
    if (const auto it = as_given.find(name); it != as_given.end()) return it->second;
    if (as_given.size() >= kMaxMemo) as_given.clear();
    return as_given.emplace(std::string(name), resolve_normalized(type, schema::normalize_boolean_value(name)))
        .first->second;
}

const std::string& EntityNames::resolve_normalized(const schema::EntityTypeSchema& type,
                                                   const std::string& normalized) {
    const std::string memo_key = type.prefix + normalized;
    if (const auto it = resolved_.find(memo_key); it != resolved_.end()) return it->second;
    if (const auto it = resolving_.find(memo_key); it != resolving_.end()) {
        ++cycle_cuts_;
        return normalized;
    }
    const unsigned cuts_before = cycle_cuts_;
    // Where articles wrote this name, which keys did they resolve it to?
    std::string key = normalized;
    Xapian::doccount elsewhere = 0;
    const Use* best = nullptr;  // a long-running server sees unbounded names: the memo is cleared when full (below)
    const Xapian::doccount own_articles = db_.get_termfreq(schema::make_boolean_term(type.prefix, normalized));
    const bool own_key = own_articles > 0;
    std::vector<Use> meanings = uses(type.alias_prefix, normalized);
    // Meanings the rules below join count as one ("yasonna h. laoly" and
    // "yasonna hamonangan laoly" are "yasonna laoly"), for a name that is a
    // key of its own; resolving them first, as a name being resolved.
    resolving_.insert(memo_key);
    if (own_key) {
        std::map<std::string, Xapian::doccount> joined;
        for (const auto& use : meanings)
            if (use.value != normalized && is_shorter_name(normalized, use.value))
                joined[std::string(resolve_normalized(type, use.value))] += use.documents;
        meanings.clear();
        for (auto& [value, documents] : joined) meanings.push_back({value, documents});
    }
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
    if (best != nullptr &&
        (!own_key || (best->documents >= kMinResolvedUses && best->documents >= kDominantShare * elsewhere &&
                      best->documents >= kMinShareOfAlone * own_articles)))
        key = best->value;
    // Copies: the recursion may clear the memo. A name the rules lead back
    // to while it is being resolved stands for itself there.
    if (const std::string common = common_spelling(type, key); !common.empty()) {
        key = std::string(resolve_normalized(type, common));
    } else if (const std::string older = older_spelling(type, key); !older.empty()) {
        key = std::string(resolve_normalized(type, older));
    } else if (const std::string shorter = type.type == EntityType::Person ? without_middle_names(type, key) : "";
               !shorter.empty()) {
        key = std::string(resolve_normalized(type, shorter));
    } else if (const std::string bare = without_designator(type, key); !bare.empty()) {
        key = std::string(resolve_normalized(type, bare));
    } else if (const std::string club = without_home_place(type, key); !club.empty()) {
        key = std::string(resolve_normalized(type, club));
    } else if (const std::string full = key == normalized ? cooccurring_full_name(type, key) : "";
               !full.empty() && resolving_.count(type.prefix + full) == 0) {
        key = std::string(resolve_normalized(type, full));
    }
    resolving_.erase(memo_key);
    if (!resolving_.empty() && cycle_cuts_ != cuts_before) {
        std::string& provisional = provisional_[memo_key];
        provisional = std::move(key);
        return provisional;
    }
    if (resolving_.empty()) provisional_.clear();
    if (resolved_.size() >= kMaxMemo) resolved_.clear();
    return resolved_.emplace(memo_key, std::move(key)).first->second;
}

std::string EntityNames::common_spelling(const schema::EntityTypeSchema& type, const std::string& key) const {
    // Hyphens as spaces ("kim jong-un", "tira-persikabo", "ridwan kamil-"),
    // and the spelling before 1972's reform in words of four letters or more
    // of names of two words or more ("gatot soebroto", "akbar tandjung"; not
    // the acronym "bdj", nor a one-word name as ambiguous as "boedi" or
    // "apoel").
    const bool old_spelling_applies = key.find(' ') != std::string::npos;
    std::string variant;
    std::size_t start = 0;
    while (start <= key.size()) {
        std::size_t end = key.find_first_of(" -", start);
        if (end == std::string::npos) end = key.size();
        std::string word = key.substr(start, end - start);
        if (old_spelling_applies && word.size() >= 4) {
            for (const auto& [old_spelling, new_spelling] :
                 {std::pair<std::string_view, std::string_view>{"oe", "u"}, {"dj", "j"}, {"tj", "c"}})
                for (std::size_t at; (at = word.find(old_spelling)) != std::string::npos;)
                    word.replace(at, old_spelling.size(), new_spelling);
        }
        if (!word.empty()) variant += (variant.empty() ? "" : " ") + word;
        start = end + 1;
    }
    if (variant == key || variant.empty()) return "";
    const Xapian::doccount variant_articles = db_.get_termfreq(schema::make_boolean_term(type.prefix, variant));
    if (variant_articles == 0 || variant_articles < db_.get_termfreq(schema::make_boolean_term(type.prefix, key)))
        return "";
    return variant;
}

std::string EntityNames::older_spelling(const schema::EntityTypeSchema& type, const std::string& key) const {
    // common_spelling() the other way round: "gatot subroto" for "gatot
    // soebroto" when the news writes the old spelling more. One letter
    // group respelled, in words of four letters or more of names of two
    // words or more.
    if (key.find(' ') == std::string::npos) return "";
    Xapian::doccount most = db_.get_termfreq(schema::make_boolean_term(type.prefix, key));
    std::string older;
    std::size_t word_start = 0;
    while (word_start < key.size()) {
        std::size_t word_end = key.find(' ', word_start);
        if (word_end == std::string::npos) word_end = key.size();
        if (word_end - word_start >= 4)
            for (std::size_t at = word_start; at < word_end; ++at)
                for (const auto& [new_spelling, old_spelling] :
                     {std::pair<char, std::string_view>{'u', "oe"}, {'j', "dj"}, {'c', "tj"}}) {
                    if (key[at] != new_spelling) continue;
                    std::string variant = key;
                    variant.replace(at, 1, old_spelling);
                    const Xapian::doccount articles = db_.get_termfreq(schema::make_boolean_term(type.prefix, variant));
                    if (articles > most) {
                        most = articles;
                        older = std::move(variant);
                    }
                }
        word_start = word_end + 1;
    }
    return older;
}

std::string EntityNames::without_designator(const schema::EntityTypeSchema& type, const std::string& key) {
    const auto articles_of = [&](const std::string& name) {
        return db_.get_termfreq(schema::make_boolean_term(type.prefix, name));
    };
    for (const std::string_view word : entity_designators(type.type)) {
        const bool before =
            key.size() > word.size() + 1 && key.compare(0, word.size(), word) == 0 && key[word.size()] == ' ';
        const bool after = key.size() > word.size() + 1 &&
                           key.compare(key.size() - word.size(), word.size(), word) == 0 &&
                           key[key.size() - word.size() - 1] == ' ';
        if (!before && !after) continue;
        const std::string bare = before ? key.substr(word.size() + 1) : key.substr(0, key.size() - word.size() - 1);
        // A person's name is more than one word after a title ("h. salim"
        // may be anyone called Salim).
        if (type.type == EntityType::Person && bare.find(' ') == std::string::npos) continue;
        // Nor is an acronym of three letters after "PT" ("pt hi", "pt pp"):
        // many companies and other things share it.
        if (type.type == EntityType::Organization && bare.size() <= 3) continue;
        if (std::find(std::begin(kRegionDesignators), std::end(kRegionDesignators), word) !=
            std::end(kRegionDesignators)) {
            bool shared = false;  // "kabupaten bandung" and "kota bandung" are two places
            for (const std::string_view other : kRegionDesignators)
                if (other != word && articles_of(std::string(other) + ' ' + bare) > 0) shared = true;
            if (shared) continue;
        }
        // The bare name as this database resolves it ("pertamina" is a form
        // the gazetteer folded into "pt pertamina (persero)").
        const Xapian::doccount bare_articles = articles_of(resolve_normalized(type, bare));
        if (bare_articles > 0 && bare_articles >= articles_of(key)) return bare;
    }
    return "";
}

std::string EntityNames::without_home_place(const schema::EntityTypeSchema& type, const std::string& key) const {
    if (type.type != EntityType::Organization) return "";
    const auto& places = schema::entity_schema(EntityType::Location);
    // A key of its own, or a form the gazetteer folded ("jakarta").
    const auto is_place = [&](std::string_view name) {
        if (db_.get_termfreq(schema::make_boolean_term(places.prefix, name)) >= kMinPlaceArticles) return true;
        Xapian::doccount folded = 0;
        const std::string start = places.alias_prefix + std::string(name) + schema::kNameUseSeparator;
        for (auto it = db_.allterms_begin(start); it != db_.allterms_end(start); ++it) folded += it.get_termfreq();
        return folded >= kMinPlaceArticles;
    };
    // The place: the last three, two or one words, the longest that is a
    // place ("persib bandung", "polres tangerang selatan", not "polres
    // tangerang" + "selatan").
    std::vector<std::size_t> spaces;
    for (std::size_t at = key.find(' '); at != std::string::npos; at = key.find(' ', at + 1)) spaces.push_back(at);
    std::size_t split = std::string::npos;
    for (std::size_t words = std::min<std::size_t>(3, spaces.size()); words >= 1 && split == std::string::npos; --words)
        if (is_place(std::string_view(key).substr(spaces[spaces.size() - words] + 1)))
            split = spaces[spaces.size() - words];
    if (split == std::string::npos) return "";
    const std::string name = key.substr(0, split);
    // A word of one or two letters is a legal form or a club's initials
    // ("ac milan", "fk partizan", "ps tira"), not a name of its own.
    for (std::size_t start = 0, end; start < name.size(); start = end + 1) {
        end = std::min(name.find(' ', start), name.size());
        if (end - start < 3) return "";
    }
    // "pt hi" is a company called HI, not the company PT.
    const auto& designators = entity_designators(type.type);
    if (std::find(designators.begin(), designators.end(), name) != designators.end()) return "";
    const Xapian::doccount key_articles = db_.get_termfreq(schema::make_boolean_term(type.prefix, key));
    const Xapian::doccount name_articles = db_.get_termfreq(schema::make_boolean_term(type.prefix, name));
    if (name_articles == 0 || name_articles < kHomePlaceMinOwnShare * key_articles) return "";
    // A common word before a place is a head ("bank indonesia", "tim gajah
    // putih", "badan pengatur jalan tol"), not a name.
    for (std::size_t start = 0; start < name.size();) {
        std::size_t end = name.find(' ', start);
        if (end == std::string::npos) end = name.size();
        if (Lexicon::instance().is_root(std::string_view(name).substr(start, end - start))) return "";
        start = end + 1;
    }
    // One home place: the key has most articles of "<name> <place>"
    // ("polda metro jaya" has not: every province has a Polda).
    Xapian::doccount with_places = 0;
    const std::string start = type.prefix + name + ' ';
    std::size_t seen = 0;
    for (auto it = db_.allterms_begin(start); it != db_.allterms_end(start) && seen < kMaxHomePlaceScan; ++it, ++seen)
        if (is_place(std::string_view(*it).substr(start.size()))) with_places += it.get_termfreq();
    return key_articles >= kHomePlaceShare * with_places ? name : "";
}

std::string EntityNames::cooccurring_full_name(const schema::EntityTypeSchema& type, const std::string& key) const {
    if (key.find(' ') != std::string::npos || key.size() < 2) return "";
    // Organizations and places: acronyms and short forms only ("ugm",
    // "bawaslu", "tangsel"), not a one-word name such as "jakarta".
    if (type.type != EntityType::Person && key.size() > kMaxShortFormLength) return "";
    const std::string term = schema::make_boolean_term(type.prefix, key);
    if (db_.get_termfreq(term) < kMinCooccurrences) return "";
    std::map<std::string, Xapian::doccount> beside;
    Xapian::doccount sampled = 0;
    const std::string_view prefix = type.prefix;
    // About one article in `stride`, spread over the whole database (the
    // first ones are often one story's days: Soeharto in the week of
    // Habibie's death), chosen by a hash of the article's content key, not
    // by its position: docids differ between one database and its shards,
    // and the choice must not (one ranking however the index is split).
    const Xapian::doccount own = db_.get_termfreq(term);
    const Xapian::doccount stride = (own + kCooccurrenceSample - 1) / kCooccurrenceSample;
    for (auto doc = db_.postlist_begin(term); doc != db_.postlist_end(term); ++doc) {
        if (stride > 1) {
            const std::string content =
                db_.get_document(*doc, Xapian::DOC_ASSUME_VALID).get_value(schema::kSlotContentKey);
            std::uint64_t hash = 0xcbf29ce484222325ULL;  // FNV-1a: the same in every build
            for (const char c : content) hash = (hash ^ static_cast<unsigned char>(c)) * 0x100000001b3ULL;
            // FNV's low bits follow the last bytes (the same in many keys):
            // mixed down first (MurmurHash3's finalizer).
            hash ^= hash >> 33;
            hash *= 0xff51afd7ed558ccdULL;
            hash ^= hash >> 33;
            if (hash % stride != 0) continue;
        }
        ++sampled;
        auto it = db_.termlist_begin(*doc);
        it.skip_to(type.prefix);
        for (; it != db_.termlist_end(*doc); ++it) {
            const std::string& other = *it;
            if (other.compare(0, prefix.size(), prefix) != 0) break;
            const std::string_view name = std::string_view(other).substr(prefix.size());
            // A longer name that does not contain it whole (that is the
            // designator and home-place rules' case, or a surname's); a
            // place of one word only where the short form spells it with
            // its designator ("ri": "republik indonesia" is Indonesia).
            if (name.find(' ') == std::string_view::npos && !spells_designated(type.type, key, name)) continue;
            if (name == key || (type.type != EntityType::Person && has_word(name, key))) continue;
            ++beside[std::string(name)];
        }
    }
    const std::string* best = nullptr;
    Xapian::doccount best_count = 0;
    for (const auto& [name, count] : beside) {
        // A nickname without the letters in order ("emil" of "ridwan
        // kamil") still shares three of them with a word of the name: a
        // spouse, colleague or team-mate named beside does not.
        // An organization's or place's acronym starts where its name does
        // ("koja" is a district of Jakarta, not "daerah khusus ibukota
        // jakarta").
        const bool spelled = (spells(key, name) && (type.type == EntityType::Person || key[0] == name[0])) ||
                             spells_designated(type.type, key, name);
        const double needed =
            (spelled                                                        ? kCooccurringShareSpelled
             : type.type == EntityType::Person && shares_letters(key, name) ? kCooccurringShareNickname
                                                                            : 2.0) *
            sampled;
        if (count >= kMinCooccurrences && count >= needed && count > best_count) {
            best = &name;
            best_count = count;
        }
    }
    return best != nullptr ? *best : "";
}

std::string EntityNames::without_middle_names(const schema::EntityTypeSchema& type, const std::string& key) const {
    const auto first_end = key.find(' ');
    const auto last_start = key.rfind(' ');
    if (first_end == std::string::npos || first_end == last_start) return "";  // fewer than three words
    const std::string first = key.substr(0, first_end), last = key.substr(last_start + 1);
    const std::string shorter = first + ' ' + last;
    const Xapian::doccount shorter_articles = db_.get_termfreq(schema::make_boolean_term(type.prefix, shorter));
    if (shorter_articles == 0 || shorter_articles < db_.get_termfreq(schema::make_boolean_term(type.prefix, key)))
        return "";
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

Xapian::doccount EntityNames::articles(const schema::EntityTypeSchema& type, std::string_view name) {
    // Every query looks up all its n-grams as names of each type: the answers
    // are kept (a batch or a server asks the same n-grams again).
    auto& counted = articles_as_given_[static_cast<std::size_t>(type.type)];
    if (const auto it = counted.find(name); it != counted.end()) return it->second;
    if (counted.size() >= kMaxMemo) counted.clear();
    const std::string normalized = schema::normalize_boolean_value(name);
    Xapian::doccount found = 0;
    // Cheap checks first: most n-grams of a query are neither a key nor a
    // form some article wrote.
    const std::string start = type.alias_prefix + normalized + schema::kNameUseSeparator;
    if (db_.term_exists(schema::make_boolean_term(type.prefix, normalized)) ||
        db_.allterms_begin(start) != db_.allterms_end(start))
        found = db_.get_termfreq(schema::make_boolean_term(type.prefix, resolve_normalized(type, normalized)));
    counted.emplace(std::string(name), found);
    return found;
}

std::vector<std::string> EntityNames::group_keys(const schema::EntityTypeSchema& type, const std::string& key) {
    std::vector<std::string> keys{key};
    auto add = [&](std::string normalized) {
        if (keys.size() >= kMaxFilterKeys || std::find(keys.begin(), keys.end(), normalized) != keys.end()) return;
        if (db_.term_exists(schema::make_boolean_term(type.prefix, normalized)) &&
            resolve_normalized(type, normalized) == key)
            keys.push_back(std::move(normalized));
    };
    // The shorter forms written for the key that are keys of their own
    // elsewhere ("trump" in articles that never give the full name; a name
    // of as many words only resolves to another by the rules below).
    std::vector<Use> forms = uses(type.name_use_prefix, key);
    std::stable_sort(forms.begin(), forms.end(), [](const Use& a, const Use& b) { return a.documents > b.documents; });
    for (const auto& form : forms)
        if (std::string normalized = schema::normalize_boolean_value(form.value); is_shorter_name(normalized, key))
            add(std::move(normalized));
    // The name with a designator or legal form ("provinsi riau", "pt
    // pertamina", "kh ma'ruf amin").
    for (const std::string_view word : entity_designators(type.type)) {
        add(std::string(word) + ' ' + key);
        add(key + ' ' + std::string(word));
    }
    // An organization with its home place ("persib bandung" for "persib").
    if (type.type == EntityType::Organization) {
        const std::string start = type.prefix + key + ' ';
        std::vector<std::string> longer;
        std::size_t seen = 0;
        for (auto it = db_.allterms_begin(start); it != db_.allterms_end(start) && seen < kMaxHomePlaceScan;
             ++it, ++seen)
            longer.push_back((*it).substr(std::string_view(type.prefix).size()));
        for (auto& name : longer)
            if (without_home_place(type, name) == key) add(std::move(name));
    }
    // A person's names with middle names ("anies rasyid baswedan" for "anies
    // baswedan"): keys that start with its first word and end with its last.
    if (type.type == EntityType::Person && std::count(key.begin(), key.end(), ' ') == 1) {
        const std::string start = type.prefix + key.substr(0, key.find(' ') + 1);
        const std::string end = key.substr(key.find(' '));
        std::vector<std::string> longer;
        scan_forward(db_, remote_, scans_[type.prefix], type.prefix, start, [&](const std::string& term, const auto&) {
            std::string name = term.substr(std::string_view(type.prefix).size());
            if (name.size() > key.size() + 1 && name.compare(name.size() - end.size(), end.size(), end) == 0)
                longer.push_back(std::move(name));
        });
        for (auto& name : longer) add(std::move(name));  // add() resolves: it may move the scan
    }
    return keys;
}

std::vector<std::string> EntityNames::filter_terms(const schema::EntityTypeSchema& type, std::string_view name) {
    std::vector<std::string> terms;
    for (const auto& key : group_keys(type, resolve(type, name)))
        terms.push_back(schema::make_boolean_term(type.prefix, key));
    return terms;
}

const std::string& EntityNames::display_name(const schema::EntityTypeSchema& type, const std::string& key,
                                             const std::string& fallback) {
    const std::string memo_key = type.prefix + key;
    if (const auto it = display_.find(memo_key); it != display_.end()) return it->second;
    if (display_.size() >= kMaxMemo) display_.clear();
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
            // A form that stands for another key is not this one's name
            // ("BPJS", written once for "badan penyedia jaminan sosial", is
            // "badan penyelenggara jaminan sosial").
            if (std::string normalized = schema::normalize_boolean_value(form.value);
                std::find(members.begin(), members.end(), normalized) == members.end() &&
                resolving_.count(type.prefix + normalized) == 0) {
                const std::string& stands_for = resolve_normalized(type, normalized);
                if (std::find(members.begin(), members.end(), stands_for) == members.end()) continue;
            }
            written[form.value] += form.documents;
        }
    const std::pair<const std::string, Xapian::doccount>* best = nullptr;
    for (const auto& entry : written)
        if (best == nullptr || entry.second > best->second) best = &entry;
    return display_.emplace(memo_key, best != nullptr ? best->first : fallback).first->second;
}

}  // namespace telusur
