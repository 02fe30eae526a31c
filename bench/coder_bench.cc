// Event coder speed: sentences/s per core with dyad's default dictionaries
// and with PETRARCH2's full CAMEO 2.0 verbs + Phoenix actors and agents, on
// sentences of the sample corpus (ReadPaths + ExtractArticle +
// SplitSentences), replicated. Also reports dictionary load time, peak RSS,
// and an output hash, checked equal when coding with 1 and 2 threads.
// BM_CodePetrarchEveryPattern codes with the pattern prefilter disabled (every
// pattern of a verb's class tried): its hash must equal BM_CodePetrarch's.
#include <benchmark/benchmark.h>
#include <sys/resource.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <new>
#include <thread>

#include "bench_corpus.h"
#include "dyad/coding.h"
#include "dyad/extract.h"

// Every heap allocation of the process, counted. (GCC takes the free() of
// a pointer from operator new for a mismatch; here both sides are malloc's.)
#pragma GCC diagnostic ignored "-Wmismatched-new-delete"
std::atomic<uint64_t> allocations{0};

void* operator new(size_t size) {
  allocations.fetch_add(1, std::memory_order_relaxed);
  if (void* p = std::malloc(size == 0 ? 1 : size)) return p;
  throw std::bad_alloc();
}
void operator delete(void* p) noexcept {
  std::free(p);
}
void operator delete(void* p, size_t) noexcept {
  std::free(p);
}

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

// FNV-1a over bytes.
struct Hasher {
  uint64_t h = 1469598103934665603ull;
  void Bytes(std::string_view b) {
    for (char c : b) h = (h ^ static_cast<uint8_t>(c)) * 1099511628211ull;
    h = (h ^ 0xff) * 1099511628211ull;  // field separator
  }
  void Number(int64_t v) { Bytes(std::to_string(v)); }
  void Actor(const dyad::EventActor& a) {
    Number(a.span.begin);
    Number(a.span.end);
    Bytes(a.code);
    Bytes(a.country);
    Bytes(a.agent);
    Bytes(a.name);
    for (const dyad::Origin& o : a.origins) {
      Number(o.file);
      Number(o.line);
    }
  }
  void Event(const dyad::Event& e, size_t sentence) {
    Number(static_cast<int64_t>(sentence));
    Number(e.date);
    Actor(e.source);
    Actor(e.target);
    Bytes(e.code);
    Bytes(e.root);
    Number(e.quad_class);
    Number(static_cast<int64_t>(e.goldstein * 10));
    Number(e.sentence.begin);
    Number(e.sentence.end);
    Number(e.verb.begin);
    Number(e.verb.end);
    Number(e.verb_origin.file);
    Number(e.verb_origin.line);
    Number(e.pattern_origin.file);
    Number(e.pattern_origin.line);
    Number(e.from_pattern * 1 + e.paired * 2 + e.negated * 4 + e.intent * 8);
    Bytes(e.asserted_code);
  }
};

// Codes sentences [begin, end), storing each one's output hash in
// per_sentence[i]; returns the number of events.
size_t CodeRange(const dyad::Coder& coder, const std::vector<std::string>& s, size_t begin,
                 size_t end, std::vector<uint64_t>* per_sentence) {
  size_t events = 0;
  for (size_t i = begin; i < end; ++i) {
    Hasher h;
    for (const dyad::Event& e : coder.CodeText(s[i], 20240510)) {
      ++events;
      h.Event(e, i);
    }
    (*per_sentence)[i] = h.h;
  }
  return events;
}

// The output hash of all sentences: their hashes in sentence order.
uint64_t Combine(const std::vector<uint64_t>& per_sentence) {
  Hasher h;
  for (uint64_t x : per_sentence) h.Number(static_cast<int64_t>(x));
  return h.h;
}

// The output hash with the sentences split between `threads` threads.
uint64_t CodeThreads(const dyad::Coder& coder, const std::vector<std::string>& s, int threads) {
  std::vector<uint64_t> per_sentence(s.size());
  std::vector<std::thread> pool;
  size_t per = (s.size() + threads - 1) / threads;
  for (int t = 0; t < threads; ++t)
    pool.emplace_back([&, t] {
      size_t b = std::min(s.size(), t * per), e = std::min(s.size(), b + per);
      CodeRange(coder, s, b, e, &per_sentence);
    });
  for (auto& th : pool) th.join();
  return Combine(per_sentence);
}

void Run(benchmark::State& state, const char* name, const Loaded& dict) {
  const auto& base = Sentences().sentences;
  std::vector<std::string> s;
  // DYAD_CODER_BENCH_SENTENCES: fewer (or more) sentences, e.g. under callgrind.
  const char* wanted = std::getenv("DYAD_CODER_BENCH_SENTENCES");
  const size_t count = wanted ? std::strtoull(wanted, nullptr, 10) : 20000;
  while (s.size() < count && !base.empty()) s.insert(s.end(), base.begin(), base.end());
  dyad::Coder coder(&dict.dict);
  std::vector<uint64_t> per_sentence(s.size());
  size_t events = 0;
  const uint64_t allocations_before = allocations.load();
  for (auto _ : state) {
    events = CodeRange(coder, s, 0, s.size(), &per_sentence);
    benchmark::DoNotOptimize(per_sentence.data());
  }
  const double allocations_per_sentence =
      static_cast<double>(allocations.load() - allocations_before) /
      static_cast<double>(state.iterations() * s.size());
  const uint64_t hash = Combine(per_sentence);
  // Same output whatever the thread count.
  if (events == 0) state.SkipWithError("nothing coded");
  for (int threads : {2, 3})
    if (CodeThreads(coder, s, threads) != hash) state.SkipWithError("thread results differ");
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  state.SetItemsProcessed(state.iterations() * s.size());
  state.counters["sentences/s"] = benchmark::Counter(static_cast<double>(s.size()),
                                                     benchmark::Counter::kIsIterationInvariantRate);
  state.counters["events"] = static_cast<double>(events);
  state.counters["load_s"] = dict.load_seconds;
  state.counters["peak_rss_MB"] = ru.ru_maxrss / 1024.0;
  state.counters["allocs/sentence"] = allocations_per_sentence;
  std::fprintf(stderr, "%s: output hash %016llx (%zu events, %zu sentences)\n", name,
               static_cast<unsigned long long>(hash), events, s.size());
  state.counters["patterns"] = static_cast<double>(dict.dict.patterns().size());
  state.counters["actor_phrases"] = static_cast<double>(dict.dict.actor_phrases().size());
}

void BM_CodeDyad(benchmark::State& state) {
  Run(state, "BM_CodeDyad", Dyad());
}
void BM_CodePetrarch(benchmark::State& state) {
  Run(state, "BM_CodePetrarch", Petrarch());
}
void BM_CodePetrarchEveryPattern(benchmark::State& state) {
  Run(state, "BM_CodePetrarchEveryPattern", PetrarchEveryPattern());
}
BENCHMARK(BM_CodeDyad)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_CodePetrarch)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_CodePetrarchEveryPattern)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
