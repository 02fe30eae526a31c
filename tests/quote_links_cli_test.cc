// End-to-end test of quote links on the real seeds (../shared/corpus/seeds,
// read in place): Julianne Smith's quotations in the Newsweek article (000)
// and in the spun copy of the FT interview (001) are linked at ingest, the
// spun ones flagged altered with the words changed ("should" → "ought to"),
// the later-published appearance pointing at the earlier one; the two
// articles get a quote-shared copy link; `dyad quotes --links` and `dyad
// copies ID` show them; and ingesting the two files one run each, in
// either order, stores the same links as one run over the directory, while
// re-ingesting adds none.
#include <gtest/gtest.h>

#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <tuple>

#include "test_util.h"

namespace dyad::testing {
namespace {

using nlohmann::json;

class QuoteLinksCliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    seeds_ = SharedDir() + "/corpus/seeds";
    if (!fs::exists(seeds_)) GTEST_SKIP() << seeds_ << " is not present";
    for (const auto& e : fs::directory_iterator(seeds_)) {
      const std::string name = e.path().filename().string();
      if (name.starts_with("000")) newsweek_file_ = e.path().string();
      if (name.starts_with("001")) spun_file_ = e.path().string();
    }
    ASSERT_FALSE(newsweek_file_.empty());
    ASSERT_FALSE(spun_file_.empty());
  }

  void Ingest(const std::string& db, const std::string& path) {
    auto r = RunDyad({"--db", db, "ingest", "--no-code", "-q", path}, dir_);
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }

  // The id of the article read from `file`.
  std::string IdOf(const std::string& db, const std::string& file) {
    auto list = RunDyad({"--db", db, "articles", "--json"}, dir_);
    EXPECT_EQ(list.exit_code, 0) << list.err;
    for (const json& row : JsonLines(list.out)) {
      auto show = RunDyad({"--db", db, "show", "--json", row["id"]}, dir_);
      const json a = json::parse(show.out);
      if (a["sources"][0]["source"] == file) return row["id"];
    }
    return "";
  }

  std::vector<json> Lines(const std::string& db, std::vector<std::string> args) {
    std::vector<std::string> all = {"--db", db};
    all.insert(all.end(), args.begin(), args.end());
    auto r = RunDyad(all, dir_);
    EXPECT_EQ(r.exit_code, 0) << r.err;
    return JsonLines(r.out);
  }

  // Every quote link of the store between articles `a` and `b`, as
  // comparable tuples.
  std::set<std::tuple<std::string, int, std::string, int, std::string, std::string>> AllLinks(
      const std::string& db, const std::string& a, const std::string& b) {
    std::set<std::tuple<std::string, int, std::string, int, std::string, std::string>> out;
    for (const json& q : Lines(db, {"quotes", "--json", "--links"}))
      for (const json& l : q["links"])
        if ((l["article"] == a && l["other"] == b) || (l["article"] == b && l["other"] == a))
          out.emplace(l["article"], l["ordinal"], l["other"], l["other_ordinal"], l["kind"],
                      l["diff"]);
    return out;
  }

  ScratchDir dir_;
  std::string seeds_, newsweek_file_, spun_file_;
};

