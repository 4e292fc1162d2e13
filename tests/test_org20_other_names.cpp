// A body's other name across the database (EntityNames::resolve()),
// session 28, org20: a ministry's acronym of the name after its head, as
// the minister's title writes it ("Menteri LHK"), and one body under two
// heads that the news joins with a slash ("Kementerian PPN/Bappenas").
// Each refusal is checked to fail without it.
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

using testing::add_key_articles;
using testing::article;
using testing::empty_database;

/// `defining` articles that write `acronym` for `full`, and `alone` that
/// name the acronym alone.
void add_acronym_articles(Xapian::WritableDatabase& db, const std::string& acronym, const std::string& full,
                          int defining, int alone) {
    for (int i = 0; i < defining; ++i) db.add_document(article({{&kOrganization, full, {full, acronym}}}));
    for (int i = 0; i < alone; ++i) db.add_document(article({{&kOrganization, acronym, {acronym}}}));
}

/// `count` articles that name `acronym` alone and write `words` in their
/// text.
void add_articles_writing(Xapian::WritableDatabase& db, const std::string& acronym,
                          std::initializer_list<const char*> words, int count) {
    for (int i = 0; i < count; ++i) {
        Xapian::Document doc = article({{&kOrganization, acronym, {acronym}}});
        for (const char* word : words) doc.add_term(word);
        db.add_document(doc);
    }
}

TEST(Org20HeadAcronym, SpellsTheNameAfterItsHeads) {
    EXPECT_TRUE(EntityNames::spells_after_head("lhk", "kementerian lingkungan hidup dan kehutanan"));
    EXPECT_TRUE(EntityNames::spells_after_head("ppn", "kementerian perencanaan pembangunan nasional"));
    // Two heads: "Direktorat Jenderal".
    EXPECT_TRUE(EntityNames::spells_after_head("psp", "direktorat jenderal prasarana dan sarana pertanian"));
    // The acronym with the head's letter is short_form_share()'s.
    EXPECT_FALSE(EntityNames::spells_after_head("klhk", "kementerian lingkungan hidup dan kehutanan"));
    // Words before that are no body's head: "Pemerintah Daerah Khusus Ibukota".
    EXPECT_FALSE(EntityNames::spells_after_head("dki", "pemerintah daerah khusus ibukota"));
    EXPECT_FALSE(EntityNames::spells_after_head("hk", "lembaga bantuan hukum"));
    // A word of the name is no acronym of it.
    EXPECT_FALSE(EntityNames::spells_after_head("keuangan", "kementerian keuangan"));
}

TEST(Org20HeadAcronym, AMinistrysAcronymInTheMinistersTitleIsTheMinistry) {
    // clickid: "lhk" 27 articles ("Menteri LHK"), 3 spelling it out.
    auto db = empty_database();
    add_acronym_articles(db, "LHK", "Kementerian Lingkungan Hidup dan Kehutanan", 3, 4);
    // Most of its articles write the words it spells.
    add_articles_writing(db, "LHK", {"lingkungan", "hidup", "kehutanan"}, 20);
    EntityNames names(db);
    EXPECT_EQ(names.resolve(kOrganization, "LHK"), "kementerian lingkungan hidup dan kehutanan");
}

TEST(Org20HeadAcronym, NorDoItsUsesForTwoNamesOfOneBodyCountedAsOne) {
    // clickid: "PPN" written for the ministry and for the agency the slash
    // joins into it; counted by the key each resolves to, the uses would
    // pass as a short form, while the acronym's own articles are about the
    // tax.
    auto db = empty_database();
    add_key_articles(db, kOrganization, "kementerian perencanaan pembangunan nasional", 20);
    add_key_articles(db, kOrganization, "badan perencanaan pembangunan nasional", 8);
    add_key_articles(db, kOrganization, "kementerian ppn/bappenas", 3);
    add_acronym_articles(db, "PPN", "Kementerian Perencanaan Pembangunan Nasional", 3, 0);
    add_acronym_articles(db, "PPN", "Badan Perencanaan Pembangunan Nasional", 3, 0);
    add_articles_writing(db, "PPN", {"pajak", "pertambahan", "nilai"}, 20);
    EntityNames names(db);
    ASSERT_EQ(names.resolve(kOrganization, "Badan Perencanaan Pembangunan Nasional"),
              "kementerian perencanaan pembangunan nasional");
    EXPECT_EQ(names.resolve(kOrganization, "PPN"), "ppn");
}

