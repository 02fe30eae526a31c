// End-to-end tests of `dyad search`: full-text search over the articles and
// quotes of examples/corpus, with filters, JSON Lines and a readable table,
// and a malformed query reported as a usage error.
#include <gtest/gtest.h>

#include <cctype>

#include "test_util.h"

namespace dyad::testing {
namespace {

using nlohmann::json;

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

class SearchCliTest : public IngestedCorpusTest {
 protected:
  std::vector<json> Search(std::vector<std::string> args, int want_exit = 0) {
    std::vector<std::string> all = {"--db", db_, "search", "--json"};
    all.insert(all.end(), args.begin(), args.end());
    auto r = RunDyad(all, dir_);
    EXPECT_EQ(r.exit_code, want_exit) << r.err;
    return JsonLines(r.out);
  }
};

TEST_F(SearchCliTest, FindsArticlesWithMarkedSnippetsAndFilters) {
  std::vector<json> hits = Search({"china", "--limit", "0"});
  ASSERT_GT(hits.size(), 5u);
  for (const json& h : hits) {
    const std::string snippet = h["snippet"];
    ASSERT_FALSE(h["marks"].empty());
    for (const json& m : h["marks"]) {
      const size_t b = m[0], e = m[1];
      EXPECT_EQ(Lower(snippet.substr(b, e - b)), "china");
    }
  }
  EXPECT_EQ(Search({"china", "--limit", "3"}).size(), 3u);
  const std::string outlet = hits[0]["outlet"];
  for (const json& h : Search({"china", "--limit", "0", "--outlet", outlet}))
    EXPECT_EQ(h["outlet"], outlet);
  std::vector<json> phrase = Search({"\"joint patrols\"", "--limit", "0"});
  EXPECT_LT(phrase.size(), hits.size());
  std::vector<json> dated =
      Search({"china", "--limit", "0", "--from", "2024-07-11", "--to", "2024-07-12"});
  EXPECT_LT(dated.size(), hits.size());
  for (const json& h : dated) {
    EXPECT_GE(h["published"].get<std::string>().substr(0, 10), "2024-07-11");
    EXPECT_LE(h["published"].get<std::string>().substr(0, 10), "2024-07-12");
  }
}

TEST_F(SearchCliTest, FindsQuotesBySpeakerOrWords) {
  std::vector<json> hits = Search({"--quotes", "russia", "--limit", "0"});
  ASSERT_FALSE(hits.empty());
  for (const json& h : hits)
    EXPECT_NE(
        Lower(h["words"].get<std::string>() + " " + h["speaker"].get<std::string>()).find("russia"),
        std::string::npos);
  std::vector<json> by_actor = Search({"--quotes", "russia", "--limit", "0", "--actor", "USA"});
  ASSERT_FALSE(by_actor.empty());
  EXPECT_LT(by_actor.size(), hits.size());
  Search({"--quotes", "russia", "--actor", "CHN"}, /*want_exit=*/1);  // none: exit 1
}

TEST_F(SearchCliTest, PrintsATableAndRejectsBadQueries) {
  auto r = RunDyad({"--db", db_, "search", "china", "--limit", "2"}, dir_);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("[China]"), std::string::npos) << r.out;
  EXPECT_NE(r.err.find("2 articles"), std::string::npos);
  r = RunDyad({"--db", db_, "search", "\"unterminated"}, dir_);
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("bad search query"), std::string::npos) << r.err;
  r = RunDyad({"--db", db_, "search", "zzzqqqxxx"}, dir_);
  EXPECT_EQ(r.exit_code, 1);
}

}  // namespace
}  // namespace dyad::testing
