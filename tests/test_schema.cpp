// Boolean term rules and the document model's derived values.
#include "common/analysis/answer_types.h"
#include "common/database.h"
#include "common/document.h"
#include "common/errors.h"
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
}

TEST(Schema, ContentKeyPartsSitAtFixedOffsets) {
    const std::string lead = schema::lead_words_value({"pasukan", "", "korea", "utara"});
    const std::string encoded =
        schema::ContentKey{"0123456789abcdef", answer_type::kPerson | answer_type::kDate, lead}.encode();
    ASSERT_EQ(encoded.size(), 16u + 1u + lead.size());
    const auto key = schema::ContentKey::decode(encoded);
    ASSERT_TRUE(key);
    EXPECT_EQ(key->content_hash, "0123456789abcdef");
    EXPECT_EQ(key->answer_types, answer_type::kPerson | answer_type::kDate);
    EXPECT_EQ(key->lead_words, lead);
    // An answer-type byte that happens to look like anything else, and no lead words.
    const auto bare = schema::ContentKey::decode(schema::ContentKey{"fedcba9876543210", 0, ""}.encode());
    ASSERT_TRUE(bare);
    EXPECT_EQ(bare->answer_types, 0);
    EXPECT_EQ(bare->lead_words, "");
    // Not a content key: empty (no slot), a bare hash, lead words cut short.
    EXPECT_FALSE(schema::ContentKey::decode(""));
    EXPECT_FALSE(schema::ContentKey::decode("0123456789abcdef"));
    EXPECT_FALSE(schema::ContentKey::decode(encoded.substr(0, encoded.size() - 1)));
}

TEST(Schema, FacetValuesKeepEachFieldWhateverItHolds) {
    // Names joined by newlines, empty fields, a field longer than one length
    // byte holds (127), and bytes that look like lengths.
    const std::string people = "Joko Widodo\nAnies Baswedan", places(300, 'x'), odd("\x80\x01\0", 3);
    const schema::FacetValues fields{"20241105", "", "politik", {people, odd, places}};
    const std::string value = fields.encode();
    const auto decoded = schema::FacetValues::decode(value);
    ASSERT_TRUE(decoded.has_value());
    EXPECT_EQ(decoded->date, "20241105");
    EXPECT_EQ(decoded->source, "");
    EXPECT_EQ(decoded->category, "politik");
    EXPECT_EQ(decoded->entities[0], people);
    EXPECT_EQ(decoded->entities[1], odd);
    EXPECT_EQ(decoded->entities[2], places);
    // An article without any facet value still has the slot.
    EXPECT_FALSE(schema::FacetValues{}.encode().empty());
    // Not a FacetValues value: empty (no slot), cut short, or trailing bytes.
    EXPECT_FALSE(schema::FacetValues::decode("").has_value());
    EXPECT_FALSE(schema::FacetValues::decode(value.substr(0, value.size() - 1)).has_value());
    EXPECT_FALSE(schema::FacetValues::decode(value + "x").has_value());
    EXPECT_FALSE(schema::FacetValues::decode(std::string(8, '\xff')).has_value());
}

TEST(Schema, FacetValuesOfADocumentAreItsSlots) {
    Xapian::Document doc;
    doc.add_value(schema::kSlotDate, "20241105");
    doc.add_value(schema::kSlotSource, "kabar pagi");
    doc.add_value(schema::kSlotLocations, "Korea Utara\nKursk");
    const std::string value = schema::facet_values_of(doc);
    const auto fields = schema::FacetValues::decode(value);
    ASSERT_TRUE(fields.has_value());
    EXPECT_EQ(fields->date, "20241105");
    EXPECT_EQ(fields->source, "kabar pagi");
    EXPECT_EQ(fields->category, "");
    EXPECT_EQ(fields->entities[0], "");
    EXPECT_EQ(fields->entities[2], "Korea Utara\nKursk");
}

TEST(Schema, EntityTypeTableIsInEntityTypeOrder) {
    for (const auto& type : schema::kEntityTypes) EXPECT_EQ(&schema::entity_schema(type.type), &type);
    EXPECT_STREQ(schema::entity_schema(EntityType::Location).json_key, "location");
    EXPECT_EQ(schema::entity_schema(EntityType::Person).slot, schema::kSlotPersons);
}

TEST(Schema, QueryFieldNamesAreUnique) {
    for (std::size_t i = 0; i < schema::kQueryFields.size(); ++i)
        for (std::size_t j = i + 1; j < schema::kQueryFields.size(); ++j)
            EXPECT_STRNE(schema::kQueryFields[i].name, schema::kQueryFields[j].name);
}

struct DateCase {
    const char* input;
    const char* day;  // "" when invalid
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

TEST(Schema, AnOlderDatabaseSaysItsVersionAndHowToUpgrade) {
    Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
    db.add_document(Xapian::Document());
    db.set_metadata(schema::kMetaSchemaVersion, "1");
    try {
        check_schema(db, "news.db");
        FAIL() << "a version-1 database must be refused";
    } catch (const DatabaseError& e) {
        const std::string message = e.what();
        EXPECT_NE(message.find("news.db: built with schema version 1"), std::string::npos) << message;
        EXPECT_NE(message.find("re-indexing"), std::string::npos) << message;
    }
    db.set_metadata(schema::kMetaSchemaVersion, std::to_string(schema::kSchemaVersion));
    EXPECT_NO_THROW(check_schema(db, "news.db"));
}

TEST(Schema, TheLastVersionIsSearchedButNotWrittenTo) {
    Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
    db.add_document(Xapian::Document());
    db.set_metadata(schema::kMetaSchemaVersion, std::to_string(schema::kOldestSearchableSchemaVersion));
    db.set_metadata(schema::kMetaStemmer, "snowball");
    EXPECT_NO_THROW(check_schema(db, "news.db"));
    std::string stemmer;
    try {
        prepare_writable(db, "news.db", stemmer);
        FAIL() << "articles of two schema versions must not share a database";
    } catch (const DatabaseError& e) {
        const std::string message = e.what();
        EXPECT_NE(message.find("news.db: built with schema version " +
                               std::to_string(schema::kOldestSearchableSchemaVersion) + ", this build writes"),
                  std::string::npos)
            << message;
        EXPECT_NE(message.find("re-indexing"), std::string::npos) << message;
    }
    db.set_metadata(schema::kMetaSchemaVersion, std::to_string(schema::kOldestSearchableSchemaVersion - 1));
    EXPECT_THROW(check_schema(db, "news.db"), DatabaseError);
}

}  // namespace
}  // namespace telusur
