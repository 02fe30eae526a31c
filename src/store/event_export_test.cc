// Tests for streaming events (Store::VisitEvents): unfolded it visits what
// QueryEvents returns, in the same order; folded it agrees with FoldCopies
// (same events, sources and articles); limit and an early stop end the
// stream; and a stream of 20,000 events keeps the heap flat while it runs
// (it never gathers the rows: outside SQLite's own memory, the heap in use
// never grows by more than 256 KB over the first visit's, where the
// 20,000 rows gathered would take megabytes).
#include <gtest/gtest.h>
#include <malloc.h>
#include <sqlite3.h>

#include <map>
#include <string>
#include <tuple>
#include <vector>

#include "dyad/store.h"
#include "store/coded_records_for_test.h"
#include "store/store_test_base.h"

namespace dyad {
namespace {

StoredEvent Event(std::string source, std::string code, std::string target, int32_t date) {
  return CodedEvent(std::move(source), std::move(code), std::move(target), date);
}

ArticleRecord Record(int n, const std::string& published, std::vector<StoredEvent> events) {
  char id[17];
  std::snprintf(id, sizeof id, "%016x", n);
  return CodedRecord(id, published, std::move(events));
}

class EventExportTest : public StoreTestBase {
 protected:
  // Articles 1..3: 2 and 3 copies of 1 (3 undated); 4 reports 1's event
  // independently; 5 another event. Each reports USA->CHN 040 on its date.
  void PutSample(Store& store) {
    std::vector<ArticleRecord> batch = {
        Record(1, "2024-01-02",
               {Event("USA", "040", "CHN", 20240102), Event("USA", "111", "RUS", 20240102)}),
        Record(2, "2024-01-03",
               {Event("USA", "040", "CHN", 20240103), Event("USA", "111", "RUS", 20240103)}),
        Record(3, "", {Event("USA", "040", "CHN", 0)}),
        Record(4, "2024-01-02", {Event("USA", "040", "CHN", 20240102)}),
        Record(5, "2024-01-05", {Event("FRA", "051", "DEU", 20240105)}),
    };
    ASSERT_TRUE(store.PutArticles(batch, &run_).ok());
    ArticleCopies original, copy2, copy3;
    original.article = batch[0].id;
    StoredCopyLink link;
    link.other = batch[0].id;
    link.kind = CopyKind::kExact;
    link.rule = "test";
    copy2.article = batch[1].id;
    copy2.links = {link};
    copy3.article = batch[2].id;
    copy3.links = {link};
    ASSERT_TRUE(store.PutCopyLinks({original, copy2, copy3}).ok());
  }

  std::vector<StreamedEvent> Visit(Store& store, const EventStream& stream) {
    std::vector<StreamedEvent> out;
    Status s = store.VisitEvents(stream, [&](const StreamedEvent& e) {
      out.push_back(e);
      return true;
    });
    EXPECT_TRUE(s.ok()) << s.ToString();
    return out;
  }
};

TEST_F(EventExportTest, UnfoldedVisitsWhatQueryEventsReturns) {
  auto store = Open();
  ASSERT_NE(store, nullptr);
  PutSample(*store);
  EventStream stream;
  auto visited = Visit(*store, stream);
  auto queried = store->QueryEvents(stream.filter);
  ASSERT_TRUE(queried.ok());
  ASSERT_EQ(visited.size(), queried->size());
  for (size_t i = 0; i < visited.size(); ++i) {
    const StoredEvent &v = visited[i].event, &q = (*queried)[i];
    EXPECT_EQ(std::tie(v.article, v.ordinal, v.date, v.code, v.sentence_text),
              std::tie(q.article, q.ordinal, q.date, q.code, q.sentence_text));
    EXPECT_EQ(visited[i].sources, 1u);
    EXPECT_EQ(visited[i].outlet, "Outlet");
    EXPECT_GT(visited[i].row, 0);
  }
  stream.filter.source = "USA";
  stream.filter.limit = 2;
  EXPECT_EQ(Visit(*store, stream).size(), 2u);
  int calls = 0;
  ASSERT_TRUE(store->VisitEvents({}, [&](const StreamedEvent&) { return ++calls < 3; }).ok());
  EXPECT_EQ(calls, 3);
}

TEST_F(EventExportTest, FoldedAgreesWithFoldCopies) {
  auto store = Open();
  ASSERT_NE(store, nullptr);
  PutSample(*store);
  EventStream stream;
  stream.fold_copies = true;
  auto visited = Visit(*store, stream);
  auto events = store->QueryEvents({});
  auto groups = store->CopyGroups();
  ASSERT_TRUE(events.ok() && groups.ok());
  using Key = std::tuple<int32_t, std::string, std::string, std::string>;
  std::map<Key, std::pair<uint32_t, uint32_t>> expected, got;
  for (const FoldedEvent& f : FoldCopies(*events, *groups)) {
    expected[{f.event.date, f.event.source.code, f.event.target.code, f.event.code}] = {f.sources,
                                                                                        f.articles};
  }
  for (const StreamedEvent& s : visited) {
    got[{s.event.date, s.event.source.code, s.event.target.code, s.event.code}] = {s.sources,
                                                                                   s.articles};
  }
  EXPECT_EQ(got, expected);
  // USA->CHN on 2024-01-02: the group of 1, 2, 3 and article 4.
  auto it = got.find(Key{20240102, "USA", "CHN", "040"});
  ASSERT_NE(it, got.end());
  EXPECT_EQ(it->second, (std::pair<uint32_t, uint32_t>{2, 4}));
  EXPECT_EQ(visited.size(), 3u);
  // Visited by date.
  for (size_t i = 1; i < visited.size(); ++i)
    EXPECT_LE(visited[i - 1].event.date, visited[i].event.date);
}

TEST_F(EventExportTest, StreamingKeepsTheHeapFlat) {
  auto store = Open();
  ASSERT_NE(store, nullptr);
  constexpr int kArticles = 2000, kEvents = 10;
  std::vector<ArticleRecord> batch;
  for (int n = 1; n <= kArticles; ++n) {
    std::vector<StoredEvent> events;
    for (int k = 0; k < kEvents; ++k) {
      events.push_back(Event("USA" + std::to_string(k), "0" + std::to_string(10 + n % 80),
                             "CHN" + std::to_string(n % 7), 20200101 + n % 28));
    }
    batch.push_back(Record(n, "2020-01-01", std::move(events)));
  }
  ASSERT_TRUE(store->PutArticles(batch, &run_).ok());
  batch.clear();
  batch.shrink_to_fit();
  for (bool fold : {false, true}) {
    EventStream stream;
    stream.fold_copies = fold;
    size_t visits = 0, heap_after_first = 0, heap_peak = 0;
    Status s = store->VisitEvents(stream, [&](const StreamedEvent&) {
      // The heap in use outside SQLite's own caches and sorter.
      const size_t heap = mallinfo2().uordblks - static_cast<size_t>(sqlite3_memory_used());
      if (++visits == 1) heap_after_first = heap;
      heap_peak = std::max(heap_peak, heap);
      return true;
    });
    ASSERT_TRUE(s.ok()) << s.ToString();
    EXPECT_GT(visits, fold ? 1000u : static_cast<size_t>(kArticles * kEvents) - 1);
    // 20,000 events gathered would take megabytes; the stream holds one row.
    EXPECT_LT(heap_peak - heap_after_first, 256u * 1024) << (fold ? "folded" : "unfolded");
  }
}

}  // namespace
}  // namespace dyad
