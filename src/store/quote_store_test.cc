// Tests for the quotes the store keeps: every field round trips, events keep
// the quote they came from and their rule, a version-2 file migrates (its
// events made by the coder, its articles not yet quoted), re-putting an
// article adds no quote, a quote outside its text fails its batch,
// ArticleStates tells what is stored, ReplaceEvents
// replaces quotes too, and the filters (speaker, actor, words, dates,
// article, limit) select what they say.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <string>

#include "dyad/store.h"
#include "store/schema.h"
#include "store/sqlite_handle.h"
#include "store/store_test_base.h"

namespace dyad {
namespace {

namespace fs = std::filesystem;

// Quote 0 is spoken by a person, quote 1 by a ministry; bytes 3..17 and 51..69.
constexpr std::string_view kText =
    "\xE2\x80\x9CWe condemn Beta,\xE2\x80\x9D Alpha said. The ministry said: "
    "\xE2\x80\x9CNo talks with Gamma.\xE2\x80\x9D";

Span Find(std::string_view what) {
  const size_t at = kText.find(what);
  EXPECT_NE(at, std::string_view::npos) << what;
  return {static_cast<uint32_t>(at), static_cast<uint32_t>(at + what.size())};
}

class QuoteStoreTest : public StoreTestBase {
 protected:
  static std::vector<Quote> Quotes(std::string person = "Alpha Smith",
                                   std::string code = "USAGOV") {
    Quote a;
    a.inner = Find("We condemn Beta,");
    a.outer = {a.inner.begin - 3, a.inner.end + 3};
    a.attribution = Find("Alpha said");
    a.rule = QuoteRule::kSaidAfter;
    a.has_bracket = true;
    a.speaker.kind = SpeakerKind::kPerson;
    a.speaker.name = "Alpha";
    a.speaker.canonical = std::move(person);
    a.speaker.role = "envoy to Beta";
    a.speaker.affiliation = "Beta";
    a.speaker.actor_code = std::move(code);
    a.speaker.mention = Find("Alpha");
    a.speaker.introduced = {0, 2};
    Quote b;
    b.inner = Find("No talks with Gamma.");
    b.outer = {b.inner.begin - 3, b.inner.end + 3};
    b.attribution = Find("The ministry said:");
    b.rule = QuoteRule::kSaidBefore;
    b.part_of = 0;
    b.paragraph = 1;
    b.closed = false;
    b.has_ellipsis = true;
    b.speaker.kind = SpeakerKind::kOrganisation;
    b.speaker.name = "The ministry";
    b.speaker.canonical = "ministry";
    b.speaker.actor_code = "IGOWSTNAT";
    b.speaker.mention = Find("ministry");
    b.speaker.introduced = Find("ministry");
    return {a, b};
  }

  static ArticleRecord Record(std::string id, std::string published, bool with_quotes = true) {
    ArticleRecord r;
    r.id = std::move(id);
    r.article.title = "Title";
    r.article.published = std::move(published);
    r.article.outlet = "Wire";
    r.article.text = std::string(kText);
    Paragraph p;
    p.span = {0, static_cast<uint32_t>(kText.size())};
    r.article.paragraphs.push_back(p);
    Sentence s;
    s.begin = 0;
    s.end = static_cast<uint32_t>(kText.size());
    r.sentences = {s};
    r.source = "feed.jsonl";
    r.quoted = with_quotes;
    if (with_quotes) r.quotes = Quotes();
    r.coded = true;
    StoredEvent e;
    e.source.code = "USAGOV";
    e.target.code = "BET";
    e.code = "111";
    e.root = "11";
    e.verb = Find("condemn");
    e.sentence_span = s;
    e.quote = 0;
    e.rule = "quote-attribution";
    StoredEvent f = e;
    f.quote = -1;
    f.rule = "coder";
    f.verb = Find("said");
    f.code = "010";
    r.events = {e, f};
    return r;
  }

