// End-to-end tests of coded events: `dyad ingest` codes examples/corpus,
// `dyad events` filters them (JSON Lines, CSV, table) with spans that point
// at the text `dyad show` prints, `--no-code` stores none, and `dyad recode`
// is idempotent.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "test_util.h"

namespace dyad::testing {
namespace {

using nlohmann::json;

// One store with examples/corpus ingested and coded, shared by the tests.
class EventsCliTest : public IngestedCorpusTest {};

TEST_F(EventsCliTest, IngestCodesAndSpansPointAtTheShownText) {
  ASSERT_TRUE(summary_["run"]["coded"].get<bool>());
  const uint64_t events = summary_["run"]["events"];
  EXPECT_GT(events, 20u);
  EXPECT_EQ(summary_["store"]["events"], events);

  auto r = RunDyad({"--db", db_, "events", "--source", "CHN", "--json"}, dir_);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::vector<json> rows = JsonLines(r.out);
  ASSERT_GT(rows.size(), 3u);
  std::string last_date;
  for (const json& e : rows) {
    const std::string source = e["source"]["code"];
    EXPECT_EQ(source.rfind("CHN", 0), 0u) << source;
    EXPECT_GE(e["date"].get<std::string>(), last_date);  // by date
    last_date = e["date"];
    auto shown = RunDyad({"--db", db_, "show", "--json", e["article"]}, dir_);
    ASSERT_EQ(shown.exit_code, 0) << shown.err;
    json article = json::parse(shown.out);
    const std::string text = article["text"];
    const json& sentence = article["sentences"][e["sentence"].get<size_t>()];
    EXPECT_EQ(sentence["begin"], e["sentence_span"]["begin"]);
    EXPECT_EQ(sentence["end"], e["sentence_span"]["end"]);
    EXPECT_EQ(sentence["text"], e["sentence_text"]);
    size_t b = e["source"]["begin"], en = e["source"]["end"];
    ASSERT_LE(en, text.size());
    EXPECT_GE(b, e["sentence_span"]["begin"].get<size_t>());
    EXPECT_LE(en, e["sentence_span"]["end"].get<size_t>());
    EXPECT_FALSE(text.substr(b, en - b).empty());
    size_t vb = e["verb"]["begin"], ve = e["verb"]["end"];
    EXPECT_GT(ve, vb);
    EXPECT_NE(e["rule"].get<std::string>().find(".txt:"), std::string::npos) << e["rule"];
    // `dyad show` lists the same event.
    bool listed = false;
    for (const json& se : article["events"])
      listed |= se["ordinal"] == e["ordinal"] && se["code"] == e["code"];
    EXPECT_TRUE(listed);
  }
}

TEST_F(EventsCliTest, CsvHasAHeaderAndOneRowPerEvent) {
  auto json_out = RunDyad({"--db", db_, "events", "--code", "1", "--json"}, dir_);
  auto csv = RunDyad({"--db", db_, "events", "--code", "1", "--csv"}, dir_);
  ASSERT_EQ(csv.exit_code, 0) << csv.err;
  std::istringstream lines(csv.out);
  std::string header;
  std::getline(lines, header);
  EXPECT_EQ(header.rfind("date,source,source_country,source_agent,code,root,quad_class,goldstein,"
                         "target,",
                         0),
            0u)
      << header;
  size_t rows = 0;
  for (std::string line; std::getline(lines, line);) {
    ++rows;
    // The first fields (date, source, country, agent, code) hold no commas.
    std::vector<std::string> fields;
    std::istringstream cells(line);
    for (std::string f; fields.size() < 5 && std::getline(cells, f, ',');) fields.push_back(f);
    ASSERT_EQ(fields.size(), 5u) << line;
    EXPECT_TRUE(fields[0].empty() || fields[0].size() == 10) << line;
    EXPECT_EQ(fields[4][0], '1') << line;
  }
  // Fields may be quoted, but no sentence in the corpus spans lines.
  EXPECT_EQ(rows, JsonLines(json_out.out).size());
  EXPECT_GT(rows, 0u);
  for (const json& e : JsonLines(json_out.out)) {
    EXPECT_EQ(e["code"].get<std::string>()[0], '1');
    EXPECT_GE(e["quad_class"].get<int>(), 3);  // roots 10-20 are conflict
  }
}

TEST_F(EventsCliTest, FiltersAndTable) {
  auto nato = RunDyad({"--db", db_, "events", "--target", "NATO", "--json"}, dir_);
  ASSERT_EQ(nato.exit_code, 0) << nato.err;
  ASSERT_FALSE(JsonLines(nato.out).empty());
  for (const json& e : JsonLines(nato.out)) EXPECT_EQ(e["target"]["code"], "IGOWSTNAT");
  auto ranged = RunDyad(
      {"--db", db_, "events", "--from", "2024-07-01", "--to", "2024-07-31", "--json"}, dir_);
  ASSERT_EQ(ranged.exit_code, 0);
  ASSERT_FALSE(JsonLines(ranged.out).empty());
  for (const json& e : JsonLines(ranged.out)) {
    EXPECT_GE(e["date"].get<std::string>(), "2024-07-01");
    EXPECT_LE(e["date"].get<std::string>(), "2024-07-31");
  }
  auto limited = RunDyad({"--db", db_, "events", "--limit", "2", "--json"}, dir_);
  EXPECT_EQ(JsonLines(limited.out).size(), 2u);
  auto table = RunDyad({"--db", db_, "events", "--source", "CHN", "--limit", "1"}, dir_);
  ASSERT_EQ(table.exit_code, 0);
  EXPECT_NE(table.out.find("CHN"), std::string::npos) << table.out;
  EXPECT_NE(table.out.find(".txt:"), std::string::npos) << table.out;
  EXPECT_EQ(RunDyad({"--db", db_, "events", "--from", "July"}, dir_).exit_code, 2);
  EXPECT_EQ(RunDyad({"--db", db_, "events", "--source", "C-N"}, dir_).exit_code, 2);
}

TEST_F(EventsCliTest, ReIngestAndRecodeChangeNothing) {
  auto before = RunDyad({"--db", db_, "events", "--json"}, dir_);
  auto again =
      RunDyad({"--db", db_, "ingest", "--json", "-q", SourceDir() + "/examples/corpus"}, dir_);
  ASSERT_LE(again.exit_code, 1) << again.err;
  EXPECT_EQ(json::parse(again.out)["run"]["events"], 0);
  for (int i = 0; i < 2; ++i) {
    auto recode = RunDyad({"--db", db_, "recode", "--json", "--batch", "5"}, dir_);
    ASSERT_EQ(recode.exit_code, 0) << recode.err;
    json s = json::parse(recode.out);
    EXPECT_EQ(s["events"], s["events_before"]);
    EXPECT_EQ(s["events"], summary_["run"]["events"]);
  }
  auto after = RunDyad({"--db", db_, "events", "--json"}, dir_);
  EXPECT_EQ(after.out, before.out);
}

TEST(EventsCliNoCodeTest, NoCodeStoresNoEventsAndRecodeAddsThem) {
  ScratchDir dir;
  const std::string db = dir / "plain.db";
  auto r = RunDyad(
      {"--db", db, "ingest", "--no-code", "--json", "-q", SourceDir() + "/examples/corpus/text"},
      dir);
  ASSERT_LE(r.exit_code, 1) << r.err;
  json s = json::parse(r.out);
  EXPECT_FALSE(s["run"]["coded"].get<bool>());
  EXPECT_EQ(s["store"]["events"], 0);
  auto recode = RunDyad({"--db", db, "recode", "--json"}, dir);
  ASSERT_EQ(recode.exit_code, 0) << recode.err;
  EXPECT_GT(json::parse(recode.out)["events"].get<int>(), 0);
  auto text = RunDyad({"--db", db, "ingest"}, dir);  // path required
  EXPECT_EQ(text.exit_code, 2);
}

}  // namespace
}  // namespace dyad::testing
