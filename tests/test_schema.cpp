// Boolean term rules and the document model's derived values.
#include "common/analysis/answer_types.h"
#include "common/document.h"
#include "common/schema.h"

#include <gtest/gtest.h>

namespace telusur {
namespace {

TEST(Schema, BooleanValuesAreCaseFoldedAndSpaceCollapsed) {
    EXPECT_EQ(schema::make_boolean_term(schema::kPrefixCategory, "Politik"), "XCATpolitik");
    EXPECT_EQ(schema::make_boolean_term(schema::kPrefixSource, "  Kapan   Lagi "), "XSRCkapan lagi");
    EXPECT_EQ(schema::make_boolean_term(schema::kPrefixSource, "KAPANLAGI.COM"),
              schema::make_boolean_term(schema::kPrefixSource, "kapanlagi.com"));
}

TEST(Schema, ColonRuleFollowsOmega) {
    // After folding only ':' can trigger it for boolean values; ids keep case.
    EXPECT_EQ(schema::make_boolean_term(schema::kPrefixCategory, ":x"), "XCAT::x");
    EXPECT_EQ(schema::make_id_term("abc-1"), "Qabc-1");
    EXPECT_EQ(schema::make_id_term("ABC-1"), "QABC-1");  // single-letter prefix: no colon
}

TEST(Schema, LongTermsAreHashed) {
    const std::string url(400, 'a');
    const std::string term = schema::hash_long_term("U" + url);
    EXPECT_EQ(term.size(), schema::kMaxSafeTermLength);
    EXPECT_EQ(term, schema::hash_long_term("U" + url));  // stable
    EXPECT_NE(term, schema::hash_long_term("U" + url + "b"));
    EXPECT_EQ(schema::hash_long_term("Ushort"), "Ushort");
}

TEST(Schema, LeadWordsKeepTheirPositions) {
    const std::string value = schema::lead_words_value({"pasukan", "", "korea", "utara"});
    ASSERT_EQ(value.size(), 16u);
    EXPECT_TRUE(schema::lead_words_contain(value, schema::lead_word_hash("pasukan"), 1));
    EXPECT_FALSE(schema::lead_words_contain(value, schema::lead_word_hash("korea"), 2));  // third position
    EXPECT_TRUE(schema::lead_words_contain(value, schema::lead_word_hash("korea"), 3));
    EXPECT_TRUE(schema::lead_words_contain(value, schema::lead_word_hash("utara"), 100));  // window past the end
    EXPECT_FALSE(schema::lead_words_contain(value, schema::lead_word_hash("rusia"), 100));
    EXPECT_NE(schema::lead_word_hash(""), 0u);  // 0 only marks an empty position
    EXPECT_FALSE(schema::lead_words_contain("", schema::lead_word_hash("korea"), 20));

    const std::string key = schema::content_key("0123456789abcdef", value, answer_type::kPerson | answer_type::kDate);
    EXPECT_EQ(schema::content_hash_of(key), "0123456789abcdef");
    EXPECT_EQ(schema::lead_words_of(key), value);
    EXPECT_EQ(schema::answer_types_of(key), answer_type::kPerson | answer_type::kDate);
    const std::string none = schema::content_key("0123456789abcdef", value, 0);
    EXPECT_EQ(schema::answer_types_of(none), std::uint8_t{0});  // known: no answer types
    // Databases from before the answer types, and before the lead words.
    const std::string before_types = "0123456789abcdef" + value;
    EXPECT_EQ(schema::lead_words_of(before_types), value);
    EXPECT_EQ(schema::answer_types_of(before_types), std::nullopt);
    EXPECT_EQ(schema::lead_words_of("0123456789abcdef"), "");
    EXPECT_EQ(schema::answer_types_of("0123456789abcdef"), std::nullopt);
}

TEST(Schema, QueryFieldNamesAreUnique) {
    for (std::size_t i = 0; i < schema::kQueryFields.size(); ++i)
        for (std::size_t j = i + 1; j < schema::kQueryFields.size(); ++j)
            EXPECT_STRNE(schema::kQueryFields[i].name, schema::kQueryFields[j].name);
}

struct DateCase {
    const char* input;
    const char* day;        // "" when invalid
    const char* timestamp;
};

TEST(Document, ParsesIsoDates) {
    const DateCase cases[] = {
        {"2019-07-31T12:38:00+07:00", "20190731", "20190731123800"},
        {"2019-07-31", "20190731", "20190731000000"},
        {"2019-07-31T23:59", "20190731", "20190731235900"},
        {"2020-02-29", "20200229", "20200229000000"},
        {"2019-02-29", "", ""},  // not a leap year
        {"2019-13-01", "", ""},
        {"31/07/2019", "", ""},
        {"", "", ""},
        {"2019-07-31T25:00", "", ""},
    };
    for (const auto& c : cases) {
        const auto date = parse_article_date(c.input);
        if (c.day[0] == '\0') {
            EXPECT_FALSE(date) << c.input;
            continue;
        }
        ASSERT_TRUE(date) << c.input;
        EXPECT_EQ(date->yyyymmdd, c.day);
        EXPECT_EQ(date->yyyymmddhhmmss, c.timestamp);
    }
}

TEST(Document, StableIdComesFromUrlElseTitleAndDate) {
    Article a;
    a.url = "https://example.com/a";
    a.title = "x";
    const std::string from_url = stable_article_id(a);
    EXPECT_EQ(from_url.size(), 17u);
    EXPECT_EQ(from_url[0], 'u');
    a.title = "changed title";
    EXPECT_EQ(stable_article_id(a), from_url);  // the url decides

    Article b;
    b.title = "Judul";
    b.date = "2024-01-01";
    EXPECT_EQ(stable_article_id(b)[0], 't');
    Article c = b;
    c.date = "2024-01-02";
    EXPECT_NE(stable_article_id(b), stable_article_id(c));
}

TEST(Document, ContentHashIgnoresWhiteSpaceOnly) {
    Article a, b;
    a.title = "Judul";
    a.body = "Satu dua\n\ntiga.";
    b.title = "Judul ";
    b.body = "Satu  dua tiga.";
    EXPECT_EQ(content_hash(a), content_hash(b));
    b.body = "Satu dua tiga!";
    EXPECT_NE(content_hash(a), content_hash(b));
}

}  // namespace
}  // namespace telusur
