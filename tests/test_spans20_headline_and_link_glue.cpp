// Words glued to a name where capitalization no longer marks names (session
// 28, spans20; common/entities/entities.cpp cut_ordinary_words_off_names()):
// a Title Case headline's word before a place named by its head ("Trotoar
// di Tengah Jalan Kalimalang") and the first word of a body's sentence that
// a stripped link left after ".," ("tangannya., Adapun Kivlan"); and two
// listed places glued, the second named nowhere else ("Asmat Papua",
// split_two_glued_names there). The texts are made up after clickid
// articles; the cut and split cases fail without the rules.
#include "common/entities/entities.h"
#include "tests/extracted_names.h"

#include <gtest/gtest.h>

namespace telusur {
namespace {

using testing::ArticleNamesCase;
using testing::expect_article_names;

TEST(Spans20HeadlineWordBeforeAPlaceHead, IsCutOffTheTitlesPlace) {
    for (const ArticleNamesCase& c : std::initializer_list<ArticleNamesCase>{
             // "Tengah" (middle) is capitalized in < 50 % of its uses; the
             // body writes the street otherwise.
             {"Bahaya, Trotoar di Tengah Jalan Kalimalang Dikeluhkan Pengendara",
              "Pemandangan tak lazim terlihat di Jalan Raya Kalimalang, Jakarta Timur. Trotoar dibangun di tengah "
              "jalan.",
              {"LOC:Jalan Kalimalang"},
              {"LOC:Tengah Jalan Kalimalang"}},
         })
        expect_article_names(c, true);
}

TEST(Spans20HeadlineWordBeforeAPlaceHead, HeadsCapitalizedWordsAndBodiesStay) {
    for (const ArticleNamesCase& c : std::initializer_list<ArticleNamesCase>{
             // a head first: one name
             {"Peziarah Datangi Taman Makam Pahlawan Kalibata",
              "Ribuan peziarah datang ke makam pahlawan pada Sabtu pagi.",
              {"LOC:Taman Makam Pahlawan Kalibata"},
              {"LOC:Makam Pahlawan Kalibata"}},
             // "Kompleks" is capitalized in >= 50 % of its uses (names of
             // estates): kept
             {"Kompleks Gedung DPR Dijaga Ketat",
              "Polisi menjaga gedung DPR di Senayan.",
              {"LOC:Kompleks Gedung DPR"},
              {}},
         })
        expect_article_names(c, true);
    // In a body the word is the writer's capital: kept.
    expect_article_names({"Trotoar Dibangun di Tengah Jalan",
                          "Trotoar di Tengah Jalan Kalimalang dikeluhkan pengendara yang melintas.",
                          {"LOC:Tengah Jalan Kalimalang"},
                          {}},
                         false);
}

TEST(Spans20SentenceAfterAStrippedLink, StartsAfterAFullStopAndAComma) {
    for (const ArticleNamesCase& c : std::initializer_list<ArticleNamesCase>{
             {"Puan Jadi Ketua DPR",
              "Saat ini, Puan menjabat sebagai Menteri Koordinator Bidang Pembangunan Manusia dan Kebudayaan., Usia "
              "Puan saat dilantik menjadi menteri baru menginjak 41 tahun.",
              {"PER:Puan"},
              {"PER:Usia Puan"}},
             {"Perang Dagang",
              "AS mengeluhkan transfer teknologi secara paksa ke perusahaan-perusahaan China., Pihak China pun secara "
              "konsisten membantah terlibat.",
              {"LOC:China"},
              {"PER:Pihak China"}},
         })
        expect_article_names(c, false);
}

TEST(Spans20SentenceAfterAStrippedLink, ACommaAfterAWordStartsNoSentence) {
    // The name the article writes is kept whole after a plain comma.
    expect_article_names({"Puan Jadi Ketua DPR",
                          "Saat itu, Puan Maharani menjabat sebagai menteri, Puan Maharani kemudian dilantik.",
                          {"PER:Puan Maharani"},
                          {"PER:Maharani"}},
                         false);
}

TEST(Spans20TwoListedPlacesGlued, SplitWhereTheArticleNamesTheFirstAlone) {
    expect_article_names({"Ratusan Korban Kebakaran di Asmat Papua Ditampung di 3 Lokasi",
                          "Kebakaran melanda permukiman warga di Asmat. Korban ditampung di tiga lokasi.",
                          {"LOC:Asmat", "LOC:Papua"},
                          {"LOC:Asmat Papua"}},
                         true);
    expect_article_names({"Veronica Koman Tersangka",
                          "Unggahan Veronica Koman dalam aksi protes di Asrama Mahasiswa Papua Surabaya dianggap "
                          "memprovokasi kerusuhan di Papua.",
                          {"LOC:Surabaya"},
                          {"LOC:Papua Surabaya"}},
                         false);
}

TEST(Spans20TwoListedPlacesGlued, AHeadlineVerbListedAsAPlaceAndAFacilityStay) {
    // "Buru" (to hunt; an island too) is capitalized in < 80 % of its uses:
    // no second place (since spans21 the headline's verb is cut off).
    expect_article_names({"Polisi Magetan Buru Penyuruh Penusukan Siswa SMP",
                          "Kepolisian di Magetan memburu pelaku penusukan.",
                          {"LOC:Magetan"},
                          {"LOC:Buru"}},
                         true);
    // A facility's head in the first: the airport and its city are one
    // thing.
    expect_article_names({"Pesawat Mendarat di Bandar Udara Internasional Supadio Pontianak",
                          "Pesawat mendarat di Bandar Udara Internasional Supadio dengan selamat.",
                          {"LOC:Bandar Udara Internasional Supadio Pontianak"},
                          {"LOC:Pontianak"}},
                         true);
    // The first not named alone: no evidence.
    expect_article_names({"Ratusan Korban Kebakaran di Asmat Papua Ditampung di 3 Lokasi",
                          "Kebakaran melanda permukiman warga. Aparat di Papua membantu korban.",
                          {"LOC:Asmat Papua"},
                          {"LOC:Asmat"}},
                         true);
}

}  // namespace
}  // namespace telusur
