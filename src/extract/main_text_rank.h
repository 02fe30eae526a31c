// Internal to extract: choosing the element that holds the article.
//
// Readability-style content scoring over a flattened page (main_text_dom.h):
// every paragraph-like element (one that owns at least a sentence's worth of
// text that is not mostly links) earns points for its length and commas;
// the points go to its parent in full and decay over four more ancestors.
// A candidate's score is those points plus a bonus for its tag and its
// class/id hints, times (1 - its link density). The best candidate, moved up
// when several strong candidates share an ancestor, plus its siblings that
// look like more of the same, form the article region.
#ifndef DYAD_EXTRACT_MAIN_TEXT_RANK_H_
#define DYAD_EXTRACT_MAIN_TEXT_RANK_H_

#include <cstdint>
#include <vector>

#include "extract/main_text_dom.h"

namespace dyad::extract {

// Per-element text totals, indexed like PageDom::elements.
struct ElementStats {
  uint32_t own_bytes = 0;  // text of blocks the element owns directly
  uint32_t own_link_bytes = 0;
  uint32_t own_commas = 0;
  uint64_t bytes = 0;  // text of all blocks in the subtree
  uint64_t link_bytes = 0;
  uint64_t paragraph_bytes = 0;  // text of paragraph-like elements in the subtree
  double content = 0;            // points from paragraphs below
  bool candidate = false;        // received points
  double score = 0;              // final candidate score (0 if not a candidate)

  double LinkDensity() const { return bytes == 0 ? 0 : double(link_bytes) / double(bytes); }
};

// Returns true iff an element with these totals counts as a paragraph.
bool IsParagraphLike(GumboTag tag, const ElementStats& stats);

std::vector<ElementStats> ComputeStats(const PageDom& dom);

struct ArticleRegion {
  int32_t top = -1;  // the best container (-1 when the page has no text)
  // Elements whose subtrees make up the article, in document order
  // (top and the siblings joined to it).
  std::vector<int32_t> roots;
};

// Picks the article region. Linear in the number of elements.
ArticleRegion FindArticleRegion(const PageDom& dom, const std::vector<ElementStats>& stats);

}  // namespace dyad::extract

#endif  // DYAD_EXTRACT_MAIN_TEXT_RANK_H_
