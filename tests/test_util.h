// Helpers for the end-to-end tests: a scratch directory per test, running the
// dyad command and capturing what it prints (and parsing JSON Lines), and
// reading files.
#ifndef DYAD_TESTS_TEST_UTIL_H_
#define DYAD_TESTS_TEST_UTIL_H_

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace dyad::testing {

namespace fs = std::filesystem;

// A fresh directory for the running test, removed at the end.
class ScratchDir {
 public:
  ScratchDir() {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    path_ = fs::temp_directory_path() / ("dyad_e2e_" + std::to_string(::getpid()) + "_" +
                                         info->test_suite_name() + "_" + info->name());
    fs::remove_all(path_);
    fs::create_directories(path_);
  }
  ~ScratchDir() { fs::remove_all(path_); }
  const fs::path& path() const { return path_; }
  std::string operator/(const std::string& name) const { return (path_ / name).string(); }

 private:
  fs::path path_;
};

inline std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

inline void WriteFile(const std::string& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary);
  out << bytes;
}

inline std::string ShellQuote(const std::string& s) {
  std::string out = "'";
  for (char c : s) {
    if (c == '\'') {
      out += "'\\''";
    } else {
      out += c;
    }
  }
  return out + "'";
}

struct CommandResult {
  int exit_code = -1;
  std::string out, err;
};

// Runs the dyad executable with `args`, standard input from /dev/null (or
// from `stdin_file`), and returns its exit code and output.
inline CommandResult RunDyad(const std::vector<std::string>& args, const ScratchDir& dir,
                             const std::string& stdin_file = "/dev/null") {
  std::string cmd = ShellQuote(DYAD_EXE);
  for (const std::string& a : args) cmd += " " + ShellQuote(a);
  const std::string out = dir / "stdout.txt", err = dir / "stderr.txt";
  cmd += " <" + ShellQuote(stdin_file) + " >" + ShellQuote(out) + " 2>" + ShellQuote(err);
  int raw = std::system(cmd.c_str());
  CommandResult r;
  r.exit_code = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  r.out = ReadFile(out);
  r.err = ReadFile(err);
  return r;
}

inline std::string SourceDir() {
  return DYAD_SOURCE_DIR;
}
inline std::string SharedDir() {
  return DYAD_SHARED_DIR;
}

// Each line of a command's JSON Lines output, parsed.
inline std::vector<nlohmann::json> JsonLines(const std::string& out) {
  std::vector<nlohmann::json> rows;
  std::istringstream lines(out);
  for (std::string line; std::getline(lines, line);) rows.push_back(nlohmann::json::parse(line));
  return rows;
}

// A fixture with examples/corpus ingested (coded, with quotes) into a store
// of the test's own: db_, and the ingest's JSON summary in summary_.
class IngestedCorpusTest : public ::testing::Test {
 protected:
  void SetUp() override {
    db_ = dir_ / "store.db";
    auto r =
        RunDyad({"--db", db_, "ingest", "--json", "-q", SourceDir() + "/examples/corpus"}, dir_);
    ASSERT_LE(r.exit_code, 1) << r.err;
    summary_ = nlohmann::json::parse(r.out);
  }

  ScratchDir dir_;
  std::string db_;
  nlohmann::json summary_;
};

}  // namespace dyad::testing

#endif  // DYAD_TESTS_TEST_UTIL_H_
