// Tests for the provenance the store keeps: fingerprints and links round
// trip (spans, kinds, rules, scores), groups and originals are recomputed
// as links arrive (a later link joining two groups makes one), partial
// links join no group, putting a link twice keeps one, an unknown article
// fails its batch, ArticleStates tells which articles are fingerprinted,
// and a version-3 file migrates with its articles not yet fingerprinted.
#include <gtest/gtest.h>

#include <string>

#include "dyad/store.h"
#include "store/copy_rows.h"
#include "store/schema.h"
#include "store/sqlite_handle.h"
#include "store/store_test_base.h"

namespace dyad {
namespace {

class CopyStoreTest : public StoreTestBase {
 protected:
  // An article record with `id`, `published` and a text of `words` words.
  static ArticleRecord Record(const std::string& id, const std::string& published, int words) {
    ArticleRecord r;
    r.id = id;
    r.article.title = "T" + id;
    r.article.published = published;
    r.article.outlet = "Outlet " + id;
    for (int i = 0; i < words; ++i) r.article.text += "word ";
    r.source = "test";
    return r;
  }

  static ArticleCopies Copies(const std::string& id, uint32_t words,
                              std::vector<StoredCopyLink> links = {}) {
    ArticleCopies c;
    c.article = id;
    c.fingerprint.content_hash = 0xF000000000000001ull;  // above 2^63: stored signed
    c.fingerprint.words = words;
    c.fingerprint.word_sketch = {1, 2, 0xFFFFFFFFu};
    c.fingerprint.skeleton_sketch = {7, 8};
    c.fingerprint.anchors = {42};
    c.links = std::move(links);
    return c;
  }

  static StoredCopyLink Link(const std::string& other, CopyKind kind, const std::string& rule) {
    StoredCopyLink l;
    l.other = other;
    l.kind = kind;
    l.rule = rule;
    l.coverage_article = 0.75;
    l.coverage_other = 0.5;
    l.identity = 0.9;
    l.passages = {{{0, 10}, {5, 15}}, {{20, 30}, {25, 40}}};
    l.changed_words = 3;
    return l;
  }

