// A person's name glued after a place or body the article names alone
// (session 30, spans24; common/entities/entities.cpp,
// split_person_after_a_name()): "Sekretaris Perusahaan Bank Mandiri Rohan
// Hafas", "Kepala Puskesmas Kecamatan Cilincing Edison Sahputra" are split
// into the body or place and the person, where the article names the
// person, or their first name, alone. What must stay whole: a name after a
// head of a name ("PT Bio Farma"), a company's suffix that the article
// names nowhere else as a person's first name ("PES Pte Ltd"). The texts are
// made up after clickid articles; the split cases fail without the rule.
#include "common/entities/entities.h"
#include "tests/extracted_names.h"

#include <gtest/gtest.h>

namespace telusur {
namespace {

using testing::ArticleNamesCase;
using testing::expect_article_names;

TEST(Spans24PersonAfterAName, IsSplitFromTheBodyOrPlace) {
    for (const ArticleNamesCase& c : std::initializer_list<ArticleNamesCase>{
             {"Layanan Bank Mandiri Pulih",
              "Bank Mandiri memastikan saldo nasabah aman. \"Sebagian besar sudah normal,\" kata Sekretaris "
              "Perusahaan Bank Mandiri Rohan Hafas, Minggu (21/7/2019). Rohan menambahkan, layanan digital "
              "sudah pulih.",
              {"ORG:Bank Mandiri", "PER:Rohan Hafas"},
              {"ORG:Bank Mandiri Rohan Hafas"}},
             {"Warga Cilincing Batuk",
              "Warga Kecamatan Cilincing mengeluhkan debu batu bara. \"Banyak yang batuk,\" kata Kepala "
              "Puskesmas Kecamatan Cilincing Edison Sahputra saat ditemui, Senin (16/9/2019). Edison menambahkan, "
              "pasien terus bertambah.",
              {"PER:Edison Sahputra"},
              {"LOC:Kecamatan Cilincing Edison Sahputra", "LOC:Puskesmas Kecamatan Cilincing Edison Sahputra"}},
         })
        expect_article_names(c, false);
}

TEST(Spans24PersonAfterAName, NamesThatAreNoPersonStay) {
    for (const ArticleNamesCase& c : std::initializer_list<ArticleNamesCase>{
             {"Vaksin Bio Farma",
              "PT Bio Farma menyiapkan vaksin baru. Bio Farma menyebut produksi dimulai tahun depan.",
              {"ORG:PT Bio Farma"},
              {"ORG:PT"}},
             {"KPK Tetapkan Tersangka Petral",
              "KPK menetapkan Bambang Irianto selaku Managing Director PES Pte Ltd periode 2009-2013. PES "
              "adalah anak usaha Petral.",
              {},
              {"PER:Pte Ltd"}},
         })
        expect_article_names(c, false);
}

}  // namespace
}  // namespace telusur
