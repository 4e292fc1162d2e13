// One thing within one answer (same_thing_as()), session 31, names26: an
// acronym of a compound word's parts ("TJ" beside "PT Transjakarta", which
// the news also writes "Trans Jakarta"), where the database names the
// compound in a quarter of the acronym's articles at least. Each refusal is
// checked to fail without its guard.
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

using testing::add_key_articles;
using testing::add_keys_together;
using testing::empty_database;
using testing::joined;

/// clickid's counts: "TJ" in 11 articles, 3 of them beside "PT
/// Transjakarta" (29); one article's "Trans Jakarta"; "PS" in 19, never
/// beside "Playstore", which one article writes "Play Store".
Xapian::WritableDatabase database_of_compounds() {
    auto db = empty_database();
    add_keys_together(db, kOrganization, {"tj", "pt transjakarta"}, 3);
    add_key_articles(db, kOrganization, "tj", 8);
    add_key_articles(db, kOrganization, "pt transjakarta", 26);
    add_key_articles(db, kOrganization, "trans jakarta", 1);
    add_key_articles(db, kOrganization, "ps", 19);
    add_key_articles(db, kOrganization, "playstore", 1);
    add_key_articles(db, kOrganization, "play store", 6);
    return db;
}

TEST(Names26CompoundAcronym, TheLettersOfACompoundsParts) {
    // clickid: the facet lists of n54, n152 and n481 ("PT Transjakarta"
    // beside "TJ").
    const auto db = database_of_compounds();
    EXPECT_TRUE(joined(db, "tj", "pt transjakarta", kOrganization));
    // Three parts, the compound written apart after its legal form.
    auto three = empty_database();
    add_keys_together(three, kOrganization, {"bsd", "pt bumiserpongdamai"}, 2);
    add_key_articles(three, kOrganization, "pt bumi serpong damai", 1);
    EXPECT_TRUE(joined(three, "bsd", "pt bumiserpongdamai", kOrganization));
}

TEST(Names26CompoundAcronym, TheIntoIsTheCommonerInTheList) {
    const auto db = database_of_compounds();
    const EntityNames names(db);
    EXPECT_EQ(same_thing_as(kOrganization, names, {"tj", "pt transjakarta"}, {1, 10}),
              (std::vector<std::size_t>{1, 1}));
}

TEST(Names26CompoundAcronym, LettersTheDatabaseNamesApartStayApart) {
    // "PS" is many names' initials; the database never names it beside
    // "Playstore".
    const auto db = database_of_compounds();
    EXPECT_FALSE(joined(db, "ps", "playstore", kOrganization));
    // Without the compound written apart in the database, nothing says
    // where its parts are.
    auto unsplit = empty_database();
    add_keys_together(unsplit, kOrganization, {"tj", "pt transjakarta"}, 3);
    EXPECT_FALSE(joined(unsplit, "tj", "pt transjakarta", kOrganization));
}

TEST(Names26CompoundAcronym, OtherLettersOrShortPartsStayApart) {
    const auto db = database_of_compounds();
    // Letters that do not start the parts.
    EXPECT_FALSE(joined(db, "ta", "pt transjakarta", kOrganization));
    EXPECT_FALSE(joined(db, "jt", "pt transjakarta", kOrganization));
    // A part of two letters: too many words start so.
    auto two = empty_database();
    add_keys_together(two, kOrganization, {"dk", "dakarta"}, 3);
    add_key_articles(two, kOrganization, "da karta", 1);
    EXPECT_FALSE(joined(two, "dk", "dakarta", kOrganization));
}

}  // namespace
}  // namespace telusur
