// The command-line option groups (common/cli/options.h), parsed from
// argument vectors without running a binary.
#include "common/analysis/analyzer.h"
#include "common/cli/options.h"
#include "common/errors.h"
#include "common/schema.h"

#include <gtest/gtest.h>

#include <cmath>

namespace telusur::cli {
namespace {

using Args = std::vector<std::string>;

/// CLI11's own parse (throws CLI::ParseError), arguments in order.
void parse_raw(CLI::App& app, const Args& args) {
    Args reversed(args.rbegin(), args.rend());
    app.parse(reversed);
}

/// telusur-query's option groups on one app.
struct QueryApp {
    CLI::App app{"test"};
    SearchDatabaseArgs databases{&app};
    SearchArgs search{&app};
    OutputArgs output{&app};
    RankingArgs ranking{&app};
    /// Parses as telusur-query does (query words after the options).
    void parse(const Args& args) { parse_raw(app, words_after_options(app, args)); }
};

TEST(CliOptions, QueryDefaults) {
    QueryApp q;
    q.parse({"--db", "news.db", "banjir"});
    EXPECT_EQ(q.databases.specs, Args{"news.db"});
    EXPECT_EQ(q.databases.options.remote_timeout, SearchDatabaseOptions{}.remote_timeout);
    EXPECT_FALSE(q.databases.options.allow_partial);
    EXPECT_EQ(q.search.query(), "banjir");
    const SearchRequest request = q.search.search_request();
    EXPECT_EQ(request.query, "banjir");
    EXPECT_EQ(request.limit, SearchRequest{}.limit);
    EXPECT_EQ(request.offset, 0u);
    EXPECT_EQ(request.sort, SearchRequest::Sort::Relevance);
    EXPECT_FALSE(request.facets);
    EXPECT_TRUE(request.collapse_duplicates);
    EXPECT_EQ(q.output.format(), OutputFormat::Text);
    EXPECT_EQ(q.output.run_name, "telusur");
    EXPECT_FALSE(q.ranking.entity_boost);  // not given: the ranking's own
    SearchRequest ranked = request;
    q.ranking.apply(ranked);
    EXPECT_EQ(ranked.ranking.entity_boost, RankingOptions{}.entity_boost);
}

TEST(CliOptions, QueryOptionsAreRead) {
    QueryApp q;
    q.parse({"--db",
             "a.db",
             "--db",
             "tcp://host:1",
             "--timeout",
             "2.5",
             "--allow-partial",
             "--format",
             "jsonl",
             "--limit",
             "5",
             "--offset",
             "10",
             "--sort",
             "date",
             "--facets",
             "--all",
             "--no-collapse",
             "--entity-boost",
             "0.5",
             "--ranking",
             "preset=plain",
             "Korea",
             "Utara"});
    EXPECT_EQ(q.databases.specs, (Args{"a.db", "tcp://host:1"}));
    EXPECT_EQ(q.databases.options.remote_timeout, 2.5);
    EXPECT_TRUE(q.databases.options.allow_partial);
    EXPECT_EQ(q.output.format(), OutputFormat::JsonLines);
    SearchRequest request = q.search.search_request();
    q.ranking.apply(request);
    EXPECT_EQ(request.query, "Korea Utara");  // several words are one query
    EXPECT_EQ(request.limit, 5u);
    EXPECT_EQ(request.offset, 10u);
    EXPECT_EQ(request.sort, SearchRequest::Sort::Date);
    EXPECT_TRUE(request.facets);
    EXPECT_TRUE(request.match_all);
    EXPECT_FALSE(request.collapse_duplicates);
    EXPECT_EQ(request.ranking.entity_boost, 0.5);
    RankingOptions plain_with_boost = plain_bm25_ranking();
    plain_with_boost.entity_boost = 0.5;  // --entity-boost wins over the preset's 0
    EXPECT_EQ(describe(request.ranking), describe(plain_with_boost));
}

TEST(CliOptions, MissingDatabaseIsAParseError) {
    QueryApp q;
    EXPECT_THROW(q.parse({"banjir"}), CLI::RequiredError);
    QueryApp q2;
    EXPECT_THROW(q2.parse({"banjir"}), CLI::ParseError);
}

TEST(CliOptions, EveryFormatNameIsAcceptedAndOthersRejected) {
    ASSERT_EQ(output_format_names(), (Args{"text", "json", "jsonl", "trec"}));
    for (const auto& name : output_format_names()) {
        QueryApp q;
        q.parse({"--db", "d", "--format", name, "x"});
        EXPECT_EQ(q.output.format(), parse_output_format(name));
    }
    QueryApp bad;
    EXPECT_THROW(bad.parse({"--db", "d", "--format", "xml", "x"}), CLI::ValidationError);
    EXPECT_THROW(parse_output_format("xml"), UsageError);
}

TEST(CliOptions, NumbersOutOfRangeAreRejected) {
    const std::vector<Args> bad{
        {"--limit", "0"},           {"--limit", "-1"},          {"--limit", "4294967295"},
        {"--limit", "10001"},       {"--limit", "1.5"},         {"--limit", "ten"},
        {"--offset", "-1"},         {"--offset", "4294967295"}, {"--timeout", "0"},
        {"--timeout", "-1"},        {"--timeout", "0.0001"},    {"--timeout", "1e9"},
        {"--timeout", "inf"},       {"--timeout", "nan"},       {"--entity-boost", "inf"},
        {"--entity-boost", "-0.5"}, {"--entity-boost", "nan"},  {"--entity-boost", "1e300"},
        {"--snippet-length", "-1"}, {"--ranking", "k1=abc"},    {"--ranking", "nonsense=1"},
    };
    for (const auto& option : bad) {
        QueryApp q;
        Args args{"--db", "d"};
        args.insert(args.end(), option.begin(), option.end());
        args.push_back("banjir");
        EXPECT_THROW(q.parse(args), CLI::ValidationError) << option[0] << " " << option[1];
    }
    const std::vector<Args> good{{"--limit", "1"},        {"--limit", "10000"},     {"--offset", "1000000"},
                                 {"--timeout", "0.001"},  {"--timeout", "3600"},    {"--entity-boost", "0"},
                                 {"--entity-boost", "2"}, {"--snippet-length", "0"}};
    for (const auto& option : good) {
        QueryApp q;
        Args args{"--db", "d"};
        args.insert(args.end(), option.begin(), option.end());
        args.push_back("banjir");
        EXPECT_NO_THROW(q.parse(args)) << option[0] << " " << option[1];
    }
}

TEST(CliOptions, ParseTurnsErrorsIntoUsageErrors) {
    QueryApp q;
    try {
        parse(q.app, Args{"--db", "d", "--limit", "-1", "x"});
        FAIL() << "no error";
    } catch (const UsageError& e) {
        EXPECT_NE(std::string(e.what()).find("--limit"), std::string::npos) << e.what();
    }
    QueryApp help;
    testing::internal::CaptureStdout();
    EXPECT_EQ(parse(help.app, Args{"--help"}), std::optional<int>(0));
    const std::string text = testing::internal::GetCapturedStdout();
    EXPECT_NE(text.find("--db"), std::string::npos);
    QueryApp ok;
    EXPECT_EQ(parse(ok.app, Args{"--db", "d", "x"}), std::nullopt);
}

TEST(CliOptions, QueryWordsMayStartWithADash) {
    CLI::App app;
    SearchDatabaseArgs databases(&app);
    SearchArgs search(&app);
    OutputArgs output(&app);
    EXPECT_EQ(words_after_options(app, {"--db", "d", "-Ukraina Kursk", "--format", "json"}),
              (Args{"--db", "d", "--format", "json", "--", "-Ukraina Kursk"}));
    // Values of options stay with them, even when they start with '-'.
    EXPECT_EQ(words_after_options(app, {"--limit", "-1", "--db=d", "-x", "y", "--", "--format"}),
              (Args{"--limit", "-1", "--db=d", "--", "-x", "y", "--format"}));
    // -h is an option; "-" is a word; unknown --options stay options.
    EXPECT_EQ(words_after_options(app, {"-h", "-", "--nope"}), (Args{"-h", "--nope", "--", "-"}));
    EXPECT_EQ(words_after_options(app, {"--db", "d"}), (Args{"--db", "d"}));

    for (const Args& args : {Args{"--db", "d", "-Ukraina Kursk"}, Args{"--db", "d", "-Ukraina", "Kursk"},
                             Args{"-Ukraina", "--db", "d", "Kursk"}, Args{"--db", "d", "--", "-Ukraina Kursk"}}) {
        QueryApp q;
        q.parse(args);
        EXPECT_EQ(q.search.query(), "-Ukraina Kursk");
    }
    QueryApp harga;  // not mistaken for -h
    harga.parse({"--db", "d", "-harga beras"});
    EXPECT_EQ(harga.search.query(), "-harga beras");
    QueryApp typo;
    EXPECT_THROW(typo.parse({"--db", "d", "--limt", "5", "x"}), CLI::ExtrasError);
}

TEST(CliOptions, HelpListsEveryQueryField) {
    QueryApp q;
    const std::string help = q.app.help();
    for (const auto& field : schema::kQueryFields) {
        EXPECT_NE(help.find(std::string(field.name) + ":"), std::string::npos) << field.name;
        EXPECT_NE(help.find(field.help), std::string::npos) << field.help;
    }
    for (const char* name : {"penulis:", "orang:", "organisasi:", "lokasi:"})
        EXPECT_NE(help.find(name), std::string::npos) << name;
    // --facets says what it counts.
    const auto facets = help.find("--facets");
    ASSERT_NE(facets, std::string::npos);
    const std::string facets_help = help.substr(facets, help.find("\n  --", facets + 1) - facets);
    for (const char* what : {"people", "organizations", "places", "sources", "categories"})
        EXPECT_NE(facets_help.find(what), std::string::npos) << what << " in " << facets_help;
    for (const auto& name : output_format_names()) EXPECT_NE(help.find(name), std::string::npos) << name;
}

TEST(CliOptions, StemmerNamesAndDefaultComeFromTheAnalyzer) {
    const std::string default_stemmer = AnalysisOptions{}.stemmer;
    CLI::App app;
    StemmerArg stemmer(&app, default_stemmer, "Stemmer");
    parse_raw(app, {});
    EXPECT_EQ(stemmer.name, default_stemmer);
    EXPECT_NE(app.help().find("(default: " + default_stemmer + ")"), std::string::npos);
    for (const auto& name : stemmer_names()) {
        CLI::App a;
        StemmerArg s(&a, default_stemmer, "Stemmer");
        parse_raw(a, {"--stemmer", name});
        EXPECT_EQ(s.name, name);
        EXPECT_NE(stemmer_choices().find(name), std::string::npos);
    }
    CLI::App bad;
    StemmerArg s(&bad, default_stemmer, "Stemmer");
    EXPECT_THROW(parse_raw(bad, {"--stemmer", "porter"}), CLI::ValidationError);

    CLI::App list_app;
    StemmerListArg list(&list_app, "Stemmers");
    parse_raw(list_app, {"--stemmer", "none,snowball", "--stemmer", default_stemmer});
    EXPECT_EQ(list.names, (Args{"none", "snowball", default_stemmer}));
}

TEST(CliOptions, IndexingOptions) {
    CLI::App app;
    DatabasePathArg database(&app, "Database", true);
    IndexingArgs indexing(&app);
    EXPECT_THROW(parse_raw(app, {}), CLI::RequiredError);

    CLI::App defaults_app;
    DatabasePathArg defaults_db(&defaults_app, "Database");
    IndexingArgs defaults(&defaults_app);
    parse_raw(defaults_app, {});
    const IndexOptions d = defaults.index_options();
    EXPECT_EQ(d.stemmer, "");  // the database's own, the default for a new one
    EXPECT_EQ(d.threads, IndexOptions{}.threads);
    EXPECT_EQ(d.shards, 1u);
    EXPECT_TRUE(d.entities);

    parse_raw(app, {"--db", "x.db", "--stemmer", "none", "--threads", "3", "--shards", "4", "--no-entities",
                    "--commit-every", "50", "--strict"});
    EXPECT_EQ(database.path, "x.db");
    const IndexOptions o = indexing.index_options();
    EXPECT_EQ(o.stemmer, "none");
    EXPECT_EQ(o.threads, 3u);
    EXPECT_EQ(o.shards, 4u);
    EXPECT_FALSE(o.entities);
    EXPECT_EQ(o.commit_every, 50u);
    EXPECT_TRUE(o.strict);

    for (const Args& bad :
         {Args{"--shards", "0"}, Args{"--shards", "-1"}, Args{"--threads", "-2"}, Args{"--threads", "99999"}}) {
        CLI::App a;
        IndexingArgs i(&a);
        EXPECT_THROW(parse_raw(a, bad), CLI::ValidationError) << bad[0] << " " << bad[1];
    }
}

TEST(CliOptions, NumberValidators) {
    auto check = [](const CLI::Validator& v, std::string s) { return v(s); };
    const auto timeout = number_in(0.001, 3600);
    EXPECT_EQ(check(timeout, "10"), "");
    EXPECT_EQ(check(timeout, "0.001"), "");
    EXPECT_NE(check(timeout, ""), "");
    EXPECT_NE(check(timeout, "10s"), "");
    EXPECT_NE(check(timeout, "-inf"), "");
    const auto limit = integer_in(1, 10000);
    EXPECT_EQ(check(limit, "10000"), "");
    EXPECT_NE(check(limit, "+5"), "");
    EXPECT_NE(check(limit, "99999999999999999999"), "");
}

}  // namespace
}  // namespace telusur::cli
