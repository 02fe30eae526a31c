// Tests of CopyText (words, skeleton, paragraphs, content hash) and
// IsFunctionWord.
#include <gtest/gtest.h>

#include "dyad/provenance.h"

namespace dyad {
namespace {

TEST(CopyTextTest, WordsHaveSpansInTheOriginalText) {
  const std::string text = "The “Big” deal — signed in 2024.\n\nSecond paragraph here.";
  CopyText t(text);
  ASSERT_EQ(t.tokens().size(), 9u);  // The Big deal signed in 2024 Second paragraph here
  EXPECT_EQ(t.tokens()[1].span.view(text), "Big");
  EXPECT_EQ(t.tokens()[5].span.view(text), "2024");
  ASSERT_EQ(t.paragraphs().size(), 2u);
  EXPECT_EQ(t.paragraphs()[0], std::make_pair(0u, 6u));
  EXPECT_EQ(t.paragraphs()[1], std::make_pair(6u, 9u));
}

TEST(CopyTextTest, ContentHashIgnoresCaseQuotesAndSpacing) {
  CopyText a("He said “no limits” on Tuesday.");
  CopyText b("he said \"No Limits\"   on tuesday");
  CopyText c("He said “no limits” on Wednesday.");
  EXPECT_NE(a.content_hash(), 0u);
  EXPECT_EQ(a.content_hash(), b.content_hash());
  EXPECT_NE(a.content_hash(), c.content_hash());
  EXPECT_EQ(CopyText("").content_hash(), 0u);
  EXPECT_EQ(CopyText("  ,,, !").content_hash(), 0u);
}

TEST(CopyTextTest, SkeletonKeepsFunctionWordsNamesNumbersAndSwallowsSynonyms) {
  // Same skeleton: content words differ (one word for two), function words,
  // the name and the number do not.
  CopyText a("Officials said the talks with Russia would resume in 2025.");
  CopyText b("Officials stated the negotiations with Russia would restart in 2025.");
  CopyText c("Officials said the talks with Ukraine would resume in 2026.");
  EXPECT_EQ(a.skeleton(), b.skeleton());
  EXPECT_NE(a.skeleton(), c.skeleton());
  const auto& tok = a.tokens();
  EXPECT_EQ(tok[1].skeleton, CopyToken::kContentWord);  // said
  EXPECT_NE(tok[2].skeleton, CopyToken::kContentWord);  // the
  EXPECT_NE(tok[5].skeleton, CopyToken::kContentWord);  // Russia
  EXPECT_EQ(tok[0].skeleton, CopyToken::kContentWord);  // Officials: sentence-initial
}

TEST(CopyTextTest, FunctionWords) {
  EXPECT_TRUE(IsFunctionWord("the"));
  EXPECT_TRUE(IsFunctionWord("towards"));
  EXPECT_TRUE(IsFunctionWord("'s"));
  EXPECT_FALSE(IsFunctionWord("toolkit"));
  EXPECT_FALSE(IsFunctionWord("The"));  // callers lowercase first
  EXPECT_FALSE(IsFunctionWord(""));
}

}  // namespace
}  // namespace dyad
