// Input readers: formats, and bad input reported as file:line: reason.
#include "common/readers.h"

#include "tests/test_support.h"

#include <gtest/gtest.h>
#include <zlib.h>

#include <map>
#include <sys/wait.h>
#include <unistd.h>

namespace telusur {
namespace {

using testing::TempDir;

struct ReadResult {
    std::vector<InputRecord> records;
    std::vector<InputIssue> issues;
};

ReadResult read_all(const std::vector<std::string>& inputs, ReaderOptions options = {}) {
    ReadResult result;
    ArticleReader reader(inputs, options);
    InputRecord record;
    while (reader.next(record, [&](const InputIssue& i) { result.issues.push_back(i); }))
        result.records.push_back(record);
    return result;
}

std::string gzip(const std::string& data) {
    uLongf size = compressBound(static_cast<uLong>(data.size())) + 64;
    std::string out(size, '\0');
    z_stream z{};
    deflateInit2(&z, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);  // gzip wrapper
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
    z.avail_in = static_cast<uInt>(data.size());
    z.next_out = reinterpret_cast<Bytef*>(out.data());
    z.avail_out = static_cast<uInt>(out.size());
    deflate(&z, Z_FINISH);
    out.resize(z.total_out);
    deflateEnd(&z);
    return out;
}

const std::string kGoodLine =
    R"({"id":"g1","title":"Judul","body":"Isi berita.","date":"2024-11-05","source":"S","url":"u","category":"c","extra":1})";

TEST(Readers, ReadsJsonLinesIgnoringUnknownKeys) {
    TempDir tmp;
    const auto r = read_all({tmp.write("a.jsonl", kGoodLine + "\n\n")});
    ASSERT_EQ(r.records.size(), 1u);
    EXPECT_TRUE(r.issues.empty());
    EXPECT_EQ(r.records[0].article.id, "g1");
    EXPECT_EQ(r.records[0].article.title, "Judul");
    EXPECT_EQ(r.records[0].line, 1u);
}

TEST(Readers, ReadsGzipByContent) {
    TempDir tmp;
    const auto r = read_all({tmp.write("a.data", gzip(kGoodLine + "\n" + kGoodLine))});
    EXPECT_EQ(r.records.size(), 2u);
    EXPECT_TRUE(r.issues.empty());
}

TEST(Readers, MissingIdGetsAStableOne) {
    TempDir tmp;
    const auto r = read_all({tmp.write("a.jsonl", R"({"title":"t","body":"b","url":"https://x.test/1"})"
                                                  "\n"
                                                  R"({"title":"t","body":"b","date":"2024-01-01"})"
                                                  "\n")});
    ASSERT_EQ(r.records.size(), 2u);
    EXPECT_EQ(r.records[0].article.id[0], 'u');
    EXPECT_EQ(r.records[1].article.id[0], 't');
    EXPECT_EQ(read_all({tmp.path("a.jsonl")}).records[0].article.id, r.records[0].article.id);
}

TEST(Readers, BadRecordsAreReportedCountedAndSkipped) {
    TempDir tmp;
    const std::string lines = kGoodLine + "\n" +  // 1 good
                              "{not json\n" +     // 2 unparsable
                              "[1,2]\n" +         // 3 not an object
                              R"({"id":"x","body":""})"
                              "\n" +  // 4 missing body
                              R"({"id":"y","title":"t"})"
                              "\n" +                                     // 5 missing body
                              "{\"id\":\"z\",\"body\":\"caf\xC3\"}\n" +  // 6 invalid UTF-8
                              R"({"id":7,"body":"angka id"})"
                              "\n" +  // 7 good: numeric id
                              R"({"id":"w","body":["a"]})"
                              "\n" +  // 8 wrong type
                              R"({"id":"d","body":"b","date":"kemarin"})"
                              "\n";  // 9 good, bad date
    const std::string file = tmp.write("bad.jsonl", lines);
    const auto r = read_all({file});
    ASSERT_EQ(r.records.size(), 3u);
    EXPECT_EQ(r.records[1].article.id, "7");
    EXPECT_EQ(r.records[2].article.date, "");
    std::map<std::size_t, IssueKind> by_line;
    for (const auto& i : r.issues) by_line[i.line] = i.kind;
    EXPECT_EQ(by_line, (std::map<std::size_t, IssueKind>{{2, IssueKind::Unparsable},
                                                         {3, IssueKind::Unparsable},
                                                         {4, IssueKind::MissingBody},
                                                         {5, IssueKind::MissingBody},
                                                         {6, IssueKind::InvalidUtf8},
                                                         {8, IssueKind::BadField},
                                                         {9, IssueKind::BadDate}}));
    EXPECT_EQ(r.issues[0].describe().rfind(file + ":2: error: not valid JSON (at byte ", 0), 0u)
        << r.issues[0].describe();
    EXPECT_FALSE(r.issues.back().is_error);  // the bad date only warns
}

TEST(Readers, ANumberNoDoubleHoldsIsALineNotParsedAndTheNextIsRead) {
    TempDir tmp;
    const std::string file = tmp.write("big.jsonl", R"({"id":"a","body":"b","n":4e444444})"
                                                    "\n"
                                                    R"({"id":"c","body":"d"})"
                                                    "\n");
    const auto r = read_all({file});
    ASSERT_EQ(r.records.size(), 1u);
    EXPECT_EQ(r.records[0].article.id, "c");
    ASSERT_EQ(r.issues.size(), 1u);
    EXPECT_EQ(r.issues[0].kind, IssueKind::Unparsable);
    EXPECT_EQ(r.issues[0].describe(), file + ":1: error: not valid JSON (a number too large to read)");
}

TEST(Readers, OverlongBodiesAreCappedAtACharacterBoundary) {
    TempDir tmp;
    const std::string body = "aé" + std::string(20, 'a');  // 'é' spans bytes 2-3
    const auto r = read_all({tmp.write("a.jsonl", R"({"id":"l","body":")" + body + "\"}\n")}, ReaderOptions{2});
    ASSERT_EQ(r.records.size(), 1u);
    EXPECT_EQ(r.records[0].article.body, "a");  // 2 bytes would cut é in two
    ASSERT_EQ(r.issues.size(), 1u);
    EXPECT_EQ(r.issues[0].kind, IssueKind::TooLong);
}

TEST(Readers, TruncatedGzipKeepsWhatCameBefore) {
    TempDir tmp;
    std::string many;
    for (int i = 0; i < 2000; ++i)
        many +=
            R"({"id":")" + std::to_string(i) + R"(","body":"isi berita nomor )" + std::to_string(i * 7919) + "\"}\n";
    const std::string compressed = gzip(many);
    const auto r = read_all({tmp.write("cut.jsonl.gz", compressed.substr(0, compressed.size() / 2))});
    EXPECT_GT(r.records.size(), 100u);
    EXPECT_LT(r.records.size(), 2000u);
    ASSERT_FALSE(r.issues.empty());
    EXPECT_EQ(r.issues.back().kind, IssueKind::TruncatedInput);
    EXPECT_EQ(r.issues.back().line, r.records.size() + 1);
}

