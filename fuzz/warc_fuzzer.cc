// Fuzz target: WARC parsing (records, HTTP payloads, chunked and gzip
// bodies, charsets), plain and gzipped, through ReadBuffer.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "dyad/ingest.h"
#include "ingest_fuzz_visitor.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  dyad::fuzz::CountingVisitor visitor;
  // The ".warc" name forces the WARC reader; gzip is still detected by its
  // magic number, so gzipped inputs exercise .warc.gz too.
  dyad::ReadBuffer("fuzz.warc", bytes, dyad::fuzz::FuzzOptions(), visitor);
  return 0;
}
