// EntityNames: corpus-wide resolution of entity names and display names from
// the name-use terms articles record (schema.h), on in-memory databases.
#include "common/entities/entity_names.h"
#include "common/schema.h"

#include <gtest/gtest.h>
#include <xapian.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

namespace telusur {
namespace {

const schema::EntityTypeSchema& kPerson = schema::entity_schema(EntityType::Person);
const schema::EntityTypeSchema& kOrganization = schema::entity_schema(EntityType::Organization);
const schema::EntityTypeSchema& kLocation = schema::entity_schema(EntityType::Location);

/// One article's entity of one type: its canonical name and the forms it
/// was written in, as DocumentBuilder records them.
struct Named {
    const schema::EntityTypeSchema* type;
    std::string canonical;
    std::vector<std::string> forms;
};

Xapian::Document article(const std::vector<Named>& entities) {
    Xapian::Document doc;
    for (const auto& e : entities) {
        const std::string key = schema::normalize_boolean_value(e.canonical);
        doc.add_term(schema::make_boolean_term(e.type->prefix, key));
        for (const auto& form : e.forms) {
            const auto terms = schema::name_use_terms(*e.type, e.canonical, form);
            doc.add_boolean_term(terms.use);
            doc.add_boolean_term(terms.alias);
        }
    }
    return doc;
}

/// Articles: Trump mostly named in full then by surname, sometimes by
/// surname alone; "Widodo" split between two full names; KPK always folded
/// into its expansion by the gazetteer; Iriana's full name contains Joko
/// Widodo's; "Jokowi" introduced beside Joko Widodo and more often alone;
/// Anies Baswedan sometimes with his middle name, called "Anies" either way;
/// Jang Woo Hyuk and Jang Hyuk, two people no article calls alike; spelling
/// variants (Kim Jong-un, Gatot Soebroto) and an acronym (BDJ) that only
/// looks like one.
std::vector<Xapian::Document> articles() {
    std::vector<Xapian::Document> docs;
    for (int i = 0; i < 6; ++i) docs.push_back(article({{&kPerson, "Donald Trump", {"Donald Trump", "Trump"}}}));
    for (int i = 0; i < 2; ++i) docs.push_back(article({{&kPerson, "Trump", {"Trump"}}}));
    docs.push_back(article({{&kPerson, "Joko Widodo", {"Joko Widodo", "Widodo"}}}));
    docs.push_back(article({{&kPerson, "Joko Widodo", {"Joko Widodo", "Widodo"}}}));
    docs.push_back(article({{&kPerson, "Budi Widodo", {"Budi Widodo", "Widodo"}}}));
    docs.push_back(article({{&kPerson, "Widodo", {"Widodo"}}}));
    for (int i = 0; i < 3; ++i) docs.push_back(article({{&kOrganization, "Komisi Pemberantasan Korupsi", {"KPK"}}}));
    docs.push_back(article({{&kOrganization, "Komisi Pemberantasan Korupsi", {"Komisi Pemberantasan Korupsi"}}}));
    docs.push_back(article({{&kPerson, "Iriana Joko Widodo", {"Iriana Joko Widodo", "Joko Widodo"}}}));
    for (int i = 0; i < 3; ++i) docs.push_back(article({{&kPerson, "Joko Widodo", {"Joko Widodo", "Jokowi"}}}));
    for (int i = 0; i < 4; ++i) docs.push_back(article({{&kPerson, "Jokowi", {"Jokowi"}}}));
    for (int i = 0; i < 3; ++i) docs.push_back(article({{&kPerson, "Anies Baswedan", {"Anies Baswedan", "Anies"}}}));
    docs.push_back(article({{&kPerson, "Anies Rasyid Baswedan", {"Anies Rasyid Baswedan", "Anies"}}}));
    docs.push_back(article({{&kPerson, "Jang Woo Hyuk", {"Jang Woo Hyuk"}}}));
    for (int i = 0; i < 2; ++i) docs.push_back(article({{&kPerson, "Jang Hyuk", {"Jang Hyuk"}}}));
    docs.push_back(article({{&kPerson, "Kim Jong-un", {"Kim Jong-un"}}}));
    docs.push_back(article({{&kPerson, "Gatot Soebroto", {"Gatot Soebroto"}}}));
    for (int i = 0; i < 2; ++i) {
        docs.push_back(article({{&kPerson, "Kim Jong Un", {"Kim Jong Un"}}}));
        docs.push_back(article({{&kPerson, "Gatot Subroto", {"Gatot Subroto"}}}));
        docs.push_back(article({{&kOrganization, "BJ", {"BJ"}}}));
    }
    docs.push_back(article({{&kOrganization, "BDJ", {"BDJ"}}}));
    return docs;
}

Xapian::Database one_database() {
    Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
    for (const auto& doc : articles()) db.add_document(doc);
    return db;
}

/// The same articles dealt over two databases, searched as one.
Xapian::Database two_shards() {
    Xapian::WritableDatabase a(std::string(), Xapian::DB_BACKEND_INMEMORY);
    Xapian::WritableDatabase b(std::string(), Xapian::DB_BACKEND_INMEMORY);
    const auto docs = articles();
    for (std::size_t i = 0; i < docs.size(); ++i) (i % 2 ? b : a).add_document(docs[i]);
    Xapian::Database both;
    both.add_database(a);
    both.add_database(b);
    return both;
}

class EntityNamesTest : public ::testing::TestWithParam<bool> {
protected:
    EntityNamesTest() : db_(GetParam() ? two_shards() : one_database()), names_(db_) {}
    Xapian::Database db_;
    EntityNames names_;
};

TEST_P(EntityNamesTest, ASurnameStandsForTheFullNameItNearlyAlwaysMeans) {
    EXPECT_EQ(names_.resolve(kPerson, "Trump"), "donald trump");
    EXPECT_EQ(names_.resolve(kPerson, "TRUMP"), "donald trump");
    // "Widodo" was Joko Widodo twice, Budi Widodo once: no dominant meaning.
    EXPECT_EQ(names_.resolve(kPerson, "Widodo"), "widodo");
}

TEST_P(EntityNamesTest, ALongerNameNeverStandsForAShorterOne) {
    // Iriana's article also wrote "Joko Widodo", folded into her name.
    EXPECT_EQ(names_.resolve(kPerson, "Joko Widodo"), "joko widodo");
    EXPECT_EQ(names_.resolve(kPerson, "Iriana Joko Widodo"), "iriana joko widodo");
}

TEST_P(EntityNamesTest, AMiddleNameDroppedIsTheSamePersonWhenTheNewsCallsBothAlike) {
    EXPECT_EQ(names_.resolve(kPerson, "Anies Rasyid Baswedan"), "anies baswedan");
    EXPECT_EQ(names_.articles(kPerson, "Anies Rasyid Baswedan"), 3u);
    EXPECT_EQ(names_.resolve(kPerson, "Jang Woo Hyuk"), "jang woo hyuk");
    const std::vector<std::string> anies{schema::make_boolean_term(kPerson.prefix, "anies baswedan"),
                                         schema::make_boolean_term(kPerson.prefix, "anies rasyid baswedan")};
    EXPECT_EQ(names_.filter_terms(kPerson, "Anies Baswedan"), anies);
    EXPECT_EQ(names_.filter_terms(kPerson, "Jang Hyuk"),
              std::vector<std::string>{schema::make_boolean_term(kPerson.prefix, "jang hyuk")});
}

TEST_P(EntityNamesTest, ASpellingVariantStandsForTheSpellingTheNewsUsesMore) {
    EXPECT_EQ(names_.resolve(kPerson, "Kim Jong-un"), "kim jong un");
    EXPECT_EQ(names_.resolve(kPerson, "Gatot Soebroto"), "gatot subroto");
    EXPECT_EQ(names_.resolve(kPerson, "Gatot Subroto"), "gatot subroto");
    EXPECT_EQ(names_.resolve(kOrganization, "BDJ"), "bdj");  // an acronym, not an old spelling
}

TEST_P(EntityNamesTest, AFormThatIsNeverAKeyStandsForItsKey) {
    EXPECT_EQ(names_.resolve(kOrganization, "kpk"), "komisi pemberantasan korupsi");
    EXPECT_EQ(names_.articles(kOrganization, "KPK"), 4u);
    EXPECT_EQ(names_.articles(kOrganization, "Komisi Pemberantasan Korupsi"), 4u);
    EXPECT_EQ(names_.articles(kPerson, "KPK"), 0u);
    EXPECT_EQ(names_.articles(kPerson, "Nobody Here"), 0u);
}

TEST_P(EntityNamesTest, TheDisplayNameIsTheFormTheNewsWritesMost) {
    EXPECT_EQ(names_.display_name(kOrganization, "komisi pemberantasan korupsi", "?"), "KPK");
    // "Trump" is written in more articles, but a surname after a full
    // mention is not a name of its own.
    EXPECT_EQ(names_.display_name(kPerson, "donald trump", "?"), "Donald Trump");
    EXPECT_EQ(names_.display_name(kPerson, "no such key", "fallback"), "fallback");
    // Counted over the names resolved into the key: "Jokowi" 3 + 4 articles,
    // "Joko Widodo" 5.
    EXPECT_EQ(names_.resolve(kPerson, "Jokowi"), "joko widodo");
    EXPECT_EQ(names_.display_name(kPerson, "joko widodo", "?"), "Jokowi");
    EXPECT_EQ(names_.display_name(kPerson, "anies baswedan", "?"), "Anies Baswedan");
}

TEST_P(EntityNamesTest, FiltersMatchEveryKeyANameResolvesTo) {
    const std::vector<std::string> trump{schema::make_boolean_term(kPerson.prefix, "donald trump"),
                                         schema::make_boolean_term(kPerson.prefix, "trump")};
    EXPECT_EQ(names_.filter_terms(kPerson, "Trump"), trump);
    EXPECT_EQ(names_.filter_terms(kPerson, "donald trump"), trump);
    EXPECT_EQ(names_.filter_terms(kPerson, "Joko Widodo"),
              (std::vector<std::string>{schema::make_boolean_term(kPerson.prefix, "joko widodo"),
                                        schema::make_boolean_term(kPerson.prefix, "jokowi")}));
    Xapian::Enquire enquire(db_);
    const auto terms = names_.filter_terms(kPerson, "Trump");
    enquire.set_query(Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end()));
    EXPECT_EQ(enquire.get_mset(0, 100).size(), 8u);
}

/// A database of `count` copies of each article.
Xapian::Database database_of(const std::vector<std::pair<int, std::vector<Named>>>& articles) {
    Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
    for (const auto& [count, entities] : articles)
        for (int i = 0; i < count; ++i) db.add_document(article(entities));
    return db;
}

TEST(EntityNameRules, ADesignatorOrLegalFormNamesTheSameThing) {
    auto db = database_of({{2, {{&kLocation, "Provinsi Riau", {"Provinsi Riau"}}}},
                           {3, {{&kLocation, "Riau", {"Riau"}}}},
                           {2, {{&kLocation, "Kabupaten Bandung", {"Kabupaten Bandung"}}}},
                           {2, {{&kLocation, "Kota Bandung", {"Kota Bandung"}}}},
                           {5, {{&kLocation, "Bandung", {"Bandung"}}}},
                           {2, {{&kLocation, "Stadion Manahan", {"Stadion Manahan"}}}},
                           {3, {{&kLocation, "Manahan", {"Manahan"}}}},
                           {1, {{&kOrganization, "PT Pertamina", {"PT Pertamina"}}}},
                           {3, {{&kOrganization, "Pertamina", {"Pertamina"}}}},
                           {2, {{&kPerson, "KH Ma'ruf Amin", {"KH Ma'ruf Amin"}}}},
                           {3, {{&kPerson, "Ma'ruf Amin", {"Ma'ruf Amin"}}}},
                           {1, {{&kPerson, "H. Salim", {"H. Salim"}}}},
                           {3, {{&kPerson, "Salim", {"Salim"}}}}});
    EntityNames names(db);
    EXPECT_EQ(names.resolve(kLocation, "Provinsi Riau"), "riau");
    EXPECT_EQ(names.resolve(kOrganization, "PT Pertamina"), "pertamina");
    EXPECT_EQ(names.resolve(kPerson, "KH Ma'ruf Amin"), "ma'ruf amin");
    // Two regions share the name; "Stadion" is no designator; a one-word
    // name after a title may be anyone's.
    EXPECT_EQ(names.resolve(kLocation, "Kabupaten Bandung"), "kabupaten bandung");
    EXPECT_EQ(names.resolve(kLocation, "Kota Bandung"), "kota bandung");
    EXPECT_EQ(names.resolve(kLocation, "Stadion Manahan"), "stadion manahan");
    EXPECT_EQ(names.resolve(kPerson, "H. Salim"), "h. salim");
    // Filters follow the merge.
    EXPECT_EQ(names.filter_terms(kLocation, "Riau"),
              (std::vector<std::string>{schema::make_boolean_term(kLocation.prefix, "riau"),
                                        schema::make_boolean_term(kLocation.prefix, "provinsi riau")}));
    EXPECT_EQ(names.articles(kOrganization, "PT Pertamina"), 3u);
}

TEST(EntityNameRules, AClubWithItsHomePlaceIsTheClub) {
    auto db = database_of({{3, {{&kOrganization, "Persib Bandung", {"Persib Bandung"}}}},
                           {3, {{&kOrganization, "Persib", {"Persib"}}}},
                           {5, {{&kLocation, "Bandung", {"Bandung"}}}},
                           // Polda: every province has one.
                           {3, {{&kOrganization, "Polda Metro Jaya", {"Polda Metro Jaya"}}}},
                           {2, {{&kOrganization, "Polda Jawa Timur", {"Polda Jawa Timur"}}}},
                           {2, {{&kOrganization, "Polda", {"Polda"}}}},
                           {5, {{&kLocation, "Metro Jaya", {"Metro Jaya"}}}},
                           {5, {{&kLocation, "Jawa Timur", {"Jawa Timur"}}}},
                           // "bank" is a common word: a head, not a name.
                           {3, {{&kOrganization, "Bank Indonesia", {"Bank Indonesia"}}}},
                           {3, {{&kOrganization, "Bank", {"Bank"}}}},
                           {5, {{&kLocation, "Indonesia", {"Indonesia"}}}}});
    EntityNames names(db);
    EXPECT_EQ(names.resolve(kOrganization, "Persib Bandung"), "persib");
    EXPECT_EQ(names.resolve(kOrganization, "Polda Metro Jaya"), "polda metro jaya");
    EXPECT_EQ(names.resolve(kOrganization, "Bank Indonesia"), "bank indonesia");
    EXPECT_EQ(names.filter_terms(kOrganization, "Persib"),
              (std::vector<std::string>{schema::make_boolean_term(kOrganization.prefix, "persib"),
                                        schema::make_boolean_term(kOrganization.prefix, "persib bandung")}));
}

TEST(EntityNameRules, AShortNameNearlyAlwaysNamedBesideOneFullNameStandsForIt) {
    auto db = database_of(
        {{6, {{&kPerson, "Emil", {"Emil"}}, {&kPerson, "Ridwan Kamil", {"Ridwan Kamil"}}}},
         {1, {{&kPerson, "Emil", {"Emil"}}}},
         {5,
          {{&kOrganization, "UGM", {"UGM"}}, {&kOrganization, "Universitas Gadjah Mada", {"Universitas Gadjah Mada"}}}},
         {2, {{&kOrganization, "UGM", {"UGM"}}}},
         // A spouse named beside: no letters in common.
         {6, {{&kPerson, "Ainun", {"Ainun"}}, {&kPerson, "Bacharuddin Jusuf Habibie", {"BJ Habibie"}}}},
         // Four times together is not yet a pattern.
         {4, {{&kPerson, "Risma", {"Risma"}}, {&kPerson, "Tri Rismaharini", {"Tri Rismaharini"}}}},
         // Named beside a full name in fewer than half its articles.
         {5, {{&kLocation, "Jakut", {"Jakut"}}, {&kLocation, "Jakarta Utara", {"Jakarta Utara"}}}},
         {6, {{&kLocation, "Jakut", {"Jakut"}}}}});
    EntityNames names(db);
    EXPECT_EQ(names.resolve(kPerson, "Emil"), "ridwan kamil");
    EXPECT_EQ(names.resolve(kOrganization, "UGM"), "universitas gadjah mada");
    EXPECT_EQ(names.resolve(kPerson, "Ainun"), "ainun");
    EXPECT_EQ(names.resolve(kPerson, "Risma"), "risma");
    EXPECT_EQ(names.resolve(kLocation, "Jakut"), "jakut");
    // A filter on the short name finds the full name's articles.
    const auto terms = names.filter_terms(kPerson, "Emil");
    EXPECT_NE(std::find(terms.begin(), terms.end(), schema::make_boolean_term(kPerson.prefix, "ridwan kamil")),
              terms.end());
}

TEST(EntityNameRules, ShortFormsSpellTheirFullNames) {
    EXPECT_TRUE(EntityNames::spells("ugm", "universitas gadjah mada"));
    EXPECT_TRUE(EntityNames::spells("bawaslu", "badan pengawas pemilu"));
    EXPECT_TRUE(EntityNames::spells("tangsel", "tangerang selatan"));
    EXPECT_TRUE(EntityNames::spells("jakut", "jakarta utara"));
    EXPECT_TRUE(EntityNames::spells("ri", "republik indonesia"));
    EXPECT_TRUE(EntityNames::spells("risma", "tri rismaharini"));
    EXPECT_TRUE(EntityNames::spells("bamsoet", "bambang soesatyo"));
    EXPECT_FALSE(EntityNames::spells("emil", "ridwan kamil"));
    EXPECT_FALSE(EntityNames::spells("kpk", "kpk"));
    EXPECT_FALSE(EntityNames::spells("mu", "ugm"));
}

TEST(EntityNameRules, TheOldSpellingWinsWhereTheNewsWritesItMore) {
    auto db = database_of({{3, {{&kPerson, "Gatot Soebroto", {"Gatot Soebroto"}}}},
                           {1, {{&kPerson, "Gatot Subroto", {"Gatot Subroto"}}}}});
    EntityNames names(db);
    EXPECT_EQ(names.resolve(kPerson, "Gatot Subroto"), "gatot soebroto");
    EXPECT_EQ(names.resolve(kPerson, "Gatot Soebroto"), "gatot soebroto");
}

TEST(EntityNameRules, ADisplayNameIsNoFormThatStandsForAnotherKey) {
    // "BPJS" was written once for a misnamed key; it is the other key's name.
    auto db =
        database_of({{3, {{&kOrganization, "Badan Penyelenggara Jaminan Sosial", {"BPJS"}}}},
                     {1, {{&kOrganization, "Badan Penyedia Jaminan Sosial", {"BPJS"}}}},
                     {1, {{&kOrganization, "Badan Penyedia Jaminan Sosial", {"Badan Penyedia Jaminan Sosial"}}}}});
    EntityNames names(db);
    EXPECT_EQ(names.display_name(kOrganization, "badan penyelenggara jaminan sosial", "?"), "BPJS");
    EXPECT_EQ(names.display_name(kOrganization, "badan penyedia jaminan sosial", "?"), "Badan Penyedia Jaminan Sosial");
}

/// The words of the named columns of a gazetteer TSV, lower-cased.
std::set<std::string> source_words(const std::filesystem::path& file, std::vector<std::size_t> columns,
                                   const std::string& role = "") {
    std::ifstream in(file);
    std::set<std::string> words;
    for (std::string line; std::getline(in, line);) {
        std::vector<std::string> cells;
        std::stringstream ss(line);
        for (std::string cell; std::getline(ss, cell, '\t');) cells.push_back(cell);
        if (!role.empty() && (cells.size() < 2 || cells[1] != role)) continue;
        for (const std::size_t c : columns) {
            if (c >= cells.size()) continue;
            std::stringstream ws(cells[c]);
            for (std::string w; ws >> w;) {
                std::transform(w.begin(), w.end(), w.begin(), [](unsigned char ch) { return std::tolower(ch); });
                words.insert(w);
            }
        }
    }
    return words;
}

TEST(EntityNameRules, DesignatorsComeFromTheGazetteerSources) {
    const std::filesystem::path dir = std::filesystem::path(TELUSUR_SHARED_DIR) / "gazetteer";
    if (!std::filesystem::exists(dir / "triggers_curated.tsv")) GTEST_SKIP() << "no ../shared/gazetteer";
    std::set<std::string> known;
    for (const auto& words :
         {source_words(dir / "triggers_curated.tsv", {0}, "LOC_head"),
          source_words(dir / "triggers_curated.tsv", {0}, "ORG_head"),
          source_words(dir / "triggers_curated.tsv", {0}, "PER_honorific_before"),
          source_words(dir / "triggers_curated.tsv", {0}, "PER_title_before"),
          source_words(dir / "id_regencies_cities.tsv", {2}), source_words(dir / "countries_id_icu.tsv", {1, 3}),
          source_words(dir / "country_aliases_id_curated.tsv", {0})})
        known.insert(words.begin(), words.end());
    for (const EntityType type : {EntityType::Person, EntityType::Organization, EntityType::Location})
        for (const std::string_view word : entity_designators(type)) {
            // Written with a full stop or in brackets ("pt.", "(persero)").
            std::string bare(word);
            bare.erase(std::remove_if(bare.begin(), bare.end(), [](char c) { return c == '(' || c == ')'; }),
                       bare.end());
            EXPECT_TRUE(known.count(bare) != 0 || (bare.back() == '.' && known.count(bare.substr(0, bare.size() - 1))))
                << word;
        }
}

INSTANTIATE_TEST_SUITE_P(OneDatabaseAndShards, EntityNamesTest, ::testing::Bool(),
                         [](const auto& info) { return info.param ? "TwoShards" : "OneDatabase"; });

}  // namespace
}  // namespace telusur
