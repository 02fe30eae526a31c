// Tests for coding in the pipeline: RunIngest stores the same events
// whatever the thread count, adds none when re-run, never stores negated
// events, and RunRecode replaces events idempotently; spans point into the
// stored text; DescribeDictionaries tells dictionaries apart.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "dyad/pipeline.h"
#include "pipeline/coded_ingest_test_base.h"

namespace dyad {
namespace {

namespace fs = std::filesystem;

// Sentences the default dictionaries code, one negated.
const char* kSentences[] = {
    "China's Foreign Ministry condemned the NATO declaration on Tuesday.",
    "Japan and South Korea signed a trade agreement in Seoul.",
    "Russia accused Ukraine of attacking a power plant.",
    "The United States did not condemn Israel.",
    "France praised Germany for its help.",
};

class CodeEventsTest : public CodedIngestTestBase {
 protected:
  // `n` articles, each of three of kSentences, on various days.
  std::string WriteFeed(int n) {
    std::string path = (dir_ / "feed.jsonl").string();
    std::ofstream out(path);
    for (int i = 0; i < n; ++i) {
      out << R"({"outlet":"Wire )" << i % 3 << R"(","published":"2024-05-)" << 10 + i % 9
          << R"(","text":"Report )" << i << ". " << kSentences[i % 5] << R"(\n\n)"
          << kSentences[(i + 1) % 5] << " " << kSentences[(i + 3) % 5] << "\"}\n";
    }
    return path;
  }

  // Every stored event, as one comparable line each.
  static std::vector<std::string> Lines(Store& store) {
    auto events = store.QueryEvents({});
    EXPECT_TRUE(events.ok());
    std::vector<std::string> out;
    for (const StoredEvent& e : *events) {
      out.push_back(e.article + "#" + std::to_string(e.ordinal) + " s" +
                    std::to_string(e.sentence) + " " + std::to_string(e.date) + " " +
                    e.source.code + " " + e.code + " " + e.target.code + " " +
                    std::to_string(e.source.span.begin) + "-" + std::to_string(e.verb.begin) + "-" +
                    std::to_string(e.target.span.begin) + " " + e.verb_entry + " " +
                    e.pattern_entry + " " + e.coder_run);
    }
    return out;
  }
};

TEST_F(CodeEventsTest, SameEventsWithOneOrTwoThreads) {
  const std::string feed = WriteFeed(60);
  Coder coder(dict_);
  IngestSummary one, two;
  auto a = Ingest((dir_ / "one.db").string(), feed, 1, 7, &coder, &one);
  auto b = Ingest((dir_ / "two.db").string(), feed, 2, 16, &coder, &two);
  std::vector<std::string> la = Lines(*a), lb = Lines(*b);
  EXPECT_GT(one.events, 60u);
  EXPECT_EQ(one.events, la.size());
  EXPECT_EQ(two.events, one.events);
  EXPECT_EQ(la, lb);
}

TEST_F(CodeEventsTest, ReIngestAddsNoEvents) {
  const std::string feed = WriteFeed(20);
  Coder coder(dict_);
  IngestSummary first, second;
  const std::string db = (dir_ / "s.db").string();
  std::vector<std::string> before, after;
  {
    auto store = Ingest(db, feed, 2, 8, &coder, &first);
    before = Lines(*store);
  }
  auto store = Ingest(db, feed, 2, 8, &coder, &second);
  after = Lines(*store);
  EXPECT_GT(first.events, 0u);
  EXPECT_EQ(second.events, 0u);
  EXPECT_EQ(second.articles_known, 20u);
  EXPECT_EQ(after, before);
}

TEST_F(CodeEventsTest, NoCoderStoresNoEvents) {
  IngestSummary s;
  auto store = Ingest((dir_ / "s.db").string(), WriteFeed(5), 1, 8, nullptr, &s);
  EXPECT_EQ(s.events, 0u);
  EXPECT_EQ(store->Stats()->events, 0u);
  EXPECT_EQ(store->Stats()->coded_articles, 0u);
}

TEST_F(CodeEventsTest, NegatedEventsAreNeverStored) {
  CoderOptions keep;
  keep.keep_negated = true;
  Coder coder(dict_, keep);
  // The coder does see a negated event in the fourth sentence...
  bool negated_seen = false;
  for (const Event& e : coder.CodeText(kSentences[3], 20240510)) negated_seen |= e.negated;
  ASSERT_TRUE(negated_seen);
  std::string path = (dir_ / "neg.jsonl").string();
  std::ofstream(path) << R"({"outlet":"Wire","published":"2024-05-10","text":")" << kSentences[3]
                      << " " << kSentences[4] << "\"}\n";
  IngestSummary s;
  auto store = Ingest((dir_ / "s.db").string(), path, 1, 8, &coder, &s);
  // ...but only the other sentence's events are stored.
  auto events = store->QueryEvents({});
  ASSERT_TRUE(events.ok());
  ASSERT_FALSE(events->empty());
  for (const StoredEvent& e : *events) {
    EXPECT_EQ(e.sentence, 1u) << e.source.code << " " << e.code << " " << e.target.code;
    EXPECT_FALSE(e.negated);
  }
  EXPECT_EQ(s.events, events->size());
}

