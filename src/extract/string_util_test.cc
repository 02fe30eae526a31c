// Tests for the extract module's string helpers.
#include "extract/string_util.h"

#include <gtest/gtest.h>

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

}  // namespace
}  // namespace dyad::extract
