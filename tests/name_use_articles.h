// Articles of entity names as DocumentBuilder records them (the key term, the
// name-use and alias terms of each form written, the short-form terms; or
// the keys with their mentions and the second-name terms), for the
// EntityNames tests on in-memory databases.
#pragma once
#include "common/document_builder.h"
#include "common/schema.h"

#include <xapian.h>

#include <map>
#include <string>
#include <vector>

namespace telusur::testing {

/// One article's entity of one type: its canonical name and the forms it
/// was written in.
struct Named {
    const schema::EntityTypeSchema* type;
    std::string canonical;
    std::vector<std::string> forms;
};

inline Xapian::Document article(const std::vector<Named>& entities) {
    Xapian::Document doc;
    std::map<const schema::EntityTypeSchema*, std::vector<std::string>> names_by_type;
    for (const auto& e : entities) {
        names_by_type[e.type].push_back(e.canonical);
        doc.add_term(schema::make_boolean_term(e.type->prefix, schema::normalize_boolean_value(e.canonical)));
        for (const auto& form : e.forms) {
            const auto terms = schema::name_use_terms(*e.type, e.canonical, form);
            doc.add_boolean_term(terms.use);
            doc.add_boolean_term(terms.alias);
        }
    }
    for (const auto& [type, names] : names_by_type) DocumentBuilder::add_short_form_terms(doc, *type, names);
    return doc;
}

/// `n` copies of one article, as many articles of the same names.
inline void add_copies(std::vector<Xapian::Document>& docs, int n, const Xapian::Document& doc) {
    for (int i = 0; i < n; ++i) docs.push_back(doc);
}

/// One article's entities of one type: key, mentions, sentences, with the
/// second-name terms.
inline Xapian::Document second_name_article(const schema::EntityTypeSchema& type,
                                            const std::vector<DocumentBuilder::KeyMentions>& keys) {
    Xapian::Document doc;
    for (const auto& k : keys) doc.add_term(schema::make_boolean_term(type.prefix, k.key), k.count);
    DocumentBuilder::add_second_name_terms(doc, type, keys);
    return doc;
}

}  // namespace telusur::testing
