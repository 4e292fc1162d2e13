// Query strings to Xapian queries, and indexing + searching on in-memory
// databases: upsert, delete, date ranges, sorting, filters and facets.
#include "common/collapse.h"
#include "common/errors.h"
#include "common/indexing.h"
#include "common/schema.h"
#include "common/search.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace telusur {
namespace {

Article make_article(std::string id, std::string title, std::string body, std::string date,
                     std::string source = "Kabar Pagi", std::string category = "Politik") {
    Article a;
    a.id = std::move(id);
    a.title = std::move(title);
    a.body = std::move(body);
    a.date = std::move(date);
    a.source = std::move(source);
    a.category = std::move(category);
    a.url = "https://example.test/" + a.id;
    return a;
}

/// Every test runs with the default stemmer and with Snowball: the
/// goldens hold for both (where stems differ, both are spelled out).
class InMemoryIndex : public ::testing::TestWithParam<const char*> {
protected:
    InMemoryIndex() : db_(std::string(), Xapian::DB_BACKEND_INMEMORY), writer_(db_, GetParam()) {}
    bool snowball() const { return std::string(GetParam()) == "snowball"; }

    void add_sample() {
        writer_.upsert(make_article("a1", "Pasukan Korea Utara tiba di Kursk",
                                    "Ribuan pasukan Korea Utara dikerahkan ke wilayah Kursk di Rusia.",
                                    "2024-11-05T09:00:00+07:00", "Kabar Pagi", "Internasional"));
        writer_.upsert(make_article("a2", "Timnas melawan Korea Utara",
                                    "Tim nasional bertanding melawan Korea Utara di Jakarta. Korut unggul.",
                                    "2024-10-24T10:00:00+07:00", "Suara Timur", "Olahraga"));
        writer_.upsert(make_article("a3", "Harga beras naik", "Harga beras naik menjadi Rp11.000 per kilogram.",
                                    "2024-11-01", "Kabar Pagi", "Ekonomi"));
        writer_.commit();
    }

    std::vector<std::string> ids(const SearchRequest& request) {
        Searcher searcher(db_);
        std::vector<std::string> out;
        for (const auto& r : searcher.search(request).results) out.push_back(r.id);
        return out;
    }

    std::vector<std::string> ids(const std::string& query) {
        SearchRequest request;
        request.query = query;
        return ids(request);
    }

    std::string parsed(const std::string& query) {
        Searcher searcher(db_);
        SearchRequest request;
        request.query = query;
        return searcher.parse(request).get_description();
    }

