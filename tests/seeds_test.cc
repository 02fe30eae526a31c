// End-to-end test on the five real reports in ../shared/corpus/seeds: the
// whole pipeline finds their outlets and dates, and the stored text has lost
// the scraped boilerplate but kept the article's own words.
#include <gtest/gtest.h>

#include <map>
#include <nlohmann/json.hpp>

#include "test_util.h"

namespace dyad::testing {
namespace {

using nlohmann::json;

TEST(SeedsTest, IngestsTheSeedsWithOutletsDatesAndNoBoilerplate) {
  const std::string seeds = SharedDir() + "/corpus/seeds";
  if (!fs::exists(seeds)) GTEST_SKIP() << seeds << " is not present";
  ScratchDir dir;
  const std::string db = dir / "seeds.db";
  auto r = RunDyad({"--db", db, "ingest", "--json", seeds}, dir);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(json::parse(r.out)["store"]["articles"], 5);

  auto list = RunDyad({"--db", db, "articles", "--json"}, dir);
  ASSERT_EQ(list.exit_code, 0);
  std::map<std::string, json> by_file;  // seed file name -> stored article
  std::istringstream lines(list.out);
  for (std::string line; std::getline(lines, line);) {
    json row = json::parse(line);
    auto show = RunDyad({"--db", db, "show", "--json", row["id"]}, dir);
    ASSERT_EQ(show.exit_code, 0);
    json a = json::parse(show.out);
    std::string source = a["sources"][0]["source"];
    by_file[fs::path(source).filename().string().substr(0, 3)] = a;
  }
  ASSERT_EQ(by_file.size(), 5u);

  EXPECT_EQ(by_file["000"]["outlet"]["value"], "Newsweek");
  EXPECT_EQ(by_file["002"]["outlet"]["value"], "CNN");
  EXPECT_EQ(by_file["004"]["outlet"]["value"], "DW");
  EXPECT_EQ(by_file["003"]["published"]["value"], "2024-07-31");
  EXPECT_EQ(by_file["004"]["published"]["value"], "2024-07-10");
  EXPECT_EQ(by_file["003"]["title"]["value"], "China-NATO Relations Reach Breakdown");

  // Boilerplate of each kind the seeds carry is gone ...
  const std::vector<std::pair<std::string, std::string>> gone = {
      {"001", "Leave a Reply"},
      {"001", "Required fields are marked"},
      {"002", "Sign up for CNN"},
      {"002", "Sergey Bobirov/Pool/AFP/Getty Images"},
      {"003", "Language : English"},
      {"003", "NATO.jpg"},
      {"003", "Back to Top"},
      {"003", "You might also like"},
      {"004", "Follow us on Google News"},
      {"004", "PREV The million-dollar invention"},
      {"004", "NEXT Colombia"},
  };
  for (const auto& [file, line] : gone) {
    std::string text = by_file[file]["text"];
    EXPECT_EQ(text.find(line), std::string::npos) << file << " still has: " << line;
  }
  // ... while the article text stays, first paragraph to last.
  const std::vector<std::pair<std::string, std::string>> kept = {
      {"000", "Those two are increasingly sharing a toolkit that should concern the NATO"},
      {"000", "limit its dependence on China."},
      {"001", "sharing a toolkit"},
      {"001", "hybrid techniques that particularly the Chinese language wish to depend on."},
      {"002", "NATO leaders said Wednesday that China is a"},
      {"002", "NATO must not become a disruptor to peace and stability"},
      {"003", "In their July 10 Washington Summit Declaration"},
      {"003", "will invariably spur NATO concerns about China."},
      {"004", "At their summit in the US capital Washington"},
      {"004", "make things worse"},
  };
  for (const auto& [file, words] : kept) {
    std::string text = by_file[file]["text"];
    EXPECT_NE(text.find(words), std::string::npos) << file << " lost: " << words;
  }
}

}  // namespace
}  // namespace dyad::testing
