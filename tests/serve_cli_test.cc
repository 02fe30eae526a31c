// End-to-end test of the `dyad serve` command: it prints its address,
// answers, writes an access log line per request, and on SIGTERM finishes
// and exits 0; a missing store is refused before listening.
#include <gtest/gtest.h>
#include <signal.h>

#include <chrono>
#include <thread>

#include "serve_test_util.h"

namespace dyad::testing {
namespace {

TEST(ServeCliTest, ServesUntilSigtermAndLogsEachRequest) {
  ScratchDir dir;
  const std::string db = dir / "store.db", out = dir / "out.txt", log = dir / "access.log";
  ASSERT_TRUE(OpenSqliteStore(db).ok());
  pid_t pid = ::fork();
  ASSERT_GE(pid, 0);
  if (pid == 0) {
    if (!std::freopen(out.c_str(), "w", stdout)) ::_exit(99);
    ::execl(DYAD_EXE, DYAD_EXE, "--db", db.c_str(), "serve", "--port", "0", "--access-log",
            log.c_str(), static_cast<char*>(nullptr));
    ::_exit(98);
  }
  std::string printed;
  for (int i = 0; i < 200 && printed.find('\n') == std::string::npos; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    printed = ReadFile(out);
  }
  ASSERT_EQ(printed.rfind("dyad: serving http://127.0.0.1:", 0), 0u) << printed;
  const int port = std::atoi(printed.c_str() + printed.rfind(':') + 1);
  httplib::Client client("127.0.0.1", port);
  auto r = client.Get("/api/health");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200);
  r = client.Get("/api/articles?limit=x");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 400);
  ASSERT_EQ(::kill(pid, SIGTERM), 0);
  int status = 0;
  ASSERT_EQ(::waitpid(pid, &status, 0), pid);
  ASSERT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 0);
  const std::string lines = ReadFile(log);
  EXPECT_NE(lines.find("GET /api/health 200 "), std::string::npos) << lines;
  EXPECT_NE(lines.find("GET /api/articles 400 "), std::string::npos) << lines;
  EXPECT_EQ(lines.find("limit=x"), std::string::npos);  // no query strings in the log
}

TEST(ServeCliTest, RefusesAMissingStore) {
  ScratchDir dir;
  auto r = RunDyad({"--db", dir / "none.db", "serve", "--port", "0"}, dir);
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("no such database"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace dyad::testing
