// End-to-end tests of provenance: `dyad ingest` links the copies of
// examples/corpus, `dyad copies` lists the groups (every member named once,
// the original among them) and one article's links with passages whose
// offsets and excerpts point at the texts `dyad show` prints, `dyad
// original` names the group's original, `dyad events --fold-copies` counts
// fewer events than reports, `dyad stats` counts links, `--no-copies`
// stores none, and an unknown id is an error.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <set>

#include "test_util.h"

namespace dyad::testing {
namespace {

using nlohmann::json;

class CopiesCliTest : public IngestedCorpusTest {
 protected:
  std::vector<json> Copies(std::vector<std::string> args) {
    std::vector<std::string> all = {"--db", db_, "copies", "--json"};
    all.insert(all.end(), args.begin(), args.end());
    auto r = RunDyad(all, dir_);
    EXPECT_EQ(r.exit_code, 0) << r.err;
    return JsonLines(r.out);
  }
  std::string Text(const std::string& id) {
    auto shown = RunDyad({"--db", db_, "show", "--json", id}, dir_);
    EXPECT_EQ(shown.exit_code, 0) << shown.err;
    return json::parse(shown.out)["text"];
  }
};

TEST_F(CopiesCliTest, GroupsNameEachMemberOnceWithItsOriginal) {
  std::vector<json> rows = Copies({});
  std::set<std::string> seen;
  size_t groups = 0, reuse = 0;
  for (const json& row : rows) {
    if (row.contains("group")) {
      ++groups;
      const json& g = row["group"];
      std::vector<std::string> members = g["members"];
      EXPECT_GE(members.size(), 2u);
      EXPECT_NE(std::find(members.begin(), members.end(), g["original"]), members.end());
      for (const std::string& m : members) EXPECT_TRUE(seen.insert(m).second) << m;
      auto r = RunDyad({"--db", db_, "original", "--json", members.back()}, dir_);
      ASSERT_EQ(r.exit_code, 0) << r.err;
      EXPECT_EQ(json::parse(r.out), g);
    } else {
      ASSERT_TRUE(row.contains("link"));
      const std::string kind = row["link"]["kind"];
      EXPECT_TRUE(kind == "partial" || kind == "quote-shared") << kind;
      ++reuse;
    }
  }
  EXPECT_EQ(groups, 10u);
  EXPECT_GE(reuse, 4u);
  auto table = RunDyad({"--db", db_, "copies"}, dir_);
  ASSERT_EQ(table.exit_code, 0);
  EXPECT_NE(table.out.find("original"), std::string::npos);
  EXPECT_NE(table.err.find("10 copy groups"), std::string::npos) << table.err;
}

TEST_F(CopiesCliTest, AnArticlesLinksPointAtBothTexts) {
  std::vector<json> groups = Copies({});
  ASSERT_FALSE(groups.empty());
  ASSERT_TRUE(groups[0].contains("group"));
  const std::string original = groups[0]["group"]["original"];
  std::vector<json> links = Copies({original.substr(0, 8)});
  ASSERT_FALSE(links.empty());
  for (const json& l : links) {
    if (l.contains("quote_link")) continue;  // the article's quotes' links, tested elsewhere
    EXPECT_TRUE(l["article"] == original || l["other"] == original);
    EXPECT_FALSE(l["rule"].get<std::string>().empty());
    const std::string a = Text(l["article"]), o = Text(l["other"]);
    ASSERT_FALSE(l["passages"].empty());
    for (const json& p : l["passages"]) {
      const size_t ab = p["article"][0], ae = p["article"][1], ob = p["other"][0],
                   oe = p["other"][1];
      ASSERT_LE(ae, a.size());
      ASSERT_LE(oe, o.size());
      std::string excerpt = p["article_excerpt"];
      if (excerpt.ends_with("...")) excerpt.resize(excerpt.size() - 3);
      EXPECT_EQ(a.substr(ab, std::min(excerpt.size(), ae - ab)).substr(0, 20),
                excerpt.substr(0, 20));
      excerpt = p["other_excerpt"];
      EXPECT_EQ(o.substr(ob, 20), excerpt.substr(0, 20));
    }
  }
  auto table = RunDyad({"--db", db_, "copies", original}, dir_);
  ASSERT_EQ(table.exit_code, 0);
  EXPECT_NE(table.out.find("coverage"), std::string::npos);
  auto unknown = RunDyad({"--db", db_, "copies", "ffffffffffffffff"}, dir_);
  EXPECT_NE(unknown.exit_code, 0);
  auto no_original = RunDyad({"--db", db_, "original", "ffffffffffffffff"}, dir_);
  EXPECT_NE(no_original.exit_code, 0);
}

TEST_F(CopiesCliTest, FoldingCountsCopiesOnceAndStatsCountLinks) {
  ASSERT_GT(summary_["store"]["events"].get<uint64_t>(), 100u);
  auto all = RunDyad({"--db", db_, "events", "--json"}, dir_);
  auto folded = RunDyad({"--db", db_, "events", "--json", "--fold-copies"}, dir_);
  ASSERT_EQ(all.exit_code, 0);
  ASSERT_EQ(folded.exit_code, 0) << folded.err;
  const auto reports = JsonLines(all.out), events = JsonLines(folded.out);
  EXPECT_LT(events.size(), reports.size());
  uint64_t articles = 0;
  bool several = false;
  for (const json& e : events) {
    EXPECT_GE(e["articles"].get<uint32_t>(), e["sources"].get<uint32_t>());
    articles += e["articles"].get<uint64_t>();
    several |= e["sources"].get<uint32_t>() > 1;
  }
  EXPECT_TRUE(several);
  EXPECT_LE(articles, reports.size());
  auto stats = RunDyad({"--db", db_, "stats", "--json"}, dir_);
  ASSERT_EQ(stats.exit_code, 0);
  const json st = json::parse(stats.out);
  EXPECT_EQ(st["copy_links"], summary_["run"]["copy_links"]);
  EXPECT_GT(st["copy_links"].get<size_t>(), 40u);
  EXPECT_EQ(st["copy_groups"], 10);
  EXPECT_EQ(st["fingerprinted_articles"], st["articles"]);

  const std::string db = dir_ / "none.db";
  auto r = RunDyad(
      {"--db", db, "ingest", "-q", "--no-code", "--no-copies", SourceDir() + "/examples/corpus"},
      dir_);
  ASSERT_LE(r.exit_code, 1) << r.err;
  auto none = RunDyad({"--db", db, "copies", "--json"}, dir_);
  ASSERT_EQ(none.exit_code, 0);
  EXPECT_TRUE(none.out.empty());
}

}  // namespace
}  // namespace dyad::testing
