// Error paths through the public API, one test per kind of fault: each
// checks that the problem names the file and record or line, and that the
// good documents around the damage are still delivered.
#include <gtest/gtest.h>

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

bool Contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

TEST(IngestErrorsTest, TruncatedGzipMemberKeepsTheRecordsBeforeIt) {
  std::string r1 = WarcResponse("https://t.test/1", "<p>one</p>");
  std::string r2 = WarcResponse("https://t.test/2", "<p>two</p>");
  std::string r3 = WarcResponse("https://t.test/3", "<p>three " + std::string(3000, 'x') + "</p>");
  std::string m3 = Gzip(r3);
  std::string file = Gzip(r1) + Gzip(r2) + m3.substr(0, m3.size() / 2);
  TempDir dir;
  std::string path = dir.Write("cut.warc.gz", file);
  Collector c;
  ASSERT_TRUE(ReadPaths({path}, ReaderOptions(), c).ok());
  ASSERT_EQ(c.docs.size(), 2u) << c.ProblemText();
  EXPECT_EQ(c.docs[1].url, "https://t.test/2");
  ASSERT_EQ(c.problems.size(), 1u) << c.ProblemText();
  const InputProblem& p = c.problems[0];
  EXPECT_EQ(p.kind, InputProblem::Kind::kRejected);
  EXPECT_EQ(p.source, path);
  EXPECT_EQ(p.locator, "record 3 @ " + std::to_string(r1.size() + r2.size()));
  EXPECT_TRUE(Contains(p.message, "truncated gzip member")) << p.message;
  EXPECT_TRUE(Contains(p.message, std::to_string(file.size() - m3.size() / 2))) << p.message;
}

TEST(IngestErrorsTest, TruncatedGzipJsonLinesNamesTheLine) {
  std::string tail = Gzip("{\"text\":\"three\"}\n{\"text\":\"four\"}\n");
  std::string file = Gzip("{\"text\":\"one\"}\n{\"text\":\"two\"}\n") + tail.substr(0, 12);
  Collector c;
  ReadBuffer("cut.jsonl.gz", file, ReaderOptions(), c);
  ASSERT_EQ(c.docs.size(), 2u) << c.ProblemText();
  ASSERT_EQ(c.problems.size(), 1u) << c.ProblemText();
  EXPECT_EQ(c.problems[0].locator, "line 3");
  EXPECT_TRUE(Contains(c.problems[0].message, "truncated gzip member"));
}

TEST(IngestErrorsTest, GarbageBetweenWarcRecordsIsSkippedAndReported) {
  std::string r1 = WarcResponse("https://g.test/1", "<p>one</p>");
  std::string garbage = "this line is not WARC\r\nnor this one\r\n";
  std::string r2 = WarcResponse("https://g.test/2", "<p>two</p>");
  Collector c;
  ReadBuffer("g.warc", r1 + garbage + r2, ReaderOptions(), c);
  ASSERT_EQ(c.docs.size(), 2u) << c.ProblemText();
  EXPECT_EQ(c.docs[1].locator, "record 2 @ " + std::to_string(r1.size() + garbage.size()));
  ASSERT_EQ(c.problems.size(), 1u) << c.ProblemText();
  EXPECT_EQ(c.problems[0].locator, "offset " + std::to_string(r1.size()));
  EXPECT_TRUE(Contains(c.problems[0].message, std::to_string(garbage.size()) + " bytes"))
      << c.problems[0].message;
}

TEST(IngestErrorsTest, WarcContentLengthPastEndOfFile) {
  std::string r1 = WarcResponse("https://e.test/1", "<p>one</p>");
  std::string r2 = WarcRecord("response", "", "HTTP/1.1 200 OK\r\n\r\n<p>short</p>", "5000");
  Collector c;
  ReadBuffer("e.warc", r1 + r2, ReaderOptions(), c);
  ASSERT_EQ(c.docs.size(), 1u) << c.ProblemText();
  ASSERT_EQ(c.problems.size(), 1u) << c.ProblemText();
  EXPECT_EQ(c.problems[0].locator, "record 2 @ " + std::to_string(r1.size()));
  EXPECT_TRUE(Contains(c.problems[0].message, "truncated")) << c.problems[0].message;
  EXPECT_TRUE(Contains(c.problems[0].message, "5000")) << c.problems[0].message;
}

