// A name written after "di" is no person's (session 32, spans29;
// common/entities/entities.cpp, drop_people_named_after_di()): a stadium, a
// company, a venue the tagger typed as a person ("di Giuseppe Meazza", "di
// Waskita", "di Steve Jobs Theater"). Retyped where the article writes the
// name after a head ("Stadion Giuseppe Meazza"), else dropped. What stays a
// person: a part of a longer person's name of the article ("tetap di Nikita"
// beside "Nikita Mirzani"), a person the article writes in another form
// ("Andy Ruiz Jr" beside "di Andy Ruiz Jr."), a name a capitalized word
// follows (a thing named after the person: "di Ari Lasso The Legend Family
// Karaoke"), a name after a title elsewhere ("Presiden Jokowi"). The texts
// are made up after clickid articles.
#include "common/entities/entities.h"
#include "tests/extracted_names.h"

#include <gtest/gtest.h>

namespace telusur {
namespace {

using testing::ArticleNamesCase;
using testing::expect_article_names;

TEST(Spans29PersonAfterDi, DroppedOrRetyped) {
    for (const ArticleNamesCase& c : std::initializer_list<ArticleNamesCase>{
             {"Waskita Raih Penghargaan GCG",
              "Melalui penerapan GCG, Waskita juga berkomitmen untuk selalu menaati semua aturan. Hadjar menjelaskan, "
              "kebijakan sistem whistleblowing di Waskita mencakup antara lain cara pengaduan. Saat ini, Waskita "
              "memiliki 800 ahli muda.",
              {"PER:Hadjar"},
              {"PER:Waskita"}},
             {"Inter Menang Tipis atas Udinese",
              "Inter Milan menjamu Udinese di Giuseppe Meazza dalam laga lanjutan pekan ketiga Serie A. Laga di "
              "Stadion Giuseppe Meazza itu berakhir 1-0 untuk tuan rumah.",
              {"LOC:Giuseppe Meazza", "LOC:Stadion Giuseppe Meazza"},
              {"PER:Giuseppe Meazza"}},
             {"Panggung Apple",
              "Tim Cook akan tampil di panggung di Steve Jobs Theater, Cupertino. Apple meluncurkan iPhone 11 di sana.",
              {"PER:Tim Cook"},
              {"PER:Steve Jobs Theater"}},
         })
        expect_article_names(c, false);
}

TEST(Spans29PersonAfterDi, TheHeadedFormsCanonicalName) {
    const ArticleEntities found = EntityExtractor::instance().extract_article(
        "Inter Ditahan Slavia Praha",
        "Inter Milan ditahan imbang 1-1 oleh Slavia Praha di Giuseppe Meazza, Selasa 17 September 2019. Antonio "
        "Conte kecewa dengan hasil itu.");
    bool stadium = false;
    for (const Entity& e : found.body)
        if (e.text == "Giuseppe Meazza") {
            EXPECT_EQ(e.type, EntityType::Location);
            stadium = e.type == EntityType::Location;
        }
    EXPECT_TRUE(stadium);
}

TEST(Spans29PersonAfterDi, PeopleStayPeople) {
    for (const ArticleNamesCase& c : std::initializer_list<ArticleNamesCase>{
             {"Nikita Mirzani Bicara Hak Asuh",
              "Nikita Mirzani datang ke pengadilan bersama pengacaranya. \"Hak asuhnya tetap di Nikita kok. Ini cuma "
              "buat kebencian,\" ujar kuasa hukumnya.",
              {"PER:Nikita"},
              {}},
             {"Andy Ruiz Jr Siap Tanding Ulang",
              "Anthony Joshua akan menjalani duel ulang melawan Andy Ruiz Jr di Arab Saudi. \"Saya tidak memikirkan "
              "yang lain. Hanya fokus di Andy Ruiz Jr.\" kata Joshua.",
              {"PER:Andy Ruiz Jr."},
              {}},
             {"Dul Minta Maaf",
              "\"Itu mungkin kesalahan saya,\" kata Dul di Ari Lasso The Legend Family Karaoke, Jakarta Selatan. Dul "
              "datang bersama ibunya.",
              {"PER:Ari Lasso"},
              {}},
             {"Jokowi Teken Perppu",
              "Karena hanya sampai di Jokowi harapan publik optimistis. Kata Presiden Jokowi, perppu masih "
              "dipertimbangkan.",
              {"PER:Jokowi"},
              {}},
         })
        expect_article_names(c, false);
}

}  // namespace
}  // namespace telusur
