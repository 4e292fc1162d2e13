// A name the tagger cut inside the parenthesis it opened ("PT PLN (Persero",
// "Pengadilan Negeri (PN" of "Pengadilan Negeri (PN) Jakarta"): resolved to
// the name with the bracket closed or without the parenthesis (docs/facets.md,
// session 23, lead), on an in-memory database.
#include "common/entities/entity_names.h"
#include "common/schema.h"
#include "tests/name_use_articles.h"
#include "tests/test_support.h"

#include <gtest/gtest.h>
#include <xapian.h>

#include <string>
#include <vector>

namespace telusur {
namespace {

const schema::EntityTypeSchema& kOrganization = schema::entity_schema(EntityType::Organization);

using testing::article;

std::vector<Xapian::Document> articles() {
    std::vector<Xapian::Document> docs;
    for (int i = 0; i < 3; ++i)
        docs.push_back(article({{&kOrganization, "PT Perusahaan Listrik Negara (Persero)", {"PT PLN"}}}));
    docs.push_back(article({{&kOrganization, "PT PLN (Persero", {"PT PLN (Persero"}}}));
    for (int i = 0; i < 2; ++i)
        docs.push_back(article({{&kOrganization, "PT Taspen (Persero)", {"PT Taspen (Persero)"}}}));
    docs.push_back(article({{&kOrganization, "PT Taspen (Persero", {"PT Taspen (Persero"}}}));
    for (int i = 0; i < 2; ++i) docs.push_back(article({{&kOrganization, "Pengadilan Negeri", {"Pengadilan Negeri"}}}));
    docs.push_back(article({{&kOrganization, "Pengadilan Negeri (PN", {"Pengadilan Negeri (PN"}}}));
    // A bracket inside a word is the name's own ("f(x)", a band).
    docs.push_back(article({{&kOrganization, "F", {"F"}}}));
    docs.push_back(article({{&kOrganization, "F(x", {"F(x"}}}));
    return docs;
}

class CutParenthesisTest : public ::testing::Test {
protected:
    CutParenthesisTest() : db_(testing::split_into(articles(), 1)), names_(db_) {}
    Xapian::Database db_;
    EntityNames names_;
};

TEST_F(CutParenthesisTest, TheBracketClosedWhereTheDatabaseKnowsThatName) {
    EXPECT_EQ(names_.resolve(kOrganization, "PT Taspen (Persero"), "pt taspen (persero)");
    // A form articles wrote for a key: "PT PLN" of the company's full name.
    EXPECT_EQ(names_.resolve(kOrganization, "PT PLN (Persero"), "pt perusahaan listrik negara (persero)");
    EXPECT_EQ(testing::documents_with_any(db_, names_.filter_terms(kOrganization, "PT Taspen (Persero)")), 3u);
}

TEST_F(CutParenthesisTest, ElseTheNameBeforeTheParenthesis) {
    EXPECT_EQ(names_.resolve(kOrganization, "Pengadilan Negeri (PN"), "pengadilan negeri");
}

TEST_F(CutParenthesisTest, ABracketInsideAWordIsTheNamesOwn) { EXPECT_EQ(names_.resolve(kOrganization, "F(x"), "f(x"); }

}  // namespace
}  // namespace telusur
