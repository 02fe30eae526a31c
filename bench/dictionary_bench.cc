// Dictionary load time and memory. Workloads:
//   LoadPhoenixFull  - CAMEO.2.0.txt + Phoenix.{Countries,International,
//                      MilNonState}.actors.txt + Phoenix.agents.txt from
//                      DYAD_SHARED_DIR/peers/petrarch2, indexes built.
//   LoadDefaults     - dyad's data/dictionaries.
//   ActorLookup      - LongestMatch at every position of a fixed token stream
//                      (seeded), full Phoenix actors loaded; reports a hash of
//                      the matches so a speed run also checks results.
// Peak RSS (VmHWM) is printed as a counter after the loads.
#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <string>

#include "dyad/dictionary.h"

namespace {

const std::string kPetrarch = std::string(DYAD_SHARED_DIR) + "/peers/petrarch2/";

double PeakRssMb() {
  std::ifstream in("/proc/self/status");
  std::string line;
  while (std::getline(in, line))
    if (line.rfind("VmHWM:", 0) == 0) return std::stod(line.substr(6)) / 1024.0;
  return 0;
}

bool LoadPhoenix(dyad::Dictionary* d) {
  std::vector<dyad::DictionaryProblem> problems;
  for (const char* f :
       {"CAMEO.2.0.txt", "Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
        "Phoenix.MilNonState.actors.txt", "Phoenix.agents.txt"})
    if (!dyad::LoadDictionaryFile(kPetrarch + f, dyad::DictionaryFormat::kUnknown, d, &problems)
             .ok())
      return false;
  d->BuildIndexes();
  return true;
}

void BM_LoadPhoenixFull(benchmark::State& state) {
  if (!std::filesystem::exists(kPetrarch)) {
    state.SkipWithError("no ../shared/peers/petrarch2");
    return;
  }
  size_t phrases = 0, patterns = 0;
  for (auto _ : state) {
    dyad::Dictionary d;
    if (!LoadPhoenix(&d)) {
      state.SkipWithError("load failed");
      return;
    }
    phrases = d.actor_phrases().size();
    patterns = d.patterns().size();
    benchmark::DoNotOptimize(d);
  }
  state.counters["actor_phrases"] = static_cast<double>(phrases);
  state.counters["patterns"] = static_cast<double>(patterns);
  state.counters["peak_rss_mb"] = PeakRssMb();
}
BENCHMARK(BM_LoadPhoenixFull)->Unit(benchmark::kMillisecond)->Iterations(3);

void BM_LoadDefaults(benchmark::State& state) {
  for (auto _ : state) {
    std::vector<dyad::DictionaryProblem> problems;
    auto d = dyad::LoadDefaultDictionaries(std::string(DYAD_SOURCE_DIR) + "/data/dictionaries",
                                           &problems);
    if (!d.ok()) {
      state.SkipWithError(d.status().ToString().c_str());
      return;
    }
    state.counters["actor_phrases"] = static_cast<double>(d->actor_phrases().size());
  }
}
BENCHMARK(BM_LoadDefaults)->Unit(benchmark::kMillisecond);

void BM_ActorLookup(benchmark::State& state) {
  static dyad::Dictionary* d = [] {
    auto* dict = new dyad::Dictionary;
    if (!LoadPhoenix(dict)) {
      delete dict;
      return static_cast<dyad::Dictionary*>(nullptr);
    }
    return dict;
  }();
  if (!d) {
    state.SkipWithError("no ../shared/peers/petrarch2");
    return;
  }
  // A fixed stream: common words mixed with first tokens of actor phrases.
  std::mt19937 rng(42);
  std::vector<std::string> pool = {"the",      "said", "on",         "in",  "of", "talks",
                                   "minister", "a",    "government", "and", "to", "with"};
  for (size_t i = 0; i < d->actor_phrases().size(); i += 97)
    pool.push_back(d->actor_phrases()[i].phrase[0].text);
  std::vector<std::string> words(100000);
  for (auto& w : words) w = pool[rng() % pool.size()];
  std::vector<std::string_view> toks(words.begin(), words.end());
  uint64_t hash = 0;
  for (auto _ : state) {
    hash = 0;
    for (size_t i = 0; i < toks.size(); ++i) {
      auto m = d->actor_index().LongestMatch(toks, i);
      if (m) hash = hash * 31 + m->value + 1;
    }
    benchmark::DoNotOptimize(hash);
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * toks.size()));
  state.counters["output_hash"] = static_cast<double>(hash % 1000000007);
}
BENCHMARK(BM_ActorLookup)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
