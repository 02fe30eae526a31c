// stories_bench: online story assignment speed on a synthetic stream of
// 100,000 articles (target in docs/stories.md: 5,000 articles/s per core).
// The stream is generated at run time: 5,000 stories over 1,000 days, each
// with its own topic words and actors, articles of ~300 words mixing topic
// words with a shared background vocabulary, arriving in date order.
// BM_StoreAssign and BM_StoreWarm measure what ingest pays on top: reading
// each article back from an SQLite store, writing its story and the
// clusterer's state per batch of 256 (RebuildStories runs the code ingest
// runs), and restoring the clusterer at the start of a later ingest.
#include <benchmark/benchmark.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

#include "dyad/pipeline.h"
#include "dyad/store.h"
#include "dyad/stories.h"
#include "pipeline/article_stories.h"

namespace {

constexpr int kArticles = 100000, kStories = 5000, kDays = 1000;

std::string Word(uint32_t n) {  // a pronounceable-ish unique word
  static const char* const kSyl[] = {"ka", "lo", "mi", "ne", "ru", "ta", "vo", "si",
                                     "pe", "du", "go", "ha", "ji", "be", "zu", "fa"};
  std::string w = "w";
  do {
    w += kSyl[n % 16];
    n /= 16;
  } while (n);
  return w;
}

struct Stream {
  std::vector<dyad::StoryArticle> articles;
  std::vector<std::string> texts;  // parallel to articles
  size_t words = 0;
};

const Stream& MakeStream() {
  static const Stream stream = [] {
    Stream s;
    std::mt19937 rng(42);
    std::uniform_int_distribution<int> story_of(0, kStories - 1), common(0, 20000);
    std::uniform_int_distribution<int> topic(0, 29), actor(0, 199);
    std::vector<int32_t> start(kStories);
    std::uniform_int_distribution<int> day(0, kDays - 1);
    for (auto& d : start) d = day(rng);
    std::vector<std::pair<int32_t, int>> order;
    std::uniform_int_distribution<int> spread(0, 4);
    for (int i = 0; i < kArticles; ++i) {
      int st = story_of(rng);
      order.emplace_back(start[st] + spread(rng), st);
    }
    std::sort(order.begin(), order.end());
    for (int i = 0; i < kArticles; ++i) {
      auto [d, st] = order[i];
      std::string title, text;
      for (int k = 0; k < 6; ++k) title += Word(100000 + st * 30 + topic(rng)) + " ";
      for (int k = 0; k < 300; ++k)
        text += Word(k % 4 == 0 ? 100000 + st * 30 + topic(rng) : common(rng)) + " ";
      std::vector<std::string> actors = {"A" + std::to_string(st % 200),
                                         "A" + std::to_string(actor(rng))};
      dyad::StoryArticle a;
      a.id = "a" + std::to_string(i);
      a.title = title;
      a.outlet = "outlet" + std::to_string(i % 40);
      // Day numbers to yyyymmdd: 30-day months are enough for ordering and gaps.
      a.date = 20200000 + (1 + d / 360) * 10000 + (1 + d / 30 % 12) * 100 + 1 + d % 30;
      a.features = dyad::ComputeStoryFeatures(title, text, actors);
      s.texts.push_back(std::move(text));
      s.words += 306;
      s.articles.push_back(std::move(a));
    }
    return s;
  }();
  return stream;
}

void BM_AssignStream(benchmark::State& state) {
  const Stream& s = MakeStream();
  size_t stories = 0;
  for (auto _ : state) {
    dyad::StoryClusterer c;
    for (const auto& a : s.articles) c.Assign(a);
    stories = c.story_count();
  }
  state.SetItemsProcessed(state.iterations() * s.articles.size());
  state.counters["stories_found"] = double(stories);
  state.counters["stories_generated"] = kStories;
}
BENCHMARK(BM_AssignStream)->Iterations(1)->Unit(benchmark::kMillisecond);

void BM_ComputeFeatures(benchmark::State& state) {
  std::string text;
  for (int k = 0; k < 300; ++k) text += Word(k * 7919 % 20000) + " ";
  for (auto _ : state)
    benchmark::DoNotOptimize(dyad::ComputeStoryFeatures("A title of six words here", text));
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_ComputeFeatures);

// A store holding the first `n` articles of the stream (no events, no
// copies), in date order; its stories assigned when `assigned`.
class StreamStore {
 public:
  StreamStore(size_t n, bool assigned) {
    dir_ = std::filesystem::temp_directory_path() /
           ("stories_bench_" + std::to_string(::getpid()) + "_" + std::to_string(n));
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
    store_ = std::move(dyad::OpenSqliteStore((dir_ / "store.db").string())).value();
    const Stream& s = MakeStream();
    std::vector<dyad::ArticleRecord> batch;
    for (size_t i = 0; i < n; ++i) {
      dyad::ArticleRecord r;
      r.article.title = s.articles[i].title;
      r.article.outlet = s.articles[i].outlet;
      r.article.text = s.texts[i];
      const int32_t d = s.articles[i].date;
      char day[16];
      std::snprintf(day, sizeof day, "%04d-%02d-%02d", d / 10000, d / 100 % 100, d % 100);
      r.article.published = day;
      r.id = dyad::ArticleId(r.article);
      batch.push_back(std::move(r));
      if (batch.size() == 1000 || i + 1 == n) {
        (void)store_->PutArticles(batch);
        batch.clear();
      }
    }
    if (assigned) (void)dyad::RebuildStories(*store_, {}, 256, 1);
  }
  ~StreamStore() {
    store_.reset();
    std::filesystem::remove_all(dir_);
  }
  dyad::Store& store() { return *store_; }

 private:
  std::filesystem::path dir_;
  std::unique_ptr<dyad::Store> store_;
};

constexpr size_t kStoreArticles = 20000;

// Ingest-time assignment on one thread: read back, features, assign, write.
void BM_StoreAssign(benchmark::State& state) {
  StreamStore s(kStoreArticles, false);
  for (auto _ : state) {
    auto n = dyad::RebuildStories(s.store(), {}, 256, 1);
    if (!n.ok()) state.SkipWithError(n.status().ToString().c_str());
  }
  state.SetItemsProcessed(state.iterations() * kStoreArticles);
}
BENCHMARK(BM_StoreAssign)->Iterations(1)->Unit(benchmark::kMillisecond);

// The restore at the start of an ingest into a store of kStoreArticles.
void BM_StoreWarm(benchmark::State& state) {
  StreamStore s(kStoreArticles, true);
  for (auto _ : state) {
    dyad::pipeline::StoryAssigner assigner(s.store(), {});
    dyad::Status st = assigner.Warm();
    if (!st.ok()) state.SkipWithError(st.ToString().c_str());
  }
  state.SetItemsProcessed(state.iterations() * kStoreArticles);
}
BENCHMARK(BM_StoreWarm)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
