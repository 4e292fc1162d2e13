#include "common/document_builder.h"

#include "common/analysis/answer_types.h"
#include "common/entities/entity_names.h"
#include "common/schema.h"
#include "common/text/unicode.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace telusur {

DocumentBuilder::DocumentBuilder(const Analyzer& analyzer, const EntityExtractor* extractor)
    : analyzer_(analyzer), extractor_(extractor) {
    analyzer_.configure(generator_);
}

void DocumentBuilder::add_name_use_terms(Xapian::Document& doc, const schema::EntityTypeSchema& type,
                                         const std::string& name, const std::set<std::string>& forms) {
    for (const auto& form : forms) {
        const schema::NameUseTerms terms = schema::name_use_terms(type, name, form);
        if (terms.use.empty()) continue;
        doc.add_boolean_term(terms.use);
        doc.add_boolean_term(terms.alias);
    }
}

void DocumentBuilder::add_short_form_terms(Xapian::Document& doc, const schema::EntityTypeSchema& type,
                                           const std::vector<std::string>& names) {
    std::vector<std::string> keys;
    for (const auto& name : names) keys.push_back(schema::normalize_boolean_value(name));
    for (const auto& key : keys) {
        if (const std::string bare = EntityNames::without_designator_word(type.type, key); !bare.empty())
            if (std::string term = schema::designated_term(type, bare, key); !term.empty())
                doc.add_boolean_term(std::move(term));
        // The old spelling under the new ("gatot subroto" -> "gatot soebroto",
        // and with hyphens as spaces alone "bandara soekarno hatta" ->
        // "bandara soekarno-hatta"): the new spelling is the key both resolve
        // to, and its filters and display name find the old one through this
        // term.
        for (const bool hyphens_only : {false, true})
            if (const std::string spelled = EntityNames::spelling_variant(key, hyphens_only); !spelled.empty())
                if (std::string term = schema::designated_term(type, spelled, key); !term.empty())
                    doc.add_boolean_term(std::move(term));
    }
    std::size_t pairs = 0;
    for (const auto& short_key : keys) {
        if (short_key.find(' ') != std::string::npos) continue;
        for (const auto& full_key : keys) {
            if (pairs == schema::kMaxShortFormPairs) return;
            if (EntityNames::short_form_share(type.type, short_key, full_key) == 0) continue;
            const schema::ShortFormTerms terms = schema::short_form_terms(type, short_key, full_key);
            if (terms.short_to_full.empty()) continue;
            doc.add_boolean_term(terms.short_to_full);
            doc.add_boolean_term(terms.full_to_short);
            ++pairs;
        }
    }
}

void DocumentBuilder::add_second_name_terms(Xapian::Document& doc, const schema::EntityTypeSchema& type,
                                            const std::vector<KeyMentions>& keys) {
    if (!EntityNames::has_second_names(type.type)) return;
    const auto share_a_sentence = [](const std::set<unsigned>& a, const std::set<unsigned>& b) {
        return std::any_of(a.begin(), a.end(), [&](unsigned sentence) { return b.count(sentence) > 0; });
    };
    // A short form of a name beside it is the short-form terms' to join, and
    // a name spelled out beside its short form is no second name of it.
    const auto spells_a_name_beside = [&](const std::string& key) {
        return std::any_of(keys.begin(), keys.end(), [&](const KeyMentions& other) {
            return EntityNames::short_form_share(type.type, key, other.key) > 0 ||
                   EntityNames::short_form_share(type.type, other.key, key) > 0;
        });
    };
    std::size_t pairs = 0;
    for (const auto& second : keys) {
        if (!EntityNames::may_be_second_name(type.type, second.key) || spells_a_name_beside(second.key)) continue;
        for (const auto& named : keys) {
            if (pairs == schema::kMaxSecondNamePairs) return;
            if (named.count <= second.count || share_a_sentence(second.sentences, named.sentences) ||
                EntityNames::share_a_word(second.key, named.key))
                continue;
            const schema::SecondNameTerms terms = schema::second_name_terms(type, second.key, named.key);
            if (terms.second_to_dominant.empty()) continue;
            doc.add_boolean_term(terms.second_to_dominant);
            doc.add_boolean_term(terms.dominant_to_second);
            ++pairs;
        }
    }
}

