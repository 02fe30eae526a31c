// Internal to extract: what an element's class, id, role and itemprop say
// about it, and which short lines are generic page furniture.
//
// These are generic conventions of web publishing (CMS container names such
// as "article-body" or "entry-content", widget names such as "related" or
// "share"), not rules for particular sites.
#ifndef DYAD_EXTRACT_MAIN_TEXT_HINTS_H_
#define DYAD_EXTRACT_MAIN_TEXT_HINTS_H_

#include <gumbo.h>

#include <string_view>

namespace dyad::extract {

struct ElementHints {
  // Added to a candidate container's score: > 0 for names such as "article",
  // "content", "story"; < 0 for "comment", "sidebar", "related"...
  int weight = 0;
  // The element names a body container ("article-body", itemprop=articleBody).
  bool body = false;
  // The element names page furniture (comments, share bar, related links,
  // newsletter box, byline, caption...): pruned inside the article.
  bool furniture = false;
  // The element is not rendered (hidden attribute, display:none).
  bool hidden = false;
};

// Classifies an element from its attributes. Cost is linear in the length
// of its class, id, role and itemprop values.
ElementHints ClassifyElement(const GumboElement& element);

// Returns true iff `line` (collapsed, trimmed text of one block) is a generic
// furniture line: "Advertisement", "Read more", "Share this article", a photo
// credit... Only short lines can match.
bool IsFurnitureLine(std::string_view line);

// Returns true iff `line` is an image caption that ends with its credit in
// parentheses: "Crowds at the airport (Image: AGENCY)".
bool IsCaptionLine(std::string_view line);

}  // namespace dyad::extract

#endif  // DYAD_EXTRACT_MAIN_TEXT_HINTS_H_
