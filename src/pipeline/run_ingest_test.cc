// Tests for RunIngest: the same store whatever the thread count and batch
// size, problems counted and kept up to a bound, empty documents rejected,
// and the summary's outlets and dates.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "dyad/pipeline.h"

namespace dyad {
namespace {

namespace fs = std::filesystem;

class RunIngestTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("dyad_pipeline_test_" + std::to_string(::getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  // A JSON Lines feed of `good` articles with `bad` broken lines mixed in
  // (on every other line from the second, so bad <= good).
  std::string WriteFeed(int good, int bad) {
    std::string path = (dir_ / "feed.jsonl").string();
    std::ofstream out(path);
    const int total = good + bad;
    int bad_left = bad;
    for (int i = 0; i < total; ++i) {
      if (i % 2 == 1 && bad_left > 0) {
        --bad_left;
        out << "{broken line " << i << "\n";
        continue;
      }
      out << R"({"outlet":")" << (i % 2 ? "Alpha Wire" : "Beta Post")
          << R"(","published":"2024-05-)" << (10 + i % 9) << R"(","text":"Report )" << i
          << R"( says envoys met in Oslo.\n\nThey will meet again."})"
          << "\n";
    }
    return path;
  }

  std::vector<std::string> StoredIds(const std::string& db) {
    auto store = OpenSqliteStore(db);
    EXPECT_TRUE(store.ok());
    auto list = (*store)->ListArticles({});
    EXPECT_TRUE(list.ok());
    std::vector<std::string> ids;
    for (const auto& a : *list) ids.push_back(a.id);
    return ids;
  }

  fs::path dir_;
};

TEST_F(RunIngestTest, SameStoreWhateverThreadsAndBatchSize) {
  std::string feed = WriteFeed(300, 0);
  std::vector<std::vector<std::string>> results;
  for (auto [threads, batch] : {std::pair{1u, 7u}, {2u, 64u}, {4u, 1u}, {0u, 256u}}) {
    std::string db =
        (dir_ / ("s" + std::to_string(threads) + "_" + std::to_string(batch) + ".db")).string();
    auto store = OpenSqliteStore(db);
    ASSERT_TRUE(store.ok());
    IngestOptions opts;
    opts.threads = threads;
    opts.batch_size = batch;
    auto summary = RunIngest({feed}, **store, opts);
    ASSERT_TRUE(summary.ok()) << summary.status().ToString();
    EXPECT_EQ(summary->articles_new, 300u);
    EXPECT_EQ(summary->sentences, 600u);
    results.push_back(StoredIds(db));
  }
  for (size_t i = 1; i < results.size(); ++i) EXPECT_EQ(results[i], results[0]);
}

TEST_F(RunIngestTest, CountsEveryProblemButKeepsABoundedList) {
  std::string feed = WriteFeed(40, 30);
  auto store = OpenSqliteStore((dir_ / "p.db").string());
  ASSERT_TRUE(store.ok());
  IngestOptions opts;
  opts.max_kept_problems = 5;
  std::vector<std::string> seen;
  opts.on_problem = [&](const InputProblem& p) { seen.push_back(p.locator); };
  auto summary = RunIngest({feed}, **store, opts);
  ASSERT_TRUE(summary.ok());
  EXPECT_EQ(summary->problem_count, 30u);
  EXPECT_EQ(summary->rejected, 30u);
  ASSERT_EQ(summary->problems.size(), 5u);
  EXPECT_EQ(seen.size(), 30u);
  EXPECT_EQ(summary->problems[0].locator, "line 2");
  EXPECT_EQ(summary->articles_new, 40u);
}

TEST_F(RunIngestTest, SummarisesOutletsDatesAndRejectsEmptyArticles) {
  std::string path = (dir_ / "mixed.jsonl").string();
  std::ofstream(path)
      << R"({"outlet":"Alpha Wire","published":"2024-05-03","text":"One."})"
      << "\n"
      << R"({"outlet":"Beta Post","published":"2024-06-01T10:00:00Z","text":"Two."})"
      << "\n"
      << R"({"outlet":"Beta Post","html":"<html><body><nav>Home</nav></body></html>"})"
      << "\n";
  auto store = OpenSqliteStore((dir_ / "m.db").string());
  ASSERT_TRUE(store.ok());
  auto summary = RunIngest({path}, **store);
  ASSERT_TRUE(summary.ok());
  EXPECT_EQ(summary->documents, 3u);
  EXPECT_EQ(summary->articles_new, 2u);
  EXPECT_EQ(summary->articles_empty, 1u);
  EXPECT_EQ(summary->outlets, (std::set<std::string>{"Alpha Wire", "Beta Post"}));
  EXPECT_EQ(summary->first_published, "2024-05-03");
  EXPECT_EQ(summary->last_published, "2024-06-01");
  ASSERT_EQ(summary->problems.size(), 1u);
  EXPECT_EQ(summary->problems[0].locator, "line 3");
}

}  // namespace
}  // namespace dyad
