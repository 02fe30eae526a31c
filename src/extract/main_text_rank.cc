// Content scoring and the choice of the article region (see main_text_rank.h).
#include "extract/main_text_rank.h"

#include <algorithm>
#include <cstring>

namespace dyad::extract {
namespace {

constexpr uint32_t kMinParagraphBytes = 25;

double TagBonus(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_ARTICLE: return 10;
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_MAIN: return 5;
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_BLOCKQUOTE: return 3;
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_FORM: return -3;
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_TH: return -5;
    default: return 0;
  }
}

bool Contains(const PageDom& dom, int32_t ancestor, int32_t element) {
  return element >= ancestor && element < dom.elements[static_cast<size_t>(ancestor)].end;
}

const char* ClassOf(const DomElement& e) {
  const GumboAttribute* a = gumbo_get_attribute(&e.node->v.element.attributes, "class");
  return a == nullptr ? "" : a->value;
}

// Returns true iff a sibling with these totals reads like prose on its own.
bool IsProseSibling(const PageDom& dom, int32_t index, const ElementStats& s) {
  if (s.bytes == 0 || dom.elements[static_cast<size_t>(index)].hints.furniture) return false;
  double ld = s.LinkDensity();
  return s.bytes > 80 && ld < 0.25 && s.paragraph_bytes * 2 >= s.bytes;
}

}  // namespace

bool IsParagraphLike(GumboTag tag, const ElementStats& s) {
  if (s.own_bytes < kMinParagraphBytes || s.own_link_bytes * 2 > s.own_bytes) return false;
  switch (tag) {
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_TH:
    case GUMBO_TAG_A: return false;
    default: return true;
  }
}

std::vector<ElementStats> ComputeStats(const PageDom& dom) {
  const size_t n = dom.elements.size();
  std::vector<ElementStats> stats(n);
  for (const TextBlock& b : dom.blocks) {
    ElementStats& s = stats[static_cast<size_t>(b.owner)];
    s.own_bytes += static_cast<uint32_t>(b.text.size());
    s.own_link_bytes += b.link_bytes;
    s.own_commas += b.commas;
  }
  for (size_t i = 0; i < n; ++i) {
    ElementStats& s = stats[i];
    s.bytes += s.own_bytes;
    s.link_bytes += s.own_link_bytes;
    if (IsParagraphLike(dom.elements[i].tag, s)) s.paragraph_bytes += s.own_bytes;
  }
  // Children come after parents: a reverse sweep sums subtrees.
  for (size_t i = n; i-- > 1;) {
    int32_t p = dom.elements[i].parent;
    if (p < 0) continue;
    ElementStats& up = stats[static_cast<size_t>(p)];
    up.bytes += stats[i].bytes;
    up.link_bytes += stats[i].link_bytes;
    up.paragraph_bytes += stats[i].paragraph_bytes;
  }
  // Paragraph points flow to ancestors.
  for (size_t i = 0; i < n; ++i) {
    const ElementStats& s = stats[i];
    if (!IsParagraphLike(dom.elements[i].tag, s)) continue;
    double points = 1.0 + s.own_commas + std::min(s.own_bytes / 100.0, 3.0);
    int32_t a = dom.elements[i].parent;
    for (int level = 0; a >= 0 && level < 5; ++level) {
      double share = level == 0 ? 1.0 : level == 1 ? 0.5 : 1.0 / (3.0 * level);
      stats[static_cast<size_t>(a)].content += points * share;
      stats[static_cast<size_t>(a)].candidate = true;
      a = dom.elements[static_cast<size_t>(a)].parent;
    }
  }
  for (size_t i = 0; i < n; ++i) {
    ElementStats& s = stats[i];
    if (!s.candidate) continue;
    const DomElement& e = dom.elements[i];
    // A name or tag can tip the balance between containers of similar prose,
    // but never makes a container out of a line or two.
    double bonus = std::min(TagBonus(e.tag) + e.hints.weight, s.content);
    s.score = (s.content + bonus) * (1.0 - s.LinkDensity());
  }
  return stats;
}

