// perf29: JoinMemo keeps same_thing_as()'s joins of the lists met before on
// one database revision (a page's article lists in Searcher, a facet list in
// FacetStore). The joins depend on the list and the database alone, so a
// list met again is joined as before; a list that differs in anything
// same_thing_as() reads is joined anew, and a new revision, whose counts
// may turn a join the other way, starts a new memo.
#include "common/entities/entity_names.h"
#include "common/entities/one_thing.h"
#include "common/indexing.h"
#include "common/output.h"
#include "common/results.h"
#include "common/search.h"
#include "tests/name_use_articles.h"
#include "tests/test_support.h"

#include <gtest/gtest.h>

#include <xapian.h>

#include <string>
#include <vector>

namespace telusur {
namespace {

using testing::article;
using testing::quote;
using testing::run_command;
using testing::TempDir;

const auto& kPerson = schema::kEntityTypes[0];
const auto& kLocation = schema::kEntityTypes[2];

/// A database of `ricky` articles naming "Ricky Adipratama" and `ricki`
/// naming "Ricki Adipratama": one player's name spelt loosely, which the
/// alias table keeps apart, and which one list joins into the form the
/// database names more.
Xapian::Database players(int ricky, int ricki) {
    Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
    for (int i = 0; i < ricky; ++i) db.add_document(article({{&kPerson, "Ricky Adipratama", {"Ricky Adipratama"}}}));
    for (int i = 0; i < ricki; ++i) db.add_document(article({{&kPerson, "Ricki Adipratama", {"Ricki Adipratama"}}}));
    return db;
}

/// One article's person list as a page shows it, joined through `memo`.
std::vector<std::string> page_list(EntityNames& names, JoinMemo* memo) {
    SearchResult result;
    result.entities["person"] = {"Ricky Adipratama", "Ricki Adipratama"};
    resolve_entity_names(result, names, memo);
    return result.entities["person"];
}

TEST(Perf29JoinMemo, AListMetAgainIsJoinedAsBeforeWithoutTheRules) {
    const Xapian::Database db = players(3, 1);
    EntityNames names(db);
    const std::vector<std::string> keys{"ricky adipratama", "ricki adipratama"};
    const std::vector<std::size_t> articles{1, 1};
    const std::vector<std::size_t> expected = same_thing_as(kPerson, names, keys, articles);
    ASSERT_EQ(expected, (std::vector<std::size_t>{0, 0}));  // "Ricki" into "Ricky", named more
    JoinMemo memo;
    int joined = 0;
    const auto join = [&] {
        ++joined;
        return same_thing_as(kPerson, names, keys, articles);
    };
    EXPECT_EQ(memo.joins(kPerson, keys, articles, {}, join), expected);
    EXPECT_EQ(memo.joins(kPerson, keys, articles, {}, join), expected);
    EXPECT_EQ(joined, 1);
    EXPECT_EQ(memo.size(), 1u);
}

TEST(Perf29JoinMemo, AListThatDiffersInAnythingTheRulesReadIsJoinedAnew) {
    JoinMemo memo;
    int joined = 0;
    const auto join = [&] {
        ++joined;
        return std::vector<std::size_t>{0, 1};
    };
    const std::vector<std::string> keys{"laode", "laode m syarif"};
    memo.joins(kPerson, keys, {1, 1}, {}, join);
    // Each of these differs from the first list in one thing only.
    memo.joins(kPerson, keys, {2, 1}, {}, join);                               // articles
    memo.joins(kPerson, keys, {1, 1}, {{}, {}}, join);                         // forms given, empty
    memo.joins(kPerson, keys, {1, 1}, {{}, {"laode syarif"}}, join);           // a form
    memo.joins(kPerson, keys, {1, 1}, {{"laode syarif"}, {}}, join);           // the form of the other key
    memo.joins(kLocation, keys, {1, 1}, {}, join);                             // the type
    memo.joins(kPerson, {"laode m syarif", "laode"}, {1, 1}, {}, join);        // the order
    memo.joins(kPerson, {"laode", "laode m", "syarif"}, {1, 1, 1}, {}, join);  // the words split otherwise
    EXPECT_EQ(joined, 8);
    EXPECT_EQ(memo.size(), 8u);
    memo.joins(kPerson, keys, {1, 1}, {{}, {"laode syarif"}}, join);  // met before
    EXPECT_EQ(joined, 8);
}

TEST(Perf29JoinMemo, ANewRevisionsCountsTurnAJoinTheOtherWay) {
    // Revision 1: "Ricky" 3 articles, "Ricki" 1: the list shows Ricky.
    const Xapian::Database before = players(3, 1);
    EntityNames names_before(before);
    JoinMemo memo;
    const std::vector<std::string> shown_before = page_list(names_before, &memo);
    ASSERT_EQ(shown_before, std::vector<std::string>{"Ricky Adipratama"});
    // Revision 2: "Ricki" named in 5 more articles: the list shows Ricki,
    // with a memo of its own revision as without one. The first revision's
    // memo would show Ricky still: a Searcher starts a new one on reopen
    // (FollowsTheDatabaseToANewRevision below).
    const Xapian::Database after = players(3, 6);
    EntityNames names_after(after);
    EXPECT_EQ(page_list(names_after, nullptr), std::vector<std::string>{"Ricki Adipratama"});
    JoinMemo fresh;
    EXPECT_EQ(page_list(names_after, &fresh), std::vector<std::string>{"Ricki Adipratama"});
    EXPECT_EQ(page_list(names_after, &fresh), std::vector<std::string>{"Ricki Adipratama"});
    EXPECT_EQ(page_list(names_after, &memo), std::vector<std::string>{"Ricky Adipratama"});  // stale
}

/// A searcher over an index folder, a database that grows and is reopened:
/// its answers (the pages' entity lists, the facets) are those of a searcher
/// opened on the new revision.
class Perf29Searcher : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_EQ(run_command(testing::kIndexBin + " -q --db " + quote(db()) + " " +
                              quote(testing::kSourceDir + "/corpus/articles.jsonl"))
                      .exit_code,
                  0);
    }
    std::string db() const { return tmp_.path("db"); }
    static std::string answer(Searcher& searcher, const std::string& query) {
        SearchRequest request;
        request.query = query;
        request.facets = true;
        return dump_json(response_to_json(searcher.search(request)));
    }
    TempDir tmp_;
};

