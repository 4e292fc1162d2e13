// An entity facet value's filter (the JSON's "filter", built from its
// "also" names) selects every article the value counted: also where names
// the alias table keeps apart were joined within the answer only
// (same_thing_as()), which a filter on the shown name alone misses.
#include "common/analysis/analyzer.h"
#include "common/facets.h"
#include "common/output.h"
#include "common/query_builder.h"
#include "common/schema.h"
#include "name_use_articles.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>

namespace telusur {
namespace {

using testing::article;
using testing::Named;

const schema::EntityTypeSchema& kPerson = schema::entity_schema(EntityType::Person);

class FacetFilters : public ::testing::Test {
protected:
    FacetFilters() : db_(std::string(), Xapian::DB_BACKEND_INMEMORY), analyzer_(AnalysisOptions{"snowball", true}) {}

    /// An article naming `people` (each written as its own name), kept as
    /// its person slot for the tally.
    void add(const std::vector<std::string>& people) {
        std::vector<Named> named;
        std::string slot;
        for (const auto& name : people) {
            named.push_back({&kPerson, name, {name}});
            slot += (slot.empty() ? "" : "\n") + name;
        }
        Xapian::Document doc = article(named);
        doc.add_value(kPerson.slot, slot);
        slots_.push_back(slot);
        docids_.push_back(db_.add_document(doc));
    }

    /// The articles among those added that `filter` selects.
    std::set<Xapian::docid> selected(const std::string& filter) {
        QueryBuilder builder(db_, analyzer_, true);
        Xapian::Enquire enquire(db_);
        enquire.set_query(builder.build({filter, false, "", "", {}}));
        std::set<Xapian::docid> out;
        for (const auto docid : enquire.get_mset(0, db_.get_doccount())) out.insert(docid);
        return out;
    }

