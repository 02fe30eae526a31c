// Internal to extract: the article-extraction benchmark's text-overlap
// metric, shared by tools/eval_extraction and the benchmark regression test.
//
// The metric (Scrapinghub article-extraction-benchmark): both texts are cut
// into word tokens, as Python's re `\w+` does on str (a run of code points in
// Unicode categories L*, N* or '_'; no case folding); all 4-token shingles are
// counted; per page TP = shared shingle counts, FP = predicted surplus,
// FN = missing, each divided by TP + FP + FN. A text with fewer than four
// tokens has a single shingle made of all its tokens.
//
// Pages are combined as the benchmark does: the normalised TP, FP and FN are
// averaged over pages, precision = TP / (TP + FP), recall = TP / (TP + FN),
// F1 their harmonic mean.
#ifndef DYAD_EXTRACT_MAIN_TEXT_SCORE_H_
#define DYAD_EXTRACT_MAIN_TEXT_SCORE_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace dyad::extract {

// The word tokens of `text` (valid UTF-8 expected; invalid bytes separate
// tokens), in order.
std::vector<std::string_view> WordTokens(std::string_view text);

// One page's normalised shingle overlap. All three are 0 when both texts have
// no tokens; otherwise tp + fp + fn == 1.
struct PageOverlap {
  double tp = 0, fp = 0, fn = 0;
  // Per-page precision, recall and F1 (0 when undefined).
  double Precision() const;
  double Recall() const;
  double F1() const;
};

PageOverlap ScorePage(std::string_view truth, std::string_view predicted);

// Benchmark totals over pages.
class BenchmarkScore {
 public:
  void Add(const PageOverlap& page);
  size_t pages() const { return pages_; }
  double Precision() const;
  double Recall() const;
  double F1() const;

 private:
  size_t pages_ = 0;
  double tp_ = 0, fp_ = 0, fn_ = 0;
};

}  // namespace dyad::extract

#endif  // DYAD_EXTRACT_MAIN_TEXT_SCORE_H_
