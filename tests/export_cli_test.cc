// End-to-end tests of `dyad export events` on examples/corpus: GDELT rows
// have 61 tab-separated columns and Phoenix rows 26, one line each; a GDELT
// row and a Phoenix row checked field by field against the same event from
// `dyad events --json`; CSV parsed as RFC 4180 (quoted commas, quotes and
// line breaks) has the header's columns in every record; JSON Lines holds
// every event with its provenance; --fold-copies writes one row per folded
// event with GDELT's counts; tabs and line breaks in an outlet's name
// never break a tab-separated row; --output writes a file.
#include <gtest/gtest.h>

#include <map>

#include <nlohmann/json.hpp>

#include "test_util.h"

namespace dyad::testing {
namespace {

using nlohmann::json;

std::vector<std::string> Split(const std::string& line, char sep) {
  std::vector<std::string> out(1);
  for (char c : line) {
    if (c == sep) {
      out.emplace_back();
    } else {
      out.back() += c;
    }
  }
  return out;
}

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

// RFC 4180 records: fields split on commas outside quotes, "" inside
// quotes a quote, line breaks inside quotes part of the field.
std::vector<std::vector<std::string>> ParseCsv(const std::string& text) {
  std::vector<std::vector<std::string>> records;
  std::vector<std::string> record(1);
  bool quoted = false;
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        record.back() += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        record.back() += c;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      record.emplace_back();
    } else if (c == '\n') {
      records.push_back(std::move(record));
      record.assign(1, "");
    } else {
      record.back() += c;
    }
  }
  return records;
}

class ExportCliTest : public IngestedCorpusTest {
 protected:
  std::string Export(std::vector<std::string> args) {
    args.insert(args.begin(), {"--db", db_, "export", "events"});
    auto r = RunDyad(args, dir_);
    EXPECT_EQ(r.exit_code, 0) << r.err;
    return r.out;
  }
  // Every event as `dyad events --json` gives it, by event_row (from jsonl export).
  std::map<int64_t, json> EventsByRow() {
    std::map<int64_t, json> out;
    for (const json& e : JsonLines(Export({"--format", "jsonl"}))) out[e["event_row"]] = e;
    return out;
  }
};

TEST_F(ExportCliTest, GdeltRowsHave61ColumnsAndMatchTheEvent) {
  const auto rows = Lines(Export({"--format", "gdelt"}));
  auto listed = RunDyad({"--db", db_, "events", "--json"}, dir_);
  const auto events = JsonLines(listed.out);
  ASSERT_EQ(rows.size(), events.size());
  const auto by_row = EventsByRow();
  bool checked = false;
  for (const std::string& line : rows) {
    const auto f = Split(line, '\t');
    ASSERT_EQ(f.size(), 61u) << line;
    const json& e = by_row.at(std::stoll(f[0]));
    EXPECT_EQ(f[5], e["source"]["code"]);
    EXPECT_EQ(f[26], e["code"]);
    EXPECT_EQ(f[28], e["root"]);
    if (checked || e["date"] == "" || e["target"].is_null() || e["source"]["agent"] == "") continue;
    checked = true;  // one dated row with a target and an agent, field by field
    const std::string date = e["date"];
    const std::string ymd = date.substr(0, 4) + date.substr(5, 2) + date.substr(8, 2);
    EXPECT_EQ(f[1], ymd);
    EXPECT_EQ(f[2], ymd.substr(0, 6));
    EXPECT_EQ(f[3], ymd.substr(0, 4));
    EXPECT_EQ(f[4].substr(0, 5), ymd.substr(0, 4) + ".");
    EXPECT_EQ(f[6], e["source"]["name"]);
    EXPECT_EQ(f[7], e["source"]["country"]);
    EXPECT_EQ(f[12], e["source"]["agent"]);
    EXPECT_EQ(f[15], e["target"]["code"]);
    EXPECT_EQ(f[16], e["target"]["name"]);
    EXPECT_EQ(f[17], e["target"]["country"]);
    EXPECT_EQ(f[22], e["target"]["agent"]);
    EXPECT_EQ(f[25], e["sentence"] == 0 ? "1" : "0");
    EXPECT_EQ(f[27], e["code"].get<std::string>().substr(0, 3));
    EXPECT_EQ(f[29], std::to_string(e["quad_class"].get<int>()));
    char goldstein[16];
    std::snprintf(goldstein, sizeof goldstein, "%.1f", e["goldstein"].get<double>());
    EXPECT_EQ(f[30], goldstein);
    EXPECT_EQ(f[31], "1");  // unfolded: one report
    EXPECT_EQ(f[34], "");   // AvgTone
    for (int geo = 35; geo < 59; ++geo) EXPECT_EQ(f[geo], "") << geo;
    EXPECT_EQ(f[59].size(), 14u);  // DATEADDED YYYYMMDDHHMMSS
    EXPECT_EQ(f[60], e["url"]);
  }
  EXPECT_TRUE(checked);
}

