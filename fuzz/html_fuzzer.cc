// fuzz_html: parses arbitrary bytes with gumbo and runs FindMainText on the
// tree. Finds crashes, sanitizer faults and hangs in main-text finding.
#include <gumbo.h>

#include <cstddef>
#include <cstdint>
#include <string>

#include "extract/main_text.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > (1u << 20)) return 0;
  GumboOutput* output =
      gumbo_parse_with_options(&kGumboDefaultOptions, reinterpret_cast<const char*>(data), size);
  dyad::extract::MainText main = dyad::extract::FindMainText(output->root);
  // Every paragraph is non-empty and the sample stays bounded.
  for (const std::string& p : main.paragraphs)
    if (p.empty()) __builtin_trap();
  if (main.boilerplate_sample.size() > 8) __builtin_trap();
  for (const std::string& s : main.boilerplate_sample)
    if (s.size() > 80) __builtin_trap();
  gumbo_destroy_output(&kGumboDefaultOptions, output);
  return 0;
}
