// Kill-and-resume: an ingest killed with SIGKILL mid-way leaves a consistent
// store holding every batch it committed; running the same ingest again
// completes it, with no article, source or event stored twice, and every
// stored article holding the events it was coded with.
#include <gtest/gtest.h>
#include <signal.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <thread>

#include "test_util.h"

namespace dyad::testing {
namespace {

constexpr int kArticles = 40000;

// A JSON Lines feed of kArticles distinct short articles.
void WriteFeed(const std::string& path) {
  std::ofstream out(path);
  for (int i = 0; i < kArticles; ++i) {
    out << R"({"id":"k)" << i << R"(","outlet":"Resume Wire","published":"2024-03-)" << (1 + i % 28)
        << R"(","title":"Bulletin )" << i << R"(","text":"Bulletin number )" << i
        << R"( reports that France criticized Germany in Vienna.\n\nThey agreed to meet again after )"
        << i << R"( days."})"
        << "\n";
  }
}

// Returns the value of a one-number query, or -1 if the store cannot be read.
int64_t QueryNumber(const std::string& db, const char* sql) {
  sqlite3* h = nullptr;
  if (sqlite3_open_v2(db.c_str(), &h, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
    sqlite3_close(h);
    return -1;
  }
  sqlite3_busy_timeout(h, 2000);
  sqlite3_stmt* st = nullptr;
  int64_t v = -1;
  if (sqlite3_prepare_v2(h, sql, -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
    v = sqlite3_column_int64(st, 0);
  sqlite3_finalize(st);
  sqlite3_close(h);
  return v;
}

std::string IntegrityCheck(const std::string& db) {
  sqlite3* h = nullptr;
  sqlite3_open_v2(db.c_str(), &h, SQLITE_OPEN_READONLY, nullptr);
  sqlite3_stmt* st = nullptr;
  std::string result = "unreadable";
  if (sqlite3_prepare_v2(h, "PRAGMA integrity_check", -1, &st, nullptr) == SQLITE_OK &&
      sqlite3_step(st) == SQLITE_ROW)
    result = reinterpret_cast<const char*>(sqlite3_column_text(st, 0));
  sqlite3_finalize(st);
  sqlite3_close(h);
  return result;
}

TEST(KillResumeTest, KilledIngestLosesNothingCommittedAndResumesWithoutDuplicates) {
  ScratchDir dir;
  const std::string feed = dir / "feed.jsonl", db = dir / "store.db";
  WriteFeed(feed);

  pid_t pid = fork();
  ASSERT_GE(pid, 0);
  if (pid == 0) {
    freopen("/dev/null", "w", stdout);
    freopen("/dev/null", "w", stderr);
    execl(DYAD_EXE, DYAD_EXE, "--db", db.c_str(), "ingest", "--batch", "64", "--threads", "1",
          feed.c_str(), static_cast<char*>(nullptr));
    _exit(127);
  }
  // Wait until some batches are committed, then kill without warning.
  int64_t seen = 0;
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
  while (std::chrono::steady_clock::now() < deadline) {
    seen = fs::exists(db) ? QueryNumber(db, "SELECT count(*) FROM articles") : -1;
    if (seen >= 256) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
  }
  kill(pid, SIGKILL);
  int status = 0;
  waitpid(pid, &status, 0);
  ASSERT_TRUE(WIFSIGNALED(status)) << "ingest finished before it could be killed; enlarge the feed";

  EXPECT_EQ(IntegrityCheck(db), "ok");
  int64_t after_kill = QueryNumber(db, "SELECT count(*) FROM articles");
  EXPECT_GE(after_kill, seen);  // nothing committed was lost
  EXPECT_LT(after_kill, kArticles);
  EXPECT_EQ(after_kill % 64, 0);  // only whole batches are ever stored
  // Events are written with their article: every stored article is coded,
  // with its one event (FRA DEU 111), and no event lacks its article.
  EXPECT_EQ(QueryNumber(db, "SELECT count(*) FROM articles WHERE coder_run IS NULL"), 0);
  EXPECT_EQ(QueryNumber(db, "SELECT count(*) FROM events WHERE code = '111'"), after_kill);
  EXPECT_EQ(QueryNumber(db, "SELECT count(DISTINCT article) FROM events"), after_kill);

  auto resumed = RunDyad({"--db", db, "ingest", feed}, dir);
  ASSERT_EQ(resumed.exit_code, 0) << resumed.err;
  EXPECT_EQ(QueryNumber(db, "SELECT count(*) FROM articles"), kArticles);
  EXPECT_EQ(QueryNumber(db, "SELECT count(DISTINCT id) FROM articles"), kArticles);
  EXPECT_EQ(QueryNumber(db, "SELECT count(*) FROM article_sources"), kArticles);
  EXPECT_EQ(QueryNumber(db, "SELECT count(*) FROM events WHERE code = '111'"), kArticles);
  EXPECT_EQ(QueryNumber(db, "SELECT count(DISTINCT article) FROM events"), kArticles);
  EXPECT_EQ(IntegrityCheck(db), "ok");
}

}  // namespace
}  // namespace dyad::testing
