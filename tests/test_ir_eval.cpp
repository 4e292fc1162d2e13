// Ranking: unit tests of common/ranking.h on in-memory databases, and the CI
// gate on retrieval quality: `telusur-eval ir --json` on the shared
// benchmarks must stay within 0.01 of the level reached (docs/ranking.md).
#include "common/analysis/answer_types.h"
#include "common/errors.h"
#include "common/indexing.h"
#include "common/ranking.h"
#include "common/schema.h"
#include "common/search.h"
#include "tests/test_support.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>
#include <map>
#include <set>

namespace telusur {
namespace {

using telusur::testing::kEvalBin;
using telusur::testing::kSharedDir;
using telusur::testing::quote;
using telusur::testing::run_command;

Article article(std::string id, std::string body, std::string date = "2024-11-05") {
    Article a;
    a.id = std::move(id);
    a.body = std::move(body);
    a.date = std::move(date);
    return a;
}

class RankingIndex : public ::testing::Test {
protected:
    RankingIndex() : db_(std::string(), Xapian::DB_BACKEND_INMEMORY), writer_(db_, "snowball") {
        writer_.upsert(article(
            "pbb", "Perserikatan Bangsa-Bangsa (PBB) dibentuk pada 24 Oktober 1945 di San Francisco.", "2024-01-10"));
        // Same words as "near", far apart.
        writer_.upsert(article("far",
                               "Korea menang lagi. Pertandingan berikutnya di stadion utama melawan tim "
                               "dari utara pulau.",
                               "2024-02-10"));
        writer_.upsert(article("near", "Pasukan Korea Utara dikerahkan ke perbatasan pada bulan lalu, kata pejabat.",
                               "2024-03-10"));
        writer_.upsert(
            article("other", "Harga beras naik menjadi Rp11.000 per kilogram di pasar induk.", "2024-04-10"));
        writer_.commit();
    }

    SearchResponse search(const std::string& query, const RankingOptions& ranking, std::string from = "") {
        Searcher searcher(db_);
        SearchRequest request;
        request.query = query;
        request.ranking = ranking;
        request.from = std::move(from);
        return searcher.search(request);
    }

    /// What each match gained from `before` to `after`, which must hold
    /// the same matches (boosts re-rank, they never add or drop one).
    static std::map<std::string, double> score_gains(const SearchResponse& before, const SearchResponse& after) {
        std::map<std::string, double> old_score, gain;
        for (const auto& r : before.results) old_score[r.id] = r.score;
        for (const auto& r : after.results)
            if (old_score.count(r.id)) gain[r.id] = r.score - old_score[r.id];
        EXPECT_EQ(gain.size(), old_score.size());
        EXPECT_EQ(after.results.size(), before.results.size());
        return gain;
    }

    static std::vector<std::string> ids(const SearchResponse& response) {
        std::vector<std::string> out;
        for (const auto& r : response.results) out.push_back(r.id);
        return out;
    }

