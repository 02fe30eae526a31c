// libFuzzer target: every dictionary reader on arbitrary bytes. The first
// byte picks the format; the rest is the file. Readers must report problems,
// never crash or hang, and the loaded dictionary must index and look up.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/dictionary.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  static const dyad::DictionaryFormat kFormats[] = {
      dyad::DictionaryFormat::kDyad,           dyad::DictionaryFormat::kTabariActors,
      dyad::DictionaryFormat::kTabariVerbs,    dyad::DictionaryFormat::kTabariAgents,
      dyad::DictionaryFormat::kTabariOptions,  dyad::DictionaryFormat::kTabariProject,
      dyad::DictionaryFormat::kPetrarchVerbs,  dyad::DictionaryFormat::kPetrarchActors,
      dyad::DictionaryFormat::kPetrarchAgents, dyad::DictionaryFormat::kPetrarchDiscards};
  dyad::DictionaryFormat format = kFormats[data[0] % (sizeof kFormats / sizeof kFormats[0])];
  std::string_view text(reinterpret_cast<const char*>(data + 1), size - 1);
  dyad::Dictionary dict;
  std::vector<dyad::DictionaryProblem> problems;
  (void)dyad::ReadDictionaryText(text, "fuzz", format, &dict, &problems);
  dict.BuildIndexes();
  for (const auto& p : problems) (void)p.ToString();
  // Look every phrase's own tokens up again: each must match something.
  for (const dyad::ActorPhrase& p : dict.actor_phrases()) {
    std::vector<std::string> words;
    for (const auto& t : p.phrase) words.push_back(t.text);
    std::vector<std::string_view> toks(words.begin(), words.end());
    if (!dict.actor_index().LongestMatch(toks, 0)) __builtin_trap();
    (void)dict.actors()[p.actor].CodeOn(20200101);
  }
  return 0;
}