std::uint8_t DocumentBuilder::add_entities(Xapian::Document& doc, const Article& article, nlohmann::json& data) const {
    // Mentions per canonical name, per type, in order of first mention, the
    // forms each name was written in and the sentences it is named in
    // (numbered over the title's and then the body's).
    struct Mentions {
        std::vector<std::string> names;
        std::map<std::string, unsigned> counts;
        std::map<std::string, std::set<std::string>> forms;
        std::map<std::string, std::set<unsigned>> sentences;
        std::set<std::pair<std::string, std::string>> definitions;  ///< nickname as written, canonical name
    };
    std::map<EntityType, Mentions> by_type;
    unsigned sentences_before = 0;
    auto collect = [&](const std::vector<Entity>& entities) {
        unsigned sentences = 0;
        for (const auto& e : entities) {
            auto& m = by_type[e.type];
            if (m.counts[e.canonical]++ == 0) m.names.push_back(e.canonical);
            m.forms[e.canonical].insert(text::collapse_spaces(e.text));
            m.sentences[e.canonical].insert(sentences_before + e.sentence);
            if (e.defined_nickname) m.definitions.emplace(text::collapse_spaces(e.text), e.canonical);
            sentences = std::max(sentences, e.sentence + 1);
        }
        sentences_before += sentences;
    };
    // Together: a headline's name is cut against the names its body writes.
    const ArticleEntities extracted = extractor_->extract_article(article.title, article.body);
    collect(extracted.title);
    collect(extracted.body);
    if (const auto people = by_type.find(EntityType::Person); people != by_type.end()) {
        auto& m = people->second;
        std::map<std::string, std::string> folded_into;
        merge_person_name_parts(m.names, m.counts, &folded_into);
        for (const auto& [part, full] : folded_into) {
            m.forms[full].merge(m.forms[part]);
            m.sentences[full].merge(m.sentences[part]);
        }
        // A nickname defined for a name cut short ("The Doctor, julukan
        // Rossi") names the full name the part folded into.
        std::set<std::pair<std::string, std::string>> definitions;
        for (const auto& [nickname, name] : m.definitions) {
            const auto folded = folded_into.find(name);
            definitions.emplace(nickname, folded == folded_into.end() ? name : folded->second);
        }
        m.definitions = std::move(definitions);
    }

    nlohmann::json entities = nlohmann::json::object();
    std::uint8_t answer_types = 0;
    for (const auto& type : schema::kEntityTypes) {
        const auto it = by_type.find(type.type);
        if (it == by_type.end()) continue;
        answer_types |= type.answer_type;
        std::string slot_value;
        for (const auto& name : it->second.names) {
            // The term's wdf is the number of mentions: a boolean filter
            // still matches, and BM25 can tell an article about Kursk from
            // one that names it once (see the query-side entity boost).
            doc.add_term(schema::make_boolean_term(type.prefix, name), it->second.counts[name]);
            slot_value += (slot_value.empty() ? "" : "\n") + name;
            add_name_use_terms(doc, type, name, it->second.forms[name]);
        }
        add_short_form_terms(doc, type, it->second.names);
        std::vector<KeyMentions> keys;
        for (const auto& name : it->second.names)
            keys.push_back({schema::normalize_boolean_value(name), it->second.counts[name],
                            std::move(it->second.sentences[name])});
        add_second_name_terms(doc, type, keys);
        for (const auto& [nickname, name] : it->second.definitions) {
            const schema::DefinitionTerms terms = schema::definition_terms(
                type, schema::normalize_boolean_value(nickname), schema::normalize_boolean_value(name));
            if (terms.nickname_to_key.empty()) continue;
            doc.add_boolean_term(terms.nickname_to_key);
            doc.add_boolean_term(terms.key_to_nickname);
        }
        doc.add_value(type.slot, slot_value);
        entities[type.json_key] = it->second.names;
    }
    data[schema::data_keys::kEntities] = std::move(entities);
    return answer_types;
}

