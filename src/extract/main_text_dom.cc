// Flattening a gumbo tree into elements and text blocks (see main_text_dom.h).
#include "extract/main_text_dom.h"

#include <cstring>
#include <string_view>

namespace dyad::extract {
namespace {

constexpr int kMaxDepth = 256;

// Subtrees that never hold article text: code, media, controls, metadata.
bool IsInvisibleTag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_OPTION:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_TITLE:
    case GUMBO_TAG_META:
    case GUMBO_TAG_LINK:
    case GUMBO_TAG_BASE:
    case GUMBO_TAG_IMG:
    case GUMBO_TAG_MAP:
    case GUMBO_TAG_WBR: return true;
    default: return false;
  }
}

// Subtrees of visible page furniture, by their element alone.
bool IsFurnitureTag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_MENU: return true;
    default: return false;
  }
}

bool IsJsonLd(const GumboElement& e) {
  const GumboAttribute* type = gumbo_get_attribute(&e.attributes, "type");
  return type != nullptr && strcasecmp(type->value, "application/ld+json") == 0;
}

class Flattener {
 public:
  explicit Flattener(PageDom& dom) : dom_(dom) {}

  void Visit(const GumboNode* node, int32_t parent, int32_t owner, int depth, bool in_link) {
    if (depth > kMaxDepth) return;
    const GumboElement& e = node->v.element;
    if (IsInvisibleTag(e.tag)) {
      if (e.tag == GUMBO_TAG_SCRIPT) KeepJsonLd(e);
      if (e.tag == GUMBO_TAG_HEAD) {
        for (unsigned i = 0; i < e.children.length; ++i) {
          const auto* child = static_cast<const GumboNode*>(e.children.data[i]);
          if (child->type == GUMBO_NODE_ELEMENT && child->v.element.tag == GUMBO_TAG_SCRIPT)
            KeepJsonLd(child->v.element);
        }
      }
      return;
    }
    if (e.tag == GUMBO_TAG_BR || e.tag == GUMBO_TAG_HR) {
      Flush();
      return;
    }
    ElementHints hints = ClassifyElement(e);
    if (hints.hidden || IsFurnitureTag(e.tag)) {
      Flush();
      uint64_t bytes = CountText(node, depth);
      if (bytes > 0) ++dom_.skipped_blocks, dom_.skipped_bytes += bytes;
      return;
    }
    const auto index = static_cast<int32_t>(dom_.elements.size());
    dom_.elements.push_back(DomElement{node, parent, e.tag, hints, 0});
    // Furniture named on an inline element (a caption <span> inside a <p>)
    // gets blocks of its own, so that it can be dropped apart from the prose.
    bool block = IsBlockTag(e.tag) || hints.furniture;
    if (block) {
      Flush();
      owner = index;
    }
    if (e.tag == GUMBO_TAG_A && gumbo_get_attribute(&e.attributes, "href") != nullptr)
      in_link = true;
    for (unsigned i = 0; i < e.children.length; ++i) {
      const auto* child = static_cast<const GumboNode*>(e.children.data[i]);
      switch (child->type) {
        case GUMBO_NODE_ELEMENT:
        case GUMBO_NODE_TEMPLATE: Visit(child, index, owner, depth + 1, in_link); break;
        case GUMBO_NODE_TEXT:
        case GUMBO_NODE_CDATA:
        case GUMBO_NODE_WHITESPACE: Append(child->v.text.text, owner, in_link); break;
        default: break;
      }
    }
    if (block) Flush();
    dom_.elements[static_cast<size_t>(index)].end = static_cast<int32_t>(dom_.elements.size());
  }

  void Flush() {
    if (!text_.empty()) {
      dom_.blocks.push_back(TextBlock{std::move(text_), owner_, link_bytes_, commas_});
    }
    text_.clear();
    link_bytes_ = 0;
    commas_ = 0;
    space_ = false;
  }

 private:
  void KeepJsonLd(const GumboElement& script) {
    if (!IsJsonLd(script) || script.children.length == 0) return;
    const auto* text = static_cast<const GumboNode*>(script.children.data[0]);
    if (text->type == GUMBO_NODE_TEXT || text->type == GUMBO_NODE_CDATA)
      dom_.json_ld.emplace_back(text->v.text.text);
  }

  // Appends text with white space (ASCII and no-break spaces) collapsed.
  void Append(const char* s, int32_t owner, bool in_link) {
    for (size_t i = 0; s[i] != '\0'; ++i) {
      auto c = static_cast<unsigned char>(s[i]);
      bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
      if (c == 0xC2 && static_cast<unsigned char>(s[i + 1]) == 0xA0) space = true, ++i;
      if (space) {
        space_ = !text_.empty();
        continue;
      }
      if (text_.empty()) owner_ = owner;
      if (space_) {
        text_ += ' ';
        if (in_link) ++link_bytes_;
        space_ = false;
      }
      text_ += static_cast<char>(c);
      if (in_link) ++link_bytes_;
      if (c == ',' && commas_ < 60000) ++commas_;
    }
  }

  // Bytes of non-space text under `node` (for the boilerplate count).
  static uint64_t CountText(const GumboNode* node, int depth) {
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA) {
      uint64_t n = 0;
      for (const char* p = node->v.text.text; *p != '\0'; ++p)
        if (*p != ' ' && *p != '\n' && *p != '\t' && *p != '\r') ++n;
      return n;
    }
    if (node->type != GUMBO_NODE_ELEMENT || depth > kMaxDepth) return 0;
    if (IsInvisibleTag(node->v.element.tag)) return 0;
    uint64_t n = 0;
    const GumboVector& kids = node->v.element.children;
    for (unsigned i = 0; i < kids.length; ++i)
      n += CountText(static_cast<const GumboNode*>(kids.data[i]), depth + 1);
    return n;
  }

  PageDom& dom_;
  std::string text_;
  int32_t owner_ = 0;
  uint32_t link_bytes_ = 0;
  uint16_t commas_ = 0;
  bool space_ = false;
};

}  // namespace

bool IsBlockTag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_DIR:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_HGROUP:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_HTML:
    case GUMBO_TAG_LEGEND:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_MENU:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_P:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TBODY:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TFOOT:
    case GUMBO_TAG_TH:
    case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_UNKNOWN: return true;
    default: return false;
  }
}

PageDom FlattenPage(const GumboNode* root) {
  PageDom dom;
  if (root == nullptr || root->type != GUMBO_NODE_ELEMENT) return dom;
  Flattener flattener(dom);
  flattener.Visit(root, -1, 0, 0, false);
  flattener.Flush();
  return dom;
}

}  // namespace dyad::extract
