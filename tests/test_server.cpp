// telusur-serve end to end: the real binary on a free loopback port, over
// an index of corpus/, answering as telusur-query and telusur-index analyze
// do; every error case; new articles visible after an indexing run; a down
// remote shard.
#include "common/schema.h"
#include "tests/test_support.h"

#include <httplib.h>
#include <nlohmann/json.hpp>

#include <gtest/gtest.h>

#include <chrono>
#include <cstring>
#include <regex>
#include <filesystem>
#include <memory>
#include <sstream>
#include <thread>

namespace telusur {
namespace {

using nlohmann::json;
using testing::BackgroundProcess;
using testing::free_port;
using testing::quote;
using testing::run_command;
using testing::TempDir;

const std::string kCorpus = testing::kSourceDir + "/corpus/articles.jsonl";
const std::string kServeBin = TELUSUR_SERVE_BIN;

/// telusur-serve on a free 127.0.0.1 port, stopped with the object.
class ServerProcess {
public:
    explicit ServerProcess(const std::vector<std::string>& args) : port_(free_port()) {
        std::vector<std::string> argv{kServeBin, "--listen", "127.0.0.1:" + std::to_string(port_)};
        argv.insert(argv.end(), args.begin(), args.end());
        process_ = std::make_unique<BackgroundProcess>(argv);
        ready_ = process_->started() && testing::wait_for_port(port_);
    }
    bool ready() const { return ready_; }
    int port() const { return port_; }
    httplib::Client client() const {
        httplib::Client client("127.0.0.1", port_);
        client.set_read_timeout(30, 0);
        return client;
    }

private:
    int port_;
    std::unique_ptr<BackgroundProcess> process_;
    bool ready_ = false;
};

json parse(const std::string& text) { return json::parse(text, nullptr, false); }

std::string url_encode(const std::string& text) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string out;
    for (const unsigned char c : text) {
        if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~')
            out += static_cast<char>(c);
        else
            out += {'%', kHex[c >> 4], kHex[c & 15]};
    }
    return out;
}

class ServerCorpus : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        tmp_ = new TempDir;
        const auto r = run_command(testing::kIndexBin + " -q --db " + quote(db()) + " " + quote(kCorpus));
        ASSERT_EQ(r.exit_code, 0) << r.err;
        server_ = new ServerProcess({"--db", db(), "--threads", "2"});
    }
    static void TearDownTestSuite() {
        delete server_;
        delete tmp_;
    }
    void SetUp() override { ASSERT_TRUE(server_->ready()) << "telusur-serve did not start"; }
    static std::string db() { return tmp_->path("db"); }

    static httplib::Result get(const std::string& path) {
        auto client = server_->client();
        return client.Get(path.c_str());
    }
    static httplib::Result post(const std::string& path, const std::string& body,
                                const char* type = "application/json") {
        auto client = server_->client();
        return client.Post(path.c_str(), body, type);
    }

    static TempDir* tmp_;
    static ServerProcess* server_;
};
TempDir* ServerCorpus::tmp_ = nullptr;
ServerProcess* ServerCorpus::server_ = nullptr;

struct SameAsQuery {
    std::string query;
    std::string cli_options;  ///< telusur-query options
    std::string parameters;   ///< the same as URL parameters (after q=...)
};

