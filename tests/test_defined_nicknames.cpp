// Nicknames the news defines in so many words ("The Gunners, julukan
// Arsenal", "Emil, sapaan akrab Ridwan Kamil", "... yang akrab disapa Kak
// Seto"): within the text the nickname's tagged mentions are the name it is
// given for (Entity::defined_nickname), and the indexer records the
// definition (schema.h's definition terms), so that articles writing the
// nickname alone resolve to that name too, in one database and over shards.
// The texts are made up for the tests.
#include "common/analysis/analyzer.h"
#include "common/document_builder.h"
#include "common/entities/entities.h"
#include "common/entities/entity_names.h"
#include "common/schema.h"
#include "tests/test_support.h"

#include <gtest/gtest.h>
#include <xapian.h>

#include <string>
#include <vector>

namespace telusur {
namespace {

const EntityExtractor& extractor() { return EntityExtractor::instance(); }
const schema::EntityTypeSchema& kOrganization = schema::entity_schema(EntityType::Organization);

std::string describe(const std::vector<Entity>& found) {
    std::string out;
    for (const Entity& e : found)
        out += std::string(entity_type_name(e.type)) + ":" + e.text + "->" + e.canonical +
               (e.defined_nickname ? " (defined)" : "") + "; ";
    return out;
}

/// The mentions written `text` in `found`.
std::vector<Entity> mentions(const std::vector<Entity>& found, std::string_view text) {
    std::vector<Entity> out;
    for (const Entity& e : found)
        if (e.text == text) out.push_back(e);
    return out;
}

/// Whether every mention written `nickname` is `canonical`'s, of `type`,
/// marked as defined, and there is one at least.
::testing::AssertionResult names(const std::string& text, std::string_view nickname, EntityType type,
                                 std::string_view canonical) {
    const auto found = extractor().extract(text);
    const auto written = mentions(found, nickname);
    if (written.empty()) return ::testing::AssertionFailure() << "no mention " << nickname << ": " << describe(found);
    for (const Entity& e : written)
        if (e.type != type || e.canonical != canonical || !e.defined_nickname)
            return ::testing::AssertionFailure() << describe(found);
    return ::testing::AssertionSuccess();
}

/// Whether no mention of `found` is marked as a defined nickname.
::testing::AssertionResult defines_nothing(const std::string& text) {
    const auto found = extractor().extract(text);
    for (const Entity& e : found)
        if (e.defined_nickname) return ::testing::AssertionFailure() << describe(found);
    return ::testing::AssertionSuccess();
}

TEST(DefinedNicknames, ATeamsNicknameBeforeJulukanIsTheTeam) {
    EXPECT_TRUE(
        names("Laga itu dimenangi The Gunners, julukan Arsenal, dengan skor 2-1. The Gunners kini "
              "naik ke posisi ketiga.",
              "The Gunners", EntityType::Organization, "Arsenal"));
    // A nickname the curated epithet list leaves out as ambiguous.
    EXPECT_TRUE(names("Pelatih menilai The Lions - julukan Timnas Inggris - tampil buruk. The Lions kalah 0-2.",
                      "The Lions", EntityType::Organization, "Timnas Inggris"));
}

TEST(DefinedNicknames, ANicknameAfterBerjulukIsTheNameBeforeIt) {
    EXPECT_TRUE(
        names("Persela Lamongan yang juga berjuluk Laskar Joko Tingkir menang tipis. Laskar Joko "
              "Tingkir kini di peringkat kedelapan.",
              "Laskar Joko Tingkir", EntityType::Organization, "Persela Lamongan"));
}

TEST(DefinedNicknames, APersonsNicknameIsThePerson) {
    EXPECT_TRUE(
        names("Menurut Emil, sapaan akrab Ridwan Kamil, proyek itu selesai tahun depan. Emil juga "
              "meminta warga bersabar.",
              "Emil", EntityType::Person, "Ridwan Kamil"));
    EXPECT_TRUE(
        names("Politikus Edhie Baskoro Yudhoyono atau yang akrab disapa Ibas hadir di acara itu. Ibas "
              "berbicara di depan kader.",
              "Ibas", EntityType::Person, "Edhie Baskoro Yudhoyono"));
}

TEST(DefinedNicknames, AGenericHeadIsNoName) {
    // "Pria yang akrab disapa ...", "tim berjuluk ...": no one in particular.
    EXPECT_TRUE(defines_nothing("Pria yang akrab disapa Ucok itu ditangkap polisi. Ucok mengaku menyesal."));
    const auto team = extractor().extract("Tim berjuluk Maung Bandung itu menang 2-0. Maung Bandung kini kelima.");
    for (const Entity& e : mentions(team, "Maung Bandung")) {
        EXPECT_EQ(e.type, EntityType::Organization) << describe(team);
        EXPECT_FALSE(e.defined_nickname) << describe(team);
    }
}

TEST(DefinedNicknames, ACountryIsNoTeamsName) {
    // A country standing for its team: the nickname is no place.
    EXPECT_TRUE(
        defines_nothing("The Three Lions, julukan Inggris, menang 4-0 atas Bulgaria. The Three Lions "
                        "memimpin grup."));
}

TEST(DefinedNicknames, ASentencesFirstWordOrATitleIsNoPartOfTheNickname) {
    const auto found = extractor().extract(
        "Menurut Emil, sapaan akrab Ridwan Kamil, jalan itu dibuka pekan depan. Kata Emil, warga senang.");
    for (const Entity& e : found) EXPECT_NE(e.text.rfind("Menurut", 0), 0u) << describe(found);
}

TEST(DefinedNicknames, HowPeopleAreCalledIsNoBodysName) {
    // "sapaan", "disapa" name people: not the bank the sentence names.
    EXPECT_TRUE(defines_nothing("Direktur Bank Dunia yang akrab disapa Ani itu hadir. Ani berbicara soal utang."));
}

TEST(DefinedNicknames, ANameTheTextNeverTagsOrTheSameNameDefinesNothing) {
    EXPECT_TRUE(defines_nothing("Persib, julukan Persib, menang lagi. Persib kini memimpin klasemen."));
}

TEST(DefinedNicknames, AnAgeGroupsNicknameIsThatTeamThoughTheTaggerCutTheGroupOff) {
    EXPECT_TRUE(
        names("Skuad Garuda Asia –julukan Timnas Indonesia U-16– menang 4-0 atas Filipina. Garuda Asia kini "
              "memimpin grup.",
              "Garuda Asia", EntityType::Organization, "Timnas Indonesia U-16"));
}

TEST(DefinedNicknames, AWordingBeforeAnAcronymItDoesNotSpellIsTheAcronyms) {
    // A translation: the acronym spells the foreign name.
    EXPECT_TRUE(
        names("Sidang Federasi Otomotif Internasional (FIA) di Paris menyetujui kalender. FIA juga "
              "mengesahkan aturan baru.",
              "Federasi Otomotif Internasional", EntityType::Organization, "FIA"));
    EXPECT_TRUE(names("Perundingan dengan Organisasi Pembebasan Palestina (PLO) berlanjut. PLO menolak usulan itu.",
                      "Organisasi Pembebasan Palestina", EntityType::Organization, "PLO"));
}

TEST(DefinedNicknames, AWordingThatIsNoWholeNameDefinesNoAcronym) {
    // The name goes on before the tagged span: capitalized words the tagger
    // left out (a bond of the bank, not the bank), or the words the
    // acronym's first letter spells.
    EXPECT_TRUE(defines_nothing("Harga Surat Utang Bank Sentral Eropa (SUBE) turun. SUBE kini murah."));
    EXPECT_TRUE(
        defines_nothing("Peneliti Institute for Criminal Justice Reform (ICJR) menilai aturan itu keliru. "
                        "ICJR meminta revisi."));
    // A column of results: the make after the team, also written before it.
    EXPECT_TRUE(
        defines_nothing("Hasil balapan: 17. Bo Bendsneyder NED NTS RW Racing GP (NTS) 41m 44.639s. NTS "
                        "kembali gagal."));
    // An acronym the gazetteer lists: its own rule reads it.
    EXPECT_TRUE(defines_nothing("Juru bicara Badan Kesehatan Dunia (WHO) berkata. WHO mengimbau warga."));
}

/// Articles: two define "The Gunners" for Arsenal and one "The Blues" for
/// Chelsea only once; others name The Gunners or The Blues alone. Two
/// articles give "Federasi Otomotif Internasional" as the wording of FIA,
/// one writes the wording alone.
std::vector<Article> nickname_articles() {
    std::vector<Article> docs;
    const auto add = [&](const std::string& body) {
        docs.push_back(Article{"a" + std::to_string(docs.size()), "", body, "2019-09-01", "", "", "", ""});
    };
    add("Laga itu dimenangi The Gunners, julukan Arsenal, dengan skor 2-1. The Gunners kini ketiga.");
    add("Pelatih Unai Emery menyebut The Gunners, julukan Arsenal, tampil bagus. Arsenal menang 3-0.");
    add("The Gunners kalah di kandang Watford. Pelatih The Gunners kecewa.");
    add("The Gunners menang tipis atas Aston Villa pada Minggu malam.");
    add("Pemain The Gunners berlatih di London pada Senin.");
    add("The Blues, julukan Chelsea, kalah lagi. The Blues kini kesembilan.");
    add("The Blues ditahan imbang Everton pada Sabtu.");
    add("Sidang Federasi Otomotif Internasional (FIA) di Paris menyetujui kalender. FIA juga mengesahkan aturan.");
    add("Dewan Federasi Otomotif Internasional (FIA) bertemu di Jenewa. FIA menunda keputusan.");
    add("Presiden Federasi Otomotif Internasional Jean Todt datang ke Jakarta pada Senin.");
    return docs;
}

/// Parameter: two shards (else one database).
class DefinedNicknamesDatabase : public ::testing::TestWithParam<bool> {
protected:
    DefinedNicknamesDatabase() : db_(split_into(GetParam() ? 2 : 1)), names_(db_) {}
    static Xapian::Database split_into(std::size_t parts) {
        const Analyzer analyzer;
        DocumentBuilder builder(analyzer, &extractor());
        std::vector<Xapian::Document> docs;
        for (const Article& article : nickname_articles()) docs.push_back(builder.build(article));
        return testing::split_into(docs, parts);
    }
    std::size_t matches(const schema::EntityTypeSchema& type, const std::string& name) {
        return testing::documents_with_any(db_, names_.filter_terms(type, name));
    }
    Xapian::Database db_;
    EntityNames names_;
};

TEST_P(DefinedNicknamesDatabase, ANicknameDefinedInSomeArticlesIsTheNameInOthers) {
    EXPECT_EQ(db_.get_termfreq("XDORGthe gunners\tarsenal"), 2u);
    EXPECT_EQ(db_.get_termfreq("XGORGarsenal\tthe gunners"), 2u);
    EXPECT_EQ(names_.defined_as(kOrganization, "the gunners"), "arsenal");
    EXPECT_EQ(names_.resolve(kOrganization, "The Gunners"), "arsenal");
    // A filter on either name finds the articles of both: the two that
    // define it and those naming The Gunners alone.
    const std::size_t alone = db_.get_termfreq("XORGthe gunners");
    EXPECT_GE(alone, 2u);
    EXPECT_EQ(matches(kOrganization, "Arsenal"), 2u + alone);
    EXPECT_EQ(matches(kOrganization, "The Gunners"), 2u + alone);
}

TEST_P(DefinedNicknamesDatabase, AWordingDefinedForAnAcronymInSomeArticlesIsTheAcronymInOthers) {
    EXPECT_EQ(db_.get_termfreq("XDORGfederasi otomotif internasional\tfia"), 2u);
    EXPECT_EQ(db_.get_termfreq("XORGfederasi otomotif internasional"), 1u);
    EXPECT_EQ(names_.resolve(kOrganization, "Federasi Otomotif Internasional"), "fia");
    EXPECT_EQ(matches(kOrganization, "Federasi Otomotif Internasional"), 3u);
    EXPECT_EQ(matches(kOrganization, "FIA"), 3u);
}

TEST_P(DefinedNicknamesDatabase, OneDefinitionIsNoEvidence) {
    EXPECT_EQ(db_.get_termfreq("XDORGthe blues\tchelsea"), 1u);
    EXPECT_EQ(names_.defined_as(kOrganization, "the blues"), "");
}

INSTANTIATE_TEST_SUITE_P(OneDatabaseAndShards, DefinedNicknamesDatabase, ::testing::Bool(),
                         [](const auto& info) { return std::string(info.param ? "TwoShards" : "OneDatabase"); });

}  // namespace
}  // namespace telusur
