// Two forms of one name in one answer (same_thing_as()): another first name
// that some article wrote for the name ("Pep Guardiola" beside "Josep
// Guardiola": the alias terms an article that gave "Josep 'Pep' Guardiola"
// records; two people of one surname whom no article gave as one stay
// apart), a word in its ke-...-an noun form beside its root ("Istana
// Kepresidenan", "Istana Presiden"; not a name's first word), one name
// written as one word or two ("Nilmaizar", "Nil Maizar"), and an acronym's
// expansions among the same words ("PB Djarum", "Perkumpulan Bulu Tangkis
// Djarum"), a slip in a long word alone that the database names far less
// ("Kalimatan"), a loanword's C as K ("Olympiakos"), a club's name without
// its last word ("West Ham", "West Ham United"), a rare letter changed in a
// person's name ("Reiko Barack"), a news site with its domain ("Okezone.com"),
// a facility with and without its town and "Internasional" ("Bandara Supadio
// Pontianak", "Bandara Internasional Supadio").
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

/// An article naming `keys`, and writing `form` for the first of them.
Xapian::Document article(const std::vector<std::string>& keys, const std::string& form) {
    Xapian::Document doc;
    for (const auto& key : keys) doc.add_boolean_term(schema::make_boolean_term(kPerson.prefix, key));
    for (const auto& key : keys)
        doc.add_boolean_term(schema::name_use_terms(kPerson, key, key == keys.front() ? form : key).alias);
    return doc;
}

std::vector<std::size_t> joins(const Xapian::Database& db, const std::vector<std::string>& keys,
                               const schema::EntityTypeSchema& type = kPerson) {
    EntityNames names(db);
    return same_thing_as(type, names, keys, std::vector<std::size_t>(keys.size(), 1),
                         std::vector<std::vector<std::string>>(keys.size()));
}

TEST(SameThingAs, AnotherFirstNameThatAnArticleWroteForTheNameIsThatPersons) {
    Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
    db.add_document(article({"josep guardiola"}, "Pep Guardiola"));  // "Josep 'Pep' Guardiola ... Pep Guardiola"
    for (int i = 0; i < 5; ++i) db.add_document(article({"pep guardiola"}, "Pep Guardiola"));
    for (int i = 0; i < 3; ++i) db.add_document(article({"josep guardiola"}, "Josep Guardiola"));
    // Brothers: each named alone, never one for the other.
    for (int i = 0; i < 4; ++i) db.add_document(article({"ryan giggs", "rhodri giggs"}, "Ryan Giggs"));
    db.commit();
    const std::vector<std::string> keys{"pep guardiola", "josep guardiola", "ryan giggs", "rhodri giggs"};
    const auto into = joins(db, keys);
    EXPECT_EQ(into[0], into[1]);
    EXPECT_NE(into[2], into[3]);
    // Without the article that gave both names, no join.
    Xapian::WritableDatabase apart(std::string(), Xapian::DB_BACKEND_INMEMORY);
    for (int i = 0; i < 5; ++i) apart.add_document(article({"pep guardiola"}, "Pep Guardiola"));
    for (int i = 0; i < 3; ++i) apart.add_document(article({"josep guardiola"}, "Josep Guardiola"));
    apart.commit();
    const auto kept = joins(apart, {"pep guardiola", "josep guardiola"});
    EXPECT_NE(kept[0], kept[1]);
}

TEST(SameThingAs, AWordInItsKeAnFormBesideItsRootIsOneName) {
    const Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
    const auto palaces = joins(db, {"istana kepresidenan", "istana presiden", "istana negara"}, kLocation);
    EXPECT_EQ(palaces[0], palaces[1]);
    EXPECT_NE(palaces[0], palaces[2]);
    // After the acronym, which spells the words as written; a first word
    // keeps its form (the police force, no policeman).
    const auto police =
        joins(db, {"kompolnas", "komisi polisi nasional", "komisi kepolisian nasional", "kepolisian", "polisi"},
              kOrganization);
    EXPECT_EQ(police[0], police[1]);
    EXPECT_EQ(police[1], police[2]);
    EXPECT_NE(police[3], police[4]);
}

