// Internal to provenance: deterministic synthetic news-like articles (made-up
// words in English function-word structure, capitalised names, numbers,
// quotations), for the benchmark, the unit tests and the evaluation's
// extra in-house text. Nothing here reads real articles.
#ifndef DYAD_PROVENANCE_SYNTHETIC_TEXT_H_
#define DYAD_PROVENANCE_SYNTHETIC_TEXT_H_

#include <cstdint>
#include <string>

namespace dyad::provenance {

// A text of `paragraphs` paragraphs (separated by "\n\n") of 2 to 4
// sentences each, fixed by `seed`. Words come from a vocabulary of
// `vocabulary` made-up content words with a Zipf-like frequency, so two
// texts share common words and phrases the way news does; `topic` (any
// number) picks a small set of names and numbers that every text with that
// topic repeats (texts about "the same event").
std::string SyntheticArticle(uint64_t seed, uint32_t paragraphs, uint64_t topic = 0,
                             uint32_t vocabulary = 20000);

// A small deterministic generator (splitmix64), for reproducible choices.
class SplitMix {
 public:
  explicit SplitMix(uint64_t seed) : state_(seed) {}
  uint64_t Next();
  // Uniform in [0, n). REQUIRES: n > 0.
  uint64_t Below(uint64_t n) { return Next() % n; }
  double Unit() { return (Next() >> 11) * (1.0 / 9007199254740992.0); }

 private:
  uint64_t state_;
};

}  // namespace dyad::provenance

#endif  // DYAD_PROVENANCE_SYNTHETIC_TEXT_H_
