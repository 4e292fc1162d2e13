// One place within one answer (same_thing_as()), session 29, names21: a
// facility the news names by its place alone, as it does an airport
// ("Bandara Kertajati", "Kertajati"): a heroes' cemetery, a bridge, a
// waste-processing site, a detention centre or prison. Each refusal is
// checked to fail without it.
#include "common/entities/one_thing.h"
#include "common/schema.h"
#include "tests/same_thing.h"

#include <gtest/gtest.h>
#include <xapian.h>

#include <string>

namespace telusur {
namespace {

const schema::EntityTypeSchema& kLocation = schema::entity_schema(EntityType::Location);

using testing::add_key_articles;
using testing::empty_database;
using testing::joined;

TEST(Names21FacilityHeads, AFacilityBesideItsPlaceAloneIsOne) {
    // clickid: "Habibie dimakamkan di Kalibata" beside "Taman Makam Pahlawan
    // Kalibata" (23 lines of the committed queries' result lists), "Jembatan
    // Holtekamp" beside "Holtekamp" (9), "TPST Bantargebang" (9).
    const auto db = empty_database();
    EXPECT_TRUE(joined(db, "taman makam pahlawan kalibata", "kalibata", kLocation));
    EXPECT_TRUE(joined(db, "jembatan holtekamp", "holtekamp", kLocation));
    EXPECT_TRUE(joined(db, "tpst bantargebang", "bantargebang", kLocation));
    EXPECT_TRUE(joined(db, "rumah tahanan guntur", "guntur", kLocation));
    EXPECT_TRUE(joined(db, "lapas cipinang", "cipinang", kLocation));
}

TEST(Names21FacilityHeads, AHeadInItsShortOrLongerFormIsTheSameKind) {
    const auto db = empty_database();
    EXPECT_TRUE(joined(db, "rutan guntur", "rumah tahanan guntur", kLocation));
    EXPECT_TRUE(joined(db, "lapas cipinang", "lembaga pemasyarakatan cipinang", kLocation));
    EXPECT_TRUE(joined(db, "taman makam pahlawan nasional utama kalibata", "taman makam pahlawan kalibata", kLocation));
}

TEST(Names21FacilityHeads, AFacilityOfACityIsNoCity) {
    // "Jembatan Bitung", a bridge in the city, is not Bitung; nor the city's
    // prison.
    auto db = empty_database();
    add_key_articles(db, kLocation, "kota bitung", 3);
    EXPECT_FALSE(joined(db, "jembatan bitung", "bitung", kLocation));
    EXPECT_FALSE(joined(db, "lapas bitung", "bitung", kLocation));
}

TEST(Names21FacilityHeads, TwoKindsOfFacilityStayApart) {
    const auto db = empty_database();
    EXPECT_FALSE(joined(db, "rutan guntur", "jembatan guntur", kLocation));
    EXPECT_FALSE(joined(db, "taman makam pahlawan kalibata", "stasiun kalibata", kLocation));
}

TEST(Names21FacilityHeads, TpaIsNoHead) {
    // "TPA" is a landfill's and a Koran school's (Taman Pendidikan
    // Al-Qur'an).
    const auto db = empty_database();
    EXPECT_FALSE(joined(db, "tpa al ikhlas", "al ikhlas", kLocation));
}

TEST(Names21HeadAlone, AHeadAloneBesideTheOnePlaceOfItsKindIsThatPlace) {
    // clickid: "Istana" beside "Istana Kepresidenan" (26 lines of the
    // committed queries' lists), "Taman Makam Pahlawan" beside "Taman Makam
    // Pahlawan Kalibata" (6).
    const auto db = empty_database();
    EXPECT_TRUE(joined(db, "istana", "istana kepresidenan", kLocation));
    EXPECT_TRUE(joined(db, "taman makam pahlawan", "taman makam pahlawan kalibata", kLocation));
    // The head in its short form.
    EXPECT_TRUE(joined(db, "rutan", "rumah tahanan guntur", kLocation));
    // Places of other kinds in the list do not count.
    const auto into = testing::joins(db, {"istana", "istana kepresidenan", "masjid istiqlal", "jakarta"}, kLocation);
    EXPECT_EQ(into[0], into[1]);
    EXPECT_NE(into[0], into[2]);
    EXPECT_NE(into[0], into[3]);
}

TEST(Names21HeadAlone, AHeadAloneBesideTwoPlacesOfItsKindStaysApart) {
    const auto db = empty_database();
    const auto into = testing::joins(db, {"istana", "istana bogor", "istana merdeka"}, kLocation);
    EXPECT_NE(into[0], into[1]);
    EXPECT_NE(into[0], into[2]);
}

TEST(Names21HeadAlone, AHeadAloneJoinsTheFacilityWhoseNameSaysWhich) {
    // The head alone is the commoner name in the database; the entry keeps
    // the facility's.
    auto db = empty_database();
    add_key_articles(db, kLocation, "istana", 20);
    const auto into = testing::joins(db, {"istana", "istana kepresidenan"}, kLocation);
    EXPECT_EQ(into[0], 1u);
    EXPECT_EQ(into[1], 1u);
}

TEST(Names21HeadAlone, AHeadAloneBesideAnotherKindStaysApart) {
    const auto db = empty_database();
    EXPECT_FALSE(joined(db, "istana", "masjid istiqlal", kLocation));
    EXPECT_FALSE(joined(db, "bandara", "stadion gelora bung karno", kLocation));
}

TEST(Names21HeadAlone, AStreetsAnAreasOrABuildingsHeadAloneStaysApart) {
    // clickid: "Jalan" beside "jalan Ruas Cipularang", "Desa" beside "Desa
    // Bawomataluo": written alone for no one place.
    const auto db = empty_database();
    EXPECT_FALSE(joined(db, "jalan", "jalan ruas cipularang", kLocation));
    EXPECT_FALSE(joined(db, "desa", "desa bawomataluo", kLocation));
    EXPECT_FALSE(joined(db, "gedung", "gedung sarinah", kLocation));
}

}  // namespace
}  // namespace telusur