TEST(IngestErrorsTest, WarcContentLengthTooLongRecoversTheSwallowedRecords) {
  std::string r1 = WarcRecord("response", "", "HTTP/1.1 200 OK\r\n\r\n<p>one</p>", "100000");
  std::string r2 = WarcResponse("https://s.test/2", "<p>two</p>");
  std::string r3 = WarcResponse("https://s.test/3", "<p>three</p>");
  Collector c;
  ReadBuffer("s.warc", r1 + r2 + r3, ReaderOptions(), c);
  ASSERT_EQ(c.docs.size(), 2u) << c.ProblemText();
  EXPECT_EQ(c.docs[0].url, "https://s.test/2");
  EXPECT_EQ(c.docs[0].locator, "record 2 @ " + std::to_string(r1.size()));
  EXPECT_EQ(c.docs[1].url, "https://s.test/3");
  ASSERT_EQ(c.problems.size(), 1u) << c.ProblemText();
  EXPECT_EQ(c.problems[0].locator, "record 1 @ 0");
}

TEST(IngestErrorsTest, WarcMissingOrBadContentLength) {
  std::string missing =
      "WARC/1.0\r\nWARC-Type: response\r\n\r\nHTTP/1.1 200 OK\r\n\r\n<p>x</p>\r\n\r\n";
  std::string bad = WarcRecord("response", "", "HTTP/1.1 200 OK\r\n\r\n<p>y</p>", "12x");
  std::string good = WarcResponse("https://b.test/ok", "<p>fine</p>");
  Collector c;
  ReadBuffer("b.warc", missing + bad + good, ReaderOptions(), c);
  ASSERT_EQ(c.docs.size(), 1u) << c.ProblemText();
  EXPECT_EQ(c.docs[0].url, "https://b.test/ok");
  EXPECT_EQ(c.docs[0].locator, "record 3 @ " + std::to_string(missing.size() + bad.size()));
  ASSERT_EQ(c.problems.size(), 2u) << c.ProblemText();
  EXPECT_EQ(c.problems[0].locator, "record 1 @ 0");
  EXPECT_TRUE(Contains(c.problems[0].message, "no Content-Length"));
  EXPECT_EQ(c.problems[1].locator, "record 2 @ " + std::to_string(missing.size()));
  EXPECT_TRUE(Contains(c.problems[1].message, "bad Content-Length \"12x\""));
}

TEST(IngestErrorsTest, WarcRecordOverTheDocumentLimitIsSkipped) {
  std::string big = WarcResponse("https://l.test/big", "<p>" + std::string(2000, 'b') + "</p>");
  std::string small = WarcResponse("https://l.test/small", "<p>s</p>");
  ReaderOptions options;
  options.max_document_bytes = 1000;
  Collector c;
  ReadBuffer("l.warc", big + small, options, c);
  ASSERT_EQ(c.docs.size(), 1u) << c.ProblemText();
  EXPECT_EQ(c.docs[0].url, "https://l.test/small");
  ASSERT_EQ(c.problems.size(), 1u);
  EXPECT_EQ(c.problems[0].locator, "record 1 @ 0");
  EXPECT_TRUE(Contains(c.problems[0].message, "max_document_bytes"));
}

TEST(IngestErrorsTest, BadJsonLineAmongGoodOnes) {
  Collector c;
  ReadBuffer("f.jsonl",
             "{\"text\":\"one\"}\n{\"text\": oops}\n{\"text\":\"three\"}\n[1,2]\n"
             "{\"title\":\"no body\"}\n{\"text\":\"six\"}\n",
             ReaderOptions(), c);
  ASSERT_EQ(c.docs.size(), 3u) << c.ProblemText();
  EXPECT_EQ(c.docs[1].locator, "line 3");
  EXPECT_EQ(c.docs[2].locator, "line 6");
  ASSERT_EQ(c.problems.size(), 3u) << c.ProblemText();
  EXPECT_EQ(c.problems[0].locator, "line 2");
  EXPECT_TRUE(Contains(c.problems[0].message, "not valid JSON")) << c.problems[0].message;
  EXPECT_EQ(c.problems[1].locator, "line 4");
  EXPECT_TRUE(Contains(c.problems[1].message, "not a JSON object"));
  EXPECT_EQ(c.problems[2].locator, "line 5");
  EXPECT_TRUE(Contains(c.problems[2].message, "neither"));
  EXPECT_EQ(c.problems[0].ToString(), "f.jsonl, line 2: " + c.problems[0].message);
}

