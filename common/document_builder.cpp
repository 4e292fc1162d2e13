#include "common/document_builder.h"

#include "common/schema.h"

#include <nlohmann/json.hpp>

namespace telusur {

DocumentBuilder::DocumentBuilder(const Analyzer& analyzer) : analyzer_(analyzer) { analyzer_.configure(generator_); }

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
    generator_.index_text(analyzer_.normalize(article.body), s::kBodyWeight);

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
    doc.add_value(s::kSlotContentHash, content_hash(article));

    nlohmann::json data{{data_keys::kId, article.id},       {data_keys::kTitle, article.title},
                        {data_keys::kDate, article.date},   {data_keys::kSource, article.source},
                        {data_keys::kUrl, article.url},     {data_keys::kCategory, article.category},
                        {data_keys::kBody, article.body}};
    if (!article.author.empty()) data[data_keys::kAuthor] = article.author;
    doc.set_data(data.dump());
    return doc;
}

}  // namespace telusur
