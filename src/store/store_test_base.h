// Internal to the store tests: a fixture with a scratch directory per test,
// the path of a store file in it, a coder run to tag events with, and Open().
#ifndef DYAD_STORE_STORE_TEST_BASE_H_
#define DYAD_STORE_STORE_TEST_BASE_H_

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <memory>
#include <string>

#include "dyad/store.h"

namespace dyad {

class StoreTestBase : public ::testing::Test {
 protected:
  void SetUp() override {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    dir_ = std::filesystem::temp_directory_path() /
           ("dyad_store_test_" + std::to_string(::getpid()) + "_" + info->test_suite_name() + "_" +
            info->name());
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
    path_ = (dir_ / "test.db").string();
    run_.fingerprint = "0123456789abcdef";
    run_.dictionaries = {"data/dictionaries/countries.txt", "data/dictionaries/verbs.txt"};
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  // The store at path_, created when missing; nullptr (and a failure) if it
  // cannot be opened.
  std::unique_ptr<Store> Open() {
    auto store = OpenSqliteStore(path_);
    EXPECT_TRUE(store.ok()) << store.status().ToString();
    return store.ok() ? std::move(store).value() : nullptr;
  }

  std::filesystem::path dir_;
  std::string path_;
  CoderRun run_;
};

}  // namespace dyad

#endif  // DYAD_STORE_STORE_TEST_BASE_H_
