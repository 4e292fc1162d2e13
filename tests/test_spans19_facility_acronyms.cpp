// A facility's generic name cut from its proper name by its acronym in
// brackets or by a comma ("Taman Makam Pahlawan (TMP) Kalibata", "Taman
// Makam Pahlawan, Kalibata"): one name, as the plain form "Taman Makam
// Pahlawan Kalibata" is (entities.cpp join_facility_names_cut_by_acronyms(),
// extract() only). The texts are made up after clickid's; each refusal's
// case fails without its refusal.
#include "common/entities/entities.h"
#include "tests/extracted_names.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace telusur {
namespace {

using testing::describe;
using testing::has;
using testing::names;

// "TYPE:text [canonical]" of each entity of `text`.
std::vector<std::string> canonical_names(std::string_view text) {
    std::vector<std::string> out;
    for (const Entity& e : EntityExtractor::instance().extract(text))
        out.push_back(std::string(entity_type_name(e.type)) + ":" + e.text + " [" + e.canonical + "]");
    return out;
}

TEST(Spans19FacilityAcronyms, AGenericNameItsAcronymAndItsProperNameAreOneName) {
    // The acronym tagged as a name of its own between the two.
    const auto cemetery = names("Ia dimakamkan di Taman Makam Pahlawan (TMP) Kalibata, Jakarta Selatan.");
    EXPECT_TRUE(has(cemetery, "LOC:Taman Makam Pahlawan Kalibata")) << describe(cemetery);
    EXPECT_FALSE(has(cemetery, "LOC:TMP")) << describe(cemetery);
    EXPECT_FALSE(has(cemetery, "LOC:Kalibata")) << describe(cemetery);
    EXPECT_TRUE(has(cemetery, "LOC:Jakarta Selatan")) << describe(cemetery);
    // The generic name untagged.
    const auto hospital = names("Pasien dirujuk ke Rumah Sakit Umum Daerah (RSUD) Sumedang.");
    EXPECT_TRUE(has(hospital, "LOC:Rumah Sakit Umum Daerah Sumedang")) << describe(hospital);
    // Two types, and an acronym that spells no prefixes ("Lapas").
    const auto prison = names("Ia ditahan di Lembaga Pemasyarakatan (Lapas) Sukamiskin, Bandung.");
    EXPECT_TRUE(has(prison, "LOC:Lembaga Pemasyarakatan Sukamiskin")) << describe(prison);
    EXPECT_FALSE(has(prison, "ORG:Lembaga Pemasyarakatan")) << describe(prison);
    // The proper name untagged.
    const auto untagged = names("Ia ziarah ke Taman Makam Pahlawan (TMP) Kusumanegara, Yogyakarta.");
    EXPECT_TRUE(has(untagged, "LOC:Taman Makam Pahlawan Kusumanegara")) << describe(untagged);
    // A police unit is a body; after a title.
    const auto police = names("Kapolda Kepolisian Daerah (Polda) Jawa Timur Irjen Luki Hermawan mengatakan.");
    EXPECT_TRUE(has(police, "ORG:Kepolisian Daerah Jawa Timur")) << describe(police);
}

TEST(Spans19FacilityAcronyms, APlaceAfterACommaNamesACemetery) {
    for (const char* text : {"Ia dimakamkan di Taman Makam Pahlawan, Kalibata, Jakarta Selatan.",
                             "Ia dimakamkan di Taman Makam Pahlawan (TMP), Kalibata, Jakarta Selatan."}) {
        const auto found = names(text);
        EXPECT_TRUE(has(found, "LOC:Taman Makam Pahlawan Kalibata")) << describe(found);
        EXPECT_FALSE(has(found, "LOC:Kalibata")) << describe(found);
    }
}

TEST(Spans19FacilityAcronyms, TheAcronymAndItsShortFormNameTheJoinedName) {
    const auto found = canonical_names(
        "Jenazah dimakamkan di Taman Makam Pahlawan (TMP) Kalibata. Upacara di TMP Kalibata dipimpin Presiden. "
        "Di TMP itu ia dikenang.");
    EXPECT_TRUE(has(found, "LOC:TMP Kalibata [Taman Makam Pahlawan Kalibata]")) << describe(found);
    EXPECT_TRUE(has(found, "LOC:TMP [Taman Makam Pahlawan Kalibata]")) << describe(found);
}

TEST(Spans19FacilityAcronyms, APersonAfterTheBracketIsNoPartOfTheName) {
    const auto found = names("Kepala Kejaksaan Tinggi (Kejati) Asep Nana Mulyana mengatakan hal itu.");
    EXPECT_TRUE(has(found, "PER:Asep Nana Mulyana")) << describe(found);
    EXPECT_FALSE(has(found, "ORG:Kejaksaan Tinggi Asep Nana Mulyana")) << describe(found);
    EXPECT_FALSE(has(found, "LOC:Kejaksaan Tinggi Asep Nana Mulyana")) << describe(found);
}

TEST(Spans19FacilityAcronyms, AnUntaggedRunAnotherNameGoesOnFromIsNoProperName) {
    // "Dr" untagged before a tagged person: where the name ends is unknown.
    const auto found = names("Direktur Rumah Sakit Umum Daerah (RSUD) Dr Moewardi Solo menjelaskan.");
    EXPECT_FALSE(has(found, "LOC:Rumah Sakit Umum Daerah Dr")) << describe(found);
}

TEST(Spans19FacilityAcronyms, AHeadWordOrAClassIsNoProperName) {
    // clickid's texts lost the linked words after these.
    const auto head = names("Kepolisian Resor (Polres) Pulau , dan Pulau-Pulau Lease resmi naik kelas.");
    EXPECT_FALSE(has(head, "ORG:Kepolisian Resor Pulau")) << describe(head);
    const auto kind = names("Ia menjalani hukuman di Lembaga Pemasyarakatan (Lapas) Klas IIA , dalam kasus itu.");
    EXPECT_FALSE(has(kind, "LOC:Lembaga Pemasyarakatan Klas IIA")) << describe(kind);
}

TEST(Spans19FacilityAcronyms, APlaceAfterACommaMustEndItsClause) {
    // "Sukamiskin dan Cipinang": two prisons, or places the text goes on with.
    const auto found = names("Ia dipindah ke Lembaga Pemasyarakatan, Sukamiskin dan Cipinang.");
    EXPECT_FALSE(has(found, "LOC:Lembaga Pemasyarakatan Sukamiskin")) << describe(found);
}

TEST(Spans19FacilityAcronyms, AnAcronymTwoJoinsDefineNamesNeither) {
    const auto found = canonical_names(
        "Ia ditahan di Rumah Tahanan (Rutan) Guntur dan Rumah Tahanan (Rutan) Cipinang. Rutan itu penuh.");
    EXPECT_TRUE(has(found, "LOC:Rumah Tahanan Guntur [Rumah Tahanan Guntur]")) << describe(found);
    EXPECT_TRUE(has(found, "LOC:Rumah Tahanan Cipinang [Rumah Tahanan Cipinang]")) << describe(found);
    for (const std::string& name : found) EXPECT_NE(name.rfind("LOC:Rutan [", 0), 0u) << describe(found);
}

TEST(Spans19FacilityAcronyms, APlainFormStaysAsItWas) {
    const auto found = names("Ia dimakamkan di Taman Makam Pahlawan Kalibata, Jakarta Selatan.");
    EXPECT_TRUE(has(found, "LOC:Taman Makam Pahlawan Kalibata")) << describe(found);
}

}  // namespace
}  // namespace telusur
