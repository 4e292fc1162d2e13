// Forms of one organisation or place in one answer (same_thing_as()),
// session 26, org18: a long name with its later words in another order, a
// long designator or head misspelt, an expansion cut short beside its
// acronym. Each refusal is checked to fail without it.
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

const schema::EntityTypeSchema& kOrganization = schema::entity_schema(EntityType::Organization);
const schema::EntityTypeSchema& kLocation = schema::entity_schema(EntityType::Location);
const schema::EntityTypeSchema& kPerson = schema::entity_schema(EntityType::Person);

using testing::add_key_articles;
using testing::add_keys_together;
using testing::empty_database;
using testing::joined;
using testing::joins;

TEST(SameThingAsOrg18, LaterWordsInAnotherOrderAreOneName) {
    const auto db = empty_database();
    EXPECT_TRUE(
        joined(db, "badan penanggulangan bencana nasional", "badan nasional penanggulangan bencana", kOrganization));
    EXPECT_TRUE(joined(db, "pt mentari lion airlines", "pt lion mentari airlines", kOrganization));
    EXPECT_TRUE(joined(db, "rumah sakit asia colombia", "rumah sakit colombia asia", kLocation));
    EXPECT_TRUE(joined(db, "jalan raya cikini", "jalan cikini raya", kLocation));
    // A place's head as one kind: "Stadion Utama" is a "Stadion".
    EXPECT_TRUE(joined(db, "stadion utama asiad busan", "stadion busan asiad", kLocation));
}

TEST(SameThingAsOrg18, ReorderedNamesJoinIntoTheCommonest) {
    auto db = empty_database();
    add_key_articles(db, kOrganization, "badan nasional penanggulangan bencana", 20);
    add_key_articles(db, kOrganization, "badan penanggulangan bencana nasional", 1);
    const auto into = joins(db,
                            {"badan penanggulangan bencana nasional", "badan nasional penanggulangan bencana",
                             "bank syariah mandiri", "bank mandiri syariah"},
                            kOrganization);
    EXPECT_EQ(into[0], 1u);
    EXPECT_EQ(into[1], 1u);
    EXPECT_EQ(into[2], into[3]);
    EXPECT_NE(into[2], into[1]);
}

TEST(SameThingAsOrg18, ABuildingsKindBeforeOrAfterItsName) {
    const auto db = empty_database();
    EXPECT_TRUE(joined(db, "pullman hotel", "hotel pullman", kLocation));
    EXPECT_TRUE(joined(db, "xxi plaza senayan", "plaza senayan xxi", kLocation));
    EXPECT_TRUE(joined(db, "kota kasablanka mall", "mall kota kasablanka", kLocation));
}

TEST(SameThingAsOrg18, TheFirstWordMovedIsAnotherPlace) {
    const auto db = empty_database();
    EXPECT_FALSE(joined(db, "wan chai", "chai wan", kLocation));
    // Two roads of two districts of Hong Kong.
    EXPECT_FALSE(joined(db, "wan chai road", "chai wan road", kLocation));
    EXPECT_FALSE(joined(db, "lion mentari airlines", "mentari lion airlines", kOrganization));
}

TEST(SameThingAsOrg18, PeoplesWordsInAnotherOrderStayApart) {
    const auto db = empty_database();
    EXPECT_FALSE(joined(db, "ahmad rizal fauzi", "ahmad fauzi rizal", kPerson));
}

TEST(SameThingAsOrg18, AMisspeltDesignatorIsTheDesignator) {
    const auto db = empty_database();
    EXPECT_TRUE(joined(db, "kabupanten sikka", "kabupaten sikka", kLocation));
    EXPECT_TRUE(joined(db, "kecamatam tambusai", "kecamatan tambusai", kLocation));
    EXPECT_TRUE(joined(db, "propinsi irian jaya barat", "provinsi irian jaya barat", kLocation));
    EXPECT_TRUE(joined(db, "kementeriaan esdm", "kementerian esdm", kOrganization));
    // The bare name the key written right stands for.
    EXPECT_TRUE(joined(db, "kabupate tuban", "tuban", kLocation));
    EXPECT_FALSE(joined(db, "kabupanten sikka", "kabupaten sika", kLocation));
    EXPECT_FALSE(joined(db, "kabupanten sikka", "kabupaten ende", kLocation));
}

TEST(SameThingAsOrg18, AMisspeltDesignatorJoinsWhatTheKeyWrittenRightJoins) {
    const auto db = empty_database();
    const auto into = joins(db, {"kabupaten sikka", "sikka", "kabupanten sikka"}, kLocation);
    EXPECT_EQ(into[2], into[0]);
    EXPECT_EQ(into[1], into[0]);
}

