// Tests for ByteReader: lines across buffer refills, overlong lines skipped
// without being held, exact reads, skips, peeks and offsets.
#include "ingest/byte_reader.h"

#include <gtest/gtest.h>
#include <zlib.h>

#include <string>

#include "ingest/input_stream.h"

namespace dyad::ingest {
namespace {

using LineResult = ByteReader::LineResult;

TEST(ByteReaderTest, SplitsLinesOnLfAndCrLf) {
  auto stream = NewMemoryStream("one\r\ntwo\n\nlast");
  ByteReader reader(stream.get(), 4);  // tiny buffer: lines cross refills
  std::string line;
  ASSERT_EQ(reader.ReadLine(100, &line), LineResult::kLine);
  EXPECT_EQ(line, "one");
  EXPECT_EQ(reader.offset(), 5u);
  ASSERT_EQ(reader.ReadLine(100, &line), LineResult::kLine);
  EXPECT_EQ(line, "two");
  ASSERT_EQ(reader.ReadLine(100, &line), LineResult::kLine);
  EXPECT_EQ(line, "");
  ASSERT_EQ(reader.ReadLine(100, &line), LineResult::kLine);
  EXPECT_EQ(line, "last");
  EXPECT_EQ(reader.ReadLine(100, &line), LineResult::kEnd);
  EXPECT_TRUE(reader.AtEnd());
  EXPECT_TRUE(reader.status().ok());
}

TEST(ByteReaderTest, SkipsAnOverlongLineAndGoesOn) {
  std::string input = std::string(1000, 'x') + "\nshort\n12345\n123456\r\n";
  auto stream = NewMemoryStream(input);
  ByteReader reader(stream.get(), 16);
  std::string line;
  EXPECT_EQ(reader.ReadLine(5, &line), LineResult::kTooLong);
  EXPECT_EQ(line, "");
  EXPECT_EQ(reader.offset(), 1001u);
  EXPECT_EQ(reader.ReadLine(5, &line), LineResult::kLine);
  EXPECT_EQ(line, "short");
  EXPECT_EQ(reader.ReadLine(5, &line), LineResult::kLine);
  EXPECT_EQ(line, "12345");
  EXPECT_EQ(reader.ReadLine(5, &line), LineResult::kTooLong);
  EXPECT_EQ(reader.ReadLine(5, &line), LineResult::kEnd);
  EXPECT_EQ(reader.buffer_capacity(), 16u);
}

TEST(ByteReaderTest, ReadSkipPeek) {
  auto stream = NewMemoryStream("abcdefghijklmnopqrstuvwxyz");
  ByteReader reader(stream.get(), 8);
  EXPECT_EQ(reader.Peek(3), "abc");
  std::string out;
  EXPECT_EQ(reader.Read(10, &out), 10u);
  EXPECT_EQ(out, "abcdefghij");
  EXPECT_EQ(reader.Skip(5), 5u);
  EXPECT_EQ(reader.offset(), 15u);
  EXPECT_EQ(reader.Peek(8), "pqrstuvw");
  out.clear();
  EXPECT_EQ(reader.Read(100, &out), 11u);
  EXPECT_EQ(out, "pqrstuvwxyz");
  EXPECT_EQ(reader.Skip(10), 0u);
  EXPECT_TRUE(reader.AtEnd());
}

TEST(ByteReaderTest, StreamErrorStopsReadingAndIsKept) {
  // A gzip stream cut short: lines before the cut come out, the partial one
  // does not, and status() explains.
  std::string text = "alpha\nbeta\ngamma gamma gamma\n";
  std::string full;
  {
    // Level 0 stores the text as is, so we know where to cut it.
    z_stream z{};
    deflateInit2(&z, 0, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);  // level 0: stored
    full.resize(256);
    z.next_in = reinterpret_cast<Bytef*>(text.data());
    z.avail_in = text.size();
    z.next_out = reinterpret_cast<Bytef*>(full.data());
    z.avail_out = full.size();
    ASSERT_EQ(deflate(&z, Z_FINISH), Z_STREAM_END);
    full.resize(z.total_out);
    deflateEnd(&z);
  }
  // Stored block: the header is 10 bytes + 5 block bytes; cut inside "gamma".
  std::string cut = full.substr(0, 10 + 5 + 15);
  auto stream = NewGzipStream(NewMemoryStream(cut));
  ByteReader reader(stream.get());
  std::string line;
  ASSERT_EQ(reader.ReadLine(100, &line), LineResult::kLine);
  EXPECT_EQ(line, "alpha");
  ASSERT_EQ(reader.ReadLine(100, &line), LineResult::kLine);
  EXPECT_EQ(line, "beta");
  EXPECT_EQ(reader.ReadLine(100, &line), LineResult::kEnd);
  EXPECT_TRUE(reader.status().IsCorruption()) << reader.status().ToString();
  EXPECT_TRUE(reader.AtEnd());
}

}  // namespace
}  // namespace dyad::ingest
