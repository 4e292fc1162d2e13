// A word for a relative glued before a person's name ("Istri Habibie": his
// wife) is cut off it (entities.cpp, cut_titles_off_names()): the words name
// a relation, nobody. The texts are made up for the tests.
#include "common/entities/entities.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace telusur {
namespace {

std::vector<std::string> people(std::string_view text) {
    std::vector<std::string> out;
    for (const Entity& e : EntityExtractor::instance().extract(text))
        if (e.type == EntityType::Person) out.push_back(e.text);
    return out;
}

bool has(const std::vector<std::string>& found, const std::string& name) {
    return std::find(found.begin(), found.end(), name) != found.end();
}

TEST(KinshipWords, ARelativesWordIsCutOffTheName) {
    const auto wife = people("Makam Istri Habibie ramai dikunjungi peziarah. BJ Habibie dimakamkan di sampingnya.");
    EXPECT_FALSE(has(wife, "Istri Habibie"));
    EXPECT_TRUE(has(wife, "BJ Habibie"));
    EXPECT_TRUE(has(people("Istri Glenn Fredly Unggah Foto Kenangan"), "Glenn Fredly"));
    EXPECT_TRUE(has(people("Sulung Shah Rukh Khan Jadi Model Sampul"), "Shah Rukh Khan"));
}

TEST(KinshipWords, GivenNamesThatAreAlsoKinshipWordsStay) {
    // "Putri" (daughter, princess) and "Cucu" (grandchild) are given names too.
    EXPECT_TRUE(has(people("Aktris Putri Titian bermain dalam film itu."), "Putri Titian"));
    EXPECT_TRUE(has(people("Kepala desa Cucu Sumantri meresmikan jembatan."), "Cucu Sumantri"));
}

}  // namespace
}  // namespace telusur