TEST_F(Perf29Searcher, FollowsTheDatabaseToANewRevision) {
    const std::vector<std::string> queries{"banjir jakarta", "presiden jokowi", "timnas indonesia", "gempa"};
    Searcher searcher(std::vector<std::string>{db()});
    // Three rounds: from the second faceted query on the facets are counted
    // from memory (FacetStore's memo), from the second round on every list
    // is met again.
    for (int round = 0; round < 3; ++round)
        for (const auto& query : queries) answer(searcher, query);
    {
        IndexWriter writer(db(), "");
        for (int i = 0; i < 6; ++i) {
            Article flood;
            flood.id = "banjir-baru-" + std::to_string(i);
            flood.title = "Banjir besar melanda Jakarta Utara";
            flood.date = "2024-11-2" + std::to_string(i);
            flood.source = "Kabar Baru";
            flood.body =
                "Gubernur Jakarta Pramono Anung meninjau banjir di Jakarta Utara bersama Presiden Jokowi "
                "dan warga Kota Jakarta Utara.";
            writer.upsert(flood);
        }
        writer.commit();
    }
    ASSERT_TRUE(searcher.reopen());
    Searcher fresh(std::vector<std::string>{db()});
    for (int round = 0; round < 3; ++round)
        for (const auto& query : queries) EXPECT_EQ(answer(searcher, query), answer(fresh, query)) << query;
}

}  // namespace
}  // namespace telusur
