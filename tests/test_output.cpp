// Text output (common/output.h): what a reader sees in a terminal.
#include "common/output.h"

#include <gtest/gtest.h>

namespace telusur {
namespace {

SearchResponse response_with_weeks(const std::vector<Xapian::doccount>& counts) {
    SearchResponse response;
    response.query = "banjir";
    response.timeline.granularity = "week";
    for (std::size_t i = 0; i < counts.size(); ++i)
        response.timeline.buckets.push_back({"2019-W" + std::to_string(10 + i), counts[i]});
    return response;
}

std::size_t lines_containing(const std::string& text, const std::string& part) {
    std::size_t n = 0;
    for (std::size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + part.size())) ++n;
    return n;
}

TEST(TextOutput, ALongRunOfEmptyPeriodsIsOneLine) {
    // One stray early article, 16 empty weeks, then the story.
    std::vector<Xapian::doccount> counts{1};
    counts.insert(counts.end(), 16, 0);
    counts.insert(counts.end(), {5, 37, 0, 2});
    const std::string text = format_text(response_with_weeks(counts), {});
    EXPECT_NE(text.find("linimasa (per minggu)"), std::string::npos);
    EXPECT_EQ(lines_containing(text, "16 minggu tanpa artikel"), 1u) << text;
    // Every period with articles keeps its line; the short gap (one week) too.
    for (std::size_t i = 0; i < counts.size(); ++i) {
        if (counts[i] != 0 || i == 19) {
            EXPECT_NE(text.find("2019-W" + std::to_string(10 + i) + " "), std::string::npos) << i << "\n" << text;
        }
    }
    EXPECT_EQ(text.find("2019-W11 "), std::string::npos) << text;  // folded
}

TEST(TextOutput, TwoEmptyPeriodsStayAsBars) {
    const std::string text = format_text(response_with_weeks({3, 0, 0, 4}), {});
    EXPECT_EQ(text.find("tanpa artikel"), std::string::npos) << text;
    EXPECT_NE(text.find("2019-W11 "), std::string::npos);
    EXPECT_NE(text.find("2019-W12 "), std::string::npos);
}

}  // namespace
}  // namespace telusur
