// Tests for FindMarkedSpans: mark styles, pairing, continuation across
// paragraphs, stray and unbalanced marks, the length cap.
#include "quotes/quote_marks.h"

#include <gtest/gtest.h>

#include <string>

namespace dyad::quotes {
namespace {

std::vector<std::string> Inner(const std::string& text, uint32_t cap = 4000) {
  std::vector<std::string> out;
  for (const MarkedSpan& m : FindMarkedSpans(text, SplitParagraphs(text), cap))
    out.push_back(text.substr(m.inner_begin, m.inner_end - m.inner_begin));
  return out;
}

TEST(QuoteMarksTest, CurlyStraightGuillemetAndLowMarks) {
  EXPECT_EQ(Inner("He said “yes” and “no”."), (std::vector<std::string>{"yes", "no"}));
  EXPECT_EQ(Inner("He said \"yes,\" then \"no\"."), (std::vector<std::string>{"yes,", "no"}));
  EXPECT_EQ(Inner("«Oui,» dit-il."), (std::vector<std::string>{"Oui,"}));
  EXPECT_EQ(Inner("Er sagte „ja“ dazu."), (std::vector<std::string>{"ja"}));
}

TEST(QuoteMarksTest, NestedMarksOfAnotherStyleStayInside) {
  EXPECT_EQ(Inner("«He called it “a relic” twice,» she said."),
            (std::vector<std::string>{"He called it “a relic” twice,"}));
  EXPECT_EQ(Inner("“I told them, ‘stop,’ and left,” he said."),
            (std::vector<std::string>{"I told them, ‘stop,’ and left,"}));
}

TEST(QuoteMarksTest, QuoteContinuedInTheNextParagraph) {
  std::string text = "She said: “First part.\n\n“Second part,” she added.";
  auto spans = FindMarkedSpans(text, SplitParagraphs(text), 4000);
  ASSERT_EQ(spans.size(), 2u);
  EXPECT_FALSE(spans[0].closed);
  EXPECT_FALSE(spans[0].continues_previous);
  EXPECT_EQ(text.substr(spans[0].inner_begin, spans[0].inner_end - spans[0].inner_begin),
            "First part.");
  EXPECT_TRUE(spans[1].closed);
  EXPECT_TRUE(spans[1].continues_previous);
  EXPECT_EQ(spans[1].paragraph, 1u);
}

TEST(QuoteMarksTest, UnclosedQuoteClosesAtItsParagraphEnd) {
  std::string text = "He said “this never closes.\n\nA new paragraph with “a quote” in it.";
  auto spans = FindMarkedSpans(text, SplitParagraphs(text), 4000);
  ASSERT_EQ(spans.size(), 2u);
  EXPECT_FALSE(spans[0].closed);
  EXPECT_EQ(spans[0].inner_end, text.find("\n\n"));
  EXPECT_FALSE(spans[1].continues_previous);
  EXPECT_EQ(text.substr(spans[1].inner_begin, spans[1].inner_end - spans[1].inner_begin),
            "a quote");
}

TEST(QuoteMarksTest, StrayCloserAndInchMarksAreNotQuotes) {
  EXPECT_TRUE(Inner("He is 6'2\" tall” and well.").empty());
}

TEST(QuoteMarksTest, OverlongSpanIsDroppedAndLaterQuotesStillFound) {
  std::string text = "A stray “ mark " + std::string(5000, 'x') + " then “real” quote.";
  EXPECT_EQ(Inner(text, 1000), (std::vector<std::string>{"real"}));
}

TEST(QuoteMarksTest, SecondOpenerOfTheSameStyleRestartsTheQuote) {
  EXPECT_EQ(Inner("A “stray opener and “the real one” here."),
            (std::vector<std::string>{"the real one"}));
}

}  // namespace
}  // namespace dyad::quotes
