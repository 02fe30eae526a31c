// End-to-end tests of `dyad relations` on examples/corpus: the NATO-China
// and China-Russia series (by month and by day) agree with the events
// `dyad events --fold-copies` lists for both directions (copy-aware
// counts: each folded event counts its independent sources), with every
// report (`--count reports`) and one-a-day; CSV and the text chart fit
// their shapes; a malformed actor is a usage error; and `dyad events
// --one-a-day` keeps one row per (date, source, target, code).
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include <nlohmann/json.hpp>

#include "test_util.h"

namespace dyad::testing {
namespace {

using nlohmann::json;

class RelationsCliTest : public IngestedCorpusTest {
 protected:
  // Per bucket ("2024-07" by month, the day by day): total, quad classes
  // 1..4, Goldstein sum, as `dyad events` gives them for both directions.
  struct Expected {
    uint64_t total = 0, quad[4] = {0, 0, 0, 0};
    double goldstein = 0;
  };
  std::map<std::string, Expected> FromEvents(const std::string& a, const std::string& b,
                                             const std::string& mode, bool by_day) {
    std::map<std::string, Expected> out;
    std::set<std::tuple<std::string, std::string, std::string, std::string>> one_a_day;
    for (auto [source, target] : {std::pair{a, b}, {b, a}}) {
      std::vector<std::string> args = {"--db",     db_,    "events",   "--json",
                                       "--source", source, "--target", target};
      if (mode != "reports") args.push_back("--fold-copies");
      auto r = RunDyad(args, dir_);
      EXPECT_EQ(r.exit_code, 0) << r.err;
      for (const json& e : JsonLines(r.out)) {
        const std::string date = e["date"];
        if (date.empty()) continue;  // undated events belong to no bucket
        uint64_t n = mode == "sources" ? e["sources"].get<uint64_t>() : 1;
        if (mode == "one-a-day" &&
            !one_a_day.insert({date, e["source"]["code"], e["target"]["code"], e["code"]}).second)
          continue;
        Expected& x = out[by_day ? date : date.substr(0, 7)];
        x.total += n;
        x.quad[e["quad_class"].get<int>() - 1] += n;
        x.goldstein += n * e["goldstein"].get<double>();
      }
    }
    return out;
  }

