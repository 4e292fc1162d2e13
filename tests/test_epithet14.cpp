// Epithets: names the news gives a thing that no article defines ("Kabau
// Sirah" for Semen Padang, "Pulau Dewata" for Bali, "The Fed"), from the
// project's curated list (models/sources/epithets_curated.tsv), compiled into
// the gazetteer as "E:<type>" rows. A listed epithet names its thing's
// canonical form, and a mention of it the tagger typed otherwise (the club
// "Badak Lampung" read as a place) takes the epithet's type, unless the
// gazetteer lists the phrase under the tagged type too. The texts are made
// up for the tests.
#include "common/entities/entities.h"
#include "common/entities/gazetteer.h"
#include "common/entities/perceptron_model.h"

#include <gtest/gtest.h>

#include <array>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace telusur {
namespace {

std::string describe(const std::vector<Entity>& found) {
    std::string out;
    for (const Entity& e : found)
        out += std::string(entity_type_name(e.type)) + ":" + e.text + "->" + e.canonical + "; ";
    return out;
}

/// Whether every mention written `name` in `text` is of `type` with
/// canonical form `canonical`, and there is one at least.
::testing::AssertionResult names(const EntityExtractor& x, const std::string& text, std::string_view name,
                                 EntityType type, std::string_view canonical) {
    const auto found = x.extract(text);
    bool any = false;
    for (const Entity& e : found) {
        if (e.text != name) continue;
        any = true;
        if (e.type != type || e.canonical != canonical) return ::testing::AssertionFailure() << describe(found);
    }
    if (!any) return ::testing::AssertionFailure() << "no mention " << name << ": " << describe(found);
    return ::testing::AssertionSuccess();
}

TEST(Epithet14Gazetteer, EpithetRowsNameTheirThingAndType) {
    ner::Gazetteer g;
    g.add("E:ORG", "Kabau Sirah", "Semen Padang");
    g.add("E:ORG", "Tira Persikabo", "");  // its own canonical form
    g.add("A:PER", "BJ Habibie", "Bacharuddin Jusuf Habibie");
    const std::uint64_t kabau = ner::Gazetteer::phrase_hash("kabau  sirah");
    ASSERT_NE(g.canonical(ner::kGazOrg, kabau), nullptr);
    EXPECT_EQ(*g.canonical(ner::kGazOrg, kabau), "Semen Padang");
    EXPECT_EQ(g.epithet_type(kabau), ner::kGazOrg);
    const std::uint64_t tira = ner::Gazetteer::phrase_hash("Tira Persikabo");
    ASSERT_NE(g.canonical(ner::kGazOrg, tira), nullptr);
    EXPECT_EQ(*g.canonical(ner::kGazOrg, tira), "Tira Persikabo");
    // An alias ("A:") names its canonical form only: no epithet type.
    EXPECT_EQ(g.epithet_type(ner::Gazetteer::phrase_hash("BJ Habibie")), -1);
    EXPECT_EQ(g.epithet_type(ner::Gazetteer::phrase_hash("Semen Padang")), -1);
    // An epithet of two types says no type.
    g.add("E:LOC", "Kabau Sirah", "Padang");
    EXPECT_EQ(g.epithet_type(kabau), -1);
}

TEST(Epithet14Gazetteer, EpithetRowsSurviveSaveAndLoad) {
    ner::Gazetteer g;
    g.add("E:ORG", "Kabau Sirah", "Semen Padang");
    g.add("E:ORG", "Tira Persikabo", "");
    g.add("E:LOC", "Negeri Sakura", "@JP");
    const auto path = std::filesystem::temp_directory_path() / "telusur_test_epithet14.tsv.gz";
    g.save(path.string());
    const ner::Gazetteer h = ner::Gazetteer::load(path.string());
    std::filesystem::remove(path);
    EXPECT_EQ(h.epithet_type(ner::Gazetteer::phrase_hash("Kabau Sirah")), ner::kGazOrg);
    const std::string* tira = h.canonical(ner::kGazOrg, ner::Gazetteer::phrase_hash("Tira Persikabo"));
    ASSERT_NE(tira, nullptr);
    EXPECT_EQ(*tira, "Tira Persikabo");
    const std::string* japan = h.canonical(ner::kGazLoc, ner::Gazetteer::phrase_hash("Negeri Sakura"));
    ASSERT_NE(japan, nullptr);
    EXPECT_EQ(*japan, "Jepang");
}

// The committed gazetteer: the curated list's epithets reach their thing's
// key whatever type the tagger gave them.
TEST(Epithet14Extractor, ListedEpithetsReachTheirThing) {
    const EntityExtractor& x = EntityExtractor::instance();
    const std::string match =
        "Kabau Sirah menang 2-1 atas Badak Lampung di Stadion Haji Agus Salim, Padang. Pelatih Semen Padang "
        "memuji pemainnya. Badak Lampung kini di dasar klasemen.";
    EXPECT_TRUE(names(x, match, "Kabau Sirah", EntityType::Organization, "Semen Padang"));
    EXPECT_TRUE(names(x, match, "Badak Lampung", EntityType::Organization, "Perseru Badak Lampung"));
    EXPECT_TRUE(names(x, "Wisatawan mancanegara memadati Pulau Dewata selama libur panjang.", "Pulau Dewata",
                      EntityType::Location, "Bali"));
    EXPECT_TRUE(names(x, "Rupiah menguat setelah The Fed memangkas suku bunga acuan.", "The Fed",
                      EntityType::Organization, "Federal Reserve"));
    // A canonical form the lists fold is followed: "Yogyakarta" names the
    // province, and so does "Jogja".
    EXPECT_TRUE(names(x, "Gempa terasa hingga Jogja dan Solo pada Jumat siang.", "Jogja", EntityType::Location,
                      x.canonical_name(EntityType::Location, "Yogyakarta")));
}

// Refusals, on a gazetteer with test rows added to the committed one.
class Epithet14Refusals : public ::testing::Test {
protected:
    static EntityExtractor with_rows(const std::vector<std::array<std::string, 3>>& rows) {
        const std::filesystem::path dir(entity_model_dir());
        auto model = std::make_shared<ner::PerceptronModel>(ner::PerceptronModel::load((dir / "ner.model").string()));
        auto gaz = std::make_shared<ner::Gazetteer>(ner::Gazetteer::load((dir / "gazetteer.tsv.gz").string()));
        for (const auto& [kind, phrase, canonical] : rows) gaz->add(kind, phrase, canonical);
        return EntityExtractor(std::move(model), std::move(gaz));
    }
    const std::string text = "Ribuan warga Bandung memadati alun-alun kota Bandung pada Minggu pagi.";
};

// A phrase the gazetteer lists under the tagged type keeps that type: a
// place's name is no club's epithet where the tagger reads a place.
TEST_F(Epithet14Refusals, PhraseListedUnderTheTaggedTypeKeepsIt) {
    ASSERT_TRUE(names(EntityExtractor::instance(), text, "Bandung", EntityType::Location, "Bandung"));
    const EntityExtractor x = with_rows({{"E:ORG", "Bandung", "Persib Bandung"}});
    EXPECT_TRUE(names(x, text, "Bandung", EntityType::Location, "Bandung"));
}

// An epithet listed under two types is no one thing's: the mention keeps
// the tagger's type (a person here).
TEST_F(Epithet14Refusals, EpithetOfTwoTypesIsNotRetyped) {
    const std::string match = "Laskar Sembrani menang 2-1 atas tuan rumah pada Minggu malam.";
    ASSERT_TRUE(names(EntityExtractor::instance(), match, "Laskar Sembrani", EntityType::Person, "Laskar Sembrani"));
    const EntityExtractor one = with_rows({{"E:ORG", "Laskar Sembrani", "Sembrani FC"}});
    ASSERT_TRUE(names(one, match, "Laskar Sembrani", EntityType::Organization, "Sembrani FC"));
    const EntityExtractor two =
        with_rows({{"E:ORG", "Laskar Sembrani", "Sembrani FC"}, {"E:LOC", "Laskar Sembrani", "Sembrani"}});
    EXPECT_TRUE(names(two, match, "Laskar Sembrani", EntityType::Person, "Laskar Sembrani"));
}

}  // namespace
}  // namespace telusur
