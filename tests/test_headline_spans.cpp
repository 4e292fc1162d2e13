// Names in Title Case headlines, where capitalization no longer marks them:
// the tagger runs a name on into the headline's verb or function word
// ("Sri Mulyani Tagih", "Pemkot Depok Akan", "Retno Kenang Habibie") and
// two teams into one ("Persib Vs Semen Padang"). The extractor cuts such a
// span into the names around the words that are no part of a name
// (entities.cpp, split_at_headline_words()). The texts are made up for the
// tests.
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

TEST(HeadlineSpans, VersusSeparatesTwoTeams) {
    const auto headline = names("Prediksi Persib Vs Semen Padang di Stadion Si Jalak Harupat");
    EXPECT_TRUE(has(headline, "ORG:Persib")) << describe(headline);
    EXPECT_TRUE(has(headline, "ORG:Semen Padang")) << describe(headline);
    for (const auto& n : headline) EXPECT_EQ(n.find("Vs"), std::string::npos) << n;
}

TEST(HeadlineSpans, AHeadlinesVerbEndsAPersonsName) {
    for (const auto& [headline, person] : std::vector<std::pair<std::string, std::string>>{
             {"Sri Mulyani Tagih Janji Industri Baja", "PER:Sri Mulyani"},
             {"Marc Marquez Bidik Gelar Juara di Thailand", "PER:Marc Marquez"},
             {"Meghan Markle Umbar Senyum di Depan Umum", "PER:Meghan Markle"},
             {"Jokowi Tuai Pujian Usai Resmikan Tol Baru", "PER:Jokowi"}}) {
        const auto found = names(headline);
        EXPECT_TRUE(has(found, person)) << headline << ": " << describe(found);
        EXPECT_EQ(found.size(), 1u + std::count_if(found.begin(), found.end(),
                                                   [](const std::string& n) { return n.starts_with("LOC:"); }))
            << headline << ": " << describe(found);
    }
}

TEST(HeadlineSpans, AVerbOrFunctionWordBetweenTwoNamesSeparatesThem) {
    const auto kenang = names("Retno Kenang Habibie sebagai Sosok Sederhana");
    EXPECT_TRUE(has(kenang, "PER:Retno")) << describe(kenang);
    EXPECT_TRUE(has(kenang, "PER:Habibie")) << describe(kenang);
    const auto anggap = names("Billy Syahputra Anggap Amanda Manopo Hanya Teman");
    EXPECT_TRUE(has(anggap, "PER:Billy Syahputra")) << describe(anggap);
    EXPECT_TRUE(has(anggap, "PER:Amanda Manopo")) << describe(anggap);
    const auto tentang = names("Luhut Tentang Habibie: Sosok yang Patut Ditiru");
    EXPECT_TRUE(has(tentang, "PER:Luhut")) << describe(tentang);
    EXPECT_TRUE(has(tentang, "PER:Habibie")) << describe(tentang);
}

TEST(HeadlineSpans, AFunctionWordEndsABodysName) {
    const auto found = names("Pemkot Depok Akan Usulkan Larangan Rokok Elektrik");
    EXPECT_TRUE(has(found, "ORG:Pemkot Depok")) << describe(found);
    const auto polsek = names("Polsek Tambora Akan Periksa Saksi Kasus Begal");
    EXPECT_TRUE(has(polsek, "ORG:Polsek Tambora")) << describe(polsek);
}

// Refusals.

TEST(HeadlineSpans, AnAcronymInCapitalsIsNoFunctionWord) {
    // "DI" (PT Dirgantara Indonesia), not the preposition "Di".
    const auto found = names("Menteri Ungkap Peran PT DI dalam Industri Pesawat");
    EXPECT_TRUE(has(found, "ORG:PT DI")) << describe(found);
}

TEST(HeadlineSpans, AParticleOfAPersonsNameStays) {
    const auto found = names("Angel Di Maria Cetak Dua Gol untuk PSG");
    EXPECT_TRUE(has(found, "PER:Angel Di Maria")) << describe(found);
}

TEST(HeadlineSpans, AWordOfAListedPersonsNameStays) {
    // "Bakar" is a verb ("membakar"), and a word of listed names ("Abu Bakar").
    const auto found =
        names("Hadir Menteri LHK, Siti Nurbaya Bakar, Kepala BNPB Doni Monardo, Kepala BMKG Dwikorita Karnawati.");
    EXPECT_TRUE(has(found, "PER:Siti Nurbaya Bakar")) << describe(found);
}

TEST(HeadlineSpans, ATitleCaseListInABodyIsNoHeadline) {
    // Alone, the list reads as a headline and "Antara" ("between") cuts the
    // building's name; in a body of two sentences or more it stays whole.
    const std::string list =
        "Rute Baru: Silang Monas Tenggara - Tugu Tani - Merdeka Selatan - Wisma Antara - Kedubes AS.";
    EXPECT_FALSE(has(names(list), "LOC:Wisma Antara")) << describe(names(list));
    const auto body = names("Rute bus diubah. " + list);
    EXPECT_TRUE(has(body, "LOC:Wisma Antara")) << describe(body);
}

TEST(HeadlineSpans, APronounEndsNoName) {
    // "Kita" ("we") ends the hospital's name.
    const auto found = names("Pasien Dirujuk ke RS Jantung Harapan Kita, RS Dharmais dan RSUD Tarakan");
    EXPECT_FALSE(has(found, "LOC:RS Jantung Harapan")) << describe(found);
}

}  // namespace
}  // namespace telusur
