// perf28: EntityTally::most_frequent_first() compares names tied at the
// n-th count by their first 8 bytes as a number, whole names only where
// those are equal. Which names it keeps must stay the names' byte order, as
// std::string compares them: a name that is a prefix of another, names equal
// in their first 8 bytes, bytes above 0x7f (UTF-8) after ASCII.
#include "common/facets.h"
#include "common/schema.h"

#include <gtest/gtest.h>

#include <array>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace telusur {
namespace {

/// The person facet of one value over articles that each name one person,
/// once, with its weight; names counted as indexed (no EntityNames).
std::vector<FacetCount> top_person(const std::vector<std::pair<std::string_view, double>>& people) {
    EntityTally tally(nullptr);
    for (const auto& [name, weight] : people) {
        std::array<std::string_view, schema::kEntityTypes.size()> slots{name, "", ""};
        tally.add(slots.data(), weight);
    }
    std::map<std::string, std::vector<FacetCount>> top;
    tally.top(1, top);
    return top["person"];
}

// One value asked for: the kResolvedPerValue (4) names first in byte order
// among those counted once are kept, then the best weighted of them listed.
static_assert(EntityTally::kResolvedPerValue == 4);

TEST(Perf28TieOrder, NamesTiedAtTheCutAreKeptInByteOrder) {
    // Byte order: Aceh < Bandung < Bandung Barat < Bandung Timur <
    // Bandung Utara < Élise. "Bandung Timur" is kept and "Bandung Utara"
    // (the same first 8 bytes, better weighted) and "Élise" (UTF-8, the best
    // weighted) are not.
    const std::vector<FacetCount> top = top_person({{"Élise", 1.0},
                                                    {"Bandung Utara", 0.95},
                                                    {"Bandung Timur", 0.9},
                                                    {"Bandung Barat", 0.3},
                                                    {"Bandung", 0.2},
                                                    {"Aceh", 0.1}});
    ASSERT_EQ(top.size(), 1u);
    EXPECT_EQ(top[0].value, "Bandung Timur");
}

TEST(Perf28TieOrder, AShorterNameComesBeforeTheLongerItStarts) {
    // "Bandung" (its number padded with zeros) before "Bandung Barat": the
    // fourth is kept, the fifth, better weighted, is not.
    const std::vector<FacetCount> top =
        top_person({{"Bandung Barat", 0.9}, {"Bandung", 0.5}, {"Bali", 0.3}, {"Ambon", 0.2}, {"Aceh", 0.1}});
    ASSERT_EQ(top.size(), 1u);
    EXPECT_EQ(top[0].value, "Bandung");
}

TEST(Perf28TieOrder, MoreArticlesComeFirstWhateverTheName) {
    // Named twice: kept before every name named once, however it sorts.
    const std::vector<FacetCount> top =
        top_person({{"Zulkifli", 0.1}, {"Zulkifli", 0.1}, {"Aceh", 0.9}, {"Bandung", 0.8}, {"Cirebon", 0.7}});
    ASSERT_EQ(top.size(), 1u);
    EXPECT_EQ(top[0].value, "Zulkifli");
    EXPECT_EQ(top[0].count, 2u);
}

}  // namespace
}  // namespace telusur
