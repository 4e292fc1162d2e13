// A rank inside a person's span, after the title and unit the tagger glued
// before it, and the corps after a rank ("Kapendam XVII/Cenderawasih Letkol
// Cpl Eko Daryanto", "Letkol Sus Beben Nurpadilah"): the name starts after
// them (entities.cpp, cut_titles_off_names()). The texts are made up for
// the tests.
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

TEST(RanksInsideNames, ATitleAndUnitBeforeARankAreNoPartOfTheName) {
    EXPECT_TRUE(
        has(people("Kapendam XVII/Cenderawasih Letkol Cpl Eko Daryanto mengatakan situasi aman."), "Eko Daryanto"));
    EXPECT_TRUE(has(people("Kapolsek Ciputat Kompol Endy Mahandika mengatakan pelaku ditangkap."), "Endy Mahandika"));
}

TEST(RanksInsideNames, ACorpsAfterARankIsNoPartOfTheName) {
    EXPECT_TRUE(has(people("Letkol Sus Beben Nurpadilah menjelaskan kronologi."), "Beben Nurpadilah"));
}

TEST(RanksInsideNames, ARankThatIsAWordOfListedNamesStays) {
    EXPECT_TRUE(has(people("Gandjar Laksamana Bonaprapta hadir dalam acara itu."), "Gandjar Laksamana Bonaprapta"));
}

TEST(RanksInsideNames, AFirstNameOfFourLettersIsNoCorps) {
    EXPECT_TRUE(has(people("Kapolres AKBP Jery A Nainggolan mengatakan pelaku ditangkap."), "Jery A Nainggolan"));
}

TEST(RanksInsideNames, NoCutLeavesNoName) {
    for (const std::string& name : people("Kapendam XVII/Cenderawasih Letkol Cpl mengatakan situasi aman."))
        EXPECT_NE(name, "Cpl");
}

}  // namespace
}  // namespace telusur
