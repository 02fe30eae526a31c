// Speed of dyad's text module on ~50 MB of generated news-like English.
//
// Workloads (each reports bytes/s through SetBytesProcessed):
//   SplitSentences   paragraphs + sentences + tokens, the whole segmentation
//   SplitParagraphs  paragraphs only
//   Tokenize         tokens of the whole text in one call
//   MatchingText     the simplified copy with its offset map
//   NormalizeNfc     already-NFC text (the quick check), and decomposed text
//                    (through utf8proc)
//   RepairUtf8       valid text (the scan that finds nothing to do)
//
// The text is built from sentence templates filled from word lists with a
// fixed seed (std::mt19937 seeded 20240710, and a generator written here,
// not std::uniform_int_distribution, whose output differs between standard
// libraries), so every run and every machine sees the same bytes. Each
// segmentation run labels itself with a hash of its sentence boundaries,
// so a speed run also shows whether results changed.
//
//   cmake -S . -B build-rel -DCMAKE_BUILD_TYPE=Release && cmake --build build-rel --target
//   bench_text build-rel/bench/bench_text [--benchmark_filter=SplitSentences]
//   DYAD_BENCH_MB=2 valgrind --tool=callgrind build-rel/bench/bench_text
//       --benchmark_filter=SplitSentences --benchmark_min_time=0.01
#include <cstdint>
#include <cstdlib>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include <benchmark/benchmark.h>

#include "dyad/text.h"

namespace {

// ~50 MB, or DYAD_BENCH_MB megabytes (e.g. 2 for a run under callgrind).
size_t TargetBytes() {
  const char* mb = std::getenv("DYAD_BENCH_MB");
  size_t n = mb != nullptr ? static_cast<size_t>(std::strtoul(mb, nullptr, 10)) : 0;
  return (n > 0 ? n : 50) << 20;
}

const char* const kSubjects[] = {"The U.S. ambassador to NATO",
                                 "Chinese President Xi Jinping",
                                 "Russia\xE2\x80\x99s foreign ministry",
                                 "Gen. Mark Milley",
                                 "Sen. Elizabeth Warren",
                                 "Prime Minister Fumio Kishida",
                                 "The alliance",
                                 "Secretary of State Antony Blinken",
                                 "A spokesperson for the European Union",
                                 "Officials in Beijing",
                                 "Dr. Fran\xC3\xA7oise Martin",
                                 "Lt. Col. J. R. Smith",
                                 "The U.N. Security Council",
                                 "Acme Corp.",
                                 "Mr. Stoltenberg",
                                 "Ukraine\xE2\x80\x99s military",
                                 "The Kremlin",
                                 "President Joe Biden",
                                 "South Korea\xE2\x80\x99s national security adviser",
                                 "Analysts at the Hudson Institute"};
const char* const kVerbs[] = {"said",      "warned",         "denied", "announced", "criticized",
                              "praised",   "accused",        "urged",  "rejected",  "welcomed",
                              "condemned", "told reporters", "added",  "insisted",  "claimed"};
const char* const kObjects[] = {"that the talks had failed",
                                "the new sanctions on Moscow",
                                "a $2.5 billion aid package",
                                "the joint drills off the coast of Zhejiang",
                                "the decision to expel 12 diplomats",
                                "plans for a summit on Jan. 6",
                                "the 32-nation alliance\xE2\x80\x99s declaration",
                                "the full-scale invasion",
                                "exports of dual-use goods worth 1,200 million euros",
                                "the ceasefire agreed at 9:30 a.m. on 10/07/2024",
                                "what it called \xE2\x80\x9Cprovocations\xE2\x80\x9D",
                                "the U.S.-led coalition",
                                "efforts to divide . . . the transatlantic partners",
                                "cooperation with Russia, China, Iran, etc.",
                                "the vote in the U.K. parliament"};
const char* const kTails[] = {"",
                              "",
                              "",
                              " on Tuesday",
                              " last month",
                              " in a statement",
                              " at a meeting in Bucharest, Romania",
                              " according to state media",
                              " during a visit to St. Petersburg",
                              " \xE2\x80\x94 for the first time"};
const char* const kQuotes[] = {"We remain open to constructive engagement",
                               "There\xE2\x80\x99s just no question about it",
                               "This is a major shift for the organisation",
                               "It makes no sense",
                               "Those two are increasingly sharing a toolkit",
                               "The door is open. It has always been open",
                               "Why now? Nobody knows",
                               "We will see\xE2\x80\xA6 but not today"};
const char* const kSpeakers[] = {"Smith said",         "she told DW",  "he added",
                                 "the statement said", "Odgaard said", "a senior official said"};
const char* const kHeadlines[] = {"NATO takes a stand against China",
                                  "Close ties between China and Russia",
                                  "New joint projects with Indo-Pacific partners",
                                  "No liaison office in Japan", "What the summit means for Europe"};

// A generator with the same output on every platform.
class Rng {
 public:
  explicit Rng(uint32_t seed) : engine_(seed) {}
  size_t Below(size_t n) { return static_cast<size_t>(engine_() % n); }