TEST(Org20HeadAcronym, AnAcronymWhoseArticlesDoNotWriteItsWordsStaysItself) {
    // clickid: "ppn" spelt out 8 times for the planning ministry, but 13 of
    // its 46 articles are about value-added tax ("Pajak Pertambahan
    // Nilai"), which the tagger read as a body.
    auto db = empty_database();
    add_acronym_articles(db, "PPN", "Kementerian Perencanaan Pembangunan Nasional", 3, 0);
    add_articles_writing(db, "PPN", {"perencanaan", "pembangunan", "nasional"}, 12);
    add_articles_writing(db, "PPN", {"pajak", "pertambahan", "nilai"}, 8);
    EntityNames names(db);
    EXPECT_EQ(names.resolve(kOrganization, "PPN"), "ppn");
}

TEST(Org20HeadAcronym, AnAcronymSpeltForTwoNamesStaysItself) {
    auto db = empty_database();
    add_acronym_articles(db, "PSP", "Direktorat Jenderal Prasarana dan Sarana Pertanian", 3, 20);
    add_acronym_articles(db, "PSP", "Partai Sosialis Prancis", 2, 0);
    EntityNames names(db);
    EXPECT_EQ(names.resolve(kOrganization, "PSP"), "psp");
}

TEST(Org20HeadAcronym, AnAcronymAfterWordsThatAreNoHeadStaysItself) {
    auto db = empty_database();
    add_acronym_articles(db, "BH", "Lembaga Bantuan Hukum", 3, 20);
    EntityNames names(db);
    EXPECT_EQ(names.resolve(kOrganization, "BH"), "bh");
}

TEST(Org20SlashHead, OneBodyUnderTwoHeadsJoinedByASlashIsOne) {
    auto db = empty_database();
    add_key_articles(db, kOrganization, "kementerian perencanaan pembangunan nasional", 20);
    add_key_articles(db, kOrganization, "badan perencanaan pembangunan nasional", 8);
    // "Kementerian PPN/Bappenas": the head's acronym, and the one word that
    // spells the other name.
    add_key_articles(db, kOrganization, "kementerian ppn/bappenas", 2);
    add_key_articles(db, kOrganization,
                     "kementerian perencanaan pembangunan nasional/badan perencanaan pembangunan nasional", 1);
    EntityNames names(db);
    EXPECT_EQ(names.resolve(kOrganization, "Badan Perencanaan Pembangunan Nasional"),
              "kementerian perencanaan pembangunan nasional");
    // The commoner stays: no two keys lead to each other.
    EXPECT_EQ(names.resolve(kOrganization, "Kementerian Perencanaan Pembangunan Nasional"),
              "kementerian perencanaan pembangunan nasional");
}

TEST(Org20SlashHead, TwoSlashedArticlesAreNoPattern) {
    auto db = empty_database();
    add_key_articles(db, kOrganization, "kementerian perencanaan pembangunan nasional", 20);
    add_key_articles(db, kOrganization, "badan perencanaan pembangunan nasional", 8);
    add_key_articles(db, kOrganization, "kementerian ppn/bappenas", 2);
    EntityNames names(db);
    EXPECT_EQ(names.resolve(kOrganization, "Badan Perencanaan Pembangunan Nasional"),
              "badan perencanaan pembangunan nasional");
}

TEST(Org20SlashHead, TwoBodiesJoinedByASlashStayApart) {
    // "DPR/DPRD": the rests differ ("perwakilan rakyat daerah").
    auto db = empty_database();
    add_key_articles(db, kOrganization, "dewan perwakilan rakyat", 50);
    add_key_articles(db, kOrganization, "dewan perwakilan rakyat daerah", 30);
    add_key_articles(db, kOrganization, "dewan perwakilan rakyat/dewan perwakilan rakyat daerah", 5);
    add_key_articles(db, kOrganization, "dpr/dprd", 5);
    EntityNames names(db);
    EXPECT_EQ(names.resolve(kOrganization, "dewan perwakilan rakyat daerah"), "dewan perwakilan rakyat daerah");
}

TEST(Org20SlashHead, TheSameRestUnderAnotherHeadWithoutASlashStaysApart) {
    // clickid's "Departemen Luar Negeri" is mostly the US State Department,
    // "Kementerian Luar Negeri" Indonesia's ministry.
    auto db = empty_database();
    add_key_articles(db, kOrganization, "kementerian luar negeri", 85);
    add_key_articles(db, kOrganization, "departemen luar negeri", 6);
    EntityNames names(db);
    EXPECT_EQ(names.resolve(kOrganization, "departemen luar negeri"), "departemen luar negeri");
}

}  // namespace
}  // namespace telusur
