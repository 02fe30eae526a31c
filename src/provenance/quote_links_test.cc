// CompareQuotes and QuoteLinkIndex on quotations written for the test.
#include "dyad/quote_links.h"

#include <gtest/gtest.h>

#include <string>

namespace dyad {
namespace {

QuoteWords Words(const std::string& text) {
  return QuoteWords(text, Span{0, static_cast<uint32_t>(text.size())});
}

TEST(CompareQuotesTest, CaseApostrophesAndPunctuationMakeNoDifference) {
  std::string a = "We\xE2\x80\x99ve seen them share hybrid tactics,";
  std::string b = "we've seen them share hybrid TACTICS.";
  QuoteMatch m = CompareQuotes(Words(a), Words(b));
  EXPECT_EQ(m.kind, QuoteMatchKind::kSame);
  EXPECT_EQ(m.rule, "same-words");
  EXPECT_TRUE(m.edits.empty());
}

TEST(CompareQuotesTest, ASpunQuoteIsAlteredWithItsChangedWords) {
  std::string a =
      "Those two are increasingly sharing a toolkit that should concern the NATO alliance.";
  std::string b =
      "These two are more and more sharing a toolkit that ought to concern the Nato alliance,";
  QuoteMatch m = CompareQuotes(Words(a), Words(b));
  ASSERT_EQ(m.kind, QuoteMatchKind::kAltered) << m.rule;
  // Those->These, increasingly->more and more, should->ought to.
  ASSERT_EQ(m.edits.size(), 3u);
  EXPECT_EQ(m.edits[0].a.view(a), "Those");
  EXPECT_EQ(m.edits[0].b.view(b), "These");
  EXPECT_EQ(m.edits[1].a.view(a), "increasingly");
  EXPECT_EQ(m.edits[1].b.view(b), "more and more");
  EXPECT_EQ(m.edits[1].words_b, 3u);
  EXPECT_EQ(m.edits[2].a.view(a), "should");
  EXPECT_EQ(m.edits[2].b.view(b), "ought to");
  EXPECT_EQ(m.common_words, 10u);
}

TEST(CompareQuotesTest, DroppedAndAddedWordsAreEditsWithAnEmptySide) {
  std::string a = "We will defend every inch of allied territory.";
  std::string b = "We will defend every inch of territory, always.";
  QuoteMatch m = CompareQuotes(Words(a), Words(b));
  ASSERT_EQ(m.kind, QuoteMatchKind::kAltered);
  ASSERT_EQ(m.edits.size(), 2u);
  EXPECT_EQ(m.edits[0].a.view(a), "allied");
  EXPECT_EQ(m.edits[0].words_b, 0u);
  EXPECT_EQ(m.edits[0].b.size(), 0u);
  EXPECT_EQ(m.edits[1].words_a, 0u);
  EXPECT_EQ(m.edits[1].b.view(b), "always");
}

TEST(CompareQuotesTest, APartQuotedIsAnExcerpt) {
  std::string a = "the main enabler of Russia's war";
  std::string b = "China has become the main enabler of Russia's war against Ukraine";
  QuoteMatch m = CompareQuotes(Words(a), Words(b));
  EXPECT_EQ(m.kind, QuoteMatchKind::kExcerpt);
  EXPECT_DOUBLE_EQ(m.containment, 1.0);
}

TEST(CompareQuotesTest, DifferentQuotesSharingAFewWordsDoNotMatch) {
  std::string a = "We are deeply concerned about the situation in the Taiwan Strait.";
  std::string b = "The alliance is concerned about Russia's nuclear rhetoric and its drills.";
  QuoteMatch m = CompareQuotes(Words(a), Words(b));
  EXPECT_EQ(m.kind, QuoteMatchKind::kNone);
  EXPECT_FALSE(m.rule.empty());
}

TEST(CompareQuotesTest, OffsetsPointIntoTheArticleText) {
  std::string text = "She said: \"end all material support\" on Friday.";
  Span inner{11, 35};
  ASSERT_EQ(inner.view(text), "end all material support");
  QuoteWords w(text, inner);
  ASSERT_EQ(w.size(), 4u);
  EXPECT_EQ(w.spans()[0].view(text), "end");
  EXPECT_EQ(w.spans()[3].view(text), "support");
}

TEST(QuoteLinkIndexTest, ProposesEarlierQuotesSharingWordPairs) {
  QuoteLinkIndex index;
  std::string q0 =
      "Those two are increasingly sharing a toolkit that should concern the NATO alliance.";
  std::string q1 = "We will not let the aggressor win this war.";
  std::string q2 =
      "These two are more and more sharing a toolkit that ought to concern the Nato alliance,";
  EXPECT_TRUE(index.Add(0, Words(q0)).empty());
  EXPECT_TRUE(index.Add(1, Words(q1)).empty());
  EXPECT_EQ(index.Add(2, Words(q2)), std::vector<uint32_t>{0});
  EXPECT_EQ(index.size(), 3u);
}

TEST(QuoteLinkIndexTest, FunctionWordPairsProposeNothing) {
  QuoteLinkIndex index;
  EXPECT_TRUE(index.Add(0, Words("it is one of the things that we do in the end")).empty());
  // Shares "of the", "in the", "the end"... only "the end" has a content word.
  EXPECT_TRUE(
      index.Add(1, Words("most of the money went in the wrong direction at the end")).empty());
}

TEST(QuoteLinkIndexTest, AHotPairStopsProposingAndTimeStaysBounded) {
  QuoteLinkOptions o;
  o.max_bucket = 8;
  QuoteLinkIndex index(o);
  size_t proposed = 0;
  for (uint32_t i = 0; i < 2000; ++i) proposed += index.Add(i, Words("no limits")).size();
  // Each of the first 8 sees the earlier ones; after that the bucket is full.
  EXPECT_EQ(proposed, 0u + 1 + 2 + 3 + 4 + 5 + 6 + 7);
}

TEST(QuoteLinkIndexTest, EmptyQuotesAreIgnored) {
  QuoteLinkIndex index;
  EXPECT_TRUE(index.Add(0, Words("")).empty());
  EXPECT_TRUE(index.Add(1, Words("...")).empty());
  EXPECT_EQ(CompareQuotes(Words(""), Words("a b c")).kind, QuoteMatchKind::kNone);
}

}  // namespace
}  // namespace dyad
