// One thing within one answer (same_thing_as()), session 30, names22: a
// name written two ways at once. A person's name with fewer middle names
// and one word spelled another way ("Fransisco Torres", "Francisco Wagsley
// Torres"); a long word of a place's or a body's name with an "h" or a
// doubled letter moved or left out ("Lapangan Ditsabhara", "Lapangan
// Ditshabara"); a country tagged as a body beside its national team
// ("Thailand", "Timnas Thailand"). Each refusal is checked to fail without
// it.
#include "common/entities/one_thing.h"
#include "common/schema.h"
#include "tests/same_thing.h"

#include <gtest/gtest.h>
#include <xapian.h>

#include <string>

namespace telusur {
namespace {

const schema::EntityTypeSchema& kPerson = schema::entity_schema(EntityType::Person);
const schema::EntityTypeSchema& kOrganization = schema::entity_schema(EntityType::Organization);
const schema::EntityTypeSchema& kLocation = schema::entity_schema(EntityType::Location);

using testing::add_key_articles;
using testing::add_keys_together;
using testing::empty_database;
using testing::joined;

TEST(Names22Spellings, FewerMiddleNamesAndOneWordRespelledAreOnePerson) {
    // clickid: "Fransisco Torres" beside "Francisco Wagsley Torres" (18 lines
    // of the committed queries' result lists), "Laode Syarief" beside "Laode
    // M Syarif" (KPK's deputy chairman).
    const auto db = empty_database();
    EXPECT_TRUE(joined(db, "fransisco torres", "francisco wagsley torres", kPerson));
    EXPECT_TRUE(joined(db, "laode syarief", "laode m syarif", kPerson));
    EXPECT_TRUE(joined(db, "laode m syarif", "laode syarief", kPerson));
    EXPECT_TRUE(joined(db, "angela tanoesodibjo", "angela herliani tanoesoedibjo", kPerson));
}

TEST(Names22Spellings, ALetterAtTheEndIsAnotherName) {
    // "Andrea" and "Andreas", "Daniel" and "Daniela": a sibling's name.
    const auto db = empty_database();
    EXPECT_FALSE(joined(db, "andrea torres", "andreas wagsley torres", kPerson));
    EXPECT_FALSE(joined(db, "daniela torres", "daniel wagsley torres", kPerson));
}

TEST(Names22Spellings, OnlyOneWordRespelledAndNoShortOne) {
    const auto db = empty_database();
    // Two words respelled: no evidence left.
    EXPECT_FALSE(joined(db, "fransisco torres", "francisco wagsley torez", kPerson));
    // A short word: "Indra" and "Indira" (five letters) are two names.
    EXPECT_FALSE(joined(db, "indra wijaya", "indira putri wijaya", kPerson));
    // Another surname.
    EXPECT_FALSE(joined(db, "fransisco torres", "francisco wagsley santos", kPerson));
    // Two words more: a relative's name (clickid: "Ayahnya adalah Tjokorda
    // Kertayasa", beside his son "Tjokorda Bagus Dwi Santana Kerthyasa").
    EXPECT_FALSE(joined(db, "tjokorda kertayasa", "tjokorda bagus dwi santana kerthyasa", kPerson));
    EXPECT_FALSE(joined(db, "fransisco torres", "francisco wagsley da torres", kPerson));
}

TEST(Names22Spellings, AnHOrADoubledLetterInALongWordIsOnePlaceOrBody) {
    // clickid: "Lapangan Ditsabhara" beside "Lapangan Ditshabara" (10 lines),
    // "Borussia Dortmund" beside "Borrusia Dortmund" (5), "Brunei
    // Darussalam" beside "Brunei Darussallam" (2).
    const auto db = empty_database();
    EXPECT_TRUE(joined(db, "lapangan ditsabhara", "lapangan ditshabara", kLocation));
    EXPECT_TRUE(joined(db, "borussia dortmund", "borrusia dortmund", kOrganization));
    EXPECT_TRUE(joined(db, "brunei darussalam", "brunei darussallam", kLocation));
}

TEST(Names22Spellings, AShortWordOrTwoWordsOrAnotherHeadStayApart) {
    const auto db = empty_database();
    // Seven letters: a shorter name may be another ("Sabhara", "Shabara").
    EXPECT_FALSE(joined(db, "lapangan sabhara", "lapangan shabara", kLocation));
    // Two words written loosely: nothing left to vouch for them.
    EXPECT_FALSE(joined(db, "borussia dortmund", "borrusia dortmmund", kOrganization));
    // The word alone, no other word beside it.
    EXPECT_FALSE(joined(db, "ditsabhara", "ditshabara", kLocation));
    // Another head: a field and a stadium.
    EXPECT_FALSE(joined(db, "lapangan ditsabhara", "stadion ditshabara", kLocation));
    // An "h" after a vowel is no letter left out ("Baharudin", "Barudin").
    EXPECT_FALSE(joined(db, "masjid baharuddin", "masjid baruddin", kLocation));
}

TEST(Names22NationalTeams, ACountryAsABodyBesideItsNationalTeamIsTheTeam) {
    // clickid: "Thailand" (13 articles as an organisation, all reports of
    // "Timnas Indonesia Vs Thailand"), 4 of them beside "Timnas Thailand"
    // (15 lines, 3 facet lists of the committed queries).
    auto db = empty_database();
    add_keys_together(db, kOrganization, {"thailand", "timnas thailand"}, 4);
    add_key_articles(db, kOrganization, "thailand", 9);
    EXPECT_TRUE(joined(db, "thailand", "timnas thailand", kOrganization));
    add_keys_together(db, kOrganization, {"vietnam", "tim nasional vietnam"}, 1);
    EXPECT_TRUE(joined(db, "vietnam", "tim nasional vietnam", kOrganization));
}

TEST(Names22NationalTeams, ACountryNamedApartFromTheTeamOrAnAgeGroupStaysApart) {
    auto db = empty_database();
    // "Indonesia" as a body: the state, or an age group's team, never
    // beside "Timnas Indonesia" (clickid: 0 of 5 articles).
    add_key_articles(db, kOrganization, "indonesia", 5);
    add_key_articles(db, kOrganization, "timnas indonesia", 20);
    EXPECT_FALSE(joined(db, "indonesia", "timnas indonesia", kOrganization));
    // Beside the team in fewer than a quarter of its articles.
    add_keys_together(db, kOrganization, {"iran", "timnas iran"}, 1);
    add_key_articles(db, kOrganization, "iran", 4);
    EXPECT_FALSE(joined(db, "iran", "timnas iran", kOrganization));
    // An age group's team is another.
    add_keys_together(db, kOrganization, {"thailand", "timnas thailand u-23"}, 4);
    EXPECT_FALSE(joined(db, "thailand", "timnas thailand u-23", kOrganization));
    // Not a country, as often beside the team as Thailand.
    add_keys_together(db, kOrganization, {"jawa timur", "timnas jawa timur"}, 4);
    add_key_articles(db, kOrganization, "jawa timur", 9);
    EXPECT_FALSE(joined(db, "jawa timur", "timnas jawa timur", kOrganization));
}

}  // namespace
}  // namespace telusur
