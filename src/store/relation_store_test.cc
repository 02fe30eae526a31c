// Tests for relations over time (Store::QueryRelations) on a small store
// whose figures are worked out by hand: copy-aware counting folds a copy
// group's reports (a copy dated a day later, an undated copy), --count
// reports counts every dated row, one-a-day keeps one per (date, source,
// target, code), directions and exact or prefix actors narrow, buckets
// (day, ISO week, month) include empty ones; the query plans search the
// covering index events_by_dyad and never scan the events table; the
// copy-group table follows articles.copy_original through its trigger.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "dyad/store.h"
#include "store/coded_records_for_test.h"
#include "store/relation_rows.h"
#include "store/sqlite_handle.h"
#include "store/store_test_base.h"

namespace dyad {
namespace {

const std::string kO1 = "0000000000000001", kC1 = "0000000000000002", kC2 = "0000000000000003",
                  kI1 = "0000000000000004", kI2 = "0000000000000005", kI3 = "0000000000000006",
                  kI4 = "0000000000000007";

StoredEvent Event(std::string source, std::string code, std::string target, int32_t date, int quad,
                  double goldstein) {
  return CodedEvent(std::move(source), std::move(code), std::move(target), date, quad, goldstein);
}

ArticleRecord Record(const std::string& id, const std::string& published,
                     std::vector<StoredEvent> events) {
  return CodedRecord(id, published, std::move(events));
}

class RelationStoreTest : public StoreTestBase {
 protected:
  // O1 and its copies C1 (a day later) and C2 (undated) each report NATO
  // accusing China (112, Q3, -2) and the Chinese government consulting
  // NATO (040, Q1, +1); I1 reports NATO accusing the Chinese military, I2
  // NATO accusing China the same day as O1, I3 USA-China, I4 NATO fighting
  // China in May (190, Q4, -10).
  void SetUp() override {
    StoreTestBase::SetUp();
    store_ = Open();
    ASSERT_NE(store_, nullptr);
    auto pair = [](int32_t date) {
      return std::vector<StoredEvent>{Event("IGOWSTNAT", "112", "CHN", date, 3, -2),
                                      Event("CHNGOV", "040", "IGOWSTNAT", date, 1, 1)};
    };
    std::vector<ArticleRecord> batch = {
        Record(kO1, "2024-03-05", pair(20240305)),
        Record(kC1, "2024-03-06", pair(20240306)),
        Record(kC2, "", pair(0)),
        Record(kI1, "2024-03-05", {Event("IGOWSTNAT", "112", "CHNMIL", 20240305, 3, -2)}),
        Record(kI2, "2024-03-05", {Event("IGOWSTNAT", "112", "CHN", 20240305, 3, -2)}),
        Record(kI3, "2024-04-20", {Event("USA", "190", "CHN", 20240420, 4, -10)}),
        Record(kI4, "2024-05-02", {Event("IGOWSTNAT", "190", "CHN", 20240502, 4, -10)}),
    };
    ASSERT_TRUE(store_->PutArticles(batch, &run_).ok());
    auto copies = [](const std::string& id, std::vector<StoredCopyLink> links) {
      ArticleCopies c;
      c.article = id;
      c.fingerprint.words = 10;
      c.links = std::move(links);
      return c;
    };
    StoredCopyLink link;
    link.other = kO1;
    link.kind = CopyKind::kNear;
    link.rule = "test";
    ASSERT_TRUE(
        store_->PutCopyLinks({copies(kO1, {}), copies(kC1, {link}), copies(kC2, {link})}).ok());
    auto group = store_->OriginalOf(kC2);
    ASSERT_TRUE(group.ok());
    ASSERT_EQ(group->original, kO1);
    ASSERT_EQ(group->members.size(), 3u);
  }

  RelationSeries Series(RelationQuery q, const std::string& a = "NATO",
                        const std::string& b = "CHN") {
    q.a = *ParseRelationActor(a);
    q.b = *ParseRelationActor(b);
    auto s = store_->QueryRelations(q);
    EXPECT_TRUE(s.ok()) << s.status().ToString();
    return s.ok() ? *s : RelationSeries();
  }

