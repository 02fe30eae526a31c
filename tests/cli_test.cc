// End-to-end tests of the dyad command: help and usage errors, exit codes,
// ingest from files and stdin, idempotent re-ingest, listings, show, extract.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "test_util.h"

namespace dyad::testing {
namespace {

using nlohmann::json;

const char* kArticleA =
    "Ministers Meet in Geneva\n\n"
    "Foreign ministers from France and Japan met in Geneva on Monday to discuss shipping "
    "security in the Red Sea.\n\n"
    "The two governments agreed to share information about attacks on merchant vessels.\n";

const char* kJsonl =
    R"({"id":"x1","url":"https://news.example/2024/05/02/a","outlet":"Example News","title":"Talks resume","published":"2024-05-02","text":"Negotiators from both countries resumed talks on Thursday.\n\nThey will meet again next week."})"
    "\n"
    R"({"id":"x2","url":"https://news.example/2024/05/03/b","outlet":"Example News","title":"Talks stall","published":"2024-05-03","html":"<html><body><article><p>The talks stalled on Friday after a dispute over the agenda.</p><p>Both sides blamed each other.</p></article></body></html>"})"
    "\n";

TEST(CliTest, HelpExitsZeroForEverySubcommand) {
  ScratchDir dir;
  for (const char* sub : {"ingest", "extract", "articles", "show", "stats", "code", "validate",
                          "dict", "events", "recode", "quotes"}) {
    auto r = RunDyad({sub, "--help"}, dir);
    EXPECT_EQ(r.exit_code, 0) << sub;
    EXPECT_NE(r.out.find("Usage"), std::string::npos) << sub << ": " << r.out;
  }
  auto top = RunDyad({"--help"}, dir);
  EXPECT_EQ(top.exit_code, 0);
  EXPECT_NE(top.out.find("ingest"), std::string::npos);
  EXPECT_NE(top.out.find("quotes"), std::string::npos);
  auto quotes = RunDyad({"quotes", "--help"}, dir);
  for (const char* option :
       {"--speaker", "--actor", "--search", "--from", "--to", "--article", "--limit", "--json"})
    EXPECT_NE(quotes.out.find(option), std::string::npos) << option;
  auto ingest = RunDyad({"ingest", "--help"}, dir);
  EXPECT_NE(ingest.out.find("--no-quotes"), std::string::npos);
}

TEST(CliTest, UsageErrorsExitTwo) {
  ScratchDir dir;
  EXPECT_EQ(RunDyad({}, dir).exit_code, 2);
  EXPECT_EQ(RunDyad({"no-such-command"}, dir).exit_code, 2);
  EXPECT_EQ(RunDyad({"ingest"}, dir).exit_code, 2);  // PATH is required
  EXPECT_EQ(RunDyad({"articles", "--limit", "many"}, dir).exit_code, 2);
}

TEST(CliTest, ReadingAMissingStoreExplainsAndExitsOne) {
  ScratchDir dir;
  auto r = RunDyad({"--db", dir / "absent.db", "articles"}, dir);
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("absent.db"), std::string::npos) << r.err;
  EXPECT_FALSE(fs::exists(dir / "absent.db"));  // reading never creates a store
}

TEST(CliTest, IngestsListsShowsAndIsIdempotent) {
  ScratchDir dir;
  WriteFile(dir / "a.txt", kArticleA);
  WriteFile(dir / "b.jsonl", kJsonl);
  const std::string db = dir / "store.db";

  auto first = RunDyad({"--db", db, "ingest", "--json", dir / "a.txt", dir / "b.jsonl"}, dir);
  ASSERT_EQ(first.exit_code, 0) << first.err;
  json s1 = json::parse(first.out);
  EXPECT_EQ(s1["run"]["documents"], 3);
  EXPECT_EQ(s1["run"]["articles_new"], 3);
  EXPECT_EQ(s1["store"]["articles"], 3);

  auto second = RunDyad({"--db", db, "ingest", "--json", dir / "a.txt", dir / "b.jsonl"}, dir);
  ASSERT_EQ(second.exit_code, 0) << second.err;
  json s2 = json::parse(second.out);
  EXPECT_EQ(s2["run"]["articles_new"], 0);
  EXPECT_EQ(s2["run"]["articles_known"], 3);
  EXPECT_EQ(s2["store"]["articles"], 3);
  EXPECT_EQ(s2["store"]["sources"], 3);

  auto list = RunDyad({"--db", db, "articles", "--json", "--outlet", "example news"}, dir);
  ASSERT_EQ(list.exit_code, 0) << list.err;
  std::vector<json> rows;
  std::istringstream lines(list.out);
  for (std::string line; std::getline(lines, line);) rows.push_back(json::parse(line));
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0]["title"], "Talks stall");  // newest first
  EXPECT_EQ(rows[0]["published"], "2024-05-03");
  EXPECT_EQ(rows[1]["title"], "Talks resume");

  const std::string id = rows[1]["id"];
  auto show = RunDyad({"--db", db, "show", "--json", id.substr(0, 8)}, dir);
  ASSERT_EQ(show.exit_code, 0) << show.err;
  json article = json::parse(show.out);
  EXPECT_EQ(article["id"], id);
  EXPECT_EQ(article["outlet"]["value"], "Example News");
  EXPECT_EQ(article["outlet"]["source"], "container");
  ASSERT_EQ(article["sentences"].size(), 2u);
  EXPECT_EQ(article["sentences"][0]["text"],
            "Negotiators from both countries resumed talks on Thursday.");
  ASSERT_EQ(article["sources"].size(), 1u);
  EXPECT_EQ(article["sources"][0]["locator"], "line 1");

  auto text = RunDyad({"--db", db, "show", id}, dir);
  EXPECT_EQ(text.exit_code, 0);
  EXPECT_NE(text.out.find("resumed talks on Thursday."), std::string::npos);

  EXPECT_EQ(RunDyad({"--db", db, "show", "ffffffffffffffff"}, dir).exit_code, 1);
  EXPECT_EQ(RunDyad({"--db", db, "show", "xyz"}, dir).exit_code, 2);
}

