// Tests for the events the store keeps: migration of a version-1 file,
// round trips of every field, idempotent writes, negated events skipped,
// ReplaceEvents, filter semantics (code prefixes, aliases, dates, CAMEO
// roots, articles), and that every filtered query searches an index
// (EXPLAIN QUERY PLAN).
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <set>
#include <string>

#include "dyad/store.h"
#include "store/event_rows.h"
#include "store/schema.h"
#include "store/sqlite_handle.h"
#include "store/store_test_base.h"

namespace dyad {
namespace {

namespace fs = std::filesystem;

// "Alpha met Beta. Gamma hit Delta." as the text every test article has.
constexpr std::string_view kText = "Alpha met Beta. Gamma hit Delta.";

class EventStoreTest : public StoreTestBase {
 protected:
  static StoredEvent Event(std::string source, std::string code, std::string target, int32_t date,
                           uint32_t sentence = 0) {
    StoredEvent e;
    e.sentence = sentence;
    e.date = date;
    e.source.code = std::move(source);
    e.source.country = e.source.code.substr(0, 3);
    e.source.agent = e.source.code.size() > 3 ? e.source.code.substr(3) : "";
    e.source.name = "Alpha";
    e.source.span = {sentence == 0 ? 0u : 16u, sentence == 0 ? 5u : 21u};
    e.source.entries = {"countries.txt:3", "agents.txt:9"};
    if (!target.empty()) {
      e.target.code = std::move(target);
      e.target.country = e.target.code.substr(0, 3);
      e.target.name = "Beta";
      e.target.span = {sentence == 0 ? 10u : 26u, sentence == 0 ? 14u : 31u};
      e.target.entries = {"countries.txt:7"};
    }
    e.code = std::move(code);
    e.root = e.code.substr(0, 2);
    e.quad_class = 3;
    e.goldstein = -4.5;
    e.sentence_span = sentence == 0 ? Span{0, 15} : Span{16, 32};
    e.verb = sentence == 0 ? Span{6, 9} : Span{22, 25};
    e.verb_entry = "verbs.txt:120";
    e.pattern_entry = "verbs.txt:122";
    e.paired = true;
    e.intent = true;
    e.asserted_code = "190";
    return e;
  }

  static ArticleRecord Record(std::string id, std::string published,
                              std::vector<StoredEvent> events) {
    ArticleRecord r;
    r.id = std::move(id);
    r.article.title = "Title";
    r.article.published = std::move(published);
    r.article.outlet = "Wire";
    r.article.text = std::string(kText);
    Paragraph p;
    p.span = {0, static_cast<uint32_t>(kText.size())};
    r.article.paragraphs.push_back(p);
    Sentence a, b;
    a.begin = 0, a.end = 15, b.begin = 16, b.end = 32;
    r.sentences = {a, b};
    r.source = "feed.jsonl";
    r.coded = true;
    r.events = std::move(events);
    return r;
  }

  // Three articles with events of several actors, codes and dates.
  void PutSample(Store& store) {
    std::vector<ArticleRecord> batch;
    batch.push_back(Record(
        "aaaa000000000001", "2024-05-01",
        {Event("CHN", "112", "USA", 20240501), Event("CHNGOV", "0231", "IGOWSTNAT", 20240430, 1)}));
    batch.push_back(
        Record("aaaa000000000002", "2024-05-03",
               {Event("CHNMIL", "190", "TWN", 20240503), Event("CHL", "11", "", 20240503, 1)}));
    batch.push_back(Record("bbbb000000000003", "2024-05-10",
                           {Event("IGOWSTNAT", "1121", "CHN", 20240510),
                            Event("USAGOV", "120", "CHNGOV", 20240511, 1)}));
    auto put = store.PutArticles(batch, &run_);
    ASSERT_TRUE(put.ok()) << put.status().ToString();
    EXPECT_EQ(put->events, 6u);
  }

