// Session 31, spans26 (common/entities/entities.cpp, in
// cut_ordinary_words_off_names()): a word of the next sentence, or of the
// headline, glued onto a name.
//
// A word that opens sentences in most of its uses, so the corpus
// capitalizes it as often as a name ("Adapun Mekeng, menurut dia, ..."), is cut
// off a person the article names alone (cut_word_opening_a_sentence): a
// dictionary root that takes no affix, no word of listed names. What stays:
// a noun that heads a name ("Jembatan Habibie", a bridge: the root takes
// affixes), a first name of the lists ("Fajar Alfian").
//
// A common word after a word that ends in a full stop is the next
// sentence's first (cut_next_sentence_word): "Serie A. Namun" -> "Serie A"
// where the article writes it so, "Eubank Jr. Dia" -> "Eubank Jr". What
// stays: a surname after an initial, a root the corpus capitalizes in most
// of its uses ("Henri P. Uranus"). The texts are made up after clickid
// articles; each positive case fails without its rule, each negative one
// without its guard.
#include "common/entities/entities.h"
#include "tests/extracted_names.h"

#include <gtest/gtest.h>

namespace telusur {
namespace {

using testing::ArticleNamesCase;
using testing::expect_article_names;

TEST(Spans26WordOpeningASentence, IsCutOffAPersonNamedAlone) {
    for (const ArticleNamesCase& c : std::initializer_list<ArticleNamesCase>{
             {"Mekeng Diperiksa KPK",
              "KPK memeriksa Melchias Markus Mekeng sebagai saksi. Seseorang yang telah diperiksa mengatakan, "
              "petinggi baru Partai Golkar meminta Eni melanjutkan proses itu. Adapun Mekeng, menurut dia, terlibat "
              "dalam lobi-lobi bersama Eni dan Idrus Marham.",
              {"PER:Mekeng"},
              {"PER:Adapun Mekeng"}},
             // A link the dump stripped leaves a comma after the full stop.
             {"Kivlan Zen Jalani Sidang",
              "Kivlan Zen hadir di pengadilan. \"Tidak bisa, tidak.. tidak,\" ujar Dwitularsih melambaikan "
              "tangannya., Adapun Kivlan didakwa menguasai senjata api ilegal. Dia disebut menguasai empat pucuk "
              "senjata api.",
              {"PER:Kivlan"},
              {"PER:Adapun Kivlan"}},
         })
        expect_article_names(c, false);
}

TEST(Spans26WordOpeningASentence, NamesOfTheirOwnStay) {
    for (const ArticleNamesCase& c : std::initializer_list<ArticleNamesCase>{
             {"Habibie Dikenang di Timor Leste",
              "Warga Dili mengenang B.J. Habibie. Jembatan Habibie dibangun oleh BUMN asal Timor Leste dengan "
              "anggaran US$ 3,9 juta. Habibie dikenal dekat dengan warga.",
              {"PER:Jembatan Habibie"},
              {}},
         })
        expect_article_names(c, false);
}

TEST(Spans26NextSentenceWord, IsCutAfterAFullStop) {
    for (const ArticleNamesCase& c : std::initializer_list<ArticleNamesCase>{
             {"Ronaldo Kecewa",
              "Juventus memimpin klasemen Serie A musim ini. Ronaldo mencetak gol pertamanya di Serie A. Namun "
              "timnya gagal menang.",
              {"ORG:Serie A"},
              {"LOC:Serie A. Namun", "ORG:Serie A. Namun"}},
             {"Eubank Jr Menang Angka",
              "Petinju Chris Eubank Jr mengalahkan Matvey Korobov. Eubank Jr menang angka mutlak. Laga itu berat "
              "bagi Eubank Jr. Dia mengaku cedera bahu sejak ronde kedua.",
              {"PER:Eubank Jr"},
              {"PER:Eubank Jr. Dia"}},
         })
        expect_article_names(c, false);
}

TEST(Spans26NextSentenceWord, SurnamesAfterAnInitialStay) {
    expect_article_names({"Bea Cukai Gagalkan Penyelundupan",
                          "Direktur Jenderal Bea dan Cukai Heru Pambudi didampingi Henri P. Uranus memberikan "
                          "keterangan kepada wartawan.",
                          {"PER:Henri P. Uranus"},
                          {"PER:Henri P."}},
                         false);
}

// A headline's last word after a person's name, a root that takes affixes
// written in lower case in half its uses or more (cut_headline_word_off_person):
// "BJ Habibie Sakit" -> "BJ Habibie". What stays: a root that takes none, a
// rare noun as surnames are ("Dewi Sanca").
TEST(Spans26HeadlineWordAfterAPerson, IsCutOff) {
    expect_article_names({"5 Fakta BJ Habibie Sakit hingga Tersebar Hoaks Meninggal",
                          "Presiden ke-3 Indonesia BJ Habibie sedang sakit dan mendapat perawatan intensif. Kabar "
                          "meninggalnya BJ Habibie terbukti hoaks.",
                          {"PER:BJ Habibie"},
                          {"PER:BJ Habibie Sakit"}},
                         true);
}

TEST(Spans26HeadlineWordAfterAPerson, ASurnameThatIsARareNounStays) {
    expect_article_names({"Disindir Dewi Sanca, Irma Darmawangsa Ngamuk",
                          "Belum lama ini Dewi menuliskan sindiran pada unggahannya di InstaStory. Dewi tampak merasa "
                          "kesal dengan Irma.",
                          {"PER:Dewi Sanca"},
                          {"PER:Dewi"}},
                         true);
}

}  // namespace
}  // namespace telusur
