// Pipeline benchmarks on the sample corpus replicated to any size.
//
// Workloads (all single-threaded unless named _Threads, so rates are per core):
//   BM_PlainTextToSentences  extraction + segmentation of plain-text articles
//   BM_HtmlToSentences       the same for HTML pages
//   BM_IngestIntoStore/MB    RunIngest from a JSON Lines file on disk into a new
//                            SQLite store (read, extract, segment, store), with
//                            peak RSS, at 50 and 200 MB to show memory stays flat
//   BM_IngestIntoStore_Threads  the same on every core
// Run: build/.../bench/bench_pipeline --benchmark_counters_tabular=true
// Targets (foundation issue): >= 50 MB/s per core plain text through
// segmentation, >= 15 MB/s per core HTML, >= 5,000 articles/s into SQLite.
#include <benchmark/benchmark.h>
#include <unistd.h>

#include <filesystem>

#include "bench_corpus.h"
#include "dyad/pipeline.h"

namespace dyad::bench {
namespace {

void RunToSentences(benchmark::State& state, ContentType type) {
  const std::vector<RawDocument> docs = Replicate(type, 64ull << 20);
  if (docs.empty()) {
    state.SkipWithError("no sample documents of this type; is examples/corpus there?");
    return;
  }
  uint64_t bytes = 0, articles = 0, sentences = 0;
  for (auto _ : state) {
    for (const RawDocument& d : docs) {
      auto rec = PrepareArticle(d, ExtractOptions());
      if (rec.ok()) sentences += rec->sentences.size();
      bytes += d.body.size();
      ++articles;
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
  state.counters["articles/s"] =
      benchmark::Counter(static_cast<double>(articles), benchmark::Counter::kIsRate);
  state.counters["sentences"] = static_cast<double>(sentences);
}

void BM_PlainTextToSentences(benchmark::State& state) {
  RunToSentences(state, ContentType::kText);
}
void BM_HtmlToSentences(benchmark::State& state) {
  RunToSentences(state, ContentType::kHtml);
}

void RunIngest(benchmark::State& state, uint32_t threads) {
  namespace fs = std::filesystem;
  const uint64_t megabytes = static_cast<uint64_t>(state.range(0));
  fs::path dir = fs::temp_directory_path() / ("dyad_bench_" + std::to_string(::getpid()));
  fs::create_directories(dir);
  const std::string feed = (dir / "feed.jsonl").string();
  const uint64_t docs = WriteReplicaJsonl(feed, megabytes << 20);
  const uint64_t feed_bytes = fs::file_size(feed);
  uint64_t stored = 0;
  for (auto _ : state) {
    state.PauseTiming();
    fs::remove(dir / "store.db");
    fs::remove(dir / "store.db-wal");
    fs::remove(dir / "store.db-shm");
    auto store = OpenSqliteStore((dir / "store.db").string());
    state.ResumeTiming();
    IngestOptions opts;
    opts.threads = threads;
    auto summary = dyad::RunIngest({feed}, **store, opts);
    if (!summary.ok()) {
      state.SkipWithError(summary.status().ToString().c_str());
      break;
    }
    stored += summary->articles_new;
  }
  state.SetBytesProcessed(static_cast<int64_t>(feed_bytes * state.iterations()));
  state.counters["articles/s"] =
      benchmark::Counter(static_cast<double>(stored), benchmark::Counter::kIsRate);
  state.counters["documents"] = static_cast<double>(docs);
  state.counters["peak_rss_MB"] = PeakRssMb();
  fs::remove_all(dir);
}

void BM_IngestIntoStore(benchmark::State& state) {
  RunIngest(state, 1);
}
void BM_IngestIntoStore_Threads(benchmark::State& state) {
  RunIngest(state, 0);
}

BENCHMARK(BM_PlainTextToSentences)->Unit(benchmark::kMillisecond)->MinTime(2);
BENCHMARK(BM_HtmlToSentences)->Unit(benchmark::kMillisecond)->MinTime(2);
BENCHMARK(BM_IngestIntoStore)->Arg(50)->Arg(200)->Unit(benchmark::kSecond)->Iterations(1);
BENCHMARK(BM_IngestIntoStore_Threads)->Arg(200)->Unit(benchmark::kSecond)->Iterations(1);

}  // namespace
}  // namespace dyad::bench

BENCHMARK_MAIN();