  // "article#ordinal" of what `filter` returns, in order.
  static std::vector<std::string> Query(Store& store, QuoteFilter filter) {
    auto got = store.QueryQuotes(filter);
    EXPECT_TRUE(got.ok()) << got.status().ToString();
    std::vector<std::string> out;
    if (got.ok())
      for (const StoredQuote& q : *got) out.push_back(q.article + "#" + std::to_string(q.ordinal));
    return out;
  }
};

TEST_F(QuoteStoreTest, RoundTripsEveryField) {
  auto store = Open();
  auto put = store->PutArticles({Record("aaaa000000000001", "2024-05-01T10:00:00Z")}, &run_);
  ASSERT_TRUE(put.ok()) << put.status().ToString();
  EXPECT_EQ(put->quotes, 2u);
  auto got = store->QueryQuotes({});
  ASSERT_TRUE(got.ok()) << got.status().ToString();
  ASSERT_EQ(got->size(), 2u);
  const std::vector<Quote> in = Quotes();
  for (size_t i = 0; i < 2; ++i) {
    const StoredQuote& r = (*got)[i];
    const Quote& q = r.quote;
    EXPECT_EQ(r.article, "aaaa000000000001");
    EXPECT_EQ(r.ordinal, i);
    EXPECT_EQ(r.date, 20240501);
    EXPECT_EQ(r.text, in[i].inner.view(kText));
    EXPECT_EQ(q.inner.begin, in[i].inner.begin);
    EXPECT_EQ(q.inner.end, in[i].inner.end);
    EXPECT_EQ(q.outer.begin, in[i].outer.begin);
    EXPECT_EQ(q.outer.end, in[i].outer.end);
    EXPECT_EQ(q.attribution.begin, in[i].attribution.begin);
    EXPECT_EQ(q.attribution.end, in[i].attribution.end);
    EXPECT_EQ(q.rule, in[i].rule);
    EXPECT_EQ(q.part_of, in[i].part_of);
    EXPECT_EQ(q.paragraph, in[i].paragraph);
    EXPECT_EQ(q.closed, in[i].closed);
    EXPECT_EQ(q.has_ellipsis, in[i].has_ellipsis);
    EXPECT_EQ(q.has_bracket, in[i].has_bracket);
    EXPECT_EQ(q.speaker.kind, in[i].speaker.kind);
    EXPECT_EQ(q.speaker.name, in[i].speaker.name);
    EXPECT_EQ(q.speaker.canonical, in[i].speaker.canonical);
    EXPECT_EQ(q.speaker.role, in[i].speaker.role);
    EXPECT_EQ(q.speaker.affiliation, in[i].speaker.affiliation);
    EXPECT_EQ(q.speaker.actor_code, in[i].speaker.actor_code);
    EXPECT_EQ(q.speaker.mention.begin, in[i].speaker.mention.begin);
    EXPECT_EQ(q.speaker.mention.end, in[i].speaker.mention.end);
    EXPECT_EQ(q.speaker.introduced.begin, in[i].speaker.introduced.begin);
    EXPECT_EQ(q.speaker.introduced.end, in[i].speaker.introduced.end);
  }
  // The events keep their quote and rule.
  auto events = store->QueryEvents({});
  ASSERT_TRUE(events.ok());
  ASSERT_EQ(events->size(), 2u);
  EXPECT_EQ((*events)[0].quote, 0);
  EXPECT_EQ((*events)[0].rule, "quote-attribution");
  EXPECT_EQ((*events)[1].quote, -1);
  EXPECT_EQ((*events)[1].rule, "coder");
  auto stats = store->Stats();
  ASSERT_TRUE(stats.ok());
  EXPECT_EQ(stats->quotes, 2u);
  EXPECT_EQ(stats->quoted_articles, 1u);
  EXPECT_EQ(stats->speakers, 2u);
  EXPECT_EQ(stats->statement_events, 1u);
}

TEST_F(QuoteStoreTest, MigratesAVersionTwoFile) {
  {
    auto db = OldFile(2);
    ASSERT_NE(db, nullptr);
    // An article and an event as dyad with schema version 2 wrote them.
    ASSERT_TRUE(db->Exec("INSERT INTO coder_runs (fingerprint, dictionaries, first_used) VALUES "
                         "('0123456789abcdef', 'verbs.txt', '2024-01-01T00:00:00Z');")
                    .ok());
    auto article = db->Prepare(
        "INSERT INTO articles (id, title, title_source, published, published_source, "
        "published_evidence, outlet, outlet_source, byline, url, language, text, paragraphs, "
        "sentences, sentence_count, boilerplate_blocks, boilerplate_chars, encoding_repairs, "
        "ingested_at, coder_run) VALUES ('aaaa000000000001', 'Old', 'none', '2024-05-01', "
        "'none', '', 'Wire', 'none', '', '', 'en', ?1, x'', x'', 0, 0, 0, 0, "
        "'2024-05-01T00:00:00Z', 1)");
    ASSERT_TRUE(article.ok());
    article->Bind(1, kText);
    ASSERT_TRUE(article->Run().ok());
    ASSERT_TRUE(
        db->Exec("INSERT INTO events (article, ordinal, sentence, date, source, source_country, "
                 "source_agent, source_name, source_begin, source_end, source_entries, target, "
                 "target_country, target_agent, target_name, target_begin, target_end, "
                 "target_entries, code, root, quad_class, goldstein, verb_begin, verb_end, "
                 "sentence_begin, sentence_end, verb_entry, pattern_entry, paired, intent, "
                 "asserted_code, coder_run) VALUES (1, 0, 0, 20240501, 'FRA', 'FRA', '', '', "
                 "0, 3, '', 'DEU', 'DEU', '', '', 4, 8, '', '042', '04', 1, 1.9, 3, 4, 0, 9, "
                 "'verbs.txt:1', '', 0, 0, '', 1)")
            .ok());
  }
  auto store = Open();
  ASSERT_NE(store, nullptr);
  auto events = store->QueryEvents({});
  ASSERT_TRUE(events.ok()) << events.status().ToString();
  ASSERT_EQ(events->size(), 1u);
  EXPECT_EQ((*events)[0].rule, "coder");
  EXPECT_EQ((*events)[0].quote, -1);
  auto states = store->ArticleStates({"aaaa000000000001"});
  ASSERT_TRUE(states.ok());
  EXPECT_TRUE((*states)[0].stored);
  EXPECT_TRUE((*states)[0].coded);
  EXPECT_FALSE((*states)[0].quoted);
  // The old article gains quotes when ingested again with them; its events stay.
  ArticleRecord again = Record("aaaa000000000001", "2024-05-01");
  auto put = store->PutArticles({again}, &run_);
  ASSERT_TRUE(put.ok()) << put.status().ToString();
  EXPECT_EQ(put->already_present, 1u);
  EXPECT_EQ(put->quotes, 2u);
  EXPECT_EQ(put->events, 0u);
  EXPECT_EQ(Query(*store, {}).size(), 2u);
  store.reset();
  EXPECT_EQ(FileVersion(), store::kSchemaVersion);
}

TEST_F(QuoteStoreTest, PuttingAgainAddsNothingAndStatesTellWhatIsStored) {
  auto store = Open();
  auto states = store->ArticleStates({"aaaa000000000001", "aaaa000000000002"});
  ASSERT_TRUE(states.ok());
  EXPECT_FALSE((*states)[0].stored);
  EXPECT_FALSE((*states)[1].stored);
  ArticleRecord plain = Record("aaaa000000000002", "2024-05-02", /*with_quotes=*/false);
  plain.coded = false;
  ASSERT_TRUE(store->PutArticles({Record("aaaa000000000001", "2024-05-01"), plain}, &run_).ok());
  auto second = store->PutArticles({Record("aaaa000000000001", "2024-05-01")}, &run_);
  ASSERT_TRUE(second.ok());
  EXPECT_EQ(second->quotes, 0u);
  EXPECT_EQ(second->events, 0u);
  EXPECT_EQ(Query(*store, {}),
            (std::vector<std::string>{"aaaa000000000001#0", "aaaa000000000001#1"}));
  states = store->ArticleStates({"aaaa000000000002", "ffff000000000000", "aaaa000000000001"});
  ASSERT_TRUE(states.ok());
  ASSERT_EQ(states->size(), 3u);
  EXPECT_TRUE((*states)[0].stored);
  EXPECT_FALSE((*states)[0].coded);
  EXPECT_FALSE((*states)[0].quoted);
  EXPECT_FALSE((*states)[1].stored);
  EXPECT_TRUE((*states)[2].stored);
  EXPECT_TRUE((*states)[2].coded);
  EXPECT_TRUE((*states)[2].quoted);
}

TEST_F(QuoteStoreTest, AQuoteOutsideItsTextFailsTheBatchAndStoresNothing) {
  auto store = Open();
  ArticleRecord good = Record("aaaa000000000001", "2024-05-01");
  ArticleRecord bad = Record("aaaa000000000002", "2024-05-01");
  bad.quotes[1].inner.end = static_cast<uint32_t>(kText.size()) + 1;
  auto put = store->PutArticles({good, bad}, &run_);
  ASSERT_FALSE(put.ok());
  EXPECT_NE(put.status().message().find("aaaa000000000002"), std::string::npos)
      << put.status().ToString();
  EXPECT_EQ(store->Stats()->articles, 0u);
  EXPECT_EQ(store->Stats()->quotes, 0u);
}

TEST_F(QuoteStoreTest, ReplaceEventsReplacesQuotesWhenAsked) {
  auto store = Open();
  ASSERT_TRUE(store->PutArticles({Record("aaaa000000000001", "2024-05-01")}, &run_).ok());
  ArticleEvents recoded;
  recoded.article = "aaaa000000000001";
  recoded.quoted = true;
  recoded.quotes = {Quotes("Alpha Jones", "GBRGOV")[0]};
  ASSERT_TRUE(store->ReplaceEvents({recoded}, run_).ok());
  auto got = store->QueryQuotes({});
  ASSERT_TRUE(got.ok());
  ASSERT_EQ(got->size(), 1u);
  EXPECT_EQ((*got)[0].quote.speaker.canonical, "Alpha Jones");
  EXPECT_EQ((*got)[0].quote.speaker.actor_code, "GBRGOV");
  // Without `quoted`, the quotes stay.
  recoded.quoted = false;
  recoded.quotes.clear();
  ASSERT_TRUE(store->ReplaceEvents({recoded}, run_).ok());
  EXPECT_EQ(Query(*store, {}).size(), 1u);
}

TEST_F(QuoteStoreTest, FiltersSelectWhatTheySay) {
  auto store = Open();
  ArticleRecord later = Record("bbbb000000000002", "2024-06-10");
  later.quotes = {Quotes("Delta Brown", "GBRGOV")[0]};
  ASSERT_TRUE(store->PutArticles({later, Record("aaaa000000000001", "2024-05-01")}, &run_).ok());
  using V = std::vector<std::string>;
  const std::string a = "aaaa000000000001", b = "bbbb000000000002";
  // By date, then article, then ordinal.
  EXPECT_EQ(Query(*store, {}), (V{a + "#0", a + "#1", b + "#0"}));
  QuoteFilter f;
  f.speaker = "SMITH";  // part of the canonical name, any case
  EXPECT_EQ(Query(*store, f), (V{a + "#0"}));
  f.speaker = "the min";  // part of the name as written
  EXPECT_EQ(Query(*store, f), (V{a + "#1"}));
  f = {};
  f.actor = "usa";
  EXPECT_EQ(Query(*store, f), (V{a + "#0"}));
  f.actor = "NATO";  // an alias
  EXPECT_EQ(Query(*store, f), (V{a + "#1"}));
  f.actor = "GBR";
  EXPECT_EQ(Query(*store, f), (V{b + "#0"}));
  f = {};
  f.search = "beta CONDEMN";  // every word, any case, any order
  EXPECT_EQ(Query(*store, f), (V{a + "#0", b + "#0"}));
  f.search = "condemn gamma";
  EXPECT_TRUE(Query(*store, f).empty());
  f.search = "100%";  // LIKE's wildcards are plain characters
  EXPECT_TRUE(Query(*store, f).empty());
  f = {};
  f.from = 20240601;
  EXPECT_EQ(Query(*store, f), (V{b + "#0"}));
  f.from = 0;
  f.to = 20240501;
  EXPECT_EQ(Query(*store, f), (V{a + "#0", a + "#1"}));
  f = {};
  f.article = "aaaa";
  f.limit = 1;
  EXPECT_EQ(Query(*store, f), (V{a + "#0"}));
  f = {};
  f.actor = "US-GOV";
  auto bad = store->QueryQuotes(f);
  EXPECT_TRUE(bad.status().IsInvalidArgument()) << bad.status().ToString();
  f = {};
  f.article = "cccc";
  EXPECT_TRUE(store->QueryQuotes(f).status().IsNotFound());
}

}  // namespace
}  // namespace dyad
