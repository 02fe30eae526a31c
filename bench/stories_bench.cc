// stories_bench: online story assignment speed on a synthetic stream of
// 100,000 articles (target in docs/stories.md: 5,000 articles/s per core).
// The stream is generated at run time: 5,000 stories over 1,000 days, each
// with its own topic words and actors, articles of ~300 words mixing topic
// words with a shared background vocabulary, arriving in date order.
#include <benchmark/benchmark.h>

#include <random>
#include <string>
#include <vector>

#include "dyad/stories.h"

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

}  // namespace

BENCHMARK_MAIN();
