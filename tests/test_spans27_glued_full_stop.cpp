// Session 31, spans27 (common/entities/entities.cpp, in
// cut_ordinary_words_off_names()): what the source glued onto a name with a
// full stop and no space.
//
// The next sentence after a full stop with no space, where the tokenizer
// keeps the dot inside the word (fewer than four letters before it), is cut
// off (cut_at_glued_full_stop) where the article names the span up to the
// dot alone ("KPK.Kelima" -> "KPK", "Shi Yu Qi.’’Tidak" -> "Shi Yu Qi"), or
// names alone both the glued word and the word before the dot ("Joan
// Mir.MotoGP" -> "Joan Mir", beside "Mir" and "MotoGP"). What stays: an
// abbreviation before the dot though the name after it is named alone
// ("RI Ir.Soekarno", "Tangopa Alwan Moh.Saleh"), a lower-case domain
// ("Amazon.com Inc" beside "Amazon").
//
// A numbered list's number glued before a name is cut off
// (cut_list_number): "4.Alexander Marwata", "10.PT Marga Mandalasakti".
// The texts are made up after clickid articles; each positive case fails
// without its rule, each negative one without its guard.
#include "common/entities/entities.h"
#include "tests/extracted_names.h"

#include <gtest/gtest.h>

namespace telusur {
namespace {

using testing::ArticleNamesCase;
using testing::expect_article_names;

TEST(Spans27GluedFullStop, NextSentenceIsCutOff) {
    for (const ArticleNamesCase& c : std::initializer_list<ArticleNamesCase>{
             {"Wakil KPK Sebut RUU KPK Bertentangan",
              "Wakil Ketua KPK Laode M Syarif menilai UU KPK versi revisi melumpuhkan penindakan. Keempat, "
              "mengenai mekanisme penerbitan SP3 perkara korupsi oleh KPK.Kelima, terkait koordinasi kelembagaan "
              "KPK dengan penegak hukum.",
              {"ORG:KPK"},
              {"ORG:KPK.Kelima"}},
             // A quote mark opens the next sentence.
             {"Shi Yu Qi Juara",
              "Tunggal putra China Shi Yu Qi menang dua gim langsung. \"Saya senang bisa menang,\" kata Shi Yu "
              "Qi.’’Tidak mudah melawan dia,\" ujarnya.",
              {"PER:Shi Yu Qi"},
              {"PER:Shi Yu Qi.’’Tidak"}},
             // "Joan Mir" is never written alone; "Mir" and "MotoGP" are.
             {"MotoGP San Marino: Trek Misano Dinilai Bagus untuk Suzuki",
              "Dorna menggelar MotoGP sejak 2002, kata CEO MotoGP. Suzuki Ecstar dinilai bisa kembali meraih hasil "
              "apik di MotoGP San Marino. Trek Sirkuit Misano dinilai menguntungkan bagi Alex Rins dan Joan "
              "Mir.MotoGP San Marino akan digelar di Sirkuit Misano, Minggu (15/9/2019). Tak terkecuali Mir, yang "
              "akan comeback ke lintasan usai mengalami cedera sejak MotoGP Republik Ceko. \"Misano adalah trek "
              "yang saya suka,\" ujar Mir seperti dilansir Crash.",
              {"PER:Joan Mir"},
              {"PER:Joan Mir.MotoGP"}},
         })
        expect_article_names(c, false);
}

TEST(Spans27GluedFullStop, AbbreviationsAndDomainsStay) {
    for (const ArticleNamesCase& c : std::initializer_list<ArticleNamesCase>{
             // "Soekarno" is named alone, "Ir" is not.
             {"Mengenang Soekarno",
              "Soekarno lahir di Surabaya. Presiden pertama RI Ir.Soekarno membacakan proklamasi bersama Mohammad "
              "Hatta. Soekarno wafat pada 1970.",
              {"LOC:RI Ir.Soekarno"},
              {"LOC:RI Ir"}},
             {"Saleh Dilantik",
              "Bupati melantik Tangopa Alwan Moh.Saleh sebagai sekretaris daerah. Saleh berjanji bekerja keras. "
              "Saleh mengucapkan terima kasih.",
              {"PER:Tangopa Alwan Moh.Saleh"},
              {"PER:Tangopa Alwan Moh"}},
             // A domain in lower case after the dot.
             {"Amazon Buka Toko",
              "Amazon membuka toko baru. Raksasa ritel daring Amazon.com Inc menyebut penjualan naik. Amazon "
              "senang.",
              {"ORG:Amazon.com Inc"},
              {}},
         })
        expect_article_names(c, false);
}

TEST(Spans27ListNumber, IsCutOffTheName) {
    expect_article_names(
        {"Lima Capim KPK Hasil Seleksi DPR",
         "Pimpinan KPK yang menjabat untuk kedua kalinya yaitu Alexander Marwata. Berikut lima orang Capim "
         "KPK yang dipilih Komisi III DPR:\n\n1.Nawawi Pomolango (Hakim), 50 suara.\n\n2.Lili Pintauli "
         "Siregar (Advokat), 44 suara.\n\n4.Alexander Marwata (Komisioner KPK), 53 suara.\n\n10.PT Marga "
         "Mandalasakti mengelola jalan tol itu.",
         {"PER:Nawawi Pomolango", "PER:Lili Pintauli Siregar", "PER:Alexander Marwata", "ORG:PT Marga Mandalasakti"},
         {"PER:2.Lili Pintauli Siregar", "PER:4.Alexander Marwata", "ORG:10.PT Marga Mandalasakti"}},
        false);
}

}  // namespace
}  // namespace telusur