TEST_F(ExportCliTest, PhoenixRowsHave26ColumnsAndMatchTheEvent) {
  const auto rows = Lines(Export({"--format", "phoenix", "--source", "CHN"}));
  ASSERT_FALSE(rows.empty());
  const auto by_row = EventsByRow();
  for (const std::string& line : rows) {
    const auto f = Split(line, '\t');
    ASSERT_EQ(f.size(), 26u) << line;
    const json& e = by_row.at(std::stoll(f[0]));
    EXPECT_EQ(f[5], e["source"]["code"]);
    EXPECT_EQ(f[6], "CHN");  // the source's country: the entity
    EXPECT_EQ(f[7], e["source"]["agent"]);
    EXPECT_EQ(f[9], e["target"].is_null() ? "" : e["target"]["code"].get<std::string>());
    EXPECT_EQ(f[13], e["code"]);
    EXPECT_EQ(f[14], e["root"]);
    EXPECT_EQ(f[15], std::to_string(e["quad_class"].get<int>()));
    EXPECT_EQ(f[23],
              e["article"].get<std::string>() + "_" + std::to_string(e["sentence"].get<int>()));
    EXPECT_EQ(f[24], e["url"]);
    EXPECT_EQ(f[25], e["outlet"]);
    if (e["date"] != "") {
      const std::string date = e["date"];
      EXPECT_EQ(f[1], date.substr(0, 4) + date.substr(5, 2) + date.substr(8, 2));
      EXPECT_EQ(f[2], date.substr(0, 4));
      EXPECT_EQ(f[3], std::to_string(std::stoi(date.substr(5, 2))));
    }
  }
}

TEST_F(ExportCliTest, CsvIsRfc4180WithEveryField) {
  const std::string out = Export({"--format", "csv"});
  const auto records = ParseCsv(out);
  ASSERT_GT(records.size(), 10u);
  const auto& header = records[0];
  EXPECT_EQ(header[0], "date");
  EXPECT_EQ(header.back(), "event_row");
  const auto by_row = EventsByRow();
  EXPECT_EQ(records.size() - 1, by_row.size());
  bool quoted_comma = false;
  for (size_t i = 1; i < records.size(); ++i) {
    ASSERT_EQ(records[i].size(), header.size()) << i;
    std::map<std::string, std::string> r;
    for (size_t k = 0; k < header.size(); ++k) r[header[k]] = records[i][k];
    const json& e = by_row.at(std::stoll(r["event_row"]));
    EXPECT_EQ(r["sentence_text"], e["sentence_text"]);  // quotes, commas survive
    EXPECT_EQ(r["verb_entry"], e["verb_entry"]);
    EXPECT_EQ(r["article"], e["article"]);
    EXPECT_EQ(r["sentence_begin"], std::to_string(e["sentence_span"]["begin"].get<int>()));
    quoted_comma |= r["sentence_text"].find(',') != std::string::npos;
  }
  EXPECT_TRUE(quoted_comma);
}

