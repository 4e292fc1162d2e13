// Forms of one thing in one answer (same_thing_as()), session 23, glue15: a
// name with another thing's glued after it, as headlines and captions run
// two names together, beside the name alone: the place it lies in ("Wamena
// Papua"), a person the database knows, after a rank or not ("Persija Julio
// Banuelos", "Polda Papua Kombes AM Kamal"), ranks alone ("Polda Papua
// Kombes Pol"), an address's neighbourhood numbers ("Kampung Pabuaran
// RT4/3"). Each refusal is checked to fail without it.
#include "common/entities/entity_names.h"
#include "common/entities/one_thing.h"
#include "common/schema.h"
#include "tests/same_thing.h"

#include <gtest/gtest.h>
#include <xapian.h>

#include <string>
#include <vector>

namespace telusur {
namespace {

const schema::EntityTypeSchema& kPerson = schema::entity_schema(EntityType::Person);
const schema::EntityTypeSchema& kOrganization = schema::entity_schema(EntityType::Organization);
const schema::EntityTypeSchema& kLocation = schema::entity_schema(EntityType::Location);

using testing::add_key_articles;
using testing::add_keys_together;
using testing::empty_database;
using testing::joined;
using testing::joins;

/// `articles` articles naming `a` (of `a_type`) and `b` (of `b_type`).
void add_pair(Xapian::WritableDatabase& db, const schema::EntityTypeSchema& a_type, const std::string& a,
              const schema::EntityTypeSchema& b_type, const std::string& b, int articles) {
    for (int i = 0; i < articles; ++i) {
        Xapian::Document doc;
        doc.add_boolean_term(schema::make_boolean_term(a_type.prefix, a));
        doc.add_boolean_term(schema::make_boolean_term(b_type.prefix, b));
        db.add_document(doc);
    }
}

/// `articles` articles with `word` in their text (no entity).
void add_word_articles(Xapian::WritableDatabase& db, const std::string& word, int articles) {
    for (int i = 0; i < articles; ++i) {
        Xapian::Document doc;
        doc.add_term(word);
        db.add_document(doc);
    }
}

/// What a database says of a name (of `type`) and a place: articles naming
/// both, the name alone, the place alone, the name with `glued` after it
/// (the place's words unless given), and the rest of the news, against
/// which the place's share of all articles is read.
struct NameAndPlace {
    const schema::EntityTypeSchema* type = &kLocation;
    std::string name = {}, place = {};
    int with_place = 9, alone = 1, place_alone = 30;
    std::string glued = {};
    int glued_articles = 1, other_news = 1000;
};

Xapian::WritableDatabase database_of(const NameAndPlace& n) {
    auto db = empty_database();
    add_key_articles(db, kLocation, "kota lain", n.other_news);
    add_pair(db, *n.type, n.name, kLocation, n.place, n.with_place);
    add_key_articles(db, *n.type, n.name, n.alone);
    add_key_articles(db, kLocation, n.place, n.place_alone);
    add_key_articles(db, *n.type, n.name + ' ' + (n.glued.empty() ? n.place : n.glued), n.glued_articles);
    return db;
}

/// Whether one answer's list joins the name and the name with the place
/// glued after it.
bool glued_joined(const Xapian::Database& db, const NameAndPlace& n) {
    return joined(db, n.name, n.name + ' ' + (n.glued.empty() ? n.place : n.glued), *n.type);
}

TEST(SameThingAsGlue15, ANameWithThePlaceItLiesInGluedAfterItIsTheName) {
    const NameAndPlace wamena{.name = "wamena", .place = "papua"};
    // Into the name alone, however the list counts them.
    const auto into = joins(database_of(wamena), {"wamena papua", "wamena"}, kLocation);
    EXPECT_EQ(into[0], 1u);
    EXPECT_EQ(into[1], 1u);
    // A facility with its town, its head kept; the database goes on with a
    // person's name after the facility's, so that the facility rule reads
    // it as the start of several names.
    const NameAndPlace airport{
        .name = "bandara syamsudin noor", .place = "banjarmasin", .with_place = 4, .alone = 2, .glued_articles = 6};
    auto db = database_of(airport);
    add_key_articles(db, kLocation, "bandara syamsudin noor indah preastuty", 1);
    EXPECT_TRUE(glued_joined(db, airport));
    // A club typed as an organisation, with its city; the place's name
    // after a designator.
    const NameAndPlace club{.type = &kOrganization, .name = "psim", .place = "yogyakarta", .alone = 0};
    EXPECT_TRUE(glued_joined(database_of(club), club));
    const NameAndPlace regency{.name = "pasangkayu", .place = "sulawesi barat", .glued = "provinsi sulawesi barat"};
    EXPECT_TRUE(glued_joined(database_of(regency), regency));
}

TEST(SameThingAsGlue15, APlaceMostNewsNamesIsNoPlaceANameLiesIn) {
    // "Jakarta" is in a third of all articles: that the name's articles
    // name it too tells nothing.
    const NameAndPlace city_hall{
        .name = "balai kota", .place = "jakarta", .with_place = 10, .alone = 0, .place_alone = 40, .other_news = 100};
    EXPECT_FALSE(glued_joined(database_of(city_hall), city_hall));
}

TEST(SameThingAsGlue15, APlaceTheNamesArticlesRarelyNameIsNoPlaceItLiesIn) {
    // Toba's articles name Samosir in a fifth of them: two places.
    const NameAndPlace toba{.name = "toba", .place = "samosir", .with_place = 2, .alone = 8, .glued_articles = 2};
    EXPECT_FALSE(glued_joined(database_of(toba), toba));
}

TEST(SameThingAsGlue15, AWholeNamedMoreThanTheNameIsANameOfItsOwn) {
    // "Semen Padang", a club: no cement in Padang.
    const NameAndPlace club{
        .type = &kOrganization, .name = "semen", .place = "padang", .with_place = 3, .alone = 0, .glued_articles = 20};
    EXPECT_FALSE(glued_joined(database_of(club), club));
}

TEST(SameThingAsGlue15, APlaceBesideTheNameIsNoPlaceItLiesIn) {
    // Sumatera's articles name Kalimantan (the fires of both), which the
    // news names about as often: two islands, no island in the other.
    const NameAndPlace islands{
        .name = "sumatera", .place = "kalimantan", .with_place = 20, .alone = 0, .place_alone = 10};
    EXPECT_FALSE(glued_joined(database_of(islands), islands));
}

TEST(SameThingAsGlue15, ANameWrittenWithAnotherPlaceItDoesNotLieInHasBranches) {
    // Universities of one name in many cities: the one in Palembang is no
    // more the name's than the one in Malang.
    const NameAndPlace university{
        .type = &kOrganization, .name = "universitas muhammadiyah", .place = "palembang", .with_place = 2, .alone = 2};
    auto db = database_of(university);
    add_key_articles(db, kLocation, "malang", 30);
    add_key_articles(db, kOrganization, "universitas muhammadiyah malang", 1);
    EXPECT_FALSE(glued_joined(db, university));
}

TEST(SameThingAsGlue15, ADirectionAfterTheNameIsNoOtherPlace) {
    // "Denpasar Selatan", a district: "Selatan" typed as a place now and
    // then is a word the news mostly writes otherwise.
    const NameAndPlace denpasar{.name = "denpasar", .place = "bali"};
    auto db = database_of(denpasar);
    add_key_articles(db, kLocation, "selatan", 6);
    add_key_articles(db, kLocation, "denpasar selatan", 1);
    add_word_articles(db, "selatan", 100);
    EXPECT_TRUE(glued_joined(db, denpasar));
}

TEST(SameThingAsGlue15, ACountryAfterABodyIsThatCountrysBody) {
    // "Kementerian Pertahanan Jepang" is Japan's ministry, whatever the
    // articles of the ministry name.
    const NameAndPlace ministry{.type = &kOrganization, .name = "kementerian pertahanan", .place = "jepang"};
    EXPECT_FALSE(glued_joined(database_of(ministry), ministry));
    // A place after a place: the country it lies in.
    const NameAndPlace city{.name = "osaka", .place = "jepang"};
    EXPECT_TRUE(glued_joined(database_of(city), city));
}

TEST(SameThingAsGlue15, AHeadAloneIsNoName) {
    const NameAndPlace police{.type = &kOrganization, .name = "polda", .place = "papua"};
    EXPECT_FALSE(glued_joined(database_of(police), police));
}

TEST(SameThingAsGlue15, AOneWordNameIsOneTheNewsWritesAsAName) {
    // "Jati" is mostly a word (teak), and "Jati Padang" a village of Jakarta.
    const NameAndPlace village{.name = "jati", .place = "padang"};
    auto db = database_of(village);
    add_word_articles(db, "jati", 100);
    EXPECT_FALSE(glued_joined(db, village));
}

TEST(SameThingAsGlue15, ARouteIsNoPlaceGluedAfterAName) {
    const NameAndPlace route{.name = "wamena", .place = "jayapura"};
    auto db = database_of(route);
    add_key_articles(db, kLocation, "wamena-jayapura", 1);
    EXPECT_FALSE(joined(db, "wamena", "wamena-jayapura", kLocation));
}

TEST(SameThingAsGlue15, APersonGluedAfterANameIsTheName) {
    auto db = empty_database();
    add_key_articles(db, kOrganization, "persija", 20);
    add_pair(db, kOrganization, "persija", kPerson, "julio banuelos", 3);
    add_key_articles(db, kPerson, "julio banuelos", 2);
    add_key_articles(db, kOrganization, "persija julio banuelos", 2);
    EXPECT_TRUE(joined(db, "persija", "persija julio banuelos", kOrganization));
    // After a rank, the person's name alone a key; a person glued after a
    // place too.
    add_pair(db, kOrganization, "polda papua", kPerson, "am kamal", 2);
    add_key_articles(db, kOrganization, "polda papua", 10);
    add_key_articles(db, kOrganization, "polda papua kombes am kamal", 1);
    EXPECT_TRUE(joined(db, "polda papua", "polda papua kombes am kamal", kOrganization));
    add_key_articles(db, kLocation, "papua", 10);
    add_pair(db, kLocation, "papua kombes am kamal", kPerson, "am kamal", 1);
    EXPECT_TRUE(joined(db, "papua", "papua kombes am kamal", kLocation));
}

TEST(SameThingAsGlue15, RanksAloneGluedAfterANameAreTheName) {
    auto db = empty_database();
    add_key_articles(db, kOrganization, "polda papua", 10);
    add_key_articles(db, kOrganization, "polda papua kombes pol", 1);
    EXPECT_TRUE(joined(db, "polda papua", "polda papua kombes pol", kOrganization));
    // An office may name a body ("Kantor Staf Presiden"): titles alone are
    // no ranks.
    add_key_articles(db, kOrganization, "dewan pengawas", 10);
    add_key_articles(db, kOrganization, "dewan pengawas presiden", 1);
    EXPECT_FALSE(joined(db, "dewan pengawas", "dewan pengawas presiden", kOrganization));
}

TEST(SameThingAsGlue15, APersonsOneWordNeedsARankBeforeIt) {
    // A car's model typed as a person ("Toyota Calya").
    auto db = empty_database();
    add_key_articles(db, kOrganization, "toyota", 20);
    add_pair(db, kOrganization, "toyota", kPerson, "calya", 3);
    add_key_articles(db, kOrganization, "toyota calya", 2);
    EXPECT_FALSE(joined(db, "toyota", "toyota calya", kOrganization));
    // After a rank, one word is a name ("AKBP Tartono").
    add_key_articles(db, kOrganization, "polres metro bekasi", 8);
    add_pair(db, kOrganization, "polres metro bekasi", kPerson, "tartono", 3);
    add_key_articles(db, kOrganization, "polres metro bekasi akbp tartono", 1);
    EXPECT_TRUE(joined(db, "polres metro bekasi", "polres metro bekasi akbp tartono", kOrganization));
}

TEST(SameThingAsGlue15, APersonGluedAfterANameIsOneTheNewsNamesAsAPerson) {
    auto db = empty_database();
    add_key_articles(db, kOrganization, "youtube", 20);
    add_pair(db, kOrganization, "youtube", kPerson, "jonas brothers", 2);
    add_key_articles(db, kOrganization, "jonas brothers", 5);
    add_key_articles(db, kOrganization, "youtube jonas brothers", 1);
    EXPECT_FALSE(joined(db, "youtube", "youtube jonas brothers", kOrganization));
}

TEST(SameThingAsGlue15, APersonGluedAfterANameIsOneItsArticlesName) {
    auto db = empty_database();
    add_key_articles(db, kOrganization, "apple", 20);
    add_key_articles(db, kPerson, "tim cook", 3);
    add_key_articles(db, kOrganization, "apple tim cook", 2);
    EXPECT_FALSE(joined(db, "apple", "apple tim cook", kOrganization));
    add_pair(db, kOrganization, "apple", kPerson, "tim cook", 1);
    EXPECT_TRUE(joined(db, "apple", "apple tim cook", kOrganization));
}

TEST(SameThingAsGlue15, APersonGluedAfterANameHasArticlesOfItsOwn) {
    auto db = empty_database();
    add_key_articles(db, kOrganization, "ulmwp", 8);
    add_keys_together(db, kOrganization, {"ulmwp", "ulmwp buchtar tabuni"}, 1);
    add_pair(db, kOrganization, "ulmwp", kPerson, "buchtar tabuni", 1);
    EXPECT_FALSE(joined(db, "ulmwp", "ulmwp buchtar tabuni", kOrganization));
}

TEST(SameThingAsGlue15, AnAddresssNeighbourhoodNumbersAreThePlaces) {
    const auto db = empty_database();
    EXPECT_TRUE(joined(db, "kampung pabuaran", "kampung pabuaran rt4/3", kLocation));
    EXPECT_TRUE(joined(db, "jalan langgar", "jalan langgar rt 04 rw 05", kLocation));
    EXPECT_TRUE(joined(db, "jalan bango", "jalan bango rt", kLocation));
    // A number without "RT" or "RW" is the place's own ("Jalan Kalasan 10").
    EXPECT_FALSE(joined(db, "jalan kalasan", "jalan kalasan 10", kLocation));
    // Nothing before them: no place.
    EXPECT_FALSE(joined(db, "rt 04", "rt 04 rw 05", kLocation));
}

}  // namespace
}  // namespace telusur
