// Picking the article's blocks inside the region (see main_text_select.h).
#include "extract/main_text_select.h"

#include "extract/main_text_hints.h"

namespace dyad::extract {
namespace {

// Link lists: elements (inside the region) whose text is mostly links.
constexpr double kMaxLinkDensity = 0.5;
// Furniture-named elements holding at least this share of the region's
// prose are the article itself, misnamed.
constexpr double kProtectedShare = 0.5;

}  // namespace

std::vector<bool> SelectArticleBlocks(const PageDom& dom, const std::vector<ElementStats>& stats,
                                      const ArticleRegion& region) {
  const size_t n = dom.elements.size();
  std::vector<bool> keep(dom.blocks.size(), false);
  if (region.roots.empty()) return keep;
  // in_region[i]: element i is inside the article; dropped[i]: pruned.
  std::vector<char> in_region(n, 0), dropped(n, 0);
  uint64_t region_prose = 0;
  for (int32_t r : region.roots) region_prose += stats[static_cast<size_t>(r)].paragraph_bytes;
  for (int32_t r : region.roots) {
    const auto root = static_cast<size_t>(r);
    in_region[root] = 1;
    for (size_t i = root + 1; i < static_cast<size_t>(dom.elements[root].end); ++i) {
      in_region[i] = 1;
      const auto parent = static_cast<size_t>(dom.elements[i].parent);
      if (dropped[parent]) {
        dropped[i] = 1;
        continue;
      }
      const DomElement& e = dom.elements[i];
      const ElementStats& s = stats[i];
      bool protect = double(s.paragraph_bytes) >= kProtectedShare * double(region_prose);
      if (e.hints.furniture && !protect) dropped[i] = 1;
      if (s.bytes > 0 && s.LinkDensity() > kMaxLinkDensity) dropped[i] = 1;
      if (e.tag == GUMBO_TAG_H1) dropped[i] = 1;
    }
  }
  for (size_t b = 0; b < dom.blocks.size(); ++b) {
    const TextBlock& block = dom.blocks[b];
    const auto owner = static_cast<size_t>(block.owner);
    if (!in_region[owner] || dropped[owner]) continue;
    if (block.link_bytes * 2 > block.text.size()) continue;
    if (IsFurnitureLine(block.text) || IsCaptionLine(block.text)) continue;
    keep[b] = true;
  }
  return keep;
}

}  // namespace dyad::extract
