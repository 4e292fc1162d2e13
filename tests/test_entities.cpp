// Entity extractor: trigger contexts, organisation heads, aliases and
// canonical names, byte offsets, edge-case input. Uses the committed model
// (models/ner.model, models/gazetteer.tsv.gz).
#include "common/entities/entities.h"
#include "common/entities/gazetteer.h"
#include "common/entities/ner_text.h"
#include "common/entities/perceptron_model.h"
#include "common/entities/tagger_features.h"
#include "tests/test_support.h"

#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <map>
#include <string>
#include <thread>
#include <vector>

namespace telusur {
namespace {

const EntityExtractor& extractor() { return EntityExtractor::instance(); }

bool has_entity(const std::vector<Entity>& found, EntityType type, std::string_view text) {
    for (const Entity& e : found)
        if (e.type == type && e.text == text) return true;
    return false;
}

std::string describe(const std::vector<Entity>& found) {
    std::string out;
    for (const Entity& e : found)
        out += std::string(entity_type_name(e.type)) + ":" + e.text + "->" + e.canonical + "; ";
    return out;
}

struct MentionCase {
    const char* intent;
    const char* text;
    EntityType type;
    const char* mention;
};

class MentionTest : public ::testing::TestWithParam<MentionCase> {};

TEST_P(MentionTest, FindsMention) {
    const MentionCase& c = GetParam();
    const auto found = extractor().extract(c.text);
    EXPECT_TRUE(has_entity(found, c.type, c.mention))
        << c.intent << ": expected " << entity_type_name(c.type) << " '" << c.mention << "' in: " << c.text
        << "\n  found: " << describe(found);
}

INSTANTIATE_TEST_SUITE_P(
    Entities, MentionTest,
    ::testing::Values(
        // A world city from ICU's CLDR names (not in the shared place lists).
        MentionCase{"CLDR exemplar city",
                    "Mereka menilai kerja sama militer Pyongyang dan Moskwa melanggar resolusi Dewan Keamanan PBB.",
                    EntityType::Location, "Moskwa"},
        // Titles stay outside the PER span.
        MentionCase{"title trigger", "Presiden Joko Widodo meresmikan jalan tol itu pada Senin.", EntityType::Person,
                    "Joko Widodo"},
        MentionCase{"rank trigger", "Mayor Jenderal Andika Perkasa memimpin upacara di lapangan.", EntityType::Person,
                    "Andika Perkasa"},
        // Speech verb before the speaker.
        MentionCase{"speech verb", "\"Kami akan bekerja keras,\" kata Budi Santoso kepada wartawan.",
                    EntityType::Person, "Budi Santoso"},
        MentionCase{"speech verb ujar", "Harga beras mulai turun, ujar Suharso di Jakarta.", EntityType::Person,
                    "Suharso"},
        // Organisation heads are inside the ORG span.
        MentionCase{"ORG head Kementerian", "Kementerian Pertanian menyalurkan bantuan benih kepada petani.",
                    EntityType::Organization, "Kementerian Pertanian"},
        MentionCase{"ORG head Partai", "Partai Golkar menggelar musyawarah nasional di Bali.", EntityType::Organization,
                    "Partai Golkar"},
        MentionCase{"gazetteer abbreviation", "Penyidik KPK memeriksa dua saksi hari ini.", EntityType::Organization,
                    "KPK"},
        MentionCase{"place after preposition", "Banjir melanda sejumlah desa di Kabupaten Bekasi kemarin.",
                    EntityType::Location, "Kabupaten Bekasi"},
        MentionCase{"country", "Pemerintah Indonesia dan Malaysia sepakat memperkuat kerja sama.", EntityType::Location,
                    "Malaysia"}),
    testing::NameByField<&MentionCase::intent>());

struct CanonicalCase {
    EntityType type;
    const char* typed;
    const char* canonical;
};

class CanonicalTest : public ::testing::TestWithParam<CanonicalCase> {};

TEST_P(CanonicalTest, MapsAliasToCanonical) {
    const CanonicalCase& c = GetParam();
    EXPECT_EQ(canonical_entity_name(c.type, c.typed), c.canonical) << c.typed;
}

INSTANTIATE_TEST_SUITE_P(
    Aliases, CanonicalTest,
    ::testing::Values(CanonicalCase{EntityType::Location, "Korut", "Korea Utara"},
                      CanonicalCase{EntityType::Location, "korut", "Korea Utara"},
                      CanonicalCase{EntityType::Location, "AS", "Amerika Serikat"},
                      CanonicalCase{EntityType::Location, "amerika serikat", "Amerika Serikat"},
                      CanonicalCase{EntityType::Location, "Negeri Paman Sam", "Amerika Serikat"},
                      CanonicalCase{EntityType::Location, "Tiongkok", "Tiongkok"},
                      CanonicalCase{EntityType::Location, "China", "Tiongkok"},
                      CanonicalCase{EntityType::Location, "Jabar", "Jawa Barat"},
                      CanonicalCase{EntityType::Organization, "Pentagon", "Departemen Pertahanan Amerika Serikat"},
                      CanonicalCase{EntityType::Organization, "PDIP", "Partai Demokrasi Indonesia Perjuangan"},
                      CanonicalCase{EntityType::Organization, "kpk", "Komisi Pemberantasan Korupsi"},
                      // Unknown names: spacing normalized, case kept.
                      CanonicalCase{EntityType::Person, "  Budi   Santoso ", "Budi Santoso"},
                      CanonicalCase{EntityType::Person, "", ""}),
    testing::NameByField<&CanonicalCase::typed>());

TEST(EntityExtractor, CanonicalNameInExtraction) {
    const auto found = extractor().extract("Korut kembali meluncurkan rudal ke arah Laut Jepang, kata pejabat AS.");
    bool korut = false;
    for (const Entity& e : found)
        if (e.text == "Korut") {
            korut = true;
            EXPECT_EQ(e.canonical, "Korea Utara");
            EXPECT_EQ(e.type, EntityType::Location);
        }
    EXPECT_TRUE(korut) << describe(found);
}

TEST(EntityExtractor, OffsetsPointAtMentions) {
    const std::string text =
        "JAKARTA, KOMPAS.com - Ketua Umum Partai Gerindra Prabowo Subianto bertemu Presiden Joko Widodo "
        "di Istana Merdeka.\n\nSementara itu, Gubernur Jawa Tengah Ganjar Pranowo berada di Semarang.";
    const auto found = extractor().extract(text);
    ASSERT_FALSE(found.empty());
    std::size_t last_begin = 0;
    for (const Entity& e : found) {
        ASSERT_LT(e.begin, e.end);
        ASSERT_LE(e.end, text.size());
        EXPECT_EQ(text.substr(e.begin, e.end - e.begin), e.text);
        EXPECT_GE(e.begin, last_begin) << "entities come in text order";
        last_begin = e.begin;
    }
    EXPECT_TRUE(has_entity(found, EntityType::Person, "Prabowo Subianto")) << describe(found);
    EXPECT_TRUE(has_entity(found, EntityType::Location, "Semarang")) << describe(found);
}

TEST(EntityExtractor, ShortNamesFoldIntoTheFullNameOfTheSameArticle) {
    std::vector<std::string> names{"Austin", "Lloyd Austin", "Pat Ryder",   "Prabowo", "Prabowo Subianto",
                                   "Widodo", "Joko Widodo",  "Agus Widodo", "Kim"};
    std::map<std::string, unsigned> counts{{"Austin", 2},      {"Lloyd Austin", 1},     {"Pat Ryder", 1},
                                           {"Prabowo", 3},     {"Prabowo Subianto", 1}, {"Widodo", 1},
                                           {"Joko Widodo", 1}, {"Agus Widodo", 1},      {"Kim", 1}};
    merge_person_name_parts(names, counts);
    // Surname and first name fold in; "Widodo" could be either man and stays;
    // "Kim" is part of no longer name.
    EXPECT_EQ(names, (std::vector<std::string>{"Lloyd Austin", "Pat Ryder", "Prabowo Subianto", "Widodo", "Joko Widodo",
                                               "Agus Widodo", "Kim"}));
    EXPECT_EQ(counts["Lloyd Austin"], 3u);
    EXPECT_EQ(counts["Prabowo Subianto"], 4u);
    EXPECT_EQ(counts.count("Austin"), 0u);
    EXPECT_EQ(counts["Widodo"], 1u);
}

TEST(EntityExtractor, AShortNameFoldsWhateverTheCaseOfItsParticle) {
    std::vector<std::string> names{"Andreas van Houten", "Van Houten", "Van Basten"};
    std::map<std::string, unsigned> counts{{"Andreas van Houten", 1}, {"Van Houten", 2}, {"Van Basten", 1}};
    merge_person_name_parts(names, counts);
    EXPECT_EQ(names, (std::vector<std::string>{"Andreas van Houten", "Van Basten"}));
    EXPECT_EQ(counts["Andreas van Houten"], 3u);
}

// ---- Real news text (rule bits 32, 64, 128, 256) ----

bool any_entity_contains(const std::vector<Entity>& found, std::string_view part) {
    for (const Entity& e : found)
        if (e.text.find(part) != std::string::npos) return true;
    return false;
}

TEST(EntityExtractor, TitleCaseHeadlineVerbEndsTheName) {
    // A headline capitalizes every word: the verb after the name is no part of it.
    const std::string text = "Kim Jong Un Marahi Pejabat Korea Utara";
    const auto found = extractor().extract(text);
    EXPECT_TRUE(has_entity(found, EntityType::Person, "Kim Jong Un")) << describe(found);
    EXPECT_FALSE(any_entity_contains(found, "Marahi")) << describe(found);
    ExtractorOptions before;
    before.rule_mask = 0xC;
    const auto old = EntityExtractor::load(entity_model_dir(), before).extract(text);
    EXPECT_TRUE(any_entity_contains(old, "Marahi")) << "the model alone no longer makes this error; " << describe(old);
}

TEST(EntityExtractor, SentenceCaseKeepsNamesMadeOfCommonWords) {
    // Outside a Title Case headline a common word in a name is the name's.
    const auto found = extractor().extract("Menurut Bibit Samad Rianto, rencana itu sudah matang.");
    EXPECT_TRUE(has_entity(found, EntityType::Person, "Bibit Samad Rianto")) << describe(found);
}

TEST(EntityExtractor, SiteNamesAndBylinesAreNoEntities) {
    const std::string text =
        "JAKARTA, KOMPAS.com - Presiden Joko Widodo meninjau banjir, kata juru bicara kepada Kompas.com. (jhn/yn)";
    const auto found = extractor().extract(text);
    EXPECT_TRUE(has_entity(found, EntityType::Person, "Joko Widodo")) << describe(found);
    for (const char* site : {"KOMPAS.com", "Kompas.com", "jhn/yn"})
        EXPECT_FALSE(any_entity_contains(found, site)) << site << ": " << describe(found);
    // The gold sets tag a site's desk as an organisation: pre-tokenized text keeps it, typed ORG.
    const auto tokens = extractor().extract_tokens({"Hal", "itu", "dilaporkan", "detikINET", "kemarin", "."});
    for (const TokenEntity& e : tokens)
        if (e.first == 3) {
            EXPECT_EQ(e.type, EntityType::Organization);
        }
}

TEST(EntityExtractor, PlaceAbbreviationSplitsOffAPersonSpan) {
    const auto found = extractor().extract("Presiden AS Donald Trump bertemu Kim Jong Un di Hanoi.");
    EXPECT_TRUE(has_entity(found, EntityType::Person, "Donald Trump")) << describe(found);
    EXPECT_FALSE(any_entity_contains(found, "AS Donald")) << describe(found);
}

TEST(EntityExtractor, AcronymInParenthesesTakesTheFullName) {
    // Neither form is listed: the text itself defines the acronym.
    const std::string text =
        "Lembaga Kajian Hukum Nasional (LKHN) menilai rancangan itu lemah. Direktur LKHN, Budi Santoso, menolak.";
    const auto found = extractor().extract(text);
    unsigned acronyms = 0;
    for (const Entity& e : found)
        if (e.text == "LKHN") {
            ++acronyms;
            EXPECT_EQ(e.type, EntityType::Organization);
            EXPECT_EQ(e.canonical, "Lembaga Kajian Hukum Nasional");
        }
    EXPECT_EQ(acronyms, 2u) << describe(found);
    // Listed institutions: the acronym skips leading and function words.
    const auto pupr = extractor().extract(
        "Kementerian Pekerjaan Umum dan Perumahan Rakyat (PUPR) membangun jembatan. PUPR menyebut biaya naik.");
    for (const Entity& e : pupr)
        if (e.text == "PUPR") {
            EXPECT_EQ(e.canonical, "Kementerian Pekerjaan Umum dan Perumahan Rakyat");
        }
}

TEST(EntityExtractor, AcronymMustSpellTheFullName) {
    const auto found = extractor().extract("Lembaga Kajian Hukum Nasional (XYZ) menilai rancangan itu lemah.");
    for (const Entity& e : found) EXPECT_NE(e.canonical == "Lembaga Kajian Hukum Nasional", e.text == "XYZ");
}

std::string canonical_of(const std::vector<Entity>& found, std::string_view text) {
    for (const Entity& e : found)
        if (e.text == text) return e.canonical;
    return "";
}

TEST(EntityExtractor, StockCodeAfterAListedCompanyTakesItsName) {
    // Listed companies ("Tbk") with their four-capital code: the code is no
    // acronym of the name, yet names the company wherever the text writes it.
    for (const std::string text : {"Harga emas batangan PT Aneka Tambang Tbk (ANTM) turun. Saham ANTM menguat.",
                                   "Saham PT Gudang Garam Tbk. (GGRM) turun. Investor melepas GGRM."}) {
        const auto found = extractor().extract(text);
        const std::string code = text.find("ANTM") != std::string::npos ? "ANTM" : "GGRM";
        unsigned codes = 0;
        for (const Entity& e : found)
            if (e.text == code) {
                ++codes;
                EXPECT_NE(e.canonical, code) << describe(found);
                EXPECT_EQ(e.canonical.rfind("PT ", 0), 0u) << describe(found);
            }
        EXPECT_EQ(codes, 2u) << describe(found);
    }
    // Not a company without "Tbk", nor a code of another length: the
    // capitals keep their own key (the name before them becomes their
    // nickname instead: acronyms_of_other_wordings()).
    const auto unlisted = extractor().extract("Lembaga Kajian Hukum Nasional (ABCD) menilai rancangan itu lemah.");
    for (const Entity& e : unlisted) {
        if (e.text == "ABCD") {
            EXPECT_EQ(e.canonical, "ABCD") << describe(unlisted);
        }
    }
}

TEST(EntityExtractor, AWordingBeforeAListedAcronymIsThatBody) {
    // A translation and a short form of listed bodies, named by the text
    // before the acronym the gazetteer lists them by.
    const auto who = extractor().extract("Menurut Badan Kesehatan Dunia (WHO), polusi udara berbahaya.");
    EXPECT_EQ(canonical_of(who, "Badan Kesehatan Dunia"), "Organisasi Kesehatan Dunia") << describe(who);
    const auto bawaslu = extractor().extract("Massa berkumpul di depan Badan Pengawas Pemilu (Bawaslu) kemarin.");
    EXPECT_EQ(canonical_of(bawaslu, "Badan Pengawas Pemilu"), canonical_of(bawaslu, "Bawaslu")) << describe(bawaslu);
    // A name sharing no word with the listed body keeps its own.
    const auto unrelated = extractor().extract("Lembaga Kajian Hukum Nasional (WHO) menilai rancangan itu lemah.");
    EXPECT_NE(canonical_of(unrelated, "Lembaga Kajian Hukum Nasional"), "Organisasi Kesehatan Dunia")
        << describe(unrelated);
}

TEST(EntityExtractor, NameCutAtDanIsCompletedUpToItsAcronym) {
    // The tagger stops at "dan"; the acronym after the rest spells the whole.
    const auto found = extractor().extract(
        "Pegawai Badan Pengelola Keuangan dan Aset Daerah (BPKAD) Pemprov Sumut ditangkap. BPKAD membantah.");
    EXPECT_TRUE(has_entity(found, EntityType::Organization, "Badan Pengelola Keuangan dan Aset Daerah"))
        << describe(found);
    EXPECT_EQ(canonical_of(found, "BPKAD"), "Badan Pengelola Keuangan dan Aset Daerah") << describe(found);
    // An acronym that spells only the first part leaves the span as it was.
    const auto partial = extractor().extract("Kepala Badan Pengelola Keuangan dan Aset Daerah (BPK) hadir.");
    EXPECT_FALSE(has_entity(partial, EntityType::Organization, "Badan Pengelola Keuangan dan Aset Daerah"))
        << describe(partial);
}

TEST(EntityExtractor, ANameCutByItsAcronymInBracketsIsOneName) {
    // A generic name, its acronym, then the proper name: one name, which the
    // acronym names elsewhere in the text.
    const auto found = extractor().extract(
        "Penerbangan haji dialihkan ke Bandara Internasional Jawa Barat (BIJB) Kertajati di Majalengka. "
        "Direksi BIJB menyambut baik.");
    EXPECT_TRUE(has_entity(found, EntityType::Location, "Bandara Internasional Jawa Barat Kertajati"))
        << describe(found);
    EXPECT_FALSE(has_entity(found, EntityType::Location, "Kertajati")) << describe(found);
    EXPECT_EQ(canonical_of(found, "BIJB"), canonical_of(found, "Bandara Internasional Jawa Barat Kertajati"))
        << describe(found);
    // Not a person after a body's acronym, nor a place after it.
    const auto person =
        extractor().extract("Ketua Komisi Pemberantasan Korupsi (KPK) Agus Rahardjo hadir di Gedung DPR, Jakarta.");
    EXPECT_TRUE(has_entity(person, EntityType::Person, "Agus Rahardjo")) << describe(person);
    EXPECT_TRUE(has_entity(person, EntityType::Organization, "Komisi Pemberantasan Korupsi")) << describe(person);
}

TEST(EntityExtractor, AnAcronymsUntaggedMentionsKeepEveryMentionInTextOrder) {
    // An acronym defined in brackets names its untagged mentions too; those
    // are added to the mentions the tagger found, and the later steps read
    // each mention with its tokens (a one-word place after them: "Ambon").
    const std::string text =
        "Penampilan dari panggung Akademi Kesenian Sunda Indonesia (AKSI) tayang setiap hari. Sebelumnya "
        "panggung AKSI kehilangan seorang penari asal Ambon. Saksikan AKSI setiap malam dari Ambon.";
    const auto found = extractor().extract(text);
    std::size_t acronyms = 0;
    for (std::size_t i = 0; i < found.size(); ++i) {
        EXPECT_EQ(text.substr(found[i].begin, found[i].end - found[i].begin), found[i].text) << describe(found);
        if (i > 0) {
            EXPECT_LE(found[i - 1].begin, found[i].begin) << describe(found);
        }
        acronyms += found[i].text == "AKSI";
    }
    EXPECT_EQ(acronyms, 3u) << describe(found);
    EXPECT_TRUE(has_entity(found, EntityType::Location, "Ambon")) << describe(found);
}

TEST(EntityExtractor, OrganisationsFirstWordAloneTakesTheFullName) {
    // "Garuda" alone is a listed body (a party's short name, the airline's
    // too); beside Garuda Indonesia it is the airline.
    const auto garuda =
        extractor().extract("Maskapai Garuda Indonesia menunda penerbangan. Direktur Garuda mengatakan hal itu.");
    EXPECT_EQ(canonical_of(garuda, "Garuda"), canonical_of(garuda, "Garuda Indonesia")) << describe(garuda);
    // The shortest of nested names ("Lion Air" of "Lion Air Group").
    const auto lion = extractor().extract(
        "Manajemen Lion Air Group mengakui data bocor. Lion Air meminta maaf. Pihak Lion berjanji menyelidiki.");
    for (const Entity& e : lion)
        if (e.text == "Lion" && e.type == EntityType::Organization) {
            EXPECT_EQ(e.canonical, canonical_of(lion, "Lion Air")) << describe(lion);
        }
    // Two bodies start with the word: neither.
    const auto two = extractor().extract(
        "Manchester United menjamu Manchester City di Old Trafford. Manchester kini bersiap untuk derbi.");
    for (const Entity& e : two) EXPECT_FALSE(e.text == "Manchester" && e.canonical.find(' ') != std::string::npos);
    // A name and a place, and a team of a series, stay for the index's own rules.
    const auto golkar = extractor().extract("Ketua DPD Golkar Jabar bertemu pengurus Golkar di Bandung.");
    EXPECT_NE(canonical_of(golkar, "Golkar"), canonical_of(golkar, "Golkar Jabar")) << describe(golkar);
    const auto u16 = extractor().extract("Timnas U-16 menang 3-0. Timnas kalah.");
    EXPECT_EQ(canonical_of(u16, "Timnas"), "Timnas") << describe(u16);
}

TEST(EntityExtractor, NicknameBesideAFullNameTakesIt) {
    // clickid writes "Basuki Tjahaja Purnama alias Ahok", "(Ahok)", "(BTP) atau Ahok".
    unsigned tagged = 0;
    for (const std::string text :
         {"Mantan Gubernur DKI Jakarta Basuki Tjahaja Purnama alias Ahok tiba di rumah duka. Ahok lalu berdoa.",
          "Kebijakan itu dibuat Gubernur Basuki Tjahaja Purnama (Ahok) pada 2016. Kata Ahok, warga setuju.",
          "Survei membandingkan Anies Baswedan dengan Basuki Tjahaja Purnama (BTP) atau Ahok. Ahok unggul."}) {
        const auto found = extractor().extract(text);
        if (!has_entity(found, EntityType::Person, "Ahok")) continue;  // the model's choice, not this rule's
        ++tagged;
        for (const Entity& e : found)
            if (e.text == "Ahok") {
                EXPECT_EQ(e.canonical, "Basuki Tjahaja Purnama") << text << "\n" << describe(found);
            }
    }
    EXPECT_GE(tagged, 2u);
}

TEST(EntityExtractor, AlternativeAfterAtauStaysItsOwnPerson) {
    // "atau" is also "or": a name the text gives in full elsewhere is a second person.
    const auto found =
        extractor().extract("Warga memilih Budi Santoso atau Joko untuk memimpin desa. Kata Joko Susilo, ia siap.");
    ASSERT_TRUE(has_entity(found, EntityType::Person, "Joko")) << describe(found);
    EXPECT_EQ(canonical_of(found, "Joko"), "Joko") << describe(found);
}

TEST(EntityExtractor, AcronymAfterAtauTakesTheFullName) {
    const auto found = extractor().extract(
        "Menurut Badan Riset Kelautan Nusantara atau BRKN, suhu laut naik. Kepala BRKN menjelaskan.");
    unsigned acronyms = 0;
    for (const Entity& e : found)
        if (e.text == "BRKN") {
            ++acronyms;
            EXPECT_EQ(e.canonical, "Badan Riset Kelautan Nusantara") << describe(found);
        }
    EXPECT_EQ(acronyms, 2u) << describe(found);
}

TEST(EntityExtractor, SportsEventsAreNoPlaces) {
    const auto found = extractor().extract(
        "Indonesia akan menghadapi Kenya di Davis Cup pekan depan, setelah tampil di Australian Open di Melbourne.");
    for (const Entity& e : found) {
        if (e.type != EntityType::Location) continue;
        EXPECT_EQ(e.text.find("Cup"), std::string::npos) << describe(found);
        EXPECT_EQ(e.text.find("Open"), std::string::npos) << describe(found);
    }
    EXPECT_TRUE(has_entity(found, EntityType::Location, "Melbourne")) << describe(found);
}

TEST(EntityExtractor, CoordinateHemispheresAreNoEntities) {
    const auto found = extractor().extract(
        "Pusat gempa berada di 6.40 LS dan 111.84 BT pada kedalaman 10 kilometer, kata BMKG. Lokasinya 2,53 LU. "
        "Gempa susulan di 0,93 Lintang Selatan (LS) dan 119,89 Bujur Timur (BT).");
    for (const std::string_view direction : {"LS", "BT", "LU"})
        EXPECT_FALSE(any_entity_contains(found, direction)) << describe(found);
}

TEST(EntityExtractor, ARankEndingAnOrganizationIsCutOff) {
    const std::string text =
        "Kabid Humas Polda Metro Jaya Kombes Argo Yuwono mengatakan, tersangka sudah ditahan. "
        "Kapolres Purwakarta AKP Dwi Winarsa dan Kabid Humas Polda Jateng AKBP Iskandar datang.";
    const auto found = extractor().extract(text);
    for (const std::string_view rank : {"Kombes", "AKBP", "AKP"})
        for (const Entity& e : found) {
            if (e.type == EntityType::Person) continue;
            EXPECT_EQ(e.text.find(rank), std::string::npos) << describe(found);
        }
    EXPECT_TRUE(has_entity(found, EntityType::Organization, "Polda Metro Jaya")) << describe(found);
    // Without the rule the model's span holds the rank.
    ExtractorOptions without;
    without.rule_mask &= ~512u;
    const auto before = EntityExtractor::load(entity_model_dir(), without).extract(text);
    EXPECT_TRUE(any_entity_contains(before, "Kombes") || any_entity_contains(before, "AKBP") ||
                any_entity_contains(before, "AKP"))
        << describe(before);
}

TEST(EntityExtractor, APersonsGroupNamedAloneIsNoPartOfTheName) {
    const auto found = extractor().extract(
        "Jimin BTS mengaku senang. Konser BTS di Riyadh ditonton ribuan penggemar. BTS juga tampil di Seoul.");
    EXPECT_TRUE(has_entity(found, EntityType::Person, "Jimin")) << describe(found);
    for (const Entity& e : found) {
        if (e.type != EntityType::Person) continue;
        EXPECT_EQ(e.text.find("BTS"), std::string::npos) << describe(found);
    }
    // Without that (rule 256 off) the model's person holds the group.
    ExtractorOptions without;
    without.rule_mask &= ~256u;
    EXPECT_TRUE(has_entity(EntityExtractor::load(entity_model_dir(), without).extract("Jimin BTS mengaku senang."),
                           EntityType::Person, "Jimin BTS"));
}

// The extractor with only the rules before the clean-up for real news
// (rule mask 12): the model's own errors, which the tests below fix.
const EntityExtractor& before_cleanup() {
    static const EntityExtractor x = [] {
        ExtractorOptions o;
        o.rule_mask = 12;
        return EntityExtractor::load(entity_model_dir(), o);
    }();
    return x;
}

bool any_person_contains(const std::vector<Entity>& found, std::string_view word) {
    for (const Entity& e : found)
        if (e.type == EntityType::Person && e.text.find(word) != std::string::npos) return true;
    return false;
}

TEST(EntityExtractor, APersonsGroupWrittenApartIsNoPartOfTheName) {
    // BTS is never tagged alone here, but the text writes it apart from any person.
    const std::string text =
        "Jin BTS Diketawai Usai Cerita Dapat Uang Hari Raya dari Bibi\n\nMasa cuti panjang BTS diumumkan Agustus.";
    const auto found = extractor().extract(text);
    EXPECT_TRUE(has_entity(found, EntityType::Person, "Jin")) << describe(found);
    EXPECT_FALSE(any_person_contains(found, "BTS")) << describe(found);
    EXPECT_TRUE(any_person_contains(before_cleanup().extract(text), "BTS"));
}

TEST(EntityExtractor, AnAcronymBeforeAFullNameIsNoPartOfIt) {
    const std::string text = "Polda Jawa Timur Akhirnya Terbitkan DPO Veronica Koman";
    const auto found = extractor().extract(text);
    EXPECT_TRUE(has_entity(found, EntityType::Person, "Veronica Koman")) << describe(found);
    EXPECT_TRUE(has_entity(before_cleanup().extract(text), EntityType::Person, "DPO Veronica Koman"));
    // Two capitals may be a name's initials.
    EXPECT_TRUE(any_person_contains(extractor().extract("Wali Kota Solo FX Hadi Rudyatmo hadir."), "FX"));
}

TEST(EntityExtractor, AnAcronymSpelledInLowerCaseIsNoEntity) {
    // "daftar pencarian orang (DPO)" is a wanted list; "pajak kendaraan bermotor (PKB)" a tax.
    const std::string text =
        "Abdul Lahab masuk daftar pencarian orang (DPO) Polres Lampung Tengah sejak 2013. Status DPO itu dicabut. "
        "Warga membayar pajak kendaraan bermotor (PKB) di Samsat.";
    const auto found = extractor().extract(text);
    for (const Entity& e : found) {
        EXPECT_NE(e.text, "DPO") << describe(found);
        EXPECT_NE(e.text, "PKB") << describe(found);
    }
    EXPECT_TRUE(has_entity(found, EntityType::Person, "Abdul Lahab")) << describe(found);
    // A body spelled out in capitals stays one.
    EXPECT_TRUE(has_entity(extractor().extract("Ketua Partai Kebangkitan Bangsa (PKB) hadir. PKB menolak."),
                           EntityType::Organization, "PKB"));
}

TEST(EntityExtractor, StatutesAreNoOrganizations) {
    const std::string text =
        "Mahasiswa menolak revisi KUHP, RUU Pertahanan, dan RUU Ketenagakerjaan di depan Gedung DPR.";
    const auto found = extractor().extract(text);
    for (const Entity& e : found) EXPECT_EQ(e.text.find("RUU"), std::string::npos) << describe(found);
    EXPECT_TRUE(has_entity(before_cleanup().extract(text), EntityType::Organization, "RUU Pertahanan"));
}

TEST(EntityExtractor, ACommonWordEndingAnUntaggedNameIsNoPlace) {
    // "Dunia" (the world) is a listed region; in "Piala Dunia" it ends an event's name.
    const std::string text = "Timnas Indonesia kalah dari Thailand dalam kualifikasi Piala Dunia 2022 di Jakarta.";
    const auto found = extractor().extract(text);
    EXPECT_FALSE(has_entity(found, EntityType::Location, "Dunia")) << describe(found);
    EXPECT_TRUE(has_entity(found, EntityType::Location, "Jakarta")) << describe(found);
    EXPECT_TRUE(has_entity(before_cleanup().extract(text), EntityType::Location, "Dunia"));
}

TEST(EntityExtractor, AHeadlineVerbInsideASpanEndsIt) {
    const std::string text = "Polda Metro Sarankan Taksi , Pakai Pelat Kuning agar Bebas dari Ganjil-Genap";
    const auto found = extractor().extract(text);
    EXPECT_TRUE(has_entity(found, EntityType::Organization, "Polda Metro")) << describe(found);
    bool swallowed = false;
    for (const Entity& e : before_cleanup().extract(text))
        swallowed = swallowed || e.text.find("Sarankan") != std::string::npos;
    EXPECT_TRUE(swallowed);
}

std::string found_people(const std::vector<Entity>& found) {
    std::string out;
    for (const Entity& e : found)
        if (e.type == EntityType::Person) out += e.text + "; ";
    return out;
}

TEST(EntityExtractor, AMinistersTitleDerivedFromTheMinistryIsNoPartOfTheName) {
    // Neither title is a listed trigger: both come from the ministries'
    // abbreviations (Kemenpar, Kementan) in the institution list.
    const std::string text =
        "Menpar Arief Yahya membuka festival itu. \"Kami mendukung,\" ujar Menpar Arief Yahya. Mentan Amran "
        "Sulaiman menargetkan investasi naik.";
    const auto found = extractor().extract(text);
    EXPECT_TRUE(has_entity(found, EntityType::Person, "Arief Yahya")) << describe(found);
    EXPECT_FALSE(any_person_contains(found, "Menpar")) << describe(found);
    EXPECT_FALSE(any_person_contains(found, "Mentan")) << describe(found);
    EXPECT_FALSE(has_entity(found, EntityType::Location, "Mentan Amran Sulaiman")) << describe(found);
    EXPECT_TRUE(any_person_contains(before_cleanup().extract(text), "Menpar Arief"));
}

TEST(EntityExtractor, AMinistersTitleAloneIsNoPerson) {
    // "Menpar" (Kemenpar) named alone is no person; "Mendy" starts the
    // same way but is no ministry's title.
    const std::string text =
        "Kunjungan wisatawan naik tahun ini. Menpar mengatakan target itu tercapai. \"Kami optimistis,\" kata "
        "Menpar. Bek Manchester City Benjamin Mendy cedera. Mendy mengatakan ia segera pulih.";
    ASSERT_TRUE(has_entity(before_cleanup().extract(text), EntityType::Person, "Menpar"));
    const auto found = extractor().extract(text);
    EXPECT_FALSE(any_person_contains(found, "Menpar")) << describe(found);
    EXPECT_TRUE(has_entity(found, EntityType::Person, "Mendy")) << describe(found);
}

TEST(EntityExtractor, ANicknameInQuotesInsideANameIsThatPersons) {
    // The tagger splits the name at the quotes, or leaves a side untagged.
    const std::string text =
        "Petinju Saul 'Canelo' Alvarez menang angka. Canelo kini mengincar gelar keempat. Di Jakarta, tim "
        "EVOS beranggotakan Henri \"Carraway\" Teja dan Farhan \"Hanss\" Akbari Ardiansyah.";
    const auto found = extractor().extract(text);
    EXPECT_EQ(canonical_of(found, "Canelo"), "Saul Alvarez") << describe(found);
    EXPECT_FALSE(has_entity(found, EntityType::Person, "Saul")) << describe(found);
    EXPECT_FALSE(has_entity(found, EntityType::Person, "Alvarez")) << describe(found);
    bool henri = false, farhan = false;
    for (const Entity& e : found) {
        henri = henri || (e.type == EntityType::Person && e.canonical == "Henri Teja");
        farhan = farhan || (e.type == EntityType::Person && e.canonical == "Farhan Akbari Ardiansyah");
    }
    EXPECT_TRUE(henri && farhan) << describe(found);
    // Quoted words of a Title Case headline: a verb, or a phrase between two full names.
    for (const std::string headline :
         {"Syahrini 'Sindir' Luna Maya soal Konser di Jakarta", "Hotman Paris 'Skak Mat' Bebby Fey yang Sebar Chat"}) {
        const auto people = extractor().extract(headline);
        for (const Entity& e : people)
            EXPECT_TRUE(e.canonical != "Syahrini Luna Maya" && e.canonical != "Hotman Paris Bebby Fey")
                << describe(people);
    }
}

TEST(EntityExtractor, ARankIsNoPartOfTheName) {
    const std::string text = "Panglima TNI Marsekal Hadi Tjahjanto meninjau lokasi banjir di Bekasi.";
    const auto found = extractor().extract(text);
    EXPECT_TRUE(has_entity(found, EntityType::Person, "Hadi Tjahjanto")) << describe(found);
    EXPECT_TRUE(has_entity(before_cleanup().extract(text), EntityType::Person, "Marsekal Hadi Tjahjanto"));
}

TEST(EntityExtractor, ATitleThatIsAlsoANameIsCutOnlyWhereTheTextUsesItAsOne) {
    // Before two people's names, "Pangeran" is a title.
    const std::string text =
        "Karena Pangeran Harry adalah putra kedua Pangeran Charles, anak-anaknya tak akan mendapatkan gelar pangeran.";
    const auto royals = extractor().extract(text);
    EXPECT_TRUE(has_entity(royals, EntityType::Person, "Harry")) << describe(royals);
    EXPECT_FALSE(any_person_contains(royals, "Pangeran")) << describe(royals);
    EXPECT_TRUE(has_entity(before_cleanup().extract(text), EntityType::Person, "Pangeran Harry"));
    // A first name: the text writes it alone, or it heads one name only.
    const auto imam = extractor().extract(
        "Menpora Imam Nahrawi diperiksa KPK. Imam Nahrawi mengaku tidak tahu. Imam menolak berkomentar.");
    EXPECT_TRUE(has_entity(imam, EntityType::Person, "Imam Nahrawi")) << describe(imam);
    const auto putri = extractor().extract("Putri Ayu tampil di Jakarta. Putri Ayu membawakan tiga lagu.");
    EXPECT_TRUE(any_person_contains(putri, "Ayu")) << describe(putri);
    // A title the news nearly always capitalizes is part of the name.
    const auto gus = extractor().extract("Gus Miftah dan Gus Mus hadir di pesantren itu.");
    EXPECT_TRUE(any_person_contains(gus, "Gus Miftah")) << found_people(gus);
}

TEST(EntityExtractor, AVerbEndingANameIsCutWhereTheTextNamesItWithout) {
    const std::string text =
        "PB Djarum menghentikan audisi umum tahun depan. Simak Video \"KPAI dan PB Djarum Berdamai, Audisi Jalan "
        "Terus!\"";
    const auto found = extractor().extract(text);
    EXPECT_TRUE(has_entity(found, EntityType::Organization, "PB Djarum")) << describe(found);
    for (const Entity& e : found) EXPECT_EQ(e.text.find("Berdamai"), std::string::npos) << describe(found);
    // Where the text never writes the name without the word, a Title Case
    // headline's verb still ends a body's name (split_at_headline_words()).
    const std::string alone = "Simak Video \"KPAI dan PB Djarum Berdamai, Audisi Jalan Terus!\"";
    ASSERT_TRUE(has_entity(before_cleanup().extract(alone), EntityType::Organization, "PB Djarum Berdamai"));
    EXPECT_TRUE(has_entity(extractor().extract(alone), EntityType::Organization, "PB Djarum"));
}

TEST(EntityExtractor, ASurnameTaggedAsAVillageIsThePerson) {
    // "Mane" is a listed village name only.
    const std::string text =
        "Liverpool menang 2-1 lewat gol Sadio Mane. Gol Mane bermula dari umpan Firmino. Mane kini mencetak lima gol.";
    const auto found = extractor().extract(text);
    EXPECT_FALSE(has_entity(found, EntityType::Location, "Mane")) << describe(found);
    EXPECT_TRUE(has_entity(before_cleanup().extract(text), EntityType::Location, "Mane"));
    // A place after a place preposition stays one beside a person of its name.
    const auto city = extractor().extract("Denzel Washington tiba di Washington kemarin.");
    EXPECT_TRUE(has_entity(city, EntityType::Location, "Washington")) << describe(city);
}

TEST(EntityExtractor, ALoneInitialIsNoPerson) {
    const std::string text = "Kasus itu dilaporkan oleh T. kepada polisi.";
    EXPECT_TRUE(has_entity(before_cleanup().extract(text), EntityType::Person, "T."));
    EXPECT_FALSE(has_entity(extractor().extract(text), EntityType::Person, "T."))
        << describe(extractor().extract(text));
}

TEST(EntityExtractor, AClubNamedAfterItsCityIsAnOrganization) {
    const auto found =
        extractor().extract("Manajer Liverpool, Jurgen Klopp, puas. Liverpool kini memimpin klasemen Liga Inggris.");
    EXPECT_TRUE(has_entity(found, EntityType::Organization, "Liverpool")) << describe(found);
    EXPECT_FALSE(has_entity(found, EntityType::Location, "Liverpool")) << describe(found);
    // A listed club's city, where the text speaks of a club's players.
    const std::string match =
        "Laga Burnley vs Liverpool di Stadion Turf Moor berakhir 0-3. Bek Virgil van Dijk tampil solid.";
    EXPECT_TRUE(has_entity(extractor().extract(match), EntityType::Organization, "Liverpool"))
        << describe(extractor().extract(match));
    EXPECT_TRUE(has_entity(before_cleanup().extract(match), EntityType::Location, "Liverpool"));
    // A place where the text says so: "di Liverpool".
    const auto city = extractor().extract("Manajer Liverpool itu tinggal di Liverpool sejak 2015.");
    EXPECT_FALSE(has_entity(city, EntityType::Organization, "Liverpool")) << describe(city);
}

TEST(EntityExtractor, ATeamsNicknameIsAnOrganization) {
    const auto found =
        extractor().extract("Tim berjuluk Maung Bandung itu menang 2-0. Maung Bandung kini di peringkat kelima.");
    EXPECT_TRUE(has_entity(found, EntityType::Organization, "Maung Bandung")) << describe(found);
    EXPECT_FALSE(has_entity(found, EntityType::Location, "Maung Bandung")) << describe(found);
}

TEST(EntityExtractor, GluedNamesTheTextKnowsAreSplit) {
    const std::string text = "Ketua fraksi PKS Refriza menolak. PKS menilai Refriza benar.";
    const auto found = extractor().extract(text);
    EXPECT_FALSE(has_entity(found, EntityType::Organization, "PKS Refriza")) << describe(found);
    const auto place = extractor().extract("Pasukan itu tiba di Pyeongtaek Korea Selatan pada Senin.");
    EXPECT_FALSE(has_entity(place, EntityType::Location, "Pyeongtaek Korea Selatan")) << describe(place);
}

TEST(EntityExtractor, ShortNameOfAPersonIsAPersonInTheSameText) {
    // "Gading" is also a listed place (Kelapa Gading); after "Gading Marten" it is him.
    const auto found =
        extractor().extract("Reaksi Gading Marten saat mendengar cerita itu. Gading pun tertawa, kata Gading.");
    for (const Entity& e : found)
        if (e.text == "Gading") {
            EXPECT_EQ(e.type, EntityType::Person) << describe(found);
        }
}

const Entity* find_entity(const std::vector<Entity>& found, EntityType type, std::string_view text) {
    for (const Entity& e : found)
        if (e.type == type && e.text == text) return &e;
    return nullptr;
}

TEST(EntitySpans, ABodyCutAtAJoinIsCompletedUpToItsAcronym) {
    // The model cuts the name at the comma and tags a piece of the rest as
    // a body of its own.
    const std::string text =
        "Pada Minggu pagi, Badan Meteorologi, Klimatologi dan Geofisika (BMKG) memperingatkan nelayan.";
    ASSERT_TRUE(has_entity(before_cleanup().extract(text), EntityType::Organization, "Klimatologi"));
    const auto found = extractor().extract(text);
    const Entity* whole = find_entity(found, EntityType::Organization, "Badan Meteorologi, Klimatologi dan Geofisika");
    const Entity* acronym = find_entity(found, EntityType::Organization, "BMKG");
    ASSERT_NE(whole, nullptr) << describe(found);
    ASSERT_NE(acronym, nullptr) << describe(found);
    EXPECT_EQ(whole->canonical, acronym->canonical);
    EXPECT_FALSE(has_entity(found, EntityType::Organization, "Klimatologi")) << describe(found);
    // Without the acronym, the gazetteer lists the whole (with a comma
    // before "dan").
    const auto listed = extractor().extract("Badan Meteorologi, Klimatologi dan Geofisika memperkirakan hujan turun.");
    const Entity* body = find_entity(listed, EntityType::Organization, "Badan Meteorologi, Klimatologi dan Geofisika");
    ASSERT_NE(body, nullptr) << describe(listed);
    EXPECT_EQ(body->canonical, acronym->canonical);
    // Two listed bodies joined by "dan" stay two.
    const auto two = extractor().extract("Polri dan Kejaksaan Agung bekerja sama mengusut kasus itu.");
    EXPECT_TRUE(has_entity(two, EntityType::Organization, "Polri")) << describe(two);
    EXPECT_TRUE(has_entity(two, EntityType::Organization, "Kejaksaan Agung")) << describe(two);
}

TEST(EntitySpans, AListedAcronymCompletesTheBodyItNames) {
    // Kemenkumham does not spell "Kementerian Hukum dan HAM" letter by
    // letter, but the gazetteer lists it for a body whose name goes on from
    // "Kementerian Hukum dan".
    const std::string text = "Pegawai Kementerian Hukum dan HAM (Kemenkumham) memeriksa berkas itu kemarin.";
    ASSERT_TRUE(has_entity(before_cleanup().extract(text), EntityType::Organization, "Kementerian Hukum"));
    const auto found = extractor().extract(text);
    const Entity* body = find_entity(found, EntityType::Organization, "Kementerian Hukum dan HAM");
    ASSERT_NE(body, nullptr) << describe(found);
    EXPECT_EQ(body->canonical, extractor().canonical_name(EntityType::Organization, "Kemenkumham"));
    EXPECT_FALSE(has_entity(found, EntityType::Organization, "Kementerian Hukum")) << describe(found);
    // Named alone, the shorter ministry stays itself.
    const auto alone = extractor().extract("Kementerian Hukum menerbitkan aturan baru soal merek.");
    const Entity* ministry = find_entity(alone, EntityType::Organization, "Kementerian Hukum");
    ASSERT_NE(ministry, nullptr) << describe(alone);
    EXPECT_EQ(ministry->canonical, "Kementerian Hukum");
}

TEST(EntitySpans, AListOfBodiesBeforeTheLastOnesAcronymStaysAList) {
    // The acronym spells the last name alone, or the others are listed names.
    const auto places = extractor().extract("Iran, Korea Utara (Korut) dan Suriah dikecam dalam sidang itu.");
    EXPECT_TRUE(has_entity(places, EntityType::Location, "Iran")) << describe(places);
    EXPECT_TRUE(has_entity(places, EntityType::Location, "Korea Utara")) << describe(places);
    const auto bodies =
        extractor().extract("Polri, Kejaksaan Agung dan Mahkamah Agung (MA) menandatangani nota kesepahaman.");
    for (const char* body : {"Polri", "Kejaksaan Agung", "Mahkamah Agung"})
        EXPECT_TRUE(has_entity(bodies, EntityType::Organization, body)) << describe(bodies);
    const auto two = extractor().extract("Penyidik KPK dan Polri (gabungan) bekerja sama mengusut kasus itu.");
    EXPECT_TRUE(has_entity(two, EntityType::Organization, "KPK")) << describe(two);
    EXPECT_TRUE(has_entity(two, EntityType::Organization, "Polri")) << describe(two);
}

TEST(EntitySpans, AnEnglishNameDefinesItsAcronym) {
    const auto found = extractor().extract(
        "Lembaga itu bermitra dengan United Nations High Commissioner for Refugees (UNHCR) di Jakarta.");
    const Entity* full = find_entity(found, EntityType::Organization, "United Nations High Commissioner for Refugees");
    const Entity* acronym = find_entity(found, EntityType::Organization, "UNHCR");
    ASSERT_NE(full, nullptr) << describe(found);
    ASSERT_NE(acronym, nullptr) << describe(found);
    EXPECT_EQ(full->canonical, acronym->canonical);
    // An English common noun spelled out in lower case is no body.
    EXPECT_FALSE(any_entity_contains(
        extractor().extract("Mobil itu memakai teknologi plug-in hybrid electric vehicle (PHEV) terbaru."), "PHEV"));
}

TEST(EntitySpans, WordsGluedBeforeABodyThatItsAcronymSkipsAreCutOff) {
    // The end of a title and a lower-case noun the model took into the name.
    for (const auto& [text, body] :
         {std::pair{"Direktur Eksekutif Indonesia Energy Watch (IEW), Budi Santoso, mengatakan harga naik.",
                    "Indonesia Energy Watch"},
          std::pair{"Data dari lembaga Global Health Institute (GHI) menunjukkan kenaikan.",
                    "Global Health Institute"}}) {
        ASSERT_FALSE(has_entity(before_cleanup().extract(text), EntityType::Organization, body)) << text;
        const auto found = extractor().extract(text);
        EXPECT_TRUE(has_entity(found, EntityType::Organization, body)) << describe(found);
    }
    // A head the acronym skips stays ("Kementerian" of PUPR).
    const auto ministry =
        extractor().extract("Pejabat Kementerian Pekerjaan Umum dan Perumahan Rakyat (PUPR) meninjau jalan itu.");
    EXPECT_TRUE(has_entity(ministry, EntityType::Organization, "Kementerian Pekerjaan Umum dan Perumahan Rakyat"))
        << describe(ministry);
}

TEST(EntitySpans, TheFirstWordOfATwoWordHeadJoinsTheName) {
    // "Jenderal" is a rank: the model starts the name there.
    const std::string text = "Kepala Direktorat Jenderal Pajak menyatakan target tercapai.";
    ASSERT_TRUE(has_entity(before_cleanup().extract(text), EntityType::Organization, "Jenderal Pajak"));
    const auto found = extractor().extract(text);
    EXPECT_TRUE(has_entity(found, EntityType::Organization, "Direktorat Jenderal Pajak")) << describe(found);
    // A rank before a person stays off the name, and no body takes it.
    const auto general = extractor().extract("Mantan Panglima TNI Jenderal Gatot Nurmantyo hadir dalam acara itu.");
    EXPECT_TRUE(has_entity(general, EntityType::Person, "Gatot Nurmantyo")) << describe(general);
    EXPECT_FALSE(has_entity(general, EntityType::Organization, "TNI Jenderal")) << describe(general);
}

TEST(EntitySpans, ASurnameParticleJoinsThePersonsName) {
    const std::string text = "Kapten Barcelona itu, Frenkie de Jong, bersama Marc-Andre ter Stegen berlatih.";
    ASSERT_TRUE(has_entity(before_cleanup().extract(text), EntityType::Person, "Stegen"));
    const auto found = extractor().extract(text);
    EXPECT_TRUE(has_entity(found, EntityType::Person, "Marc-Andre ter Stegen")) << describe(found);
    EXPECT_TRUE(has_entity(found, EntityType::Person, "Frenkie de Jong")) << describe(found);
    // "binti" before a full name gives the parent: two people.
    const auto parent = extractor().extract("Terdakwa Siti Aminah binti Ahmad Fauzi divonis bebas oleh hakim.");
    EXPECT_TRUE(has_entity(parent, EntityType::Person, "Siti Aminah")) << describe(parent);
    EXPECT_TRUE(has_entity(parent, EntityType::Person, "Ahmad Fauzi")) << describe(parent);
    // "di" (in) is no particle.
    const auto place = extractor().extract("Pemain Lionel Messi di Barcelona mencetak dua gol.");
    EXPECT_TRUE(has_entity(place, EntityType::Person, "Lionel Messi")) << describe(place);
}

TEST(EntitySpans, AFlightCodeIsNoPartOfTheAirline) {
    for (const char* text :
         {"Pesawat Trigana Air IL 267 mendarat darurat di Wamena.", "Penerbangan Lion Air JT610 tertunda dua jam."}) {
        const auto found = extractor().extract(text);
        bool airline = false;
        for (const Entity& e : found)
            airline = airline || (e.type == EntityType::Organization && e.text.ends_with(" Air"));
        EXPECT_TRUE(airline) << text << ": " << describe(found);
        EXPECT_FALSE(any_entity_contains(found, "IL") || any_entity_contains(found, "JT610")) << describe(found);
    }
}

TEST(CanonicalNames, PersonKeyIgnoresHyphenSpelling) {
    EXPECT_EQ(canonical_entity_name(EntityType::Person, "Kim Jong-un"), "Kim Jong Un");
    EXPECT_EQ(canonical_entity_name(EntityType::Person, "Kim Jong-Un"), "Kim Jong Un");
    EXPECT_EQ(canonical_entity_name(EntityType::Person, "Kim Jong Un"), "Kim Jong Un");
    // Hyphens in organisation names are part of them.
    EXPECT_EQ(canonical_entity_name(EntityType::Organization, "Perserikatan Bangsa-Bangsa"),
              "Perserikatan Bangsa-Bangsa");
}

TEST(CanonicalNames, CompiledAliases) {
    // Province acronym ("DKI Jakarta" -> "DKI"), initials and surname of a
    // listed person, CLDR's short form where it starts the full name.
    EXPECT_EQ(canonical_entity_name(EntityType::Location, "DKI"), "Daerah Khusus Ibukota Jakarta");
    EXPECT_EQ(canonical_entity_name(EntityType::Person, "BJ Habibie"), "Bacharuddin Jusuf Habibie");
    EXPECT_EQ(canonical_entity_name(EntityType::Person, "B.J. Habibie"), "Bacharuddin Jusuf Habibie");
    EXPECT_EQ(canonical_entity_name(EntityType::Location, "Hong Kong"), "Hong Kong");
    EXPECT_EQ(canonical_entity_name(EntityType::Location, "AS"), "Amerika Serikat");
    // Countries by their English names (CLDR), as Indonesian news writes them too.
    EXPECT_EQ(canonical_entity_name(EntityType::Location, "Japan"), "Jepang");
    EXPECT_EQ(canonical_entity_name(EntityType::Location, "Saudi Arabia"), "Arab Saudi");
    EXPECT_EQ(canonical_entity_name(EntityType::Location, "South Korea"), "Korea Selatan");
    EXPECT_EQ(canonical_entity_name(EntityType::Location, "Jepang"), "Jepang");
    EXPECT_EQ(canonical_entity_name(EntityType::Person, "Jordan"), "Jordan");  // a place's name only as a place
    // Alias-only rows give the tagger no feature: "DKI" is no listed place phrase.
    const auto gaz = ner::Gazetteer::load(entity_model_dir() + "/gazetteer.tsv.gz");
    ner::GazAnnotation a;
    const std::uint64_t h = ner::hash_bytes("bj");
    const std::uint64_t hashes[2] = {h, ner::hash_bytes("habibie")};
    gaz.annotate(hashes, 2, a);
    EXPECT_EQ(a.entity_bits[0] & (1u << (2 * ner::kGazPer)), 0u);
}

// The judged sample of real news (tests/eval/data/ner_clickid_judged.tsv):
// the all-types row of `telusur-eval ner-real` as {mentions, correct, wrong, unjudged}.
std::array<unsigned, 4> real_news_counts(const std::string& extra_args) {
    const std::string judged = testing::kSourceDir + "/tests/eval/data/ner_clickid_judged.tsv";
    const auto r = testing::run_command(testing::kEvalBin + " ner-real --corpus " + testing::kSharedDir +
                                        "/corpus/clickid/articles.jsonl.gz --judged " + judged + " " + extra_args);
    EXPECT_EQ(r.exit_code, 0) << r.err;
    std::array<unsigned, 4> c{};
    const auto at = r.out.find("  all ");
    if (at == std::string::npos ||
        std::sscanf(r.out.c_str() + at, "  all %u %u %u %u", &c[0], &c[1], &c[2], &c[3]) != 4)
        ADD_FAILURE() << "no 'all' row in: " << r.out;
    return c;
}

TEST(NerEval, RealNewsJudgedSamplePrecision) {
    TELUSUR_REQUIRE_SHARED("corpus/clickid/articles.jsonl.gz");
    const auto now = real_news_counts("");
    ASSERT_GT(now[0], 500u);
    // A changed model or gazetteer brings new mentions: judge them (`--print-unjudged`).
    EXPECT_LE(now[3] * 20, now[0]) << "more than 5 % of the sample's mentions unjudged";
    const double precision = 100.0 * now[1] / (now[1] + now[2]);
    EXPECT_GE(precision, 90.0);
    // The clean-up for real news (rule bits 32-256) must not lower precision.
    const auto before = real_news_counts("--rule-mask 12");
    EXPECT_GE(precision, 100.0 * before[1] / (before[1] + before[2]));
}

TEST(EntityExtractor, EmptyAndBlankInput) {
    EXPECT_TRUE(extractor().extract("").empty());
    EXPECT_TRUE(extractor().extract(" \n\t ").empty());
    EXPECT_TRUE(extractor().extract("...").empty());
    EXPECT_TRUE(extractor().extract_tokens({}).empty());
}

TEST(EntityExtractor, NonAsciiInput) {
    const std::string text =
        "Presiden Recep Tayyip Erdoğan menyambut Menteri Luar Negeri Retno Marsudi di "
        "Ankara, Türkiye, sementara “kabar” itu beredar — kata dia.";
    const auto found = extractor().extract(text);
    for (const Entity& e : found) EXPECT_EQ(text.substr(e.begin, e.end - e.begin), e.text);
    EXPECT_TRUE(has_entity(found, EntityType::Location, "Ankara")) << describe(found);
    // Invalid UTF-8 must not crash or produce out-of-range offsets.
    const std::string broken = "Warga \xff\xfe Surabaya \xc3 berkumpul.";
    for (const Entity& e : extractor().extract(broken)) EXPECT_LE(e.end, broken.size());
}

TEST(EntityExtractor, PreTokenizedMatchesEvaluationEntryPoint) {
    const auto found = extractor().extract_tokens({"Presiden", "Joko", "Widodo", "tiba", "di", "Surabaya", "."});
    ASSERT_EQ(found.size(), 2u);
    EXPECT_EQ(found[0].type, EntityType::Person);
    EXPECT_EQ(found[0].first, 1u);
    EXPECT_EQ(found[0].last, 3u);
    EXPECT_EQ(found[1].type, EntityType::Location);
    EXPECT_EQ(found[1].first, 5u);
}

TEST(EntityExtractor, ConcurrentCallsAgree) {
    const std::string text = "Menteri BUMN Erick Thohir dan Gubernur DKI Jakarta Anies Baswedan hadir di Monas.";
    const auto expected = extractor().extract(text);
    std::vector<std::thread> threads;
    std::vector<int> ok(4, 0);
    for (int t = 0; t < 4; ++t)
        threads.emplace_back([&, t] {
            bool same = true;
            for (int k = 0; k < 200; ++k) {
                const auto got = extractor().extract(text);
                same = same && got.size() == expected.size();
                for (std::size_t i = 0; same && i < got.size(); ++i)
                    same = got[i].begin == expected[i].begin && got[i].end == expected[i].end &&
                           got[i].type == expected[i].type;
            }
            ok[static_cast<std::size_t>(t)] = same;
        });
    for (auto& th : threads) th.join();
    for (int v : ok) EXPECT_TRUE(v);
}

TEST(EntityTypeName, ShortNames) {
    EXPECT_EQ(entity_type_name(EntityType::Person), "PER");
    EXPECT_EQ(entity_type_name(EntityType::Organization), "ORG");
    EXPECT_EQ(entity_type_name(EntityType::Location), "LOC");
}

// The tokenizer must split raw text the way the CoNLL training data is split.
struct TokenizeCase {
    const char* text;
    std::vector<std::string> tokens;
};

class TokenizeTest : public ::testing::TestWithParam<TokenizeCase> {};

TEST_P(TokenizeTest, SplitsLikeTheGoldData) {
    const TokenizeCase& c = GetParam();
    const std::string text = c.text;
    std::vector<std::string> got;
    for (const auto& t : ner::tokenize(text)) got.push_back(text.substr(t.begin, t.end - t.begin));
    EXPECT_EQ(got, c.tokens) << c.text;
}

INSTANTIATE_TEST_SUITE_P(
    Tokenizer, TokenizeTest,
    ::testing::Values(TokenizeCase{"Ketua PDI-P, Megawati.", {"Ketua", "PDI-P", ",", "Megawati", "."}},
                      TokenizeCase{"(Jokowi) tiba.", {"(", "Jokowi", ")", "tiba", "."}},
                      TokenizeCase{"Rp 1.000,5 pada 7/4/2016", {"Rp", "1.000,5", "pada", "7/4/2016"}},
                      TokenizeCase{"Dr. Rofikoh dari A.S. datang...",
                                   {"Dr.", "Rofikoh", "dari", "A.S.", "datang", "..."}},
                      TokenizeCase{"\"Ya,\" kata dia", {"\"", "Ya", ",", "\"", "kata", "dia"}},
                      TokenizeCase{"“Erdoğan”", {"“", "Erdoğan", "”"}}),
    testing::NameByField<&TokenizeCase::text>());

// Gold data has tokens with brackets attached ("(PDIP),"): lexical features
// and gazetteer lookups see the bare word, so it still matches the list.
TEST(EntityTagger, BracketedTokenSeesBareWord) {
    ner::Gazetteer g;
    g.add("ORG", "PDIP", "");
    const std::string_view tokens[] = {"(PDIP),", "PDIP"};
    ner::SentenceFeatures s;
    ner::prepare_sentence(tokens, 2, g, s);
    EXPECT_EQ(s.lower[0], s.lower[1]);
    EXPECT_NE(s.gaz.entity_bits[0], 0);
    EXPECT_NE(s.word[0], s.word[1]);
}

// Corpus word classes are stored as "W" rows and come back from annotate().
TEST(EntityTagger, WordClassesRoundTrip) {
    ner::Gazetteer g;
    g.add("LOC", "Jakarta", "");
    g.add_word("jakarta", 17, 7);
    g.add_word("yang", 3, 2);
    const auto path = std::filesystem::temp_directory_path() / "telusur_test_gazetteer.tsv.gz";
    g.save(path.string());
    const ner::Gazetteer h = ner::Gazetteer::load(path.string());
    std::filesystem::remove(path);
    EXPECT_EQ(h.word_count(), 2u);
    const std::uint64_t lower[] = {ner::hash_bytes("yang"), ner::hash_bytes("jakarta"), ner::hash_bytes("zzz")};
    ner::GazAnnotation a;
    h.annotate(lower, 3, a);
    EXPECT_EQ(a.cluster[0], 4);  // cluster + 1
    EXPECT_EQ(a.cap_class[0], 2);
    EXPECT_EQ(a.cluster[1], 18);
    EXPECT_EQ(a.cap_class[1], 7);
    EXPECT_NE(a.entity_bits[1], 0);  // still a gazetteer match
    EXPECT_EQ(a.cluster[2], 0);
}

// Words of listed names get their type bits wherever they stand in the
// name; village names (LOCV) give match bits but never make a lower-case
// token a candidate, and have no canonical name.
TEST(EntityTagger, WordTypesAndVillages) {
    ner::Gazetteer g;
    g.add("ORG", "Universitas Normal Beijing", "");
    g.add("PER", "Joko Widodo", "");
    g.add("LOCV", "Sukamaju", "");
    const std::string_view tokens[] = {"di", "sukamaju", "Normal", "Widodo", "Sukamaju", "lain"};
    ner::SentenceFeatures s;
    ner::prepare_sentence(tokens, 6, g, s);
    EXPECT_EQ(s.gaz.word_types[2], 1u << ner::kGazOrg);
    EXPECT_EQ(s.gaz.word_types[3], 1u << ner::kGazPer);
    EXPECT_EQ(s.gaz.word_types[4], 0);  // village words get no word type
    EXPECT_EQ(s.gaz.word_types[5], 0);
    EXPECT_EQ(s.gaz.entity_bits[1], 1u << (2 * ner::kGazVillage));
    EXPECT_FALSE(ner::is_candidate(s, 1));  // lower-case village match
    EXPECT_TRUE(ner::is_candidate(s, 4));   // capitalized
    EXPECT_EQ(g.canonical(ner::kGazVillage, ner::Gazetteer::phrase_hash("Sukamaju")), nullptr);
}

// A lower-case place or organisation head right before a capitalized word
// may begin a name ("desa Tegalwaru": nergrit puts the head inside); other
// lower-case words, and a head before a lower-case word, may not.
TEST(EntityTagger, LowerCaseHeadBeforeNameMayBeginEntity) {
    ner::Gazetteer g;
    g.add("T:LOC_head", "Desa", "");
    const std::string_view tokens[] = {"di", "desa", "Tegalwaru", "dan", "desa", "lain", "."};
    ner::SentenceFeatures s;
    ner::prepare_sentence(tokens, 7, g, s);
    EXPECT_EQ(ner::allowed_tags(s, 0, ner::kOnlyO), ner::kOnlyO);
    EXPECT_EQ(ner::allowed_tags(s, 1, ner::kOnlyO), ner::kAllTags);
    EXPECT_EQ(ner::allowed_tags(s, 2, ner::kAllTags), ner::kAllTags);
    EXPECT_EQ(ner::allowed_tags(s, 3, ner::kAllTags), ner::kOorInside);  // "dan" may continue a name
    EXPECT_EQ(ner::allowed_tags(s, 4, ner::kOorInside), ner::kOnlyO);    // "desa lain": no name
    EXPECT_EQ(ner::allowed_tags(s, 5, ner::kOnlyO), ner::kOnlyO);
}

// A model written by save() reads back with the same weights, and features
// it does not hold score nothing, whatever the table size.
TEST(EntityTagger, ModelSaveLoadRoundTrip) {
    ner::PerceptronModel m;
    m.set_scale(0.5f);
    std::vector<std::uint64_t> keys;
    for (std::uint64_t k = 1; k <= 5000; ++k) keys.push_back(ner::hash_combine(k, 77) | 1);
    for (std::size_t i = 0; i < keys.size(); ++i) {
        float w[ner::kNumTags];
        for (int t = 0; t < ner::kNumTags; ++t) w[t] = static_cast<float>((static_cast<int>(i) + t) % 9 - 4);
        m.set(keys[i], w);
    }
    const auto path = std::filesystem::temp_directory_path() / "telusur_test_ner.model";
    m.save(path.string());
    const ner::PerceptronModel h = ner::PerceptronModel::load(path.string());
    std::filesystem::remove(path);
    EXPECT_EQ(h.size(), keys.size());
    EXPECT_FLOAT_EQ(h.scale(), 0.5f);
    // Decoding a sentence exercises the lookups; it must agree between the
    // two tables (same weights, different capacities after loading).
    const auto gaz = ner::Gazetteer{};
    const std::string_view tokens[] = {"Presiden", "Joko", "Widodo", "tiba", "di", "Jakarta", "."};
    ner::SentenceFeatures s;
    ner::prepare_sentence(tokens, 7, gaz, s);
    std::vector<ner::Tag> a, b;
    m.tag(s, a);
    h.tag(s, b);
    EXPECT_EQ(a, b);
}

// Viterbi output of the committed model is always a valid BIO sequence (no
// I-X after O or after another type), with and without capitals.
TEST(EntityTagger, DecodingGivesValidBio) {
    const std::filesystem::path dir = entity_model_dir();
    const auto model = ner::PerceptronModel::load((dir / "ner.model").string());
    const auto gaz = ner::Gazetteer::load((dir / "gazetteer.tsv.gz").string());
    for (const std::vector<std::string_view>& sentence :
         {std::vector<std::string_view>{"Menteri", "Luar", "Negeri", "Retno", "Marsudi", "bertemu", "Presiden", "AS",
                                        "di", "Gedung", "Putih", ",", "Washington", "dan", "Bank", "of", "America",
                                        "."},
          std::vector<std::string_view>{"ketua", "umum", "partai", "demokrat", "susilo", "bambang", "yudhoyono", "tiba",
                                        "di", "bandara", "soekarno-hatta", "."}}) {
        ner::SentenceFeatures s;
        ner::prepare_sentence(sentence.data(), sentence.size(), gaz, s);
        std::vector<ner::Tag> tags;
        model.tag(s, tags);
        ASSERT_EQ(tags.size(), sentence.size());
        ner::Tag prev = ner::kO;
        std::size_t entities = 0;
        for (ner::Tag t : tags) {
            EXPECT_TRUE(ner::bio_allowed(prev, t)) << ner::tag_name(prev) << " -> " << ner::tag_name(t);
            entities += t == ner::kBPer || t == ner::kBOrg || t == ner::kBLoc;
            prev = t;
        }
        EXPECT_GE(entities, 2u) << sentence[0];
    }
}

}  // namespace
}  // namespace telusur