  void PutArticles(Store& store, int n) {
    std::vector<ArticleRecord> batch;
    for (int i = 1; i <= n; ++i) {
      batch.push_back(
          Record("aaaa00000000000" + std::to_string(i), "2024-05-0" + std::to_string(i), 10 + i));
    }
    ASSERT_TRUE(store.PutArticles(batch).ok());
  }
};

const std::string kA1 = "aaaa000000000001", kA2 = "aaaa000000000002", kA3 = "aaaa000000000003",
                  kA4 = "aaaa000000000004";

TEST_F(CopyStoreTest, FingerprintsAndLinksRoundTrip) {
  auto store = Open();
  ASSERT_NE(store, nullptr);
  PutArticles(*store, 3);
  auto put = store->PutCopyLinks(
      {Copies(kA1, 11), Copies(kA2, 12, {Link(kA1, CopyKind::kSpun, "whole-skeleton")})});
  ASSERT_TRUE(put.ok()) << put.status().ToString();
  EXPECT_EQ(*put, 1u);
  std::vector<std::string> ids;
  auto fps = store->CopyFingerprints(&ids);
  ASSERT_TRUE(fps.ok());
  ASSERT_EQ(ids, (std::vector<std::string>{kA1, kA2}));
  EXPECT_EQ((*fps)[0].content_hash, 0xF000000000000001ull);
  EXPECT_EQ((*fps)[1].words, 12u);
  EXPECT_EQ((*fps)[0].word_sketch, (std::vector<uint32_t>{1, 2, 0xFFFFFFFFu}));
  EXPECT_EQ((*fps)[0].skeleton_sketch, (std::vector<uint32_t>{7, 8}));
  EXPECT_EQ((*fps)[0].anchors, (std::vector<uint32_t>{42}));
  for (const std::string& query : {kA1, kA2.substr(0, 16), std::string()}) {
    auto links = store->QueryCopies(query);
    ASSERT_TRUE(links.ok()) << links.status().ToString();
    ASSERT_EQ(links->size(), 1u) << query;
    const StoredCopyLink& l = (*links)[0];
    EXPECT_EQ(l.article, kA2);
    EXPECT_EQ(l.other, kA1);
    EXPECT_EQ(l.kind, CopyKind::kSpun);
    EXPECT_EQ(l.rule, "whole-skeleton");
    EXPECT_DOUBLE_EQ(l.coverage_article, 0.75);
    EXPECT_DOUBLE_EQ(l.coverage_other, 0.5);
    EXPECT_DOUBLE_EQ(l.identity, 0.9);
    EXPECT_EQ(l.changed_words, 3u);
    ASSERT_EQ(l.passages.size(), 2u);
    EXPECT_EQ(l.passages[1].other.begin, 20u);
    EXPECT_EQ(l.passages[1].article.end, 40u);
  }
  auto none = store->QueryCopies(kA3);
  ASSERT_TRUE(none.ok());
  EXPECT_TRUE(none->empty());
  auto states = store->ArticleStates({kA1, kA3});
  ASSERT_TRUE(states.ok());
  EXPECT_TRUE((*states)[0].copies);
  EXPECT_FALSE((*states)[1].copies);
  auto stats = store->Stats();
  ASSERT_TRUE(stats.ok());
  EXPECT_EQ(stats->copy_links, 1u);
  EXPECT_EQ(stats->copy_groups, 1u);
  EXPECT_EQ(stats->fingerprinted_articles, 2u);
  // Putting the same link again replaces it.
  ASSERT_TRUE(store->PutCopyLinks({Copies(kA2, 12, {Link(kA1, CopyKind::kSpun, "again")})}).ok());
  auto again = store->QueryCopies("");
  ASSERT_TRUE(again.ok());
  ASSERT_EQ(again->size(), 1u);
  EXPECT_EQ((*again)[0].rule, "again");
}

TEST_F(CopyStoreTest, GroupsAndOriginalsFollowWholeArticleLinks) {
  auto store = Open();
  ASSERT_NE(store, nullptr);
  PutArticles(*store, 4);
  // 2 copies 1 partially: no group; 1 is its own original.
  ASSERT_TRUE(
      store
          ->PutCopyLinks({Copies(kA1, 11),
                          Copies(kA2, 12, {Link(kA1, CopyKind::kPartial, "passages-reused")})})
          .ok());
  auto groups = store->CopyGroups();
  ASSERT_TRUE(groups.ok());
  EXPECT_TRUE(groups->empty());
  auto alone = store->OriginalOf(kA1);
  ASSERT_TRUE(alone.ok());
  EXPECT_EQ(alone->original, kA1);
  EXPECT_EQ(alone->rule, "only-member");
  // 4 syndicates 3: a group whose original is the earlier (3, May 3rd).
  ASSERT_TRUE(
      store
          ->PutCopyLinks(
              {Copies(kA3, 13), Copies(kA4, 14, {Link(kA3, CopyKind::kSyndicated, "same-words")})})
          .ok());
  auto of4 = store->OriginalOf(kA4);
  ASSERT_TRUE(of4.ok()) << of4.status().ToString();
  EXPECT_EQ(of4->original, kA3);
  EXPECT_EQ(of4->rule, "earliest-published");
  EXPECT_EQ(of4->members, (std::vector<std::string>{kA3, kA4}));
  // A later spun link from 3 to 1 joins 1 to the group: 1 is now the original.
  ASSERT_TRUE(store->PutCopyLinks({Copies(kA3, 13, {Link(kA1, CopyKind::kSpun, "spun")})}).ok());
  groups = store->CopyGroups();
  ASSERT_TRUE(groups.ok());
  ASSERT_EQ(groups->size(), 1u);
  EXPECT_EQ((*groups)[0].original, kA1);
  EXPECT_EQ((*groups)[0].members, (std::vector<std::string>{kA1, kA3, kA4}));
  auto of2 = store->OriginalOf(kA2);
  ASSERT_TRUE(of2.ok());
  EXPECT_EQ(of2->original, kA2);  // partial reuse joins no group
}

TEST_F(CopyStoreTest, AnUnknownArticleFailsItsBatch) {
  auto store = Open();
  ASSERT_NE(store, nullptr);
  PutArticles(*store, 1);
  auto put = store->PutCopyLinks(
      {Copies(kA1, 11), Copies("bbbb000000000009", 3, {Link(kA1, CopyKind::kNear, "x")})});
  EXPECT_FALSE(put.ok());
  put = store->PutCopyLinks({Copies(kA1, 11, {Link("bbbb000000000009", CopyKind::kNear, "x")})});
  EXPECT_FALSE(put.ok());
  std::vector<std::string> ids;
  auto fps = store->CopyFingerprints(&ids);
  ASSERT_TRUE(fps.ok());
  EXPECT_TRUE(fps->empty());
  EXPECT_FALSE(store->OriginalOf("bbbb000000000009").ok());
}

TEST_F(CopyStoreTest, MigratesAVersionThreeFile) {
  {
    auto db = OldFile(3);
    ASSERT_NE(db, nullptr);
    ASSERT_TRUE(
        db->Exec("INSERT INTO articles (id, title, title_source, published, published_source, "
                 "published_evidence, outlet, outlet_source, byline, url, language, text, "
                 "paragraphs, sentences, sentence_count, boilerplate_blocks, boilerplate_chars, "
                 "encoding_repairs, ingested_at, quoted) VALUES ('aaaa000000000001', 'Old', "
                 "'none', '2024-05-01', 'none', '', 'Wire', 'none', '', '', 'en', 'Some text.', "
                 "x'', x'', 0, 0, 0, 0, '2024-05-01T00:00:00Z', 1)")
            .ok());
  }
  auto store = Open();
  ASSERT_NE(store, nullptr);
  auto states = store->ArticleStates({kA1});
  ASSERT_TRUE(states.ok());
  EXPECT_TRUE((*states)[0].stored);
  EXPECT_TRUE((*states)[0].quoted);
  EXPECT_FALSE((*states)[0].copies);
  auto of = store->OriginalOf(kA1);
  ASSERT_TRUE(of.ok());
  EXPECT_EQ(of->original, kA1);
  ASSERT_TRUE(store->PutCopyLinks({Copies(kA1, 2)}).ok());
  store.reset();
  EXPECT_EQ(FileVersion(), store::kSchemaVersion);
}

TEST(Uint32BlobTest, RoundTripsAndRejectsATruncatedBlob) {
  const std::vector<uint32_t> values = {0, 1, 0x01020304u, 0xFFFFFFFFu};
  const std::string blob = store::EncodeUint32s(values);
  EXPECT_EQ(blob.size(), 16u);
  EXPECT_EQ(blob[8], '\x04');  // little-endian
  std::vector<uint32_t> back;
  ASSERT_TRUE(store::DecodeUint32s(blob, &back).ok());
  EXPECT_EQ(back, values);
  EXPECT_FALSE(store::DecodeUint32s(blob.substr(0, 7), &back).ok());
}

}  // namespace
}  // namespace dyad

