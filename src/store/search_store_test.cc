// Tests of full-text search in the SQLite store (search_rows.cc, schema
// version 5): articles and quotes are indexed once when stored, whatever
// re-ingests follow; replaced quotes leave the index; filters narrow;
// snippets mark the matches; malformed queries are InvalidArgument; an older
// file is indexed by the migration; and the counts and dyads the API lists.
#include <gtest/gtest.h>

#include "store/search_rows.h"
#include "store/store_test_base.h"

namespace dyad {
namespace {

class SearchStoreTest : public StoreTestBase {
 protected:
  // An article of `outlet` on `published` with `text`, one quote of
  // `speaker` (actor `actor`) holding `quoted` (which must be in the text),
  // and one event source -> target.
  static ArticleRecord Record(const std::string& id, const std::string& outlet,
                              const std::string& published, const std::string& text,
                              const std::string& quoted, const std::string& speaker,
                              const std::string& actor, const std::string& source,
                              const std::string& target) {
    ArticleRecord r;
    r.id = id;
    r.article.title = "Report " + id;
    r.article.outlet = outlet;
    r.article.published = published;
    r.article.text = text;
    Sentence s;
    s.end = static_cast<uint32_t>(text.size());
    r.sentences = {s};
    r.source = "feed.jsonl";
    r.quoted = true;
    Quote q;
    const auto at = static_cast<uint32_t>(text.find(quoted));
    q.inner = {at, at + static_cast<uint32_t>(quoted.size())};
    q.outer = q.inner;
    q.speaker.kind = SpeakerKind::kPerson;
    q.speaker.canonical = speaker;
    q.speaker.actor_code = actor;
    r.quotes = {q};
    r.coded = true;
    StoredEvent e;
    e.source.code = source;
    e.target.code = target;
    e.code = "111";
    e.root = "11";
    e.sentence_span = s;
    r.events = {e};
    return r;
  }
  void PutSample(Store& store) {
    std::vector<ArticleRecord> batch = {
        Record(
            "00000000000000a1", "Wire", "2024-07-10T09:00:00Z",
            "NATO condemned China over joint patrols. \"We will answer firmly,\" the envoy said.",
            "We will answer firmly,", "Mark Envoy", "CHNGOV", "IGOWSTNAT", "CHN"),
        Record("00000000000000a2", "Courier", "2024-07-12",
               "Russia and China held joint naval drills. \"Nobody can stop us,\" a minister said.",
               "Nobody can stop us,", "Ivan Minister", "RUSGOV", "RUS", "CHN"),
        Record("00000000000000a3", "Wire", "2024-08-01",
               "India praised Japan for trade talks. \"Talks with China matter,\" said Ann Lee.",
               "Talks with China matter,", "Ann Lee", "INDGOV", "IND", "JPN")};
    auto put = store.PutArticles(batch, &run_);
    ASSERT_TRUE(put.ok()) << put.status().ToString();
  }
  static std::vector<std::string> ArticleIds(Store& store, SearchFilter filter) {
    auto hits = store.SearchArticles(filter);
    EXPECT_TRUE(hits.ok()) << hits.status().ToString();
    std::vector<std::string> ids;
    if (hits.ok())
      for (const ArticleHit& h : *hits) ids.push_back(h.id);
    std::sort(ids.begin(), ids.end());
    return ids;
  }
  static SearchFilter Query(std::string q) {
    SearchFilter f;
    f.query = std::move(q);
    return f;
  }
};

TEST_F(SearchStoreTest, FindsArticlesWithFiltersAndMarkedSnippets) {
  auto store = Open();
  PutSample(*store);
  EXPECT_EQ(ArticleIds(*store, Query("china")),
            (std::vector<std::string>{"00000000000000a1", "00000000000000a2", "00000000000000a3"}));
  EXPECT_EQ(ArticleIds(*store, Query("\"joint patrols\"")),
            (std::vector<std::string>{"00000000000000a1"}));
  EXPECT_EQ(ArticleIds(*store, Query("joint NOT patrols")),
            (std::vector<std::string>{"00000000000000a2"}));
  SearchFilter f = Query("china");
  f.outlet = "wire";
  EXPECT_EQ(ArticleIds(*store, f),
            (std::vector<std::string>{"00000000000000a1", "00000000000000a3"}));
  f = Query("china");
  f.actor = "NATO";  // an event of IGOWSTNAT
  EXPECT_EQ(ArticleIds(*store, f), (std::vector<std::string>{"00000000000000a1"}));
  f.actor = "CHN";  // as target
  EXPECT_EQ(ArticleIds(*store, f),
            (std::vector<std::string>{"00000000000000a1", "00000000000000a2"}));
  f = Query("china");
  f.from = 20240711;
  f.to = 20240712;
  EXPECT_EQ(ArticleIds(*store, f), (std::vector<std::string>{"00000000000000a2"}));
  f = Query("china");
  f.limit = 1;
  f.offset = 1;
  auto one = store->SearchArticles(f);
  ASSERT_TRUE(one.ok());
  ASSERT_EQ(one->size(), 1u);
  auto hits = store->SearchArticles(Query("patrols"));
  ASSERT_TRUE(hits.ok());
  ASSERT_EQ(hits->size(), 1u);
  const SearchSnippet& s = (*hits)[0].snippet;
  ASSERT_EQ(s.marks.size(), 1u);
  EXPECT_EQ(s.text.substr(s.marks[0].begin, s.marks[0].end - s.marks[0].begin), "patrols");
}

TEST_F(SearchStoreTest, FindsQuotesByWordsSpeakerAndActor) {
  auto store = Open();
  PutSample(*store);
  auto hits = store->SearchQuotes(Query("china"));
  ASSERT_TRUE(hits.ok());
  ASSERT_EQ(hits->size(), 1u);
  EXPECT_EQ((*hits)[0].article, "00000000000000a3");
  EXPECT_EQ((*hits)[0].ordinal, 0u);
  EXPECT_EQ((*hits)[0].words, "Talks with China matter,");
  EXPECT_EQ((*hits)[0].speaker, "Ann Lee");
  EXPECT_EQ((*hits)[0].date, 20240801);
  hits = store->SearchQuotes(Query("speaker:minister"));
  ASSERT_TRUE(hits.ok());
  ASSERT_EQ(hits->size(), 1u);
  EXPECT_EQ((*hits)[0].article, "00000000000000a2");
  SearchFilter f = Query("we OR nobody OR talks");
  f.actor = "RUS";
  hits = store->SearchQuotes(f);
  ASSERT_TRUE(hits.ok());
  ASSERT_EQ(hits->size(), 1u);
  EXPECT_EQ((*hits)[0].speaker, "Ivan Minister");
}

TEST_F(SearchStoreTest, ReIngestAndRecodeKeepOneIndexEntryPerRow) {
  auto store = Open();
  PutSample(*store);
  PutSample(*store);  // the same articles again: only sources are recorded
  auto hits = store->SearchArticles(Query("china"));
  ASSERT_TRUE(hits.ok());
  EXPECT_EQ(hits->size(), 3u);
  // Replacing an article's quotes takes the old ones out of the index.
  ArticleEvents replace;
  replace.article = "00000000000000a3";
  replace.quoted = true;
  ASSERT_TRUE(store->ReplaceEvents({replace}, run_).ok());
  auto quotes = store->SearchQuotes(Query("china"));
  ASSERT_TRUE(quotes.ok());
  EXPECT_TRUE(quotes->empty());
  auto db = store::Database::Open(path_, true, false);
  ASSERT_TRUE(db.ok());
  for (const char* sql : {"SELECT COUNT(*) FROM articles_fts", "SELECT COUNT(*) FROM quotes_fts"}) {
    auto count = (*db)->Prepare(sql);
    ASSERT_TRUE(count.ok() && count->Step());
    EXPECT_EQ(count->Int(0), std::string(sql).find("articles") != std::string::npos ? 3 : 2) << sql;
  }
}

TEST_F(SearchStoreTest, MalformedQueriesAreInvalidArgument) {
  auto store = Open();
  PutSample(*store);
  for (const char* q : {"", "   ", "\"unterminated", "nosuchcolumn:china", "AND", "china AND"}) {
    auto hits = store->SearchArticles(Query(q));
    EXPECT_FALSE(hits.ok()) << q;
    EXPECT_TRUE(hits.status().IsInvalidArgument()) << q << ": " << hits.status().ToString();
  }
  SearchFilter f = Query("china");
  f.actor = "N-A";
  EXPECT_TRUE(store->SearchQuotes(f).status().IsInvalidArgument());
}

TEST_F(SearchStoreTest, MigrationIndexesAnOlderFile) {
  {
    auto old = OldFile(store::kSchemaVersion - 1);
    ASSERT_NE(old, nullptr);
  }
  {
    // Written at the older version: no FTS tables, no triggers yet.
    auto db = store::Database::Open(path_, false, false);
    ASSERT_TRUE(db.ok());
    ASSERT_TRUE(
        (*db)
            ->Exec("INSERT INTO articles (id, title, title_source, published, published_source, "
                   "published_evidence, outlet, outlet_source, byline, url, language, text, "
                   "paragraphs, sentences, sentence_count, boilerplate_blocks, "
                   "boilerplate_chars, encoding_repairs, ingested_at) VALUES "
                   "('00000000000000b1', 'Old', 'none', '2020-01-01', 'none', '', 'Wire', "
                   "'none', '', '', 'en', 'An old story about Chile.', x'', x'', 0, 0, 0, 0, "
                   "'2020-01-01T00:00:00Z')")
            .ok());
  }
  auto store = Open();
  ASSERT_NE(store, nullptr);
  EXPECT_EQ(FileVersion(), store::kSchemaVersion);
  EXPECT_EQ(ArticleIds(*store, Query("chile")), (std::vector<std::string>{"00000000000000b1"}));
}

TEST_F(SearchStoreTest, PartsDyadsAndDataVersion) {
  auto store = Open();
  PutSample(*store);
  auto parts = store->ArticlePartsOf({"00000000000000a2", "00000000000000a1"});
  ASSERT_TRUE(parts.ok());
  ASSERT_EQ(parts->size(), 2u);
  EXPECT_EQ((*parts)[0].id, "00000000000000a2");
  EXPECT_EQ((*parts)[0].events, 1u);
  EXPECT_EQ((*parts)[0].quotes, 1u);
  EXPECT_EQ((*parts)[0].copy_original, "");
  EXPECT_TRUE(store->ArticlePartsOf({"00000000000000ff"}).status().IsNotFound());
  auto dyads = store->TopDyads(10);
  ASSERT_TRUE(dyads.ok());
  ASSERT_EQ(dyads->size(), 3u);
  for (const DyadCount& d : *dyads) EXPECT_EQ(d.events, 1u);
  EXPECT_EQ((*dyads)[0].source, "IGOWSTNAT");  // ties by source
  // Another connection's commit changes this one's data version.
  auto before = store->DataVersion();
  ASSERT_TRUE(before.ok());
  EXPECT_EQ(*store->DataVersion(), *before);
  {
    auto other = Open();
    ASSERT_TRUE(other
                    ->PutArticles({Record("00000000000000a4", "Wire", "2024-09-01",
                                          "Chile thanked Peru. \"Thanks,\" he said.", "Thanks,",
                                          "Pat", "", "CHL", "PER")},
                                  &run_)
                    .ok());
  }
  EXPECT_NE(*store->DataVersion(), *before);
}

TEST_F(SearchStoreTest, ADeadlineInterruptsQueries) {
  auto store = Open();
  ArticleRecord r =
      Record("00000000000000c1", "Wire", "2024-07-10", "NATO met China. \"Yes,\" he said.", "Yes,",
             "Al", "", "IGOWSTNAT", "CHN");
  const char* codes[] = {"USA", "CHN", "RUS", "IND", "JPN", "FRA", "DEU", "GBR"};
  for (uint32_t i = 0; i < 500; ++i) {
    StoredEvent e = r.events[0];
    e.ordinal = i;
    e.source.code = codes[i % 8];
    e.target.code = codes[(i / 8) % 8];
    r.events.push_back(e);
  }
  ASSERT_TRUE(store->PutArticles({r}, &run_).ok());
  store->SetDeadline(std::chrono::steady_clock::now() - std::chrono::seconds(1));
  auto late = store->TopDyads(10);
  ASSERT_FALSE(late.ok());
  EXPECT_NE(late.status().message().find("interrupted"), std::string::npos)
      << late.status().ToString();
  store->SetDeadline({});
  auto dyads = store->TopDyads(10);
  ASSERT_TRUE(dyads.ok()) << dyads.status().ToString();
  EXPECT_FALSE(dyads->empty());
  store->SetDeadline(std::chrono::steady_clock::now() + std::chrono::minutes(1));
  EXPECT_TRUE(store->TopDyads(10).ok());
}

TEST(SplitSnippetTest, SeparatesTextAndMarks) {
  const std::string marked = std::string("a ") + store::kMarkOpen + "bc" + store::kMarkClose +
                             " d " + store::kMarkOpen + "e" + store::kMarkClose;
  SearchSnippet s = store::SplitSnippet(marked);
  EXPECT_EQ(s.text, "a bc d e");
  ASSERT_EQ(s.marks.size(), 2u);
  EXPECT_EQ(s.marks[0].begin, 2u);
  EXPECT_EQ(s.marks[0].end, 4u);
  EXPECT_EQ(s.marks[1].begin, 7u);
  EXPECT_EQ(s.marks[1].end, 8u);
}

}  // namespace
}  // namespace dyad
