// Fuzz target: JSON Lines parsing through ReadBuffer.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "dyad/ingest.h"
#include "ingest_fuzz_visitor.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  dyad::fuzz::CountingVisitor visitor;
  dyad::ReadBuffer("fuzz.jsonl", bytes, dyad::fuzz::FuzzOptions(), visitor);
  return 0;
}
