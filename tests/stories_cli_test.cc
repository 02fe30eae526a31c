// End-to-end tests of stories: `dyad ingest` assigns examples/corpus to
// stories; ingesting the same files in two runs, with other thread counts
// and batch sizes, or reading again articles stored without a story, gives
// exactly the same stories and assignments (story, rule, similarity) as one
// run; `dyad stories --rebuild` reproduces the
// ingest result, also after an ingest with --no-stories; `dyad stories`
// filters by date, actor and limit; `dyad story ID` shows articles, events
// (copy-folded) and quotes; bad ids and filters are errors.
#include <gtest/gtest.h>

#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "test_util.h"

namespace dyad::testing {
namespace {

using nlohmann::json;

// examples/corpus's folders, in the order a run of the whole folder reads them.
const std::vector<std::string> kFirstHalf = {"crawl", "feeds", "html"};
const std::vector<std::string> kSecondHalf = {"text", "wire"};

class StoriesCliTest : public ::testing::Test {
 protected:
  // Ingests `folders` of examples/corpus into `db` with extra `flags`.
  void Ingest(const std::string& db, const std::vector<std::string>& folders,
              const std::vector<std::string>& flags) {
    std::vector<std::string> args = {"--db", db, "ingest", "-q"};
    args.insert(args.end(), flags.begin(), flags.end());
    for (const auto& f : folders) args.push_back(SourceDir() + "/examples/corpus/" + f);
    auto r = RunDyad(args, dir_);
    ASSERT_LE(r.exit_code, 1) << r.err;
  }

  std::vector<json> Stories(const std::string& db, std::vector<std::string> args = {}) {
    std::vector<std::string> all = {"--db", db, "stories", "--json"};
    all.insert(all.end(), args.begin(), args.end());
    auto r = RunDyad(all, dir_);
    EXPECT_EQ(r.exit_code, 0) << r.err;
    return JsonLines(r.out);
  }

  json Story(const std::string& db, uint32_t id) {
    auto r = RunDyad({"--db", db, "story", "--json", std::to_string(id)}, dir_);
    EXPECT_EQ(r.exit_code, 0) << r.err;
    return json::parse(r.out);
  }

  // Every story with its members (article, rule, similarity, copy), by id.
  std::map<uint32_t, json> Everything(const std::string& db) {
    std::map<uint32_t, json> out;
    for (const json& s : Stories(db)) {
      json full = Story(db, s["id"]);
      EXPECT_EQ(full["label"], s["label"]);
      out[s["id"]] = full;
    }
    return out;
  }

