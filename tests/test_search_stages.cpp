// The query path's stages, each on its own: QueryBuilder (text -> query),
// find_query_entities(), FacetCollector, Reranker::applies() and
// read_result(). Searcher tests (test_search.cpp) cover them together.
#include "common/analysis/analyzer.h"
#include "common/errors.h"
#include "common/facets.h"
#include "common/query_builder.h"
#include "common/query_entities.h"
#include "common/ranking.h"
#include "common/results.h"
#include "common/schema.h"

#include <gtest/gtest.h>
#include <cmath>
#include <map>
#include <nlohmann/json.hpp>

namespace telusur {
namespace {

/// A small in-memory database written by hand, so each stage is tested on
/// exactly the terms and slots it reads.
class StageDatabase : public ::testing::Test {
protected:
    StageDatabase() : db_(std::string(), Xapian::DB_BACKEND_INMEMORY), analyzer_(AnalysisOptions{"snowball", true}) {
        add("a", "Pasukan Korea Utara di Kursk", "20241105", "kabar pagi", {"Korea Utara", "Kursk"}, {"Kim Jong Un"});
        add("b", "Korea Utara melawan timnas", "20241024", "suara timur", {"Korea Utara"}, {});
        add("c", "Harga beras naik", "20241101", "kabar pagi", {}, {});
        db_.commit();
    }

    void add(const std::string& id, const std::string& text, const std::string& date, const std::string& source,
             const std::vector<std::string>& places, const std::vector<std::string>& people) {
        Xapian::Document doc;
        Xapian::TermGenerator generator;
        analyzer_.configure(generator);
        generator.set_document(doc);
        generator.index_text(text);
        doc.add_boolean_term(schema::make_id_term(id));
        doc.add_value(schema::kSlotDate, date);
        doc.add_value(schema::kSlotSource, source);
        auto joined = [](const std::vector<std::string>& names) {
            std::string out;
            for (const auto& n : names) out += (out.empty() ? "" : "\n") + n;
            return out;
        };
        for (const auto& p : places) {
            doc.add_term(schema::make_boolean_term(schema::kPrefixLocation, p), 2);
            // The forms written: article a also says "Korut", which the
            // gazetteer folds into Korea Utara.
            std::vector<std::string> forms{p};
            if (id == "a" && p == "Korea Utara") forms.push_back("Korut");
            for (const auto& form : forms) {
                const auto terms = schema::name_use_terms(schema::entity_schema(EntityType::Location), p, form);
                doc.add_boolean_term(terms.use);
                doc.add_boolean_term(terms.alias);
            }
        }
        for (const auto& p : people) doc.add_term(schema::make_boolean_term(schema::kPrefixPerson, p), 1);
        doc.add_value(schema::kSlotLocations, joined(places));
        doc.add_value(schema::kSlotPersons, joined(people));
        nlohmann::json data{{schema::data_keys::kId, id},
                            {schema::data_keys::kTitle, text},
                            {schema::data_keys::kBody, text + ". " + text},
                            {schema::data_keys::kEntities, {{"location", places}}}};
        doc.set_data(data.dump());
        db_.add_document(doc);
    }

