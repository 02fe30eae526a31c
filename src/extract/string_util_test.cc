// Tests for the extract module's string helpers.
#include "extract/string_util.h"

#include <gtest/gtest.h>

#include <random>
#include <string>

namespace dyad::extract {
namespace {

TEST(StringUtilTest, TrimSpaceRemovesAsciiAndUnicodeSpaces) {
  EXPECT_EQ(TrimSpace("  a b \t\n"), "a b");
  EXPECT_EQ(TrimSpace("\xC2\xA0x\xE2\x80\x89"), "x");      // NBSP, thin space
  EXPECT_EQ(TrimSpace("\xE3\x80\x80y\xEF\xBB\xBF"), "y");  // ideographic space, BOM
  EXPECT_EQ(TrimSpace(""), "");
  EXPECT_EQ(TrimSpace(" \xC2\xA0 "), "");
}

TEST(StringUtilTest, TrimSpaceNeverReadsPastATruncatedCharacter) {
  // The first two bytes of a three-byte thin space, at the end of a slice:
  // not a space, and no out-of-range slicing.
  EXPECT_EQ(TrimSpace("ab\xE2\x80"), "ab\xE2\x80");
  EXPECT_EQ(TrimSpace("\xE2\x80"), "\xE2\x80");
  EXPECT_EQ(TrimSpace("\xE2"), "\xE2");
}

// The line key as first written: CollapseSpace, then ASCII lower case and
// curly single quotes made straight. WriteLineKey must give the same bytes.
// CollapseSpace as first written: one byte at a time through SpaceLengthAt.
std::string ReferenceCollapseSpace(std::string_view s) {
  std::string out;
  bool pending = false;
  for (size_t i = 0; i < s.size();) {
    size_t n = SpaceLengthAt(s, i);
    if (n > 0) {
      pending = !out.empty();
      i += n;
      continue;
    }
    if (pending) out += ' ';
    pending = false;
    out += s[i++];
  }
  return out;
}

std::string ReferenceLineKey(std::string_view line) {
  std::string s = ReferenceCollapseSpace(line);
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s.compare(i, 3, "\xE2\x80\x99") == 0 || s.compare(i, 3, "\xE2\x80\x98") == 0) {
      out += '\'';
      i += 2;
    } else {
      out += ToLowerAscii(s[i]);
    }
  }
  return out;
}

std::string WrittenLineKey(std::string_view line, size_t cap) {
  std::string out(cap, '#');
  out.resize(WriteLineKey(line, out.data(), cap));
  return out;
}

TEST(StringUtilTest, WriteLineKeyMatchesTheReferenceKeyAndItsPrefixes) {
  // Pieces that exercise every branch: ASCII and Unicode spaces, curly
  // quotes (also cut short), capitals, other multi-byte characters.
  const std::vector<std::string> pieces = {"A",
                                           "b",
                                           "Z",
                                           " ",
                                           "\t",
                                           "\n",
                                           "\r",
                                           "\xC2\xA0",
                                           "\xE2\x80\x89",
                                           "\xE2\x80\x8B",
                                           "\xE3\x80\x80",
                                           "\xEF\xBB\xBF",
                                           "\xE2\x80\x99",
                                           "\xE2\x80\x98",
                                           "\xE2\x80\x9D",
                                           "\xE2\x80",
                                           "\xE2",
                                           "\xC2",
                                           "'",
                                           ".",
                                           "\xC3\xA9",
                                           "Photo:",
                                           "\xE2\x81\x9F",
                                           "\xE2\x80\xAF"};
  std::mt19937 rng(7);
  for (int round = 0; round < 20000; ++round) {
    std::string line;
    const int n = static_cast<int>(rng() % 12);
    for (int k = 0; k < n; ++k) line += pieces[rng() % pieces.size()];
    ASSERT_EQ(CollapseSpace(line), ReferenceCollapseSpace(line)) << line;
    const std::string want = ReferenceLineKey(line);
    ASSERT_EQ(WrittenLineKey(line, line.size()), want) << line;
    for (size_t cap : {size_t{0}, size_t{1}, size_t{3}, size_t{5}}) {
      if (cap > line.size()) continue;
      ASSERT_EQ(WrittenLineKey(line, cap), want.substr(0, cap)) << line << " cap " << cap;
    }
  }
}

TEST(StringUtilTest, CollapseSpaceIfShortIsCollapseSpaceUpToItsLimit) {
  EXPECT_EQ(CollapseSpace("  a \t\n b\xC2\xA0 c  "), "a b c");
  EXPECT_EQ(CollapseSpace("\xE2\x80\x89"), "");
  EXPECT_EQ(CollapseSpaceIfShort("  a   b  ", 3), "a b");
  EXPECT_EQ(CollapseSpaceIfShort("  a   b  ", 2), "");
  EXPECT_EQ(CollapseSpaceIfShort("abcd", 4), "abcd");
  EXPECT_EQ(CollapseSpaceIfShort("abcd", 3), "");
  EXPECT_EQ(CollapseSpaceIfShort("ab cd", 4), "");
  EXPECT_EQ(CollapseSpaceIfShort("ab cd     ", 5), "ab cd");
}

TEST(StringUtilTest, CountWordsAndNextWordAgreeWithSplitWords) {
  for (std::string_view s : {"", " ", "a", " a  b\tc\n", "one two three ", "\xC2\xA0x y"}) {
    const std::vector<std::string_view> words = SplitWords(s);
    EXPECT_EQ(CountWords(s), words.size()) << s;
    std::vector<std::string_view> walked;
    size_t pos = 0;
    for (std::string_view w = NextWord(s, &pos); !w.empty(); w = NextWord(s, &pos))
      walked.push_back(w);
    EXPECT_EQ(walked, words) << s;
  }
}

}  // namespace
}  // namespace dyad::extract