ArticleRegion FindArticleRegion(const PageDom& dom, const std::vector<ElementStats>& stats) {
  ArticleRegion region;
  const auto n = static_cast<int32_t>(dom.elements.size());
  if (n == 0) return region;
  // The five best candidates.
  std::vector<int32_t> best;
  for (int32_t i = 0; i < n; ++i) {
    if (!stats[static_cast<size_t>(i)].candidate) continue;
    best.push_back(i);
    std::sort(best.begin(), best.end(), [&](int32_t a, int32_t b) {
      return stats[static_cast<size_t>(a)].score > stats[static_cast<size_t>(b)].score;
    });
    if (best.size() > 5) best.pop_back();
  }
  if (best.empty()) {
    region.top = 0;
    region.roots.push_back(0);
    return region;
  }
  int32_t top = best[0];
  const double top_score = stats[static_cast<size_t>(top)].score;
  // Several strong candidates under one ancestor: the article is that ancestor.
  std::vector<int32_t> strong;
  for (size_t k = 1; k < best.size(); ++k)
    if (stats[static_cast<size_t>(best[k])].score >= 0.75 * top_score) strong.push_back(best[k]);
  if (strong.size() >= 3) {
    for (int32_t a = dom.elements[static_cast<size_t>(top)].parent; a > 0;
         a = dom.elements[static_cast<size_t>(a)].parent) {
      int inside = 0;
      for (int32_t c : strong) inside += Contains(dom, a, c) ? 1 : 0;
      if (inside >= 3) {
        top = a;
        break;
      }
    }
  }
  // Move up while the parent scores higher (it holds more of the article).
  {
    double last = stats[static_cast<size_t>(top)].score;
    double threshold = last / 3;
    for (int32_t a = dom.elements[static_cast<size_t>(top)].parent; a > 0;
         a = dom.elements[static_cast<size_t>(a)].parent) {
      const ElementStats& s = stats[static_cast<size_t>(a)];
      if (!s.candidate) continue;
      if (s.score < threshold) break;
      if (s.score > last) {
        top = a;
        break;
      }
      last = s.score;
    }
  }
  // An only child stands for its parent.
  while (true) {
    int32_t p = dom.elements[static_cast<size_t>(top)].parent;
    if (p <= 0) break;
    int children = 0;
    for (int32_t c = p + 1; c < dom.elements[static_cast<size_t>(p)].end;
         c = dom.elements[static_cast<size_t>(c)].end)
      ++children;
    if (children != 1 ||
        stats[static_cast<size_t>(p)].bytes != stats[static_cast<size_t>(top)].bytes)
      break;
    top = p;
  }
  region.top = top;
  // Siblings that look like more of the article.
  int32_t parent = dom.elements[static_cast<size_t>(top)].parent;
  if (parent < 0) {
    region.roots.push_back(top);
    return region;
  }
  const double score = stats[static_cast<size_t>(top)].score;
  const double threshold = std::max(10.0, score * 0.2);
  const char* top_class = ClassOf(dom.elements[static_cast<size_t>(top)]);
  for (int32_t c = parent + 1; c < dom.elements[static_cast<size_t>(parent)].end;
       c = dom.elements[static_cast<size_t>(c)].end) {
    if (c == top) {
      region.roots.push_back(c);
      continue;
    }
    const ElementStats& s = stats[static_cast<size_t>(c)];
    const DomElement& e = dom.elements[static_cast<size_t>(c)];
    double bonus = (*top_class != '\0' && strcmp(ClassOf(e), top_class) == 0) ? score * 0.2 : 0;
    bool join = (s.candidate && s.score + bonus >= threshold) || IsProseSibling(dom, c, s);
    if (join && !e.hints.furniture) region.roots.push_back(c);
  }
  return region;
}

}  // namespace dyad::extract