TEST(IngestErrorsTest, OverlongJsonLineIsRejectedAndTheRestRead) {
  ReaderOptions options;
  options.max_document_bytes = 100;
  Collector c;
  ReadBuffer("long.jsonl", "{\"text\":\"" + std::string(5000, 'z') + "\"}\n{\"text\":\"after\"}\n",
             options, c);
  ASSERT_EQ(c.docs.size(), 1u) << c.ProblemText();
  EXPECT_EQ(c.docs[0].body, "after");
  EXPECT_EQ(c.docs[0].locator, "line 2");
  ASSERT_EQ(c.problems.size(), 1u);
  EXPECT_EQ(c.problems[0].locator, "line 1");
  EXPECT_TRUE(Contains(c.problems[0].message, "max_document_bytes"));
}

TEST(IngestErrorsTest, AbsurdlyNestedJsonIsRejected) {
  Collector c;
  ReadBuffer("deep.jsonl", std::string(100000, '[') + "\n{\"text\":\"ok\"}\n", ReaderOptions(), c);
  ASSERT_EQ(c.docs.size(), 1u);
  ASSERT_EQ(c.problems.size(), 1u);
  EXPECT_EQ(c.problems[0].locator, "line 1");
}

TEST(IngestErrorsTest, UnreadablePathIsReportedAndOthersRead) {
  TempDir dir;
  std::string missing = dir.Path("no-such-file.txt");
  std::string good = dir.Write("good.txt", "fine");
  Collector c;
  ASSERT_TRUE(ReadPaths({missing, good}, ReaderOptions(), c).ok());
  ASSERT_EQ(c.docs.size(), 1u);
  ASSERT_EQ(c.problems.size(), 1u);
  EXPECT_EQ(c.problems[0].source, missing);
  EXPECT_TRUE(Contains(c.problems[0].message, "cannot read")) << c.problems[0].message;
}

TEST(IngestErrorsTest, EmptyFile) {
  TempDir dir;
  std::string path = dir.Write("empty.txt", "");
  std::string empty_gz = dir.Write("empty.txt.gz", Gzip(""));
  Collector c;
  ASSERT_TRUE(ReadPaths({path, empty_gz}, ReaderOptions(), c).ok());
  EXPECT_TRUE(c.docs.empty());
  ASSERT_EQ(c.problems.size(), 2u);
  EXPECT_EQ(c.problems[0].ToString(), path + ": empty file");
  EXPECT_EQ(c.problems[1].source, empty_gz);
}

TEST(IngestErrorsTest, OversizedFileAndDocument) {
  TempDir dir;
  std::string big = dir.Write("big.txt", std::string(500, 'a'));
  std::string bomb = dir.Write("bomb.txt.gz", Gzip(std::string(100000, 'a')));
  ReaderOptions options;
  options.max_file_bytes = 400;
  options.max_document_bytes = 1000;
  Collector c;
  ASSERT_TRUE(ReadPaths({big, bomb}, options, c).ok());
  EXPECT_TRUE(c.docs.empty());
  ASSERT_EQ(c.problems.size(), 2u) << c.ProblemText();
  EXPECT_EQ(c.problems[0].source, big);
  EXPECT_TRUE(Contains(c.problems[0].message, "max_file_bytes"));
  EXPECT_EQ(c.problems[1].source, bomb);
  EXPECT_TRUE(Contains(c.problems[1].message, "max_document_bytes"));
}

TEST(IngestErrorsTest, UnknownExtensionAndFakeGzip) {
  TempDir dir;
  std::string pdf = dir.Write("paper.pdf", "%PDF-1.4");
  std::string fake = dir.Write("fake.warc.gz", "WARC/1.0\r\n");
  Collector c;
  ASSERT_TRUE(ReadPaths({pdf, fake}, ReaderOptions(), c).ok());
  EXPECT_TRUE(c.docs.empty());
  ASSERT_EQ(c.problems.size(), 2u);
  EXPECT_EQ(c.problems[0].ToString(), pdf + ": skipped: unknown format \".pdf\"");
  EXPECT_TRUE(Contains(c.problems[1].message, "not a gzip file"));
}

