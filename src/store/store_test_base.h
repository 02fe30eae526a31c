// Internal to the store tests: a fixture with a scratch directory per test,
// the path of a store file in it, a coder run to tag events with, Open(),
// and for migration tests OldFile() and FileVersion().
#ifndef DYAD_STORE_STORE_TEST_BASE_H_
#define DYAD_STORE_STORE_TEST_BASE_H_

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <memory>
#include <string>

#include "dyad/store.h"
#include "store/schema.h"
#include "store/sqlite_handle.h"

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

  // A new file at path_ with the schema of `version`, as an older dyad
  // wrote it, for migration tests; nullptr (and a failure) on error.
  std::unique_ptr<store::Database> OldFile(int version) {
    auto db = store::Database::Open(path_, false, true);
    EXPECT_TRUE(db.ok()) << db.status().ToString();
    if (!db.ok()) return nullptr;
    auto v = store::Migrate(**db, false, version);
    EXPECT_TRUE(v.ok() && *v == version) << v.status().ToString();
    return v.ok() ? std::move(db).value() : nullptr;
  }

  // The schema version of the file at path_ (PRAGMA user_version), or -1.
  int FileVersion() {
    auto db = store::Database::Open(path_, true, false);
    if (!db.ok()) return -1;
    auto version = (*db)->Prepare("PRAGMA user_version");
    if (!version.ok() || !version->Step()) return -1;
    return static_cast<int>(version->Int(0));
  }

  std::filesystem::path dir_;
  std::string path_;
  CoderRun run_;
};

}  // namespace dyad

#endif  // DYAD_STORE_STORE_TEST_BASE_H_
