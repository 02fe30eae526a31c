// Pipeline benchmarks on the sample corpus replicated to any size.
//
// Workloads (all single-threaded unless named _Threads, so rates are per core):
//   BM_PlainTextToSentences  extraction + segmentation of plain-text articles
//   BM_HtmlToSentences       the same for HTML pages
//   BM_StoreOnly             extracted articles written to SQLite in batches
//   BM_IngestIntoStore/MB    RunIngest from a JSON Lines file on disk into a new
//                            SQLite store (read, extract, segment, store), with
//                            the ingest's peak RSS (measured in a child process),
//                            at 50 and 200 MB to show memory stays flat
//   BM_IngestIntoStore_Threads  the same on every core (reading and storing
//                            take one thread, extraction the others)
//                            (quotes off: BM_IngestIntoStore is plain text
//                            ingest, the base the overheads below compare to)
//   BM_IngestCodedIntoStore/MB, BM_IngestCodedIntoStore_Threads  the same
//                            with coding on (dyad's default dictionaries),
//                            quotes off: events found and stored with their
//                            articles; compare with the two above for
//                            coding's cost
//   BM_IngestQuotedIntoStore/MB  quotes on, coding off: quotes' cost
//   BM_IngestCodedQuotedIntoStore/MB, ..._Threads  both on (the default of
//                            `dyad ingest`): quotes with speakers' actor
//                            codes, events and statements
//   BM_Ingest{Text,Html}IntoStore_Threads  the same on plain text or HTML alone
//   BM_IngestCopiesIntoStore/MB  copies on (provenance: fingerprints, index,
//                            verification, links), quotes and coding off:
//                            copies' cost against BM_IngestIntoStore. The
//                            replicas are near-exact copies of each other, so
//                            this is the worst case: every article has a full
//                            bucket of candidates to verify. The other cases
//                            run with copies off.
// Run: build/.../bench/bench_pipeline --benchmark_counters_tabular=true
// Targets (foundation issue): >= 50 MB/s per core plain text through
// segmentation, >= 15 MB/s per core HTML, >= 5,000 articles/s into SQLite.
#include <benchmark/benchmark.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>

#include "bench_corpus.h"
#include "dyad/dictionary.h"
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

// Ingests `feed` into a new store at `db` in a fresh process (this program
// re-run with --ingest-child), so that its peak RSS measures the ingest alone,
// not the input this process generated. Returns articles stored, or -1;
// *rss_mb gets the child's peak RSS (its VmHWM), *problems its count of
// input problems.
// What an ingest does besides extraction and storing.
enum class Stages { kPlain, kCoded, kQuoted, kCodedQuoted, kCopies };

const char* StagesName(Stages s) {
  switch (s) {
    case Stages::kPlain: return "plain";
    case Stages::kCoded: return "code";
    case Stages::kQuoted: return "quotes";
    case Stages::kCodedQuoted: return "code+quotes";
    case Stages::kCopies: return "copies";
  }
  return "plain";
}

struct ChildCounts {
  double rss_mb = 0;
  int64_t problems = 0, events = 0, quotes = 0;
};

int64_t IngestInChild(const std::string& feed, const std::string& db, uint32_t threads,
                      Stages stages, ChildCounts* counts) {
  int fds[2];
  if (pipe(fds) != 0) return -1;
  pid_t pid = fork();
  if (pid == 0) {
    dup2(fds[1], STDOUT_FILENO);
    close(fds[0]);
    close(fds[1]);
    std::string t = std::to_string(threads);
    execl("/proc/self/exe", "bench_pipeline", "--ingest-child", feed.c_str(), db.c_str(), t.c_str(),
          StagesName(stages), static_cast<char*>(nullptr));
    _exit(127);
  }
  close(fds[1]);
  char buf[128] = {0};
  ssize_t r = read(fds[0], buf, sizeof buf - 1);
  close(fds[0]);
  int status = 0;
  waitpid(pid, &status, 0);
  if (r <= 0 || !WIFEXITED(status) || WEXITSTATUS(status) != 0) return -1;
  char* rest = nullptr;
  int64_t stored = std::strtoll(buf, &rest, 10);
  counts->problems = std::strtoll(rest, &rest, 10);
  counts->rss_mb = std::strtol(rest, &rest, 10) / 1024.0;
  counts->events = std::strtoll(rest, &rest, 10);
  counts->quotes = std::strtoll(rest, nullptr, 10);
  return stored;
}