TEST(SameThingAsOrg18, AMisspeltRegencyIsNoCity) {
    auto db = empty_database();
    add_key_articles(db, kLocation, "kota bogor", 5);
    add_key_articles(db, kLocation, "kabupaten bogor", 5);
    EXPECT_FALSE(joined(db, "kabupate bogor", "bogor", kLocation));
    EXPECT_TRUE(joined(db, "kabupate bogor", "kabupaten bogor", kLocation));
}

TEST(SameThingAsOrg18, AMisspeltDesignatorJoinsNoRegencyBesideItsCity) {
    auto db = empty_database();
    add_key_articles(db, kLocation, "kota bogor", 5);
    // "Provinsi Bogor" would stand for the bare name, which is the city's;
    // the regency stays apart from it.
    EXPECT_FALSE(joined(db, "propinsi bogor", "kabupaten bogor", kLocation));
}

TEST(SameThingAsOrg18, AMisspeltDesignatorKeepsItsHead) {
    const auto db = empty_database();
    // A district and a village of one name.
    EXPECT_FALSE(joined(db, "kecanatan kulim", "kelurahan kulim", kLocation));
    EXPECT_TRUE(joined(db, "kecanatan kulim", "kulim", kLocation));
}

TEST(SameThingAsOrg18, AnExpansionCutShortIsItsAcronym) {
    auto db = empty_database();
    add_keys_together(db, kOrganization, {"the united nations educational", "unesco"}, 2);
    add_key_articles(db, kOrganization, "unesco", 5);
    add_keys_together(db, kOrganization, {"badan karantina ikan", "bkipm"}, 1);
    add_key_articles(db, kOrganization, "badan karantina ikan", 1);
    add_key_articles(db, kOrganization, "bkipm", 3);
    EXPECT_TRUE(joined(db, "the united nations educational", "unesco", kOrganization));
    EXPECT_TRUE(joined(db, "badan karantina ikan", "bkipm", kOrganization));
    // Initials alone, spelling no acronym's start.
    EXPECT_FALSE(joined(db, "badan karantina ikan", "bkkbn", kOrganization));
}

TEST(SameThingAsOrg18, AWholeNameIsNoCutOfAnotherBodysAcronym) {
    auto db = empty_database();
    // BNN beside BNNP, its provincial office: few of BNN's articles name it.
    add_key_articles(db, kOrganization, "badan narkotika nasional", 9);
    add_keys_together(db, kOrganization, {"badan narkotika nasional", "bnnp"}, 1);
    add_key_articles(db, kOrganization, "bnnp", 20);
    EXPECT_FALSE(joined(db, "badan narkotika nasional", "bnnp", kOrganization));
}

TEST(SameThingAsOrg18, AnAcronymSpellsTheIndonesiaBareNamesDrop) {
    auto db = empty_database();
    // ISEI's name beside ISEF, a festival it organises: its articles name
    // both, and the bare name ("Ikatan Sarjana Ekonomi") spells "ise".
    add_keys_together(db, kOrganization, {"ikatan sarjana ekonomi indonesia", "isef"}, 2);
    add_key_articles(db, kOrganization, "isef", 3);
    EXPECT_FALSE(joined(db, "ikatan sarjana ekonomi indonesia", "isef", kOrganization));
    add_keys_together(db, kOrganization, {"asosiasi pengusaha ritel indonesia", "aprindo"}, 2);
    add_key_articles(db, kOrganization, "aprindo", 3);
    EXPECT_TRUE(joined(db, "asosiasi pengusaha ritel indonesia", "aprindo", kOrganization));
}

TEST(SameThingAsOrg18, ACutExpansionNamedWithoutItsAcronymStays) {
    const auto db = empty_database();
    EXPECT_FALSE(joined(db, "badan karantina ikan", "bkipm", kOrganization));
}

TEST(SameThingAsOrg18, ACutExpansionRarerThanItsAcronymOnly) {
    auto db = empty_database();
    add_keys_together(db, kOrganization, {"badan karantina ikan", "bkipm"}, 3);
    add_key_articles(db, kOrganization, "badan karantina ikan", 3);
    EXPECT_FALSE(joined(db, "badan karantina ikan", "bkipm", kOrganization));
}

TEST(SameThingAsOrg18, ACutExpansionOfTwoAcronymsStays) {
    auto db = empty_database();
    add_keys_together(db, kOrganization, {"badan pengatur jalan", "bpjt", "bpjs"}, 2);
    const auto into = joins(db, {"badan pengatur jalan", "bpjt", "bpjs"}, kOrganization);
    EXPECT_EQ(into[0], 0u);
    EXPECT_EQ(into[1], 1u);
    EXPECT_EQ(into[2], 2u);
}

}  // namespace
}  // namespace telusur
