#include "common/entities/entities.h"

#include "common/entities/gazetteer.h"
#include "common/entities/ner_text.h"
#include "common/entities/perceptron_model.h"
#include "common/entities/tagger_features.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <stdexcept>

namespace telusur {

using ner::Gazetteer;
using ner::PerceptronModel;
using ner::SentenceFeatures;
using ner::Tag;

struct EntityExtractor::Impl {
    std::shared_ptr<const PerceptronModel> model;
    std::shared_ptr<const Gazetteer> gazetteer;
    ExtractorOptions options;
};

namespace {

constexpr std::size_t kMaxRuleSpan = 5;  // tokens a rule may claim after a trigger

EntityType type_of(Tag b) {
    if (b == ner::kBPer || b == ner::kIPer) return EntityType::Person;
    if (b == ner::kBOrg || b == ner::kIOrg) return EntityType::Organization;
    return EntityType::Location;
}

ner::GazType gaz_type(EntityType t) {
    switch (t) {
        case EntityType::Person: return ner::kGazPer;
        case EntityType::Organization: return ner::kGazOrg;
        case EntityType::Location: break;
    }
    return ner::kGazLoc;
}

Tag begin_tag(EntityType t) {
    switch (t) {
        case EntityType::Person: return ner::kBPer;
        case EntityType::Organization: return ner::kBOrg;
        case EntityType::Location: break;
    }
    return ner::kBLoc;
}

bool all_o(const std::vector<Tag>& tags, std::size_t b, std::size_t e) {
    for (std::size_t k = b; k < e; ++k)
        if (tags[k] != ner::kO) return false;
    return true;
}

void set_span(std::vector<Tag>& tags, std::size_t b, std::size_t e, EntityType type) {
    const Tag bt = begin_tag(type);
    tags[b] = bt;
    for (std::size_t k = b + 1; k < e; ++k) tags[k] = static_cast<Tag>(bt + 1);
}

// Small words allowed inside a name after a trigger ("Abdul bin Said").
bool is_name_particle(std::string_view w) {
    return w == "bin" || w == "binti" || w == "van" || w == "de" || w == "al" || w == "von" || w == "der";
}

// End of the run of capitalized tokens starting at i (name particles
// allowed in the middle), at most kMaxRuleSpan long.
std::size_t capitalized_run(const std::string_view* tokens, const SentenceFeatures& s, std::size_t i) {
    std::size_t e = i;
    while (e < s.n && e - i < kMaxRuleSpan) {
        if (s.capitalized[e] && ner::has_lower_letter(tokens[e])) {
            ++e;
        } else if (e > i && e + 1 < s.n && is_name_particle(tokens[e]) && s.capitalized[e + 1]) {
            e += 2;
        } else {
            break;
        }
    }
    return e;
}

// Rules for what the model leaves untagged. They only fill tokens the model
// tagged O, and only in normally-cased text: in lower-cased text
// capitalization carries no signal.
void apply_rules(const std::string_view* tokens, const SentenceFeatures& s, std::vector<Tag>& tags, unsigned mask) {
    if (s.all_lower) return;
    const auto& g = s.gaz;
    for (std::size_t i = 0; i < s.n; ++i) {
        if (tags[i] != ner::kO || !s.capitalized[i]) continue;
        // 1. A trigger right before: a title or rank ("Presiden", "Mayor
        //    Jenderal") or a speech verb ("kata", "ujar") -> a person.
        if (i > 0) {
            const unsigned roles = g.trigger_end[i - 1];
            constexpr unsigned kPerRoles = (1u << ner::kTrigPerTitle) | (1u << ner::kTrigPerRank) |
                                           (1u << ner::kTrigPerHonorific) | (1u << ner::kTrigPerSpeech);
            // Skip tokens that themselves start a trigger or a known ORG/LOC
            // ("Menteri Keuangan", "Gubernur Jawa Timur").
            const bool other = g.trigger_start[i] != 0 || g.match_len[i * ner::kGazTypes + ner::kGazOrg] ||
                               g.match_len[i * ner::kGazTypes + ner::kGazLoc];
            // Bit 8: the same, but only when the name's first word is one the
            // news corpus nearly always capitalizes (word class 7), which
            // keeps "Menteri Energi ..." out.
            const bool name_like = (mask & 8u) && g.cap_class[i] == 7;
            if (((mask & 1u) || name_like) && (roles & kPerRoles) && !other) {
                const std::size_t e = capitalized_run(tokens, s, i);
                if (e > i && all_o(tags, i, e)) {
                    set_span(tags, i, e, EntityType::Person);
                    i = e - 1;
                    continue;
                }
            }
        }
        // 2. An organisation head followed by a capitalized name
        //    ("Kementerian Pertanian", "Partai Hanura").
        if ((mask & 2u) && (g.trigger_start[i] & (1u << ner::kTrigOrgHead)) && i + 1 < s.n && s.capitalized[i + 1]) {
            const std::size_t e = capitalized_run(tokens, s, i + 1);
            if (e > i + 1 && all_o(tags, i, e)) {
                set_span(tags, i, e, EntityType::Organization);
                i = e - 1;
                continue;
            }
        }
        // 3. A gazetteer name the model missed, unless it is only the start
        //    of a longer capitalized name.
        if (!(mask & 4u)) continue;
        for (ner::GazType t : {ner::kGazOrg, ner::kGazLoc}) {
            const std::size_t len = g.match_len[i * ner::kGazTypes + t];
            if (len == 0) continue;
            const std::size_t e = i + len;
            if (e < s.n && s.capitalized[e]) continue;
            if (!all_o(tags, i, e)) continue;
            set_span(tags, i, e, t == ner::kGazOrg ? EntityType::Organization : EntityType::Location);
            i = e - 1;
            break;
        }
    }
}

// Per-thread scratch space, so extract() allocates little per call.
struct Scratch {
    SentenceFeatures features;
    std::vector<std::string_view> views;
    std::vector<Tag> tags;
};

Scratch& scratch() {
    thread_local Scratch s;
    return s;
}

// Calls emit(type, first, last) for each BIO span.
template <typename Emit>
void for_each_span(const std::vector<Tag>& tags, Emit&& emit) {
    std::size_t i = 0;
    while (i < tags.size()) {
        const Tag t = tags[i];
        if (t == ner::kO) {
            ++i;
            continue;
        }
        const Tag inside = (t == ner::kBPer || t == ner::kIPer)   ? ner::kIPer
                           : (t == ner::kBOrg || t == ner::kIOrg) ? ner::kIOrg
                                                                  : ner::kILoc;
        std::size_t e = i + 1;
        while (e < tags.size() && tags[e] == inside) ++e;
        emit(type_of(t), i, e);
        i = e;
    }
}

std::string canonical_for(const Gazetteer& gaz, const SentenceFeatures& s, EntityType type, std::size_t b,
                          std::size_t e, std::string_view text) {
    std::uint64_t h = Gazetteer::kPhraseSeed;
    for (std::size_t k = b; k < e; ++k) h = ner::hash_combine(h, s.lower[k]);
    if (const std::string* c = gaz.canonical(gaz_type(type), h)) return *c;
    return ner::normalize_spacing(text);
}

}  // namespace

EntityExtractor::EntityExtractor(std::shared_ptr<const PerceptronModel> model,
                                 std::shared_ptr<const Gazetteer> gazetteer, ExtractorOptions options)
    : impl_(std::make_shared<Impl>(Impl{std::move(model), std::move(gazetteer), options})) {}

EntityExtractor EntityExtractor::load(const std::string& model_dir, ExtractorOptions options) {
    const std::filesystem::path dir(model_dir);
    auto model = std::make_shared<PerceptronModel>(PerceptronModel::load((dir / "ner.model").string()));
    auto gaz = std::make_shared<Gazetteer>(Gazetteer::load((dir / "gazetteer.tsv.gz").string()));
    return EntityExtractor(std::move(model), std::move(gaz), options);
}

const EntityExtractor& EntityExtractor::instance() {
    static const EntityExtractor extractor = load(entity_model_dir());
    return extractor;
}

std::vector<Entity> EntityExtractor::extract(std::string_view text) const {
    std::vector<Entity> out;
    const std::vector<ner::TokenSpan> tokens = ner::tokenize(text);
    if (tokens.empty()) return out;
    Scratch& sc = scratch();
    for (const auto& [first, last] : ner::split_sentences(text, tokens)) {
        sc.views.clear();
        for (std::size_t k = first; k < last; ++k)
            sc.views.push_back(text.substr(tokens[k].begin, tokens[k].end - tokens[k].begin));
        ner::prepare_sentence(sc.views.data(), sc.views.size(), *impl_->gazetteer, sc.features);
        impl_->model->tag(sc.features, sc.tags);
        if (impl_->options.rules) apply_rules(sc.views.data(), sc.features, sc.tags, impl_->options.rule_mask);
        for_each_span(sc.tags, [&, first = first](EntityType type, std::size_t b, std::size_t e) {
            const std::size_t begin = tokens[first + b].begin, end = tokens[first + e - 1].end;
            const std::string_view mention = text.substr(begin, end - begin);
            out.push_back(Entity{type, std::string(mention),
                                 canonical_for(*impl_->gazetteer, sc.features, type, b, e, mention), begin, end});
        });
    }
    return out;
}

std::vector<TokenEntity> EntityExtractor::extract_tokens(const std::vector<std::string>& tokens) const {
    std::vector<TokenEntity> out;
    if (tokens.empty()) return out;
    Scratch& sc = scratch();
    sc.views.assign(tokens.begin(), tokens.end());
    ner::prepare_sentence(sc.views.data(), sc.views.size(), *impl_->gazetteer, sc.features);
    impl_->model->tag(sc.features, sc.tags);
    if (impl_->options.rules) apply_rules(sc.views.data(), sc.features, sc.tags, impl_->options.rule_mask);
    for_each_span(sc.tags, [&](EntityType type, std::size_t b, std::size_t e) {
        std::string mention;
        for (std::size_t k = b; k < e; ++k) {
            if (k > b) mention += ' ';
            mention += tokens[k];
        }
        out.push_back(TokenEntity{type, b, e, canonical_for(*impl_->gazetteer, sc.features, type, b, e, mention)});
    });
    return out;
}

std::string EntityExtractor::canonical_name(EntityType type, std::string_view name) const {
    const std::string norm = ner::normalize_spacing(name);
    if (const std::string* c = impl_->gazetteer->canonical(gaz_type(type), Gazetteer::phrase_hash(norm))) return *c;
    return norm;
}

std::string_view entity_type_name(EntityType type) {
    switch (type) {
        case EntityType::Person: return "PER";
        case EntityType::Organization: return "ORG";
        case EntityType::Location: break;
    }
    return "LOC";
}

namespace {

std::vector<std::string_view> words_of(std::string_view name) {
    std::vector<std::string_view> words;
    for (std::size_t pos = 0; pos <= name.size();) {
        const std::size_t space = std::min(name.find(' ', pos), name.size());
        if (space > pos) words.push_back(name.substr(pos, space - pos));
        pos = space + 1;
    }
    return words;
}

}  // namespace

void merge_person_name_parts(std::vector<std::string>& names, std::map<std::string, unsigned>& counts) {
    std::vector<std::vector<std::string_view>> words;
    for (const auto& name : names) words.push_back(words_of(name));
    std::vector<std::string> kept;
    for (std::size_t a = 0; a < names.size(); ++a) {
        const std::string& name = names[a];
        const auto& name_words = words[a];
        const std::string* full = nullptr;
        bool ambiguous = false;
        for (std::size_t b = 0; b < names.size(); ++b) {
            const std::string& other = names[b];
            const auto& other_words = words[b];
            if (other_words.size() <= name_words.size()) continue;
            const bool prefix = std::equal(name_words.begin(), name_words.end(), other_words.begin());
            const bool suffix = std::equal(name_words.rbegin(), name_words.rend(), other_words.rbegin());
            if (!prefix && !suffix) continue;
            if (full != nullptr) ambiguous = true;
            full = &other;
        }
        if (full == nullptr || ambiguous) {
            kept.push_back(name);
            continue;
        }
        counts[*full] += counts[name];
        counts.erase(name);
    }
    names = std::move(kept);
}

std::string canonical_entity_name(EntityType type, std::string_view name) {
    return EntityExtractor::instance().canonical_name(type, name);
}

std::string entity_model_dir() {
    if (const char* env = std::getenv("TELUSUR_MODEL_DIR"); env != nullptr && *env != '\0') return env;
    // An absolute path set by CMake (not __FILE__, which a ccache build with
    // CCACHE_BASEDIR makes relative to the build directory).
    return TELUSUR_SOURCE_MODEL_DIR;
}

}  // namespace telusur