TEST_F(QuoteLinksCliTest, SmithsSpunQuotesLinkToTheNewsweekOnesAsAltered) {
  const std::string db = dir_ / "seeds.db";
  Ingest(db, seeds_);
  const std::string newsweek = IdOf(db, newsweek_file_), spun = IdOf(db, spun_file_);
  ASSERT_FALSE(newsweek.empty());
  ASSERT_FALSE(spun.empty());
  auto dates = Lines(db, {"articles", "--json"});
  std::map<std::string, std::string> published;
  for (const json& a : dates) published[a["id"]] = a["published"];
  // The later-published of the two is the later appearance; an undated
  // article comes after a dated one, and with no difference ingest order
  // decides (the directory's 000 is read first).
  const std::string& pn = published[newsweek];
  const std::string& ps = published[spun];
  const bool spun_later =
      (!pn.empty() && !ps.empty() && pn != ps) ? ps > pn : !(ps.size() > pn.size());
  const std::string later = spun_later ? spun : newsweek, earlier = spun_later ? newsweek : spun;

  // "Those two are increasingly sharing a toolkit that should concern the
  // NATO alliance" / "These two are more and more sharing a toolkit that
  // ought to concern the Nato alliance".
  std::vector<json> quotes = Lines(db, {"quotes", "--json", "--links", "--search", "toolkit that"});
  ASSERT_EQ(quotes.size(), 2u);
  size_t altered = 0;
  for (const json& q : quotes) {
    const json* found = nullptr;
    for (const json& l : q["links"])
      if (l["kind"] == "altered") found = &l;
    ASSERT_NE(found, nullptr) << q.dump();
    const json& l = *found;
    EXPECT_EQ(l["kind"], "altered");
    EXPECT_EQ(l["rule"], "altered-words");
    EXPECT_EQ(l["article"], later);
    EXPECT_EQ(l["other"], earlier);
    EXPECT_EQ(q["first_appearance"]["article"], earlier);
    const std::string diff = l["diff"];
    if (spun_later) {
      EXPECT_NE(diff.find("should \u2192 ought to"), std::string::npos) << diff;
      EXPECT_NE(diff.find("increasingly \u2192 more and more"), std::string::npos) << diff;
    } else {
      EXPECT_NE(diff.find("ought to \u2192 should"), std::string::npos) << diff;
    }
    // Each edit's offsets point at its words in both texts.
    ASSERT_FALSE(l["edits"].empty());
    auto text = [&](const std::string& id) {
      auto r = RunDyad({"--db", db, "show", "--json", id}, dir_);
      return json::parse(r.out)["text"].get<std::string>();
    };
    const std::string a = text(l["article"]), o = text(l["other"]);
    std::string rebuilt;
    for (const json& e : l["edits"]) {
      const size_t ob = e["other"][0], oe = e["other"][1], ab = e["article"][0],
                   ae = e["article"][1];
      ASSERT_LE(oe, o.size());
      ASSERT_LE(ae, a.size());
      if (!rebuilt.empty()) rebuilt += "; ";
      rebuilt += (e["words_other"] == 0 ? "\u2205" : o.substr(ob, oe - ob)) + " \u2192 " +
                 (e["words_article"] == 0 ? "\u2205" : a.substr(ab, ae - ab));
    }
    EXPECT_EQ(rebuilt, diff);
    ++altered;
  }
  EXPECT_EQ(altered, 2u);

  // "We've seen them share hybrid tactics" / "techniques": altered too.
  std::vector<json> hybrid =
      Lines(db, {"quotes", "--json", "--links", "--search", "seen them share hybrid"});
  ASSERT_EQ(hybrid.size(), 2u);
  for (const json& q : hybrid) {
    ASSERT_EQ(q["links"].size(), 1u) << q.dump();
    EXPECT_EQ(q["links"][0]["kind"], "altered");
  }

  // The two articles share quotations only: a quote-shared copy link.
  bool quote_shared = false;
  std::vector<json> copy_rows = Lines(db, {"copies", "--json", spun});
  size_t quote_link_rows = 0;
  for (const json& row : copy_rows) {
    if (row.contains("quote_link")) {
      ++quote_link_rows;
      continue;
    }
    if ((row["article"] == newsweek || row["other"] == newsweek) && row["kind"] == "quote-shared")
      quote_shared = true;
  }
  EXPECT_TRUE(quote_shared);
  EXPECT_GE(quote_link_rows, 3u);  // toolkit, hybrid tactics, China watches

  // The readable views.
  auto listing = RunDyad({"--db", db, "quotes", "--links", "--search", "toolkit"}, dir_);
  ASSERT_EQ(listing.exit_code, 0) << listing.err;
  EXPECT_NE(listing.out.find("first appearance"), std::string::npos) << listing.out;
  EXPECT_NE(listing.out.find("altered of earlier " + earlier), std::string::npos) << listing.out;
  auto copies = RunDyad({"--db", db, "copies", spun}, dir_);
  ASSERT_EQ(copies.exit_code, 0) << copies.err;
  EXPECT_NE(copies.out.find("quote #"), std::string::npos) << copies.out;

  // Re-ingesting adds nothing.
  const auto links = AllLinks(db, newsweek, spun);
  Ingest(db, seeds_);
  EXPECT_EQ(AllLinks(db, newsweek, spun), links);

  // One file a run: 000 then 001 stores the links the directory did; 001
  // then 000 links the same quotes with the same kinds (the direction too,
  // unless the two dates tie and ingest order decides).
  const std::string forward = dir_ / "forward.db", backward = dir_ / "backward.db";
  Ingest(forward, newsweek_file_);
  Ingest(forward, spun_file_);
  Ingest(backward, spun_file_);
  Ingest(backward, newsweek_file_);
  const auto two = AllLinks(forward, newsweek, spun);
  EXPECT_GE(two.size(), 4u);
  auto unordered = [](const auto& all) {
    std::set<std::tuple<std::set<std::pair<std::string, int>>, std::string>> out;
    for (const auto& [a, ao, o, oo, kind, diff] : all) out.insert({{{a, ao}, {o, oo}}, kind});
    return out;
  };
  EXPECT_EQ(two, links);
  EXPECT_EQ(unordered(AllLinks(backward, newsweek, spun)), unordered(two));
  EXPECT_EQ(unordered(two), unordered(links));
}

}  // namespace
}  // namespace dyad::testing