  ScratchDir dir_;
};

TEST_F(StoriesCliTest, TwoRunsAndRebuildGiveExactlyTheStoriesOfOneRun) {
  const std::string one = dir_ / "one.db", two = dir_ / "two.db", later = dir_ / "later.db",
                    resumed = dir_ / "resumed.db";
  std::vector<std::string> all = kFirstHalf;
  all.insert(all.end(), kSecondHalf.begin(), kSecondHalf.end());
  Ingest(one, all, {});
  Ingest(two, kFirstHalf, {"--threads", "1", "--batch", "3"});
  Ingest(two, kSecondHalf, {"--threads", "2", "--batch", "7"});
  Ingest(later, all, {"--no-stories", "--batch", "5"});
  // Articles stored without a story (as after a kill between a batch's
  // articles and its stories) get one when they are read again.
  Ingest(resumed, kFirstHalf, {});
  Ingest(resumed, all, {"--no-stories"});
  Ingest(resumed, all, {"--batch", "11"});

  const auto expected = Everything(one);
  ASSERT_GE(expected.size(), 8u);
  size_t members = 0, by_similarity = 0, copies = 0;
  for (const auto& [id, s] : expected) {
    for (const json& m : s["members"]) {
      ++members;
      by_similarity += m["rule"] == "joined-by-similarity";
      copies += m["rule"] == "copy-of-original";
    }
  }
  EXPECT_EQ(members, 60u);  // every stored article, once
  EXPECT_GT(by_similarity, 5u);
  EXPECT_GT(copies, 5u);
  EXPECT_EQ(Everything(two), expected);
  EXPECT_EQ(Everything(resumed), expected);

  auto stats = RunDyad({"--db", later, "stats", "--json"}, dir_);
  ASSERT_EQ(stats.exit_code, 0) << stats.err;
  EXPECT_EQ(json::parse(stats.out)["stories"], 0);
  for (const std::string& db : {later, one}) {
    auto r = RunDyad({"--db", db, "stories", "--rebuild"}, dir_);
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_NE(r.out.find("rebuilt: 60 articles"), std::string::npos) << r.out;
    EXPECT_EQ(Everything(db), expected) << db;
  }
}

TEST_F(StoriesCliTest, ListsFiltersAndShowsOneStory) {
  const std::string db = dir_ / "store.db";
  Ingest(db, {""}, {});
  std::vector<json> stories = Stories(db);
  ASSERT_GE(stories.size(), 8u);
  for (size_t i = 1; i < stories.size(); ++i)  // newest first
    EXPECT_GE(stories[i - 1]["last_date"], stories[i]["last_date"]);

  // The NATO summit story of July 2024: found by date and by actor alias.
  std::vector<json> july = Stories(db, {"--from", "2024-07-01", "--to", "2024-07-20"});
  ASSERT_FALSE(july.empty());
  for (const json& s : july) {
    EXPECT_GE(s["last_date"], "2024-07-01");
    EXPECT_LE(s["first_date"], "2024-07-20");
  }
  bool nato_found = false;
  for (const json& s : Stories(db, {"--actor", "NATO"})) {
    std::vector<std::string> actors = s["key_actors"];
    bool has = false;
    for (const auto& a : actors) has = has || a.rfind("IGOWSTNAT", 0) == 0;
    EXPECT_TRUE(has) << s.dump();
    nato_found = nato_found || s["id"] == july.back()["id"];
  }
  EXPECT_TRUE(nato_found);
  EXPECT_EQ(Stories(db, {"--limit", "2"}).size(), 2u);

  // The biggest story: members by date, copies named, events folded.
  json biggest;
  for (const json& s : stories)
    if (biggest.is_null() || s["articles"] > biggest["articles"]) biggest = s;
  json full = Story(db, biggest["id"]);
  ASSERT_EQ(full["members"].size(), biggest["articles"].get<size_t>());
  std::string last_day;
  std::set<std::string> outlets;
  bool copy_named = false;
  for (const json& m : full["members"]) {
    const std::string day = m["published"].get<std::string>().substr(0, 10);
    if (!day.empty()) {
      EXPECT_GE(day, last_day);
      last_day = day;
    }
    if (!m["outlet"].get<std::string>().empty()) outlets.insert(m["outlet"]);
    if (m["rule"] == "copy-of-original") {
      EXPECT_FALSE(m["joined_via"].get<std::string>().empty());
      copy_named = true;
    }
    EXPECT_EQ(m["copy_of"].get<std::string>().empty(),
              m["copy_kind"] == "" || m["copy_kind"] == "original");
  }
  EXPECT_TRUE(copy_named);
  EXPECT_EQ(outlets.size(), full["outlets"].get<size_t>());
  ASSERT_FALSE(full["events"].empty());
  size_t reports = 0;
  for (const json& e : full["events"]) {
    EXPECT_GE(e["articles"], e["sources"]);
    reports += e["articles"].get<size_t>();
  }
  EXPECT_GT(reports, full["events"].size());  // copies report the same events
  ASSERT_FALSE(full["quotes"].empty());
  EXPECT_GE(full["quotes"][0]["articles"], 2);  // the top quote is carried by copies

  auto text = RunDyad({"--db", db, "story", biggest["id"].dump()}, dir_);
  ASSERT_EQ(text.exit_code, 0) << text.err;
  EXPECT_NE(text.out.find(full["label"].get<std::string>()), std::string::npos);
  EXPECT_NE(text.out.find("copy-of-original"), std::string::npos);
  EXPECT_NE(text.out.find("(copy-folded)"), std::string::npos);
}

TEST_F(StoriesCliTest, UnknownStoryAndBadFiltersAreErrors) {
  const std::string db = dir_ / "store.db";
  Ingest(db, {"wire"}, {"--no-code"});
  EXPECT_EQ(RunDyad({"--db", db, "story", "99999"}, dir_).exit_code, 1);
  EXPECT_EQ(RunDyad({"--db", db, "stories", "--actor", "C;N"}, dir_).exit_code, 2);
  EXPECT_EQ(RunDyad({"--db", db, "stories", "--from", "July"}, dir_).exit_code, 2);
  EXPECT_EQ(RunDyad({"--db", dir_ / "missing.db", "stories"}, dir_).exit_code, 1);
}

}  // namespace
}  // namespace dyad::testing