// The child's side of IngestInChild: ingest (coding with the default
// dictionaries when `stages` names "code"; their loading is timed too, as a
// user of `dyad ingest` waits for it; quotes when it names "quotes"), print
// the counts.
int IngestChildMain(const char* feed, const char* db, const char* threads, const char* stages) {
  auto store = OpenSqliteStore(db);
  if (!store.ok()) return 1;
  IngestOptions opts;
  opts.threads = static_cast<uint32_t>(std::strtoul(threads, nullptr, 10));
  Dictionary dict;
  std::unique_ptr<Coder> coder;
  const std::string mode = stages;
  opts.quotes = mode.find("quotes") != std::string::npos;
  opts.copies = mode.find("copies") != std::string::npos;
  if (mode.find("code") != std::string::npos) {
    std::vector<DictionaryProblem> problems;
    const std::string dir = std::string(DYAD_SOURCE_DIR) + "/data/dictionaries";
    auto loaded = LoadDefaultDictionaries(dir, &problems);
    if (!loaded.ok()) return 1;
    dict = std::move(loaded).value();
    dict.BuildIndexes();
    coder = std::make_unique<Coder>(&dict);
    opts.coder = coder.get();
    opts.coder_run = CoderRun{"bench", {dir}};
  }
  auto summary = dyad::RunIngest({feed}, **store, opts);
  if (!summary.ok()) return 1;
  // VmHWM is the peak RSS of this process image only; ru_maxrss seen by the
  // parent would also count the parent's memory copied by fork() before exec.
  long hwm_kb = -1;
  std::ifstream status("/proc/self/status");
  for (std::string line; std::getline(status, line);) {
    if (line.rfind("VmHWM:", 0) == 0) hwm_kb = std::strtol(line.c_str() + 6, nullptr, 10);
  }
  std::printf("%llu %llu %ld %llu %llu\n", static_cast<unsigned long long>(summary->articles_new),
              static_cast<unsigned long long>(summary->problem_count), hwm_kb,
              static_cast<unsigned long long>(summary->events),
              static_cast<unsigned long long>(summary->quotes));
  return 0;
}

