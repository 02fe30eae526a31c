// Internal to extract: which text blocks of the article region are article.
//
// Inside the region (main_text_rank.h) the walk drops: elements whose
// class/id name page furniture (share bars, related links, bylines,
// captions...) unless they hold most of the region's prose; link lists
// (elements whose text is mostly links); top-level headings (the title is
// not body text); and generic furniture lines ("Advertisement", "Read
// more", photo credits).
#ifndef DYAD_EXTRACT_MAIN_TEXT_SELECT_H_
#define DYAD_EXTRACT_MAIN_TEXT_SELECT_H_

#include <vector>

#include "extract/main_text_dom.h"
#include "extract/main_text_rank.h"

namespace dyad::extract {

// Returns, per block of `dom`, true iff it belongs to the article.
std::vector<bool> SelectArticleBlocks(const PageDom& dom, const std::vector<ElementStats>& stats,
                                      const ArticleRegion& region);

}  // namespace dyad::extract

#endif  // DYAD_EXTRACT_MAIN_TEXT_SELECT_H_
