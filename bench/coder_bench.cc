// Event coder speed: sentences/s per core with dyad's default dictionaries
// and with PETRARCH2's full CAMEO 2.0 verbs + Phoenix actors and agents, on
// sentences of the sample corpus (ReadPaths + ExtractArticle +
// SplitSentences), replicated. Also reports dictionary load time, peak RSS,
// and an output hash, checked equal when coding with 1 and 2 threads.
// BM_CodePetrarchEveryPattern codes with the pattern prefilter disabled (every
// pattern of a verb's class tried): its hash must equal BM_CodePetrarch's.
#include <benchmark/benchmark.h>
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <thread>

#include "bench_corpus.h"
#include "dyad/coding.h"
#include "dyad/extract.h"

namespace {

struct Corpus {
  std::vector<std::string> sentences;
};

const Corpus& Sentences() {
  static const Corpus c = [] {
    Corpus out;
    for (const dyad::RawDocument& d : dyad::bench::SampleDocuments()) {
      auto article = dyad::ExtractArticle(d);
      if (!article.ok()) continue;
      const std::string& text = article->text;
      for (const dyad::Sentence& s : dyad::SplitSentences(text))
        out.sentences.emplace_back(s.view(text));
    }
    return out;
  }();
  return c;
}

struct Loaded {
  dyad::Dictionary dict;
  double load_seconds = 0;
};

Loaded* Load(const std::vector<std::string>& files) {
  auto* l = new Loaded;
  auto t0 = std::chrono::steady_clock::now();
  std::vector<dyad::DictionaryProblem> problems;
  for (const std::string& f : files)
    (void)dyad::LoadDictionaryFile(f, dyad::DictionaryFormat::kUnknown, &l->dict, &problems);
  l->dict.BuildIndexes();
  l->load_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  return l;
}

const Loaded& Dyad() {
  static Loaded* l = [] {
    std::string dir = std::string(DYAD_SOURCE_DIR) + "/data/dictionaries/";
    return Load({dir + "agents.txt", dir + "countries.txt", dir + "igos.txt", dir + "persons.txt",
                 dir + "verbs.txt"});
  }();
  return *l;
}

Loaded* LoadPetrarch() {
  std::string dir = std::string(DYAD_SHARED_DIR) + "/peers/petrarch2/";
  return Load({dir + "CAMEO.2.0.txt", dir + "Phoenix.Countries.actors.txt",
               dir + "Phoenix.International.actors.txt", dir + "Phoenix.MilNonState.actors.txt",
               dir + "Phoenix.agents.txt"});
}

const Loaded& Petrarch() {
  static Loaded* l = LoadPetrarch();
  return *l;
}

const Loaded& PetrarchEveryPattern() {
  static Loaded* l = [] {
    Loaded* p = LoadPetrarch();
    p->dict.set_use_pattern_index(false);
    return p;
  }();
  return *l;
}

// Codes sentences [begin, end) and returns a hash of the events.
uint64_t CodeRange(const dyad::Coder& coder, const std::vector<std::string>& s, size_t begin,
                   size_t end, size_t* events) {
  uint64_t h = 1469598103934665603ull;
  for (size_t i = begin; i < end; ++i)
    for (const dyad::Event& e : coder.CodeText(s[i], 20240510)) {
      ++*events;
      for (char c : dyad::EventTriple(e) + std::to_string(i))
        h = (h ^ static_cast<uint8_t>(c)) * 1099511628211ull;
    }
  return h;
}

uint64_t CodeThreads(const dyad::Coder& coder, const std::vector<std::string>& s, int threads) {
  std::vector<uint64_t> hashes(threads);
  std::vector<size_t> counts(threads);
  std::vector<std::thread> pool;
  size_t per = (s.size() + threads - 1) / threads;
  for (int t = 0; t < threads; ++t)
    pool.emplace_back([&, t] {
      size_t b = std::min(s.size(), t * per), e = std::min(s.size(), b + per);
      hashes[t] = CodeRange(coder, s, b, e, &counts[t]);
    });
  for (auto& th : pool) th.join();
  uint64_t h = 0;
  for (uint64_t x : hashes) h = h * 31 + x;
  return h;
}

void Run(benchmark::State& state, const Loaded& dict) {
  const auto& base = Sentences().sentences;
  std::vector<std::string> s;
  while (s.size() < 20000 && !base.empty()) s.insert(s.end(), base.begin(), base.end());
  dyad::Coder coder(&dict.dict);
  size_t events = 0;
  uint64_t hash = 0;
  for (auto _ : state) {
    events = 0;
    hash = CodeRange(coder, s, 0, s.size(), &events);
    benchmark::DoNotOptimize(hash);
  }
  // Same output whatever the thread count (hashes combine per split, so
  // compare 1 and 2 threads over the same split of 2).
  std::vector<std::string> half(s.begin(), s.begin() + s.size() / 2);
  if (CodeThreads(coder, s, 2) != CodeThreads(coder, s, 2) ||
      CodeRange(coder, s, 0, s.size(), &events) == 0)
    state.SkipWithError("thread results differ");
  size_t one = 0, two = 0;
  uint64_t h1 = CodeRange(coder, s, 0, s.size() / 2, &one) ^
                CodeRange(coder, s, s.size() / 2, s.size(), &one);
  std::vector<uint64_t> hs(2);
  std::thread a([&] { hs[0] = CodeRange(coder, s, 0, s.size() / 2, &two); });
  size_t two_b = 0;
  std::thread b([&] { hs[1] = CodeRange(coder, s, s.size() / 2, s.size(), &two_b); });
  a.join();
  b.join();
  if (h1 != (hs[0] ^ hs[1])) state.SkipWithError("1 and 2 threads differ");
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  state.SetItemsProcessed(state.iterations() * s.size());
  state.counters["sentences/s"] = benchmark::Counter(static_cast<double>(s.size()),
                                                     benchmark::Counter::kIsIterationInvariantRate);
  state.counters["events"] = static_cast<double>(events);
  state.counters["load_s"] = dict.load_seconds;
  state.counters["peak_rss_MB"] = ru.ru_maxrss / 1024.0;
  state.counters["hash"] = static_cast<double>(hash % 1000000);
  state.counters["patterns"] = static_cast<double>(dict.dict.patterns().size());
  state.counters["actor_phrases"] = static_cast<double>(dict.dict.actor_phrases().size());
}

void BM_CodeDyad(benchmark::State& state) {
  Run(state, Dyad());
}
void BM_CodePetrarch(benchmark::State& state) {
  Run(state, Petrarch());
}
void BM_CodePetrarchEveryPattern(benchmark::State& state) {
  Run(state, PetrarchEveryPattern());
}
BENCHMARK(BM_CodeDyad)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_CodePetrarch)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_CodePetrarchEveryPattern)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
