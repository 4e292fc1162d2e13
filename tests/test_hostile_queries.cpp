// 2,000 hostile queries from a seeded generator (issue 17): random bytes,
// invalid UTF-8, 100 KB queries, 10,000 terms, every field with odd values,
// wildcards, emoji, control characters. Each gets an answer or an error
// (QueryError; exit status 0, 1 or 2 from telusur-query), valid JSON, and no
// query takes 2 s. Timed in one process (a telusur-query process per query
// would time its start-up); a sample runs through the binary, and all of
// them through one --batch.
#include "common/errors.h"
#include "common/indexing.h"
#include "common/output.h"
#include "common/schema.h"
#include "common/search.h"
#include "tests/test_support.h"

#include <nlohmann/json.hpp>

#include <gtest/gtest.h>

#include <chrono>
#include <map>
#include <random>

namespace telusur {
namespace {

using testing::quote;
using testing::run_command;

/// The hostile query number i of a run seeded with seed.
class HostileQueries {
public:
    explicit HostileQueries(unsigned seed) : rng_(seed) {}

    std::string next() {
        switch (pick(9)) {
            case 0: return random_bytes(1 + pick(200));
            case 1: return words(1 + pick(20)) + " \xff\xfe" + words(2) + "\xc3";  // invalid UTF-8
            case 2: return words(20000).substr(0, 100000);                        // 100 KB
            case 3: return words(10000);                                          // 10k terms
            case 4: return odd_field();
            case 5: return wildcards();
            case 6: return "banjir \xF0\x9F\x8C\x8A \xF0\x9F\x98\x80 " + words(3) + " \xE2\x80\x8B\xE2\x80\xAE";  // emoji, ZWSP, RLO
            case 7: return control_characters();
            default: return syntax_noise();
        }
    }

private:
    std::size_t pick(std::size_t n) { return std::uniform_int_distribution<std::size_t>(0, n - 1)(rng_); }

    std::string random_bytes(std::size_t n) {
        std::string s;
        for (std::size_t i = 0; i < n; ++i) s += static_cast<char>(1 + pick(255));  // no NUL: argv cannot hold one
        return s;
    }

    std::string words(std::size_t n) {
        static const char* const kWords[] = {"banjir", "Jakarta", "pasukan", "Korea", "Utara", "Kursk", "harga",
                                             "minyak", "yang", "di", "AND", "OR", "NOT", "-", "+", "\"", "(", ")"};
        std::string s;
        for (std::size_t i = 0; i < n; ++i) s += (i ? " " : "") + std::string(kWords[pick(std::size(kWords))]);
        return s;
    }

    std::string odd_field() {
        static const char* const kValues[] = {"", "\"", "\"\"", "..", "...", "2024-99", "9999-12-31..0001",
                                              "-", "*", "a*", ":", "::x", "\xf0\x9f\x98\x80", "tanggal:2024",
                                              "(", ")", "\\", "'", "Korea Utara", "x\"y"};
        const auto& field = schema::kQueryFields[pick(schema::kQueryFields.size())];
        return words(pick(3)) + " " + field.name + ":" + kValues[pick(std::size(kValues))] + " " + words(pick(3));
    }

    std::string wildcards() {
        std::string s;
        for (std::size_t i = 0, n = 1 + pick(40); i < n; ++i) s += std::string(1, static_cast<char>('a' + pick(26))) + "* ";
        return s;
    }

    std::string control_characters() {
        std::string s = words(2);
        for (std::size_t i = 0, n = 1 + pick(10); i < n; ++i) s += static_cast<char>(1 + pick(31));
        return s + words(2);
    }

    std::string syntax_noise() {
        static const char* const kNoise[] = {"AND", "OR", "NOT", "XOR", "NEAR", "ADJ", "(", ")", "\"", "-", "+",
                                             "*", ":", "..", "~", "^", "&", "|", "!", "{", "}", "[", "]"};
        std::string s;
        for (std::size_t i = 0, n = 1 + pick(30); i < n; ++i) s += std::string(kNoise[pick(std::size(kNoise))]) + " ";
        return s;
    }

