// One thing within one answer (same_thing_as()), session 31, names25: one
// name whose first words are the same and whose later words name one thing
// in two forms ("Bareskrim Mabes Polri" beside "Bareskrim Polri"; "Balai
// Kota DKI Jakarta" beside "Balai Kota DKI"); a river's Javanese head
// beside the Indonesian one ("Kali Ciliwung", "Sungai Ciliwung"). Each
// refusal is checked to fail without it.
#include "common/entities/entity_names.h"
#include "common/entities/one_thing.h"
#include "common/schema.h"
#include "tests/name_use_articles.h"
#include "tests/same_thing.h"

#include <gtest/gtest.h>
#include <xapian.h>

#include <string>
#include <vector>

namespace telusur {
namespace {

const schema::EntityTypeSchema& kOrganization = schema::entity_schema(EntityType::Organization);
const schema::EntityTypeSchema& kLocation = schema::entity_schema(EntityType::Location);

using testing::add_key_articles;
using testing::article;
using testing::empty_database;
using testing::joined;
using testing::joins;

/// A database whose articles wrote "DKI" and "DKI Jakarta" for Jakarta's
/// province, and "BI" for Bank Indonesia (the alias terms).
Xapian::WritableDatabase database_of_written_forms() {
    auto db = empty_database();
    for (int i = 0; i < 3; ++i) {
        db.add_document(article({{&kLocation, "Daerah Khusus Ibukota Jakarta", {"DKI", "DKI Jakarta"}}}));
        db.add_document(article({{&kOrganization, "Bank Indonesia", {"BI"}}}));
    }
    return db;
}

TEST(Names25LaterWords, ADesignatorInTheLaterWordsIsTheSameBody) {
    // clickid: "Bareskrim Mabes Polri" (9 articles) beside "Bareskrim Polri"
    // (20): the facet lists of `Hotman Paris Elza Syarief` (n16) and n67.
    // The older rule of one word more inside (place_in()) refuses a shorter
    // name this common.
    auto db = empty_database();
    add_key_articles(db, kOrganization, "bareskrim polri", 20);
    add_key_articles(db, kOrganization, "bareskrim mabes polri", 9);
    EXPECT_TRUE(joined(db, "bareskrim mabes polri", "bareskrim polri", kOrganization));
}

TEST(Names25LaterWords, FormsArticlesWroteForOneKeyAreOneThing) {
    // clickid: "Balai Kota DKI Jakarta" (43) beside "Balai Kota DKI" (26),
    // the facet list of `razia penunggak pajak kendaraan DKI` (n314).
    auto db = database_of_written_forms();
    EXPECT_TRUE(joined(db, "balai kota dki jakarta", "balai kota dki", kLocation));
    EXPECT_TRUE(joined(db, "gedung bi", "gedung bank indonesia", kLocation));
    const auto into =
        joins(db, {"kejaksaan tinggi dki", "kejaksaan tinggi dki jakarta", "kejaksaan tinggi jakarta"}, kOrganization);
    EXPECT_EQ(into[0], into[1]);
    EXPECT_EQ(into[0], into[2]);
    // Without the alias terms the two forms say nothing.
    EXPECT_FALSE(joined(empty_database(), "balai kota dki jakarta", "balai kota dki", kLocation));
}

TEST(Names25LaterWords, IntoTheCommonerInTheList) {
    const auto db = database_of_written_forms();
    const EntityNames names(db);
    const std::vector<std::string> keys{"balai kota dki jakarta", "balai kota dki"};
    EXPECT_EQ(same_thing_as(kLocation, names, keys, {5, 2}), (std::vector<std::size_t>{0, 0}));
    EXPECT_EQ(same_thing_as(kLocation, names, keys, {2, 5}), (std::vector<std::size_t>{1, 1}));
}

TEST(Names25LaterWords, OtherThingsOrOtherFirstWordsStayApart) {
    auto db = database_of_written_forms();
    // A regency and a city of one name: which one "RSUD Tangerang" is, the
    // names do not say. (An organisation's "Kota" inside is an older
    // rule's, place_in()'s, and read by the database's counts.)
    EXPECT_FALSE(joined(db, "rsud kota tangerang", "rsud tangerang", kLocation));
    EXPECT_FALSE(joined(db, "rsud kabupaten bogor", "rsud bogor", kLocation));
    // Later words of two things.
    EXPECT_FALSE(joined(db, "gedung bi", "gedung bank mandiri", kLocation));
    EXPECT_FALSE(joined(db, "polda jawa barat", "polda jawa timur", kOrganization));
    EXPECT_FALSE(joined(db, "kantor gubernur dki", "kantor gubernur bali", kLocation));
    // The same later words after other first words.
    EXPECT_FALSE(joined(db, "kantor dki", "balai kota dki jakarta", kLocation));
}

TEST(Names25RiverHeads, KaliAndSungaiNameOneRiver) {
    // clickid: "Sungai Ciliwung" (11) beside "Kali Ciliwung" (7), the facet
    // list of `sodetan Ciliwung kasasi` (n450).
    auto db = empty_database();
    EXPECT_TRUE(joined(db, "kali ciliwung", "sungai ciliwung", kLocation));
    EXPECT_TRUE(joined(db, "sungai bekasi", "kali bekasi", kLocation));
    // Another river, or another head of the name.
    EXPECT_FALSE(joined(db, "kali ciliwung", "sungai cisadane", kLocation));
    EXPECT_FALSE(joined(db, "kali bekasi", "jalan kali bekasi", kLocation));
    EXPECT_FALSE(joined(db, "kali ciliwung", "danau ciliwung", kLocation));
}

}  // namespace
}  // namespace telusur