    Xapian::WritableDatabase db_;
    Analyzer analyzer_;
};

TEST(DateFilters, OneBuilderForFieldsAndBounds) {
    EXPECT_EQ(date_range_query("2024-11", "2024-11").get_description(), "Query(VALUE_RANGE 0 20241101 20241131)");
    EXPECT_EQ(date_range_query("", "2024").get_description(), "Query(VALUE_LE 0 20241231)");
    EXPECT_EQ(date_range_query("2024-02-03", "").get_description(), "Query(VALUE_GE 0 20240203)");
    EXPECT_EQ(date_field_query("2024-11").get_description(), date_range_query("2024-11", "2024-11").get_description());
    EXPECT_EQ(date_field_query("..2024").get_description(), date_range_query("", "2024").get_description());
    EXPECT_EQ(date_field_query("2024..").get_description(), date_range_query("2024", "").get_description());
    EXPECT_THROW(date_field_query(".."), QueryError);
    EXPECT_THROW(date_range_query("", ""), QueryError);
    EXPECT_THROW(date_field_query("2024-13"), QueryError);
}

TEST_F(StageDatabase, QueryBuilderAddsDateBoundsAsAFilter) {
    QueryBuilder builder(db_, analyzer_, true);
    QueryText text;
    text.text = "beras";
    text.from = "2024-11";
    EXPECT_EQ(builder.build(text).get_description(), "Query((Zberas@1 FILTER VALUE_GE 0 20241101))");
    text.text = "";
    EXPECT_EQ(builder.build(text).get_description(), "Query(VALUE_GE 0 20241101)");
    text.from.clear();
    text.text = "beras harga";
    text.match_all = true;
    EXPECT_EQ(builder.build(text).get_description(), "Query((Zberas@1 AND Zharga@2))");
}

TEST_F(StageDatabase, QueryBuilderNamesTheProblemOfAMalformedQuery) {
    QueryBuilder builder(db_, analyzer_, true);
    try {
        builder.build({"warna:merah", false, "", "", {}});
        FAIL() << "an unknown field must be an error";
    } catch (const QueryError& e) {
        EXPECT_NE(std::string(e.what()).find("unknown field 'warna:'"), std::string::npos) << e.what();
    }
    try {
        builder.build({"tanggal:2024-13", false, "", "", {}});
        FAIL() << "a bad date must be an error";
    } catch (const QueryError& e) {
        EXPECT_NE(std::string(e.what()).find("tanggal: '2024-13' is not a date"), std::string::npos) << e.what();
    }
    // The builder is usable after an error.
    EXPECT_EQ(builder.build({"beras", false, "", "", {}}).get_description(), "Query(Zberas@1)");
}

TEST(QueryBuilderLimits, WildcardsAreBounded) {
    // 150 words with one prefix, one article each: a wildcard reaches the
    // kMaxWildcardExpansion most frequent of them, not all.
    Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
    for (int i = 0; i < 150; ++i) {
        Xapian::Document doc;
        doc.add_term("kata" + std::to_string(i));
        db.add_document(doc);
    }
    const Analyzer analyzer(AnalysisOptions{"snowball", true});
    QueryBuilder builder(db, analyzer, false);
    Xapian::Enquire enquire(db);
    enquire.set_query(builder.build({"kata*", false, "", "", {}}));
    EXPECT_EQ(enquire.get_mset(0, 1000).size(), kMaxWildcardExpansion);
    // Too many wildcards: a clear error, not minutes of expansion.
    std::string many;
    for (unsigned i = 0; i <= kMaxWildcards; ++i) many += "a* ";
    try {
        builder.build({many, false, "", "", {}});
        FAIL() << "more than kMaxWildcards wildcards must be an error";
    } catch (const QueryError& e) {
        EXPECT_NE(std::string(e.what()).find("too many wildcards"), std::string::npos) << e.what();
    }
    EXPECT_NO_THROW(builder.build({"a* b*", false, "", "", {}}));
    // A pasted article is not a query: a clear error, not seconds of work.
    std::string pasted;
    while (pasted.size() <= kMaxQueryBytes) pasted += "banjir ";
    try {
        builder.build({pasted, false, "", "", {}});
        FAIL() << "a query over kMaxQueryBytes must be an error";
    } catch (const QueryError& e) {
        EXPECT_NE(std::string(e.what()).find("query too long"), std::string::npos) << e.what();
    }
    EXPECT_NO_THROW(builder.build({"3 * 4", false, "", "", {}}));  // not wildcards
}

TEST_F(StageDatabase, CapitalizedWordsStayUnstemmedUnlessAsked) {
    QueryBuilder builder(db_, analyzer_, true);
    EXPECT_EQ(builder.build({"Pasukan", false, "", "", {}}).get_description(), "Query(pasukan@1)");
    EXPECT_EQ(builder.build({"Pasukan AND beras", false, "", "", {true}}).get_description(),
              "Query((Zpasu@1 AND Zberas@2))");
}

TEST_F(StageDatabase, EntityFiltersResolveNamesFromTheArticles) {
    QueryBuilder with(db_, analyzer_, true), without(db_, analyzer_, false);
    // Article a wrote "Korut", which its indexing folded into Korea Utara.
    EXPECT_EQ(with.build({"lokasi:korut", false, "", "", {}}).get_description(), "Query(0 * XLOCkorea utara)");
    EXPECT_EQ(with.build({"lokasi:KURSK", false, "", "", {}}).get_description(), "Query(0 * XLOCkursk)");
    // Without entities indexed the value is only normalized.
    EXPECT_EQ(without.build({"lokasi:korut", false, "", "", {}}).get_description(), "Query(0 * XLOCkorut)");
}

TEST_F(StageDatabase, QueryEntitiesAreTheLongestNamesTheIndexHolds) {
    EntityNames names(db_);
    const auto found = find_query_entities(names, analyzer_.analyze("pasukan korea utara di kursk"));
    ASSERT_EQ(found.size(), 2u);
    EXPECT_EQ(found[0].label, "location:Korea Utara");  // not "Korea" nor "Utara" alone
    EXPECT_EQ(found[0].terms,
              std::vector<std::string>{schema::make_boolean_term(schema::kPrefixLocation, "Korea Utara")});
    EXPECT_EQ(found[1].label, "location:Kursk");  // the form the articles write
    EXPECT_TRUE(find_query_entities(names, analyzer_.analyze("harga beras")).empty());
    // A name does not start or end with a function word.
    EXPECT_EQ(find_query_entities(names, analyzer_.analyze("di kursk")).size(), 1u);
}

TEST_F(StageDatabase, FacetCollectorCountsEveryMatchNotOnlyThePage) {
    Xapian::Enquire enquire(db_);
    enquire.set_query(Xapian::Query(Xapian::Query::OP_OR, Xapian::Query("Zkorea"), Xapian::Query("Zberas")));
    FacetCollector collector(db_, false);
    collector.attach(enquire);
    const Xapian::MSet page = enquire.get_mset(0, 1, collector.check_at_least());
    ASSERT_EQ(page.size(), 1u);
    const FacetCounts counts = collector.collect(enquire, 10);
    const auto& facets = counts.facets;
    ASSERT_EQ(facets.at("source").size(), 2u);
    EXPECT_EQ(facets.at("source")[0].value, "kabar pagi");
    EXPECT_EQ(facets.at("source")[0].count, 2u);
    const auto& places = facets.at("location");
    ASSERT_EQ(places.size(), 2u);
    EXPECT_EQ(places[0].value, "Korea Utara");
    EXPECT_EQ(places[0].count, 2u);
    EXPECT_EQ(facets.at("person").at(0).value, "Kim Jong Un");
    const Timeline& timeline = counts.timeline;
    EXPECT_EQ(timeline.granularity, "day");
    Xapian::doccount total = 0;
    for (const auto& bucket : timeline.buckets) total += bucket.count;
    EXPECT_EQ(total, 3u);
    EXPECT_EQ(timeline.buckets.front().value, "2024-10-24");
    EXPECT_EQ(timeline.buckets.back().value, "2024-11-05");
}

TEST(RerankerApplies, WhenAnyBonusCanChangeTheOrder) {
    const Analyzer analyzer(AnalysisOptions{"snowball", true});
    const auto question = analyzer.analyze("Siapa presiden Korea Utara?");
    const auto topic = analyzer.analyze("presiden Korea Utara");
    EXPECT_TRUE(Reranker::applies(RankingOptions{}, question, false));
    EXPECT_FALSE(Reranker::applies(plain_bm25_ranking(), topic, false));
    RankingOptions topic_only = plain_bm25_ranking();
    topic_only.topic_lead_weight = 0.2;
    EXPECT_TRUE(Reranker::applies(topic_only, topic, false));
    EXPECT_FALSE(Reranker::applies(topic_only, question, false));  // the topic bonus is for non-questions only
    RankingOptions entity_only = plain_bm25_ranking();
    entity_only.entity_boost = 0.2;
    EXPECT_TRUE(Reranker::applies(entity_only, question, true));
    EXPECT_FALSE(Reranker::applies(entity_only, question, false));  // no entity named: nothing to boost
}

TEST_F(StageDatabase, EntityBoostAddsWhatXapianGivesTheEntityTermsInTheMatch) {
    // The Reranker adds to each top match the weight Xapian's BM25 gives the
    // entity terms, scaled, when they are part of the query (OP_AND_MAYBE).
    RankingOptions options = plain_bm25_ranking();
    options.b = 0.75;
    options.entity_boost = 0.2;
    const std::vector<std::string> entity_terms{schema::make_boolean_term(schema::kPrefixLocation, "Korea Utara"),
                                                schema::make_boolean_term(schema::kPrefixLocation, "Kursk")};
    QueryBuilder builder(db_, analyzer_, true);
    const std::string text = "korea timnas";
    const Xapian::Query query = builder.build({text, false, "", "", {}});
    Xapian::Enquire enquire(db_);
    apply_ranking(enquire, query, options, &builder.parser());
    const Xapian::MSet mset = enquire.get_mset(0, 10);
    std::vector<RankedMatch> matches;
    for (auto it = mset.begin(); it != mset.end(); ++it) matches.push_back({it, it.get_weight()});
    Reranker(db_, query, mset, builder.parser(), analyzer_.analyze(text), entity_terms, options).rerank(matches);

    const Xapian::Query entities(Xapian::Query::OP_OR, entity_terms.begin(), entity_terms.end());
    apply_ranking(enquire,
                  Xapian::Query(Xapian::Query::OP_AND_MAYBE, query,
                                Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, entities, options.entity_boost)),
                  options, nullptr);
    const Xapian::MSet boosted = enquire.get_mset(0, 10);
    ASSERT_EQ(matches.size(), 2u);
    ASSERT_EQ(boosted.size(), 2u);
    std::map<Xapian::docid, double> gain;
    for (std::size_t i = 0; i < matches.size(); ++i) {
        EXPECT_EQ(*matches[i].it, *boosted[i]);
        EXPECT_NEAR(matches[i].score, boosted[i].get_weight(), 1e-9 * boosted[i].get_weight());
        gain[*matches[i].it] = matches[i].score - matches[i].it.get_weight();
    }
    // Both name Korea Utara; article a (docid 1) names Kursk too.
    EXPECT_GT(gain.at(2), 0);
    EXPECT_GT(gain.at(1), gain.at(2));
}

/// Scores of a keyword query over a small database: one article with the
/// rare word many times but not the common one, articles with both.
class AllWordsBonus : public ::testing::Test {
protected:
    AllWordsBonus() : db_(std::string(), Xapian::DB_BACKEND_INMEMORY), analyzer_(AnalysisOptions{"snowball", true}) {
        add("banjir pujian banjir komentar banjir dukungan untuk penyanyi");  // 1: banjir only
        add("banjir merendam rumah warga di jakarta timur");                 // 2: both
        add("hujan deras dan banjir di jakarta utara serta jakarta barat");   // 3: both
        for (int i = 0; i < 6; ++i) add("jakarta macet pagi ini " + std::to_string(i));
        db_.commit();
    }
    void add(const std::string& text) {
        Xapian::Document doc;
        Xapian::TermGenerator generator;
        analyzer_.configure(generator);
        generator.set_document(doc);
        generator.index_text(text);
        db_.add_document(doc);
    }
    std::map<Xapian::docid, double> scores(const Xapian::Query& query) const {
        Xapian::Enquire enquire(db_);
        enquire.set_query(query);
        std::map<Xapian::docid, double> out;
        const Xapian::MSet mset = enquire.get_mset(0, 100);
        for (auto it = mset.begin(); it != mset.end(); ++it) out[*it] = it.get_weight();
        return out;
    }
    /// The query as the parser reads it: one plain term per word.
    static Xapian::Query keywords(const std::vector<std::string>& terms) {
        std::vector<Xapian::Query> leaves;
        for (std::size_t i = 0; i < terms.size(); ++i) leaves.emplace_back(terms[i], 1, i + 1);
        return Xapian::Query(Xapian::Query::OP_OR, leaves.begin(), leaves.end());
    }