// Plain words, phrases, operators, fields, dates, paging, sorting, facets,
// duplicates, ranking options; and queries telusur-query refuses (same
// error JSON).
const SameAsQuery kSameAsQuery[] = {
    {"pasukan Korea Utara Kursk", "", ""},
    {"pasukan Korea Utara Kursk", "--facets", "&facets=1"},
    {"harga beras", "--limit 3 --offset 2", "&limit=3&offset=2"},
    {"banjir OR gempa", "--sort date", "&sort=date"},
    {"kategori:politik", "--facets --limit 50", "&facets=true&limit=50"},
    {"\"Korea Utara\"", "", ""},
    {"-Kursk Korea Utara", "", ""},
    {"Korea NOT Kursk", "--facets", "&facets=1"},
    {"lokasi:Kursk", "", ""},
    {"judul:beras", "--snippet-length 40", "&snippet_length=40"},
    {"pemilu", "--from 2024-01 --to 2024-12-31", "&from=2024-01&to=2024-12-31"},
    {"Jakarta", "--all --facets", "&all=1&facets=1"},
    {"Jakarta banjir", "--all", "&all=yes"},
    {"sepak bola", "--no-collapse", "&collapse=0"},
    {"korut", "--entity-boost 0", "&entity_boost=0"},
    {"pasukan Korea Utara Kursk", "--highlight markers", "&highlight=markers"},
    {"zzzyyyxxx", "", ""},
    {"\"Korea Utara", "", ""},
    {"tanggal:2020-99", "", ""},
    {"warna:merah", "", ""},
    {"a AND", "", ""},
};

// One test over every case: each ctest test is a process that indexes and
// starts its own server, which would cost seconds per case.
TEST_F(ServerCorpus, JsonIdenticalToTelusurQuery) {
    for (const auto& c : kSameAsQuery) {
        SCOPED_TRACE(c.query + " " + c.cli_options);
        const auto cli = run_command(testing::kQueryBin + " --db " + quote(db()) + " --format json " + c.cli_options +
                                     " -- " + quote(c.query));
        EXPECT_LE(cli.exit_code, 2) << cli.err;
        const json expected = parse(cli.out);
        EXPECT_TRUE(expected.is_object()) << cli.out;

        const auto got = get("/search?q=" + url_encode(c.query) + c.parameters);
        ASSERT_TRUE(got);
        EXPECT_EQ(got->status, cli.exit_code == 2 ? 400 : 200) << got->body;
        EXPECT_EQ(got->get_header_value("Content-Type"), "application/json");
        EXPECT_EQ(parse(got->body), expected) << "GET " << c.query << c.parameters;

        // POST /search: the same fields as a JSON object.
        json body{{"q", c.query}};
        std::istringstream pairs(c.parameters);
        for (std::string pair; std::getline(pairs, pair, '&');)
            if (const auto eq = pair.find('='); eq != std::string::npos) body[pair.substr(0, eq)] = pair.substr(eq + 1);
        const auto posted = post("/search", body.dump());
        ASSERT_TRUE(posted);
        EXPECT_EQ(parse(posted->body), expected) << "POST " << body.dump();
    }
}

TEST_F(ServerCorpus, KurskArticleFirstWithFacets) {
    const auto r = get("/search?q=pasukan+Korea+Utara+Kursk&facets=1");
    ASSERT_TRUE(r);
    ASSERT_EQ(r->status, 200);
    const json j = parse(r->body);
    ASSERT_FALSE(j["results"].empty());
    EXPECT_NE(j["results"][0]["title"].get<std::string>().find("Kursk"), std::string::npos);
    EXPECT_FALSE(j["facets"]["location"].empty());
    EXPECT_FALSE(j["timeline"]["buckets"].empty());
}

TEST_F(ServerCorpus, BatchIsTheBatchPath) {
    const std::vector<std::pair<std::string, std::string>> queries{
        {"a", "harga beras"}, {"b", "\"Korea Utara"}, {"c", "pasukan Korea Utara Kursk"}, {"d", "zzzyyyxxx"}};
    std::string tsv, jsonl;
    for (const auto& [qid, text] : queries) {
        tsv += qid + "\t" + text + "\n";
        jsonl += json{{"qid", qid}, {"query", text}}.dump() + "\n";
    }
    const TempDir tmp;
    const auto cli = run_command(testing::kQueryBin + " --db " + quote(db()) + " --format json --limit 3 --batch " +
                                 quote(tmp.write("q.tsv", tsv)));
    // curl's default type for --data-binary: the body must not be read as a form.
    const auto r = post("/batch?limit=3", jsonl, "application/x-www-form-urlencoded");
    ASSERT_TRUE(r);
    ASSERT_EQ(r->status, 200) << r->body;
    EXPECT_EQ(r->get_header_value("Content-Type"), "application/x-ndjson");
    std::istringstream want(cli.out), got(r->body);
    std::string want_line, got_line;
    std::size_t lines = 0;
    while (std::getline(want, want_line)) {
        ASSERT_TRUE(std::getline(got, got_line)) << "missing line " << lines + 1;
        EXPECT_EQ(parse(got_line), parse(want_line));
        ++lines;
    }
    EXPECT_EQ(lines, queries.size());
    EXPECT_FALSE(std::getline(got, got_line)) << "extra line: " << got_line;
}

