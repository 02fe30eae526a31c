// Bad input for the coder: very long sentences and pathological punctuation
// ("and and and", thousands of commas or quotes) code without crashing and
// give well-formed events, with dyad's own dictionaries and with PETRARCH2's
// full ones (thousands of patterns), with and without the pattern prefilter.
// Not timed: speed is measured in bench/coder_bench.cc.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "dyad/coding.h"

namespace dyad {
namespace {

std::string Repeat(std::string_view piece, size_t times) {
  std::string out;
  out.reserve(piece.size() * times);
  for (size_t i = 0; i < times; ++i) out += piece;
  return out;
}

// Texts that stress tokens, clauses, compounds, gaps and patterns.
std::vector<std::string> BadTexts() {
  const std::string claim = "China supplied weapons to Russia and NATO accused China. ";
  std::vector<std::string> t;
  // 10,000 tokens in one sentence (no sentence break): words, actors, verbs.
  t.push_back(Repeat("China supplied weapons to Russia and ", 10000 / 6) + "NATO.");
  t.push_back(Repeat("word ", 10000));
  t.push_back(Repeat("Russia ", 10000) + "attacked Ukraine.");
  t.push_back("China " + Repeat(",", 10000) + " attacked Russia.");
  t.push_back("China said " + Repeat("\"", 10000) + " Russia.");
  t.push_back("China " + Repeat("and ", 5000) + "Russia met.");
  t.push_back(Repeat("and ", 10000));
  t.push_back(Repeat("China and ", 5000) + "Russia signed an agreement with NATO.");
  t.push_back(Repeat("' ", 5000) + claim);
  t.push_back(Repeat("(", 5000) + claim + Repeat(")", 5000));
  t.push_back(Repeat("the ", 5000) + claim);
  t.push_back(Repeat(claim, 200));  // many sentences coded as one
  t.push_back(Repeat("not ", 5000) + claim);
  t.push_back(Repeat("\xE2\x80\x99", 5000) + claim);
  return t;
}

void CodeAll(Dictionary* dict) {
  for (bool use_index : {true, false}) {
    dict->set_use_pattern_index(use_index);
    for (bool tabari : {false, true}) {
      CoderOptions options;
      options.keep_negated = true;
      options.one_event_per_clause = tabari;
      options.max_tokens = 20000;  // the whole sentence, not only its first 400 tokens
      Coder coder(dict, options);
      for (const std::string& text : BadTexts()) {
        std::vector<Event> events = coder.CodeText(text, 20240510);
        for (const Event& e : events) {
          EXPECT_LE(e.source.span.end, text.size());
          EXPECT_LE(e.target.span.end, text.size());
          EXPECT_LE(e.verb.end, text.size());
          EXPECT_FALSE(e.code.empty());
          EXPECT_FALSE(coder.Explain(e, text).empty());
        }
      }
    }
  }
  dict->set_use_pattern_index(true);
}

TEST(CoderLongInput, DefaultDictionaries) {
  std::vector<DictionaryProblem> problems;
  auto dict =
      LoadDefaultDictionaries(std::string(DYAD_SOURCE_DIR) + "/data/dictionaries", &problems);
  ASSERT_TRUE(dict.ok());
  dict->BuildIndexes();
  CodeAll(&*dict);
  // The long sentence of claims still codes its events.
  Coder coder(&*dict);
  EXPECT_FALSE(coder.CodeText(BadTexts()[0], 20240510).empty());
}

TEST(CoderLongInput, PetrarchFullDictionaries) {
  const std::string p = std::string(DYAD_SHARED_DIR) + "/peers/petrarch2/";
  if (!std::filesystem::is_directory(p)) GTEST_SKIP() << "no ../shared";
  Dictionary dict;
  std::vector<DictionaryProblem> problems;
  for (const char* f :
       {"CAMEO.2.0.txt", "Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
        "Phoenix.MilNonState.actors.txt", "Phoenix.agents.txt"})
    ASSERT_TRUE(LoadDictionaryFile(p + f, DictionaryFormat::kUnknown, &dict, &problems).ok());
  dict.BuildIndexes();
  CodeAll(&dict);
}

}  // namespace
}  // namespace dyad