    std::mt19937 rng_;
};

/// Shell single quotes around any bytes but NUL.
std::string shell_quote(const std::string& s) {
    std::string out = "'";
    for (const char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

class HostileQueryRun : public ::testing::Test {
protected:
    static constexpr int kQueries = 2000;
    void SetUp() override {
        db_ = tmp_.path("db");
        ASSERT_EQ(run_command(testing::kIndexBin + " -q --db " + quote(db_) + " " +
                              quote(testing::kSourceDir + "/corpus/articles.jsonl"))
                      .exit_code,
                  0);
        HostileQueries generator(20261204);
        for (int i = 0; i < kQueries; ++i) queries_.push_back(generator.next());
    }
    testing::TempDir tmp_;
    std::string db_;
    std::vector<std::string> queries_;
};

TEST_F(HostileQueryRun, EveryQueryGetsAnAnswerOrAnErrorWithinTwoSeconds) {
    Searcher searcher(std::vector<std::string>{db_});
    int answered = 0, rejected = 0;
    double slowest = 0;
    std::string slowest_query;
    for (const auto& query : queries_) {
        SearchRequest request;
        request.query = query;
        request.facets = true;
        const auto start = std::chrono::steady_clock::now();
        nlohmann::json json;
        try {
            json = response_to_json(searcher.search(request));
            ++answered;
        } catch (const QueryError& e) {
            json = error_to_json(query, e.what());
            ++rejected;
        }
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        if (seconds > slowest) slowest = seconds, slowest_query = query.substr(0, 80);
        EXPECT_TRUE(nlohmann::json::accept(dump_json(json))) << query.substr(0, 80);
    }
    EXPECT_LT(slowest, 2.0) << "slowest query: " << slowest_query;
    std::cout << "[          ] " << kQueries << " hostile queries: " << answered << " answered, " << rejected
              << " rejected as malformed; slowest " << slowest << " s\n";
}

TEST_F(HostileQueryRun, TheToolAnswersEachWithExitZeroOneOrTwoAndJson) {
    std::map<int, int> exit_codes;
    for (int i = 0; i < kQueries; i += 20) {  // a sample of 100: each process loads the entity model
        const auto r = run_command(testing::kQueryBin + " --db " + quote(db_) + " --format json -- " +
                                   shell_quote(queries_[static_cast<std::size_t>(i)]));
        ++exit_codes[r.exit_code];
        EXPECT_LE(r.exit_code, 2) << "query " << i << ": " << r.err;
        EXPECT_TRUE(nlohmann::json::accept(r.out)) << "query " << i << " gave no JSON: " << r.out.substr(0, 200);
    }
    // All of them in one batch: one JSON line each, the batch never stops early.
    std::string batch;
    for (int i = 0; i < kQueries; ++i) {
        std::string line = queries_[static_cast<std::size_t>(i)];
        for (char& c : line)
            if (c == '\n' || c == '\t' || c == '\r') c = ' ';
        batch += "h" + std::to_string(i) + "\t" + line + "\n";
    }
    const auto r = run_command(testing::kQueryBin + " --db " + quote(db_) + " --format jsonl --batch -", batch);
    EXPECT_LE(r.exit_code, 1) << r.err.substr(0, 500);
    std::size_t lines = 0, start = 0;
    for (std::size_t end; (end = r.out.find('\n', start)) != std::string::npos; start = end + 1, ++lines)
        EXPECT_TRUE(nlohmann::json::accept(r.out.substr(start, end - start))) << "batch line " << lines;
    EXPECT_GE(lines, static_cast<std::size_t>(kQueries) * 95 / 100);  // blank lines are skipped, as in any batch file
    std::cout << "[          ] sample of 100 through telusur-query: exit 0: " << exit_codes[0] << ", 1: " << exit_codes[1]
              << ", 2: " << exit_codes[2] << "\n";
}

}  // namespace
}  // namespace telusur
