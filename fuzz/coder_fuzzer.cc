// libFuzzer target: arbitrary bytes as a sentence through the Coder with a
// small dictionary (actors, agents, a synset, patterns with every element
// kind). Must never crash or hang; events must point inside the text.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>
#include <vector>

#include "dyad/coding.h"

namespace {
constexpr char kDict[] = R"(# dyad dictionary
country CHN  China | Chinese@adj | Beijing@capital
country RUS  Russia | Russian@adj | Kremlin@seat
igo IGOWSTNAT  NATO
agent GOV  foreign ministry | government
agent MIL  navy
synset &weapon  weapons | arms | &more
synset &more  drones
verb 070  supply {supplied}
pattern 072 supply : * &weapon .. to +
pattern 111 supply : + was * by $ ^ (in | at) %
verb 042:043  visit
)";
const dyad::Dictionary& Dict() {
  static const dyad::Dictionary* d = [] {
    auto* dict = new dyad::Dictionary;
    std::vector<dyad::DictionaryProblem> problems;
    (void)dyad::ReadDictionaryText(kDict, "fuzz.txt", dyad::DictionaryFormat::kDyad, dict,
                                   &problems);
    dict->BuildIndexes();
    return dict;
  }();
  return *d;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  dyad::CoderOptions options;
  options.keep_negated = size % 2 == 0;
  options.one_event_per_clause = size % 3 == 0;
  dyad::Coder coder(&Dict(), options);
  for (const dyad::Event& e : coder.CodeText(text, 20240510)) {
    if (e.source.span.end > size || e.target.span.end > size || e.verb.end > size) std::abort();
    (void)coder.Explain(e, text);
  }
  return 0;
}
