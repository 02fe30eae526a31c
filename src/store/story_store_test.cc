// Tests of the story tables: vectors round-trip bit for bit, a batch and the
// clusterer's state come back as written (members by story, then arrival),
// story rows are recounted from their members, filters select, a batch
// naming an unknown article changes nothing, and a file of schema version 4
// migrates and takes stories.
#include <gtest/gtest.h>

#include <cmath>
#include <cstring>

#include "store/store_test_base.h"
#include "store/story_rows.h"

namespace dyad {
namespace {

ArticleRecord Record(const std::string& title, const std::string& outlet,
                     const std::string& published) {
  ArticleRecord r;
  r.article.title = title;
  r.article.outlet = outlet;
  r.article.published = published;
  r.article.text = title + ": the text of the article, written by " + outlet + ".";
  r.id = ArticleId(r.article);
  return r;
}

ArticleStory Row(const ArticleRecord& r, uint32_t story, const std::string& rule, int32_t date) {
  ArticleStory a;
  a.article = r.id;
  a.story = story;
  a.rule = rule;
  a.similarity = rule == "joined-by-similarity" ? 0.4375 : 0;
  a.date = date;
  a.vector = {{0, 0.5f}, {2, 0.25f + story}, {7, 1.0f / 3}};
  return a;
}

class StoryStoreTest : public StoreTestBase {
 protected:
  void SetUp() override {
    StoreTestBase::SetUp();
    store_ = Open();
    ASSERT_NE(store_, nullptr);
    recs_ = {Record("Drills begin", "Wire", "2024-09-10"), Record("Drills go on", "Daily", ""),
             Record("Grain deal", "Wire", "2024-09-12"),
             Record("Drills end", "Post", "2024-09-14")};
    ASSERT_TRUE(store_->PutArticles(recs_).ok());
  }

  StoryBatch Batch() {
    StoryBatch b;
    b.articles = {
        Row(recs_[0], 0, "new-story", 20240910), Row(recs_[1], 0, "joined-by-similarity", 0),
        Row(recs_[2], 1, "new-story", 20240912), Row(recs_[3], 0, "copy-of-original", 20240914)};
    b.articles[3].copy_of = recs_[0].id;
    b.terms = {{0, "drill", 3}, {1, "@CHN", 1}, {2, "grain", 1}};
    b.counters = {4, 2};
    b.labels = {{0, "Drills begin", recs_[0].id, {"drill", "navy"}, {"CHN", "RUSMIL"}},
                {1, "Grain deal", recs_[2].id, {"grain"}, {"RUS"}}};
    return b;
  }