TEST(SameThingAs, OneNameWrittenAsOneWordOrTwoIsOneName) {
    const Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
    const auto coaches = joins(db, {"nil maizar", "nilmaizar", "jafri sastra"});
    EXPECT_EQ(coaches[0], coaches[1]);
    EXPECT_NE(coaches[0], coaches[2]);
    const auto teams = joins(db, {"timnas u-16", "timnas u16", "timnas u-19"}, kOrganization);
    EXPECT_EQ(teams[0], teams[1]);
    EXPECT_NE(teams[0], teams[2]);
}

TEST(SameThingAs, AnAcronymAmongTheSameWordsSpellsACompoundAndEachExpansion) {
    Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
    Xapian::Document text;  // the news writes the compound as one word too
    text.add_term("bulutangkis");
    db.add_document(text);
    db.commit();
    const auto clubs = joins(db,
                             {"pb djarum", "perkumpulan bulu tangkis djarum", "persatuan bulu tangkis djarum",
                              "perkumpulan bulu tangkis jaya raya"},
                             kOrganization);
    EXPECT_EQ(clubs[1], clubs[0]);
    EXPECT_EQ(clubs[2], clubs[0]);
    EXPECT_NE(clubs[3], clubs[0]);  // other words
    // Without the compound as one word in the database, the acronym spells
    // one letter a word: no join.
    const Xapian::WritableDatabase empty(std::string(), Xapian::DB_BACKEND_INMEMORY);
    const auto apart = joins(empty, {"pb djarum", "perkumpulan bulu tangkis djarum"}, kOrganization);
    EXPECT_NE(apart[0], apart[1]);
}

TEST(SameThingAs, ARareSlipInALongWordAloneIsTheCommonName) {
    Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
    auto add = [&](const std::string& key, int articles) { testing::add_key_articles(db, kLocation, key, articles); };
    add("kalimantan", 40);
    add("kalimatan", 1);
    add("sumatera", 10);
    add("sumatra", 5);  // a spelling as common: no slip
    add("bandung", 40);
    add("badung", 1);  // a short word: another place
    db.commit();
    const auto places = joins(db, {"kalimantan", "kalimatan", "sumatera", "sumatra", "bandung", "badung"}, kLocation);
    EXPECT_EQ(places[1], places[0]);
    EXPECT_NE(places[2], places[3]);
    EXPECT_NE(places[4], places[5]);
    // A loanword's C as K, whatever the counts.
    const auto clubs = joins(db, {"olympiacos", "olympiakos", "olympiados"}, kOrganization);
    EXPECT_EQ(clubs[0], clubs[1]);
    EXPECT_NE(clubs[0], clubs[2]);
}

TEST(SameThingAs, AClubCalledWithoutItsLastWordIsTheClub) {
    Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
    auto add = [&](const std::string& key, int articles) {
        testing::add_key_articles(db, kOrganization, key, articles);
    };
    // The shorter name commoner in both (less than three times: a body of
    // its own), a club's last word, or a store.
    add("west ham", 8);
    add("west ham united", 3);
    add("giant", 8);
    add("giant ekstra", 3);
    db.commit();
    const auto bodies = joins(db, {"west ham", "west ham united", "giant", "giant ekstra"}, kOrganization);
    EXPECT_EQ(bodies[0], bodies[1]);
    EXPECT_NE(bodies[2], bodies[3]);
}