 private:
  std::mt19937 engine_;
};

template <size_t N>
const char* Pick(Rng& rng, const char* const (&list)[N]) {
  return list[rng.Below(N)];
}

void AppendSentence(Rng& rng, std::string* out) {
  switch (rng.Below(6)) {
    case 0: {  // a quotation, then the speaker
      *out += "\xE2\x80\x9C";
      *out += Pick(rng, kQuotes);
      *out += ",\xE2\x80\x9D ";
      *out += Pick(rng, kSpeakers);
      *out += ".";
      break;
    }
    case 1: {  // speaker, colon, quotation
      *out += Pick(rng, kSubjects);
      *out += " said: \xE2\x80\x9C";
      *out += Pick(rng, kQuotes);
      *out += ".\xE2\x80\x9D";
      break;
    }
    default: {
      *out += Pick(rng, kSubjects);
      *out += ' ';
      *out += Pick(rng, kVerbs);
      *out += ' ';
      *out += Pick(rng, kObjects);
      *out += Pick(rng, kTails);
      *out += rng.Below(20) == 0 ? "?" : ".";
    }
  }
}

// TargetBytes() of paragraphs (2-6 sentences) separated by blank lines, with
// a headline every dozen paragraphs.
const std::string& NewsText() {
  static const std::string text = [] {
    Rng rng(20240710);
    std::string s;
    const size_t target = TargetBytes();
    s.reserve(target + 4096);
    size_t paragraphs = 0;
    while (s.size() < target) {
      if (paragraphs++ % 12 == 0) {
        s += Pick(rng, kHeadlines);
        s += "\n\n";
      }
      size_t n = 2 + rng.Below(5);
      for (size_t i = 0; i < n; ++i) {
        if (i > 0) s += ' ';
        AppendSentence(rng, &s);
      }
      s += "\n\n";
    }
    return s;
  }();
  return text;
}

// The same text with every é and ç decomposed (e + U+0301, c + U+0327), so
// NFC has work to do.
const std::string& DecomposedText() {
  static const std::string text = [] {
    const std::string& in = NewsText();
    std::string s;
    s.reserve(in.size() + in.size() / 50);
    for (size_t i = 0; i < in.size(); ++i) {
      if (in[i] == '\xC3' && i + 1 < in.size() && in[i + 1] == '\xA9') {
        s += "e\xCC\x81";
        ++i;
      } else if (in[i] == '\xC3' && i + 1 < in.size() && in[i + 1] == '\xA7') {
        s += "c\xCC\xA7";
        ++i;
      } else {
        s += in[i];
      }
    }
    return s;
  }();
  return text;
}

uint64_t Mix(uint64_t h, uint64_t v) {
  return (h ^ v) * 0x100000001B3ull;
}

void BM_SplitSentences(benchmark::State& state) {
  const std::string& text = NewsText();
  uint64_t hash = 0, sentences = 0, tokens = 0;
  for (auto _ : state) {
    std::vector<dyad::Sentence> result = dyad::SplitSentences(text);
    hash = 0xCBF29CE484222325ull;
    sentences = result.size();
    tokens = 0;
    for (const dyad::Sentence& s : result) {
      hash = Mix(Mix(hash, s.begin), s.end);
      tokens += s.tokens.size();
    }
    benchmark::DoNotOptimize(result.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
  state.counters["sentences"] = static_cast<double>(sentences);
  state.counters["tokens"] = static_cast<double>(tokens);
  state.SetLabel("hash=" + std::to_string(hash));
}
BENCHMARK(BM_SplitSentences)->Unit(benchmark::kMillisecond);

void BM_SplitParagraphs(benchmark::State& state) {
  const std::string& text = NewsText();
  for (auto _ : state) {
    std::vector<dyad::Span> result = dyad::SplitParagraphs(text);
    benchmark::DoNotOptimize(result.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_SplitParagraphs)->Unit(benchmark::kMillisecond);

void BM_Tokenize(benchmark::State& state) {
  const std::string& text = NewsText();
  for (auto _ : state) {
    std::vector<dyad::Token> result = dyad::Tokenize(text);
    benchmark::DoNotOptimize(result.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_Tokenize)->Unit(benchmark::kMillisecond);

void BM_MatchingText(benchmark::State& state) {
  const std::string& text = NewsText();
  for (auto _ : state) {
    dyad::MatchingText m(text);
    benchmark::DoNotOptimize(m.text().data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_MatchingText)->Unit(benchmark::kMillisecond);

void BM_NormalizeNfc_AlreadyNfc(benchmark::State& state) {
  const std::string& text = NewsText();
  for (auto _ : state) {
    std::string n = dyad::NormalizeNfc(text);
    benchmark::DoNotOptimize(n.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_NormalizeNfc_AlreadyNfc)->Unit(benchmark::kMillisecond);

void BM_NormalizeNfc_Decomposed(benchmark::State& state) {
  const std::string& text = DecomposedText();
  for (auto _ : state) {
    std::string n = dyad::NormalizeNfc(text);
    benchmark::DoNotOptimize(n.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_NormalizeNfc_Decomposed)->Unit(benchmark::kMillisecond);

void BM_RepairUtf8_Valid(benchmark::State& state) {
  std::string text = NewsText();
  for (auto _ : state) {
    uint64_t n = dyad::RepairUtf8(text);
    benchmark::DoNotOptimize(n);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_RepairUtf8_Valid)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