  // (source code, CAMEO code) of what `filter` returns, in order.
  std::vector<std::string> Query(Store& store, EventFilter filter) {
    auto got = store.QueryEvents(filter);
    EXPECT_TRUE(got.ok()) << got.status().ToString();
    std::vector<std::string> out;
    if (got.ok())
      for (const StoredEvent& e : *got) out.push_back(e.source.code + " " + e.code);
    return out;
  }
};

TEST_F(EventStoreTest, MigratesAVersionOneFileKeepingItsArticles) {
  {
    auto db = OldFile(1);
    ASSERT_NE(db, nullptr);
    // A row as dyad with schema version 1 wrote it.
    ASSERT_TRUE(db->Exec("INSERT INTO articles (id, title, title_source, published, "
                         "published_source, published_evidence, outlet, outlet_source, byline, "
                         "url, language, text, paragraphs, sentences, sentence_count, "
                         "boilerplate_blocks, boilerplate_chars, encoding_repairs, ingested_at) "
                         "VALUES ('cccc000000000001', 'Old', 'none', '2023-01-02', 'none', '', "
                         "'Wire', 'none', '', '', 'en', 'Old text.', x'', x'', 0, 0, 0, 0, "
                         "'2023-01-02T00:00:00Z')")
                    .ok());
    auto events = db->Prepare("SELECT count(*) FROM sqlite_master WHERE name = 'events'");
    ASSERT_TRUE(events.ok());
    ASSERT_TRUE(events->Step());
    EXPECT_EQ(events->Int(0), 0);  // version 1 has no events table
  }
  auto store = Open();
  ASSERT_NE(store, nullptr);
  auto old = store->GetArticle("cccc000000000001");
  ASSERT_TRUE(old.ok()) << old.status().ToString();
  EXPECT_EQ(old->article.text, "Old text.");
  auto stats = store->Stats();
  ASSERT_TRUE(stats.ok());
  EXPECT_EQ(stats->events, 0u);
  EXPECT_EQ(stats->coded_articles, 0u);
  // The migrated file takes events, for old and new articles alike.
  auto replaced =
      store->ReplaceEvents({{"cccc000000000001", {Event("FRA", "042", "DEU", 0)}}}, run_);
  ASSERT_TRUE(replaced.ok()) << replaced.status().ToString();
  EXPECT_EQ(*replaced, 1u);
  store.reset();
  EXPECT_EQ(FileVersion(), store::kSchemaVersion);
}

TEST_F(EventStoreTest, RoundTripsEveryField) {
  auto store = Open();
  StoredEvent in = Event("CHNGOV", "0231", "IGOWSTNAT", 20240430, 1);
  ASSERT_TRUE(store->PutArticles({Record("aaaa000000000001", "2024-05-01", {in})}, &run_).ok());
  auto got = store->QueryEvents({});
  ASSERT_TRUE(got.ok()) << got.status().ToString();
  ASSERT_EQ(got->size(), 1u);
  const StoredEvent& e = (*got)[0];
  EXPECT_EQ(e.article, "aaaa000000000001");
  EXPECT_EQ(e.ordinal, 0u);
  EXPECT_EQ(e.sentence, 1u);
  EXPECT_EQ(e.date, 20240430);
  for (auto [a, b] : {std::pair{&e.source, &in.source}, {&e.target, &in.target}}) {
    EXPECT_EQ(a->code, b->code);
    EXPECT_EQ(a->country, b->country);
    EXPECT_EQ(a->agent, b->agent);
    EXPECT_EQ(a->name, b->name);
    EXPECT_EQ(a->span.begin, b->span.begin);
    EXPECT_EQ(a->span.end, b->span.end);
    EXPECT_EQ(a->entries, b->entries);
  }
  EXPECT_EQ(e.code, "0231");
  EXPECT_EQ(e.root, "02");
  EXPECT_EQ(e.quad_class, 3);
  EXPECT_DOUBLE_EQ(e.goldstein, -4.5);
  EXPECT_EQ(e.sentence_span.begin, 16u);
  EXPECT_EQ(e.sentence_span.end, 32u);
  EXPECT_EQ(e.verb.begin, 22u);
  EXPECT_EQ(e.verb.end, 25u);
  EXPECT_EQ(e.verb_entry, "verbs.txt:120");
  EXPECT_EQ(e.pattern_entry, "verbs.txt:122");
  EXPECT_TRUE(e.paired);
  EXPECT_TRUE(e.intent);
  EXPECT_EQ(e.asserted_code, "190");
  EXPECT_EQ(e.coder_run, run_.fingerprint);
  EXPECT_EQ(e.sentence_text, "Gamma hit Delta.");
  EXPECT_EQ(e.verb.view(kText), "hit");
}

TEST_F(EventStoreTest, WritingTheSameBatchTwiceAddsNoEvent) {
  auto store = Open();
  PutSample(*store);
  auto before = store->QueryEvents({});
  ASSERT_TRUE(before.ok());
  std::vector<ArticleRecord> again = {
      Record("aaaa000000000001", "2024-05-01", {Event("CHN", "112", "USA", 20240501)})};
  auto put = store->PutArticles(again, &run_);
  ASSERT_TRUE(put.ok());
  EXPECT_EQ(put->already_present, 1u);
  EXPECT_EQ(put->events, 0u);
  auto after = store->QueryEvents({});
  ASSERT_TRUE(after.ok());
  ASSERT_EQ(after->size(), before->size());
  for (size_t i = 0; i < after->size(); ++i) {
    EXPECT_EQ((*after)[i].article, (*before)[i].article);
    EXPECT_EQ((*after)[i].ordinal, (*before)[i].ordinal);
  }
  auto stats = store->Stats();
  ASSERT_TRUE(stats.ok());
  EXPECT_EQ(stats->events, 6u);
  EXPECT_EQ(stats->coded_articles, 3u);
}

TEST_F(EventStoreTest, CodesAKnownArticleStoredWithoutEvents) {
  auto store = Open();
  ArticleRecord r = Record("aaaa000000000001", "2024-05-01", {Event("CHN", "112", "USA", 0)});
  ASSERT_TRUE(store->PutArticles({r}).ok());  // no coder run: articles only
  EXPECT_EQ(store->Stats()->events, 0u);
  auto put = store->PutArticles({r}, &run_);
  ASSERT_TRUE(put.ok());
  EXPECT_EQ(put->events, 1u);
  EXPECT_EQ(store->Stats()->coded_articles, 1u);
}

TEST_F(EventStoreTest, NeverStoresNegatedEvents) {
  auto store = Open();
  StoredEvent denied = Event("RUS", "061", "UKR", 20240501);
  denied.negated = true;
  auto put = store->PutArticles(
      {Record("aaaa000000000001", "2024-05-01", {denied, Event("CHN", "112", "USA", 20240501)})},
      &run_);
  ASSERT_TRUE(put.ok());
  EXPECT_EQ(put->events, 1u);
  EXPECT_EQ(Query(*store, {}), (std::vector<std::string>{"CHN 112"}));
  auto replaced = store->ReplaceEvents({{"aaaa000000000001", {denied}}}, run_);
  ASSERT_TRUE(replaced.ok());
  EXPECT_EQ(*replaced, 0u);
  EXPECT_TRUE(Query(*store, {}).empty());
}

TEST_F(EventStoreTest, ReplaceEventsReplacesAndRefusesUnknownArticles) {
  auto store = Open();
  PutSample(*store);
  CoderRun other{"fedcba9876543210", {"fixed.txt"}};
  auto replaced =
      store->ReplaceEvents({{"aaaa000000000001", {Event("JPN", "040", "KOR", 20240501)}}}, other);
  ASSERT_TRUE(replaced.ok());
  EXPECT_EQ(*replaced, 1u);
  EXPECT_EQ(store->Stats()->events, 5u);
  EventFilter one;
  one.article = "aaaa000000000001";
  auto got = store->QueryEvents(one);
  ASSERT_TRUE(got.ok());
  ASSERT_EQ(got->size(), 1u);
  EXPECT_EQ((*got)[0].source.code, "JPN");
  EXPECT_EQ((*got)[0].coder_run, "fedcba9876543210");
  // Twice: the same.
  ASSERT_TRUE(
      store->ReplaceEvents({{"aaaa000000000001", {Event("JPN", "040", "KOR", 0)}}}, other).ok());
  EXPECT_EQ(store->Stats()->events, 5u);
  // An unknown id fails the whole batch.
  auto bad = store->ReplaceEvents(
      {{"aaaa000000000002", {}}, {"ffff000000000009", {Event("X", "01", "", 0)}}}, other);
  EXPECT_TRUE(bad.status().IsNotFound()) << bad.status().ToString();
  EXPECT_EQ(store->Stats()->events, 5u);
}

TEST_F(EventStoreTest, ActorFiltersMatchCodePrefixesAndAliases) {
  auto store = Open();
  PutSample(*store);
  EventFilter f;
  f.source = "chn";
  EXPECT_EQ(Query(*store, f), (std::vector<std::string>{"CHNGOV 0231", "CHN 112", "CHNMIL 190"}));
  f.source = "CHNGOV";
  EXPECT_EQ(Query(*store, f), (std::vector<std::string>{"CHNGOV 0231"}));
  f.source = "CH";
  EXPECT_EQ(Query(*store, f).size(), 4u);  // CHN, CHNGOV, CHNMIL, CHL
  f.source = "NATO";
  EXPECT_EQ(Query(*store, f), (std::vector<std::string>{"IGOWSTNAT 1121"}));
  f.source = "";
  f.target = "nato";
  EXPECT_EQ(Query(*store, f), (std::vector<std::string>{"CHNGOV 0231"}));
  f.target = "CHN";
  EXPECT_EQ(Query(*store, f), (std::vector<std::string>{"IGOWSTNAT 1121", "USAGOV 120"}));
  f.source = "USA";
  EXPECT_EQ(Query(*store, f), (std::vector<std::string>{"USAGOV 120"}));
  EXPECT_EQ(ActorCodeAlias("Nato"), "IGOWSTNAT");
  EXPECT_EQ(ActorCodeAlias("chn"), "CHN");
}

TEST_F(EventStoreTest, CodeDateArticleAndLimitFilters) {
  auto store = Open();
  PutSample(*store);
  EventFilter f;
  f.code = "11";
  EXPECT_EQ(Query(*store, f), (std::vector<std::string>{"CHN 112", "CHL 11", "IGOWSTNAT 1121"}));
  f.code = "112";
  EXPECT_EQ(Query(*store, f), (std::vector<std::string>{"CHN 112", "IGOWSTNAT 1121"}));
  f.code = "";
  f.from = 20240501;
  f.to = 20240503;
  EXPECT_EQ(Query(*store, f), (std::vector<std::string>{"CHN 112", "CHNMIL 190", "CHL 11"}));
  f = EventFilter();
  f.article = "aaaa0000";
  EXPECT_TRUE(store->QueryEvents(f).status().IsInvalidArgument());  // ambiguous
  f.article = "bbbb";
  EXPECT_EQ(Query(*store, f), (std::vector<std::string>{"IGOWSTNAT 1121", "USAGOV 120"}));
  f.article = "dddd";
  EXPECT_TRUE(store->QueryEvents(f).status().IsNotFound());
  f = EventFilter();
  f.limit = 2;
  EXPECT_EQ(Query(*store, f), (std::vector<std::string>{"CHNGOV 0231", "CHN 112"}));
  f = EventFilter();
  f.source = "CHN'; DROP TABLE events; --";
  EXPECT_TRUE(store->QueryEvents(f).status().IsInvalidArgument());
  f = EventFilter();
  f.code = "1a";
  EXPECT_TRUE(store->QueryEvents(f).status().IsInvalidArgument());
}

// The plan of `filter`'s query: one line per step.
std::vector<std::string> Plan(store::Database& db, const EventFilter& filter, int64_t article) {
  auto q = store::BuildEventQuery(filter, article);
  EXPECT_TRUE(q.ok());
  auto st = db.Prepare("EXPLAIN QUERY PLAN " + q->sql);
  EXPECT_TRUE(st.ok()) << st.status().ToString();
  std::vector<std::string> plan;
  if (!st.ok()) return plan;
  int index = 1;
  for (const std::string& t : q->text_params) st->Bind(index++, t);
  for (int64_t v : q->int_params) st->Bind(index++, v);
  while (st->Step()) plan.push_back(st->Text(3));
  return plan;
}

TEST_F(EventStoreTest, EveryFilterSearchesAnIndex) {
  { Open(); }  // create the schema
  auto db = store::Database::Open(path_, true, false);
  ASSERT_TRUE(db.ok());
  struct Case {
    EventFilter filter;
    int64_t article = -1;  // no article
    std::string index;
  };
  std::vector<Case> cases(5);
  cases[0].filter.source = "CHN";
  cases[0].index = "events_by_source";
  cases[1].filter.target = "NATO";
  cases[1].index = "events_by_target";
  cases[2].filter.from = 20240101;
  cases[2].filter.to = 20240131;
  cases[2].index = "events_by_date";
  cases[3].filter.code = "11";
  cases[3].index = "events_by_code";
  cases[4].article = 7;
  cases[4].index = "events_by_article";
  for (const Case& c : cases) {
    std::vector<std::string> plan = Plan(**db, c.filter, c.article);
    std::string all;
    for (const std::string& step : plan) all += step + "\n";
    bool searched = false;
    for (const std::string& step : plan) {
      EXPECT_EQ(step.rfind("SCAN", 0), std::string::npos) << all;  // no step scans a table
      if (step.rfind("SEARCH e USING INDEX " + c.index, 0) == 0) searched = true;
    }
    EXPECT_TRUE(searched) << c.index << ":\n" << all;
  }
}

}  // namespace
}  // namespace dyad
