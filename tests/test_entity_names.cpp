// EntityNames: corpus-wide resolution of entity names and display names from
// the name-use terms articles record (schema.h), on in-memory databases.
#include "common/entities/entity_names.h"
#include "common/schema.h"

#include <gtest/gtest.h>
#include <xapian.h>

#include <string>
#include <utility>
#include <vector>

namespace telusur {
namespace {

const schema::EntityTypeSchema& kPerson = schema::entity_schema(EntityType::Person);
const schema::EntityTypeSchema& kOrganization = schema::entity_schema(EntityType::Organization);

/// One article's entity of one type: its canonical name and the forms it
/// was written in, as DocumentBuilder records them.
struct Named {
    const schema::EntityTypeSchema* type;
    std::string canonical;
    std::vector<std::string> forms;
};

Xapian::Document article(const std::vector<Named>& entities) {
    Xapian::Document doc;
    for (const auto& e : entities) {
        const std::string key = schema::normalize_boolean_value(e.canonical);
        doc.add_term(schema::make_boolean_term(e.type->prefix, key));
        for (const auto& form : e.forms) {
            const auto terms = schema::name_use_terms(*e.type, e.canonical, form);
            doc.add_boolean_term(terms.use);
            doc.add_boolean_term(terms.alias);
        }
    }
    return doc;
}

/// Articles: Trump mostly named in full then by surname, sometimes by
/// surname alone; "Widodo" split between two full names; KPK always folded
/// into its expansion by the gazetteer; Iriana's full name contains Joko
/// Widodo's; "Jokowi" introduced beside Joko Widodo and more often alone;
/// Anies Baswedan sometimes with his middle name, called "Anies" either way;
/// Jang Woo Hyuk and Jang Hyuk, two people no article calls alike; spelling
/// variants (Kim Jong-un, Gatot Soebroto) and an acronym (BDJ) that only
/// looks like one.
std::vector<Xapian::Document> articles() {
    std::vector<Xapian::Document> docs;
    for (int i = 0; i < 6; ++i) docs.push_back(article({{&kPerson, "Donald Trump", {"Donald Trump", "Trump"}}}));
    for (int i = 0; i < 2; ++i) docs.push_back(article({{&kPerson, "Trump", {"Trump"}}}));
    docs.push_back(article({{&kPerson, "Joko Widodo", {"Joko Widodo", "Widodo"}}}));
    docs.push_back(article({{&kPerson, "Joko Widodo", {"Joko Widodo", "Widodo"}}}));
    docs.push_back(article({{&kPerson, "Budi Widodo", {"Budi Widodo", "Widodo"}}}));
    docs.push_back(article({{&kPerson, "Widodo", {"Widodo"}}}));
    for (int i = 0; i < 3; ++i) docs.push_back(article({{&kOrganization, "Komisi Pemberantasan Korupsi", {"KPK"}}}));
    docs.push_back(article({{&kOrganization, "Komisi Pemberantasan Korupsi", {"Komisi Pemberantasan Korupsi"}}}));
    docs.push_back(article({{&kPerson, "Iriana Joko Widodo", {"Iriana Joko Widodo", "Joko Widodo"}}}));
    for (int i = 0; i < 3; ++i) docs.push_back(article({{&kPerson, "Joko Widodo", {"Joko Widodo", "Jokowi"}}}));
    for (int i = 0; i < 4; ++i) docs.push_back(article({{&kPerson, "Jokowi", {"Jokowi"}}}));
    for (int i = 0; i < 3; ++i) docs.push_back(article({{&kPerson, "Anies Baswedan", {"Anies Baswedan", "Anies"}}}));
    docs.push_back(article({{&kPerson, "Anies Rasyid Baswedan", {"Anies Rasyid Baswedan", "Anies"}}}));
    docs.push_back(article({{&kPerson, "Jang Woo Hyuk", {"Jang Woo Hyuk"}}}));
    for (int i = 0; i < 2; ++i) docs.push_back(article({{&kPerson, "Jang Hyuk", {"Jang Hyuk"}}}));
    docs.push_back(article({{&kPerson, "Kim Jong-un", {"Kim Jong-un"}}}));
    docs.push_back(article({{&kPerson, "Gatot Soebroto", {"Gatot Soebroto"}}}));
    for (int i = 0; i < 2; ++i) {
        docs.push_back(article({{&kPerson, "Kim Jong Un", {"Kim Jong Un"}}}));
        docs.push_back(article({{&kPerson, "Gatot Subroto", {"Gatot Subroto"}}}));
        docs.push_back(article({{&kOrganization, "BJ", {"BJ"}}}));
    }
    docs.push_back(article({{&kOrganization, "BDJ", {"BDJ"}}}));
    return docs;
}

Xapian::Database one_database() {
    Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
    for (const auto& doc : articles()) db.add_document(doc);
    return db;
}

/// The same articles dealt over two databases, searched as one.
Xapian::Database two_shards() {
    Xapian::WritableDatabase a(std::string(), Xapian::DB_BACKEND_INMEMORY);
    Xapian::WritableDatabase b(std::string(), Xapian::DB_BACKEND_INMEMORY);
    const auto docs = articles();
    for (std::size_t i = 0; i < docs.size(); ++i) (i % 2 ? b : a).add_document(docs[i]);
    Xapian::Database both;
    both.add_database(a);
    both.add_database(b);
    return both;
}

class EntityNamesTest : public ::testing::TestWithParam<bool> {
protected:
    EntityNamesTest() : db_(GetParam() ? two_shards() : one_database()), names_(db_) {}
    Xapian::Database db_;
    EntityNames names_;
};

TEST_P(EntityNamesTest, ASurnameStandsForTheFullNameItNearlyAlwaysMeans) {
    EXPECT_EQ(names_.resolve(kPerson, "Trump"), "donald trump");
    EXPECT_EQ(names_.resolve(kPerson, "TRUMP"), "donald trump");
    // "Widodo" was Joko Widodo twice, Budi Widodo once: no dominant meaning.
    EXPECT_EQ(names_.resolve(kPerson, "Widodo"), "widodo");
}

TEST_P(EntityNamesTest, ALongerNameNeverStandsForAShorterOne) {
    // Iriana's article also wrote "Joko Widodo", folded into her name.
    EXPECT_EQ(names_.resolve(kPerson, "Joko Widodo"), "joko widodo");
    EXPECT_EQ(names_.resolve(kPerson, "Iriana Joko Widodo"), "iriana joko widodo");
}

TEST_P(EntityNamesTest, AMiddleNameDroppedIsTheSamePersonWhenTheNewsCallsBothAlike) {
    EXPECT_EQ(names_.resolve(kPerson, "Anies Rasyid Baswedan"), "anies baswedan");
    EXPECT_EQ(names_.articles(kPerson, "Anies Rasyid Baswedan"), 3u);
    EXPECT_EQ(names_.resolve(kPerson, "Jang Woo Hyuk"), "jang woo hyuk");
    const std::vector<std::string> anies{schema::make_boolean_term(kPerson.prefix, "anies baswedan"),
                                         schema::make_boolean_term(kPerson.prefix, "anies rasyid baswedan")};
    EXPECT_EQ(names_.filter_terms(kPerson, "Anies Baswedan"), anies);
    EXPECT_EQ(names_.filter_terms(kPerson, "Jang Hyuk"),
              std::vector<std::string>{schema::make_boolean_term(kPerson.prefix, "jang hyuk")});
}

TEST_P(EntityNamesTest, ASpellingVariantStandsForTheSpellingTheNewsUsesMore) {
    EXPECT_EQ(names_.resolve(kPerson, "Kim Jong-un"), "kim jong un");
    EXPECT_EQ(names_.resolve(kPerson, "Gatot Soebroto"), "gatot subroto");
    EXPECT_EQ(names_.resolve(kPerson, "Gatot Subroto"), "gatot subroto");
    EXPECT_EQ(names_.resolve(kOrganization, "BDJ"), "bdj");  // an acronym, not an old spelling
}

TEST_P(EntityNamesTest, AFormThatIsNeverAKeyStandsForItsKey) {
    EXPECT_EQ(names_.resolve(kOrganization, "kpk"), "komisi pemberantasan korupsi");
    EXPECT_EQ(names_.articles(kOrganization, "KPK"), 4u);
    EXPECT_EQ(names_.articles(kOrganization, "Komisi Pemberantasan Korupsi"), 4u);
    EXPECT_EQ(names_.articles(kPerson, "KPK"), 0u);
    EXPECT_EQ(names_.articles(kPerson, "Nobody Here"), 0u);
}

TEST_P(EntityNamesTest, TheDisplayNameIsTheFormTheNewsWritesMost) {
    EXPECT_EQ(names_.display_name(kOrganization, "komisi pemberantasan korupsi", "?"), "KPK");
    // "Trump" is written in more articles, but a surname after a full
    // mention is not a name of its own.
    EXPECT_EQ(names_.display_name(kPerson, "donald trump", "?"), "Donald Trump");
    EXPECT_EQ(names_.display_name(kPerson, "no such key", "fallback"), "fallback");
    // Counted over the names resolved into the key: "Jokowi" 3 + 4 articles,
    // "Joko Widodo" 5.
    EXPECT_EQ(names_.resolve(kPerson, "Jokowi"), "joko widodo");
    EXPECT_EQ(names_.display_name(kPerson, "joko widodo", "?"), "Jokowi");
    EXPECT_EQ(names_.display_name(kPerson, "anies baswedan", "?"), "Anies Baswedan");
}

TEST_P(EntityNamesTest, FiltersMatchEveryKeyANameResolvesTo) {
    const std::vector<std::string> trump{schema::make_boolean_term(kPerson.prefix, "donald trump"),
                                         schema::make_boolean_term(kPerson.prefix, "trump")};
    EXPECT_EQ(names_.filter_terms(kPerson, "Trump"), trump);
    EXPECT_EQ(names_.filter_terms(kPerson, "donald trump"), trump);
    EXPECT_EQ(names_.filter_terms(kPerson, "Joko Widodo"),
              (std::vector<std::string>{schema::make_boolean_term(kPerson.prefix, "joko widodo"),
                                        schema::make_boolean_term(kPerson.prefix, "jokowi")}));
    Xapian::Enquire enquire(db_);
    const auto terms = names_.filter_terms(kPerson, "Trump");
    enquire.set_query(Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end()));
    EXPECT_EQ(enquire.get_mset(0, 100).size(), 8u);
}

INSTANTIATE_TEST_SUITE_P(OneDatabaseAndShards, EntityNamesTest, ::testing::Bool(),
                         [](const auto& info) { return info.param ? "TwoShards" : "OneDatabase"; });

}  // namespace
}  // namespace telusur
