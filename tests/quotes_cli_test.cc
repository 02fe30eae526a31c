// End-to-end tests of quotes: `dyad ingest` stores the quotes of
// examples/corpus, `dyad quotes` filters them (speaker, actor, words, dates,
// article, limit; JSON Lines and a table) with spans that point at the text
// `dyad show` prints, `dyad show` marks them ⟦ ⟧ and lists their speakers,
// statement events point at their quote, `dyad stats` counts them, and
// `--no-quotes` stores none.
#include <gtest/gtest.h>

#include <algorithm>
#include <nlohmann/json.hpp>

#include "test_util.h"

namespace dyad::testing {
namespace {

using nlohmann::json;

std::string Lower(std::string s) {
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return s;
}

// One store with examples/corpus ingested, shared by the tests.
class QuotesCliTest : public IngestedCorpusTest {
 protected:
  std::vector<json> Quotes(std::vector<std::string> args) {
    std::vector<std::string> all = {"--db", db_, "quotes", "--json"};
    all.insert(all.end(), args.begin(), args.end());
    auto r = RunDyad(all, dir_);
    EXPECT_EQ(r.exit_code, 0) << r.err;
    return JsonLines(r.out);
  }
};

TEST_F(QuotesCliTest, IngestStoresQuotesWhoseSpansPointAtTheShownText) {
  ASSERT_TRUE(summary_["run"]["quoted"].get<bool>());
  const uint64_t quotes = summary_["run"]["quotes"];
  EXPECT_GT(quotes, 100u);
  EXPECT_EQ(summary_["store"]["quotes"], quotes);
  std::vector<json> rows = Quotes({});
  ASSERT_EQ(rows.size(), quotes);
  std::string last_date;
  size_t checked = 0;
  for (const json& q : rows) {
    EXPECT_GE(q["date"].get<std::string>(), last_date);  // by date
    last_date = q["date"];
    if (checked++ % 10 != 0) continue;  // `dyad show` on every tenth
    auto shown = RunDyad({"--db", db_, "show", "--json", q["article"]}, dir_);
    ASSERT_EQ(shown.exit_code, 0) << shown.err;
    json article = json::parse(shown.out);
    const std::string text = article["text"];
    const size_t b = q["inner"]["begin"], e = q["inner"]["end"];
    ASSERT_LE(e, text.size());
    EXPECT_EQ(text.substr(b, e - b), q["text"].get<std::string>());
    bool listed = false;
    for (const json& sq : article["quotes"]) listed |= sq == q;
    EXPECT_TRUE(listed) << q.dump();
  }
}

TEST_F(QuotesCliTest, FiltersSelectWhatTheySay) {
  std::vector<json> all = Quotes({});
  // A speaker with an actor code, and a part of their name in lower case.
  auto spoken = std::find_if(all.begin(), all.end(), [](const json& q) {
    return q["speaker"]["kind"] == "person" && !q["speaker"]["actor"].get<std::string>().empty();
  });
  ASSERT_NE(spoken, all.end());
  const std::string name = (*spoken)["speaker"]["canonical"];
  const std::string part = Lower(name.substr(name.find(' ') + 1));
  std::vector<json> by_speaker = Quotes({"--speaker", part});
  ASSERT_FALSE(by_speaker.empty());
  EXPECT_LT(by_speaker.size(), all.size());
  for (const json& q : by_speaker) {
    const std::string both = Lower(q["speaker"]["canonical"].get<std::string>() + " " +
                                   q["speaker"]["name"].get<std::string>());
    EXPECT_NE(both.find(part), std::string::npos) << q.dump();
  }
  const std::string code = (*spoken)["speaker"]["actor"];
  std::vector<json> by_actor = Quotes({"--actor", code.substr(0, 3)});
  ASSERT_FALSE(by_actor.empty());
  for (const json& q : by_actor)
    EXPECT_EQ(q["speaker"]["actor"].get<std::string>().rfind(code.substr(0, 3), 0), 0u);
  std::vector<json> words = Quotes({"--search", "NOT the"});
  ASSERT_FALSE(words.empty());
  for (const json& q : words) {
    const std::string t = Lower(q["text"]);
    EXPECT_NE(t.find("not"), std::string::npos);
    EXPECT_NE(t.find("the"), std::string::npos);
  }
  std::vector<json> ranged = Quotes({"--from", "2024-07-01", "--to", "2024-07-31"});
  ASSERT_FALSE(ranged.empty());
  EXPECT_LT(ranged.size(), all.size());
  for (const json& q : ranged) {
    EXPECT_GE(q["date"].get<std::string>(), "2024-07-01");
    EXPECT_LE(q["date"].get<std::string>(), "2024-07-31");
  }
  const std::string article = (*spoken)["article"];
  std::vector<json> of_article = Quotes({"--article", article.substr(0, 6)});
  ASSERT_FALSE(of_article.empty());
  for (size_t i = 0; i < of_article.size(); ++i) {
    EXPECT_EQ(of_article[i]["article"], article);
    EXPECT_EQ(of_article[i]["ordinal"], i);
  }
  EXPECT_EQ(Quotes({"--limit", "3"}).size(), 3u);
  auto table = RunDyad({"--db", db_, "quotes", "--speaker", part, "--limit", "1"}, dir_);
  ASSERT_EQ(table.exit_code, 0);
  EXPECT_NE(table.out.find(name), std::string::npos) << table.out;
  EXPECT_NE(table.out.find(code), std::string::npos) << table.out;
  EXPECT_NE(table.err.find("1 quotes"), std::string::npos) << table.err;
  EXPECT_EQ(RunDyad({"--db", db_, "quotes", "--from", "July"}, dir_).exit_code, 2);
  EXPECT_EQ(RunDyad({"--db", db_, "quotes", "--actor", "U-S"}, dir_).exit_code, 2);
  EXPECT_EQ(RunDyad({"--db", db_, "quotes", "--article", "ffffffff"}, dir_).exit_code, 1);
}

TEST_F(QuotesCliTest, ShowMarksQuotesAndStatementsPointAtThem) {
  auto events = RunDyad({"--db", db_, "events", "--json"}, dir_);
  ASSERT_EQ(events.exit_code, 0) << events.err;
  const json* statement = nullptr;
  std::vector<json> rows = JsonLines(events.out);
  for (const json& e : rows) {
    ASSERT_TRUE(e.contains("made_by"));
    if (e["made_by"] == "quote-attribution") statement = &e;
  }
  ASSERT_NE(statement, nullptr);
  const std::string id = (*statement)["article"];
  std::vector<json> quotes = Quotes({"--article", id});
  const size_t ordinal = (*statement)["quote"];
  ASSERT_LT(ordinal, quotes.size());
  const json& q = quotes[ordinal];
  EXPECT_EQ((*statement)["source"]["code"], q["speaker"]["actor"]);
  EXPECT_GE((*statement)["verb"]["begin"].get<size_t>(), q["inner"]["begin"].get<size_t>());
  EXPECT_LE((*statement)["verb"]["end"].get<size_t>(), q["inner"]["end"].get<size_t>());

  auto shown = RunDyad({"--db", db_, "show", id}, dir_);
  ASSERT_EQ(shown.exit_code, 0) << shown.err;
  const std::string& out = shown.out;
  const std::string open = "\u27e6", close = "\u27e7";
  // Each quote is marked in the text (a quote across sentences twice).
  size_t opens = 0;
  for (size_t at = out.find(open); at != std::string::npos; at = out.find(open, at + 1)) ++opens;
  EXPECT_GE(opens, 2 * quotes.size());
  EXPECT_TRUE(out.find(open + "\u201c") != std::string::npos ||
              out.find(open + "\"") != std::string::npos)
      << out;  // the marks go round the quote with its own marks
  EXPECT_NE(out.find("quotes (" + std::to_string(quotes.size()) + ")"), std::string::npos);
  EXPECT_NE(out.find(q["speaker"]["canonical"].get<std::string>()), std::string::npos);
  EXPECT_NE(out.find(open + std::to_string(ordinal) + close + " quote-attribution"),
            std::string::npos)
      << out;

  auto stats = RunDyad({"--db", db_, "stats", "--json"}, dir_);
  ASSERT_EQ(stats.exit_code, 0);
  json st = json::parse(stats.out);
  EXPECT_EQ(st["quotes"], summary_["run"]["quotes"]);
  EXPECT_GT(st["speakers"].get<int>(), 10);
  EXPECT_GT(st["statement_events"].get<int>(), 0);
  auto text = RunDyad({"--db", db_, "stats"}, dir_);
  EXPECT_NE(text.out.find("quotes: " + std::to_string(st["quotes"].get<int>())), std::string::npos)
      << text.out;
}

TEST(QuotesCliNoQuotesTest, NoQuotesStoresNoneAndLinksNoEvent) {
  ScratchDir dir;
  const std::string db = dir / "plain.db";
  auto r = RunDyad(
      {"--db", db, "ingest", "--no-quotes", "--json", "-q", SourceDir() + "/examples/corpus"}, dir);
  ASSERT_LE(r.exit_code, 1) << r.err;
  json s = json::parse(r.out);
  EXPECT_FALSE(s["run"]["quoted"].get<bool>());
  EXPECT_EQ(s["store"]["quotes"], 0);
  EXPECT_GT(s["store"]["events"], 0);
  auto quotes = RunDyad({"--db", db, "quotes"}, dir);
  EXPECT_EQ(quotes.exit_code, 0);
  EXPECT_TRUE(quotes.out.empty());
  EXPECT_NE(quotes.err.find("0 quotes"), std::string::npos);
  auto events = RunDyad({"--db", db, "events", "--json"}, dir);
  for (const json& e : JsonLines(events.out)) {
    EXPECT_TRUE(e["quote"].is_null());
    EXPECT_EQ(e["made_by"], "coder");
  }
  auto human = RunDyad(
      {"--db", dir / "h.db", "ingest", "--no-quotes", SourceDir() + "/examples/corpus/text"}, dir);
  EXPECT_NE(human.out.find("not extracted (--no-quotes)"), std::string::npos) << human.out;
}

}  // namespace
}  // namespace dyad::testing
