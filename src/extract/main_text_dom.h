// Internal to extract: a page flattened for main-text finding.
//
// One walk over the gumbo tree keeps the elements that can hold visible text
// (scripts, styles, forms controls, navigation, hidden elements and the like
// are left out with their subtrees) and cuts their text into blocks: the
// runs of text between block-level boundaries (<p>, <div>, <li>, <br>, ...),
// each owned by its innermost block-level element. Later stages score
// elements from their blocks and pick the blocks of the article.
#ifndef DYAD_EXTRACT_MAIN_TEXT_DOM_H_
#define DYAD_EXTRACT_MAIN_TEXT_DOM_H_

#include <gumbo.h>

#include <cstdint>
#include <string>
#include <vector>

#include "extract/main_text_hints.h"

namespace dyad::extract {

// An element kept by the walk. Elements are stored in document order
// (preorder), so a parent always comes before its children.
struct DomElement {
  const GumboNode* node = nullptr;
  int32_t parent = -1;  // index in PageDom::elements; -1 for the first
  GumboTag tag = GUMBO_TAG_UNKNOWN;
  ElementHints hints;
  // The element's subtree ends before element index `end` (preorder range).
  int32_t end = 0;
};

// A run of text between block boundaries.
struct TextBlock {
  std::string text;         // white space collapsed, trimmed, never empty
  int32_t owner = 0;        // innermost block-level element (PageDom::elements)
  uint32_t link_bytes = 0;  // bytes of `text` inside <a href>
  uint16_t commas = 0;      // ',' and full-width commas
};

struct PageDom {
  std::vector<DomElement> elements;
  std::vector<TextBlock> blocks;  // in document order
  // Contents of <script type="application/ld+json"> elements.
  std::vector<std::string> json_ld;
  // Blocks and bytes of text in subtrees left out by the walk (navigation,
  // hidden elements...) — boilerplate before any scoring.
  uint32_t skipped_blocks = 0;
  uint64_t skipped_bytes = 0;
};

// Flattens the tree under `root` (GumboOutput::root). Linear in the number of
// nodes; elements nested deeper than a fixed limit (far beyond real pages)
// are ignored, so bad input cannot exhaust the stack.
PageDom FlattenPage(const GumboNode* root);

// Returns true iff `tag` starts a new block of text (p, div, li, h1, br ...).
bool IsBlockTag(GumboTag tag);

}  // namespace dyad::extract

#endif  // DYAD_EXTRACT_MAIN_TEXT_DOM_H_
