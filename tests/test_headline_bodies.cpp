// A body's name in a Title Case headline, where the tagger runs it on into
// the headline's verb ("Polres Garut Ringkus", "Persija Gulung Bali
// United"): the verb ends the name (entities.cpp,
// split_at_headline_words()); and a body's listed acronym after its own
// head ("PT PLN", "Kementerian KKP") takes the acronym's name
// (canonical_for()). The texts are made up for the tests.
#include "common/entities/entities.h"
#include "tests/extracted_names.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace telusur {
namespace {

using testing::describe;
using testing::has;
using testing::names;

TEST(HeadlineBodies, AHeadlinesVerbEndsABodysName) {
    for (const auto& [headline, body] : std::vector<std::pair<std::string, std::string>>{
             {"Polres Garut Ringkus Pencuri Motor di Pasar", "ORG:Polres Garut"},
             {"Pengadilan Tinggi Kabulkan Banding Terdakwa Korupsi", "ORG:Pengadilan Tinggi"},
             {"Lima Koalisi Buruh Surati DPR soal Upah", "ORG:Koalisi Buruh"}}) {
        const auto found = names(headline);
        EXPECT_TRUE(has(found, body)) << headline << ": " << describe(found);
    }
}

TEST(HeadlineBodies, AVerbBetweenTwoClubsSeparatesThem) {
    const auto gulung = names("Persija Gulung Bali United di Stadion Patriot");
    EXPECT_TRUE(has(gulung, "ORG:Persija")) << describe(gulung);
    EXPECT_TRUE(has(gulung, "ORG:Bali United")) << describe(gulung);
    const auto tekuk = names("Arema FC Tekuk Persebaya di Kandang");
    EXPECT_TRUE(has(tekuk, "ORG:Arema FC")) << describe(tekuk);
    EXPECT_TRUE(has(tekuk, "ORG:Persebaya")) << describe(tekuk);
}

// "Disetop": a di- verb the dictionary lacks, which headlines capitalize
// often; the corpus writes "menyetop" in lower case.
TEST(HeadlineBodies, ADiVerbOfALowerCaseFamilyEndsABodysName) {
    const auto found = names("Audisi Umum PB Djarum Disetop, Ini Kata Para Atlet");
    EXPECT_TRUE(has(found, "ORG:PB Djarum")) << describe(found);
}

// "Tinggi" has a meN- form ("meninggi") but is no verb: the corpus never
// writes "ditinggi", so a body's name keeps it.
TEST(HeadlineBodies, ARootTheCorpusNeverWritesWithDiStays) {
    const auto found = names("Pengadilan Tinggi Kabulkan Banding Terdakwa Korupsi");
    EXPECT_FALSE(has(found, "ORG:Pengadilan")) << describe(found);
}

// A body named with common words keeps its name before the verb, though no
// word of it reads as a name.
TEST(HeadlineBodies, ABodyOfCommonWordsBeforeItsVerbStays) {
    const auto found = names("Enam Koalisi Masyarakat Sipil Surati Jokowi soal Hutan");
    EXPECT_TRUE(has(found, "ORG:Koalisi Masyarakat Sipil")) << describe(found);
    EXPECT_TRUE(has(found, "PER:Jokowi")) << describe(found);
}

TEST(HeadlineBodies, AListedAcronymAfterItsHeadTakesItsName) {
    const std::vector<Entity> found =
        EntityExtractor::instance().extract("Petugas PT PLN memperbaiki jaringan listrik di Bekasi.");
    const auto pln = std::find_if(found.begin(), found.end(), [](const Entity& e) { return e.text == "PT PLN"; });
    ASSERT_NE(pln, found.end());
    const std::vector<Entity> alone = EntityExtractor::instance().extract("Petugas PLN memperbaiki jaringan listrik.");
    ASSERT_FALSE(alone.empty());
    EXPECT_EQ(pln->canonical, alone.front().canonical);
}

}  // namespace
}  // namespace telusur
