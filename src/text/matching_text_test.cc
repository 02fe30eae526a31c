// Tests for MatchingText: the simplified copy, and ToOriginal at every
// offset, across replacements that shrink, grow, keep or remove bytes.
#include <random>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "dyad/text.h"

namespace dyad {
namespace {

// ToOriginal at every offset of the matching text, 0 .. size() inclusive.
std::vector<size_t> MapAll(const MatchingText& m) {
  std::vector<size_t> r;
  for (size_t t = 0; t <= m.text().size(); ++t) r.push_back(m.ToOriginal(t));
  return r;
}

TEST(MatchingTextTest, AsciiIsCopiedAndMapsToItself) {
  std::string s = "He said: \"No.\" -- 'ok' ...";
  MatchingText m(s);
  EXPECT_EQ(m.text(), s);
  for (size_t t = 0; t <= s.size(); ++t) EXPECT_EQ(m.ToOriginal(t), t);
}

TEST(MatchingTextTest, EmptyText) {
  MatchingText m("");
  EXPECT_EQ(m.text(), "");
  EXPECT_EQ(m.ToOriginal(0), 0u);
}

TEST(MatchingTextTest, CurlyQuotesShrinkToAscii) {
  // “No” it’s: “ and ” are 3 bytes each, ’ too.
  std::string s = "\xE2\x80\x9CNo\xE2\x80\x9D it\xE2\x80\x99s";
  MatchingText m(s);
  EXPECT_EQ(m.text(), "\"No\" it's");
  // text:  "  N  o  "  _  i  t  '  s  end
  // orig:  0  3  4  5  8  9  10 11 14 15
  EXPECT_EQ(MapAll(m), (std::vector<size_t>{0, 3, 4, 5, 8, 9, 10, 11, 14, 15}));
}

TEST(MatchingTextTest, EllipsisGrowsAndEveryDotMapsToIt) {
  std::string s =
      "a\xE2\x80\xA6"
      "b";  // a…b
  MatchingText m(s);
  EXPECT_EQ(m.text(), "a...b");
  EXPECT_EQ(MapAll(m), (std::vector<size_t>{0, 1, 1, 1, 4, 5}));
}

TEST(MatchingTextTest, LigatureAndDashAndSpaces) {
  // ﬁ (3 bytes) -> fi; — (3) -> -; NBSP (2) -> ' '; − (3) -> -; U+2009 (3) -> ' '.
  std::string s =
      "\xEF\xAC\x81ne\xE2\x80\x94"
      "5\xC2\xA0\xE2\x88\x92"
      "3\xE2\x80\x89x";
  MatchingText m(s);
  EXPECT_EQ(m.text(), "fine-5 -3 x");
  // text:  f  i  n  e  -  5  _   -   3   _   x   end
  // orig:  0  0  3  4  5  8  9  11  14  15  18  19
  EXPECT_EQ(MapAll(m), (std::vector<size_t>{0, 0, 3, 4, 5, 8, 9, 11, 14, 15, 18, 19}));
}

TEST(MatchingTextTest, InvisibleCharactersAreRemoved) {
  // co<SHY>operation, zero-width space and joiner, word joiner, BOM at start.
  std::string s =
      "\xEF\xBB\xBF"
      "co\xC2\xAD"
      "op\xE2\x80\x8B\xE2\x80\x8Dx\xE2\x81\xA0";
  MatchingText m(s);
  EXPECT_EQ(m.text(), "coopx");
  // text: c  o  o  p  x   end
  // orig: 3  4  7  8  15  19  (each offset: the character it starts, after removals)
  EXPECT_EQ(MapAll(m), (std::vector<size_t>{3, 4, 7, 8, 15, 19}));
}

TEST(MatchingTextTest, OtherNonAsciiIsKept) {
  std::string s = "Caf\xC3\xA9 \xE7\xAE\x80 \xF0\x9F\x98\x80 \xD0\x9C";
  MatchingText m(s);
  EXPECT_EQ(m.text(), s);
  for (size_t t = 0; t <= s.size(); ++t) EXPECT_EQ(m.ToOriginal(t), t);
}

TEST(MatchingTextTest, GuillemetsAndPrimes) {
  std::string s =
      "\xC2\xAB"
      "Oui\xC2\xBB 5\xE2\x80\xB2"
      "2\xE2\x80\xB3";  // «Oui» 5′2″
  MatchingText m(s);
  EXPECT_EQ(m.text(), "\"Oui\" 5'2\"");
}

bool IsBoundary(const std::string& s, size_t i) {
  return i == s.size() || (static_cast<unsigned char>(s[i]) & 0xC0) != 0x80;
}

// Random mixes of replaced, removed and kept characters: ToOriginal is
// monotonic, maps 0 and size() to the ends, maps boundaries to boundaries,
// and each kept character maps onto the same bytes in the original.
TEST(MatchingTextTest, RandomMixesKeepTheMapConsistent) {
  const std::vector<std::string> pieces = {"a",
                                           " ",
                                           ".",
                                           "\xE2\x80\x9C",
                                           "\xE2\x80\x99",
                                           "\xE2\x80\xA6",
                                           "\xC2\xA0",
                                           "\xC2\xAD",
                                           "\xE2\x80\x8B",
                                           "\xEF\xAC\x83",
                                           "\xE2\x80\x94",
                                           "\xC3\xA9",
                                           "\xF0\x9F\x98\x80",
                                           "\xE7\xAE\x80"};
  std::mt19937 rng(7);
  for (int round = 0; round < 500; ++round) {
    std::string s;
    int k = static_cast<int>(rng() % 20);
    for (int j = 0; j < k; ++j) s += pieces[rng() % pieces.size()];
    MatchingText m(s);
    const std::string& t = m.text();
    EXPECT_LE(m.ToOriginal(0), s.size());
    EXPECT_EQ(m.ToOriginal(t.size()), s.size());
    size_t prev = 0;
    for (size_t i = 0; i <= t.size(); ++i) {
      size_t o = m.ToOriginal(i);
      ASSERT_GE(o, prev) << s;
      ASSERT_LE(o, s.size());
      prev = o;
      if (IsBoundary(t, i)) {
        ASSERT_TRUE(IsBoundary(s, o)) << s << " at " << i;
      }
    }
    // A kept multi-byte character maps byte for byte.
    for (size_t i = 0; i < t.size(); ++i) {
      if (static_cast<unsigned char>(t[i]) >= 0x80) {
        ASSERT_EQ(s[m.ToOriginal(i)], t[i]);
      }
    }
  }
}

}  // namespace
}  // namespace dyad
