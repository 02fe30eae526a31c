// Tests for the benchmark metric: tokens, shingles, normalisation, totals.
#include "extract/main_text_score.h"

#include <gtest/gtest.h>

namespace dyad::extract {
namespace {

TEST(WordTokensTest, SplitsLikePythonWordRegex) {
  auto t = WordTokens("Don't stop_me now, 2019-11-18!");
  ASSERT_EQ(t.size(), 7u);
  EXPECT_EQ(t[0], "Don");
  EXPECT_EQ(t[1], "t");
  EXPECT_EQ(t[2], "stop_me");
  EXPECT_EQ(t[4], "2019");
  EXPECT_EQ(t[6], "18");
}

TEST(WordTokensTest, KeepsUnicodeLettersAndDigitsAndCase) {
  auto t = WordTokens("Zürich – Ελλάδα “東京” ٣٤");
  ASSERT_EQ(t.size(), 4u);
  EXPECT_EQ(t[0], "Zürich");
  EXPECT_EQ(t[1], "Ελλάδα");
  EXPECT_EQ(t[2], "東京");
  EXPECT_EQ(t[3], "٣٤");
}

TEST(WordTokensTest, InvalidBytesSeparateTokens) {
  auto t =
      WordTokens(std::string("ab\xff"
                             "cd"));
  ASSERT_EQ(t.size(), 2u);
}

TEST(ScorePageTest, IdenticalTextsArePerfect) {
  PageOverlap p = ScorePage("one two three four five", "one two three four five");
  EXPECT_DOUBLE_EQ(p.tp, 1.0);
  EXPECT_DOUBLE_EQ(p.F1(), 1.0);
}

TEST(ScorePageTest, CountsExtraAndMissingShingles) {
  // truth shingles: [a b c d], [b c d e]; predicted: [a b c d], [b c d x], [c d x y]
  PageOverlap p = ScorePage("a b c d e", "a b c d x y");
  EXPECT_DOUBLE_EQ(p.tp, 1.0 / 4);
  EXPECT_DOUBLE_EQ(p.fp, 2.0 / 4);
  EXPECT_DOUBLE_EQ(p.fn, 1.0 / 4);
}

TEST(ScorePageTest, ShortTextsAreOneShingleAndCaseMatters) {
  EXPECT_DOUBLE_EQ(ScorePage("Hello world", "Hello world").tp, 1.0);
  EXPECT_DOUBLE_EQ(ScorePage("Hello world", "hello world").tp, 0.0);
}

TEST(ScorePageTest, RepeatedShinglesCountByMultiplicity) {
  PageOverlap p = ScorePage("a b c d a b c d", "a b c d");
  // truth: abcd x2, bcda, cdab, dabc; predicted: abcd once.
  EXPECT_DOUBLE_EQ(p.tp, 1.0 / 5);
  EXPECT_DOUBLE_EQ(p.fn, 4.0 / 5);
}

TEST(ScorePageTest, EmptyTexts) {
  PageOverlap both = ScorePage("", "");
  EXPECT_EQ(both.tp + both.fp + both.fn, 0.0);
  EXPECT_DOUBLE_EQ(ScorePage("a b c d", "").fn, 1.0);
  EXPECT_DOUBLE_EQ(ScorePage("", "a b c d").fp, 1.0);
}

TEST(BenchmarkScoreTest, AveragesNormalisedCountsOverPages) {
  BenchmarkScore score;
  score.Add(PageOverlap{1.0, 0.0, 0.0});
  score.Add(PageOverlap{0.5, 0.5, 0.0});
  EXPECT_EQ(score.pages(), 2u);
  EXPECT_DOUBLE_EQ(score.Precision(), 0.75);
  EXPECT_DOUBLE_EQ(score.Recall(), 1.0);
  EXPECT_DOUBLE_EQ(score.F1(), 2 * 0.75 / 1.75);
}

}  // namespace
}  // namespace dyad::extract
