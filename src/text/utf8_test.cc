// Tests for RepairUtf8 and IsValidUtf8: one test per kind of fault, with the
// number of U+FFFD replacements the "maximal subpart" practice prescribes.
#include <cstdint>
#include <random>
#include <string>

#include <gtest/gtest.h>

#include "dyad/text.h"

namespace dyad {
namespace {

const std::string kFffd = "\xEF\xBF\xBD";

// Repairs a copy of `in`; returns the repaired text, stores the count.
std::string Repaired(std::string in, uint64_t* count) {
  *count = RepairUtf8(in);
  return in;
}

TEST(Utf8Test, ValidTextIsLeftAlone) {
  const std::string texts[] = {
      "",
      "plain ASCII.",
      "caf\xC3\xA9",                    // é, 2 bytes
      "\xE2\x80\x9CQuote\xE2\x80\x9D",  // “Quote”, 3 bytes each
      "\xF0\x9F\x98\x80",               // U+1F600, 4 bytes
      "\xF4\x8F\xBF\xBF",               // U+10FFFF, the last code point
      "\xED\x9F\xBF",                   // U+D7FF, just below the surrogates
      "\xEE\x80\x80",                   // U+E000, just above them
  };
  for (const std::string& t : texts) {
    EXPECT_TRUE(IsValidUtf8(t)) << t;
    uint64_t n = 99;
    EXPECT_EQ(Repaired(t, &n), t);
    EXPECT_EQ(n, 0u);
  }
}

TEST(Utf8Test, StrayContinuationBytesAreReplacedOneEach) {
  uint64_t n = 0;
  EXPECT_FALSE(
      IsValidUtf8("a\x80"
                  "b"));
  EXPECT_EQ(Repaired("a\x80"
                     "b",
                     &n),
            "a" + kFffd + "b");
  EXPECT_EQ(n, 1u);
  EXPECT_EQ(Repaired("\x80\xBF\x9A", &n), kFffd + kFffd + kFffd);
  EXPECT_EQ(n, 3u);
}

TEST(Utf8Test, TruncatedSequenceAtEndIsOneReplacement) {
  uint64_t n = 0;
  EXPECT_FALSE(IsValidUtf8("ab\xE2\x80"));
  EXPECT_EQ(Repaired("ab\xE2\x80", &n), "ab" + kFffd);
  EXPECT_EQ(n, 1u);
  EXPECT_EQ(Repaired("\xF0\x9F\x98", &n), kFffd);
  EXPECT_EQ(n, 1u);
  EXPECT_EQ(Repaired("\xC3", &n), kFffd);
  EXPECT_EQ(n, 1u);
}

TEST(Utf8Test, TruncatedSequenceBeforeAsciiKeepsTheAscii) {
  uint64_t n = 0;
  EXPECT_EQ(Repaired("\xE2\x80"
                     "x\xC3"
                     "y",
                     &n),
            kFffd + "x" + kFffd + "y");
  EXPECT_EQ(n, 2u);
}

TEST(Utf8Test, OverlongEncodingsAreReplacedBytewise) {
  uint64_t n = 0;
  // C0 and C1 can never start a sequence: each byte is its own subpart.
  EXPECT_FALSE(IsValidUtf8("\xC0\xAF"));
  EXPECT_EQ(Repaired("\xC0\xAF", &n), kFffd + kFffd);
  EXPECT_EQ(n, 2u);
  // E0 80..9F would be overlong: E0 alone is the subpart, then each byte.
  EXPECT_EQ(Repaired("\xE0\x80\xAF", &n), kFffd + kFffd + kFffd);
  EXPECT_EQ(n, 3u);
  // F0 80..8F likewise.
  EXPECT_EQ(Repaired("\xF0\x8F\xBF\xBF", &n), kFffd + kFffd + kFffd + kFffd);
  EXPECT_EQ(n, 4u);
}

TEST(Utf8Test, SurrogatesAreInvalid) {
  uint64_t n = 0;
  EXPECT_FALSE(IsValidUtf8("\xED\xA0\x80"));  // U+D800
  EXPECT_FALSE(IsValidUtf8("\xED\xBF\xBF"));  // U+DFFF
  EXPECT_EQ(Repaired("\xED\xA0\x80", &n), kFffd + kFffd + kFffd);
  EXPECT_EQ(n, 3u);
}

TEST(Utf8Test, CodePointsPastTheLastAreInvalid) {
  uint64_t n = 0;
  EXPECT_FALSE(IsValidUtf8("\xF4\x90\x80\x80"));  // U+110000
  EXPECT_EQ(Repaired("\xF4\x90\x80\x80", &n), kFffd + kFffd + kFffd + kFffd);
  EXPECT_EQ(n, 4u);
  EXPECT_FALSE(IsValidUtf8("\xF5\x80\x80\x80"));  // F5..FF never lead
  EXPECT_EQ(Repaired("\xFF\xFE", &n), kFffd + kFffd);
  EXPECT_EQ(n, 2u);
}

TEST(Utf8Test, NulBytesAreDroppedAndCounted) {
  uint64_t n = 0;
  std::string with_nul("a\0b\0\0c", 6);
  EXPECT_TRUE(IsValidUtf8(with_nul));  // NUL is valid UTF-8; repair drops it
  EXPECT_EQ(Repaired(with_nul, &n), "abc");
  EXPECT_EQ(n, 3u);
}

TEST(Utf8Test, ValidPrefixBeforeTheFirstFaultIsKept) {
  uint64_t n = 0;
  std::string in = "caf\xC3\xA9 \xE2\x80\x94 ok \xFF tail \xE2\x80\x9D";
  EXPECT_EQ(Repaired(in, &n), "caf\xC3\xA9 \xE2\x80\x94 ok " + kFffd + " tail \xE2\x80\x9D");
  EXPECT_EQ(n, 1u);
}

// Whatever the bytes, the repaired text is valid, NUL-free, and repairing it
// again changes nothing.
TEST(Utf8Test, RepairOfRandomBytesIsValidAndIdempotent) {
  std::mt19937 rng(42);
  for (int round = 0; round < 2000; ++round) {
    std::string s(rng() % 40, '\0');
    for (char& c : s) c = static_cast<char>(rng() % 256);
    std::string copy = s;
    uint64_t n = RepairUtf8(copy);
    EXPECT_TRUE(IsValidUtf8(copy));
    EXPECT_EQ(copy.find('\0'), std::string::npos);
    EXPECT_EQ(n == 0, s == copy);
    std::string again = copy;
    EXPECT_EQ(RepairUtf8(again), 0u);
    EXPECT_EQ(again, copy);
  }
}

}  // namespace
}  // namespace dyad