  std::unique_ptr<Store> store_;
};

// "label total q1 q2 q3 q4 goldstein_sum" per point.
std::vector<std::string> Lines(const RelationSeries& s) {
  std::vector<std::string> out;
  for (const RelationPoint& p : s.points) {
    char line[128];
    std::snprintf(
        line, sizeof line, "%s %llu %llu %llu %llu %llu %.1f", p.label.c_str(),
        static_cast<unsigned long long>(p.total), static_cast<unsigned long long>(p.quad[0]),
        static_cast<unsigned long long>(p.quad[1]), static_cast<unsigned long long>(p.quad[2]),
        static_cast<unsigned long long>(p.quad[3]), p.goldstein_sum);
    out.push_back(line);
  }
  return out;
}

TEST_F(RelationStoreTest, CopyAwareFoldsACopyGroupsReports) {
  RelationSeries s = Series({});
  // March: O1's group counts its two events once (C1's and C2's reports
  // fold into O1's), I1 and I2 once each; April is empty; May: I4.
  EXPECT_EQ(Lines(s), (std::vector<std::string>{"2024-03 4 1 0 3 0 -5.0", "2024-04 0 0 0 0 0 0.0",
                                                "2024-05 1 0 0 0 1 -10.0"}));
  EXPECT_EQ(s.reports, 7u);  // C2's undated rows are not read
  EXPECT_EQ(s.counted, 5u);
  EXPECT_DOUBLE_EQ(s.points[0].goldstein_mean, -1.25);
  EXPECT_EQ(s.points[0].first, 20240301);
  EXPECT_EQ(s.points[0].last, 20240331);
}

TEST_F(RelationStoreTest, EveryReportAndOneADay) {
  RelationQuery reports;
  reports.count = RelationCount::kReports;
  EXPECT_EQ(Lines(Series(reports)),
            (std::vector<std::string>{"2024-03 6 2 0 4 0 -6.0", "2024-04 0 0 0 0 0 0.0",
                                      "2024-05 1 0 0 0 1 -10.0"}));
  RelationQuery one;
  one.one_a_day = true;
  // O1 and I2 report the same (date, source, target, code): one event.
  RelationSeries s = Series(one);
  EXPECT_EQ(s.counted, 4u);
  EXPECT_EQ(Lines(s)[0], "2024-03 3 1 0 2 0 -3.0");
  // One-a-day over every report: C1's rows are a day later, so they stay.
  one.count = RelationCount::kReports;
  EXPECT_EQ(Lines(Series(one))[0], "2024-03 5 2 0 3 0 -4.0");
}

TEST_F(RelationStoreTest, DirectionsAndActorsNarrow) {
  RelationQuery q;
  q.direction = RelationDirection::kForward;
  EXPECT_EQ(Lines(Series(q))[0], "2024-03 3 0 0 3 0 -6.0");
  q.direction = RelationDirection::kBackward;
  RelationSeries back = Series(q);
  EXPECT_EQ(Lines(back), (std::vector<std::string>{"2024-03 1 1 0 0 0 1.0"}));
  // CHNGOV alone matches the consultation; CHNMIL alone the one accusation.
  EXPECT_EQ(Series({}, "NATO", "CHNGOV").counted, 1u);
  EXPECT_EQ(Series({}, "NATO", "CHNMIL").counted, 1u);
  EXPECT_EQ(Series({}, "NATO", "CHNM*").counted, 1u);
  // An exact CHN is the country's bare code: not CHNGOV nor CHNMIL.
  RelationQuery exact;
  exact.a = {"IGOWSTNAT", true};
  exact.b = {"CHN", false};
  auto s = store_->QueryRelations(exact);
  ASSERT_TRUE(s.ok());
  EXPECT_EQ(s->counted, 3u);  // O1's group, I2, I4
  // Overlapping actors (CHN and CHNGOV): an event matching both directions counts once.
  EXPECT_EQ(Series({}, "CHN", "CHNGOV").counted, 0u);
  EXPECT_EQ(Series({}, "CHN", "NATO").counted, 5u);
}

TEST_F(RelationStoreTest, BucketsAndRanges) {
  RelationQuery q;
  q.bucket = RelationBucket::kWeek;
  RelationSeries weeks = Series(q);
  ASSERT_EQ(weeks.points.size(), 9u);  // 2024-W10 .. 2024-W18
  EXPECT_EQ(weeks.points.front().label, "2024-W10");
  EXPECT_EQ(weeks.points.front().first, 20240304);
  EXPECT_EQ(weeks.points.front().last, 20240310);
  EXPECT_EQ(weeks.points.back().label, "2024-W18");
  q.bucket = RelationBucket::kDay;
  q.from = 20240301;
  q.to = 20240310;
  RelationSeries days = Series(q);
  ASSERT_EQ(days.points.size(), 10u);
  EXPECT_EQ(days.points[4].label, "2024-03-05");
  EXPECT_EQ(days.points[4].total, 4u);  // the group's events on O1's date
  EXPECT_EQ(days.points[5].total, 0u);  // C1's own date: folded into O1's
  q.from = 20240310;
  q.to = 20240301;
  RelationQuery bad = q;
  bad.a = {"IGOWSTNAT", true};
  bad.b = {"CHN", true};
  EXPECT_TRUE(store_->QueryRelations(bad).status().IsInvalidArgument());
}

// Enough articles that copy groups are read by one ordered pass rather
// than a lookup each: the counts still agree with FoldCopies.
TEST_F(RelationStoreTest, ManyArticlesAgreeWithFoldCopies) {
  std::vector<ArticleRecord> batch;
  std::vector<ArticleCopies> copies;
  for (int n = 0; n < 3000; ++n) {
    char id[17];
    std::snprintf(id, sizeof id, "%016x", 0x100000 + n);
    const int32_t date = 20230101 + (n / 10) % 28 + 100 * ((n / 280) % 12);
    const bool forward = n % 3 != 0;
    batch.push_back(Record(
        id, "2023-01-01",
        {Event(forward ? "IGOWSTNAT" : "CHNGOV", n % 2 ? "112" : "040",
               forward ? "CHN" : "IGOWSTNAT", date + n % 2, n % 2 ? 3 : 1, n % 2 ? -2 : 1)}));
    ArticleCopies c;
    c.article = id;
    if (n % 10 != 0) {  // a copy of the group's first article, a day later at most
      StoredCopyLink link;
      link.other = batch[n - n % 10].id;
      link.kind = CopyKind::kNear;
      link.rule = "test";
      c.links = {link};
    }
    copies.push_back(std::move(c));
  }
  ASSERT_TRUE(store_->PutArticles(batch, &run_).ok());
  ASSERT_TRUE(store_->PutCopyLinks(copies).ok());
  auto groups = store_->CopyGroups();
  ASSERT_TRUE(groups.ok());
  std::vector<StoredEvent> events;
  for (auto [source, target] : {std::pair{"NATO", "CHN"}, {"CHN", "NATO"}}) {
    EventFilter f;
    f.source = source;
    f.target = target;
    auto got = store_->QueryEvents(f);
    ASSERT_TRUE(got.ok());
    events.insert(events.end(), got->begin(), got->end());
  }
  uint64_t sources = 0, one_a_day = 0;
  for (const FoldedEvent& f : FoldCopies(events, *groups)) {
    if (f.event.date == 0) continue;
    sources += f.sources;
    ++one_a_day;
  }
  EXPECT_GT(events.size(), 2000u);
  EXPECT_LT(sources, events.size());
  EXPECT_EQ(Series({}).counted, sources);
  RelationQuery one;
  one.one_a_day = true;
  EXPECT_EQ(Series(one).counted, one_a_day);
}

TEST(RelationBucketTest, IsoWeeksMonthsAndDays) {
  EXPECT_EQ(RelationBucketOf(20210103, RelationBucket::kWeek).label, "2020-W53");
  EXPECT_EQ(RelationBucketOf(20241230, RelationBucket::kWeek).label, "2025-W01");
  EXPECT_EQ(RelationBucketOf(20240101, RelationBucket::kWeek).label, "2024-W01");
  RelationPoint feb = RelationBucketOf(20240215, RelationBucket::kMonth);
  EXPECT_EQ(feb.label, "2024-02");
  EXPECT_EQ(feb.last, 20240229);
  EXPECT_EQ(RelationBucketOf(20231215, RelationBucket::kMonth).last, 20231231);
  EXPECT_EQ(RelationBucketOf(20240229, RelationBucket::kDay).label, "2024-02-29");
}

TEST(RelationBucketTest, LabelsNameTheirBuckets) {
  for (auto [day, bucket] : {std::pair{20210103, RelationBucket::kWeek},
                             {20241230, RelationBucket::kWeek},
                             {20240101, RelationBucket::kWeek},
                             {20240215, RelationBucket::kMonth},
                             {20240229, RelationBucket::kDay}}) {
    const RelationPoint of = RelationBucketOf(day, bucket);
    auto named = RelationBucketNamed(of.label, bucket);
    ASSERT_TRUE(named.ok()) << of.label;
    EXPECT_EQ(named->first, of.first) << of.label;
    EXPECT_EQ(named->last, of.last) << of.label;
  }
  for (auto [label, bucket] : {std::pair{"2023-W53", RelationBucket::kWeek},
                               {"2024-W00", RelationBucket::kWeek},
                               {"2024-02-30", RelationBucket::kDay},
                               {"2024-13", RelationBucket::kMonth},
                               {"2024-07x", RelationBucket::kMonth},
                               {"2024-07", RelationBucket::kWeek},
                               {"", RelationBucket::kDay}}) {
    auto named = RelationBucketNamed(label, bucket);
    EXPECT_TRUE(named.status().IsInvalidArgument()) << label;
  }
}

TEST(RelationActorTest, CountriesAliasesAndCodes) {
  auto nato = ParseRelationActor("nato");
  ASSERT_TRUE(nato.ok());
  EXPECT_EQ(nato->code, "IGOWSTNAT");
  EXPECT_TRUE(nato->prefix);
  EXPECT_TRUE(ParseRelationActor("CHN")->prefix);
  EXPECT_FALSE(ParseRelationActor("CHNGOV")->prefix);
  EXPECT_TRUE(ParseRelationActor("chngov*")->prefix);
  EXPECT_EQ(ParseRelationActor("chngov*")->code, "CHNGOV");
  EXPECT_TRUE(ParseRelationActor("CH-N").status().IsInvalidArgument());
  EXPECT_TRUE(ParseRelationActor("").status().IsInvalidArgument());
}

TEST_F(RelationStoreTest, PlanSearchesTheCoveringIndexNeverScansEvents) {
  store_.reset();
  auto db = store::Database::Open(path_, true, false);
  ASSERT_TRUE(db.ok());
  auto plan_of = [&](std::string_view sql) {
    auto plan = (*db)->Prepare("EXPLAIN QUERY PLAN " + std::string(sql));
    EXPECT_TRUE(plan.ok()) << plan.status().ToString();
    std::string all;
    while (plan.ok() && plan->Step()) all += plan->Text(3) + "\n";
    EXPECT_EQ(all.find("SCAN"), std::string::npos) << all;
    return all;
  };
  for (bool prefix : {true, false}) {
    const std::string plan = plan_of(store::RelationSql({"CHN", prefix}));
    const std::string bounds = prefix ? "(source=? AND target>? AND target<?)"
                                      : "(source=? AND target=? AND date>? AND date<?)";
    EXPECT_NE(plan.find("SEARCH e USING COVERING INDEX events_by_dyad " + bounds),
              std::string::npos)
        << plan;
  }
  EXPECT_NE(plan_of(store::GroupSql(false)).find("SEARCH article_groups USING INTEGER PRIMARY KEY"),
            std::string::npos);
  EXPECT_NE(plan_of(store::GroupSql(true))
                .find("SEARCH article_groups USING INTEGER PRIMARY KEY (rowid>? AND rowid<?)"),
            std::string::npos);
  EXPECT_NE(plan_of(store::NextSourceSql())
                .find("SEARCH events USING COVERING INDEX events_by_dyad (source>? AND source<?)"),
            std::string::npos);
}

TEST_F(RelationStoreTest, CopyGroupTableFollowsTheArticles) {
  store_.reset();
  auto db = store::Database::Open(path_, false, false);
  ASSERT_TRUE(db.ok());
  auto count = [&](const char* sql) {
    auto st = (*db)->Prepare(sql);
    EXPECT_TRUE(st.ok() && st->Step());
    return st.ok() ? st->Int(0) : -1;
  };
  EXPECT_EQ(count("SELECT count(*) FROM article_groups"), 3);
  EXPECT_EQ(count("SELECT count(*) FROM articles a JOIN article_groups g ON g.article = a.rowid "
                  "WHERE g.original = a.copy_original"),
            3);
  ASSERT_TRUE(
      (*db)->Exec("UPDATE articles SET copy_original = NULL WHERE id = '" + kC2 + "'").ok());
  EXPECT_EQ(count("SELECT count(*) FROM article_groups"), 2);
}

}  // namespace
}  // namespace dyad