    Xapian::WritableDatabase db_;
    IndexWriter writer_;
};

TEST_P(InMemoryIndex, QueryDescriptions) {
    add_sample();
    EXPECT_EQ(parsed("pasukan"), snowball() ? "Query(Zpasu@1)" : "Query(Zpasuk@1)");  // pasuk+an
    EXPECT_EQ(parsed("\"Korea Utara\""), "Query((korea@1 PHRASE 2 utara@2))");
    EXPECT_EQ(parsed("beras -harga"), "Query((Zberas@1 AND_NOT Zharga@2))");
    EXPECT_EQ(parsed("beras AND harga"), "Query((Zberas@1 AND Zharga@2))");
    EXPECT_EQ(parsed("judul:beras"), "Query(ZSberas@1)");
    EXPECT_EQ(parsed("kategori:Politik"), "Query(0 * XCATpolitik)");
    EXPECT_EQ(parsed("beras sumber:\"Kabar Pagi\""), "Query((Zberas@1 FILTER XSRCkabar pagi))");
    EXPECT_EQ(parsed("tanggal:2024-11-01..2024-11-30"), "Query(VALUE_RANGE 0 20241101 20241130)");
    EXPECT_EQ(parsed("tanggal:2024-11"), "Query(VALUE_RANGE 0 20241101 20241131)");
    // Question words are stopwords: never required.
    EXPECT_EQ(parsed("Kapan harga beras naik ?"), "Query((Zharga@2 OR Zberas@3 OR Znaik@4))");
}

TEST_P(InMemoryIndex, MalformedQueriesAreErrors) {
    add_sample();
    EXPECT_THROW(parsed("\"Korea Utara"), QueryError);
    EXPECT_THROW(parsed("beras AND"), QueryError);
    EXPECT_THROW(parsed("warna:merah"), QueryError);
    EXPECT_THROW(parsed("tanggal:kemarin"), QueryError);
    EXPECT_THROW(parsed("tanggal:2024-13"), QueryError);
    EXPECT_NO_THROW(parsed("pukul 10:30"));
    EXPECT_NO_THROW(parsed("https://example.test/a1"));
}

TEST_P(InMemoryIndex, RanksTheArticleAboutAllTheWordsFirst) {
    add_sample();
    const auto found = ids("pasukan Korea Utara Kursk");
    ASSERT_EQ(found.size(), 2u);
    EXPECT_EQ(found[0], "a1");
}

TEST_P(InMemoryIndex, UpsertReplacesAndSkipsUnchanged) {
    add_sample();
    EXPECT_EQ(db_.get_doccount(), 3u);
    auto a3 = make_article("a3", "Harga beras naik", "Harga beras naik menjadi Rp11.000 per kilogram.", "2024-11-01",
                           "Kabar Pagi", "Ekonomi");
    EXPECT_EQ(writer_.upsert(a3), IndexWriter::Outcome::Unchanged);
    a3.body = "Harga beras turun menjadi Rp10.500 per kilogram.";
    EXPECT_EQ(writer_.upsert(a3), IndexWriter::Outcome::Replaced);
    writer_.commit();
    EXPECT_EQ(db_.get_doccount(), 3u);
    EXPECT_EQ(ids("turun"), std::vector<std::string>{"a3"});
    EXPECT_TRUE(ids("11.000").empty());  // the old text is gone
}

TEST_P(InMemoryIndex, Delete) {
    add_sample();
    EXPECT_TRUE(writer_.remove("a2"));
    EXPECT_FALSE(writer_.remove("a2"));
    writer_.commit();
    EXPECT_EQ(db_.get_doccount(), 2u);
    EXPECT_EQ(ids("Korea"), std::vector<std::string>{"a1"});
}

TEST_P(InMemoryIndex, DateRangesAndFilters) {
    add_sample();
    EXPECT_EQ(ids("Korea tanggal:2024-11-01..2024-11-30"), std::vector<std::string>{"a1"});
    EXPECT_EQ(ids("Korea tanggal:..2024-10-31"), std::vector<std::string>{"a2"});
    SearchRequest request;
    request.query = "Korea";
    request.from = "2024-10";
    request.to = "2024-10";
    EXPECT_EQ(ids(request), std::vector<std::string>{"a2"});
    EXPECT_EQ(ids("Korea kategori:olahraga"), std::vector<std::string>{"a2"});
    EXPECT_EQ(ids("Korea kategori:OLAHRAGA"), std::vector<std::string>{"a2"});
    EXPECT_EQ(ids("sumber:\"kabar pagi\" -beras"), std::vector<std::string>{"a1"});
}

TEST_P(InMemoryIndex, SortByDateNewestFirst) {
    add_sample();
    SearchRequest request;
    request.query = "Korea OR beras";
    request.sort = SearchRequest::Sort::Date;
    EXPECT_EQ(ids(request), (std::vector<std::string>{"a1", "a3", "a2"}));
}

TEST_P(InMemoryIndex, FacetsCountTheWholeMatchSet) {
    add_sample();
    Searcher searcher(db_);
    SearchRequest request;
    request.query = "Korea OR beras";
    request.limit = 1;  // the page is one article; facets still count all three
    request.facets = true;
    const auto response = searcher.search(request);
    ASSERT_EQ(response.results.size(), 1u);
    const auto& sources = response.facets.at("source");
    ASSERT_EQ(sources.size(), 2u);
    EXPECT_EQ(sources[0].value, "kabar pagi");
    EXPECT_EQ(sources[0].count, 2u);
    EXPECT_EQ(sources[1].value, "suara timur");
    EXPECT_EQ(sources[1].count, 1u);
    EXPECT_EQ(response.facets.at("category").size(), 3u);
}

TEST_P(InMemoryIndex, SnippetsHighlightMatches) {
    add_sample();
    Searcher searcher(db_);
    SearchRequest request;
    request.query = "beras";
    request.highlight_start = "[";
    request.highlight_end = "]";
    const auto response = searcher.search(request);
    ASSERT_EQ(response.results.size(), 1u);
    EXPECT_NE(response.results[0].snippet.find("[beras]"), std::string::npos) << response.results[0].snippet;
}

TEST_P(InMemoryIndex, PhrasesDoNotCrossFromTitleIntoBody) {
    writer_.upsert(make_article("b1", "Rapat kabinet", "Presiden memimpin rapat.", "2024-01-01"));
    writer_.commit();
    EXPECT_TRUE(ids("\"kabinet presiden\"").empty());
    EXPECT_EQ(ids("\"rapat kabinet\""), std::vector<std::string>{"b1"});
}

TEST_P(InMemoryIndex, EntityFiltersAreCaseAndAliasInsensitive) {
    add_sample();
    const std::vector<std::string> both{"a1", "a2"};
    auto sorted = [](std::vector<std::string> v) {
        std::sort(v.begin(), v.end());
        return v;
    };
    EXPECT_EQ(sorted(ids("lokasi:\"Korea Utara\"")), both);
    EXPECT_EQ(sorted(ids("lokasi:\"korea utara\"")), both);
    // An alias the database knows: a2 wrote "Korut", which the gazetteer
    // folds into Korea Utara.
    EXPECT_EQ(sorted(ids("lokasi:Korut")), both);
    EXPECT_EQ(ids("lokasi:Kursk"), std::vector<std::string>{"a1"});
    EXPECT_TRUE(ids("lokasi:Kursk kategori:olahraga").empty());
}

TEST_P(InMemoryIndex, EntityFacetsAndResultEntities) {
    add_sample();
    Searcher searcher(db_);
    SearchRequest request;
    request.query = "Korea";
    request.limit = 1;
    request.facets = true;
    const auto response = searcher.search(request);
    const auto& places = response.facets.at("location");
    const auto korea =
        std::find_if(places.begin(), places.end(), [](const FacetCount& f) { return f.value == "Korea Utara"; });
    ASSERT_NE(korea, places.end());
    EXPECT_EQ(korea->count, 2u);  // over both matches, though the page holds one
    ASSERT_EQ(response.results.size(), 1u);
    const auto& entities = response.results[0].entities;
    ASSERT_TRUE(entities.count("location"));
    EXPECT_NE(std::find(entities.at("location").begin(), entities.at("location").end(), "Korea Utara"),
              entities.at("location").end());
}

TEST_P(InMemoryIndex, EntityFacetTiesListThePeopleOfTheBestMatchFirst) {
    // One article each, so equal counts: the person of the better match
    // (every query word) comes first, although "Zulkifli" sorts last.
    writer_.upsert(make_article("best", "Pasukan Korea Utara tiba di Kursk",
                                "Juru bicara Zulkifli Hasan mengatakan pasukan Korea Utara sudah tiba di Kursk.",
                                "2024-11-05", "Kabar Pagi", "Internasional"));
    writer_.upsert(make_article("weak", "Timnas berlatih", "Pelatih Ahmad Dahlan mengatakan timnas siap melawan Korea.",
                                "2024-11-06", "Kabar Pagi", "Olahraga"));
    writer_.commit();
    Searcher searcher(db_);
    SearchRequest request;
    request.query = "pasukan korea utara kursk";
    request.facets = true;
    const auto response = searcher.search(request);
    ASSERT_GE(response.results.size(), 2u);
    ASSERT_EQ(response.results[0].id, "best");
    const auto& people = response.facets.at("person");
    ASSERT_GE(people.size(), 2u) << "both speakers should be tagged";
    EXPECT_EQ(people[0].value, "Zulkifli Hasan");
    EXPECT_EQ(people[0].count, 1u);
    EXPECT_EQ(people[1].value, "Ahmad Dahlan");
}

TEST_P(InMemoryIndex, QueryNamingEntitiesBoostsArticlesAboutThem) {
    add_sample();
    Searcher searcher(db_);
    SearchRequest request;
    request.query = "pasukan korea utara kursk";  // lower case: found through the index's entity terms
    const auto response = searcher.search(request);
    EXPECT_NE(std::find(response.query_entities.begin(), response.query_entities.end(), "location:Korea Utara"),
              response.query_entities.end());
    ASSERT_FALSE(response.results.empty());
    EXPECT_EQ(response.results[0].id, "a1");

    request.ranking.entity_boost = 0;
    const auto unboosted = searcher.search(request);
    EXPECT_TRUE(unboosted.query_entities.empty());
    // a1 names both places: the boost added to its score.
    ASSERT_FALSE(unboosted.results.empty());
    EXPECT_EQ(unboosted.results[0].id, "a1");
    EXPECT_GT(response.results[0].score, unboosted.results[0].score);
}

TEST_P(InMemoryIndex, SlotsReadIntoMemoryHoldTheDatabasesValues) {
    add_sample();
    const SlotValuesInMemory keys(db_, schema::kSlotContentKey);
    ASSERT_TRUE(keys.complete());
    for (Xapian::docid id = 1; id <= db_.get_lastdocid(); ++id)
        EXPECT_EQ(keys.value(id), db_.get_document(id).get_value(schema::kSlotContentKey));
    EXPECT_EQ(keys.value(db_.get_lastdocid() + 1), "");
    // Past its budget it holds nothing, rather than some articles' values.
    const SlotValuesInMemory too_big(db_, schema::kSlotContentKey, 10);
    EXPECT_FALSE(too_big.complete());
    EXPECT_EQ(too_big.value(1), "");
}

TEST_P(InMemoryIndex, RerankingFromSlotsInMemoryRanksAsFromTheDatabase) {
    // Bodies longer than the content key's lead words (topic lead slot),
    // and questions that ask for a type of answer.
    const std::string tail = " Warga kota berkumpul di alun-alun sejak pagi untuk melihat arak-arakan yang "
                             "melewati jalan utama menuju balai kota.";
    for (int i = 0; i < 12; ++i) {
        std::string body = "Wali kota " + std::to_string(i) + " membuka festival budaya di Bandung." + tail;
        for (int k = 0; k < i % 4; ++k) body += " Festival budaya Bandung ramai." + tail;
        writer_.upsert(make_article("f" + std::to_string(i), "Festival budaya " + std::to_string(i), body,
                                    "2024-08-" + std::to_string(10 + i)));
    }
    writer_.commit();
    Searcher warm(db_);
    warm.search(SearchRequest{});  // in memory from the second search on
    for (const char* query : {"festival budaya Bandung", "siapa membuka festival budaya", "kapan arak-arakan",
                              "alun-alun balai kota"}) {
        SearchRequest request;
        request.query = query;
        const SearchResponse from_memory = warm.search(request);
        const SearchResponse from_database = Searcher(db_).search(request);
        ASSERT_EQ(from_memory.results.size(), from_database.results.size()) << query;
        for (std::size_t i = 0; i < from_memory.results.size(); ++i) {
            EXPECT_EQ(from_memory.results[i].id, from_database.results[i].id) << query;
            EXPECT_EQ(from_memory.results[i].score, from_database.results[i].score) << query;
        }
    }
}

TEST(Timeline, GranularityFollowsTheSpan) {
    auto granularity = [](std::map<std::string, Xapian::doccount> days) { return make_timeline(days).granularity; };
    EXPECT_EQ(granularity({}), "");
    EXPECT_EQ(granularity({{"20241105", 2}}), "day");
    EXPECT_EQ(granularity({{"20241001", 1}, {"20241114", 1}}), "day");  // 44 days
    EXPECT_EQ(granularity({{"20241001", 1}, {"20241231", 1}}), "week");
    EXPECT_EQ(granularity({{"20230101", 1}, {"20241231", 1}}), "month");
}

TEST(Timeline, BucketsIncludeEmptyPeriods) {
    const auto days = make_timeline({{"20241104", 2}, {"20241106", 1}});
    ASSERT_EQ(days.buckets.size(), 3u);
    EXPECT_EQ(days.buckets[1].value, "2024-11-05");
    EXPECT_EQ(days.buckets[1].count, 0u);

    // Weeks start on Monday: 2024-11-06 (Wed) and 2024-11-10 (Sun) share the week of 2024-11-04.
    const auto weeks = make_timeline({{"20241106", 1}, {"20241110", 2}, {"20241231", 1}});
    EXPECT_EQ(weeks.granularity, "week");
    EXPECT_EQ(weeks.buckets.front().value, "2024-11-04");
    EXPECT_EQ(weeks.buckets.front().count, 3u);

    const auto months = make_timeline({{"20230115", 1}, {"20230320", 4}, {"20241231", 1}});
    EXPECT_EQ(months.buckets.front().value, "2023-01");
    EXPECT_EQ(months.buckets[1].count, 0u);
    EXPECT_EQ(months.buckets[2].value, "2023-03");
    EXPECT_EQ(months.buckets.size(), 24u);
}

TEST(SchemaVersion, OtherVersionsAreRejected) {
    Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
    db.set_metadata(schema::kMetaSchemaVersion, "999");
    EXPECT_THROW(Searcher{db}, DatabaseError);
    EXPECT_THROW(IndexWriter(db, ""), DatabaseError);
}

TEST(DateBound, ParsesYearsMonthsAndDays) {
    EXPECT_EQ(date_bound("2024", false), "20240101");
    EXPECT_EQ(date_bound("2024", true), "20241231");
    EXPECT_EQ(date_bound("2024-02", true), "20240231");
    EXPECT_EQ(date_bound("2024-02-03", false), "20240203");
    EXPECT_THROW(date_bound("24-02-03", false), QueryError);
}

INSTANTIATE_TEST_SUITE_P(Stemmers, InMemoryIndex, ::testing::Values("telusur", "snowball"),
                         [](const auto& info) { return std::string(info.param); });

}  // namespace
}  // namespace telusur
