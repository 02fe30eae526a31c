// Regression guard: FindMainText on the article-extraction benchmark in
// ../shared must keep its score (F1 0.980 when this was written).
#include "extract/main_text_benchmark.h"

#include <gtest/gtest.h>

#include <filesystem>

namespace dyad::extract {
namespace {

TEST(MainTextBenchmarkTest, F1StaysAboveTheReachedScore) {
  const std::string dir = std::string(DYAD_SHARED_DIR) + "/peers/article-extraction";
  if (!std::filesystem::exists(dir)) GTEST_SKIP() << dir << " is absent";
  auto pages = LoadBenchmark(dir);
  ASSERT_TRUE(pages.ok()) << pages.status().ToString();
  ASSERT_GE(pages->size(), 90u);
  BenchmarkScore score;
  for (const BenchmarkPage& page : *pages)
    score.Add(ScorePage(page.truth, ExtractMainTextForBenchmark(page.html)));
  EXPECT_GE(score.F1(), 0.975);
  EXPECT_GE(score.Precision(), 0.96);
  EXPECT_GE(score.Recall(), 0.96);
}

TEST(MainTextBenchmarkTest, PageToUtf8ConvertsDeclaredWindows1252) {
  std::string page = "<meta charset=\"windows-1252\"><p>caf\xe9 \x93quoted\x94</p>";
  EXPECT_EQ(PageToUtf8(page),
            "<meta charset=\"windows-1252\"><p>caf\xc3\xa9 \xe2\x80\x9cquoted\xe2\x80\x9d</p>");
}

TEST(MainTextBenchmarkTest, PageToUtf8KeepsUtf8AndRepairsIt) {
  EXPECT_EQ(PageToUtf8("<meta charset=utf-8>caf\xc3\xa9"), "<meta charset=utf-8>caf\xc3\xa9");
  EXPECT_EQ(PageToUtf8("<meta charset=utf-8>ab\xff"), "<meta charset=utf-8>ab\xef\xbf\xbd");
  EXPECT_EQ(PageToUtf8("no charset caf\xe9"), "no charset caf\xc3\xa9");
}

TEST(MainTextBenchmarkTest, MissingDirectoryIsNotFound) {
  auto pages = LoadBenchmark("/nonexistent/dyad-benchmark");
  EXPECT_FALSE(pages.ok());
}

}  // namespace
}  // namespace dyad::extract