  std::unique_ptr<Store> store_;
  std::vector<ArticleRecord> recs_;
};

TEST(StoryVectorTest, RoundTripsExactlyAndRejectsATruncatedBlob) {
  const std::vector<std::pair<uint32_t, float>> v = {
      {0, 0.1f}, {0xFFFFFFFFu, -0.0f}, {42, std::nextafter(1.0f, 2.0f)}};
  const std::string blob = store::EncodeStoryVector(v);
  EXPECT_EQ(blob.size(), 24u);
  std::vector<std::pair<uint32_t, float>> back;
  ASSERT_TRUE(store::DecodeStoryVector(blob, &back).ok());
  ASSERT_EQ(back.size(), v.size());
  for (size_t i = 0; i < v.size(); ++i) {
    EXPECT_EQ(back[i].first, v[i].first);
    EXPECT_EQ(std::memcmp(&back[i].second, &v[i].second, 4), 0);  // bit for bit
  }
  EXPECT_FALSE(store::DecodeStoryVector(blob.substr(0, 20), &back).ok());
}

TEST_F(StoryStoreTest, BatchAndStateComeBackAsWritten) {
  ASSERT_TRUE(store_->PutStories(Batch()).ok());
  auto state = store_->LoadStoryState();
  ASSERT_TRUE(state.ok()) << state.status().ToString();
  EXPECT_EQ(state->counters.documents, 4u);
  EXPECT_EQ(state->counters.stories, 2u);
  ASSERT_EQ(state->terms.size(), 3u);
  EXPECT_EQ(state->terms[1].term, "@CHN");
  ASSERT_EQ(state->members.size(), 4u);
  std::vector<std::string> order;
  for (const auto& m : state->members) order.push_back(m.article.id);
  EXPECT_EQ(order, (std::vector<std::string>{recs_[0].id, recs_[1].id, recs_[3].id, recs_[2].id}));
  EXPECT_EQ(state->members[2].article.date, 20240914);
  EXPECT_EQ(state->members[2].article.outlet, "Post");
  EXPECT_EQ(state->members[2].vector, Batch().articles[3].vector);

  // A later batch changes a term's frequency and adds one.
  StoryBatch more;
  more.terms = {{0, "drill", 5}, {3, "navy", 1}};
  more.counters = {6, 2};
  ASSERT_TRUE(store_->PutStories(more).ok());
  state = store_->LoadStoryState();
  ASSERT_TRUE(state.ok());
  ASSERT_EQ(state->terms.size(), 4u);
  EXPECT_EQ(state->terms[0].df, 5u);
  EXPECT_EQ(state->counters.documents, 6u);
}

TEST_F(StoryStoreTest, StoriesAreRecountedFilteredAndShown) {
  ASSERT_TRUE(store_->PutStories(Batch()).ok());
  auto all = store_->QueryStories({});
  ASSERT_TRUE(all.ok()) << all.status().ToString();
  ASSERT_EQ(all->size(), 2u);
  const StoredStory& drills = (*all)[0];  // last day 2024-09-14: newest first
  EXPECT_EQ(drills.id, 0u);
  EXPECT_EQ(drills.label, "Drills begin");
  EXPECT_EQ(drills.label_article, recs_[0].id);
  EXPECT_EQ(drills.first_date, 20240910);  // the undated member does not count
  EXPECT_EQ(drills.last_date, 20240914);
  EXPECT_EQ(drills.articles, 3u);
  EXPECT_EQ(drills.outlets, 3u);
  EXPECT_EQ(drills.key_actors, (std::vector<std::string>{"CHN", "RUSMIL"}));

  StoryFilter f;
  f.actor = "rus";
  auto rus = store_->QueryStories(f);
  ASSERT_TRUE(rus.ok());
  EXPECT_EQ(rus->size(), 2u);  // RUSMIL and RUS
  f.actor = "CHN";
  EXPECT_EQ(store_->QueryStories(f)->size(), 1u);
  f = {};
  f.from = 20240913;
  EXPECT_EQ(store_->QueryStories(f)->size(), 1u);
  f = {};
  f.to = 20240911;
  EXPECT_EQ(store_->QueryStories(f)->size(), 1u);
  f = {};
  f.limit = 1;
  EXPECT_EQ(store_->QueryStories(f)->size(), 1u);
  f = {};
  f.actor = "C'N";
  EXPECT_TRUE(store_->QueryStories(f).status().IsInvalidArgument());

  auto one = store_->GetStory(0);
  ASSERT_TRUE(one.ok()) << one.status().ToString();
  ASSERT_EQ(one->members.size(), 3u);
  EXPECT_EQ(one->members[0].article, recs_[0].id);  // by date, undated last
  EXPECT_EQ(one->members[1].rule, "copy-of-original");
  EXPECT_EQ(one->members[1].joined_via, recs_[0].id);
  EXPECT_EQ(one->members[2].rule, "joined-by-similarity");
  EXPECT_DOUBLE_EQ(one->members[2].similarity, 0.4375);
  EXPECT_EQ(one->outlet_names, (std::vector<std::string>{"Daily", "Post", "Wire"}));
  EXPECT_TRUE(store_->GetStory(7).status().IsNotFound());

  auto stats = store_->Stats();
  ASSERT_TRUE(stats.ok());
  EXPECT_EQ(stats->stories, 2u);
  EXPECT_EQ(stats->storied_articles, 4u);
  ASSERT_TRUE(store_->ClearStories().ok());
  EXPECT_EQ(store_->Stats()->stories, 0u);
  EXPECT_TRUE(store_->LoadStoryState()->members.empty());
}

TEST_F(StoryStoreTest, UnknownArticleChangesNothing) {
  StoryBatch b = Batch();
  b.articles[2].article = "00000000deadbeef";
  Status s = store_->PutStories(b);
  EXPECT_TRUE(s.IsNotFound()) << s.ToString();
  EXPECT_EQ(store_->Stats()->storied_articles, 0u);
  EXPECT_TRUE(store_->LoadStoryState()->terms.empty());
}

TEST_F(StoryStoreTest, InputsAreWhatTheClustererReads) {
  ASSERT_TRUE(store_->PutStories(Batch()).ok());
  auto in = store_->StoryInputs({recs_[2].id, "ffffffffffffffff", recs_[0].id, recs_[2].id});
  ASSERT_TRUE(in.ok()) << in.status().ToString();
  ASSERT_EQ(in->size(), 2u);  // unknown skipped, repeat once, arrival order
  EXPECT_EQ((*in)[0].id, recs_[0].id);
  EXPECT_EQ((*in)[0].story, 0);
  EXPECT_EQ((*in)[0].text, recs_[0].article.text);
  EXPECT_EQ((*in)[1].published, "2024-09-12");
  auto after = store_->StoryInputsAfter((*in)[0].seq, 2);
  ASSERT_TRUE(after.ok());
  ASSERT_EQ(after->size(), 2u);
  EXPECT_EQ((*after)[0].id, recs_[1].id);
  EXPECT_EQ((*after)[1].id, recs_[2].id);
}

TEST_F(StoryStoreTest, Version4FileMigratesWithoutStories) {
  store_.reset();
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path_ + suffix);
  ASSERT_NE(OldFile(4), nullptr);
  store_ = Open();
  ASSERT_NE(store_, nullptr);
  ASSERT_TRUE(store_->PutArticles(recs_).ok());
  EXPECT_EQ(store_->Stats()->stories, 0u);
  ASSERT_TRUE(store_->PutStories(Batch()).ok());
  EXPECT_EQ(FileVersion(), store::kSchemaVersion);
}

}  // namespace
}  // namespace dyad
