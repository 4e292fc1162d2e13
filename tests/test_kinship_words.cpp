// A word for a relative glued before a person's name ("Istri Habibie": his
// wife) is cut off it (entities.cpp, cut_titles_off_names()): the words name
// a relation, nobody. The texts are made up for the tests.
#include "common/entities/entities.h"
#include "tests/extracted_names.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace telusur {
namespace {

using testing::has;
using testing::people;

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
