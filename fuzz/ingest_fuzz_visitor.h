// Shared by the ingest fuzzers: a visitor that only counts, and checks the
// one promise every document makes (its body is valid UTF-8).
#ifndef DYAD_FUZZ_INGEST_FUZZ_VISITOR_H_
#define DYAD_FUZZ_INGEST_FUZZ_VISITOR_H_

#include <cstdint>
#include <cstdlib>

#include "dyad/ingest.h"
#include "dyad/text.h"

namespace dyad::fuzz {

class CountingVisitor : public DocumentVisitor {
 public:
  void OnDocument(RawDocument doc) override {
    if (!IsValidUtf8(doc.body)) std::abort();
    ++documents;
    bytes += doc.body.size();
  }
  void OnProblem(const InputProblem& problem) override { ++problems; }

  uint64_t documents = 0;
  uint64_t problems = 0;
  uint64_t bytes = 0;
};

// Limits small enough that the fuzzer reaches the "too large" paths.
inline ReaderOptions FuzzOptions() {
  ReaderOptions options;
  options.max_document_bytes = 64 * 1024;
  return options;
}

}  // namespace dyad::fuzz

#endif  // DYAD_FUZZ_INGEST_FUZZ_VISITOR_H_
