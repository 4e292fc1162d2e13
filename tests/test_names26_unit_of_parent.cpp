// One thing within one answer (same_thing_as()), session 31, names26: a
// body's unit named without its parent's name ("Angkatan Darat") beside the
// unit with it ("TNI Angkatan Darat", written "TNI AD") and other longer
// names that end in it ("Rumah Sakit Pusat Angkatan Darat"), where the list
// names the parent (TNI) and the database's articles of the unit's name name
// the parent in half of them at least. Each refusal is checked to fail
// without its guard.
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

using testing::add_key_articles;
using testing::add_keys_together;
using testing::article;
using testing::empty_database;

/// clickid's counts, scaled: TNI (written "TNI" for "Tentara Nasional
/// Indonesia") named in 12 of Angkatan Darat's 24 articles and in 1 of
/// Angkatan Laut's 10; "TNI Angkatan Darat" 38 articles, TNI 130; the army's
/// hospital 50.
Xapian::WritableDatabase database_of_armies() {
    auto db = empty_database();
    for (int i = 0; i < 6; ++i) db.add_document(article({{&kOrganization, "Tentara Nasional Indonesia", {"TNI"}}}));
    add_keys_together(db, kOrganization, {"tentara nasional indonesia", "angkatan darat"}, 12);
    add_key_articles(db, kOrganization, "angkatan darat", 12);
    add_keys_together(db, kOrganization, {"tentara nasional indonesia", "tni angkatan darat"}, 30);
    add_key_articles(db, kOrganization, "tni angkatan darat", 8);
    add_keys_together(db, kOrganization, {"tentara nasional indonesia", "tni angkatan laut"}, 30);
    add_key_articles(db, kOrganization, "tni angkatan laut", 7);
    add_keys_together(db, kOrganization, {"tentara nasional indonesia", "angkatan laut"}, 1);
    add_key_articles(db, kOrganization, "angkatan laut", 9);
    add_key_articles(db, kOrganization, "tentara nasional indonesia", 51);
    add_key_articles(db, kOrganization, "rumah sakit pusat angkatan darat", 50);
    add_key_articles(db, kOrganization, "rumah sakit angkatan laut", 50);
    return db;
}

/// The index each of `keys` is joined into, with `articles` in the list.
std::vector<std::size_t> joins(const Xapian::Database& db, const std::vector<std::string>& keys,
                               const std::vector<std::size_t>& articles) {
    const EntityNames names(db);
    return same_thing_as(kOrganization, names, keys, articles);
}

TEST(Names26UnitOfParent, TheUnitOfTheParentTheListNames) {
    // clickid: the facet lists of `Wiranto ditusuk Pandeglang` (n01) and
    // `Andika Mahesa mantan` (n352): "Angkatan Darat" (5) beside "TNI AD"
    // (4), TNI (9) and RSPAD (5), two longer names ending in it.
    const auto db = database_of_armies();
    const auto into = joins(
        db, {"angkatan darat", "tni angkatan darat", "rumah sakit pusat angkatan darat", "tentara nasional indonesia"},
        {5, 4, 5, 9});
    EXPECT_EQ(into[0], into[1]);
    EXPECT_NE(into[2], into[0]);  // the army's hospital
    EXPECT_NE(into[3], into[0]);  // TNI itself
}

TEST(Names26UnitOfParent, ACarModelBesideItsMakersName) {
    // clickid: `Toyota Calya` (n437): "Calya" (32) beside "Toyota Calya"
    // (25), "New Calya" and Toyota (72); Toyota in 27 of Calya's 43
    // articles.
    auto db = empty_database();
    add_keys_together(db, kOrganization, {"calya", "toyota"}, 27);
    add_key_articles(db, kOrganization, "calya", 16);
    add_keys_together(db, kOrganization, {"toyota calya", "toyota"}, 20);
    add_key_articles(db, kOrganization, "toyota calya", 14);
    add_key_articles(db, kOrganization, "toyota", 67);
    add_key_articles(db, kOrganization, "new calya", 3);
    const auto into = joins(db, {"calya", "toyota calya", "new calya", "toyota"}, {32, 25, 2, 72});
    EXPECT_EQ(into[0], into[1]);
    EXPECT_EQ(into[1], 0U);  // into the commoner in the list
    EXPECT_NE(into[3], into[0]);
}

