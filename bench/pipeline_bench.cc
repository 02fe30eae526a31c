// Pipeline benchmarks on the sample corpus replicated to any size.
//
// Workloads (all single-threaded unless named _Threads, so rates are per core):
//   BM_PlainTextToSentences  extraction + segmentation of plain-text articles
//   BM_HtmlToSentences       the same for HTML pages
//   BM_IngestIntoStore/MB    RunIngest from a JSON Lines file on disk into a new
//                            SQLite store (read, extract, segment, store), with
//                            the ingest's peak RSS (measured in a child process),
//                            at 50 and 200 MB to show memory stays flat
//   BM_IngestIntoStore_Threads  the same on every core
// Run: build/.../bench/bench_pipeline --benchmark_counters_tabular=true
// Targets (foundation issue): >= 50 MB/s per core plain text through
// segmentation, >= 15 MB/s per core HTML, >= 5,000 articles/s into SQLite.
#include <benchmark/benchmark.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>

#include "bench_corpus.h"
#include "dyad/pipeline.h"

namespace dyad::bench {
namespace {

void RunToSentences(benchmark::State& state, ContentType type) {
  const std::vector<RawDocument> docs = Replicate(type, BenchMegabytes(64) << 20);
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

// Ingests `feed` into a new store at `db` in a child process, so that the
// child's peak RSS measures the ingest alone (not this process's generated
// input). Returns articles stored, or -1; *rss_mb gets the child's peak RSS.
int64_t IngestInChild(const std::string& feed, const std::string& db, uint32_t threads,
                      double* rss_mb) {
  int fds[2];
  if (pipe(fds) != 0) return -1;
  pid_t pid = fork();
  if (pid == 0) {
    close(fds[0]);
    int64_t stored = -1;
    auto store = OpenSqliteStore(db);
    if (store.ok()) {
      IngestOptions opts;
      opts.threads = threads;
      auto summary = dyad::RunIngest({feed}, **store, opts);
      if (summary.ok()) stored = static_cast<int64_t>(summary->articles_new);
    }
    ssize_t w = write(fds[1], &stored, sizeof stored);
    (void)w;
    _exit(0);
  }
  close(fds[1]);
  int64_t stored = -1;
  ssize_t r = read(fds[0], &stored, sizeof stored);
  close(fds[0]);
  int status = 0;
  rusage usage{};
  wait4(pid, &status, 0, &usage);
  *rss_mb = usage.ru_maxrss / 1024.0;
  return r == sizeof stored ? stored : -1;
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
  double rss_mb = 0;
  for (auto _ : state) {
    state.PauseTiming();
    fs::remove(dir / "store.db");
    fs::remove(dir / "store.db-wal");
    fs::remove(dir / "store.db-shm");
    state.ResumeTiming();
    int64_t n = IngestInChild(feed, (dir / "store.db").string(), threads, &rss_mb);
    if (n < 0) {
      state.SkipWithError("ingest failed");
      break;
    }
    stored += static_cast<uint64_t>(n);
  }
  state.SetBytesProcessed(static_cast<int64_t>(feed_bytes * state.iterations()));
  state.counters["articles/s"] =
      benchmark::Counter(static_cast<double>(stored), benchmark::Counter::kIsRate);
  state.counters["documents"] = static_cast<double>(docs);
  state.counters["ingest_peak_rss_MB"] = rss_mb;
  state.counters["store_MB"] = fs::file_size(dir / "store.db") / 1e6;
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
BENCHMARK(BM_IngestIntoStore)
    ->Arg(50)
    ->Arg(200)
    ->Unit(benchmark::kSecond)
    ->Iterations(1)
    ->UseRealTime();
BENCHMARK(BM_IngestIntoStore_Threads)
    ->Arg(200)
    ->Unit(benchmark::kSecond)
    ->Iterations(1)
    ->UseRealTime();

}  // namespace
}  // namespace dyad::bench

BENCHMARK_MAIN();