TEST(Readers, FoldersOfTextFiles) {
    TempDir tmp;
    tmp.write("dir/b.txt", "Judul B\n\nIsi B.");
    tmp.write("dir/sub/a.txt", "Judul A\nIsi A.");
    tmp.write("dir/empty.txt", "Hanya judul\n");
    tmp.write("dir/ignored.md", "x");
    const auto r = read_all({tmp.path("dir")});
    ASSERT_EQ(r.records.size(), 2u);
    EXPECT_EQ(r.records[0].article.id, "txt:b.txt");
    EXPECT_EQ(r.records[0].article.title, "Judul B");
    EXPECT_EQ(r.records[1].article.id, "txt:sub/a.txt");
    ASSERT_EQ(r.issues.size(), 1u);
    EXPECT_EQ(r.issues[0].kind, IssueKind::MissingBody);
}

TEST(Readers, MissingFileIsReported) {
    const auto r = read_all({"/nonexistent/x.jsonl"});
    EXPECT_TRUE(r.records.empty());
    ASSERT_EQ(r.issues.size(), 1u);
    EXPECT_EQ(r.issues[0].kind, IssueKind::Unreadable);
}

// Issue 17.13: years 1 and 9999 were accepted.
TEST(Readers, ImplausibleYearsAreIndexedWithoutADate) {
    TempDir tmp;
    const std::string file = tmp.write("d.jsonl", R"({"id":"a","body":"b","date":"0001-01-01"})"
                                                  "\n"
                                                  R"({"id":"b","body":"b","date":"9999-12-31T10:00"})"
                                                  "\n"
                                                  R"({"id":"c","body":"b","date":"1899-12-31"})"
                                                  "\n"
                                                  R"({"id":"d","body":"b","date":"1900-01-01"})"
                                                  "\n"
                                                  R"({"id":"e","body":"b","date":"2100-12-31"})"
                                                  "\n");
    const auto r = read_all({file});
    ASSERT_EQ(r.records.size(), 5u);
    EXPECT_EQ(r.records[0].article.date, "");
    EXPECT_EQ(r.records[1].article.date, "");
    EXPECT_EQ(r.records[2].article.date, "");
    EXPECT_EQ(r.records[3].article.date, "1900-01-01");
    EXPECT_EQ(r.records[4].article.date, "2100-12-31");
    ASSERT_EQ(r.issues.size(), 3u);
    EXPECT_EQ(r.issues[0].kind, IssueKind::BadDate);
    EXPECT_FALSE(r.issues[0].is_error);
    EXPECT_EQ(r.issues[1].describe(),
              file +
                  ":2: warning: date '9999-12-31T10:00' is outside the years 1900..2100 (--min-year, --max-year); "
                  "indexed without a date");
}

