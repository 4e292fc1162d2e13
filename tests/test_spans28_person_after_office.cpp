// A person named after their office's body or place with no comma (session
// 32, spans28; common/entities/entities.cpp, split_titled_person()): the
// tagger glues the person onto the body ("Kepala Basarnas Ternate Muhammad
// Arafah", "Presiden Direktur PT Bank Central Asia Tbk Jahja Setiaatmadja",
// "Direktur KTM Pit Beirer", "CEO Persija Ferry Paulus"). Split into the body
// or place and the person where the person's words are listed people's words
// that places' names share too ("Muhammad", "Gusti Agung"), the body ends in
// a company's legal form, the body is an acronym and the article names part
// of the person alone, or the article names the body alone. What must stay
// whole: a body whose title's holder follows after a comma or an honorific,
// one written with no title elsewhere, a body with a word the article names
// alone as a place, one listed person's word before a rank. The texts are
// made up after clickid articles; each split case fails without its rule,
// each negative without its guard.
#include "common/entities/entities.h"
#include "tests/extracted_names.h"

#include <gtest/gtest.h>

namespace telusur {
namespace {

using testing::ArticleNamesCase;
using testing::expect_article_names;

TEST(Spans28PersonAfterOffice, WordsPlacesShareWithPeople) {
    for (const ArticleNamesCase& c : std::initializer_list<ArticleNamesCase>{
             {"Nelayan Hilang di Ternate",
              "Seorang nelayan belum kembali. \"Tim masih mencari,\" kata Kepala Basarnas Ternate Muhammad Arafah. "
              "Pencarian dilanjutkan besok.",
              {"LOC:Ternate", "PER:Muhammad Arafah"},
              {"LOC:Ternate Muhammad Arafah"}},
             {"Pemprov Papua Bongkar Reklame",
              "\"Beberapa OPD sudah mulai melakukan pembersihan,\" ujar Asisten II Sekda Papua Muhammad Musa'ad, di "
              "Jayapura, Senin (2/9/2019).",
              {"LOC:Papua", "PER:Muhammad Musa'ad"},
              {"LOC:Papua Muhammad Musa'ad"}},
             {"Satpol PP Tangkap Emma",
              "\"Dia melempari orang naik motor,\" kata Kepala Satpol PP Badung Gusti Agung Kerta Suryanegara. Dia "
              "menjelaskan laporan datang dari warga.",
              {"LOC:Badung", "PER:Gusti Agung Kerta Suryanegara"},
              {"LOC:Badung Gusti Agung Kerta Suryanegara"}},
         })
        expect_article_names(c, false);
}

TEST(Spans28PersonAfterOffice, AfterACompanysLegalForm) {
    expect_article_names({"Bunga Acuan Turun",
                          "Ekspektasi penurunan bunga acuan juga disampaikan kalangan perbankan. Presiden Direktur "
                          "PT Bank Central Asia Tbk Jahja Setiaatmadja berujar hal itu dibutuhkan untuk memacu kredit.",
                          {"ORG:PT Bank Central Asia Tbk", "PER:Jahja Setiaatmadja"},
                          {"ORG:PT Bank Central Asia Tbk Jahja Setiaatmadja"}},
                         false);
}

TEST(Spans28PersonAfterOffice, AfterAnAcronymOrABodyNamedAlone) {
    for (const ArticleNamesCase& c : std::initializer_list<ArticleNamesCase>{
             {"KTM Kecewa",
              "Mengetahui kabar tersebut, Direktur KTM Pit Beirer memberikan tanggapannya. Beirer tak terima "
              "performa timnya. KTM akan mengevaluasi tim.",
              {"ORG:KTM", "PER:Pit Beirer"},
              {"ORG:KTM Pit Beirer"}},
             {"Persija Kalah Lagi",
              "Persija kembali kalah. \"Bila gagal menang melawan PSIS nanti, mereka akan mundur,\" ujar CEO "
              "Persija Ferry Paulus dikutip dari situs resmi klub.",
              {"ORG:Persija", "PER:Ferry Paulus"},
              {"ORG:Persija Ferry Paulus"}},
             {"Sungai Cilebut Dibersihkan",
              "Warga Desa Cilebut Timur ikut membersihkan sungai. Sedangkan, Perwakilan TP PKK Desa Cilebut Timur "
              "Nuryani mengucapkan terima kasih atas perhatian pemerintah.",
              {"LOC:Desa Cilebut Timur", "PER:Nuryani"},
              {"LOC:Desa Cilebut Timur Nuryani"}},
         })
        expect_article_names(c, false);
}

TEST(Spans28PersonAfterOffice, BodiesThatStayWhole) {
    for (const ArticleNamesCase& c : std::initializer_list<ArticleNamesCase>{
             // The title's holder after a comma.
             {"Sidang Suap Bowo",
              "Bowo mengutus Direktur Keuangan PT Inersia Ampak Engineers, Indung Andriani, untuk mengurus "
              "penerimaan uang. PT Inersia membantah.",
              {"ORG:PT Inersia Ampak Engineers"},
              {"PER:Ampak Engineers"}},
             // A listed person's word before a rank: the person comes after.
             {"Buron Ditangkap",
              "Ia buron Polres Lamteng sejak 2013. Kepala Satreskrim Polres Lamteng Ajun Komisaris Yuda Wiranegara "
              "membenarkan penangkapan itu.",
              {},
              {"PER:Ajun"}},
             // A word of the rest named alone as a place.
             {"Masyarakat Terus Berdatangan ke Makam BJ Habibie",
              "Beberapa jam setelah upacara pemakaman di Taman Makam Pahlawan Nasional Utama (TMPNU) Kalibata, "
              "Jakarta Selatan warga mengantre untuk berziarah.\nKepala Seksi Taman Makam Pahlawan Kalibata Deddy "
              "Prasetyo mengatakan warga diperbolehkan berziarah kapan saja.",
              {},
              {"PER:Pahlawan Kalibata"}},
         })
        expect_article_names(c, false);
}

// The guard on a body written with no title before it reads a title in lower
// case too: "posisi pelatih Persija Julio Banuelos" is a title's.
TEST(Spans28PersonAfterOffice, ATitleInLowerCaseIsATitle) {
    expect_article_names({"Persija Imbang",
                          "Persija ditahan imbang. Posisi pelatih Persija Julio Banuelos pun di ujung tanduk.\n"
                          "Pelatih Persija Julio Banuelos menurunkan tiga pemain anyarnya.",
                          {"PER:Julio Banuelos"},
                          {}},
                         false);
}

}  // namespace
}  // namespace telusur
