// A person's first name in another form (a hypocorism, another spelling of
// "Muhammad" or "Ahmad") and a regency's or city's bare name beside its
// unit's (docs/facets.md, session 23, lead): resolved across the database,
// on an in-memory database and on the same articles in two shards.
#include "common/entities/entity_names.h"
#include "common/schema.h"
#include "tests/name_use_articles.h"
#include "tests/test_support.h"

#include <gtest/gtest.h>
#include <xapian.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace telusur {
namespace {

const schema::EntityTypeSchema& kPerson = schema::entity_schema(EntityType::Person);
const schema::EntityTypeSchema& kLocation = schema::entity_schema(EntityType::Location);

using testing::add_copies;
using testing::article;

std::vector<Xapian::Document> articles() {
    std::vector<Xapian::Document> docs;
    // One figure under a hypocorism and the formal name: the commoner is the key.
    add_copies(docs, 6, article({{&kPerson, "Mike Pompeo", {"Mike Pompeo", "Pompeo"}}}));
    add_copies(docs, 2, article({{&kPerson, "Michael Pompeo", {"Michael Pompeo", "Pompeo"}}}));
    // A hypocorism in one article only: as often two people as one.
    add_copies(docs, 3, article({{&kPerson, "Rafael Silva", {"Rafael Silva"}}}));
    add_copies(docs, 1, article({{&kPerson, "Rafa Silva", {"Rafa Silva"}}}));
    // Another spelling of "Muhammad" counts from one article.
    add_copies(docs, 3, article({{&kPerson, "Muhammad Nasir", {"Muhammad Nasir"}}}));
    add_copies(docs, 1, article({{&kPerson, "Mohamad Nasir", {"Mohamad Nasir"}}}));
    // Two hypocorisms meet through their formal name only ("Bill" and
    // "Will" are both William's; without him in the database, two people).
    add_copies(docs, 3, article({{&kPerson, "Bill Lima", {"Bill Lima"}}}));
    add_copies(docs, 2, article({{&kPerson, "Will Lima", {"Will Lima"}}}));
    // A first name left out of the list ("Tim" is a team).
    add_copies(docs, 3, article({{&kPerson, "Timothy Cook", {"Timothy Cook"}}}));
    add_copies(docs, 2, article({{&kPerson, "Tim Cook", {"Tim Cook"}}}));

    // A regency written with its unit more, bare less, once as a city that
    // does not exist.
    add_copies(docs, 4, article({{&kLocation, "Kabupaten Jayawijaya", {"Kabupaten Jayawijaya"}}}));
    add_copies(docs, 3, article({{&kLocation, "Jayawijaya", {"Jayawijaya"}}}));
    add_copies(docs, 1, article({{&kLocation, "Kota Jayawijaya", {"Kota Jayawijaya"}}}));
    // A name that is a regency's and a city's: three places.
    add_copies(docs, 4, article({{&kLocation, "Kabupaten Bandung", {"Kabupaten Bandung"}}}));
    add_copies(docs, 3, article({{&kLocation, "Bandung", {"Bandung"}}}));
    add_copies(docs, 1, article({{&kLocation, "Kota Bandung", {"Kota Bandung"}}}));
    return docs;
}

/// Parameter: two shards (else one database).
class FirstNamesTest : public ::testing::TestWithParam<bool> {
protected:
    FirstNamesTest() : db_(testing::split_into(articles(), GetParam() ? 2 : 1)), names_(db_) {}
    std::size_t matches(const schema::EntityTypeSchema& type, const std::string& name) {
        return testing::documents_with_any(db_, names_.filter_terms(type, name));
    }
    Xapian::Database db_;
    EntityNames names_;
};

TEST_P(FirstNamesTest, AHypocorismAndTheFormalNameAreOnePerson) {
    EXPECT_EQ(names_.resolve(kPerson, "Michael Pompeo"), "mike pompeo");
    EXPECT_EQ(names_.resolve(kPerson, "Mike Pompeo"), "mike pompeo");
    EXPECT_EQ(matches(kPerson, "Michael Pompeo"), 8u);
    EXPECT_EQ(names_.display_name(kPerson, "mike pompeo", ""), "Mike Pompeo");
}

TEST_P(FirstNamesTest, AHypocorismOfOneArticleStaysApart) {
    EXPECT_EQ(names_.resolve(kPerson, "Rafa Silva"), "rafa silva");
    EXPECT_EQ(matches(kPerson, "Rafael Silva"), 3u);
}

TEST_P(FirstNamesTest, ASpellingOfMuhammadCountsFromOneArticle) {
    EXPECT_EQ(names_.resolve(kPerson, "Mohamad Nasir"), "muhammad nasir");
    EXPECT_EQ(matches(kPerson, "Muhammad Nasir"), 4u);
}

TEST_P(FirstNamesTest, HypocorismsMeetThroughTheirFormalNameOnly) {
    EXPECT_EQ(names_.resolve(kPerson, "Will Lima"), "will lima");
    EXPECT_EQ(names_.resolve(kPerson, "Bill Lima"), "bill lima");
    EXPECT_EQ(names_.resolve(kPerson, "Tim Cook"), "tim cook");
}

TEST_P(FirstNamesTest, ARegencysBareNameAndACitysSlipStandForTheUnit) {
    EXPECT_EQ(names_.resolve(kLocation, "Jayawijaya"), "kabupaten jayawijaya");
    EXPECT_EQ(names_.resolve(kLocation, "Kota Jayawijaya"), "kabupaten jayawijaya");
    EXPECT_EQ(matches(kLocation, "Jayawijaya"), 8u);
}

TEST_P(FirstNamesTest, ARegencyAndACityOfOneNameStayApart) {
    EXPECT_EQ(names_.resolve(kLocation, "Bandung"), "bandung");
    EXPECT_EQ(names_.resolve(kLocation, "Kabupaten Bandung"), "kabupaten bandung");
    EXPECT_EQ(names_.resolve(kLocation, "Kota Bandung"), "kota bandung");
}

INSTANTIATE_TEST_SUITE_P(OneDatabaseAndShards, FirstNamesTest, ::testing::Bool());

TEST(FirstNameForms, HypocorismsAndSpellings) {
    const auto names = [](std::string_view first) {
        std::set<std::string> out;
        for (const auto& form : EntityNames::first_name_forms(first)) out.emplace(form.name);
        return out;
    };
    EXPECT_EQ(names("beto"), (std::set<std::string>{"alberto", "roberto", "humberto"}));
    EXPECT_EQ(names("rob"), (std::set<std::string>{"robert"}));
    EXPECT_TRUE(names("mohamad").contains("muhammad"));
    EXPECT_TRUE(names("mohamad").contains("mohammed"));
    EXPECT_TRUE(names("tim").empty());
    EXPECT_TRUE(names("kim").empty());
}

/// The list of names that are a regency's and a city's is the gazetteer's.
TEST(RegencyAndCityGold, TheListIsTheGazetteers) {
    const auto path = std::filesystem::path(TELUSUR_SHARED_DIR) / "gazetteer" / "id_regencies_cities.tsv";
    if (!std::filesystem::exists(path))
        GTEST_SKIP() << "shared gazetteer not found at " << path << " (only present on the team machine)";
    std::ifstream in(path);
    std::string line;
    std::getline(in, line);  // kode, nama, jenis, nama_inti, kode_provinsi
    std::map<std::string, std::set<std::string>> units;
    while (std::getline(in, line)) {
        std::vector<std::string> cells;
        std::stringstream row(line);
        for (std::string cell; std::getline(row, cell, '\t');) cells.push_back(cell);
        ASSERT_GE(cells.size(), 4u) << line;
        const std::string unit = cells[2].starts_with("Kabupaten") ? "kabupaten" : "kota";
        units[schema::normalize_boolean_value(cells[3])].insert(unit);
    }
    std::set<std::string> both;
    for (const auto& [name, kinds] : units)
        if (kinds.size() == 2) both.insert(name);
    const std::set<std::string> listed(std::begin(EntityNames::kRegencyAndCityNames),
                                       std::end(EntityNames::kRegencyAndCityNames));
    EXPECT_EQ(listed, both);
    for (const auto& name : both) EXPECT_TRUE(EntityNames::is_regency_and_city(name)) << name;
}

}  // namespace
}  // namespace telusur