TEST(SameThingAs, ARareLetterChangedInAPersonsNameIsTheCommonName) {
    Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
    auto add = [&](const std::string& key, int articles) { testing::add_key_articles(db, kPerson, key, articles); };
    add("reino barack", 60);
    add("reiko barack", 3);
    add("hendra setiawan", 10);
    add("hendro setiawan", 5);  // as common: another person
    db.commit();
    const auto people = joins(db, {"reino barack", "reiko barack", "hendra setiawan", "hendro setiawan"});
    EXPECT_EQ(people[1], people[0]);
    EXPECT_NE(people[2], people[3]);
}

TEST(SameThingAs, ANewsSiteWithItsDomainIsTheSite) {
    // The site's name commoner than with its domain (a word clipped from a
    // longer one would be the rarer).
    Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
    for (const char* site : {"kapanlagi", "okezone", "detik"}) testing::add_key_articles(db, kOrganization, site, 5);
    testing::add_key_articles(db, kOrganization, "kapanlagi.com\u00ae", 2);
    testing::add_key_articles(db, kOrganization, "okezone.com", 2);
    db.commit();
    const auto sites =
        joins(db, {"kapanlagi.com\u00ae", "kapanlagi", "okezone.com", "okezone", "detik"}, kOrganization);
    EXPECT_EQ(sites[0], sites[1]);
    EXPECT_EQ(sites[2], sites[3]);
    EXPECT_NE(sites[3], sites[4]);
}

TEST(SameThingAs, AFacilityWithAndWithoutItsTownAndInternasionalIsOnePlace) {
    Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
    auto add = [&](const std::string& key, int articles) { testing::add_key_articles(db, kLocation, key, articles); };
    add("pontianak", 5);
    add("pangkalan bun", 5);
    db.commit();
    const auto airports =
        joins(db,
              {"bandara supadio pontianak", "bandara internasional supadio", "bandara internasional supadio pontianak",
               "bandara supadio", "bandara iskandar pangkalan bun", "bandara iskandar", "stadion iskandar"},
              kLocation);
    EXPECT_EQ(airports[0], airports[3]);
    EXPECT_EQ(airports[1], airports[3]);
    EXPECT_EQ(airports[2], airports[3]);
    EXPECT_EQ(airports[4], airports[5]);
    EXPECT_NE(airports[5], airports[6]);  // another head: another place
    EXPECT_NE(airports[3], airports[5]);
}

TEST(SameThingAs, AFacilityNamedByAPlaceOrTwoPlacesStaysApart) {
    Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
    auto add = [&](const std::string& key, int articles) { testing::add_key_articles(db, kLocation, key, articles); };
    for (const char* place : {"jawa barat", "pakansari", "bangkalan", "sidoarjo", "jayapura", "pekanbaru"})
        add(place, 5);
    add("provinsi jawa barat", 5);
    add("kota bogor", 5);
    add("stadion mandala krida", 5);
    add("sampit", 1);
    db.commit();
    // The airport "Bandara Internasional Jawa Barat" is neither the
    // province nor "Bandara"; a stadium after a city's name is no stadium
    // of the city; "Gelora" names many stadiums, "Stadion Mandala" starts
    // "Stadion Mandala Krida", another; a town the database hardly knows is
    // no place after the name; a road's name is many towns' roads'.
    const auto places = joins(db,
                              {"bandara internasional jawa barat", "jawa barat", "bandara", "stadion bogor pakansari",
                               "stadion bogor", "stadion gelora bangkalan", "stadion gelora sidoarjo", "stadion gelora",
                               "bandara haji asan sampit", "bandara haji asan", "stadion mandala jayapura",
                               "stadion mandala", "jalan sudirman pekanbaru", "jalan sudirman"},
                              kLocation);
    EXPECT_NE(places[0], places[1]);
    EXPECT_NE(places[0], places[2]);
    EXPECT_NE(places[3], places[4]);
    EXPECT_NE(places[5], places[7]);
    EXPECT_NE(places[6], places[7]);
    EXPECT_NE(places[8], places[9]);
    EXPECT_NE(places[10], places[11]);
    EXPECT_NE(places[12], places[13]);
}

}  // namespace
}  // namespace telusur