TEST(Readers, PlausibleYearsAreConfigurable) {
    TempDir tmp;
    ReaderOptions options;
    options.min_year = 1800;
    options.max_year = 2030;
    const auto r = read_all({tmp.write("d.jsonl", R"({"id":"c","body":"b","date":"1899-12-31"})"
                                                  "\n"
                                                  R"({"id":"e","body":"b","date":"2031-01-01"})"
                                                  "\n")},
                            options);
    ASSERT_EQ(r.records.size(), 2u);
    EXPECT_EQ(r.records[0].article.date, "1899-12-31");
    EXPECT_EQ(r.records[1].article.date, "");
}

TEST(Readers, StopAtFirstErrorEndsTheInputThere) {
    TempDir tmp;
    ReaderOptions options;
    options.stop_at_first_error = true;
    const auto r = read_all(
        {tmp.write("a.jsonl", kGoodLine + "\n{bad\n{bad\n" + kGoodLine + "\n"), tmp.write("b.jsonl", kGoodLine + "\n")},
        options);
    EXPECT_EQ(r.records.size(), 1u);
    ASSERT_EQ(r.issues.size(), 1u);
    EXPECT_EQ(r.issues[0].line, 2u);
}

// Issue 17.11: an unreadable subfolder was skipped without a word (as a
// non-root user; root reads everything, so the test drops to nobody).
TEST(Readers, UnreadableSubfolderIsReported) {
    TempDir tmp;
    tmp.write("dir/a.txt", "Judul A\nIsi A.");
    tmp.write("dir/secret/b.txt", "Judul B\nIsi B.");
    tmp.write("dir/z.txt", "Judul Z\nIsi Z.");
    std::filesystem::permissions(tmp.path(), std::filesystem::perms::owner_all | std::filesystem::perms::others_read |
                                                 std::filesystem::perms::others_exec);
    std::filesystem::permissions(tmp.path("dir/secret"), std::filesystem::perms::none);
    const pid_t child = fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
        if (geteuid() == 0 && (setgid(65534) != 0 || setuid(65534) != 0)) _exit(10);
        const auto r = read_all({tmp.path("dir")});
        if (r.records.size() != 2) _exit(11);
        if (r.issues.size() != 1 || r.issues[0].kind != IssueKind::Unreadable || !r.issues[0].is_error) _exit(12);
        if (r.issues[0].file != tmp.path("dir/secret")) _exit(13);
        if (r.issues[0].describe().find("Permission denied") == std::string::npos) _exit(14);
        _exit(0);
    }
    int status = 0;
    waitpid(child, &status, 0);
    std::filesystem::permissions(tmp.path("dir/secret"), std::filesystem::perms::owner_all);
    ASSERT_TRUE(WIFEXITED(status));
    EXPECT_EQ(WEXITSTATUS(status), 0) << "10: cannot drop privileges, 11: wrong records, 12-14: not reported as "
                                         "an unreadable folder with its path and reason";
}

}  // namespace
}  // namespace telusur
