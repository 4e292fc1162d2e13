// The document model: one news article as read from input, and the rules
// that derive its stable id, its dates and its content hash.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace telusur {

struct Article {
    std::string id;      ///< unique; see stable_article_id() when absent
    std::string title;   ///< may be empty (some dumps have no headlines)
    std::string body;    ///< required
    std::string date;    ///< ISO 8601 as written: "2019-07-31T12:38:00+07:00" or "2019-07-31"
    std::string source;  ///< site name, e.g. "Kompas"
    std::string url;
    std::string category;  ///< site section, e.g. "News"
    std::string author;
};

/// A publication date in the encodings of the date and timestamp slots.
struct ArticleDate {
    std::string yyyymmdd;         ///< "20190731"
    std::string yyyymmddhhmmss;   ///< "20190731123800"; time 000000 when absent
    std::string iso_day() const;  ///< "2019-07-31"
};

/// Parses "YYYY-MM-DD" optionally followed by "THH:MM[:SS]" and a zone,
/// keeping the article's own local date and time (news dates are local).
/// Returns nullopt for anything else, including impossible dates.
std::optional<ArticleDate> parse_article_date(std::string_view iso);

/// The id used when the input has none: "u" + hash of the url when there
/// is one, else "t" + hash of title and date. Stable across runs, so a
/// re-index replaces instead of duplicating.
std::string stable_article_id(const Article& article);

/// 16 hex digits identifying the article's text (title + body, white space
/// collapsed): re-indexing an unchanged article is skipped, and syndicated
/// copies of one story can be collapsed at search time.
std::string content_hash(const Article& article);

}  // namespace telusur
