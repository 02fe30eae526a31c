// Tests for SplitParagraphs: blank lines, single-newline files, line ending
// styles, and trimming of white space around each paragraph.
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "dyad/text.h"

namespace dyad {
namespace {

std::vector<std::string> Paragraphs(const std::string& s) {
  std::vector<std::string> r;
  for (const Span& p : SplitParagraphs(s)) r.emplace_back(p.view(s));
  return r;
}

using V = std::vector<std::string>;

TEST(ParagraphSplitterTest, BlankLinesSeparate) {
  EXPECT_EQ(Paragraphs("One line\nand its wrap.\n\nTwo.\n \t\nThree."),
            (V{"One line\nand its wrap.", "Two.", "Three."}));
}

TEST(ParagraphSplitterTest, SingleNewlinesSeparateWhenThereAreNoBlankLines) {
  EXPECT_EQ(Paragraphs("First para.\nSecond para.\nThird."),
            (V{"First para.", "Second para.", "Third."}));
}

TEST(ParagraphSplitterTest, LeadingAndTrailingBlankLinesDoNotCount) {
  // Blank lines only before the first and after the last content: no blank
  // line *between* paragraphs, so each line is one.
  EXPECT_EQ(Paragraphs("\n\n  A\nB  \n\n"), (V{"A", "B"}));
}

TEST(ParagraphSplitterTest, CrLfAndCrLineEndings) {
  EXPECT_EQ(Paragraphs("a\r\nb\r\n\r\nc"), (V{"a\r\nb", "c"}));
  EXPECT_EQ(Paragraphs("a\rb"), (V{"a", "b"}));
}

TEST(ParagraphSplitterTest, UnicodeSpacesAreTrimmedAndBlank) {
  // NBSP-only line counts as blank; NBSP and BOM around text are trimmed.
  EXPECT_EQ(Paragraphs("\xEF\xBB\xBF"
                       "A.\xC2\xA0\n\xC2\xA0\nB."),
            (V{"A.", "B."}));
  // U+2029 PARAGRAPH SEPARATOR ends a line.
  EXPECT_EQ(Paragraphs("A\xE2\x80\xA9"
                       "B"),
            (V{"A", "B"}));
}

TEST(ParagraphSplitterTest, EmptyAndBlankTexts) {
  EXPECT_TRUE(SplitParagraphs("").empty());
  EXPECT_TRUE(SplitParagraphs(" \n\r\n\t").empty());
}

TEST(ParagraphSplitterTest, SpansAreOrderedAndInsideTheText) {
  std::string s = "x\n\n\ny z\n\n w \nv";
  std::vector<Span> p = SplitParagraphs(s);
  ASSERT_EQ(p.size(), 3u);
  for (size_t i = 0; i < p.size(); ++i) {
    EXPECT_LT(p[i].begin, p[i].end);
    EXPECT_LE(p[i].end, s.size());
    if (i > 0) {
      EXPECT_LT(p[i - 1].end, p[i].begin);
    }
  }
  EXPECT_EQ(p[2].view(s), "w \nv");
}

}  // namespace
}  // namespace dyad
