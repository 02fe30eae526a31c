// Happy paths through the public API (ReadPaths, ReadBuffer): one test per
// format, inputs written into a temporary directory by the test itself.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <string>

#include "dyad/ingest.h"
#include "dyad/text.h"
#include "ingest/ingest_test_util.h"

namespace dyad {
namespace {

using ingest::testing::Collector;
using ingest::testing::Gzip;
using ingest::testing::TempDir;
using ingest::testing::WarcRecord;
using ingest::testing::WarcResponse;

TEST(IngestFormatsTest, PlainTextFileIsOneDocument) {
  TempDir dir;
  std::string path = dir.Write("a.txt", "Headline\n\nBody text.\n");
  Collector c;
  ASSERT_TRUE(ReadPaths({path}, ReaderOptions(), c).ok());
  ASSERT_EQ(c.docs.size(), 1u) << c.ProblemText();
  EXPECT_EQ(c.docs[0].source, path);
  EXPECT_EQ(c.docs[0].locator, "");
  EXPECT_EQ(c.docs[0].type, ContentType::kText);
  EXPECT_EQ(c.docs[0].body, "Headline\n\nBody text.\n");
  EXPECT_TRUE(c.problems.empty()) << c.ProblemText();
}

TEST(IngestFormatsTest, HtmlAndGzippedTextFiles) {
  TempDir dir;
  std::string html = dir.Write("page.HTM", "<html><p>Hi</p></html>");
  std::string gz = dir.Write("b.txt.gz", Gzip("zipped text"));
  Collector c;
  ASSERT_TRUE(ReadPaths({html, gz}, ReaderOptions(), c).ok());
  ASSERT_EQ(c.docs.size(), 2u) << c.ProblemText();
  EXPECT_EQ(c.docs[0].type, ContentType::kHtml);
  EXPECT_EQ(c.docs[0].body, "<html><p>Hi</p></html>");
  EXPECT_EQ(c.docs[1].type, ContentType::kText);
  EXPECT_EQ(c.docs[1].body, "zipped text");
}

TEST(IngestFormatsTest, JsonLinesWithMetadata) {
  TempDir dir;
  std::string path =
      dir.Write("feed.jsonl",
                "{\"id\":\"a1\",\"url\":\"https://x.test/1\",\"outlet\":\"X\",\"title\":\"T1\","
                "\"published\":\"2024-05-01\",\"text\":\"First body.\"}\n"
                "\n"
                "   \r\n"
                "{\"id\":7,\"html\":\"<p>Second</p>\"}\r\n"
                "{\"text\":\"Text wins\",\"html\":\"<p>not this</p>\"}");  // no final newline
  Collector c;
  ASSERT_TRUE(ReadPaths({path}, ReaderOptions(), c).ok());
  ASSERT_EQ(c.docs.size(), 3u) << c.ProblemText();
  EXPECT_TRUE(c.problems.empty()) << c.ProblemText();
  const RawDocument& first = c.docs[0];
  EXPECT_EQ(first.locator, "line 1");
  EXPECT_EQ(first.id, "a1");
  EXPECT_EQ(first.url, "https://x.test/1");
  EXPECT_EQ(first.outlet, "X");
  EXPECT_EQ(first.title, "T1");
  EXPECT_EQ(first.published, "2024-05-01");
  EXPECT_EQ(first.body, "First body.");
  EXPECT_EQ(first.type, ContentType::kText);
  EXPECT_EQ(c.docs[1].locator, "line 4");
  EXPECT_EQ(c.docs[1].id, "7");
  EXPECT_EQ(c.docs[1].type, ContentType::kHtml);
  EXPECT_EQ(c.docs[1].body, "<p>Second</p>");
  EXPECT_EQ(c.docs[2].locator, "line 5");
  EXPECT_EQ(c.docs[2].body, "Text wins");
}

TEST(IngestFormatsTest, GzippedJsonLinesInSeveralMembers) {
  TempDir dir;
  std::string path = dir.Write("feed.ndjson.gz", Gzip("{\"text\":\"one\"}\n{\"text\":\"tw") +
                                                     Gzip("o\"}\n{\"text\":\"three\"}\n"));
  Collector c;
  ASSERT_TRUE(ReadPaths({path}, ReaderOptions(), c).ok());
  ASSERT_EQ(c.docs.size(), 3u) << c.ProblemText();
  EXPECT_EQ(c.docs[1].body, "two");
  EXPECT_EQ(c.docs[2].locator, "line 3");
}

// A .warc.gz of one member per record, as crawlers write them, with the
// record kinds that must be skipped around the ones that must be kept.
TEST(IngestFormatsTest, MultiMemberWarcGzKeepsOnlyHtmlPages) {
  std::string records[] = {
      WarcRecord("warcinfo", "Content-Type: application/warc-fields\r\n", "software: test\r\n"),
      WarcRecord("request", "WARC-Target-URI: https://n.test/a\r\n",
                 "GET /a HTTP/1.1\r\nHost: n.test\r\n\r\n"),
      WarcResponse("https://n.test/a", "<html><p>Article A</p></html>"),
      WarcRecord("metadata", "WARC-Target-URI: https://n.test/a\r\n", "outlinks: x\r\n"),
      WarcResponse("https://n.test/missing", "<html>gone</html>", "text/html", 404),
      WarcResponse("https://n.test/logo.png", "\x89PNG....", "image/png"),
      WarcRecord("revisit", "WARC-Target-URI: https://n.test/a\r\n", "HTTP/1.1 304\r\n\r\n"),
      WarcRecord("resource",
                 "WARC-Target-URI: file:///b.html\r\nWARC-Record-ID: <urn:uuid:bbb>\r\n"
                 "Content-Type: text/html\r\n",
                 "<html><p>Resource B</p></html>"),
      WarcResponse("https://n.test/c", "<html><p>No content type</p></html>", ""),
  };
  std::string file;
  for (const std::string& r : records) file += Gzip(r);
  TempDir dir;
  std::string path = dir.Write("crawl.warc.gz", file);
  Collector c;
  ASSERT_TRUE(ReadPaths({path}, ReaderOptions(), c).ok());
  EXPECT_TRUE(c.problems.empty()) << c.ProblemText();
  ASSERT_EQ(c.docs.size(), 3u);
  const RawDocument& a = c.docs[0];
  EXPECT_EQ(a.type, ContentType::kHtml);
  EXPECT_EQ(a.body, "<html><p>Article A</p></html>");
  EXPECT_EQ(a.url, "https://n.test/a");
  EXPECT_EQ(a.id, "urn:uuid:n.test/a");
  EXPECT_EQ(a.fetched, "2024-05-01T10:00:00Z");
  size_t offset_a = records[0].size() + records[1].size();
  EXPECT_EQ(a.locator, "record 3 @ " + std::to_string(offset_a));
  EXPECT_EQ(c.docs[1].body, "<html><p>Resource B</p></html>");
  EXPECT_EQ(c.docs[1].id, "urn:uuid:bbb");
  EXPECT_TRUE(c.docs[1].locator.starts_with("record 8 @ ")) << c.docs[1].locator;
  EXPECT_EQ(c.docs[2].url, "https://n.test/c");
  // Progress ends at the compressed size of the file.
  ASSERT_FALSE(c.progress.empty());
  EXPECT_EQ(c.progress.back().first, file.size());
  EXPECT_EQ(c.progress.back().second, file.size());
}

TEST(IngestFormatsTest, WarcResponseChunkedAndGzipped) {
  std::string html = "<html><p>Encoded twice</p></html>";
  std::string gz = Gzip(html);
  char size[16];
  std::snprintf(size, sizeof size, "%zx", gz.size());
  std::string http =
      "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n"
      "Content-Encoding: gzip\r\n\r\n" +
      std::string(size) + "\r\n" + gz + "\r\n0\r\n\r\n";
  std::string warc = WarcRecord("response", "WARC-Target-URI: https://e.test/\r\n", http);
  Collector c;
  ReadBuffer("x.warc", warc, ReaderOptions(), c);
  ASSERT_EQ(c.docs.size(), 1u) << c.ProblemText();
  EXPECT_EQ(c.docs[0].body, html);
}

TEST(IngestFormatsTest, DirectoriesAreWalkedRecursivelyInSortedOrder) {
  TempDir dir;
  dir.Write("corpus/b.txt", "b");
  dir.Write("corpus/a/z.txt", "a/z");
  dir.Write("corpus/a/c.txt", "a/c");
  dir.Write("corpus/c.jsonl", "{\"text\":\"c1\"}\n");
  dir.Write("corpus/.hidden.txt", "hidden");
  Collector c;
  ASSERT_TRUE(ReadPaths({dir.Path("corpus")}, ReaderOptions(), c).ok());
  ASSERT_EQ(c.docs.size(), 4u) << c.ProblemText();
  EXPECT_EQ(c.docs[0].body, "a/c");
  EXPECT_EQ(c.docs[0].source, dir.Path("corpus/a/c.txt"));
  EXPECT_EQ(c.docs[1].body, "a/z");
  EXPECT_EQ(c.docs[2].body, "b");
  EXPECT_EQ(c.docs[3].body, "c1");
  EXPECT_TRUE(c.problems.empty()) << c.ProblemText();
}

TEST(IngestFormatsTest, StandardInputIsReadWhenPathIsDash) {
  TempDir dir;
  std::string path =
      dir.Write("stdin.bin", Gzip("{\"text\":\"from stdin\"}\n{\"text\":\"again\"}\n"));
  int saved = ::dup(STDIN_FILENO);
  ASSERT_GE(saved, 0);
  int fd = ::open(path.c_str(), O_RDONLY);
  ASSERT_GE(fd, 0);
  ASSERT_EQ(::dup2(fd, STDIN_FILENO), STDIN_FILENO);
  ::close(fd);
  Collector c;
  Status s = ReadPaths({"-"}, ReaderOptions(), c);
  ::dup2(saved, STDIN_FILENO);
  ::close(saved);
  ASSERT_TRUE(s.ok());
  ASSERT_EQ(c.docs.size(), 2u) << c.ProblemText();
  EXPECT_EQ(c.docs[0].source, "-");
  EXPECT_EQ(c.docs[0].body, "from stdin");
  EXPECT_EQ(c.docs[1].locator, "line 2");
}

TEST(IngestFormatsTest, SharedCorpusReadsCleanly) {
  const std::string corpus = std::string(DYAD_SHARED_DIR) + "/corpus";
  if (!std::filesystem::is_directory(corpus)) GTEST_SKIP() << "no " << corpus;
  size_t files = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(corpus)) {
    if (entry.is_regular_file() && entry.path().extension() == ".txt") ++files;
  }
  Collector c;
  ASSERT_TRUE(ReadPaths({corpus}, ReaderOptions(), c).ok());
  EXPECT_EQ(c.docs.size(), files);
  EXPECT_EQ(c.CountProblems(InputProblem::Kind::kRejected), 0) << c.ProblemText();
  for (const RawDocument& d : c.docs) {
    EXPECT_TRUE(IsValidUtf8(d.body)) << d.source;
    EXPECT_FALSE(d.body.empty()) << d.source;
  }
}

}  // namespace
}  // namespace dyad