namespace dyad {
namespace {

// A byte-at-a-time reference for IsValidUtf8 (no ASCII fast path), from the
// Unicode table of well-formed byte sequences.
bool ReferenceIsValidUtf8(std::string_view s) {
  size_t i = 0;
  auto in = [&](size_t k, unsigned lo, unsigned hi) {
    return k < s.size() && static_cast<unsigned char>(s[k]) >= lo &&
           static_cast<unsigned char>(s[k]) <= hi;
  };
  while (i < s.size()) {
    unsigned c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      i += 1;
    } else if (c >= 0xC2 && c <= 0xDF && in(i + 1, 0x80, 0xBF)) {
      i += 2;
    } else if (c == 0xE0 && in(i + 1, 0xA0, 0xBF) && in(i + 2, 0x80, 0xBF)) {
      i += 3;
    } else if (((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF) && in(i + 1, 0x80, 0xBF) &&
               in(i + 2, 0x80, 0xBF)) {
      i += 3;
    } else if (c == 0xED && in(i + 1, 0x80, 0x9F) && in(i + 2, 0x80, 0xBF)) {
      i += 3;
    } else if (c == 0xF0 && in(i + 1, 0x90, 0xBF) && in(i + 2, 0x80, 0xBF) &&
               in(i + 3, 0x80, 0xBF)) {
      i += 4;
    } else if (c >= 0xF1 && c <= 0xF3 && in(i + 1, 0x80, 0xBF) && in(i + 2, 0x80, 0xBF) &&
               in(i + 3, 0x80, 0xBF)) {
      i += 4;
    } else if (c == 0xF4 && in(i + 1, 0x80, 0x8F) && in(i + 2, 0x80, 0xBF) &&
               in(i + 3, 0x80, 0xBF)) {
      i += 4;
    } else {
      return false;
    }
  }
  return true;
}

TEST(Utf8FastPathTest, AgreesWithTheReferenceOnMostlyAsciiText) {
  // Long ASCII runs with a rare non-ASCII byte at every alignment, valid or not.
  const std::string pieces[] = {"\xC3\xA9", "\xE2\x80\x9C", "\xF0\x9F\x98\x80", "\x80",
                                "\xC3",     "\xED\xA0\x80", "\xF4\x90\x80\x80", "\xE2\x80"};
  uint32_t seed = 12345;
  auto next = [&] { return seed = seed * 1103515245u + 12345u; };
  for (int round = 0; round < 4000; ++round) {
    std::string s(next() % 40, 'a');
    for (int k = 0; k < 3; ++k) {
      s += pieces[next() % 8];
      s += std::string(next() % 19, 'b');
    }
    EXPECT_EQ(IsValidUtf8(s), ReferenceIsValidUtf8(s)) << round;
  }
}

}  // namespace
}  // namespace dyad