TEST_F(ServerCorpus, AnalyzeIsTelusurIndexAnalyze) {
    const std::string text = "Pasukan Korea Utara dikerahkan ke Kursk, kata Lloyd Austin.";
    const auto cli = run_command(testing::kIndexBin + " analyze --format json " + quote(text));
    ASSERT_EQ(cli.exit_code, 0) << cli.err;
    const auto r = get("/analyze?text=" + url_encode(text));
    ASSERT_TRUE(r);
    ASSERT_EQ(r->status, 200);
    EXPECT_EQ(parse(r->body), parse(cli.out));
    const auto snowball = get("/analyze?stemmer=snowball&text=" + url_encode(text));
    const auto snowball_cli =
        run_command(testing::kIndexBin + " analyze --stemmer snowball --format json " + quote(text));
    EXPECT_EQ(parse(snowball->body), parse(snowball_cli.out));
}

TEST_F(ServerCorpus, HealthAndStats) {
    const auto health = get("/health");
    ASSERT_TRUE(health);
    EXPECT_EQ(health->status, 200);
    EXPECT_EQ(parse(health->body)["status"], "ok");
    const auto stats = get("/stats");
    ASSERT_TRUE(stats);
    const json j = parse(stats->body);
    EXPECT_EQ(j["documents"], 30);
    EXPECT_EQ(j["stemmer"], "telusur");
    EXPECT_EQ(j["entities_indexed"], true);
    EXPECT_EQ(j["schema_version"], schema::kSchemaVersion);
    EXPECT_TRUE(j["revision"].is_number_integer());
}

struct ErrorCase {
    std::string name;
    std::string method;  ///< GET or POST
    std::string path;
    std::string body;
    int status;
    std::string message;  ///< part of "error"
};