TEST(CliTest, IngestsStandardInput) {
  ScratchDir dir;
  WriteFile(dir / "in.jsonl", kJsonl);
  const std::string db = dir / "store.db";
  auto r = RunDyad({"--db", db, "ingest", "--json", "-"}, dir, dir / "in.jsonl");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(json::parse(r.out)["run"]["articles_new"], 2);
}

TEST(CliTest, ExtractPrintsJsonAndStoresNothing) {
  ScratchDir dir;
  WriteFile(dir / "a.txt", kArticleA);
  auto r = RunDyad({"--db", dir / "never.db", "extract", dir / "a.txt"}, dir);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  json j = json::parse(r.out);
  EXPECT_EQ(j["source"], dir / "a.txt");
  EXPECT_NE(j["article"]["text"].get<std::string>().find("merchant vessels"), std::string::npos);
  EXPECT_FALSE(fs::exists(dir / "never.db"));
}

}  // namespace
}  // namespace dyad::testing

namespace dyad::testing {
namespace {

TEST(DictCheckTest, ReportsBadLinesByFileAndLineAndLoadsTheRest) {
  ScratchDir dir;
  WriteFile(dir / "mine.txt",
            "# dyad dictionary\n"
            "country CHN  China | Chinese@adj\n"
            "person Nobody => XX 2020-01-01..\n"
            "agent GOV  government\n"
            "bogus line here\n");
  auto r = RunDyad({"dict", "check", "--json", dir / "mine.txt"}, dir);
  EXPECT_EQ(r.exit_code, 1);
  nlohmann::json j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["problems"], 2);
  ASSERT_EQ(j["files"].size(), 1u);
  const auto& f = j["files"][0];
  EXPECT_EQ(f["counts"]["actors"], 1);
  EXPECT_EQ(f["counts"]["agents"], 1);
  ASSERT_EQ(f["problems"].size(), 2u);
  EXPECT_EQ(f["problems"][0].get<std::string>().rfind(dir / "mine.txt:3: ", 0), 0u)
      << f["problems"][0];
  EXPECT_EQ(f["problems"][1].get<std::string>().rfind(dir / "mine.txt:5: ", 0), 0u)
      << f["problems"][1];
}

TEST(DictCheckTest, DefaultDictionariesLoadCleanly) {
  ScratchDir dir;
  std::vector<std::string> args = {"dict", "check"};
  for (const auto& e : fs::directory_iterator(SourceDir() + "/data/dictionaries"))
    if (e.path().extension() == ".txt") args.push_back(e.path().string());
  auto r = RunDyad(args, dir);
  EXPECT_EQ(r.exit_code, 0) << r.out;
  EXPECT_NE(r.out.find("0 problems"), std::string::npos);
}

}  // namespace
}  // namespace dyad::testing
