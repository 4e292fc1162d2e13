// A job title glued before the body it works for (session 29, spans22;
// common/entities/entities.cpp, cut_job_titles_off_bodies()): an English
// job title or function, or "Humas", that the tagger reads as the start of
// a body's name ("EVP Finance PT Garuda Indonesia", "CSR Citilink
// Indonesia") is cut off where the article names the rest alone; a
// company's country after its name ("GM Indonesia") and a name that starts
// with such a word but names no body the article writes stay. Also titles
// of office the trigger list lacks ("Sekda Kabupaten Bogor Burhanudin").
// The texts are made up after clickid articles; the cut and split cases
// fail without the rules.
#include "common/entities/entities.h"
#include "tests/extracted_names.h"

#include <gtest/gtest.h>

namespace telusur {
namespace {

using testing::ArticleNamesCase;
using testing::expect_article_names;

TEST(Spans22JobTitleBeforeABody, IsCutWhereTheBodyIsNamedAlone) {
    for (const ArticleNamesCase& c : std::initializer_list<ArticleNamesCase>{
             {"KPK Periksa Mantan Pejabat Garuda",
              "Komisi Pemberantasan Korupsi (KPK) memanggil 5 mantan pejabat PT Garuda Indonesia pada hari ini. "
              "Lalu ada mantan EVP Finance PT Garuda Indonesia Handrito Harjono yang diperiksa sebagai saksi.",
              {"ORG:PT Garuda Indonesia"},
              {"ORG:EVP Finance PT Garuda Indonesia"}},
             {"Dampak Kabut Asap, Citilink Batalkan 6 Penerbangan",
              "Vice President Corporate Secretary & CSR Citilink Indonesia Resty Kusandarina mengatakan "
              "pembatalan dilakukan untuk menjamin keselamatan penumpang. \"Caranya dengan menghubungi call "
              "center Citilink Indonesia di 0804-1-080808,\" ujar Resty.",
              {"ORG:Citilink Indonesia"},
              {"ORG:CSR Citilink Indonesia"}},
             {"Taksi Listrik di Bandara",
              "President Director Angkasa Pura II Muhammad Awaluddin mengatakan kerja sama antara Angkasa Pura "
              "II dan Blue Bird sudah lama terjalin.",
              {"ORG:Angkasa Pura II"},
              {"ORG:Director Angkasa Pura II"}},
         })
        expect_article_names(c, false);
}

TEST(Spans22JobTitleBeforeABody, ACompanysCountryOrAnUnnamedRestStays) {
    for (const ArticleNamesCase& c : std::initializer_list<ArticleNamesCase>{
             // "Indonesia" is a place: General Motors' branch keeps its name
             {"Chevrolet Colorado",
              "Menanggapi hal ini, External Affairs and Communications Director GM Indonesia Yuniadi Hartono "
              "buka suara. Mobil itu belum dijual di Indonesia.",
              {"ORG:GM Indonesia"},
              {"ORG:Indonesia"}},
             // the rest is named nowhere alone
             {"Penghargaan CSR",
              "Penghargaan itu diterima Corporate Communication & Community Development Group Head perusahaan "
              "tersebut di Jakarta.",
              {"ORG:Corporate Communication & Community Development Group Head"},
              {"ORG:Community Development Group Head"}},
         })
        expect_article_names(c, false);
}

// A title of office the trigger list lacks ("Sekda", "Asisten", "Perwakilan")
// before a body or place and a person (split_titled_person()).
TEST(Spans22TitleMissingAsTrigger, SplitsThePersonOffTheTitlesBody) {
    for (const ArticleNamesCase& c : std::initializer_list<ArticleNamesCase>{
             {"Warga Datangi Pemkab Bogor",
              "Warga mendatangi Kompleks Pemkab Bogor pada Senin, 9 September 2019 kemarin. Didampingi Sekda "
              "Kabupaten Bogor Burhanudin, dan sejumlah kepala SKPD, warga menumpahkan keluhannya.",
              {"LOC:Kabupaten Bogor", "PER:Burhanudin"},
              {"LOC:Kabupaten Bogor Burhanudin"}},
             {"Anugerah Humas",
              "Penghargaan tersebut diterima oleh Asisten Administrasi Umum Pemkot Semarang Masdiana Safitri.",
              {"ORG:Pemkot Semarang", "PER:Masdiana Safitri"},
              {"ORG:Pemkot Semarang Masdiana Safitri"}},
         })
        expect_article_names(c, false);
}

TEST(Spans22TitleMissingAsTrigger, ACompanysLastWordStays) {
    expect_article_names({"Proyek LRT",
                          "Hal itu disampaikan Perwakilan PT Jakarta Propertindo di Jakarta.",
                          {"ORG:PT Jakarta Propertindo"},
                          {"ORG:PT Jakarta", "PER:Propertindo"}},
                         false);
}

}  // namespace
}  // namespace telusur
