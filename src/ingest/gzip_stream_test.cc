// Tests for the gzip stream: every member is read, and damage is Corruption
// reported after the good data.
#include <gtest/gtest.h>

#include <string>

#include "ingest/ingest_test_util.h"
#include "ingest/input_stream.h"

namespace dyad::ingest {
namespace {

using testing::Gzip;

// Reads all of `stream` in pieces of `piece` bytes; returns the final status.
Status Drain(InputStream& stream, size_t piece, std::string* out) {
  std::string buf(piece, '\0');
  for (;;) {
    size_t got = 0;
    Status s = stream.Read(buf.data(), piece, &got);
    if (!s.ok()) return s;
    if (got == 0) return Status::OK();
    out->append(buf.data(), got);
  }
}

TEST(GzipStreamTest, ReadsEveryMemberInTurn) {
  std::string data = Gzip("first member\n") + Gzip("second member\n") + Gzip("third\n");
  auto stream = NewGzipStream(NewMemoryStream(data));
  std::string out;
  ASSERT_TRUE(Drain(*stream, 5, &out).ok());
  EXPECT_EQ(out, "first member\nsecond member\nthird\n");
  EXPECT_EQ(stream->raw_bytes_consumed(), data.size());
}

TEST(GzipStreamTest, LargeMemberThroughSmallReads) {
  std::string text;
  for (int i = 0; i < 20000; ++i) text += "line " + std::to_string(i) + "\n";
  std::string data = Gzip(text);
  auto stream = NewGzipStream(NewMemoryStream(data));
  std::string out;
  ASSERT_TRUE(Drain(*stream, 7, &out).ok());
  EXPECT_EQ(out, text);
}

TEST(GzipStreamTest, TruncatedLastMemberIsCorruptionAfterTheGoodData) {
  std::string first = Gzip("complete member\n");
  std::string second = Gzip(std::string(5000, 'x') + "the end");
  std::string data = first + second.substr(0, second.size() / 2);
  auto stream = NewGzipStream(NewMemoryStream(data));
  std::string out;
  Status s = Drain(*stream, 1024, &out);
  EXPECT_TRUE(s.IsCorruption()) << s.ToString();
  EXPECT_NE(s.message().find("truncated gzip member starting at compressed byte " +
                             std::to_string(first.size())),
            std::string::npos)
      << s.message();
  EXPECT_TRUE(out.starts_with("complete member\n")) << out.substr(0, 40);
  // The error is sticky.
  char c;
  size_t got = 1;
  EXPECT_TRUE(stream->Read(&c, 1, &got).IsCorruption());
  EXPECT_EQ(got, 0u);
}

TEST(GzipStreamTest, GarbageAfterAMemberIsCorruption) {
  std::string data = Gzip("good\n") + "this is not gzip";
  auto stream = NewGzipStream(NewMemoryStream(data));
  std::string out;
  Status s = Drain(*stream, 64, &out);
  EXPECT_TRUE(s.IsCorruption());
  EXPECT_EQ(out, "good\n");
}

TEST(GzipStreamTest, EmptyInputIsEmptyOutput) {
  auto stream = NewGzipStream(NewMemoryStream(""));
  std::string out;
  EXPECT_TRUE(Drain(*stream, 64, &out).ok());
  EXPECT_EQ(out, "");
}

TEST(GzipStreamTest, CorruptDataIsCorruption) {
  std::string data = Gzip(std::string(3000, 'a') + std::string(3000, 'b'));
  data[data.size() / 2] ^= 0x55;
  data[data.size() / 2 + 1] ^= 0x55;
  auto stream = NewGzipStream(NewMemoryStream(data));
  std::string out;
  EXPECT_TRUE(Drain(*stream, 64, &out).IsCorruption());
}

}  // namespace
}  // namespace dyad::ingest