DocumentBuilder::TermSummary DocumentBuilder::summarize_terms(const Xapian::Document& doc,
                                                              Xapian::termpos body_start) const {
    // The words the term generator put at the body's first positions, read
    // back from the document so that they are exactly the indexed terms.
    std::vector<std::string> lead(schema::kTopicLeadWords);
    std::uint8_t answer_types = 0;
    const Xapian::termpos end = body_start + schema::kTopicLeadWords;
    for (auto t = doc.termlist_begin(); t != doc.termlist_end(); ++t) {
        if (t.positionlist_count() == 0) continue;
        const std::string term = *t;
        if (term.empty() || (term[0] >= 'A' && term[0] <= 'Z')) continue;  // prefixed
        answer_types |= answer_types_of_word(term);
        auto p = t.positionlist_begin();
        for (p.skip_to(body_start); p != t.positionlist_end() && *p < end; ++p) lead[*p - body_start] = term;
    }
    // The topic lead only when the body goes past the short lead: otherwise
    // the content key's lead words hold all of it.
    const bool longer = std::ranges::any_of(lead.begin() + schema::kLeadWords, lead.end(),
                                            [](const std::string& w) { return !w.empty(); });
    std::string topic = longer ? schema::lead_words_value(lead) : std::string();
    lead.resize(schema::kLeadWords);
    return {schema::lead_words_value(lead), std::move(topic), answer_types};
}

Xapian::Document DocumentBuilder::build(const Article& article) {
    namespace s = schema;
    Xapian::Document doc;
    generator_.set_document(doc);

    // Free text, Omega's way: the title under S and also unprefixed (so an
    // unqualified query finds it) with a higher wdf, then a position gap so
    // phrases cannot run from the title into the body.
    if (!article.title.empty()) {
        const std::string title = analyzer_.normalize(article.title);
        generator_.index_text(title, s::kTitleWeight, s::kPrefixTitle);
        generator_.increase_termpos(s::kFieldGap);
        generator_.index_text(title, s::kTitleWeight);
        generator_.increase_termpos(s::kFieldGap);
    }
    const Xapian::termpos body_start = generator_.get_termpos() + 1;
    generator_.index_text(analyzer_.normalize(article.body), s::kBodyWeight);
    const TermSummary terms = summarize_terms(doc, body_start);

    doc.add_boolean_term(s::make_id_term(article.id));
    if (!article.url.empty()) doc.add_boolean_term(s::hash_long_term(s::kPrefixUrl + article.url));
    if (!article.source.empty()) doc.add_boolean_term(s::make_boolean_term(s::kPrefixSource, article.source));
    if (!article.category.empty()) doc.add_boolean_term(s::make_boolean_term(s::kPrefixCategory, article.category));
    if (!article.author.empty()) doc.add_boolean_term(s::make_boolean_term(s::kPrefixAuthor, article.author));

    if (const auto date = parse_article_date(article.date)) {
        doc.add_value(s::kSlotDate, date->yyyymmdd);
        doc.add_value(s::kSlotTimestamp, date->yyyymmddhhmmss);
    }
    // Facet values are normalized like the boolean terms, so "Bola" and
    // "bola" count as one category and the shown value works as a filter.
    if (!article.source.empty()) doc.add_value(s::kSlotSource, s::normalize_boolean_value(article.source));
    if (!article.category.empty()) doc.add_value(s::kSlotCategory, s::normalize_boolean_value(article.category));

    nlohmann::json data{{s::data_keys::kId, article.id},     {s::data_keys::kTitle, article.title},
                        {s::data_keys::kDate, article.date}, {s::data_keys::kSource, article.source},
                        {s::data_keys::kUrl, article.url},   {s::data_keys::kCategory, article.category},
                        {s::data_keys::kBody, article.body}};
    if (!article.author.empty()) data[s::data_keys::kAuthor] = article.author;
    if (!terms.topic_lead_words.empty()) doc.add_value(s::kSlotTopicLeadWords, terms.topic_lead_words);
    const std::uint8_t entity_types = extractor_ ? add_entities(doc, article, data) : 0;
    const std::string hash = content_hash(article);
    doc.add_value(
        s::kSlotContentKey,
        s::ContentKey{hash, static_cast<std::uint8_t>(terms.answer_types | entity_types), terms.lead_words}.encode());
    doc.add_value(s::kSlotCollapseKey, hash);
    doc.add_value(s::kSlotFacets, s::facet_values_of(doc));  // after every slot it joins
    doc.set_data(data.dump());
    return doc;
}

}  // namespace telusur
