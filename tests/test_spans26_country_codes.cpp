// Session 31, spans26 (common/entities/entities.cpp, in
// cut_ordinary_words_off_names()): a race's table glues each row's rider,
// their country's three-letter code and their team into one span ("Cal
// CRUTCHLOW GBR LCR Honda CASTROL Honda", "Johann Zarco FRA Red Bull KTM
// Factory"), or the code onto the team ("SPA Repsol Honda" beside "Repsol
// Honda"); split_at_a_country_code() splits the span at the code into the
// person and the team, the code itself no entity.
//
// The evidence is the table's shape: four different three-capital words or
// more, each right after a rider's name that starts a row. What must stay
// whole: a team's maker's code after the team's first words ("SPA Red Bull
// KTM Factory": "KTM" does not start a row), and a text that writes fewer
// codes so (two rows quoted in running text). The texts are made up after
// clickid's MotoGP standings; the positive case fails without the rule,
// each negative one without its guard.
#include "common/entities/entities.h"
#include "tests/extracted_names.h"

#include <gtest/gtest.h>

#include <string>

namespace telusur {
namespace {

using testing::ArticleNamesCase;
using testing::expect_article_names;

// Five rows of a MotoGP standings table, as the clickid dump writes them.
constexpr std::string_view kStandings =
    "Berikut klasemen sementara MotoGP 2019.1. Marc Marquez SPA Repsol Honda (RC213V) 275,2. Andrea Dovizioso ITA "
    "Ducati Team (GP19) 182 (-93)3. Jack Miller AUS Pramac Ducati (GP19) 101 (-174)4. Johann Zarco FRA Red Bull "
    "KTM Factory (RC16) 27 (-248)5. Takaaki Nakagami JPN LCR Honda (RC213V) 62 (-213)6. Cal Crutchlow GBR LCR "
    "Honda (RC213V) 88 (-187)";

TEST(Spans26CountryCode, SplitsATableRowIntoPersonAndTeam) {
    expect_article_names({"Klasemen MotoGP Usai Seri Misano",
                          kStandings,
                          {"PER:Jack Miller", "ORG:Pramac Ducati", "PER:Johann Zarco", "PER:Cal Crutchlow"},
                          {"PER:Jack Miller AUS Pramac Ducati", "PER:Cal Crutchlow GBR LCR Honda",
                           "ORG:SPA Repsol Honda", "PER:Johann Zarco FRA Red Bull KTM Factory"}},
                         false);
}

TEST(Spans26CountryCode, TeamsAndAcronymsOutsideATableStayWhole) {
    // A team's maker's code after a country's in the row is no country's:
    // "KTM" does not start a row, so the team written alone keeps it.
    const std::string team_alone =
        std::string(kStandings) + ". Espargaro sempat memberi kejutan bersama KTM Factory Racing di Misano.";
    expect_article_names(
        {"Klasemen MotoGP Usai Seri Misano", team_alone, {"ORG:KTM Factory Racing"}, {"ORG:Factory Racing"}}, false);
    for (const ArticleNamesCase& c : std::initializer_list<ArticleNamesCase>{
             // Two rows quoted in running text: too few codes for a table.
             {"Marquez Menjauh",
              "Dari hasil itu, pebalap Marc Marquez SPA Repsol Honda memimpin, disusul Andrea Dovizioso ITA Ducati "
              "Team di tempat kedua.",
              {"ORG:SPA Repsol Honda", "PER:Andrea Dovizioso ITA"},
              {"ORG:Repsol Honda", "PER:Andrea Dovizioso"}},
         })
        expect_article_names(c, false);
}

}  // namespace
}  // namespace telusur
