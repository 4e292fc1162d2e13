// SearchResponse::total_estimate: below Searcher::kCountExactlyBelow matches
// it is the count (total_exact), not Xapian's estimate, which is poor where a
// filter goes with the query's words ("Jokowi organisasi:KPK" on clickid:
// about 100, where 528 match).
#include "common/indexing.h"
#include "common/output.h"
#include "common/schema.h"
#include "common/search.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <string>

namespace telusur {
namespace {

Article make_article(int n, const std::string& body, const std::string& category) {
    Article a;
    a.id = "a" + std::to_string(n);
    a.title = "Berita nomor " + std::to_string(n);
    a.body = body + " Nomor berkas " + std::to_string(n) + ".";
    a.date = "2024-01-01";
    a.source = "Kabar Pagi";
    a.category = category;
    return a;
}

class MatchCount : public ::testing::Test {
protected:
    MatchCount() : db_(std::string(), Xapian::DB_BACKEND_INMEMORY), writer_(db_, "snowball") {}

    /// `rapat` articles about a meeting in `politik` (one in ten also
    /// names the `dewan`), `other` articles about the market in `ekonomi`
    /// (they name the `dewan` too): words and category go together, which
    /// Xapian's estimate (independent terms, a match cut short once the
    /// page is full) does not expect.
    void fill(int rapat, int other) {
        int n = 0;
        for (int i = 0; i < rapat; ++i)
            writer_.upsert(make_article(++n,
                                        std::string(i % 10 ? "" : "Dewan kota. ") + "Rapat membahas anggaran" +
                                            std::string(i % 7, '.') + " tahun " + std::to_string(i) + ".",
                                        "politik"));
        for (int i = 0; i < other; ++i) writer_.upsert(make_article(++n, "Dewan harga beras di pasar.", "ekonomi"));
        writer_.commit();
    }

    SearchResponse search(const std::string& query, Xapian::doccount limit = 1) {
        SearchRequest request;
        request.query = query;
        request.limit = limit;
        return Searcher(db_).search(request);
    }

    Xapian::WritableDatabase db_;
    IndexWriter writer_;
};

TEST_F(MatchCount, AFilteredQueryReportsItsCountNotXapiansEstimate) {
    fill(300, 300);
    // The premise: for this query and a page of one, Xapian's own estimate is off.
    Xapian::Enquire enquire(db_);
    // (The words' stemmed terms, as the query parser makes them.)
    const Xapian::Query words(Xapian::Query::OP_OR, Xapian::Query("Zrapat"), Xapian::Query("Zdewan"));
    enquire.set_query(Xapian::Query(Xapian::Query::OP_FILTER, words,
                                    Xapian::Query(std::string(schema::kPrefixCategory) + "politik")));
    const Xapian::MSet estimated = enquire.get_mset(0, 1);
    ASSERT_NE(estimated.get_matches_lower_bound(), estimated.get_matches_upper_bound())
        << "the premise: Xapian's estimate is a guess here";

    const SearchResponse response = search("rapat dewan kategori:politik");
    EXPECT_EQ(response.total_estimate, 300u);
    EXPECT_TRUE(response.total_exact);
    EXPECT_EQ(search("rapat kategori:ekonomi").total_estimate, 0u);
    // JSON and text say whether it is a count.
    EXPECT_EQ(response_to_json(response)["total_exact"], true);
    EXPECT_NE(format_text(response, {}).find("300 matches for"), std::string::npos);
}

TEST_F(MatchCount, ManyMatchesStayAnEstimate) {
    fill(static_cast<int>(Searcher::kCountExactlyBelow) + 50, 10);
    const SearchResponse response = search("rapat dewan");
    EXPECT_FALSE(response.total_exact);
    EXPECT_GE(response.total_estimate, Searcher::kCountExactlyBelow);
    EXPECT_EQ(response_to_json(response)["total_exact"], false);
    EXPECT_NE(format_text(response, {}).find("~"), std::string::npos);
    // Every match listed: the count.
    const SearchResponse few = search("beras", 20);
    EXPECT_TRUE(few.total_exact);
    EXPECT_EQ(few.total_estimate, 10u);
}

}  // namespace
}  // namespace telusur
