// Tests for the span BLOB encoding.
#include "store/span_codec.h"

#include <gtest/gtest.h>

namespace dyad::store {
namespace {

TEST(SpanCodecTest, SentencesRoundTripWithFlags) {
  std::vector<Sentence> in(3);
  in[0].begin = 0, in[0].end = 10, in[0].paragraph = 0, in[0].headline = true;
  in[1].begin = 12, in[1].end = 400000, in[1].paragraph = 7;
  in[2].begin = 400001, in[2].end = 400002, in[2].paragraph = 0x7fffffff;
  std::string blob = EncodeSentences(in);
  EXPECT_EQ(blob.size(), 36u);
  std::vector<Sentence> out;
  ASSERT_TRUE(DecodeSentences(blob, &out).ok());
  ASSERT_EQ(out.size(), 3u);
  for (size_t i = 0; i < 3; ++i) {
    EXPECT_EQ(out[i].begin, in[i].begin);
    EXPECT_EQ(out[i].end, in[i].end);
    EXPECT_EQ(out[i].paragraph, in[i].paragraph);
    EXPECT_EQ(out[i].headline, in[i].headline);
  }
}

TEST(SpanCodecTest, ParagraphsRoundTrip) {
  std::vector<Paragraph> in(2);
  in[0].span = {0, 5};
  in[0].raw = {100, 105};
  in[1].span = {7, 9};
  std::vector<Paragraph> out;
  ASSERT_TRUE(DecodeParagraphs(EncodeParagraphs(in), &out).ok());
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(out[0].raw.begin, 100u);
  EXPECT_EQ(out[1].span.end, 9u);
  EXPECT_EQ(out[1].raw.end, 0u);
}

TEST(SpanCodecTest, RejectsTruncatedBlobs) {
  std::vector<Sentence> s;
  EXPECT_TRUE(DecodeSentences(std::string(13, '\0'), &s).IsCorruption());
  std::vector<Paragraph> p;
  EXPECT_TRUE(DecodeParagraphs(std::string(15, '\0'), &p).IsCorruption());
  EXPECT_TRUE(DecodeParagraphs("", &p).ok());
  EXPECT_TRUE(p.empty());
}

}  // namespace
}  // namespace dyad::store
