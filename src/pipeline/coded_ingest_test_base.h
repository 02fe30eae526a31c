// Internal to the pipeline tests: a fixture with dyad's default dictionaries
// (loaded once per suite), a scratch directory per test, a coder run to tag
// events with, and Ingest().
#ifndef DYAD_PIPELINE_CODED_INGEST_TEST_BASE_H_
#define DYAD_PIPELINE_CODED_INGEST_TEST_BASE_H_

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <string>
#include <vector>

#include "dyad/dictionary.h"
#include "dyad/pipeline.h"
#include "dyad/store.h"

namespace dyad {

class CodedIngestTestBase : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    std::vector<DictionaryProblem> problems;
    auto dict =
        LoadDefaultDictionaries(std::string(DYAD_SOURCE_DIR) + "/data/dictionaries", &problems);
    ASSERT_TRUE(dict.ok()) << dict.status().ToString();
    dict_ = new Dictionary(std::move(dict).value());
    dict_->BuildIndexes();
  }
  static void TearDownTestSuite() {
    delete dict_;
    dict_ = nullptr;
  }
  void SetUp() override {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    dir_ = std::filesystem::temp_directory_path() /
           ("dyad_pipeline_test_" + std::to_string(::getpid()) + "_" + info->test_suite_name() +
            "_" + info->name());
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
    run_.fingerprint = "00000000000000aa";
    run_.dictionaries = {"default"};
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  // Ingests `input` into the store `db` (created when missing) with
  // `coder` (nullptr: no coding) and quotes on or off; *summary gets what
  // RunIngest reported.
  std::unique_ptr<Store> Ingest(const std::string& db, const std::string& input, uint32_t threads,
                                uint32_t batch, const Coder* coder, IngestSummary* summary,
                                bool quotes = true) {
    auto store = OpenSqliteStore(db);
    EXPECT_TRUE(store.ok()) << store.status().ToString();
    IngestOptions opts;
    opts.threads = threads;
    opts.batch_size = batch;
    opts.coder = coder;
    opts.coder_run = run_;
    opts.quotes = quotes;
    auto s = RunIngest({input}, **store, opts);
    EXPECT_TRUE(s.ok()) << s.status().ToString();
    if (s.ok()) *summary = *s;
    return std::move(store).value();
  }

  static inline Dictionary* dict_ = nullptr;
  std::filesystem::path dir_;
  CoderRun run_;
};

}  // namespace dyad

#endif  // DYAD_PIPELINE_CODED_INGEST_TEST_BASE_H_
