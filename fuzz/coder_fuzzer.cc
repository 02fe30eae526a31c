// libFuzzer target: arbitrary bytes as a sentence through the Coder with a
// small dictionary (actors, agents, a synset, patterns with every element
// kind), with and without the pattern prefilter (both must give the same
// events). Long inputs too: the input repeated to about 20,000 bytes is coded
// as one sentence of thousands of tokens. Must never crash or hang; events
// must point inside the text.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
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
dyad::Dictionary& Dict() {
  static dyad::Dictionary* d = [] {
    auto* dict = new dyad::Dictionary;
    std::vector<dyad::DictionaryProblem> problems;
    (void)dyad::ReadDictionaryText(kDict, "fuzz.txt", dyad::DictionaryFormat::kDyad, dict,
                                   &problems);
    dict->BuildIndexes();
    return dict;
  }();
  return *d;
}

std::string Key(const dyad::Event& e) {
  return dyad::EventTriple(e) + " " + std::to_string(e.verb.begin) + " " +
         std::to_string(e.pattern_origin.line) + " " + std::to_string(e.source.span.begin) + " " +
         std::to_string(e.target.span.begin);
}

void Code(std::string_view text, const dyad::CoderOptions& options) {
  std::vector<std::string> keys[2];
  for (int brute = 0; brute < 2; ++brute) {
    Dict().set_use_pattern_index(brute == 0);
    dyad::Coder coder(&Dict(), options);
    for (const dyad::Event& e : coder.CodeText(text, 20240510)) {
      if (e.source.span.end > text.size() || e.target.span.end > text.size() ||
          e.verb.end > text.size())
        std::abort();
      (void)coder.Explain(e, text);
      keys[brute].push_back(Key(e));
    }
  }
  Dict().set_use_pattern_index(true);
  if (keys[0] != keys[1]) std::abort();  // the prefilter changed the events
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  dyad::CoderOptions options;
  options.keep_negated = size % 2 == 0;
  options.one_event_per_clause = size % 3 == 0;
  Code(text, options);
  // The same bytes repeated into one long sentence, coded whole.
  if (size > 0 && size < 20000) {
    std::string long_text;
    while (long_text.size() < 20000) long_text.append(text);
    options.max_tokens = 20000;
    Code(long_text, options);
  }
  return 0;
}