namespace dyad {
namespace {

StoredEvent Event(const std::string& article, int32_t date, const std::string& source,
                  const std::string& code, const std::string& target) {
  StoredEvent e;
  e.article = article;
  e.date = date;
  e.source.code = source;
  e.code = code;
  e.target.code = target;
  return e;
}

TEST(FoldCopiesTest, CopiesCountOnceAndIndependentReportsTwice) {
  // o1 is the original of c1 (undated) and c2; x is another outlet's own story.
  const std::vector<StoredCopyGroup> groups = {{"o1", "earliest-published", {"c1", "c2", "o1"}}};
  const std::vector<StoredEvent> events = {
      Event("c1", 0, "USA", "042", "CHN"),        Event("c2", 20240501, "USA", "042", "CHN"),
      Event("o1", 20240501, "USA", "042", "CHN"), Event("x", 20240501, "USA", "042", "CHN"),
      Event("x", 20240501, "CHN", "111", "USA"),  Event("o1", 20240502, "USA", "042", "CHN"),
  };
  const auto folded = FoldCopies(events, groups);
  ASSERT_EQ(folded.size(), 2u);
  EXPECT_EQ(folded[0].event.article, "o1");  // the original's report
  EXPECT_EQ(folded[0].event.date, 20240501);
  EXPECT_EQ(folded[0].sources, 2u);   // the group and x
  EXPECT_EQ(folded[0].articles, 4u);  // c1, c2, o1, x
  EXPECT_EQ(folded[1].event.code, "111");
  EXPECT_EQ(folded[1].sources, 1u);
  EXPECT_EQ(folded[1].articles, 1u);
  // Without groups every article is its own source.
  const auto alone = FoldCopies(events, {});
  ASSERT_EQ(alone.size(), 3u);  // c1's undated report stands alone
  EXPECT_EQ(alone[0].event.article, "c1");
  EXPECT_EQ(alone[1].event.date, 20240501);
  EXPECT_EQ(alone[1].sources, 3u);  // c2, o1, x
}

}  // namespace
}  // namespace dyad
