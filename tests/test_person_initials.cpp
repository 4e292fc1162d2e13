// A person's initials written with dots, without, or with dots after some
// letters only ("B.J. Habibie", "BJ Habibie", "B.J Habibie"): one person's
// key (entities.cpp, with_initials_undotted()). The texts are made up for
// the tests.
#include "common/entities/entities.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace telusur {
namespace {

/// The key the extractor gives the person written `name` in a sentence.
std::string person_key_in_text(const std::string& name) {
    for (const Entity& e : EntityExtractor::instance().extract("Kabar itu disampaikan " + name + " kepada wartawan."))
        if (e.type == EntityType::Person && e.text == name) return e.canonical;
    return "(not found: " + name + ")";
}

TEST(PersonInitials, DottedAndUndottedInitialsAreOnePerson) {
    EXPECT_EQ(person_key_in_text("B.J Habibie"), person_key_in_text("BJ Habibie"));
    EXPECT_EQ(person_key_in_text("J.K Rowling"), person_key_in_text("J.K. Rowling"));
    EXPECT_EQ(person_key_in_text("JK Rowling"), person_key_in_text("J.K. Rowling"));
    // Not listed: the key has the initials without dots.
    EXPECT_EQ(canonical_entity_name(EntityType::Person, "R.A. Sumiati Wirasena"), "RA Sumiati Wirasena");
    EXPECT_EQ(canonical_entity_name(EntityType::Person, "R.A Sumiati Wirasena"), "RA Sumiati Wirasena");
}

TEST(PersonInitials, OnlyTheLeadingInitialsChange) {
    // A dotted word with small letters is no initial; initials end at the
    // first word that is none ("HM" at the end stays).
    EXPECT_EQ(canonical_entity_name(EntityType::Person, "Dr. Sumiati Wirasena"), "Dr. Sumiati Wirasena");
    EXPECT_EQ(canonical_entity_name(EntityType::Person, "A. Bakri HM"), "A Bakri HM");
    EXPECT_EQ(canonical_entity_name(EntityType::Person, "Sumiati Wirasena"), "Sumiati Wirasena");
}

// A name with its initials in parentheses inside it, as the news writes
// BJ Habibie's (entities.cpp, join_names_around_quoted_nicknames()).
TEST(PersonInitials, InitialsInParenthesesInsideANameAreOnePerson) {
    const std::vector<Entity> found = EntityExtractor::instance().extract(
        "Presiden ketiga Bacharuddin Jusuf (BJ) Habibie dirawat di rumah sakit. BJ Habibie didampingi putranya.");
    std::vector<std::string> people;
    for (const Entity& e : found)
        if (e.type == EntityType::Person) people.push_back(e.canonical);
    ASSERT_EQ(people.size(), 2u);
    EXPECT_EQ(people[0], people[1]);
    EXPECT_EQ(found.front().text, "Bacharuddin Jusuf (BJ) Habibie");
}

TEST(PersonInitials, InitialsBeforeTheInitialsAgainJoinNothing) {
    for (const Entity& e :
         EntityExtractor::instance().extract("Wakil Presiden Jusuf Kalla (JK) JK menilai hal itu wajar."))
        EXPECT_EQ(e.text.find('('), std::string::npos) << e.text;
}

}  // namespace
}  // namespace telusur