    Xapian::WritableDatabase db_;
    IndexWriter writer_;
};

TEST_F(RankingIndex, QuestionsWorkWithTheDefaultRanker) {
    const auto response = search("Kapan PBB dibentuk ?", RankingOptions{});
    ASSERT_FALSE(response.results.empty());
    EXPECT_EQ(response.results[0].id, "pbb");
    // Question and function words are never required.
    EXPECT_FALSE(search("Siapakah yang membentuk PBB di San Francisco?", RankingOptions{}).results.empty());
    EXPECT_FALSE(search("berapa harga beras", RankingOptions{}).results.empty());
}

TEST_F(RankingIndex, ProximityRanksAdjacentWordsFirstWithoutChangingMatches) {
    RankingOptions plain = plain_bm25_ranking();
    RankingOptions near = plain;
    near.proximity = true;
    near.proximity_weight = 1.0;
    const auto with = ids(search("korea utara", near));
    const auto without = ids(search("korea utara", plain));
    ASSERT_FALSE(with.empty());
    EXPECT_EQ(with[0], "near");
    EXPECT_EQ(std::set<std::string>(with.begin(), with.end()), std::set<std::string>(without.begin(), without.end()));
}

TEST_F(RankingIndex, FeedbackKeepsFiltersAndMatches) {
    RankingOptions prf = RankingOptions{};
    prf.prf = true;
    prf.prf_docs = 2;
    const auto filtered = ids(search("korea utara", prf, "2024-03"));
    EXPECT_EQ(filtered, std::vector<std::string>{"near"});
    const auto all = ids(search("korea", prf));
    const auto plain = ids(search("korea", plain_bm25_ranking()));
    EXPECT_EQ(std::set<std::string>(all.begin(), all.end()), std::set<std::string>(plain.begin(), plain.end()));
    // A pure filter has nothing to feed back and still works.
    EXPECT_EQ(ids(search("tanggal:2024-03", prf)), std::vector<std::string>{"near"});
}

TEST_F(RankingIndex, LeadBoostPrefersTheSubjectInTheFirstWords) {
    // "korea" and "utara" are both in "near" and "far"; in "near" they open
    // the text, in "far" "utara" comes late.
    RankingOptions lead = plain_bm25_ranking();
    lead.lead_weight = 1.0;
    lead.lead_window = 3;
    const auto with = ids(search("korea utara", lead));
    ASSERT_FALSE(with.empty());
    EXPECT_EQ(with[0], "near");
    const auto without = ids(search("korea utara", plain_bm25_ranking()));
    EXPECT_EQ(std::set<std::string>(with.begin(), with.end()), std::set<std::string>(without.begin(), without.end()));
    // Paging through re-ranked results gives the same order.
    Searcher searcher(db_);
    SearchRequest request;
    request.query = "korea utara";
    request.ranking = lead;
    request.offset = 1;
    request.limit = 1;
    const auto second = searcher.search(request);
    ASSERT_EQ(second.results.size(), 1u);
    ASSERT_GE(with.size(), 2u);
    EXPECT_EQ(second.results[0].id, with[1]);
    EXPECT_EQ(second.results[0].rank, 2u);
}

TEST_F(RankingIndex, LeadBoostReadsTheLeadWordsOfTheContentKey) {
    RankingOptions lead = plain_bm25_ranking();
    lead.lead_weight = 1.0;
    lead.lead_window = 3;
    lead.coverage_weight = 0.5;
    // The builder stores the body's first words in the content key:
    // "near" opens with "pasukan korea utara", so both query words are in
    // its first three.
    const Xapian::Document near = db_.get_document(db_.postlist_begin("Qnear").operator*());
    const std::string value = near.get_value(schema::kSlotContentKey);
    const auto key = schema::ContentKey::decode(value);
    ASSERT_TRUE(key);
    EXPECT_EQ(key->content_hash.size(), 16u);
    const std::string lead_words(key->lead_words);
    ASSERT_EQ(lead_words.size(), 4u * schema::kLeadWords);
    EXPECT_TRUE(schema::lead_words_contain(lead_words, schema::lead_word_hash("korea"), 3));
    EXPECT_TRUE(schema::lead_words_contain(lead_words, schema::lead_word_hash("utara"), 3));
    EXPECT_FALSE(schema::lead_words_contain(lead_words, schema::lead_word_hash("perbatasan"), 3));
    const auto from_slot = search("korea utara", lead);

    // With duplicate collapsing off the key is read per match: same scores.
    {
        Searcher searcher(db_);
        SearchRequest request;
        request.query = "korea utara";
        request.ranking = lead;
        request.collapse_duplicates = false;
        const auto uncollapsed = searcher.search(request);
        ASSERT_EQ(ids(uncollapsed), ids(from_slot));
        for (std::size_t i = 0; i < from_slot.results.size(); ++i)
            EXPECT_DOUBLE_EQ(uncollapsed.results[i].score, from_slot.results[i].score) << i;
    }

    ASSERT_FALSE(from_slot.results.empty());
    EXPECT_EQ(from_slot.results[0].id, "near");
}

TEST_F(RankingIndex, TheShortCollapseKeyCollapsesAndRanksAsTheContentKey) {
    // Two syndicated copies of "near" and one of "far".
    writer_.upsert(article("near-copy", "Pasukan Korea Utara dikerahkan ke perbatasan pada bulan lalu, kata pejabat.",
                           "2024-03-11"));
    writer_.upsert(article("near-copy2", "Pasukan Korea Utara dikerahkan ke perbatasan pada bulan lalu, kata pejabat.",
                           "2024-03-12"));
    writer_.upsert(article("far-copy",
                           "Korea menang lagi. Pertandingan berikutnya di stadion utama melawan tim "
                           "dari utara pulau.",
                           "2024-02-11"));
    writer_.commit();
    const Xapian::Document near = db_.get_document(*db_.postlist_begin(schema::make_id_term("near")));
    EXPECT_EQ(near.get_value(schema::kSlotCollapseKey),
              schema::ContentKey::decode(near.get_value(schema::kSlotContentKey))->content_hash);
    // The same database without the short key (schema version 3) collapses
    // on the whole content key.
    Xapian::WritableDatabase old(std::string(), Xapian::DB_BACKEND_INMEMORY);
    for (const char* key : {schema::kMetaSchemaVersion, schema::kMetaStemmer, schema::kMetaEntities})
        old.set_metadata(key, db_.get_metadata(key));
    for (auto it = db_.postlist_begin(""); it != db_.postlist_end(""); ++it) {
        Xapian::Document doc = db_.get_document(*it);
        doc.remove_value(schema::kSlotCollapseKey);
        old.replace_document(*it, doc);
    }
    old.commit();
    RankingOptions lead;  // the default boosts, the lead boost included
    lead.lead_window = 3;
    for (const std::string query : {"korea utara", "pasukan korea utara perbatasan", "siapa pejabat korea"}) {
        SearchRequest request;
        request.query = query;
        request.ranking = lead;
        const SearchResponse short_key = Searcher(db_).search(request);
        const SearchResponse content_key = Searcher(old).search(request);
        ASSERT_EQ(ids(short_key), ids(content_key)) << query;
        for (std::size_t i = 0; i < short_key.results.size(); ++i)
            EXPECT_DOUBLE_EQ(short_key.results[i].score, content_key.results[i].score) << query << " " << i;
        // One of each text.
        const auto found = ids(short_key);
        EXPECT_EQ(
            std::count_if(found.begin(), found.end(), [](const std::string& id) { return id.starts_with("near"); }), 1)
            << query;
        EXPECT_LE(
            std::count_if(found.begin(), found.end(), [](const std::string& id) { return id.starts_with("far"); }), 1)
            << query;
    }
    // The lead boost still reads the lead words: "near" opens with the words.
    RankingOptions strong = plain_bm25_ranking();
    strong.lead_weight = 1.0;
    strong.lead_window = 3;
    const auto gains = score_gains(search("korea utara", plain_bm25_ranking()), search("korea utara", strong));
    ASSERT_EQ(gains.size(), 2u);
    for (const auto& [id, gain] : gains) {
        if (id.starts_with("near")) {
            EXPECT_GT(gain, 0.0) << id;
        }
    }
}

TEST_F(RankingIndex, CoverageBonusFavoursMatchesOfMoreQueryWords) {
    // "near" has all three words, "far" only "korea" and "utara".
    RankingOptions without = plain_bm25_ranking();
    without.lead_weight = 0.2;
    RankingOptions with = without;
    with.coverage_weight = 0.5;
    const auto a = search("korea utara perbatasan", without);
    const auto b = search("korea utara perbatasan", with);
    auto gain = score_gains(a, b);
    ASSERT_TRUE(gain.count("near") && gain.count("far"));
    EXPECT_GT(gain["far"], 0);
    EXPECT_GT(gain["near"], 1.5 * gain["far"]);  // (3/3)^2 against about (2/3)^2
    EXPECT_EQ(b.results[0].id, "near");
    // Power 0: every match gets the same bonus, the order stays BM25's.
    with.coverage_power = 0;
    EXPECT_EQ(ids(search("korea utara perbatasan", with)), ids(a));
}

TEST_F(RankingIndex, AnswerTypeBonusFavoursArticlesWithAnAnswerOfTheAskedType) {
    // Both match "harga cabai pasar induk" alike; only "angka" holds a number.
    writer_.upsert(article("angka", "Harga cabai di pasar induk naik menjadi 45.000 per kilogram."));
    writer_.upsert(article("kata", "Harga cabai di pasar induk naik tajam, kata para pedagang."));
    writer_.commit();
    const auto key_of = [&](const std::string& id) {
        return db_.get_document(*db_.postlist_begin(schema::make_id_term(id))).get_value(schema::kSlotContentKey);
    };
    const auto types_of = [&](const std::string& id) {
        const auto key = schema::ContentKey::decode(key_of(id));
        return key ? key->answer_types : 0xff;
    };
    EXPECT_EQ(types_of("angka") & answer_type::kNumber, answer_type::kNumber);
    EXPECT_EQ(types_of("kata") & (answer_type::kNumber | answer_type::kDate), 0);
    // "Perserikatan Bangsa-Bangsa (PBB) dibentuk pada 24 Oktober 1945 ...":
    // an organization (the tagger's), a number and a date.
    const std::uint8_t pbb = answer_type::kOrganization | answer_type::kNumber | answer_type::kDate;
    EXPECT_EQ(types_of("pbb") & pbb, pbb);

    RankingOptions without = plain_bm25_ranking();
    without.lead_weight = 0.2;
    RankingOptions with = without;
    with.answer_weight = 1.0;
    const std::string question = "Berapa harga cabai di pasar induk?";
    const auto a = search(question, without);
    const auto b = search(question, with);
    auto gain = score_gains(a, b);
    ASSERT_TRUE(gain.count("angka") && gain.count("kata"));
    EXPECT_DOUBLE_EQ(gain["kata"], 0);
    EXPECT_GE(gain["angka"], a.results.at(0).score);  // 1.0 x the best score
    EXPECT_EQ(b.results.at(0).id, "angka");
    // Not a question: no bonus.
    EXPECT_EQ(ids(search("harga cabai pasar induk", with)), ids(search("harga cabai pasar induk", without)));
    // Indexing the same article again leaves it as it was.
    EXPECT_EQ(writer_.upsert(article("angka", "Harga cabai di pasar induk naik menjadi 45.000 per kilogram.")),
              IndexWriter::Outcome::Unchanged);
}

TEST_F(RankingIndex, TopicQueriesFavourArticlesThatNameThemInTheLead) {
    // Both name "banjir" and "bekasi" once, with the same words otherwise;
    // "lead" names them in its 25th and 26th words, "late" in its 55th and
    // 56th: past the lead boost's 20 words in both, in the topic lead (50
    // words) only in "lead".
    std::string filler;
    for (int i = 0; i < 24; ++i) filler += "kata ";
    std::string more;
    for (int i = 0; i < 30; ++i) more += "lain ";
    writer_.upsert(article("lead", filler + "banjir bekasi " + more + "akhir"));
    writer_.upsert(article("late", filler + more + "banjir bekasi akhir"));
    writer_.commit();
    const auto doc_of = [&](const std::string& id) {
        return db_.get_document(*db_.postlist_begin(schema::make_id_term(id)));
    };
    const std::string topic_lead = doc_of("lead").get_value(schema::kSlotTopicLeadWords);
    ASSERT_EQ(topic_lead.size(), 4u * schema::kTopicLeadWords);
    EXPECT_TRUE(schema::lead_words_contain(topic_lead, schema::lead_word_hash("banjir"), schema::kTopicLeadWords));
    EXPECT_FALSE(schema::lead_words_contain(doc_of("late").get_value(schema::kSlotTopicLeadWords),
                                            schema::lead_word_hash("banjir"), schema::kTopicLeadWords));
    // A body of 20 words or fewer has no topic lead: the content key holds it.
    EXPECT_EQ(doc_of("near").get_value(schema::kSlotTopicLeadWords), "");

    RankingOptions without = plain_bm25_ranking();
    without.lead_weight = 0.2;
    RankingOptions with = without;
    with.topic_lead_weight = 0.5;
    const auto a = search("banjir bekasi", without);
    const auto b = search("banjir bekasi", with);
    auto gain = score_gains(a, b);
    ASSERT_TRUE(gain.count("lead") && gain.count("late"));
    EXPECT_GT(gain["lead"], 0);
    EXPECT_DOUBLE_EQ(gain["late"], 0);
    EXPECT_EQ(b.results.at(0).id, "lead");
    // A question gets no topic bonus.
    const auto question = search("Kapan banjir di bekasi?", with);
    const auto plain_question = search("Kapan banjir di bekasi?", without);
    auto question_gain = score_gains(plain_question, question);
    for (const auto& [id, g] : question_gain) EXPECT_DOUBLE_EQ(g, 0) << id;
}

TEST_F(RankingIndex, EveryWeightingSchemeRanksTheMatch) {
    for (const char* scheme : {"bm25", "bm25plus", "dlh", "dph", "pl2", "pl2plus", "inl2", "ifb2", "ineb2", "bb2"}) {
        RankingOptions o;
        set_ranking_options(o, std::string("weighting=") + scheme);
        const auto response = search("Kapan PBB dibentuk ?", o);
        ASSERT_FALSE(response.results.empty()) << scheme;
        EXPECT_EQ(response.results[0].id, "pbb") << scheme;
    }
}

TEST(RankingOptions, ParsesAndDescribes) {
    RankingOptions o = plain_bm25_ranking();
    set_ranking_options(o, "k1=1.2,b=0.75,proximity=on,proximity_weight=0.5,proximity_window=6,prf=off");
    EXPECT_DOUBLE_EQ(o.k1, 1.2);
    EXPECT_DOUBLE_EQ(o.b, 0.75);
    EXPECT_TRUE(o.proximity);
    EXPECT_EQ(o.proximity_window, 6u);
    EXPECT_EQ(describe(o), "bm25(k1=1.2,b=0.75) near(w=0.5,win=6)");
    set_ranking_options(o, "preset=xapian");
    EXPECT_DOUBLE_EQ(o.k1, 1.0);
    EXPECT_FALSE(o.proximity);
    EXPECT_DOUBLE_EQ(o.entity_boost, 0);  // presets other than telusur have no boosts
    EXPECT_DOUBLE_EQ(RankingOptions{}.entity_boost, 0.2);
    set_ranking_options(o, "weighting=dlh,entity_boost=0.3,exact=0.2,lead=0.1,lead_window=40");
    EXPECT_EQ(o.weighting, RankingOptions::Weighting::DLH);
    EXPECT_DOUBLE_EQ(o.entity_boost, 0.3);
    EXPECT_EQ(describe(o), "dlh entity(w=0.3) exact(w=0.2) lead(w=0.1,win=40)");
    EXPECT_DOUBLE_EQ(RankingOptions{}.coverage_weight, 0.1);
    EXPECT_DOUBLE_EQ(plain_bm25_ranking().coverage_weight, 0);
    set_ranking_options(o, "coverage=0.3,coverage_power=1");
    EXPECT_DOUBLE_EQ(o.coverage_weight, 0.3);
    EXPECT_EQ(describe(o), "dlh entity(w=0.3) exact(w=0.2) lead(w=0.1,win=40) coverage(w=0.3,p=1)");
    EXPECT_DOUBLE_EQ(RankingOptions{}.answer_weight, 0.2);
    EXPECT_DOUBLE_EQ(plain_bm25_ranking().answer_weight, 0);
    set_ranking_options(o, "answer=0.5,topic_lead=0.3,topic_lead_window=50");
    EXPECT_EQ(describe(o),
              "dlh entity(w=0.3) exact(w=0.2) lead(w=0.1,win=40) coverage(w=0.3,p=1) answer(w=0.5) "
              "topic_lead(w=0.3,win=50)");
    EXPECT_DOUBLE_EQ(plain_bm25_ranking().topic_lead_weight, 0);
    EXPECT_THROW(set_ranking_options(o, "weighting=bm26"), UsageError);
    EXPECT_THROW(set_ranking_options(o, "k9=1"), UsageError);
    EXPECT_THROW(set_ranking_options(o, "b=2"), UsageError);
    EXPECT_THROW(set_ranking_options(o, "proximity=maybe"), UsageError);
    EXPECT_THROW(set_ranking_options(o, "k1"), UsageError);
    // Each option by its name and its short name, parsed by its field's type.
    set_ranking_options(o, "entity=0.4,lead_weight=0.05,lead_depth=7,prf=on,prf_docs=3,mu=1500");
    EXPECT_DOUBLE_EQ(o.entity_boost, 0.4);
    EXPECT_DOUBLE_EQ(o.lead_weight, 0.05);
    EXPECT_EQ(o.lead_depth, 7u);
    EXPECT_TRUE(o.prf);
    EXPECT_EQ(o.prf_docs, 3u);
    EXPECT_DOUBLE_EQ(o.mu, 1500);
    EXPECT_THROW(set_ranking_options(o, "lead_depth=2.5"), UsageError);
    EXPECT_THROW(set_ranking_options(o, "prf_terms=0"), UsageError);
    EXPECT_THROW(set_ranking_options(o, "entity_boost=-1"), UsageError);
    try {
        set_ranking_options(o, "k9=1");
        ADD_FAILURE() << "k9 accepted";
    } catch (const UsageError& e) {
        // The message lists what is known, from the same table.
        EXPECT_NE(std::string(e.what()).find("proximity_window"), std::string::npos) << e.what();
    }
}

// --- The CI gate on the shared benchmarks --------------------------------

struct Benchmark {
    const char* name;
    const char* distractors;  ///< relative to ../shared, or ""
    double min_ndcg10;
    double min_mrr10;
};

class IrBenchmark : public ::testing::TestWithParam<Benchmark> {};

TEST_P(IrBenchmark, StaysAtTheLevelReached) {
    const Benchmark& b = GetParam();
    const std::string dir = std::string("ir/") + b.name;
    TELUSUR_REQUIRE_SHARED(dir + "/docs.jsonl.gz");
    std::string command = kEvalBin + " ir --json --docs " + quote(kSharedDir + "/" + dir + "/docs.jsonl.gz") +
                          " --queries " + quote(kSharedDir + "/" + dir + "/queries.tsv") + " --qrels " +
                          quote(kSharedDir + "/" + dir + "/qrels.txt") +
                          // The ranker of docs/ranking.md: Telusur's stemmer, the
                          // default RankingOptions (lead boost 0.2, window 20,
                          // coverage bonus 0.1, power 2, answer-type bonus 0.2,
                          // topic-query lead bonus 0.2, window 50),
                          // entity boost 0.2.
                          " --stemmer telusur --variant final=entity_boost=0.2";
    if (*b.distractors) {
        TELUSUR_REQUIRE_SHARED(b.distractors);
        command += " --distractors " + quote(kSharedDir + "/" + b.distractors);
    }
    const auto result = run_command(command);
    ASSERT_EQ(result.exit_code, 0) << result.err;
    const auto json = nlohmann::json::parse(result.out);
    EXPECT_GT(json.at("queries").get<int>(), 1000);
    EXPECT_GE(json.at("ndcg@10").get<double>(), b.min_ndcg10) << result.out;
    EXPECT_GE(json.at("mrr@10").get<double>(), b.min_mrr10) << result.out;
}

// Levels reached (docs/ranking.md) minus 0.01, rounded down. The issue's
// targets nDCG@10 0.89 (facqa) and MRR@10 0.96 (IndoSum) are NOT met (TyDi
// QA's 0.75 is): raise these as the ranker improves.
INSTANTIATE_TEST_SUITE_P(Shared, IrBenchmark,
                         ::testing::Values(Benchmark{"facqa-news", "", 0.851, 0.820},       // reached 0.8611 / 0.8305
                                           Benchmark{"tydiqa-goldp-id", "", 0.746, 0.705},  // reached 0.7560 / 0.7151
                                           Benchmark{"indosum-headline", "corpus/clickid/articles.jsonl.gz", 0.951,
                                                     0.943}  // reached 0.9616 / 0.9537
                                           ),
                         [](const auto& info) {
                             std::string name = info.param.name;
                             for (char& c : name)
                                 if (c == '-') c = '_';
                             return name;
                         });

TEST(IrEval, SaysWhenTheBenchmarkDocumentsAreMissing) {
    TELUSUR_REQUIRE_SHARED("ir/miracl-id-dev/qrels.txt");
    TELUSUR_REQUIRE_SHARED("ir/facqa-news/docs.jsonl.gz");
    // MIRACL's passages are not available: indexing another collection must
    // not produce a silent 0.
    const auto result = run_command(kEvalBin + " ir --docs " + quote(kSharedDir + "/ir/facqa-news/docs.jsonl.gz") +
                                    " --queries " + quote(kSharedDir + "/ir/miracl-id-dev/queries.tsv") + " --qrels " +
                                    quote(kSharedDir + "/ir/miracl-id-dev/qrels.txt"));
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_NE(result.err.find("none of the judged documents are in the index"), std::string::npos) << result.err;
    EXPECT_NE(result.err.find("not available here"), std::string::npos) << result.err;
}

TEST(IrEval, SmallBenchmarkEndToEnd) {
    telusur::testing::TempDir tmp;
    const std::string docs =
        tmp.write("docs.jsonl",
                  "{\"id\":\"d1\",\"title\":\"\",\"body\":\"PBB dibentuk pada 24 Oktober 1945.\"}\n"
                  "{\"id\":\"d2\",\"title\":\"\",\"body\":\"Harga beras naik di pasar induk.\"}\n"
                  "{\"id\":\"d3\",\"title\":\"\",\"body\":\"Banjir melanda Jakarta pada musim hujan.\"}\n");
    const std::string queries =
        tmp.write("q.tsv", "q1\tKapan PBB dibentuk ?\nq2\tberapa harga beras\nq3\tgempa\nq4\tx\n");
    // q3 has no result (counts 0); q4 has no relevant document (skipped).
    const std::string qrels = tmp.write("qrels.txt", "q1 0 d1 1\nq2 0 d2 1\nq3 0 d3 1\nq4 0 d3 0\n");
    const auto result = run_command(kEvalBin + " ir --json --docs " + quote(docs) + " --queries " + quote(queries) +
                                    " --qrels " + quote(qrels) + " --run " + quote(tmp.path("run.trec")));
    ASSERT_EQ(result.exit_code, 0) << result.err;
    const auto json = nlohmann::json::parse(result.out);
    EXPECT_EQ(json.at("queries").get<int>(), 3);
    EXPECT_NEAR(json.at("ndcg@10").get<double>(), 2.0 / 3, 1e-9);
    EXPECT_NEAR(json.at("mrr@10").get<double>(), 2.0 / 3, 1e-9);
    EXPECT_NEAR(json.at("recall@100").get<double>(), 2.0 / 3, 1e-9);
    std::ifstream run(tmp.path("run.trec"));
    std::string qid, q0, docid;
    ASSERT_TRUE(run >> qid >> q0 >> docid);
    EXPECT_EQ(qid + " " + q0 + " " + docid, "q1 Q0 d1");

    // Two variants side by side: one row (JSON object) each.
    const auto two =
        run_command(kEvalBin + " ir --json --docs " + quote(docs) + " --queries " + quote(queries) + " --qrels " +
                    quote(qrels) + " --variant plain=preset=plain,stemmer=none" + " --variant prox=proximity=on");
    ASSERT_EQ(two.exit_code, 0) << two.err;
    const auto variants = nlohmann::json::parse(two.out).at("variants");
    ASSERT_EQ(variants.size(), 2u);
    EXPECT_EQ(variants[0].at("name"), "plain");
    EXPECT_EQ(variants[0].at("stemmer"), "none");
}

}  // namespace
}  // namespace telusur
