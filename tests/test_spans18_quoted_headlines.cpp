// Spans the tagger made too long in a headline a body quotes as a link to
// another article ("Baca juga: Audisi Umum PB Djarum Disetop"), read as a
// title is (entities.cpp quoted_headlines(), extract() and
// cut_ordinary_words_off_names()), and a place or body glued before the
// street it is on ("asrama Papua Jalan Kalasan", split_two_glued_names).
// The texts are made up after clickid's; each refusal's case fails without
// its refusal.
#include "common/entities/entities.h"
#include "tests/extracted_names.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

namespace telusur {
namespace {

using testing::article_names;
using testing::describe;
using testing::has;

std::vector<std::string> body_names(std::string_view body) { return article_names("Kabar Hari Ini", body, false); }

TEST(Spans18QuotedHeadlines, AQuotedHeadlinesWordsAreCutAsATitlesAre) {
    // The headline's verb after the name, as in a title.
    const auto djarum = body_names(
        "Menurut dia, PB Djarum tetap membina atlet di Kudus, katanya.Baca juga: Audisi Umum PB Djarum Disetop, "
        "Bunga Siap Kerja Keras agar Lolos Tahun Ini Simak Video \"Audisi Jalan Terus\"");
    EXPECT_EQ(std::count(djarum.begin(), djarum.end(), "ORG:PB Djarum"), 2) << describe(djarum);
    EXPECT_FALSE(has(djarum, "ORG:PB Djarum Disetop")) << describe(djarum);
    const auto aries = body_names(
        "Atlet Aries Susanti diundang hadir.Baca juga: Aries Susanti Sabet Emas dan Pecahkan Rekor Dunia Panjat "
        "Tebing Simak Video \"Panjat Tebing\"");
    EXPECT_EQ(std::count(aries.begin(), aries.end(), "PER:Aries Susanti"), 2) << describe(aries);
}

TEST(Spans18QuotedHeadlines, TheNextSentenceGluedToAQuotedHeadlineEndsIt) {
    const auto found = body_names(
        "Steward tak menghukum Marquez.Baca juga: Tak Ada Hukuman Buat Marquez-Rossi Usai Cekcok di "
        "KualifikasiMarquez mengaku tak menyadari telah melewati batas lintasan.");
    EXPECT_TRUE(has(found, "PER:Marquez")) << describe(found);
    EXPECT_FALSE(has(found, "ORG:KualifikasiMarquez")) << describe(found);
}

TEST(Spans18QuotedHeadlines, ABrandGluedInAHeadlineStaysWhole) {
    // A listed name ("BlackBerry"), though text follows it on the line.
    const auto listed = body_names(
        "Pengguna BlackBerry bertambah di Indonesia.Baca juga: Kini Pengguna BlackBerry Bisa Pakai Fitur Baru\n"
        "Fitur itu hadir.");
    EXPECT_EQ(std::count(listed.begin(), listed.end(), "ORG:BlackBerry"), 2) << describe(listed);
    // At the end of its line: no sentence glued on ("HarperCollins").
    const auto at_line_end = body_names(
        "Pengguna HarperCollins bertambah di Indonesia.Baca juga: Pengguna Kini Bisa Pakai Fitur Baru "
        "HarperCollins\nFitur itu hadir.");
    EXPECT_FALSE(has(at_line_end, "PER:Collins")) << describe(at_line_end);
}

TEST(Spans18QuotedHeadlines, AQuotedHeadlineKeepsItsQuestionMark) {
    // Cut before its "?", the headline is a sentence the tagger reads worse
    // ("Asia" for "FIBA Asia"); the sentence splitter ends it after the mark.
    const auto found = body_names(
        "Timnas basket bersiap.Baca juga: Sejauh Mana Persiapan Timnas Menuju Kualifikasi FIBA Asia 2021?Ajang ini "
        "bagian dari penilaian para pemain sebelum berangkat.");
    EXPECT_TRUE(has(found, "LOC:FIBA Asia")) << describe(found);
}

TEST(Spans18QuotedHeadlines, TextAfterBacaJugaThatIsNoTitleCaseHeadlineIsABodys) {
    // Running text after the link's words: a body's sentence, whose second
    // capital is the writer's ("Bursa Efek Indonesia" stays whole).
    const auto found = body_names(
        "Investor di Indonesia menunggu data inflasi.Baca juga: Bursa Efek Indonesia mencatat transaksi turun pekan "
        "ini karena investor menunggu\nTransaksi turun.");
    EXPECT_TRUE(has(found, "ORG:Bursa Efek Indonesia")) << describe(found);
}

TEST(Spans18Streets, APlaceGluedBeforeItsStreetIsSplit) {
    const auto found =
        body_names("Polisi berjaga di asrama Papua Jalan Kalasan, Surabaya. Mahasiswa Papua menolak pindah.");
    EXPECT_EQ(std::count(found.begin(), found.end(), "LOC:Papua"), 2) << describe(found);
    EXPECT_TRUE(has(found, "LOC:Jalan Kalasan")) << describe(found);
}

TEST(Spans18Streets, ASpanStaysWholeUnlessTheArticleNamesTheFirstPartAlone) {
    const auto found = body_names("Polisi berjaga di asrama mahasiswa Papua Jalan Kalasan, Surabaya, pada Sabtu.");
    EXPECT_TRUE(has(found, "LOC:Papua Jalan Kalasan")) << describe(found);
}

}  // namespace
}  // namespace telusur
