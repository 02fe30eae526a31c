// Fuzz target: gzip decoding (multi-member, truncated, corrupt) through
// ReadBuffer. The first byte picks the format inside the gzip layer; the
// rest is given the gzip magic so that inflate, not the magic check, sees it.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "dyad/ingest.h"
#include "ingest_fuzz_visitor.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size < 1) return 0;
  static constexpr const char* kNames[] = {"fuzz.txt.gz", "fuzz.html.gz", "fuzz.jsonl.gz",
                                           "fuzz.warc.gz", "-"};
  const char* name = kNames[data[0] % 5];
  std::string bytes = "\x1f\x8b";
  bytes.append(reinterpret_cast<const char*>(data) + 1, size - 1);
  dyad::fuzz::CountingVisitor visitor;
  dyad::ReadBuffer(name, bytes, dyad::fuzz::FuzzOptions(), visitor);
  return 0;
}
