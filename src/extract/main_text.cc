// FindMainText (see main_text.h). Baseline: the text of every <p> outside
// <nav>, <header>, <footer>, <aside>, <script>, <style>. To be replaced by the
// scoring extractor tuned on the article-extraction benchmark.
#include "extract/main_text.h"

#include <string>

namespace dyad::extract {
namespace {

void AppendText(const GumboNode* node, std::string& out) {
  if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE) {
    out += node->v.text.text;
    return;
  }
  if (node->type != GUMBO_NODE_ELEMENT) return;
  const GumboVector& kids = node->v.element.children;
  for (unsigned i = 0; i < kids.length; ++i)
    AppendText(static_cast<const GumboNode*>(kids.data[i]), out);
}

std::string Collapse(const std::string& s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      space = !out.empty();
    } else {
      if (space) out += ' ';
      space = false;
      out += c;
    }
  }
  return out;
}

void Walk(const GumboNode* node, MainText& out) {
  if (node->type != GUMBO_NODE_ELEMENT) return;
  switch (node->v.element.tag) {
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE: return;
    case GUMBO_TAG_P: {
      std::string text;
      AppendText(node, text);
      text = Collapse(text);
      if (!text.empty()) out.paragraphs.push_back(text);
      return;
    }
    default: break;
  }
  const GumboVector& kids = node->v.element.children;
  for (unsigned i = 0; i < kids.length; ++i) Walk(static_cast<const GumboNode*>(kids.data[i]), out);
}

}  // namespace

MainText FindMainText(const GumboNode* root) {
  MainText out;
  if (root != nullptr) Walk(root, out);
  return out;
}

}  // namespace dyad::extract
