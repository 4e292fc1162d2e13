// The names the extractor finds in a text, as strings, for the tests of its
// span rules (headlines, titles, ranks, kinship words).
#pragma once
#include "common/entities/entities.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

namespace telusur::testing {

/// "TYPE:text" of each entity the extractor finds in `text`.
inline std::vector<std::string> names(std::string_view text) {
    std::vector<std::string> out;
    for (const Entity& e : EntityExtractor::instance().extract(text))
        out.push_back(std::string(entity_type_name(e.type)) + ":" + e.text);
    return out;
}

/// The text of each person the extractor finds in `text`.
inline std::vector<std::string> people(std::string_view text) {
    std::vector<std::string> out;
    for (const Entity& e : EntityExtractor::instance().extract(text))
        if (e.type == EntityType::Person) out.push_back(e.text);
    return out;
}

/// "TYPE:text" of each entity the extractor finds in an article's title
/// (`of_title`) or its body, read together (extract_article()).
inline std::vector<std::string> article_names(std::string_view title, std::string_view body, bool of_title) {
    const ArticleEntities found = EntityExtractor::instance().extract_article(title, body);
    std::vector<std::string> out;
    for (const Entity& e : of_title ? found.title : found.body)
        out.push_back(std::string(entity_type_name(e.type)) + ":" + e.text);
    return out;
}

inline bool has(const std::vector<std::string>& found, const std::string& name) {
    return std::find(found.begin(), found.end(), name) != found.end();
}

inline std::string describe(const std::vector<std::string>& found) {
    std::string out;
    for (const auto& n : found) out += n + "; ";
    return out;
}

/// An article, the names its title's or body's entities must include, and
/// those they must not.
struct ArticleNamesCase {
    std::string_view title, body;
    std::vector<std::string> expected, not_expected;
};

/// Checks the title's (`of_title`) or the body's names against `c`.
inline void expect_article_names(const ArticleNamesCase& c, bool of_title) {
    const auto found = article_names(c.title, c.body, of_title);
    for (const std::string& name : c.expected)
        EXPECT_TRUE(has(found, name)) << name << " in " << c.title << " / " << c.body << ": " << describe(found);
    for (const std::string& name : c.not_expected)
        EXPECT_FALSE(has(found, name)) << name << " in " << c.title << " / " << c.body << ": " << describe(found);
}

}  // namespace telusur::testing