    Xapian::WritableDatabase db_;
    Analyzer analyzer_;
};

TEST_F(AllWordsBonus, LiftsEveryArticleWithAllTheWordsByOneAmount) {
    RankingOptions options;
    options.all_words_weight = 0.5;
    const Xapian::Query plain = keywords({"Zbanjir", "jakarta"});
    const Xapian::Query lifted = with_all_words_bonus(plain, analyzer_.analyze("banjir jakarta"), db_, options);
    const auto before = scores(plain), after = scores(lifted);
    ASSERT_EQ(before.size(), after.size());  // the same matches
    const double n = db_.get_doccount();
    auto idf = [&](const std::string& term) {
        const double df = db_.get_termfreq(term);
        return std::log((n - df + 0.5) / (df + 0.5));
    };
    const double lift = 0.5 * (idf("Zbanjir") + std::max(0.0, idf("jakarta")));
    EXPECT_DOUBLE_EQ(after.at(1), before.at(1));  // not every word: no lift
    EXPECT_NEAR(after.at(2) - before.at(2), lift, 1e-9);
    EXPECT_NEAR(after.at(3) - before.at(3), lift, 1e-9);
    EXPECT_DOUBLE_EQ(after.at(4), before.at(4));
    EXPECT_GT(before.at(1), before.at(2));  // "banjir" three times outscored the article about floods in Jakarta
    EXPECT_GT(after.at(2), after.at(1));    // which now ranks above it
}

TEST_F(AllWordsBonus, LeavesQuestionsOneWordAndLongQueriesAsTheyAre) {
    RankingOptions options;
    options.all_words_weight = 0.5;
    const Xapian::Query two = keywords({"Zbanjir", "jakarta"});
    auto unchanged = [&](const Xapian::Query& q, const std::string& text) {
        return with_all_words_bonus(q, analyzer_.analyze(text), db_, options).get_description() == q.get_description();
    };
    EXPECT_FALSE(unchanged(two, "banjir jakarta"));
    EXPECT_TRUE(unchanged(two, "di mana banjir jakarta?"));  // a question
    EXPECT_TRUE(unchanged(keywords({"Zbanjir"}), "banjir"));
    EXPECT_TRUE(unchanged(keywords({"Zbanjir", "jakarta", "Zhujan", "Zderas", "utara"}), "banjir jakarta hujan deras utara"));
    const Xapian::Query phrase(Xapian::Query::OP_PHRASE, two.get_terms_begin(), two.get_terms_end());
    EXPECT_TRUE(unchanged(phrase, "\"banjir jakarta\""));  // the user's own operators
    options.all_words_weight = 0;
    EXPECT_TRUE(unchanged(two, "banjir jakarta"));
}

TEST_F(StageDatabase, ReadResultTakesDisplayDataEntitiesAndASnippet) {
    Xapian::Enquire enquire(db_);
    enquire.set_query(Xapian::Query("Zkursk"));
    const Xapian::MSet mset = enquire.get_mset(0, 10);
    ASSERT_EQ(mset.size(), 1u);
    const SearchResult r = read_result(mset.begin(), mset, analyzer_.stemmer(), {80, "[", "]"});
    EXPECT_EQ(r.id, "a");
    EXPECT_EQ(r.title, "Pasukan Korea Utara di Kursk");
    EXPECT_NE(r.snippet.find("[Kursk]"), std::string::npos) << r.snippet;
    EXPECT_LE(r.snippet.size(), 80u + 20u);  // the length plus markers and an ellipsis
    ASSERT_TRUE(r.entities.count("location"));
    EXPECT_EQ(r.entities.at("location"), (std::vector<std::string>{"Korea Utara", "Kursk"}));
    EXPECT_TRUE(read_result(mset.begin(), mset, analyzer_.stemmer(), {0, "", ""}).snippet.empty());
}

TEST(StoredId, FindsTheIdAsAFullParseDoes) {
    // Records as the indexer writes them (keys sorted, the body before the
    // id) and as hand-written or older ones might be.
    const std::vector<std::string> records = {
        nlohmann::json{{"body", "Kata \"id\": bukan ini, {\"id\":\"x\"} \\ \\\" lagi"},
                       {"entities", {{"person", {"Ani \"id\""}}, {"id", {"nested"}}}},
                       {"id", "c-1/\u00e9\"q\""},
                       {"title", "t"}}
            .dump(),
        R"( { "id" : "first\u0041\n" , "body": "b" } )",
        R"({"n": 12, "ok": true, "none": null, "list": [1, [2, {"id": "no"}]], "id": "after-scalars"})",
        R"({"body": "ends with a backslash \\", "id": "z"})",
    };
    for (const auto& record : records) {
        const auto parsed = nlohmann::json::parse(record);
        EXPECT_EQ(stored_id(record), parsed.at("id").get<std::string>()) << record;
    }
}

TEST(StoredId, IsEmptyWithoutAStringIdOrForAMalformedRecord) {
    for (const std::string record : {"", "[]", "{}", R"({"body": "b"})", R"({"id": 7})", R"({"body": "open)",
                                     R"({"body" "b", "id": "x"})", R"({"entities": {"id": "x"}})"})
        EXPECT_EQ(stored_id(record), "") << record;
}

}  // namespace
}  // namespace telusur