void RunIngest(benchmark::State& state, uint32_t threads,
               std::vector<ContentType> types = {ContentType::kText, ContentType::kHtml},
               Stages stages = Stages::kPlain) {
  namespace fs = std::filesystem;
  // $DYAD_BENCH_MB, when set, replaces the size argument (for short runs).
  const uint64_t megabytes = BenchMegabytes(static_cast<uint64_t>(state.range(0)));
  fs::path dir = fs::temp_directory_path() / ("dyad_bench_" + std::to_string(::getpid()));
  fs::create_directories(dir);
  const std::string feed = (dir / "feed.jsonl").string();
  const uint64_t docs = WriteReplicaJsonl(feed, megabytes << 20, types);
  const uint64_t feed_bytes = fs::file_size(feed);
  uint64_t stored = 0;
  ChildCounts counts;
  for (auto _ : state) {
    state.PauseTiming();
    fs::remove(dir / "store.db");
    fs::remove(dir / "store.db-wal");
    fs::remove(dir / "store.db-shm");
    state.ResumeTiming();
    int64_t n = IngestInChild(feed, (dir / "store.db").string(), threads, stages, &counts);
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
  state.counters["ingest_peak_rss_MB"] = counts.rss_mb;
  state.counters["problems"] = static_cast<double>(counts.problems);
  state.counters["events"] = static_cast<double>(counts.events);
  state.counters["quotes"] = static_cast<double>(counts.quotes);
  state.counters["store_MB"] = fs::file_size(dir / "store.db") / 1e6;
  // DYAD_BENCH_KEEP=1 leaves the generated feed and store for inspection.
  if (!std::getenv("DYAD_BENCH_KEEP")) fs::remove_all(dir);
}

// The store alone: articles already extracted and segmented, written in
// batches of 256 (as RunIngest does) into a new SQLite file.
void BM_StoreOnly(benchmark::State& state) {
  namespace fs = std::filesystem;
  std::vector<ArticleRecord> records;
  for (ContentType type : {ContentType::kText, ContentType::kHtml}) {
    for (const RawDocument& d : Replicate(type, BenchMegabytes(32) << 20)) {
      auto rec = PrepareArticle(d, ExtractOptions());
      if (rec.ok()) records.push_back(std::move(rec).value());
    }
  }
  fs::path dir = fs::temp_directory_path() / ("dyad_bench_store_" + std::to_string(::getpid()));
  uint64_t stored = 0;
  for (auto _ : state) {
    state.PauseTiming();
    fs::remove_all(dir);
    fs::create_directories(dir);
    auto store = OpenSqliteStore((dir / "store.db").string());
    state.ResumeTiming();
    for (size_t at = 0; at < records.size(); at += 256) {
      std::vector<ArticleRecord> batch(records.begin() + at,
                                       records.begin() + std::min(records.size(), at + 256));
      auto put = (*store)->PutArticles(batch);
      if (!put.ok()) {
        state.SkipWithError(put.status().ToString().c_str());
        return;
      }
      stored += put->inserted;
    }
  }
  state.counters["articles/s"] =
      benchmark::Counter(static_cast<double>(stored), benchmark::Counter::kIsRate);
  state.counters["articles"] = static_cast<double>(records.size());
  fs::remove_all(dir);
}

void BM_IngestIntoStore(benchmark::State& state) {
  RunIngest(state, 1);
}
void BM_IngestIntoStore_Threads(benchmark::State& state) {
  RunIngest(state, 0);
}
void BM_IngestCodedIntoStore(benchmark::State& state) {
  RunIngest(state, 1, {ContentType::kText, ContentType::kHtml}, Stages::kCoded);
}
void BM_IngestCodedIntoStore_Threads(benchmark::State& state) {
  RunIngest(state, 0, {ContentType::kText, ContentType::kHtml}, Stages::kCoded);
}
void BM_IngestQuotedIntoStore(benchmark::State& state) {
  RunIngest(state, 1, {ContentType::kText, ContentType::kHtml}, Stages::kQuoted);
}
void BM_IngestCodedQuotedIntoStore(benchmark::State& state) {
  RunIngest(state, 1, {ContentType::kText, ContentType::kHtml}, Stages::kCodedQuoted);
}
void BM_IngestCodedQuotedIntoStore_Threads(benchmark::State& state) {
  RunIngest(state, 0, {ContentType::kText, ContentType::kHtml}, Stages::kCodedQuoted);
}
void BM_IngestCopiesIntoStore(benchmark::State& state) {
  RunIngest(state, 1, {ContentType::kText, ContentType::kHtml}, Stages::kCopies);
}
void BM_IngestTextIntoStore_Threads(benchmark::State& state) {
  RunIngest(state, 0, {ContentType::kText});
}
void BM_IngestHtmlIntoStore_Threads(benchmark::State& state) {
  RunIngest(state, 0, {ContentType::kHtml});
}

BENCHMARK(BM_PlainTextToSentences)->Unit(benchmark::kMillisecond)->MinTime(2);
BENCHMARK(BM_HtmlToSentences)->Unit(benchmark::kMillisecond)->MinTime(2);
BENCHMARK(BM_StoreOnly)->Unit(benchmark::kMillisecond)->Iterations(3)->UseRealTime();
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
BENCHMARK(BM_IngestCodedIntoStore)->Arg(50)->Unit(benchmark::kSecond)->Iterations(1)->UseRealTime();
BENCHMARK(BM_IngestCodedIntoStore_Threads)
    ->Arg(200)
    ->Unit(benchmark::kSecond)
    ->Iterations(1)
    ->UseRealTime();
BENCHMARK(BM_IngestQuotedIntoStore)
    ->Arg(50)
    ->Unit(benchmark::kSecond)
    ->Iterations(1)
    ->UseRealTime();
BENCHMARK(BM_IngestCodedQuotedIntoStore)
    ->Arg(50)
    ->Unit(benchmark::kSecond)
    ->Iterations(1)
    ->UseRealTime();
BENCHMARK(BM_IngestCodedQuotedIntoStore_Threads)
    ->Arg(200)
    ->Unit(benchmark::kSecond)
    ->Iterations(1)
    ->UseRealTime();
BENCHMARK(BM_IngestCopiesIntoStore)
    ->Arg(50)
    ->Unit(benchmark::kSecond)
    ->Iterations(1)
    ->UseRealTime();
BENCHMARK(BM_IngestTextIntoStore_Threads)
    ->Arg(200)
    ->Unit(benchmark::kSecond)
    ->Iterations(1)
    ->UseRealTime();
BENCHMARK(BM_IngestHtmlIntoStore_Threads)
    ->Arg(200)
    ->Unit(benchmark::kSecond)
    ->Iterations(1)
    ->UseRealTime();

}  // namespace
}  // namespace dyad::bench

int main(int argc, char** argv) {
  if (argc == 6 && std::string(argv[1]) == "--ingest-child") {
    return dyad::bench::IngestChildMain(argv[2], argv[3], argv[4], argv[5]);
  }
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
