// Second names (schema.h's second-name terms, EntityNames::second_name_of()):
// a name the articles naming it write apart from one much commoner name,
// which they name more, stands for it ("Los Blancos" for "Real Madrid");
// opponents, parent bodies and a club's league do not; people have none (a
// spouse), places only an epithet ("Bumi Cenderawasih" for Papua), never a
// regency or a city apart from its province. On an in-memory database and on
// the same articles in two shards.
#include "common/document_builder.h"
#include "common/entities/entity_names.h"
#include "common/schema.h"
#include "tests/name_use_articles.h"
#include "tests/test_support.h"

#include <gtest/gtest.h>
#include <xapian.h>

#include <string>
#include <vector>

namespace telusur {
namespace {

const schema::EntityTypeSchema& kPerson = schema::entity_schema(EntityType::Person);
const schema::EntityTypeSchema& kOrganization = schema::entity_schema(EntityType::Organization);
const schema::EntityTypeSchema& kLocation = schema::entity_schema(EntityType::Location);

using Keys = std::vector<DocumentBuilder::KeyMentions>;

/// `n` copies of an article.
void add(std::vector<Xapian::Document>& docs, int n, const schema::EntityTypeSchema& type, const Keys& keys) {
    for (int i = 0; i < n; ++i) docs.push_back(testing::second_name_article(type, keys));
}

std::vector<Xapian::Document> articles() {
    std::vector<Xapian::Document> docs;
    // Real Madrid named first and most, "Los Blancos" in later sentences
    // (12 articles; one more names Los Blancos alone), Eibar an opponent
    // named in its sentences (12), Getafe apart from it in 6 of its 16;
    // Real Madrid alone in 40.
    add(docs, 12, kOrganization, {{"real madrid", 4, {1, 2, 5}}, {"los blancos", 2, {3, 6}}});
    add(docs, 1, kOrganization, {{"los blancos", 1, {1}}});
    add(docs, 12, kOrganization, {{"real madrid", 3, {1, 3}}, {"eibar", 2, {1, 3}}});
    add(docs, 6, kOrganization, {{"real madrid", 3, {1, 3}}, {"getafe", 1, {5}}});
    add(docs, 10, kOrganization, {{"real madrid", 3, {1, 3}}, {"getafe", 2, {1, 3}}});
    add(docs, 40, kOrganization, {{"real madrid", 2, {1, 2}}});
    // A club's league, apart from one club or another in each of its
    // articles (Barcelona in 40 more, Sevilla in none).
    add(docs, 10, kOrganization, {{"real madrid", 3, {1, 2}}, {"la liga", 1, {4}}});
    add(docs, 10, kOrganization, {{"barcelona", 3, {1, 2}}, {"la liga", 1, {4}}});
    add(docs, 10, kOrganization, {{"sevilla", 3, {1, 2}}, {"la liga", 1, {4}}});
    add(docs, 40, kOrganization, {{"barcelona", 2, {1}}});
    // Parent bodies: Komisi III in DPR's sentences; Bareskrim the subject of
    // its own articles, Polri named less; Ditjen Pajak apart from Kemenkeu,
    // which is not much commoner; a company apart from KPK, which is named
    // in a third of all articles.
    add(docs, 12, kOrganization, {{"dpr", 3, {1, 2}}, {"komisi iii", 2, {2, 4}}});
    add(docs, 40, kOrganization, {{"dpr", 1, {1}}});
    add(docs, 12, kOrganization, {{"bareskrim", 3, {1, 2}}, {"polri", 1, {4}}});
    add(docs, 40, kOrganization, {{"polri", 2, {1}}});
    add(docs, 12, kOrganization, {{"kemenkeu", 3, {1, 2}}, {"ditjen pajak", 1, {4}}});
    add(docs, 12, kOrganization, {{"kemenkeu", 2, {1}}});
    add(docs, 12, kOrganization, {{"kpk", 3, {1, 2}}, {"pt asmin", 1, {4}}});
    add(docs, 1500, kOrganization, {{"kpk", 1, {1}}});
    // A team and its other age group share a word: never a second name.
    add(docs, 12, kOrganization, {{"timnas indonesia", 4, {1, 2}}, {"timnas indonesia u-19", 1, {5}}});
    // An acronym beside its name in full is the short-form terms' case.
    add(docs, 12, kOrganization, {{"universitas gadjah mada", 3, {1, 2}}, {"ugm", 1, {4}}});
    add(docs, 40, kOrganization, {{"universitas gadjah mada", 1, {1}}});
    // A nickname that is the name mentioned more in half of its articles.
    add(docs, 8, kOrganization, {{"liverpool", 3, {1, 2}}, {"the reds", 1, {4}}});
    add(docs, 8, kOrganization, {{"the reds", 2, {1, 2}}, {"liverpool", 1, {4}}});
    add(docs, 40, kOrganization, {{"liverpool", 2, {1}}});
    // People have no second names: a nickname, a spouse in his sentences
    // record nothing.
    add(docs, 12, kPerson, {{"zinedine zidane", 3, {1, 2}}, {"zizou", 1, {4}}});
    add(docs, 40, kPerson, {{"zinedine zidane", 1, {1}}});
    add(docs, 12, kPerson, {{"joko widodo", 4, {1, 2, 3}}, {"iriana", 1, {3}}});
    // Places: an epithet apart from the province it stands for (the
    // epithet alone in one more, Papua alone in 40 more); a regency apart from its province, with or
    // without its designator, and a city named with the head "Kota" whose
    // rest the articles name as a place (Bekasi alone in 5) are no epithets.
    add(docs, 12, kLocation, {{"papua", 3, {1, 2}}, {"bumi cenderawasih", 1, {4}}});
    add(docs, 1, kLocation, {{"bumi cenderawasih", 1, {1}}});
    add(docs, 40, kLocation, {{"papua", 1, {1}}});
    add(docs, 12, kLocation, {{"papua barat", 3, {1, 2}}, {"fakfak", 1, {4}}});
    add(docs, 12, kLocation, {{"papua", 3, {1, 2}}, {"kabupaten puncak", 1, {4}}});
    add(docs, 40, kLocation, {{"papua barat", 1, {1}}});
    add(docs, 12, kLocation, {{"jawa barat", 3, {1, 2}}, {"kota bekasi", 1, {4}}});
    add(docs, 5, kLocation, {{"bekasi", 1, {1}}});
    add(docs, 40, kLocation, {{"jawa barat", 1, {1}}});
    // Articles naming no organization: KPK is in a third of all.
    add(docs, 3000, kLocation, {});
    return docs;
}

/// Parameter: two shards (else one database).
class SecondNamesTest : public ::testing::TestWithParam<bool> {
protected:
    SecondNamesTest() : db_(split_into(GetParam() ? 2 : 1)), names_(db_) {}
    static Xapian::Database split_into(std::size_t parts) { return testing::split_into(articles(), parts); }
    std::size_t matches(const schema::EntityTypeSchema& type, const std::string& name) {
        return testing::documents_with_any(db_, names_.filter_terms(type, name));
    }
    Xapian::Database db_;
    EntityNames names_;
};

TEST_P(SecondNamesTest, ANameWrittenApartFromAMuchCommonerOneStandsForIt) {
    EXPECT_EQ(names_.resolve(kOrganization, "Los Blancos"), "real madrid");
    EXPECT_EQ(names_.resolve(kOrganization, "Real Madrid"), "real madrid");
    // Filters both ways: Real Madrid's articles and the one naming Los
    // Blancos alone.
    EXPECT_EQ(matches(kOrganization, "Real Madrid"), 91u);
    EXPECT_EQ(matches(kOrganization, "Los Blancos"), 91u);
}

TEST_P(SecondNamesTest, OpponentsAndAClubsLeagueAreNoSecondNames) {
    EXPECT_EQ(names_.resolve(kOrganization, "Eibar"), "eibar");      // in its sentences
    EXPECT_EQ(names_.resolve(kOrganization, "Getafe"), "getafe");    // apart in too few articles
    EXPECT_EQ(names_.resolve(kOrganization, "La Liga"), "la liga");  // apart from one club in a third
}

TEST_P(SecondNamesTest, ParentBodiesAreNoSecondNames) {
    EXPECT_EQ(names_.resolve(kOrganization, "Komisi III"), "komisi iii");
    EXPECT_EQ(names_.resolve(kOrganization, "Bareskrim"), "bareskrim");
    EXPECT_EQ(names_.resolve(kOrganization, "Polri"), "polri");
    EXPECT_EQ(names_.resolve(kOrganization, "Ditjen Pajak"), "ditjen pajak");  // Kemenkeu not much commoner
    EXPECT_EQ(names_.resolve(kOrganization, "PT Asmin"), "pt asmin");          // KPK is apart from anything
    EXPECT_EQ(db_.get_termfreq("XVORGpt asmin\tkpk"), 12u);
}

TEST_P(SecondNamesTest, ANameMentionedMostInManyOfItsArticlesIsASecondNameToo) {
    // Apart from Liverpool in all its 16 articles, named more in half:
    // read both ways since session 21 (tests/test_nick13_names.cpp).
    EXPECT_EQ(names_.resolve(kOrganization, "The Reds"), "liverpool");
}

TEST_P(SecondNamesTest, PeopleHaveNone) {
    EXPECT_EQ(names_.resolve(kPerson, "Zizou"), "zizou");
    EXPECT_EQ(names_.resolve(kPerson, "Iriana"), "iriana");
    EXPECT_EQ(db_.allterms_begin(kPerson.second_name_prefix), db_.allterms_end(kPerson.second_name_prefix));
}

TEST_P(SecondNamesTest, APlaceHasAnEpithetAsSecondName) {
    EXPECT_EQ(names_.resolve(kLocation, "Bumi Cenderawasih"), "papua");
    EXPECT_EQ(db_.get_termfreq("XVLOCbumi cenderawasih\tpapua"), 12u);
    // Filters on the province find the article that names only its
    // epithet too.
    EXPECT_EQ(matches(kLocation, "Papua"), 12u + 1u + 40u + 12u);
}

TEST_P(SecondNamesTest, RegenciesAndPlacesNamedWithAHeadAreNoEpithets) {
    EXPECT_EQ(names_.resolve(kLocation, "Fakfak"), "fakfak");
    EXPECT_EQ(names_.resolve(kLocation, "Kabupaten Puncak"), "kabupaten puncak");
    EXPECT_EQ(db_.get_termfreq("XVLOCfakfak\tpapua barat"), 0u);  // recorded for epithets only
    EXPECT_EQ(db_.get_termfreq("XVLOCkabupaten puncak\tpapua"), 0u);
    EXPECT_EQ(db_.get_termfreq("XVLOCkota bekasi\tjawa barat"), 12u);  // "Kota" is a head, "Bekasi" a place
    EXPECT_EQ(names_.resolve(kLocation, "Kota Bekasi"), "kota bekasi");
}

TEST_P(SecondNamesTest, NamesSharingAWordAndShortFormsRecordNoSecondName) {
    EXPECT_EQ(db_.get_termfreq("XVORGtimnas indonesia u-19\ttimnas indonesia"), 0u);
    EXPECT_EQ(db_.get_termfreq("XVORGugm\tuniversitas gadjah mada"), 0u);
    EXPECT_EQ(db_.get_termfreq("XVORGlos blancos\treal madrid"), 12u);
    EXPECT_EQ(db_.get_termfreq("XWORGreal madrid\tlos blancos"), 12u);
    EXPECT_EQ(names_.resolve(kOrganization, "Timnas Indonesia U-19"), "timnas indonesia u-19");
}

INSTANTIATE_TEST_SUITE_P(OneDatabaseAndShards, SecondNamesTest, ::testing::Bool(),
                         [](const auto& info) { return std::string(info.param ? "TwoShards" : "OneDatabase"); });

}  // namespace
}  // namespace telusur
