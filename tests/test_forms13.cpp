// Forms of one body in one answer (same_thing_as()), session 21: syllable
// acronyms that spell the roots of a name's noun forms ("Kompolnas" of
// "Komisi Kepolisian Nasional") or are written in several words ("Satpol
// PP", "Ditjen Hubud"), and a body's name cut before its last words beside
// the whole that articles abbreviate ("Badan Pengatur" of "Badan Pengatur
// Jalan Tol", BPJT), and a letter's number glued after the body that wrote
// it ("AirNav Indonesia Nomor C8334/19"). Each refusal is checked to fail
// without it.
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

/// `articles` articles naming `key` alone, written as `form` (the key when
/// empty).
void add_articles(Xapian::WritableDatabase& db, const std::string& key, int articles, const std::string& form = "") {
    for (int i = 0; i < articles; ++i) {
        Xapian::Document doc;
        doc.add_boolean_term(schema::make_boolean_term(kOrganization.prefix, key));
        const schema::NameUseTerms uses = schema::name_use_terms(kOrganization, key, form.empty() ? key : form);
        doc.add_boolean_term(uses.use);
        doc.add_boolean_term(uses.alias);
        db.add_document(doc);
    }
}

/// Whether same_thing_as() joins `a` and `b` (organisations unless said).
bool joined(const Xapian::Database& db, const std::string& a, const std::string& b,
            const schema::EntityTypeSchema& type = kOrganization) {
    return testing::joined(db, a, b, type);
}

/// `articles` articles naming `cut` and `whole`, written as `form`.
void add_articles_beside(Xapian::WritableDatabase& db, const std::string& cut, const std::string& whole, int articles,
                         const std::string& form) {
    for (int i = 0; i < articles; ++i) {
        Xapian::Document doc;
        doc.add_boolean_term(schema::make_boolean_term(kOrganization.prefix, cut));
        doc.add_boolean_term(schema::make_boolean_term(kOrganization.prefix, whole));
        doc.add_boolean_term(schema::name_use_terms(kOrganization, whole, form).use);
        db.add_document(doc);
    }
}

using testing::empty_database;

TEST(SameThingAsForms13, AnAcronymSpellsTheRootsOfANamesNounForms) {
    const auto db = empty_database();
    EXPECT_TRUE(joined(db, "kompolnas", "komisi kepolisian nasional"));  // ke-polisi-an
    EXPECT_TRUE(joined(db, "polres garut", "kepolisian resor garut"));   // a first word's root
    EXPECT_TRUE(joined(db, "ditjen hubla", "ditjen perhubungan laut"));  // per-hubung-an
    EXPECT_TRUE(joined(db, "kemhub", "kementerian perhubungan"));
}

TEST(SameThingAsForms13, ARootsSyllableGoesWithSyllablesOnly) {
    const auto db = empty_database();
    // "u" + "tah" of "per-tahan-an": a word, no acronym.
    EXPECT_FALSE(joined(db, "utah", "universitas pertahanan"));
    EXPECT_FALSE(joined(db, "puma", "pt pembangunan perumahan"));
    // A root's two letters are too many words' ("en" of "per-encana-an").
    EXPECT_FALSE(joined(db, "kaen", "kabid perencanaan"));
}

TEST(SameThingAsForms13, AMinisterIsNoMinistry) {
    const auto db = empty_database();
    EXPECT_FALSE(joined(db, "menkeu", "kementerian keuangan"));  // "men" of "ke-menteri-an"
    EXPECT_FALSE(joined(db, "menhub", "kementrian perhubungan"));
}

TEST(SameThingAsForms13, PlacesNamesAreNoNounForms) {
    const auto db = empty_database();
    // "ke" + "mbang" of "kembangan" read as "ke-mbang-an".
    EXPECT_FALSE(joined(db, "bukit kembang", "kecamatan kembangan", kLocation));
    EXPECT_FALSE(joined(db, "desa campor", "kecamatan porsea", kLocation));
}

TEST(SameThingAsForms13, AnAcronymWrittenInSeveralWordsSpellsRunsOfWords) {
    const auto db = empty_database();
    EXPECT_TRUE(joined(db, "satpol pp", "satuan polisi pamong praja"));
    EXPECT_TRUE(joined(db, "ditjen hubud", "direktorat jenderal perhubungan udara"));  // "dit" of "direktorat"
    EXPECT_TRUE(joined(db, "pn jaksel", "pengadilan negeri jakarta selatan"));
    EXPECT_TRUE(joined(db, "satpol pp jakarta pusat", "satuan polisi pamong praja jakarta pusat"));  // a place after
    EXPECT_TRUE(joined(db, "komnas ham", "komisi nasional hak asasi manusia"));
}

TEST(SameThingAsForms13, AnAcronymInSeveralWordsNeedsSixLetters) {
    const auto db = empty_database();
    EXPECT_FALSE(joined(db, "dp kpr", "dinas perikanan kab probolinggo"));  // five letters
}

