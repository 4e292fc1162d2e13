// A social platform's name glued before the account a text cites is cut off
// (session 32, spans31; common/entities/entities.cpp,
// cut_platforms_off_accounts()): "akun Twitter BMKG", "kanal YouTube
// Capcom", "Instagram Billy", "Twitter @KAI121" name the account, which
// keeps the type and canonical name of the article's mention of it alone. A
// handle alone ("@Apple", "@Susipudjiastuti") becomes the name the article
// writes it as. What stays whole: the platform's office or edition in a
// place ("Twitter Indonesia", "Facebook Indonesia", "Youtube Asia"), its
// products ("Facebook Cafe"), and a handle the article writes no name for.
// The texts are made up after clickid articles.
#include "common/entities/entities.h"
#include "tests/extracted_names.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

namespace telusur {
namespace {

using testing::ArticleNamesCase;
using testing::describe;
using testing::expect_article_names;
using testing::has;

// "TYPE:text=canonical" of each entity of an article's body.
std::vector<std::string> body_names_and_canonicals(std::string_view title, std::string_view body) {
    std::vector<std::string> out;
    for (const Entity& e : EntityExtractor::instance().extract_article(title, body).body)
        out.push_back(std::string(entity_type_name(e.type)) + ":" + e.text + "=" + e.canonical);
    return out;
}

TEST(Spans31PlatformBeforeAccount, AccountsCut) {
    for (const ArticleNamesCase& c : std::initializer_list<ArticleNamesCase>{
             {"Gempa Guncang Maluku",
              "Gempa bermagnitudo 6,8 mengguncang Maluku. \"Tidak berpotensi tsunami,\" tulis akun resmi Twitter "
              "BMKG, @infoBMKG. Kepala BMKG mengimbau warga tetap tenang.",
              {"ORG:BMKG"},
              {"ORG:Twitter BMKG"}},
             {"Capcom Umumkan Game Baru",
              "Capcom akan mengumumkan game terbarunya. Project Resistance akan resmi diumumkan via kanal YouTube "
              "Capcom pada 9 September 2019.",
              {"ORG:Capcom"},
              {"ORG:YouTube Capcom"}},
             {"Billy Syahputra dan Elvia",
              "Billy Syahputra dikabarkan putus dengan Elvia. Isu putus semakin kuat ketika Elvia "
              "kedapatan,Instagram Billy. Hal itu mencuat saat Billy mengunggah foto.",
              {"PER:Billy"},
              {"PER:Instagram Billy"}},
             // A handle the article writes no name for keeps its "@".
             {"Kabut Asap Pekat",
              "Seperti yang terlihat di akun Twitter @Sabrina_Whd, di depan rumahnya kabut asap pekat.",
              {"ORG:@Sabrina_Whd"},
              {"ORG:Sabrina_Whd", "ORG:Twitter @Sabrina_Whd"}},
         })
        expect_article_names(c, false);
}

TEST(Spans31PlatformBeforeAccount, AccountNamedAsItsMentionAlone) {
    // The handle's digits aside, "@KAI121" is KAI's account, and both take
    // the canonical name of "PT KAI".
    const auto kai = body_names_and_canonicals(
        "Promo Tiket Kereta",
        "PT KAI menggelar promo tiket. \"Berhadiah tiket KA Eksekutif & goody bag,\" tulis admin Twitter @KAI121, "
        "akun resmi KAI. \"Pemenang diumumkan 11 Sept 2019,\" tulis akun Twitter KAI.");
    EXPECT_TRUE(has(kai, "ORG:KAI121=PT Kereta Api Indonesia (Persero)")) << describe(kai);
    EXPECT_TRUE(has(kai, "ORG:KAI=PT Kereta Api Indonesia (Persero)")) << describe(kai);
    EXPECT_FALSE(has(kai, "ORG:Twitter KAI=Twitter KAI")) << describe(kai);
    // A handle spelling a person's name is that person.
    const auto susi =
        body_names_and_canonicals("Susi Kenang Habibie",
                                  "\"Selamat jalan Pak Habibie,\" ujar Menteri Susi Pudjiastuti, seperti dikutip dari "
                                  "Twitter @Susipudjiastuti, Selasa (12/9/2019).");
    EXPECT_TRUE(has(susi, "PER:Susipudjiastuti=Susi Pudjiastuti")) << describe(susi);
    const auto apple = body_names_and_canonicals(
        "iPhone Baru",
        "Pengguna mengeluhkan desain kamera iPhone baru. \"Hal ini membuatku cemas @Apple,\" tulis "
        "seorang warganet. Apple belum menanggapi keluhan itu.");
    EXPECT_TRUE(has(apple, "ORG:Apple=Apple")) << describe(apple);
    EXPECT_FALSE(has(apple, "ORG:@Apple=@Apple")) << describe(apple);
}

TEST(Spans31PlatformBeforeAccount, ExpansionKeepsItsListedName) {
    // The acronym after it had named the glued span by the listed expansion
    // (with its serial comma): the account keeps that name, and so does the
    // acronym.
    const auto found = body_names_and_canonicals(
        "Gempa Maluku",
        "Gempa mengguncang Ambon, Rabu dini hari. Akun Twitter Badan Meteorologi, Klimatologi dan "
        "Geofisika (BMKG), @infoBMKG, menyebutkan gempa tidak berpotensi tsunami.");
    EXPECT_TRUE(has(found,
                    "ORG:Badan Meteorologi, Klimatologi dan Geofisika=Badan Meteorologi, Klimatologi, dan "
                    "Geofisika"))
        << describe(found);
    EXPECT_TRUE(has(found, "ORG:BMKG=Badan Meteorologi, Klimatologi, dan Geofisika")) << describe(found);
}

TEST(Spans31PlatformBeforeAccount, EarlierMentionAndThePlatformAlone) {
    // The first mention has no account word before it: the second, cut,
    // names the account alone. "YouTube" alone, which the text's harmonizing
    // named after the glued span, is the platform again.
    const auto found = body_names_and_canonicals(
        "Merry Pamit",
        "Merry mengungkapkan pamit pada salah satu tayangan YouTube Rans Entertainment. Melansir tayangan video di "
        "kanal YouTube Rans Entertainment pada Rabu (18/9/2019), Merry membantah kabar tersebut. \"Gue lihat di "
        "YouTube katanya lo udah kerja sama orang lain,\" kata Raffi Ahmad.");
    EXPECT_TRUE(has(found, "ORG:YouTube=YouTube")) << describe(found);
    EXPECT_TRUE(has(found, "ORG:Rans Entertainment=Rans Entertainment")) << describe(found);
    for (const std::string& name : found) EXPECT_EQ(name.find("YouTube Rans"), std::string::npos) << describe(found);
}

TEST(Spans31PlatformBeforeAccount, PlatformsOwnNamesStay) {
    for (const ArticleNamesCase& c : std::initializer_list<ArticleNamesCase>{
             // A place after the platform: its edition or office (Indonesia
             // is named alone as a place here).
             {"Trending Twitter",
              "Tagar itu menjadi trending topik di lini masa Twitter Indonesia. Juru Bicara Facebook Indonesia "
              "menjelaskan bahwa kemungkinan akun dibajak kecil. Facebook Cafe terbuka untuk semua kalangan di "
              "Indonesia mulai hari ini.",
              {"ORG:Twitter Indonesia", "ORG:Facebook Indonesia", "ORG:Facebook Cafe"},
              {"ORG:Cafe", "ORG:Indonesia", "PER:Indonesia"}},
         })
        expect_article_names(c, false);
    // "Asia" is listed as a place (and, by DBpedia, as a person): "Raja
    // Youtube Asia" is the platform's region.
    expect_article_names({"Atta Halilintar Jadi Raja Youtube Asia",
                          "Atta Halilintar membagikan kisah masa lalunya. Ia kini dijuluki raja YouTube.",
                          {"ORG:Youtube Asia"},
                          {"PER:Asia"}},
                         true);
}

}  // namespace
}  // namespace telusur