const ErrorCase kErrorCases[] = {
    {"negative_limit", "GET", "/search?q=beras&limit=-1", "", 400, "--limit: '-1' is not a whole number"},
    {"huge_limit", "GET", "/search?q=beras&limit=100000000", "", 400, "from 1 to 10000"},
    {"zero_limit", "GET", "/search?q=beras&limit=0", "", 400, "--limit"},
    {"text_limit", "GET", "/search?q=beras&limit=ten", "", 400, "--limit"},
    {"huge_offset", "GET", "/search?q=beras&offset=99999999999", "", 400, "--offset"},
    {"bad_date", "GET", "/search?q=beras&from=2024-13-01", "", 400, "'2024-13-01' is not a date"},
    {"bad_sort", "GET", "/search?q=beras&sort=random", "", 400, "--sort"},
    {"bad_flag", "GET", "/search?q=beras&facets=maybe", "", 400, "'maybe' is not 1/0"},
    {"invalid_utf8", "GET", "/search?q=banjir%20%FF", "", 400, "not valid UTF-8 (byte 8)"},
    {"unbalanced_quote", "GET", "/search?q=%22Korea", "", 400, "unbalanced quote"},
    {"unknown_field", "GET", "/search?q=warna:merah", "", 400, "unknown field"},
    {"missing_query", "GET", "/search?limit=3", "", 400, "missing parameter 'q'"},
    {"unknown_parameter", "GET", "/search?q=beras&colour=red", "", 400, "unknown parameter 'colour'"},
    {"repeated_parameter", "GET", "/search?q=beras&limit=1&limit=2", "", 400, "'limit' given more than once"},
    {"bad_ranking", "GET", "/search?q=beras&ranking=k1%3D-5", "", 400, "ranking"},
    {"long_query", "POST", "/search", json{{"q", std::string(9000, 'a')}}.dump(), 400, "8"},
    {"body_not_json", "POST", "/search", "{q: beras", 400, "not valid JSON"},
    {"body_not_object", "POST", "/search", "[1,2]", 400, "must be a JSON object"},
    {"body_nested_value", "POST", "/search", R"({"q":"beras","limit":[1]})", 400, "'limit' must be"},
    {"batch_bad_line", "POST", "/batch", "{\"query\":\"beras\"}\nnot json\n", 400, "line 2"},
    {"batch_no_query", "POST", "/batch", "{\"qid\":\"1\"}\n", 400, "line 1: no \"query\""},
    {"batch_bad_limit", "POST", "/batch?limit=-3", "{\"query\":\"beras\"}\n", 400, "--limit"},
    {"analyze_no_text", "GET", "/analyze", "", 400, "missing parameter 'text'"},
    {"analyze_bad_utf8", "GET", "/analyze?text=%C3", "", 400, "not valid UTF-8"},
    {"analyze_bad_stemmer", "GET", "/analyze?text=a&stemmer=porter", "", 400, "unknown stemmer 'porter'"},
    {"oversized_body", "POST", "/search", std::string(2 << 20, ' '), 413, "too large"},
    {"oversized_batch", "POST", "/batch", std::string(2 << 20, '\n'), 413, "too large"},
    {"oversized_uri", "GET", "/search?q=" + std::string(10000, 'a'), "", 413, "too large"},
    {"no_such_endpoint", "GET", "/etc/passwd", "", 404, "no such endpoint"},
    {"no_file_serving", "GET", "/../../etc/passwd", "", 404, ""},
};

TEST_F(ServerCorpus, ErrorsAnswerWithStatusAndJsonError) {
    for (const auto& c : kErrorCases) {
        SCOPED_TRACE(c.name);
        auto client = server_->client();
        const auto r =
            c.method == "GET" ? client.Get(c.path.c_str()) : client.Post(c.path.c_str(), c.body, "application/json");
        ASSERT_TRUE(r) << httplib::to_string(r.error());
        EXPECT_EQ(r->status, c.status) << r->body;
        const json j = parse(r->body);
        ASSERT_TRUE(j.is_object()) << r->body;
        ASSERT_TRUE(j.contains("error")) << r->body;
        EXPECT_NE(j["error"].get<std::string>().find(c.message), std::string::npos) << j["error"];
        // The process is still there and answering.
        const auto health = get("/health");
        ASSERT_TRUE(health);
        EXPECT_EQ(health->status, 200);
    }
}

// --- The search page, in a real browser ----------------------------------------

/// The DOM after the page's script ran, from headless chromium.
std::string rendered_dom(const std::string& url) {
    const TempDir profile;
    const auto r =
        run_command("chromium --headless --no-sandbox --disable-gpu --user-data-dir=" + quote(profile.path()) +
                    " --virtual-time-budget=15000 --dump-dom " + quote(url));
    EXPECT_EQ(r.exit_code, 0) << r.err;
    return r.out;
}

std::vector<std::string> all_matches(const std::string& text, const std::string& pattern) {
    std::vector<std::string> out;
    const std::regex re(pattern);
    for (auto it = std::sregex_iterator(text.begin(), text.end(), re); it != std::sregex_iterator(); ++it)
        out.push_back((*it)[1]);
    return out;
}