TEST(SameThingAsForms13, ANameCutBeforeItsLastWordsJoinsTheWholeArticlesAbbreviate) {
    Xapian::WritableDatabase db = empty_database();
    add_articles(db, "badan pengatur jalan tol", 8, "Badan Pengatur Jalan Tol");
    add_articles(db, "badan pengatur jalan tol", 8, "BPJT");
    add_articles_beside(db, "badan pengatur", "badan pengatur jalan tol", 6, "BPJT");
    add_articles(db, "badan pengatur", 2);
    add_articles(db, "badan pengatur hilir minyak dan gas bumi", 3, "BPH Migas");
    db.commit();
    EXPECT_TRUE(joined(db, "badan pengatur", "badan pengatur jalan tol"));
    EXPECT_TRUE(joined(db, "badan pengatur jalan tol", "badan pengatur"));
}

TEST(SameThingAsForms13, ANameCutShortIsNamedBesideTheWhole) {
    Xapian::WritableDatabase db = empty_database();
    // "Kerjasama Pemerintah dan Badan Usaha (KPBU)": a phrase of its own.
    add_articles(db, "badan usaha milik negara", 70, "BUMN");
    add_articles_beside(db, "badan usaha", "badan usaha milik negara", 8, "BUMN");
    add_articles(db, "badan usaha", 17);
    db.commit();
    EXPECT_FALSE(joined(db, "badan usaha", "badan usaha milik negara"));
}

TEST(SameThingAsForms13, ANameCutShortIsTheStartOfTheKeyAsWritten) {
    Xapian::WritableDatabase db = empty_database();
    // Its bare name drops "Indonesia": no cut of "Himpunan Mahasiswa Islam".
    add_articles_beside(db, "himpunan mahasiswa indonesia", "himpunan mahasiswa islam", 2, "HMI");
    add_articles(db, "himpunan mahasiswa islam", 30, "HMI");
    db.commit();
    EXPECT_FALSE(joined(db, "himpunan mahasiswa indonesia", "himpunan mahasiswa islam"));
}

TEST(SameThingAsForms13, ANameCutShortNeedsAWholeArticlesAbbreviate) {
    Xapian::WritableDatabase db = empty_database();
    // A ministry of its own, never abbreviated.
    add_articles_beside(db, "kementerian keuangan", "kementerian keuangan jepang", 5, "Kementerian Keuangan Jepang");
    add_articles(db, "kementerian keuangan jepang", 12);
    db.commit();
    EXPECT_FALSE(joined(db, "kementerian keuangan", "kementerian keuangan jepang"));
}

TEST(SameThingAsForms13, ANameCutShortNeedsACommonerWhole) {
    Xapian::WritableDatabase db = empty_database();
    add_articles_beside(db, "dinas kesehatan", "dinas kesehatan labura", 3, "DKL");
    // The whole twice as common, but not half of all the names the cut
    // one starts.
    add_articles_beside(db, "universitas islam", "universitas islam negeri", 1, "UIN");
    add_articles(db, "universitas islam negeri", 15, "UIN");
    add_articles(db, "universitas islam riau", 9, "UIR");
    add_articles(db, "universitas islam bandung", 8, "Unisba");
    db.commit();
    EXPECT_FALSE(joined(db, "dinas kesehatan", "dinas kesehatan labura"));  // a branch
    EXPECT_FALSE(joined(db, "universitas islam", "universitas islam negeri"));
}

TEST(SameThingAsForms13, ANameCutShortNeedsOneWhole) {
    Xapian::WritableDatabase db = empty_database();
    add_articles(db, "badan pengatur jalan tol", 19, "BPJT");
    add_articles(db, "badan pengatur jalan raya", 19, "BPJR");
    add_articles_beside(db, "badan pengatur", "badan pengatur jalan tol", 1, "BPJT");
    add_articles_beside(db, "badan pengatur", "badan pengatur jalan raya", 1, "BPJR");
    db.commit();
    const EntityNames names(db);
    const auto into = same_thing_as(
        kOrganization, names, {"badan pengatur", "badan pengatur jalan tol", "badan pengatur jalan raya"}, {1, 3, 3});
    EXPECT_NE(into[0], into[1]);  // two wholes: which one is unknown
    EXPECT_NE(into[0], into[2]);
}

TEST(SameThingAsForms13, ALettersNumberGluedAfterABodyIsTheBody) {
    const auto db = empty_database();
    EXPECT_TRUE(joined(db, "airnav indonesia nomor c8334/19", "airnav"));
    EXPECT_TRUE(joined(db, "ditjen hubud no.", "ditjen hubud"));
    // Only a number after the word: a name goes on.
    EXPECT_FALSE(joined(db, "komite nomor satu", "komite"));
}

}  // namespace
}  // namespace telusur
