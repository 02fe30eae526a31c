// Shared by the benchmarks: the sample corpus loaded as raw documents, and
// replicas of it of any size, generated on the fly (never committed). Each
// replica's articles differ from the originals by a marker sentence, so the
// store sees distinct articles, as it would on a real crawl.
#ifndef DYAD_BENCH_BENCH_CORPUS_H_
#define DYAD_BENCH_BENCH_CORPUS_H_

#include <sys/resource.h>

#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "dyad/ingest.h"

namespace dyad::bench {

// The size the text benchmarks work on: $DYAD_BENCH_MB when set (for short
// runs under callgrind), else `fallback`.
inline uint64_t BenchMegabytes(uint64_t fallback) {
  const char* env = std::getenv("DYAD_BENCH_MB");
  return env && *env ? std::strtoull(env, nullptr, 10) : fallback;
}

// Every document of examples/corpus (and of ../shared/corpus/seeds when present).
inline const std::vector<RawDocument>& SampleDocuments() {
  static const std::vector<RawDocument> docs = [] {
    struct Collect : DocumentVisitor {
      std::vector<RawDocument> docs;
      void OnDocument(RawDocument d) override { docs.push_back(std::move(d)); }
      void OnProblem(const InputProblem&) override {}
    } c;
    ReadPaths({std::string(DYAD_SOURCE_DIR) + "/examples/corpus"}, ReaderOptions(), c);
    std::string seeds = std::string(DYAD_SHARED_DIR) + "/corpus/seeds";
    if (std::ifstream(seeds + "/000_0776dff6a5348372.txt").good())
      ReadPaths({seeds}, ReaderOptions(), c);
    return c.docs;
  }();
  return docs;
}

// The documents of one type, replicated (with a distinguishing marker in each
// replica) until their bodies total at least `bytes`.
inline std::vector<RawDocument> Replicate(ContentType type, uint64_t bytes) {
  std::vector<RawDocument> out;
  uint64_t total = 0;
  for (uint64_t round = 0; total < bytes; ++round) {
    bool any = false;
    for (const RawDocument& d : SampleDocuments()) {
      if (d.type != type) continue;
      any = true;
      RawDocument copy = d;
      std::string marker = "Replica " + std::to_string(round) + " of this report.";
      if (type == ContentType::kHtml) {
        // Into the longest paragraph, which is body text: a marker in the
        // footer's last <p> would be dropped as boilerplate, and every
        // replica would fold into one article.
        size_t best = std::string::npos, best_len = 0;
        for (size_t open = copy.body.find("<p"); open != std::string::npos;
             open = copy.body.find("<p", open + 2)) {
          size_t close = copy.body.find("</p>", open);
          if (close == std::string::npos) break;
          if (close - open > best_len) best = close, best_len = close - open;
        }
        copy.body.insert(best == std::string::npos ? copy.body.size() : best, " " + marker);
      } else {
        copy.body += "\n\n" + marker + "\n";
      }
      total += copy.body.size();
      out.push_back(std::move(copy));
      if (total >= bytes) break;
    }
    if (!any) break;
  }
  return out;
}

// Writes replicas of the documents of `types` (by default plain text and
// HTML, half each) as a JSON Lines file of at least `bytes`, for benchmarks
// that read from disk. Returns the count.
inline uint64_t WriteReplicaJsonl(const std::string& path, uint64_t bytes,
                                  std::vector<ContentType> types = {ContentType::kText,
                                                                    ContentType::kHtml}) {
  std::ofstream out(path, std::ios::binary);
  uint64_t n = 0;
  for (ContentType type : types) {
    for (const RawDocument& d : Replicate(type, bytes / types.size())) {
      nlohmann::json j{
          {"url", d.url}, {"outlet", d.outlet}, {"title", d.title}, {"published", d.published}};
      j[type == ContentType::kHtml ? "html" : "text"] = d.body;
      out << j.dump() << "\n";
      ++n;
    }
  }
  return n;
}

// Peak resident set size of this process so far, in MB.
inline double PeakRssMb() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return u.ru_maxrss / 1024.0;
}

}  // namespace dyad::bench

#endif  // DYAD_BENCH_BENCH_CORPUS_H_
