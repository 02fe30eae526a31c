// Tests for HTTP response parsing and body decoding.
#include "ingest/http_payload.h"

#include <gtest/gtest.h>

#include <string>

#include "ingest/ingest_test_util.h"

namespace dyad::ingest {
namespace {

TEST(HttpPayloadTest, ParsesStatusAndHeaders) {
  std::string payload =
      "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=UTF-8\r\n"
      "Transfer-Encoding: Chunked\r\nContent-Encoding: GZIP\r\nX-Other: 1\r\n\r\nBODY";
  Result<HttpHead> head = ParseHttpHead(payload);
  ASSERT_TRUE(head.ok()) << head.status().ToString();
  EXPECT_EQ(head->status_code, 200);
  EXPECT_EQ(head->content_type, "text/html; charset=UTF-8");
  EXPECT_EQ(head->transfer_encoding, "chunked");
  EXPECT_EQ(head->content_encoding, "gzip");
  EXPECT_EQ(payload.substr(head->body_offset), "BODY");
  EXPECT_EQ(MediaType(head->content_type), "text/html");
}

TEST(HttpPayloadTest, RejectsWhatIsNotAResponse) {
  EXPECT_TRUE(ParseHttpHead("GET / HTTP/1.1\r\n\r\n").status().IsCorruption());
  EXPECT_TRUE(ParseHttpHead("HTTP/1.1 2").status().IsCorruption());
  EXPECT_TRUE(ParseHttpHead("HTTP/1.1 200 OK\r\nContent-Type: x").status().IsCorruption());
}

TEST(HttpPayloadTest, DechunksAndInflates) {
  std::string html = "<html><body>chunked and gzipped</body></html>";
  std::string gz = testing::Gzip(html);
  char size[16];
  std::snprintf(size, sizeof size, "%zx", gz.size() - 10);
  std::string chunked = "a;ext=1\r\n" + gz.substr(0, 10) + "\r\n" + size + "\r\n" + gz.substr(10) +
                        "\r\n0\r\nTrailer: x\r\n\r\n";
  HttpHead head;
  head.transfer_encoding = "chunked";
  head.content_encoding = "gzip";
  std::string out;
  Status s = DecodeHttpBody(head, chunked, 1 << 20, &out);
  ASSERT_TRUE(s.ok()) << s.ToString();
  EXPECT_EQ(out, html);
}

TEST(HttpPayloadTest, TakesAlreadyDecodedBodiesAsTheyAre) {
  HttpHead head;
  head.transfer_encoding = "chunked";
  head.content_encoding = "gzip";
  std::string out;
  ASSERT_TRUE(DecodeHttpBody(head, "<html>plain</html>", 1 << 20, &out).ok());
  EXPECT_EQ(out, "<html>plain</html>");
}

TEST(HttpPayloadTest, DamagedOrUnsupportedBodies) {
  HttpHead chunked;
  chunked.transfer_encoding = "chunked";
  std::string out;
  EXPECT_TRUE(DecodeHttpBody(chunked, "5\r\nabcde\r\nzz\r\n", 1 << 20, &out).IsCorruption());
  EXPECT_TRUE(DecodeHttpBody(chunked, "ff\r\nabc", 1 << 20, &out).IsCorruption());
  HttpHead brotli;
  brotli.content_encoding = "br";
  EXPECT_EQ(DecodeHttpBody(brotli, "\x1b\x03", 1 << 20, &out).code(), Status::Code::kUnsupported);
  HttpHead gzip;
  gzip.content_encoding = "gzip";
  EXPECT_TRUE(DecodeHttpBody(gzip, testing::Gzip(std::string(5000, 'a')), 100, &out).IsTooLarge());
}

}  // namespace
}  // namespace dyad::ingest
