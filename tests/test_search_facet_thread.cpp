// Facets over the answer counted on the searcher's second thread
// (Searcher::FacetThread, search.cpp): the same answers as counted on the
// searcher's own thread, and a reopen moves both threads' handles.
#include "common/indexing.h"
#include "common/output.h"
#include "common/search.h"
#include "tests/test_support.h"

#include <gtest/gtest.h>

#include <xapian.h>

namespace telusur {
namespace {

using testing::quote;
using testing::run_command;
using testing::TempDir;

const std::string kCorpus = testing::kSourceDir + "/corpus/articles.jsonl";
const std::vector<std::string> kQueries = {"banjir jakarta",   "presiden jokowi", "pasukan korea utara kursk",
                                           "timnas indonesia", "harga beras",     "gempa"};

class FacetThread : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_EQ(run_command(testing::kIndexBin + " -q --db " + quote(db()) + " " + quote(kCorpus)).exit_code, 0);
    }
    std::string db() const { return tmp_.path("db"); }

    /// The JSON of a search, everything a reader sees.
    static std::string answer(Searcher& searcher, SearchRequest request) {
        return dump_json(response_to_json(searcher.search(request)));
    }

    /// Every query of kQueries in each of the given orders: by relevance,
    /// by date, and a second page.
    static std::vector<SearchRequest> requests() {
        std::vector<SearchRequest> out;
        for (const auto& query : kQueries) {
            SearchRequest request;
            request.query = query;
            request.facets = true;
            out.push_back(request);
            request.sort = SearchRequest::Sort::Date;
            out.push_back(request);
            request.sort = SearchRequest::Sort::Relevance;
            request.offset = 5;
            out.push_back(request);
        }
        return out;
    }

    TempDir tmp_;
};

TEST_F(FacetThread, CountsWhatTheSearchersOwnThreadCounts) {
    Searcher threaded(std::vector<std::string>{db()});
    // A searcher over a handle it did not open has no second handle to open:
    // it counts on its own thread.
    Searcher serial{Xapian::Database(db())};
    for (int round = 0; round < 3; ++round)
        for (const auto& request : requests()) EXPECT_EQ(answer(threaded, request), answer(serial, request));
    EXPECT_GT(threaded.facets_on_thread(), 0u);
    EXPECT_EQ(serial.facets_on_thread(), 0u);
}

TEST_F(FacetThread, FollowsTheSearcherToANewRevision) {
    Searcher threaded(std::vector<std::string>{db()});
    SearchRequest request;
    request.query = "banjir jakarta";
    request.facets = true;
    for (int i = 0; i < 3; ++i) threaded.search(request);
    const std::size_t before = threaded.facets_on_thread();
    ASSERT_GT(before, 0u);
    {
        IndexWriter writer(db(), "");
        Article flood;
        flood.id = "banjir-baru", flood.title = "Banjir besar melanda Jakarta Utara", flood.date = "2024-11-20";
        flood.source = "Kabar Baru";
        flood.body = "Gubernur Jakarta Pramono Anung meninjau banjir di Jakarta Utara bersama warga.";
        writer.upsert(flood);
        writer.commit();
    }
    ASSERT_TRUE(threaded.reopen());
    // The new revision's facet values are held in memory again from its
    // second faceted search on: the thread counts from the third.
    Searcher serial{Xapian::Database(db())};
    for (int i = 0; i < 3; ++i) {
        const std::string after_reopen = answer(threaded, request);
        EXPECT_NE(after_reopen.find("Kabar Baru"), std::string::npos);  // the new revision's facets
        EXPECT_EQ(after_reopen, answer(serial, request));
    }
    EXPECT_GT(threaded.facets_on_thread(), before);
}

}  // namespace
}  // namespace telusur