TEST_F(CodeEventsTest, SpansPointIntoTheStoredText) {
  Coder coder(dict_);
  IngestSummary s;
  auto store = Ingest((dir_ / "s.db").string(), WriteFeed(5), 1, 8, &coder, &s);
  auto events = store->QueryEvents({});
  ASSERT_TRUE(events.ok());
  ASSERT_FALSE(events->empty());
  bool saw_china = false;
  for (const StoredEvent& e : *events) {
    auto article = store->GetArticle(e.article);
    ASSERT_TRUE(article.ok());
    const std::string& text = article->article.text;
    ASSERT_LT(e.sentence, article->sentences.size());
    EXPECT_EQ(article->sentences[e.sentence].begin, e.sentence_span.begin);
    EXPECT_EQ(e.sentence_text, e.sentence_span.view(text));
    EXPECT_GE(e.source.span.begin, e.sentence_span.begin);
    EXPECT_LE(e.source.span.end, e.sentence_span.end);
    EXPECT_GE(e.verb.begin, e.sentence_span.begin);
    EXPECT_LE(e.verb.end, e.sentence_span.end);
    if (e.source.code.rfind("CHN", 0) == 0) {
      saw_china = true;
      EXPECT_NE(std::string(e.source.span.view(text)).find("China"), std::string::npos);
      EXPECT_EQ(e.verb.view(text), "condemned");
      EXPECT_EQ(e.verb_entry.rfind("verbs.txt:", 0), 0u) << e.verb_entry;  // base name:line
      EXPECT_EQ(e.target.code, "IGOWSTNAT");
      // "on Tuesday": the last Tuesday on or before the publication date.
      const int32_t published = PublicationDay(article->article.published);
      ASSERT_GT(published, 0);
      EXPECT_EQ(DayOfWeek(e.date), 1) << e.date;
      EXPECT_LE(e.date, published);
      EXPECT_GT(e.date, AddDays(published, -7));
    }
  }
  EXPECT_TRUE(saw_china);
}

TEST_F(CodeEventsTest, RecodeReplacesEventsAndIsIdempotent) {
  const std::string feed = WriteFeed(30);
  Coder coder(dict_);
  IngestSummary coded, plain;
  auto reference = Ingest((dir_ / "ref.db").string(), feed, 2, 8, &coder, &coded);
  auto store = Ingest((dir_ / "s.db").string(), feed, 2, 8, nullptr, &plain);
  RecodeOptions opts;
  opts.coder = &coder;
  opts.coder_run = run_;
  opts.batch_size = 7;
  auto first = RunRecode(*store, opts);
  ASSERT_TRUE(first.ok()) << first.status().ToString();
  EXPECT_EQ(first->articles, 30u);
  EXPECT_EQ(first->events_before, 0u);
  EXPECT_EQ(first->events, coded.events);
  EXPECT_EQ(Lines(*store), Lines(*reference));
  opts.threads = 1;
  auto second = RunRecode(*store, opts);
  ASSERT_TRUE(second.ok());
  EXPECT_EQ(second->events_before, first->events);
  EXPECT_EQ(second->events, first->events);
  EXPECT_EQ(Lines(*store), Lines(*reference));
  // Other dictionaries: every event now names them.
  opts.coder_run.fingerprint = "00000000000000bb";
  ASSERT_TRUE(RunRecode(*store, opts).ok());
  auto recoded = store->QueryEvents({});
  ASSERT_TRUE(recoded.ok());
  ASSERT_FALSE(recoded->empty());
  for (const StoredEvent& e : *recoded) EXPECT_EQ(e.coder_run, "00000000000000bb");
}

TEST(DescribeDictionariesTest, FingerprintFollowsNamesAndBytes) {
  fs::path dir = fs::temp_directory_path() / ("dyad_fp_test_" + std::to_string(::getpid()));
  fs::create_directories(dir / "a");
  fs::create_directories(dir / "b");
  std::ofstream((dir / "a" / "verbs.txt").string()) << "verb one\n";
  std::ofstream((dir / "b" / "verbs.txt").string()) << "verb one\n";
  std::ofstream((dir / "b" / "other.txt").string()) << "verb one\n";
  CoderRun a = DescribeDictionaries({(dir / "a" / "verbs.txt").string()});
  CoderRun b = DescribeDictionaries({(dir / "b" / "verbs.txt").string()});
  CoderRun c = DescribeDictionaries({(dir / "b" / "other.txt").string()});
  EXPECT_EQ(a.fingerprint.size(), 16u);
  EXPECT_EQ(a.fingerprint, b.fingerprint);  // same name and bytes, another folder
  EXPECT_NE(a.fingerprint, c.fingerprint);  // another name
  std::ofstream((dir / "b" / "verbs.txt").string()) << "verb two\n";
  EXPECT_NE(a.fingerprint, DescribeDictionaries({(dir / "b" / "verbs.txt").string()}).fingerprint);
  EXPECT_EQ(a.dictionaries, std::vector<std::string>{(dir / "a" / "verbs.txt").string()});
  fs::remove_all(dir);
}

}  // namespace
}  // namespace dyad
