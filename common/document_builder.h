// Turns an Article into the Xapian::Document the schema describes: free-text
// terms for title and body, boolean terms, value slots and display data.
#pragma once

#include "common/analysis/analyzer.h"
#include "common/document.h"
#include "common/entities/entities.h"
#include "common/schema.h"

#include <nlohmann/json.hpp>
#include <xapian.h>

#include <cstdint>
#include <set>
#include <string>
#include <vector>

namespace telusur {

/// Builds documents with one TermGenerator; not thread-safe, so use one
/// builder per thread (they can share the Analyzer and the extractor).
class DocumentBuilder {
public:
    /// @param extractor tags people, organizations and places; nullptr
    ///        indexes no entities.
    explicit DocumentBuilder(const Analyzer& analyzer, const EntityExtractor* extractor = nullptr);

    /// The document for article, whose id must be set. The unique id term
    /// is schema::make_id_term(article.id), for replace_document().
    Xapian::Document build(const Article& article);

    /// The short-form and designated terms (schema.h) of one type's
    /// entities: each one-word name with each longer name of the article it
    /// could be short for; each name with a designator without it. Public for
    /// tests that build articles' name terms by hand.
    static void add_short_form_terms(Xapian::Document& doc, const schema::EntityTypeSchema& type,
                                     const std::vector<std::string>& names);

    /// One key of an article's entities of one type: how often it is
    /// mentioned and in which sentences (numbered over title and body).
    struct KeyMentions {
        std::string key;  ///< normalized
        unsigned count = 0;
        std::set<unsigned> sentences;
    };
    /// The second-name terms (schema.h) of one type's keys, in order of first
    /// mention, for a type that has them (EntityNames::has_second_names()):
    /// each key with each key mentioned more that it never shares a sentence
    /// nor a word with, unless it is a short form of a name beside it or one
    /// beside it is its short form. Public for tests.
    static void add_second_name_terms(Xapian::Document& doc, const schema::EntityTypeSchema& type,
                                      const std::vector<KeyMentions>& keys);

private:
    /// Adds the entity terms, slots and data; returns the answer types the
    /// entities give (person, organization, place).
    std::uint8_t add_entities(Xapian::Document& doc, const Article& article, nlohmann::json& data) const;
    /// The name-use terms of one entity (schema.h): its key with each form it
    /// was written in, both ways.
    static void add_name_use_terms(Xapian::Document& doc, const schema::EntityTypeSchema& type, const std::string& name,
                                   const std::set<std::string>& forms);
    /// What the content key and the topic lead slot need from the indexed
    /// words, read in one pass.
    struct TermSummary {
        std::string lead_words;         ///< the body's first kLeadWords words, schema::lead_words_value() (lead boost)
        std::string topic_lead_words;   ///< the first kTopicLeadWords words, the same way ("" for a shorter body)
        std::uint8_t answer_types = 0;  ///< numbers and dates among all words (answer_types_of_word())
    };
    TermSummary summarize_terms(const Xapian::Document& doc, Xapian::termpos body_start) const;

    const Analyzer& analyzer_;
    const EntityExtractor* extractor_;
    Xapian::TermGenerator generator_;
};

}  // namespace telusur
