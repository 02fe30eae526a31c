// Tests for the SQLite store: round trips, idempotent re-insertion, sources,
// filters, id prefixes, schema versioning, and that a failed batch stores
// nothing.
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <filesystem>
#include <string>

#include "dyad/store.h"

namespace dyad {
namespace {

namespace fs = std::filesystem;

class SqliteStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("dyad_store_test_" + std::to_string(::getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    path_ = (dir_ / "test.db").string();
  }
  void TearDown() override { fs::remove_all(dir_); }

  static ArticleRecord Record(std::string id, std::string outlet, std::string published,
                              std::string text, std::string source = "a.txt") {
    ArticleRecord r;
    r.id = std::move(id);
    r.article.title = "Title of " + r.id;
    r.article.title_source = FieldSource::kJsonLd;
    r.article.outlet = std::move(outlet);
    r.article.outlet_source = FieldSource::kMetaTag;
    r.article.published = std::move(published);
    r.article.published_source = FieldSource::kTimeElement;
    r.article.published_evidence = "evidence";
    r.article.text = std::move(text);
    Paragraph p;
    p.span = {0, static_cast<uint32_t>(r.article.text.size())};
    p.raw = {5, 5 + p.span.end};
    r.article.paragraphs.push_back(p);
    r.article.boilerplate_blocks = 2;
    r.article.boilerplate_chars = 40;
    Sentence s;
    s.begin = 0;
    s.end = static_cast<uint32_t>(r.article.text.size());
    s.paragraph = 0;
    s.headline = true;
    r.sentences.push_back(s);
    r.source = std::move(source);
    r.locator = "";
    return r;
  }

  fs::path dir_;
  std::string path_;
};

TEST_F(SqliteStoreTest, RoundTripsAnArticle) {
  auto store = OpenSqliteStore(path_);
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  auto put = (*store)->PutArticles({Record("0123456789abcdef", "DW", "2024-07-10", "Hello.")});
  ASSERT_TRUE(put.ok()) << put.status().ToString();
  EXPECT_EQ(put->inserted, 1u);
  EXPECT_EQ(put->already_present, 0u);

  auto got = (*store)->GetArticle("0123456789abcdef");
  ASSERT_TRUE(got.ok()) << got.status().ToString();
  EXPECT_EQ(got->article.title, "Title of 0123456789abcdef");
  EXPECT_EQ(got->article.title_source, FieldSource::kJsonLd);
  EXPECT_EQ(got->article.outlet, "DW");
  EXPECT_EQ(got->article.outlet_source, FieldSource::kMetaTag);
  EXPECT_EQ(got->article.published, "2024-07-10");
  EXPECT_EQ(got->article.published_source, FieldSource::kTimeElement);
  EXPECT_EQ(got->article.text, "Hello.");
  ASSERT_EQ(got->article.paragraphs.size(), 1u);
  EXPECT_EQ(got->article.paragraphs[0].raw.begin, 5u);
  EXPECT_EQ(got->article.boilerplate_chars, 40u);
  ASSERT_EQ(got->sentences.size(), 1u);
  EXPECT_EQ(got->sentences[0].end, 6u);
  EXPECT_TRUE(got->sentences[0].headline);
  ASSERT_EQ(got->sources.size(), 1u);
  EXPECT_EQ(got->sources[0].source, "a.txt");
}

TEST_F(SqliteStoreTest, ReinsertingIsANoOpButRecordsNewSources) {
  auto store = OpenSqliteStore(path_);
  ASSERT_TRUE(store.ok());
  auto rec = Record("00000000000000aa", "CNN", "2024-07-11", "Text.");
  ASSERT_TRUE((*store)->PutArticles({rec}).ok());
  auto again = (*store)->PutArticles({rec});
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again->inserted, 0u);
  EXPECT_EQ(again->already_present, 1u);
  rec.source = "b.jsonl";
  rec.locator = "line 3";
  ASSERT_TRUE((*store)->PutArticles({rec}).ok());