std::string html_unescape(std::string text) {
    for (const auto& [from, to] : {std::pair{"&amp;", "&"}, {"&quot;", "\""}, {"&lt;", "<"}, {"&gt;", ">"}})
        for (std::size_t at; (at = text.find(from)) != std::string::npos;) text.replace(at, std::strlen(from), to);
    return text;
}

long total_shown(const std::string& dom) {
    const auto totals = all_matches(dom, R"re(data-total="(\d+)")re");
    return totals.empty() ? -1 : std::stol(totals[0]);
}

TEST_F(ServerCorpus, PageInChromiumRanksFacetsAndFilters) {
    if (!testing::have_command("chromium")) GTEST_SKIP() << "chromium not installed (package chromium)";
    const std::string base = "http://127.0.0.1:" + std::to_string(server_->port());
    const std::string query = "pasukan Korea Utara Kursk";
    const std::string dom = rendered_dom(base + "/?q=" + url_encode(query));

    // The results, in the engine's order, with the Kursk article first.
    const auto ids = all_matches(dom, R"re(<li class="result" data-id="([^"]+)")re");
    const auto titles = all_matches(dom, R"re(<h3>(?:<a [^>]*>)?([^<]*))re");
    const json api = parse(get("/search?q=" + url_encode(query))->body);
    ASSERT_FALSE(ids.empty()) << dom.substr(0, 3000);
    ASSERT_EQ(ids.size(), api["results"].size());
    for (std::size_t i = 0; i < ids.size(); ++i) EXPECT_EQ(ids[i], api["results"][i]["id"]);
    ASSERT_FALSE(titles.empty());
    EXPECT_NE(titles[0].find("Kursk"), std::string::npos) << titles[0];
    EXPECT_NE(dom.find("<mark>"), std::string::npos) << "matched words are highlighted";
    EXPECT_NE(dom.find("Menampilkan 1–"), std::string::npos) << "Indonesian status line";

    // Facets and the timeline are shown.
    for (const char* facet : {"person", "organization", "location", "source", "category"})
        EXPECT_NE(dom.find(std::string("data-facet=\"") + facet + "\""), std::string::npos) << facet;
    EXPECT_NE(dom.find("class=\"bar\""), std::string::npos) << "timeline bars";

    // Following the lokasi:Kursk facet narrows the results to the API's
    // answer for the query with that filter.
    const auto hrefs = all_matches(dom, R"re(<a class="facet" href="([^"]+)" data-filter="lokasi:Kursk")re");
    ASSERT_EQ(hrefs.size(), 1u);
    const std::string filtered = rendered_dom(base + html_unescape(hrefs[0]));
    const auto filtered_ids = all_matches(filtered, R"re(<li class="result" data-id="([^"]+)")re");
    const json narrowed = parse(get("/search?q=" + url_encode(query + " lokasi:\"Kursk\""))->body);
    ASSERT_FALSE(filtered_ids.empty());
    EXPECT_LT(total_shown(filtered), total_shown(dom));
    ASSERT_EQ(filtered_ids.size(), narrowed["results"].size());
    for (std::size_t i = 0; i < filtered_ids.size(); ++i) EXPECT_EQ(filtered_ids[i], narrowed["results"][i]["id"]);

    // The filter shows as a chip whose link removes it again.
    const auto chips = all_matches(filtered, R"re(<a class="chip active-filter" href="([^"]+)")re");
    ASSERT_EQ(chips.size(), 1u);
    const std::string removed = rendered_dom(base + html_unescape(chips[0]));
    EXPECT_EQ(total_shown(removed), total_shown(dom));

    // A place facet that joined other names in this answer (the JSON's
    // "also": "Daerah Khusus Ibukota Jakarta" beside "Jakarta") filters on
    // all of them: the page shows the API's answer for the value's "filter".
    const json faceted = parse(get("/search?facets=1&q=" + url_encode(query))->body);
    const json* joined = nullptr;
    for (const auto& value : faceted["facets"]["location"])
        if (value.contains("also") && joined == nullptr) joined = &value;
    ASSERT_NE(joined, nullptr) << faceted["facets"].dump();
    std::string data_filter = "lokasi:" + (*joined)["value"].get<std::string>();
    for (const auto& name : (*joined)["also"]) data_filter += "|" + name.get<std::string>();
    std::string joined_href;
    const std::regex facet_link(R"re(<a class="facet" href="([^"]+)" data-filter="([^"]+)")re");
    for (auto it = std::sregex_iterator(dom.begin(), dom.end(), facet_link); it != std::sregex_iterator(); ++it)
        if (html_unescape((*it)[2]) == data_filter) joined_href = html_unescape((*it)[1]);
    ASSERT_FALSE(joined_href.empty()) << data_filter;
    const std::string joined_dom = rendered_dom(base + joined_href);
    const auto joined_ids = all_matches(joined_dom, R"re(<li class="result" data-id="([^"]+)")re");
    const json joined_answer =
        parse(get("/search?q=" + url_encode(query + " " + (*joined)["filter"].get<std::string>()))->body);
    ASSERT_FALSE(joined_ids.empty());
    ASSERT_EQ(joined_ids.size(), joined_answer["results"].size());
    for (std::size_t i = 0; i < joined_ids.size(); ++i) EXPECT_EQ(joined_ids[i], joined_answer["results"][i]["id"]);
    EXPECT_EQ(total_shown(joined_dom), joined_answer["total_estimate"].get<long>());
    // Its chip shows the value's name.
    EXPECT_NE(joined_dom.find(">" + (*joined)["value"].get<std::string>() + "<span class=\"x\">"), std::string::npos)
        << joined_dom.substr(0, 3000);
}

TEST_F(ServerCorpus, PageIsSelfContained) {
    const auto r = get("/");
    ASSERT_TRUE(r);
    ASSERT_EQ(r->status, 200);
    EXPECT_EQ(r->get_header_value("Content-Type"), "text/html; charset=utf-8");
    EXPECT_NE(r->get_header_value("Content-Security-Policy").find("default-src 'none'"), std::string::npos);
    // Nothing loaded from elsewhere: no external script, style, font or image.
    for (const char* external : {"src=\"http", "href=\"http", "@import", "url(", "//cdn", "fonts."})
        EXPECT_EQ(r->body.find(external), std::string::npos) << external;
    EXPECT_NE(r->body.find("lang=\"id\""), std::string::npos);
}

TEST(ServerUpdates, NewArticlesSearchableWithoutRestart) {
    const TempDir tmp;
    const std::string db = tmp.path("db");
    ASSERT_EQ(run_command(testing::kIndexBin + " -q --db " + quote(db) + " " + quote(kCorpus)).exit_code, 0);
    const ServerProcess server({"--db", db, "--threads", "2"});
    ASSERT_TRUE(server.ready());
    auto client = server.client();
    const auto count = [&](const std::string& query) {
        const auto r = client.Get(("/search?q=" + url_encode(query)).c_str());
        return r && r->status == 200 ? static_cast<int>(parse(r->body)["results"].size()) : -1;
    };
    ASSERT_EQ(count("zebrakuda"), 0);
    // Every searching thread has seen the old revision by now.
    for (int i = 0; i < 8; ++i) ASSERT_EQ(count("beras"), count("beras"));

    const std::string added = tmp.write(
        "new.jsonl",
        R"({"id":"baru-1","title":"Zebrakuda lahir di Ragunan","date":"2024-12-20","body":"Seekor zebrakuda lahir di Kebun Binatang Ragunan, Jakarta."})"
        "\n");
    ASSERT_EQ(run_command(testing::kIndexBin + " -q --db " + quote(db) + " " + quote(added)).exit_code, 0);
    // Within a second, on every thread (several requests in a row).
    std::this_thread::sleep_for(std::chrono::seconds(1));
    for (int i = 0; i < 8; ++i) EXPECT_EQ(count("zebrakuda"), 1) << "request " << i;
    EXPECT_EQ(parse(client.Get("/stats")->body)["documents"], 31);

    ASSERT_EQ(run_command(testing::kIndexBin + " -q --db " + quote(db) + " --delete baru-1").exit_code, 0);
    std::this_thread::sleep_for(std::chrono::seconds(1));
    for (int i = 0; i < 8; ++i) EXPECT_EQ(count("zebrakuda"), 0) << "request " << i;
}

TEST(ServerShards, DownRemoteShardIs503OrPartial) {
    if (!testing::have_command("xapian-tcpsrv")) GTEST_SKIP() << "xapian-tcpsrv not installed (package xapian-tools)";
    const TempDir tmp;
    const std::string local = tmp.path("local"), remote = tmp.path("remote");
    std::ifstream in(kCorpus);
    std::string even, odd, line;
    for (int i = 0; std::getline(in, line); ++i) (i % 2 ? odd : even) += line + "\n";
    ASSERT_EQ(run_command(testing::kIndexBin + " -q --db " + quote(local) + " " + quote(tmp.write("e.jsonl", even)))
                  .exit_code,
              0);
    ASSERT_EQ(run_command(testing::kIndexBin + " -q --db " + quote(remote) + " " + quote(tmp.write("o.jsonl", odd)))
                  .exit_code,
              0);
    const int shard_port = free_port();
    BackgroundProcess shard(
        {"xapian-tcpsrv", "--interface", "127.0.0.1", "--port", std::to_string(shard_port), remote});
    ASSERT_TRUE(testing::wait_for_port(shard_port));
    const std::string spec = "tcp://127.0.0.1:" + std::to_string(shard_port);
    const ServerProcess strict({"--db", local, "--db", spec, "--timeout", "2", "--threads", "1"});
    const ServerProcess partial({"--db", local, "--db", spec, "--timeout", "2", "--threads", "1", "--allow-partial"});
    ASSERT_TRUE(strict.ready());
    ASSERT_TRUE(partial.ready());
    const std::string path = "/search?q=beras+OR+banjir+OR+Korea&limit=50";
    const auto both = strict.client().Get(path.c_str());
    ASSERT_TRUE(both);
    ASSERT_EQ(both->status, 200);
    const auto all = parse(both->body)["results"].size();

    shard.stop();
    const auto down = strict.client().Get(path.c_str());
    ASSERT_TRUE(down);
    EXPECT_EQ(down->status, 503) << down->body;
    EXPECT_TRUE(parse(down->body).contains("error"));
    const auto half = partial.client().Get(path.c_str());
    ASSERT_TRUE(half);
    ASSERT_EQ(half->status, 200) << half->body;
    const json j = parse(half->body);
    EXPECT_EQ(j["partial"], true);
    EXPECT_LT(j["results"].size(), all);
    EXPECT_GT(j["results"].size(), 0u);

    // The shard comes back: both servers search it again, without a restart.
    BackgroundProcess back({"xapian-tcpsrv", "--interface", "127.0.0.1", "--port", std::to_string(shard_port), remote});
    ASSERT_TRUE(testing::wait_for_port(shard_port));
    for (const ServerProcess* server : {&strict, &partial}) {
        int status = 0;
        json answer;
        for (int i = 0; i < 40; ++i) {  // the searchers reopen the shards every 2 s
            const auto again = server->client().Get(path.c_str());
            status = again ? again->status : -1;
            answer = again ? parse(again->body) : json();
            if (status == 200 && !answer.contains("partial")) break;
            std::this_thread::sleep_for(std::chrono::milliseconds(250));
        }
        EXPECT_EQ(status, 200) << answer;
        EXPECT_FALSE(answer.contains("partial")) << answer;
        EXPECT_EQ(answer["results"].size(), all);
    }
}

}  // namespace
}  // namespace telusur