TEST(Names26UnitOfParent, WithoutTheParentInTheListTheNameStaysApart) {
    // Other countries' armies are "Angkatan Darat" too: without TNI in the
    // answer, which longer name it is, nothing says.
    const auto db = database_of_armies();
    const auto into =
        joins(db, {"angkatan darat", "tni angkatan darat", "rumah sakit pusat angkatan darat"}, {5, 4, 5});
    EXPECT_NE(into[0], into[1]);
    EXPECT_NE(into[0], into[2]);
}

TEST(Names26UnitOfParent, ANameTheDatabaseSeldomNamesBesideTheParentStaysApart) {
    // clickid: `bangkai kapal Titanic` (n435): "Angkatan Laut" beside "TNI
    // AL" and TNI, but TNI is in 1 of Angkatan Laut's 10 articles, the
    // others the US, Canadian or Russian navies'.
    const auto db = database_of_armies();
    const auto into =
        joins(db, {"angkatan laut", "tni angkatan laut", "rumah sakit angkatan laut", "tentara nasional indonesia"},
              {5, 4, 2, 9});
    EXPECT_NE(into[0], into[1]);
}

TEST(Names26UnitOfParent, AClubsShortNameIsNoParent) {
    // clickid: "United" beside "Manchester United" and "West Ham United",
    // whose short name "West Ham" the list holds too: West Ham is named in 16
    // articles, West Ham United in 11, so it is no parent body whose unit
    // West Ham United is (n10, n167: "United" stays Manchester United's).
    auto db = empty_database();
    add_keys_together(db, kOrganization, {"united", "west ham"}, 5);
    add_key_articles(db, kOrganization, "united", 4);
    add_key_articles(db, kOrganization, "west ham", 11);
    add_key_articles(db, kOrganization, "west ham united", 11);
    add_key_articles(db, kOrganization, "manchester united", 243);
    const auto into = joins(db, {"united", "manchester united", "west ham united", "west ham"}, {3, 90, 14, 2});
    EXPECT_NE(into[0], into[2]);
}

TEST(Names26UnitOfParent, TwoParentsTellNothing) {
    // "Angkatan Darat" beside two parents' armies, both named in the list
    // and each beside it in half its articles: which army it is, nothing
    // says.
    auto db = empty_database();
    for (int i = 0; i < 6; ++i) {
        db.add_document(article({{&kOrganization, "Tentara Nasional Indonesia", {"TNI"}}}));
        db.add_document(article({{&kOrganization, "Tentara Diraja Malaysia", {"TDM"}}}));
    }
    add_keys_together(db, kOrganization, {"tentara nasional indonesia", "angkatan darat"}, 12);
    add_keys_together(db, kOrganization, {"tentara diraja malaysia", "angkatan darat"}, 12);
    add_key_articles(db, kOrganization, "tentara nasional indonesia", 120);
    add_key_articles(db, kOrganization, "tentara diraja malaysia", 120);
    add_key_articles(db, kOrganization, "tni angkatan darat", 38);
    add_key_articles(db, kOrganization, "tdm angkatan darat", 10);
    const auto into = joins(db,
                            {"angkatan darat", "tni angkatan darat", "tdm angkatan darat", "tentara nasional indonesia",
                             "tentara diraja malaysia"},
                            {5, 4, 3, 9, 6});
    EXPECT_NE(into[0], into[1]);
    EXPECT_NE(into[0], into[2]);
    // With one of them in the list, its army.
    const auto one = joins(
        db, {"angkatan darat", "tni angkatan darat", "tdm angkatan darat", "tentara diraja malaysia"}, {5, 4, 3, 6});
    EXPECT_EQ(one[0], one[2]);
    EXPECT_NE(one[0], one[1]);
}

}  // namespace
}  // namespace telusur
