// Tests for quotes in the pipeline, on examples/corpus and on a few written
// sentences: RunIngest stores every article's quotes with spans into the
// stored text, the same whatever the thread count; statements coded by the
// quote-attribution rule take the speaker's actor and point at their quote;
// third-person and non-actor subjects are not the speaker; re-ingesting adds
// nothing; --no-quotes stores none and links no event; RunRecode gives what
// ingest gave.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <map>

#include "dyad/pipeline.h"
#include "pipeline/coded_ingest_test_base.h"

namespace dyad {
namespace {

namespace fs = std::filesystem;

class QuotesPipelineTest : public CodedIngestTestBase {
 protected:
  static std::string Corpus() { return std::string(DYAD_SOURCE_DIR) + "/examples/corpus"; }

  std::string Db(const std::string& name) const { return (dir_ / name).string(); }

  // Every stored quote and event, one comparable line each.
  static std::vector<std::string> Lines(Store& store) {
    std::vector<std::string> out;
    auto quotes = store.QueryQuotes({});
    EXPECT_TRUE(quotes.ok());
    for (const StoredQuote& q : *quotes) {
      out.push_back(q.article + "#q" + std::to_string(q.ordinal) + " " +
                    std::to_string(q.quote.inner.begin) + "-" + std::to_string(q.quote.inner.end) +
                    " " + std::string(QuoteRuleName(q.quote.rule)) + " " +
                    q.quote.speaker.canonical + " " + q.quote.speaker.actor_code);
    }
    auto events = store.QueryEvents({});
    EXPECT_TRUE(events.ok());
    for (const StoredEvent& e : *events) {
      out.push_back(e.article + "#e" + std::to_string(e.ordinal) + " " + e.source.code + " " +
                    e.code + " " + e.target.code + " " + std::to_string(e.verb.begin) + " q" +
                    std::to_string(e.quote) + " " + e.rule);
    }
    return out;
  }
};

TEST_F(QuotesPipelineTest, CorpusQuotesAndStatementsAreStoredTheSameWithOneOrTwoThreads) {
  Coder coder(dict_);
  IngestSummary one, two;
  auto a = Ingest(Db("one.db"), Corpus(), 1, 7, &coder, &one, /*quotes=*/true);
  auto b = Ingest(Db("two.db"), Corpus(), 2, 16, &coder, &two, /*quotes=*/true);
  EXPECT_GT(one.quotes, 100u);
  EXPECT_EQ(two.quotes, one.quotes);
  EXPECT_EQ(two.events, one.events);
  EXPECT_EQ(Lines(*a), Lines(*b));

  auto quotes = a->QueryQuotes({});
  ASSERT_TRUE(quotes.ok());
  EXPECT_EQ(quotes->size(), one.quotes);
  std::map<std::pair<std::string, int32_t>, StoredQuote> by_key;
  std::map<std::string, std::string> texts;
  for (const StoredQuote& q : *quotes) {
    if (!texts.count(q.article)) texts[q.article] = a->GetArticle(q.article)->article.text;
    const std::string& text = texts[q.article];
    ASSERT_LE(q.quote.outer.end, text.size());
    EXPECT_EQ(q.text, q.quote.inner.view(text));
    EXPECT_LE(q.quote.outer.begin, q.quote.inner.begin);
    EXPECT_GE(q.quote.outer.end, q.quote.inner.end);
    if (q.quote.speaker.kind != SpeakerKind::kUnattributed) {
      EXPECT_FALSE(q.quote.speaker.canonical.empty());
      EXPECT_LE(q.quote.speaker.mention.end, text.size());
    }
    by_key[{q.article, static_cast<int32_t>(q.ordinal)}] = q;
  }
  auto events = a->QueryEvents({});
  ASSERT_TRUE(events.ok());
  size_t statements = 0, linked = 0;
  for (const StoredEvent& e : *events) {
    if (e.quote < 0) {
      EXPECT_EQ(e.rule, "coder");
      continue;
    }
    ++linked;
    auto it = by_key.find({e.article, e.quote});
    ASSERT_NE(it, by_key.end()) << e.article << " quote " << e.quote;
    const Quote& q = it->second.quote;
    // The verb lies in the quote's words.
    EXPECT_GE(e.verb.begin, q.inner.begin);
    EXPECT_LE(e.verb.end, q.inner.end);
    if (e.rule == "quote-attribution") {
      ++statements;
      EXPECT_FALSE(q.speaker.actor_code.empty());
      EXPECT_EQ(e.source.name, q.speaker.canonical);
      EXPECT_EQ(e.source.span.begin, q.speaker.mention.begin);
    } else {
      EXPECT_EQ(e.rule, "coder");
    }
  }
  EXPECT_GT(statements, 0u);
  EXPECT_GT(linked, statements);
  auto stats = a->Stats();
  ASSERT_TRUE(stats.ok());
  EXPECT_EQ(stats->statement_events, statements);
}

TEST_F(QuotesPipelineTest, ReIngestAddsNothing) {
  Coder coder(dict_);
  IngestSummary first, second;
  std::vector<std::string> before;
  {
    auto store = Ingest(Db("s.db"), Corpus(), 2, 8, &coder, &first, /*quotes=*/true);
    before = Lines(*store);
  }
  auto store = Ingest(Db("s.db"), Corpus(), 2, 8, &coder, &second, /*quotes=*/true);
  EXPECT_GT(first.quotes, 0u);
  EXPECT_EQ(second.quotes, 0u);
  EXPECT_EQ(second.events, 0u);
  EXPECT_EQ(second.articles_new, 0u);
  EXPECT_EQ(second.articles_known, first.articles_new + first.articles_known);
  EXPECT_EQ(Lines(*store), before);
}

TEST_F(QuotesPipelineTest, WithoutQuotesNoQuoteIsStoredAndNoEventLinked) {
  Coder coder(dict_);
  IngestSummary with, without;
  auto a = Ingest(Db("with.db"), Corpus(), 2, 8, &coder, &with, /*quotes=*/true);
  auto b = Ingest(Db("without.db"), Corpus(), 2, 8, &coder, &without, /*quotes=*/false);
  EXPECT_EQ(without.quotes, 0u);
  EXPECT_EQ(b->Stats()->quotes, 0u);
  EXPECT_EQ(b->Stats()->quoted_articles, 0u);
  auto events = b->QueryEvents({});
  ASSERT_TRUE(events.ok());
  for (const StoredEvent& e : *events) {
    EXPECT_EQ(e.quote, -1);
    EXPECT_EQ(e.rule, "coder");
  }
  // Statements add events; each drops at most the speaker's "said".
  EXPECT_NE(with.events, without.events);
  // Quotes without coding: stored, with no actor codes (no dictionary).
  IngestSummary plain;
  auto c = Ingest(Db("plain.db"), Corpus(), 2, 8, nullptr, &plain, /*quotes=*/true);
  EXPECT_EQ(plain.quotes, with.quotes);
  EXPECT_EQ(c->Stats()->events, 0u);
  QuoteFilter coded;
  coded.actor = "A";
  EXPECT_TRUE(c->QueryQuotes(coded)->empty());
  // Ingesting with coding later codes the stored articles, quotes kept.
  IngestSummary later;
  auto d = Ingest(Db("plain.db"), Corpus(), 1, 8, &coder, &later, /*quotes=*/true);
  EXPECT_EQ(later.quotes, 0u);
  EXPECT_EQ(later.events, with.events);
}

TEST_F(QuotesPipelineTest, RecodeGivesWhatIngestGave) {
  Coder coder(dict_);
  IngestSummary coded, plain;
  auto reference = Ingest(Db("ref.db"), Corpus(), 2, 8, &coder, &coded, /*quotes=*/true);
  auto store = Ingest(Db("s.db"), Corpus(), 2, 8, nullptr, &plain, /*quotes=*/false);
  RecodeOptions opts;
  opts.coder = &coder;
  opts.coder_run = run_;
  opts.batch_size = 9;
  auto recoded = RunRecode(*store, opts);
  ASSERT_TRUE(recoded.ok()) << recoded.status().ToString();
  EXPECT_EQ(recoded->events, coded.events);
  EXPECT_EQ(Lines(*store), Lines(*reference));
}

TEST_F(QuotesPipelineTest, StatementsOfTheSpeakerOnly) {
  const std::string path = (dir_ / "quotes.jsonl").string();
  std::ofstream(path)
      << R"({"outlet":"Wire","published":"2024-05-10","title":"Talks","text":")"
      << R"(German Chancellor Olaf Scholz spoke on Friday.\n\n)"
      << R"(\u201cWe strongly condemn Russia,\u201d Scholz said.\n\n)"
      << R"(\u201cThey attacked Ukraine again,\u201d Scholz said.\n\n)"
      << R"(\u201cRepeated drills condemn Russia to isolation,\u201d Scholz said."})"
      << "\n";
  Coder coder(dict_);
  IngestSummary s;
  auto store = Ingest(Db("s.db"), path, 1, 8, &coder, &s, /*quotes=*/true);
  auto quotes = store->QueryQuotes({});
  ASSERT_TRUE(quotes.ok());
  ASSERT_EQ(quotes->size(), 3u);
  for (const StoredQuote& q : *quotes) {
    EXPECT_EQ(q.quote.speaker.canonical, "Olaf Scholz");
    EXPECT_EQ(q.quote.speaker.actor_code.substr(0, 3), "DEU");
  }
  auto events = store->QueryEvents({});
  ASSERT_TRUE(events.ok());
  std::vector<std::string> made;
  for (const StoredEvent& e : *events)
    if (e.rule == "quote-attribution")
      made.push_back(e.source.code.substr(0, 3) + " " + e.code + " " + e.target.code + " q" +
                     std::to_string(e.quote));
  // "We condemn" is the speaker's; "They attacked" and "Repeated drills ..."
  // are someone else's.
  EXPECT_EQ(made, std::vector<std::string>{"DEU 111 RUS q0"});
  // Without quotes, no source: no event at all from the first quote.
  Coder plain(dict_);
  EXPECT_TRUE(plain.CodeText("We strongly condemn Russia.", 20240510).empty());
}

}  // namespace
}  // namespace dyad
