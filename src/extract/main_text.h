// Internal to extract: finding the article body in a parsed HTML page.
//
// ExtractHtml (html_extractor.cc) parses a page once with gumbo, reads the
// metadata (title, date, outlet, byline) from the tree, and asks FindMainText
// for the body. The split keeps the content-scoring algorithm, which is tuned
// against the article-extraction benchmark, apart from metadata rules.
#ifndef DYAD_EXTRACT_MAIN_TEXT_H_
#define DYAD_EXTRACT_MAIN_TEXT_H_

#include <gumbo.h>

#include <cstdint>
#include <string>
#include <vector>

namespace dyad::extract {

struct MainText {
  // The body's paragraphs in document order: text with inline markup
  // removed, white space collapsed, entities decoded, trimmed; no empties.
  // Headings inside the body (<h2>, <h3>) are paragraphs of their own.
  std::vector<std::string> paragraphs;
  // Text blocks of the page left out as boilerplate, and their characters.
  uint32_t boilerplate_blocks = 0;
  uint64_t boilerplate_chars = 0;
  // A few of the dropped blocks (at most 8, each cut to 80 bytes).
  std::vector<std::string> boilerplate_sample;
};

// Finds the main text of a page. `root` is GumboOutput::root. Never fails:
// a page with no recognisable article yields its best-scoring text block, or
// nothing for a page with no text.
MainText FindMainText(const GumboNode* root);

}  // namespace dyad::extract

#endif  // DYAD_EXTRACT_MAIN_TEXT_H_
