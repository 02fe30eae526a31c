// Synthetic news-like articles for benchmarks and tests (see
// synthetic_text.h): random runs of English function words around
// made-up content words, names and numbers.
#include "provenance/synthetic_text.h"

#include <array>
#include <cmath>
#include <string_view>

namespace dyad::provenance {

uint64_t SplitMix::Next() {
  uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  return z ^ (z >> 31);
}

namespace {

// A made-up word for vocabulary index `i`: consonant-vowel syllables.
std::string MadeUpWord(uint64_t i, bool capital) {
  static constexpr std::string_view kOnsets = "bdfgklmnprstvz";
  static constexpr std::string_view kVowels = "aeiou";
  SplitMix r(i * 0x2545F4914F6CDD1DULL + 17);
  std::string w;
  const uint64_t syllables = 2 + r.Below(2);
  for (uint64_t s = 0; s < syllables; ++s) {
    w += kOnsets[r.Below(kOnsets.size())];
    w += kVowels[r.Below(kVowels.size())];
  }
  if (r.Below(3) == 0) w += kOnsets[r.Below(kOnsets.size())];
  if (capital) w[0] = static_cast<char>(w[0] - 'a' + 'A');
  return w;
}

// Function words in rough order of frequency (the sentence structure is
// drawn at random from them, so texts do not share a skeleton by design).
constexpr std::array<std::string_view, 40> kGlue = {
    "the",  "of",  "to",   "and",  "a",    "in",    "that",  "on",    "for",  "with",
    "was",  "is",  "by",   "it",   "as",   "at",    "from",  "had",   "his",  "would",
    "be",   "its", "not",  "an",   "were", "which", "their", "after", "have", "but",
    "this", "has", "they", "been", "over", "into",  "could", "more",  "than", "when"};

class Writer {
 public:
  Writer(uint64_t seed, uint64_t topic, uint32_t vocabulary)
      : r_(SplitMix(seed).Next()), topic_(topic), vocabulary_(vocabulary) {}

  std::string Sentence() {
    std::string s;
    const uint64_t length = 10 + r_.Below(22);
    for (uint64_t k = 0; k < length; ++k) {
      const uint64_t roll = r_.Below(100);
      std::string w;
      if (roll < 42)
        w = kGlue[static_cast<size_t>(std::pow(r_.Unit(), 2.0) * kGlue.size())];
      else if (roll < 88)
        w = MadeUpWord(Zipf(), false);
      else if (roll < 95)
        w = Name();
      else if (roll < 97 && k + 1 < length)
        w = std::to_string(Number());
      else if (k > 0 && k + 1 < length)
        w = ",";
      else
        w = MadeUpWord(Zipf(), false);
      if (k == 0 && w[0] >= 'a' && w[0] <= 'z') w[0] = static_cast<char>(w[0] - 'a' + 'A');
      if (!s.empty() && w != ",") s += ' ';
      s += w;
    }
    return s + ".";
  }

 private:
  // Vocabulary index with frequency ~ 1/rank.
  uint64_t Zipf() {
    const double u = r_.Unit();
    return static_cast<uint64_t>(std::exp(u * std::log(double(vocabulary_)))) - 1;
  }
  // Half the names and numbers come from the topic's own small set.
  std::string Name() {
    if (topic_ != 0 && r_.Below(2) == 0)
      return MadeUpWord(1000000 + topic_ * 8 + r_.Below(6), true);
    return MadeUpWord(2000000 + r_.Below(5000), true);
  }
  uint64_t Number() {
    if (topic_ != 0 && r_.Below(2) == 0) return SplitMix(topic_ * 31 + r_.Below(4)).Below(3000);
    return r_.Below(3000);
  }
  SplitMix r_;
  uint64_t topic_;
  uint32_t vocabulary_;
};

}  // namespace

std::string SyntheticArticle(uint64_t seed, uint32_t paragraphs, uint64_t topic,
                             uint32_t vocabulary) {
  Writer w(seed, topic, vocabulary == 0 ? 1 : vocabulary);
  SplitMix r(SplitMix(seed ^ 0xD1B54A32D192ED03ULL).Next());
  std::string text;
  for (uint32_t p = 0; p < paragraphs; ++p) {
    if (p > 0) text += "\n\n";
    const uint64_t sentences = 2 + r.Below(3);
    for (uint64_t s = 0; s < sentences; ++s) {
      if (s > 0) text += ' ';
      text += w.Sentence();
    }
  }
  return text;
}

}  // namespace dyad::provenance
