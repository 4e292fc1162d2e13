// A body's other name across the database (EntityNames::resolve()),
// session 29, names21: a body's acronym before "Pusat", its central level
// ("KPI Pusat"), and an airline with the place its flight goes to or its
// station is ("Wings Air Berau"). Each refusal is checked to fail without it.
#include "common/entities/entity_names.h"
#include "common/schema.h"
#include "tests/name_use_articles.h"
#include "tests/same_thing.h"

#include <gtest/gtest.h>
#include <xapian.h>

#include <initializer_list>
#include <string>
#include <vector>

namespace telusur {
namespace {

const schema::EntityTypeSchema& kOrganization = schema::entity_schema(EntityType::Organization);
const schema::EntityTypeSchema& kLocation = schema::entity_schema(EntityType::Location);

using testing::add_key_articles;
using testing::article;
using testing::empty_database;

/// `count` articles naming the organization `canonical`, written as
/// `forms`, beside the organizations `beside`, with `words` in their text.
void add_organization_articles(Xapian::WritableDatabase& db, const std::string& canonical,
                               const std::vector<std::string>& forms, int count,
                               std::initializer_list<const char*> beside = {},
                               std::initializer_list<const char*> words = {}) {
    std::vector<testing::Named> named{{&kOrganization, canonical, forms}};
    for (const char* other : beside) named.push_back({&kOrganization, other, {other}});
    for (int i = 0; i < count; ++i) {
        Xapian::Document doc = article(named);
        for (const char* word : words) doc.add_term(word);
        db.add_document(doc);
    }
}

/// The broadcasting commission, its acronym folded into its name by the
/// indexer ("KPI" alone is a form of "komisi penyiaran indonesia").
Xapian::WritableDatabase with_broadcasting_commission() {
    auto db = empty_database();
    add_organization_articles(db, "Komisi Penyiaran Indonesia", {"Komisi Penyiaran Indonesia", "KPI"}, 20);
    return db;
}

TEST(Names21CentralLevel, AnAcronymBeforePusatIsTheBody) {
    // clickid: "KPI Pusat" 5 articles, beside "KPI" (45) and the regional
    // "KPID".
    auto db = with_broadcasting_commission();
    add_organization_articles(db, "KPI Pusat", {"KPI Pusat"}, 3, {"Komisi Penyiaran Indonesia"});
    EntityNames names(db);
    EXPECT_EQ(names.resolve(kOrganization, "KPI Pusat"), "komisi penyiaran indonesia");
    EXPECT_EQ(names.body_of_central_level(kOrganization, "kpi pusat"), "kpi");
}

TEST(Names21CentralLevel, NeverBesideTheBodyStaysItself) {
    auto db = with_broadcasting_commission();
    add_organization_articles(db, "KPI Pusat", {"KPI Pusat"}, 3);
    EntityNames names(db);
    EXPECT_EQ(names.resolve(kOrganization, "KPI Pusat"), "kpi pusat");
}

TEST(Names21CentralLevel, AWordThatIsNoAcronymStaysItself) {
    // "Pertamina Pusat" is written as a name, not in capitals.
    auto db = empty_database();
    add_key_articles(db, kOrganization, "pertamina", 20);
    add_organization_articles(db, "Pertamina Pusat", {"Pertamina Pusat"}, 3, {"Pertamina"});
    EntityNames names(db);
    EXPECT_EQ(names.resolve(kOrganization, "Pertamina Pusat"), "pertamina pusat");
}

TEST(Names21CentralLevel, ANameOfSeveralWordsBeforePusatStaysItself) {
    // clickid: "Badan Intelijen Pusat", the CIA translated, is no "Badan
    // Intelijen"; "SD Al Azhar Pusat" is one school of many.
    auto db = empty_database();
    add_key_articles(db, kOrganization, "badan intelijen", 20);
    add_organization_articles(db, "Badan Intelijen Pusat", {"BADAN INTELIJEN Pusat"}, 3, {"Badan Intelijen"});
    EntityNames names(db);
    EXPECT_EQ(names.resolve(kOrganization, "Badan Intelijen Pusat"), "badan intelijen pusat");
}

TEST(Names21CentralLevel, ARareBodyStaysItself) {
    auto db = empty_database();
    // Four articles in all.
    add_organization_articles(db, "Komisi Penyiaran Indonesia", {"Komisi Penyiaran Indonesia", "KPI"}, 1);
    add_organization_articles(db, "KPI Pusat", {"KPI Pusat"}, 3, {"Komisi Penyiaran Indonesia"});
    EntityNames names(db);
    EXPECT_EQ(names.resolve(kOrganization, "KPI Pusat"), "kpi pusat");
}

/// An airline of `articles` articles about aircraft, and the places its
/// flights go to.
Xapian::WritableDatabase with_airline(const std::string& airline, int articles) {
    auto db = empty_database();
    add_organization_articles(db, airline, {airline}, articles, {}, {"pesawat"});
    for (const char* place : {"berau", "surabaya", "sampit", "pangkalan bun", "soekarno-hatta", "malaysia"})
        add_key_articles(db, kLocation, place, 10);
    return db;
}

TEST(Names21AirlinePlace, AnAirlineWithAPlaceIsTheAirline) {
    // clickid: "Wings Air Berau" 1 article, "Wings Air Pangkalan Bun" 2,
    // beside "Wings Air" 32.
    auto db = with_airline("Wings Air", 20);
    add_key_articles(db, kOrganization, "wings air berau", 1);
    add_key_articles(db, kOrganization, "wings air pangkalan bun", 2);
    add_key_articles(db, kOrganization, "wings air surabaya-sampit", 1);
    add_key_articles(db, kOrganization, "wings air soekarno-hatta", 1);
    EntityNames names(db);
    EXPECT_EQ(names.resolve(kOrganization, "Wings Air Berau"), "wings air");
    EXPECT_EQ(names.resolve(kOrganization, "Wings Air Pangkalan Bun"), "wings air");
    // A route's two ends, an airport with a hyphen.
    EXPECT_EQ(names.resolve(kOrganization, "Wings Air Surabaya-Sampit"), "wings air");
    EXPECT_EQ(names.resolve(kOrganization, "Wings Air Soekarno-Hatta"), "wings air");
}

TEST(Names21AirlinePlace, AnAirlineOfACountryIsAnother) {
    // "Batik Air Malaysia" (Malindo Air before) is no Batik Air.
    auto db = with_airline("Batik Air", 20);
    add_key_articles(db, kOrganization, "batik air malaysia", 2);
    EntityNames names(db);
    EXPECT_EQ(names.resolve(kOrganization, "Batik Air Malaysia"), "batik air malaysia");
}

TEST(Names21AirlinePlace, WordsThatAreNoPlaceStay) {
    auto db = with_airline("Lion Air", 20);
    add_key_articles(db, kOrganization, "lion air group", 5);
    add_key_articles(db, kOrganization, "lion air bocor", 1);
    EntityNames names(db);
    EXPECT_EQ(names.resolve(kOrganization, "Lion Air Group"), "lion air group");
    EXPECT_EQ(names.resolve(kOrganization, "Lion Air Bocor"), "lion air bocor");
}

TEST(Names21AirlinePlace, WaterIsNoAirline) {
    // "Air" is water in Indonesian: a floodgate's, a water board's name
    // with a place after it; their articles are not about aircraft.
    auto db = empty_database();
    add_key_articles(db, kOrganization, "pintu air", 20);
    add_key_articles(db, kLocation, "sampit", 10);
    add_key_articles(db, kOrganization, "pintu air sampit", 1);
    EntityNames names(db);
    EXPECT_EQ(names.resolve(kOrganization, "Pintu Air Sampit"), "pintu air sampit");
}

TEST(Names21AirlinePlace, ARareAirlineStays) {
    auto db = with_airline("Trigana Air", 3);
    add_key_articles(db, kOrganization, "trigana air berau", 1);
    EntityNames names(db);
    EXPECT_EQ(names.resolve(kOrganization, "Trigana Air Berau"), "trigana air berau");
}

}  // namespace
}  // namespace telusur
