// Turns an Article into the Xapian::Document the schema describes: free-text
// terms for title and body, boolean terms, value slots and display data.
#pragma once

#include "common/analysis/analyzer.h"
#include "common/document.h"

#include <xapian.h>

namespace telusur {

/// Keys of the JSON object stored as document data (what results display).
namespace data_keys {
inline constexpr const char* kId = "id";
inline constexpr const char* kTitle = "title";
inline constexpr const char* kBody = "body";
inline constexpr const char* kDate = "date";
inline constexpr const char* kSource = "source";
inline constexpr const char* kUrl = "url";
inline constexpr const char* kCategory = "category";
inline constexpr const char* kAuthor = "author";
inline constexpr const char* kEntities = "entities";
}  // namespace data_keys

/// Builds documents with one TermGenerator; not thread-safe, so use one
/// builder per thread (they can share the Analyzer).
class DocumentBuilder {
public:
    explicit DocumentBuilder(const Analyzer& analyzer);

    /// The document for article, whose id must be set. The unique id term
    /// is schema::make_id_term(article.id), for replace_document().
    Xapian::Document build(const Article& article);

private:
    const Analyzer& analyzer_;
    Xapian::TermGenerator generator_;
};

}  // namespace telusur