  void Check(const std::string& a, const std::string& b, const std::string& mode, bool by_day) {
    SCOPED_TRACE(a + " " + b + " " + mode + (by_day ? " by day" : " by month"));
    std::vector<std::string> args = {"--db", db_,      "relations", a,
                                     b,      "--json", "--by",      by_day ? "day" : "month"};
    if (mode == "reports") args.insert(args.end(), {"--count", "reports"});
    if (mode == "one-a-day") args.push_back("--one-a-day");
    auto r = RunDyad(args, dir_);
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const json series = json::parse(r.out);
    const auto expected = FromEvents(a, b, mode, by_day);
    ASSERT_FALSE(expected.empty());
    uint64_t total = 0;
    for (const json& p : series["points"]) {
      const std::string bucket = p["bucket"];
      auto it = expected.find(bucket);
      if (it == expected.end()) {
        EXPECT_EQ(p["total"], 0) << bucket;
        continue;
      }
      const Expected& x = it->second;
      EXPECT_EQ(p["total"], x.total) << bucket;
      EXPECT_EQ(p["verbal_cooperation"], x.quad[0]) << bucket;
      EXPECT_EQ(p["material_cooperation"], x.quad[1]) << bucket;
      EXPECT_EQ(p["verbal_conflict"], x.quad[2]) << bucket;
      EXPECT_EQ(p["material_conflict"], x.quad[3]) << bucket;
      EXPECT_NEAR(p["goldstein_sum"].get<double>(), x.goldstein, 1e-6) << bucket;
      if (x.total > 0) {
        EXPECT_NEAR(p["goldstein_mean"].get<double>(), x.goldstein / x.total, 1e-6);
      }
      total += p["total"].get<uint64_t>();
    }
    uint64_t expected_total = 0;
    for (const auto& [bucket, x] : expected) expected_total += x.total;
    EXPECT_EQ(total, expected_total);
    EXPECT_EQ(series["events_counted"], expected_total);
  }
};

TEST_F(RelationsCliTest, NatoChinaAgreesWithTheListedEvents) {
  for (const char* mode : {"sources", "reports", "one-a-day"}) {
    Check("NATO", "CHN", mode, false);
    Check("NATO", "CHN", mode, true);
  }
}

TEST_F(RelationsCliTest, ChinaRussiaAgreesWithTheListedEvents) {
  for (const char* mode : {"sources", "reports", "one-a-day"}) Check("CHN", "RUS", mode, false);
  // Copy-aware counts fewer than every report on this corpus of copies.
  auto copy_aware = RunDyad({"--db", db_, "relations", "CHN", "RUS", "--json"}, dir_);
  auto reports =
      RunDyad({"--db", db_, "relations", "CHN", "RUS", "--json", "--count", "reports"}, dir_);
  EXPECT_LT(json::parse(copy_aware.out)["events_counted"].get<uint64_t>(),
            json::parse(reports.out)["events_counted"].get<uint64_t>());
}

TEST_F(RelationsCliTest, ForwardIsOneDirection) {
  auto fwd =
      RunDyad({"--db", db_, "relations", "NATO", "CHN", "--direction", "forward", "--json"}, dir_);
  auto back =
      RunDyad({"--db", db_, "relations", "NATO", "CHN", "--direction", "backward", "--json"}, dir_);
  auto both = RunDyad({"--db", db_, "relations", "NATO", "CHN", "--json"}, dir_);
  ASSERT_EQ(fwd.exit_code, 0) << fwd.err;
  const uint64_t f = json::parse(fwd.out)["events_counted"],
                 b = json::parse(back.out)["events_counted"];
  EXPECT_GT(f, 0u);
  EXPECT_GT(b, 0u);
  EXPECT_EQ(f + b, json::parse(both.out)["events_counted"].get<uint64_t>());
}

TEST_F(RelationsCliTest, CsvTableAndChart) {
  auto csv = RunDyad({"--db", db_, "relations", "CHN", "RUS", "--csv", "--by", "week"}, dir_);
  ASSERT_EQ(csv.exit_code, 0) << csv.err;
  std::istringstream lines(csv.out);
  std::string header;
  std::getline(lines, header);
  EXPECT_EQ(header,
            "bucket,first,last,verbal_cooperation,material_cooperation,verbal_conflict,"
            "material_conflict,total,goldstein_sum,goldstein_mean");
  size_t rows = 0;
  for (std::string line; std::getline(lines, line); ++rows) {
    EXPECT_EQ(std::count(line.begin(), line.end(), ','), 9) << line;
    EXPECT_EQ(line.find("-W"), 4u) << line;
  }
  EXPECT_GT(rows, 0u);

  auto chart = RunDyad({"--db", db_, "relations", "CHN", "RUS", "--chart"}, dir_);
  ASSERT_EQ(chart.exit_code, 0) << chart.err;
  std::istringstream out(chart.out);
  size_t bars = 0;
  for (std::string line; std::getline(out, line);) {
    EXPECT_LE(line.size(), 80u) << line;
    if (line.find('|') != std::string::npos) ++bars;
  }
  EXPECT_GT(bars, 0u);
  // Not a terminal and no --chart: the table alone.
  auto table = RunDyad({"--db", db_, "relations", "CHN", "RUS"}, dir_);
  EXPECT_EQ(table.out.find('|'), std::string::npos);
  EXPECT_NE(table.out.find("v.coop"), std::string::npos);
}

TEST_F(RelationsCliTest, MalformedActorIsAUsageError) {
  auto r = RunDyad({"--db", db_, "relations", "CH-N", "RUS"}, dir_);
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("CH-N"), std::string::npos) << r.err;
  auto range = RunDyad(
      {"--db", db_, "relations", "CHN", "RUS", "--from", "2025-01-01", "--to", "2024-01-01"}, dir_);
  EXPECT_EQ(range.exit_code, 2) << range.err;
}

TEST_F(RelationsCliTest, EventsOneADayKeepsOnePerDateDyadAndCode) {
  auto all = RunDyad({"--db", db_, "events", "--json"}, dir_);
  auto one = RunDyad({"--db", db_, "events", "--json", "--one-a-day"}, dir_);
  ASSERT_EQ(one.exit_code, 0) << one.err;
  const auto reports = JsonLines(all.out), rows = JsonLines(one.out);
  EXPECT_LT(rows.size(), reports.size());
  std::set<std::tuple<std::string, std::string, std::string, std::string>> keys;
  uint64_t articles = 0;
  for (const json& e : rows) {
    const std::string target = e["target"].is_null() ? "" : e["target"]["code"].get<std::string>();
    EXPECT_TRUE(keys.insert({e["date"], e["source"]["code"], target, e["code"]}).second);
    articles += e["articles"].get<uint64_t>();
  }
  EXPECT_EQ(articles, reports.size());
  for (const json& e : reports) {
    const std::string target = e["target"].is_null() ? "" : e["target"]["code"].get<std::string>();
    EXPECT_TRUE(keys.count({e["date"], e["source"]["code"], target, e["code"]})) << e.dump();
  }
}

}  // namespace
}  // namespace dyad::testing