    Xapian::WritableDatabase db_;
    const Analyzer analyzer_;
    std::vector<std::string> slots_;
    std::vector<Xapian::docid> docids_;
};

TEST_F(FacetFilters, FilterSelectsEveryArticleAValueCounted) {
    // Two forms of one name that the database resolves apart and one answer
    // joins ("the rarer form joins the commoner": a name and a longer one it
    // starts), beside a name of someone else.
    for (int i = 0; i < 3; ++i) add({"Hotman Paris"});
    for (int i = 0; i < 2; ++i) add({"Hotman Paris Hutapea"});
    add({"Hotman Paris", "Susi Pudjiastuti"});
    add({"Susi Pudjiastuti"});
    db_.commit();
    QueryBuilder builder(db_, analyzer_, true);
    EntityNames& names = builder.entity_names();
    ASSERT_NE(names.resolve(kPerson, "Hotman Paris"), names.resolve(kPerson, "Hotman Paris Hutapea"))
        << "the premise: the alias table keeps the two apart";

    // Every article answers: the tally counts them all.
    EntityTally tally(&names);
    std::vector<std::array<std::string_view, 3>> articles;
    for (const auto& slot : slots_) articles.push_back({slot, "", ""});
    for (const auto& values : articles) tally.add(values.data(), 1.0);
    SearchResponse response;
    tally.top(10, response.facets);
    const nlohmann::json json = response_to_json(response);
    const nlohmann::json& people = json["facets"]["person"];
    ASSERT_EQ(people.size(), 2u) << people.dump();

    const nlohmann::json& hotman = people[0];
    EXPECT_EQ(hotman["count"], 6);
    ASSERT_TRUE(hotman.contains("also")) << hotman.dump();
    EXPECT_EQ(hotman["also"].size(), 1u) << hotman.dump();
    const std::string filter = hotman["filter"];
    EXPECT_EQ(selected(filter).size(), 6u) << filter;
    // The shown name alone misses the other form's articles.
    const std::string shown_only = "orang:\"" + hotman["value"].get<std::string>() + "\"";
    EXPECT_LT(selected(shown_only).size(), 6u) << shown_only;

    // A value without other names: its filter is the shown name's, and
    // selects its articles only.
    const nlohmann::json& susi = people[1];
    EXPECT_EQ(susi["value"], "Susi Pudjiastuti");
    EXPECT_FALSE(susi.contains("also"));
    EXPECT_EQ(susi["filter"], "orang:\"Susi Pudjiastuti\"");
    EXPECT_EQ(selected(susi["filter"]), (std::set<Xapian::docid>{docids_[5], docids_[6]}));
}

TEST_F(FacetFilters, ARareFormOfAListedKeyIsCountedAsItsFilterSelectsIt) {
    // "Trump" alone once, a form of Donald Trump in this database; more
    // names are more frequent than it than the tally resolves per value
    // (EntityTally::kResolvedPerValue), so only the names counted for listed
    // keys (kCountedPerValue) reach it.
    const auto add_article = [&](const std::string& key, const std::vector<std::string>& forms) {
        Xapian::Document doc = article({{&kPerson, key, forms}});
        doc.add_value(kPerson.slot, key);
        slots_.push_back(key);
        docids_.push_back(db_.add_document(doc));
    };
    for (int i = 0; i < 10; ++i) add_article("Donald Trump", {"Donald Trump", "Trump"});
    for (const char* other : {"Susi Pudjiastuti", "Sri Mulyani", "Hotman Paris", "Erick Thohir"})
        for (int i = 0; i < 6; ++i) add_article(other, {other});
    add_article("Trump", {"Trump"});
    db_.commit();
    QueryBuilder builder(db_, analyzer_, true);
    EntityNames& names = builder.entity_names();
    ASSERT_EQ(names.resolve(kPerson, "Trump"), "donald trump") << "the premise: the short form resolves to the name";
    static_assert(EntityTally::kResolvedPerValue < 5 && EntityTally::kCountedPerValue >= 6,
                  "the premise: with one value asked, \"Trump\" is beyond the names resolved, within those counted");

    EntityTally tally(&names);
    for (const auto& slot : slots_) {
        const std::array<std::string_view, 3> values{slot, "", ""};
        tally.add(values.data(), 1.0);
    }
    SearchResponse response;
    tally.top(1, response.facets);
    const nlohmann::json people = response_to_json(response)["facets"]["person"];
    ASSERT_EQ(people.size(), 1u) << people.dump();
    EXPECT_EQ(people[0]["value"], "Donald Trump");
    EXPECT_EQ(people[0]["count"], 11) << people.dump();
    EXPECT_EQ(selected(people[0]["filter"]).size(), 11u) << people[0]["filter"];
}

TEST_F(FacetFilters, NameFilterSelectsTheArticlesThatWroteIt) {
    // "PT DI" resolves to the company the other articles spell out (an
    // acronym of the words after the legal form), but no article wrote it
    // beside the name, so the key's group does not list it: a filter on it
    // still selects the article whose own name it is.
    const schema::EntityTypeSchema& organization = schema::entity_schema(EntityType::Organization);
    for (int i = 0; i < 5; ++i) {
        Xapian::Document doc = article({{&organization, "PT Dirgantara Indonesia", {"PT Dirgantara Indonesia"}}});
        docids_.push_back(db_.add_document(doc));
    }
    docids_.push_back(db_.add_document(article({{&organization, "PT DI", {"PT DI"}}})));
    db_.commit();
    QueryBuilder builder(db_, analyzer_, true);
    ASSERT_EQ(builder.entity_names().resolve(organization, "PT DI"), "pt dirgantara indonesia")
        << "the premise: the acronym resolves to the name spelt out";
    const std::set<Xapian::docid> selected_by_acronym = selected("organisasi:\"PT DI\"");
    EXPECT_TRUE(selected_by_acronym.contains(docids_.back()));
    EXPECT_EQ(selected_by_acronym.size(), 6u);
}

TEST(FacetFilterJson, OnlyEntityFacetsHaveFilters) {
    SearchResponse response;
    response.facets["source"] = {{"Kompas", 3}};
    response.facets["location"] = {{"Jakarta", 5, {"Daerah Khusus Ibukota \"Jakarta\""}}};
    const nlohmann::json json = response_to_json(response);
    EXPECT_FALSE(json["facets"]["source"][0].contains("filter"));
    EXPECT_FALSE(json["facets"]["source"][0].contains("also"));
    // A quote inside a name cannot end the filter's phrase early.
    EXPECT_EQ(json["facets"]["location"][0]["filter"], "lokasi:\"Jakarta\" lokasi:\"Daerah Khusus Ibukota  Jakarta \"");
}

}  // namespace
}  // namespace telusur