TEST(IngestErrorsTest, InvalidUtf8IsRepairedAndReported) {
  TempDir dir;
  std::string path = dir.Write("bad.txt", "caf\xC3 au lait \xFF\xFE end");
  Collector c;
  ASSERT_TRUE(ReadPaths({path}, ReaderOptions(), c).ok());
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_TRUE(IsValidUtf8(c.docs[0].body));
  EXPECT_EQ(c.docs[0].encoding_repairs, 3u);
  EXPECT_EQ(c.docs[0].body, "caf\xEF\xBF\xBD au lait \xEF\xBF\xBD\xEF\xBF\xBD end");
  ASSERT_EQ(c.problems.size(), 1u);
  EXPECT_EQ(c.problems[0].kind, InputProblem::Kind::kRepaired);
  EXPECT_EQ(c.problems[0].ToString(), path + ": 3 invalid UTF-8 sequences replaced with U+FFFD");
}

TEST(IngestErrorsTest, InvalidUtf8InsideAJsonLineIsRepairedNotRejected) {
  Collector c;
  ReadBuffer("u.jsonl", "{\"text\":\"bad \xFF byte\"}\n", ReaderOptions(), c);
  ASSERT_EQ(c.docs.size(), 1u) << c.ProblemText();
  EXPECT_EQ(c.docs[0].body, "bad \xEF\xBF\xBD byte");
  EXPECT_EQ(c.docs[0].encoding_repairs, 1u);
  ASSERT_EQ(c.problems.size(), 1u);
  EXPECT_EQ(c.problems[0].kind, InputProblem::Kind::kRepaired);
  EXPECT_EQ(c.problems[0].locator, "line 1");
}

TEST(IngestErrorsTest, Windows1252PageIsConverted) {
  std::string page =
      "<html><head><meta charset=\"windows-1252\"></head>"
      "<p>He said \x93no\x94 \x96 twice.</p></html>";
  Collector c;
  ReadBuffer("old.html", page, ReaderOptions(), c);
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_TRUE(c.problems.empty()) << c.ProblemText();
  EXPECT_EQ(c.docs[0].converted_from, "windows-1252");
  EXPECT_EQ(c.docs[0].encoding_repairs, 0u);
  EXPECT_TRUE(Contains(c.docs[0].body, "He said \xE2\x80\x9Cno\xE2\x80\x9D \xE2\x80\x93 twice."))
      << c.docs[0].body;

  // The same page in a WARC response, its charset in the HTTP header.
  Collector w;
  ReadBuffer(
      "old.warc",
      WarcResponse("https://o.test/", "<p>\x93Quoted\x94</p>", "text/html; charset=ISO-8859-1"),
      ReaderOptions(), w);
  ASSERT_EQ(w.docs.size(), 1u) << w.ProblemText();
  EXPECT_EQ(w.docs[0].body, "<p>\xE2\x80\x9CQuoted\xE2\x80\x9D</p>");
  EXPECT_EQ(w.docs[0].converted_from, "iso-8859-1");
}

TEST(IngestErrorsTest, StdinFormatIsSniffedFromTheFirstBytes) {
  struct Case {
    std::string bytes;
    ContentType type;
    std::string body;
  };
  const Case cases[] = {
      {WarcResponse("https://s.test/", "<p>w</p>"), ContentType::kHtml, "<p>w</p>"},
      {"\n{\"text\":\"j\"}\n", ContentType::kText, "j"},
      {"  <html>h</html>", ContentType::kHtml, "  <html>h</html>"},
      {"Just words.", ContentType::kText, "Just words."},
      {Gzip("<p>zipped html</p>"), ContentType::kHtml, "<p>zipped html</p>"},
  };
  for (const Case& k : cases) {
    Collector c;
    ReadBuffer("-", k.bytes, ReaderOptions(), c);
    ASSERT_EQ(c.docs.size(), 1u) << k.body << "\n" << c.ProblemText();
    EXPECT_EQ(c.docs[0].source, "-");
    EXPECT_EQ(c.docs[0].type, k.type) << k.body;
    EXPECT_EQ(c.docs[0].body, k.body);
  }
}

}  // namespace
}  // namespace dyad