TEST_F(ExportCliTest, JsonlHoldsProvenanceAndFoldingCounts) {
  const auto rows = JsonLines(Export({"--format", "jsonl"}));
  ASSERT_FALSE(rows.empty());
  for (const json& e : rows) {
    EXPECT_FALSE(e["article"].get<std::string>().empty());
    EXPECT_TRUE(e.contains("sentence_span"));
    EXPECT_NE(e["verb_entry"].get<std::string>().find(".txt:"), std::string::npos);
    EXPECT_TRUE(e["source"].contains("entries"));
    EXPECT_TRUE(e.contains("made_by"));
  }
  // Folded: as many rows as `dyad events --fold-copies`, with their counts.
  auto folded_events =
      JsonLines(RunDyad({"--db", db_, "events", "--json", "--fold-copies"}, dir_).out);
  const auto folded = Lines(Export({"--format", "gdelt", "--fold-copies"}));
  ASSERT_EQ(folded.size(), folded_events.size());
  uint64_t sources = 0, expected_sources = 0, mentions = 0;
  for (const std::string& line : folded) {
    const auto f = Split(line, '\t');
    ASSERT_EQ(f.size(), 61u);
    EXPECT_LE(std::stoul(f[32]), std::stoul(f[33]));  // NumSources <= NumArticles
    EXPECT_LE(std::stoul(f[33]), std::stoul(f[31]));  // NumArticles <= NumMentions
    sources += std::stoul(f[32]);
    mentions += std::stoul(f[31]);
  }
  for (const json& e : folded_events) expected_sources += e["sources"].get<uint64_t>();
  EXPECT_EQ(sources, expected_sources);
  EXPECT_EQ(mentions, rows.size());
  EXPECT_LT(folded.size(), rows.size());
}

TEST_F(ExportCliTest, TabsAndLineBreaksInNamesKeepOneRowPerEvent) {
  const std::string feed = dir_ / "tabbed.jsonl";
  WriteFile(
      feed,
      "{\"id\": \"t1\", \"url\": \"https://x.example/a\\tb\", \"outlet\": \"Tab\\tNews\\nDaily\", "
      "\"title\": \"China\\tand Russia\", \"published\": \"2024-03-05T09:00:00Z\", \"text\": "
      "\"China accused Russia of lying on Monday. Russia criticized China on Tuesday.\"}\n");
  auto r = RunDyad({"--db", db_, "ingest", "-q", feed}, dir_);
  ASSERT_LE(r.exit_code, 1) << r.err;
  const auto rows =
      Lines(Export({"--format", "phoenix", "--from", "2024-03-05", "--to", "2024-03-05"}));
  bool found = false;
  for (const std::string& line : rows) {
    const auto f = Split(line, '\t');
    ASSERT_EQ(f.size(), 26u) << line;
    if (f[25].find("Tab") == 0) {
      found = true;
      EXPECT_EQ(f[25].find('\n'), std::string::npos);
    }
  }
  EXPECT_TRUE(found) << r.err;
  for (const std::string& line : Lines(Export({"--format", "gdelt"}))) {
    EXPECT_EQ(Split(line, '\t').size(), 61u) << line;
  }
}

TEST_F(ExportCliTest, OutputFileAndBadFormat) {
  const std::string path = dir_ / "events.tsv";
  auto r = RunDyad({"--db", db_, "export", "events", "--format", "gdelt", "-o", path}, dir_);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(r.out.empty());
  EXPECT_EQ(ReadFile(path), Export({"--format", "gdelt"}));
  auto bad = RunDyad({"--db", db_, "export", "events", "--format", "xml"}, dir_);
  EXPECT_EQ(bad.exit_code, 2);
}

}  // namespace
}  // namespace dyad::testing