  auto stats = (*store)->Stats();
  ASSERT_TRUE(stats.ok());
  EXPECT_EQ(stats->articles, 1u);
  EXPECT_EQ(stats->sources, 2u);
  auto got = (*store)->GetArticle("00000000000000aa");
  ASSERT_TRUE(got.ok());
  ASSERT_EQ(got->sources.size(), 2u);
}

TEST_F(SqliteStoreTest, ListsWithFiltersNewestFirst) {
  auto store = OpenSqliteStore(path_);
  ASSERT_TRUE(store.ok());
  ASSERT_TRUE((*store)
                  ->PutArticles({Record("000000000000000a", "CNN", "2024-07-10", "one"),
                                 Record("000000000000000b", "DW", "2024-07-12T08:00:00Z", "two"),
                                 Record("000000000000000c", "cnn", "2024-07-14", "three"),
                                 Record("000000000000000d", "DW", "", "undated")})
                  .ok());
  auto all = (*store)->ListArticles({});
  ASSERT_TRUE(all.ok());
  ASSERT_EQ(all->size(), 4u);
  EXPECT_EQ((*all)[0].id, "000000000000000c");
  EXPECT_EQ((*all)[3].id, "000000000000000d");

  ArticleFilter cnn;
  cnn.outlet = "CNN";
  auto by_outlet = (*store)->ListArticles(cnn);
  ASSERT_TRUE(by_outlet.ok());
  EXPECT_EQ(by_outlet->size(), 2u);

  ArticleFilter window;
  window.from = "2024-07-11";
  window.to = "2024-07-12";
  auto in_window = (*store)->ListArticles(window);
  ASSERT_TRUE(in_window.ok());
  ASSERT_EQ(in_window->size(), 1u);
  EXPECT_EQ((*in_window)[0].id, "000000000000000b");

  ArticleFilter page;
  page.limit = 2;
  page.offset = 1;
  auto paged = (*store)->ListArticles(page);
  ASSERT_TRUE(paged.ok());
  ASSERT_EQ(paged->size(), 2u);
  EXPECT_EQ((*paged)[0].id, "000000000000000b");

  auto stats = (*store)->Stats();
  ASSERT_TRUE(stats.ok());
  EXPECT_EQ(stats->first_published, "2024-07-10");
  EXPECT_EQ(stats->last_published, "2024-07-14");
  EXPECT_EQ(stats->outlets, 3u);  // "CNN" and "cnn" are stored as given
}

TEST_F(SqliteStoreTest, FindsByUniquePrefixOnly) {
  auto store = OpenSqliteStore(path_);
  ASSERT_TRUE(store.ok());
  ASSERT_TRUE((*store)
                  ->PutArticles({Record("abcd000000000001", "X", "", "one"),
                                 Record("abcd000000000002", "X", "", "two"),
                                 Record("ef01000000000000", "X", "", "three")})
                  .ok());
  EXPECT_TRUE((*store)->GetArticle("ef01").ok());
  EXPECT_TRUE((*store)->GetArticle("EF01").ok());
  EXPECT_TRUE((*store)->GetArticle("abcd").status().IsInvalidArgument());
  EXPECT_TRUE((*store)->GetArticle("abc").status().IsInvalidArgument());
  EXPECT_TRUE((*store)->GetArticle("zzzz").status().IsInvalidArgument());
  EXPECT_TRUE((*store)->GetArticle("9999").status().IsNotFound());
  auto c = (*store)->Contains("abcd000000000002");
  ASSERT_TRUE(c.ok());
  EXPECT_TRUE(*c);
}

TEST_F(SqliteStoreTest, PersistsAcrossReopenAndReadOnly) {
  {
    auto store = OpenSqliteStore(path_);
    ASSERT_TRUE(store.ok());
    ASSERT_TRUE((*store)->PutArticles({Record("1111111111111111", "X", "", "kept")}).ok());
  }
  StoreOptions ro;
  ro.read_only = true;
  auto store = OpenSqliteStore(path_, ro);
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  auto got = (*store)->GetArticle("1111111111111111");
  ASSERT_TRUE(got.ok());
  EXPECT_EQ(got->article.text, "kept");
  EXPECT_FALSE((*store)->PutArticles({Record("2222222222222222", "X", "", "no")}).ok());
}

TEST_F(SqliteStoreTest, MissingFileWithoutCreateIsNotFound) {
  StoreOptions opts;
  opts.create_if_missing = false;
  auto store = OpenSqliteStore((dir_ / "absent.db").string(), opts);
  EXPECT_FALSE(store.ok());
}

TEST_F(SqliteStoreTest, RefusesANewerSchema) {
  {
    auto store = OpenSqliteStore(path_);
    ASSERT_TRUE(store.ok());
  }
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path_.c_str(), &db), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(db, "PRAGMA user_version = 999", nullptr, nullptr, nullptr), SQLITE_OK);
  sqlite3_close(db);
  auto store = OpenSqliteStore(path_);
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(store.status().code(), Status::Code::kUnsupported);
}

TEST_F(SqliteStoreTest, AFailedBatchStoresNothing) {
  auto store = OpenSqliteStore(path_);
  ASSERT_TRUE(store.ok());
  // A second connection holds the write lock, so the batch cannot commit.
  sqlite3* other = nullptr;
  ASSERT_EQ(sqlite3_open(path_.c_str(), &other), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(other, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), SQLITE_OK);
  StoreOptions quick;
  quick.busy_timeout_ms = 50;
  auto blocked = OpenSqliteStore(path_, quick);
  ASSERT_TRUE(blocked.ok());
  auto put = (*blocked)->PutArticles({Record("3333333333333333", "X", "", "lost")});
  EXPECT_FALSE(put.ok());
  sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr);
  sqlite3_close(other);
  auto c = (*store)->Contains("3333333333333333");
  ASSERT_TRUE(c.ok());
  EXPECT_FALSE(*c);
}

}  // namespace
}  // namespace dyad
