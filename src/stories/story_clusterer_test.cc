// Tests of StoryClusterer: content joins, cold gaps split, copies join their
// original, batch equals arrival, and same actors/same week stay apart.
#include <gtest/gtest.h>

#include <algorithm>

#include "dyad/stories.h"

namespace dyad {
namespace {

StoryArticle Make(const std::string& id, int32_t date, const std::string& title,
                  const std::string& text, const std::string& join = "") {
  StoryArticle a;
  a.id = id;
  a.title = title;
  a.outlet = "Outlet " + id;
  a.date = date;
  a.features = ComputeStoryFeatures(title, text);
  a.join_story_of = join;
  return a;
}

const char kDrills[] =
    "Chinese and Russian warships began joint naval drills in the Sea of Japan, with destroyers "
    "and submarines firing artillery near Vladivostok while Tokyo scrambled patrol aircraft. "
    "The exercise includes anti-submarine warfare, live firing and helicopter landings, the "
    "defence ministry said, and Japanese frigates shadowed the flotilla through the strait.";
const char kDrills2[] =
    "Russian and Chinese destroyers fired artillery in naval drills off Vladivostok as Japanese "
    "patrol aircraft watched the warships and submarines in the Sea of Japan. "
    "Helicopters landed on the decks, frigates shadowed the flotilla, and the defence ministry "
    "described live firing and anti-submarine warfare in the exercise.";
const char kTrade[] =
    "Chinese and Russian ministers signed grain export contracts and a yuan payments agreement "
    "at an economic forum in Vladivostok, expanding wheat and fertiliser trade. "
    "Bankers said the settlement system would bypass the dollar, and exporters expect rail "
    "shipments of grain to double once the new terminal opens next spring.";
const char kTrade2[] =
    "Russia and China agreed wheat and fertiliser deals and payments in yuan at the Vladivostok "
    "economic forum, where ministers signed grain contracts. "
    "Exporters expect grain shipments by rail to double at the new terminal, and bankers said "
    "the settlement system avoids the dollar.";
const char kFlood[] =
    "Heavy monsoon rains flooded villages across the delta, washing away bridges and forcing "
    "thousands of farmers to shelter in schools as rivers burst their banks.";

TEST(StoryClustererTest, SameHappeningJoinsOtherHappeningStartsNewStory) {
  StoryClusterer c;
  uint32_t a = c.Assign(Make("a", 20240910, "Warships hold naval drills", kDrills));
  uint32_t b = c.Assign(Make("b", 20240911, "Naval drills off Vladivostok", kDrills2));
  uint32_t f = c.Assign(Make("f", 20240911, "Floods in the delta", kFlood));
  EXPECT_EQ(a, b);
  EXPECT_NE(a, f);
  EXPECT_EQ(c.story_count(), 2u);
  EXPECT_EQ(c.StoryOf("b"), int64_t(a));
  EXPECT_EQ(c.StoryOf("nobody"), -1);
}

const char kElection[] =
    "Voters queued outside polling stations as the opposition candidate claimed victory in the "
    "presidential election, while the electoral commission delayed the count.";

TEST(StoryClustererTest, SameActorsSameWeekDifferentHappeningStayApart) {
  StoryClusterer c;
  // A stream has history: the IDF of the names the two stories share comes
  // from the articles seen before, where China and Russia are common.
  c.Assign(Make("x1", 20240801, "Floods", kFlood));
  c.Assign(Make("x2", 20240802, "China and Russia veto UN resolution",
                "Russia and China vetoed a Security Council resolution; Chinese and Russian "
                "envoys called it one-sided."));
  c.Assign(Make("x3", 20240803, "Russia and China hold talks",
                "Chinese and Russian leaders met in Vladivostok and Beijing to discuss Ukraine."));
  c.Assign(Make("x4", 20240804, "Election", kElection));
  std::vector<std::string> actors = {"CHN", "RUS"};
  auto drills = Make("d1", 20240910, "China and Russia begin naval drills", kDrills);
  drills.features = ComputeStoryFeatures(drills.title, kDrills, actors);
  auto trade = Make("t1", 20240911, "China and Russia sign grain deals", kTrade);
  trade.features = ComputeStoryFeatures(trade.title, kTrade, actors);
  auto drills2 = Make("d2", 20240911, "Warships drill near Japan", kDrills2);
  auto trade2 = Make("t2", 20240912, "Wheat and yuan deals", kTrade2);
  uint32_t d1 = c.Assign(drills), t1 = c.Assign(trade);
  uint32_t d2 = c.Assign(drills2), t2 = c.Assign(trade2);
  EXPECT_NE(d1, t1);
  EXPECT_EQ(d1, d2);
  EXPECT_EQ(t1, t2);
}

TEST(StoryClustererTest, ColdGapSplitsTheSameWords) {
  StoryOptions o;
  o.cold_gap_days = 7;
  StoryClusterer c(o);
  uint32_t a = c.Assign(Make("a", 20240901, "Naval drills", kDrills));
  uint32_t b = c.Assign(Make("b", 20240908, "Naval drills", kDrills2));  // 7 days: live
  uint32_t d = c.Assign(Make("d", 20240920, "Naval drills", kDrills));   // 12 days after b
  EXPECT_EQ(a, b);
  EXPECT_NE(b, d);
  StorySummary s = c.Summarize(a);
  EXPECT_EQ(s.first_date, 20240901);
  EXPECT_EQ(s.last_date, 20240908);
}

TEST(StoryClustererTest, UndatedArticleJoinsByContentAloneAndKeepsTheSpan) {
  StoryClusterer c;
  uint32_t a = c.Assign(Make("a", 20240101, "Naval drills", kDrills));
  c.Assign(Make("f", 20240601, "Floods", kFlood));  // months later: a is cold
  uint32_t u = c.Assign(Make("u", 0, "Naval drills off Vladivostok", kDrills2));
  EXPECT_EQ(a, u);
  EXPECT_EQ(c.Summarize(a).last_date, 20240101);
}

// An archive read outlet by outlet: articles arrive months out of date
// order and still find their story, while one dated after the gap does not.
TEST(StoryClustererTest, LateArrivalStillFindsItsStory) {
  StoryClusterer c;
  uint32_t a = c.Assign(Make("a", 20240101, "Naval drills", kDrills));
  c.Assign(Make("f", 20240601, "Floods", kFlood));
  c.Assign(Make("g", 20241201, "Election", kElection));
  StoryAssignment why;
  EXPECT_EQ(c.Assign(Make("late", 20240103, "Naval drills off Vladivostok", kDrills2), &why), a);
  EXPECT_EQ(why.rule, StoryRule::kJoinedBySimilarity);
  EXPECT_NE(c.Assign(Make("after", 20240120, "Naval drills", kDrills)), a);  // 17 days on
  uint32_t copy = c.Assign(Make("copy", 20240602, "Floods", kFlood, "a"), &why);
  EXPECT_EQ(copy, a);
  EXPECT_EQ(why.rule, StoryRule::kCopyOfOriginal);
  EXPECT_EQ(c.Summarize(a).articles, (std::vector<std::string>{"a", "late", "copy"}));
}

TEST(StoryClustererTest, ExplainsTheRuleAndSimilarity) {
  StoryClusterer c;
  StoryAssignment why;
  c.Assign(Make("a", 20240910, "Warships hold naval drills", kDrills), &why);
  EXPECT_EQ(StoryRuleName(why.rule), "new-story");
  EXPECT_FALSE(why.vector.empty());
  c.Assign(Make("b", 20240911, "Naval drills off Vladivostok", kDrills2), &why);
  EXPECT_EQ(StoryRuleName(why.rule), "joined-by-similarity");
  EXPECT_GE(why.similarity, StoryOptions().threshold);
  EXPECT_LE(why.similarity, 1.0);
  c.Assign(Make("b", 20240911, "x", kFlood), &why);
  EXPECT_EQ(why.rule, StoryRule::kAlreadyAssigned);
}

// A stream cut in two: the second half assigned by a clusterer restored from
// what a store keeps (terms, counters, every member's vector) gives
// exactly what one clusterer gives.
TEST(StoryClustererTest, RestoredStateAssignsExactlyAsTheOriginal) {
  std::vector<StoryArticle> stream = {
      Make("d1", 20240101, "China and Russia begin naval drills", kDrills),
      Make("f1", 20240102, "Floods in the delta", kFlood),
      Make("t1", 20240103, "China and Russia sign grain deals", kTrade),
      Make("e1", 20240301, "Election", kElection),
      Make("d2", 20240302, "Warships drill near Japan", kDrills2),
      Make("t2", 20240303, "Wheat and yuan deals", kTrade2),
      Make("c1", 20240304, "Copy", kFlood, "f1"),  // a copy of an article of the first run
      Make("u1", 0, "Ballots", kElection),
      Make("d3", 20240105, "Naval drills", kDrills),  // late: joins d1's story
      Make("t3", 20240306, "Grain", kTrade),
  };
  for (size_t cut = 1; cut < stream.size(); ++cut) {
    StoryClusterer whole, first;
    std::vector<StoryAssignment> want(stream.size());
    for (size_t i = 0; i < stream.size(); ++i) whole.Assign(stream[i], &want[i]);
    struct Kept {
      uint32_t story;
      StoryArticle article;
      std::vector<std::pair<uint32_t, float>> vector;
    };
    std::vector<Kept> kept;
    for (size_t i = 0; i < cut; ++i) {
      StoryAssignment why;
      first.Assign(stream[i], &why);
      kept.push_back({why.story, stream[i], why.vector});
    }
    StoryClusterer second;
    second.RestoreCounters(first.counters());
    for (uint32_t t = 0; t < first.term_count(); ++t)
      second.RestoreTerm(first.term(t), first.doc_freq(t));
    std::stable_sort(kept.begin(), kept.end(),
                     [](const Kept& x, const Kept& y) { return x.story < y.story; });
    for (const Kept& k : kept) second.RestoreMember(k.story, k.article, k.vector);
    for (size_t i = cut; i < stream.size(); ++i) {
      StoryAssignment got;
      second.Assign(stream[i], &got);
      EXPECT_EQ(got.story, want[i].story) << cut << " " << stream[i].id;
      EXPECT_EQ(got.rule, want[i].rule) << cut << " " << stream[i].id;
      EXPECT_EQ(got.similarity, want[i].similarity) << cut << " " << stream[i].id;  // exactly
      EXPECT_EQ(got.vector, want[i].vector) << cut << " " << stream[i].id;
      EXPECT_EQ(second.counters().documents, i + 1);
    }
    ASSERT_EQ(second.story_count(), whole.story_count()) << cut;
    for (uint32_t s = 0; s < whole.story_count(); ++s) {
      EXPECT_EQ(second.Summarize(s).label, whole.Summarize(s).label) << cut;
      EXPECT_EQ(second.Summarize(s).key_terms, whole.Summarize(s).key_terms) << cut;
    }
  }
}

TEST(StoryClustererTest, CopyJoinsItsOriginalsStoryWhateverItSays) {
  StoryClusterer c;
  uint32_t a = c.Assign(Make("orig", 20240910, "Naval drills", kDrills));
  uint32_t f = c.Assign(Make("copy", 20240910, "Floods", kFlood, "orig"));
  uint32_t g = c.Assign(Make("other", 20240910, "Vote", kElection, "unknown-original"));
  EXPECT_EQ(a, f);
  EXPECT_NE(a, g);  // an unknown original: assigned by content (joins nothing like it)
  EXPECT_EQ(c.Assign(Make("copy", 20240910, "x", kTrade)), a);  // re-assigning keeps it
}

TEST(StoryClustererTest, BatchRebuildEqualsArrivalInDateOrder) {
  std::vector<StoryArticle> in = {
      Make("t2", 20240912, "Wheat and yuan deals", kTrade2),
      Make("d1", 20240910, "China and Russia begin naval drills", kDrills),
      Make("f1", 0, "Floods in the delta", kFlood),
      Make("t1", 20240911, "China and Russia sign grain deals", kTrade),
      Make("d2", 20240911, "Warships drill near Japan", kDrills2),
  };
  StoryClusterer batch = ClusterStoriesInBatch(in);
  StoryClusterer online;
  for (const char* id : {"d1", "d2", "t1", "t2", "f1"})  // (date, id), undated last
    online.Assign(*std::find_if(in.begin(), in.end(), [&](auto& a) { return a.id == id; }));
  ASSERT_EQ(batch.story_count(), online.story_count());
  for (const auto& a : in) EXPECT_EQ(batch.StoryOf(a.id), online.StoryOf(a.id)) << a.id;
  auto bs = batch.Summaries(), os = online.Summaries();
  for (size_t i = 0; i < bs.size(); ++i) {
    EXPECT_EQ(bs[i].articles, os[i].articles);
    EXPECT_EQ(bs[i].label, os[i].label);
  }
}

TEST(StoryClustererTest, SummaryNamesLabelOutletsAndKeyTerms) {
  StoryClusterer c;
  auto a = Make("a", 20240910, "Warships hold naval drills", kDrills);
  auto b = Make("b", 20240911, "Naval drills off Vladivostok", kDrills2);
  b.outlet = a.outlet;
  c.Assign(a);
  c.Assign(b);
  StorySummary s = c.Summarize(0);
  EXPECT_EQ(s.articles, (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(s.outlets, (std::vector<std::string>{"Outlet a"}));
  EXPECT_TRUE(s.label == a.title || s.label == b.title);
  EXPECT_NE(std::find(s.key_terms.begin(), s.key_terms.end(), "drill"), s.key_terms.end());
}

TEST(StoryFeaturesTest, ContentWordsActorsAndDates) {
  StoryFeatures f = ComputeStoryFeatures("Warships", "The warships and the drills.", {"CHN"});
  std::vector<std::string> terms;
  for (const auto& [t, w] : f.terms) terms.push_back(t);
  EXPECT_EQ(terms, (std::vector<std::string>{"@CHN", "drill", "warship"}));
  EXPECT_FLOAT_EQ(f.terms[2].second, 4.0f);  // title counts three times
  EXPECT_EQ(StoryDate("2024-07-10T08:00:00Z"), 20240710);
  EXPECT_EQ(StoryDate("July 10"), 0);
  EXPECT_EQ(StoryDate("2024-13-01"), 0);
  EXPECT_EQ(StoryDaysBetween(20240228, 20240301), 2);  // leap year
  EXPECT_EQ(StoryDaysBetween(20241231, 20250101), 1);
}

}  // namespace
}  // namespace dyad
