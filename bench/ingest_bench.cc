// Ingest throughput. Workloads (inputs generated in memory with fixed seeds):
//   BM_WarcGz     a .warc.gz of N response records (HTML pages ~8 KB, one
//                 gzip member per record, with warcinfo/request records
//                 between them), read through ReadBuffer
//   BM_Warc       the same archive uncompressed
//   BM_JsonlGz    a .jsonl.gz of N articles (~8 KB of text each)
// Reported: bytes_per_second counts decompressed input bytes; the counters
// give documents read and an FNV-1a hash of all bodies, so a speed run also
// checks that the output did not change.
#include <benchmark/benchmark.h>
#include <zlib.h>

#include <cstdint>
#include <random>
#include <string>

#include "dyad/ingest.h"

namespace {

std::string Gzip(const std::string& bytes) {
  z_stream z{};
  deflateInit2(&z, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
  std::string out(deflateBound(&z, bytes.size()) + 64, '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.data()));
  z.avail_in = static_cast<uInt>(bytes.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  deflate(&z, Z_FINISH);
  out.resize(z.total_out);
  deflateEnd(&z);
  return out;
}

// About 8 KB of prose-like text from a fixed seed.
std::string Article(std::mt19937& rng) {
  static const char* kWords[] = {"the",    "minister", "said",   "on",      "Tuesday",  "that",
                                 "talks",  "with",     "rebels", "would",   "resume",   "in",
                                 "Geneva", "after",    "weeks",  "of",      "fighting", "near",
                                 "border", "police",   "killed", "protest", "leaders",  "met"};
  std::string text;
  while (text.size() < 8000) {
    for (int i = 0; i < 14; ++i) {
      text += kWords[rng() % (sizeof kWords / sizeof kWords[0])];
      text += ' ';
    }
    text += ".\n";
  }
  return text;
}

std::string Record(const std::string& type, const std::string& content) {
  return "WARC/1.1\r\nWARC-Type: " + type +
         "\r\nWARC-Target-URI: https://bench.test/\r\nWARC-Date: 2024-01-01T00:00:00Z\r\n"
         "Content-Type: application/http; msgtype=" +
         type + "\r\nContent-Length: " + std::to_string(content.size()) + "\r\n\r\n" + content +
         "\r\n\r\n";
}

struct Inputs {
  std::string warc, warc_gz, jsonl_gz;
  uint64_t warc_plain_bytes = 0, jsonl_plain_bytes = 0;
};

const Inputs& GetInputs() {
  static const Inputs inputs = [] {
    Inputs in;
    std::mt19937 rng(20240501);
    std::string jsonl;
    for (int i = 0; i < 2000; ++i) {
      std::string text = Article(rng);
      std::string html = "<html><body><p>" + text + "</p></body></html>";
      std::string request = Record("request", "GET / HTTP/1.1\r\nHost: bench.test\r\n\r\n");
      std::string response = Record(
          "response", "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + html);
      in.warc += request + response;
      in.warc_gz += Gzip(request) + Gzip(response);
      std::string line = "{\"id\":\"" + std::to_string(i) + "\",\"text\":\"";
      for (char c : text) line += (c == '\n') ? std::string("\\n") : std::string(1, c);
      jsonl += line + "\"}\n";
    }
    in.warc_plain_bytes = in.warc.size();
    in.jsonl_plain_bytes = jsonl.size();
    in.jsonl_gz = Gzip(jsonl);
    return in;
  }();
  return inputs;
}

class HashingVisitor : public dyad::DocumentVisitor {
 public:
  void OnDocument(dyad::RawDocument doc) override {
    ++documents;
    for (unsigned char c : doc.body) hash = (hash ^ c) * 1099511628211ull;
  }
  void OnProblem(const dyad::InputProblem&) override { ++problems; }
  uint64_t documents = 0, problems = 0;
  uint64_t hash = 1469598103934665603ull;
};

void Run(benchmark::State& state, const char* name, const std::string& bytes,
         uint64_t plain_bytes) {
  HashingVisitor last;
  for (auto _ : state) {
    HashingVisitor visitor;
    dyad::ReadBuffer(name, bytes, dyad::ReaderOptions(), visitor);
    last = visitor;
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * plain_bytes));
  state.counters["documents"] = static_cast<double>(last.documents);
  state.counters["problems"] = static_cast<double>(last.problems);
  state.counters["hash_lo32"] = static_cast<double>(last.hash & 0xffffffffu);
  state.counters["compressed_MB"] = static_cast<double>(bytes.size()) / (1 << 20);
}

void BM_WarcGz(benchmark::State& state) {
  Run(state, "bench.warc.gz", GetInputs().warc_gz, GetInputs().warc_plain_bytes);
}
void BM_Warc(benchmark::State& state) {
  Run(state, "bench.warc", GetInputs().warc, GetInputs().warc_plain_bytes);
}
void BM_JsonlGz(benchmark::State& state) {
  Run(state, "bench.jsonl.gz", GetInputs().jsonl_gz, GetInputs().jsonl_plain_bytes);
}
BENCHMARK(BM_WarcGz)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Warc)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_JsonlGz)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
