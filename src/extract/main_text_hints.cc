// Class/id/role/itemprop hints and furniture lines (see main_text_hints.h).
#include "extract/main_text_hints.h"

#include <array>
#include <cstring>
#include <string>

namespace dyad::extract {
namespace {

// Substrings of a class/id word that name page furniture.
constexpr std::array<std::string_view, 44> kFurnitureParts = {
    "comment",   "related",   "share",    "sharing",  "social",    "sidebar", "newsletter",
    "subscri",   "promo",     "cookie",   "consent",  "gdpr",      "banner",  "breadcrumb",
    "menu",      "masthead",  "popup",    "modal",    "sponsor",   "advert",  "outbrain",
    "taboola",   "recommend", "trending", "popular",  "byline",    "author",  "caption",
    "credit",    "toolbar",   "paginat",  "pager",    "footer",    "widget",  "signup",
    "login",     "readmore",  "disqus",   "dateline", "timestamp", "navig",   "header",
    "copyright", "disclaim"};
// Whole class/id words that name page furniture.
constexpr std::array<std::string_view, 20> kFurnitureWords = {
    "ad",   "ads",   "adv",  "nav",   "tags", "tag",   "meta",  "date",    "time",   "print",
    "more", "aside", "rail", "tools", "tool", "share", "email", "partner", "teaser", "info"};
// Substrings of a class/id word that name the article's container.
constexpr std::array<std::string_view, 10> kContentParts = {
    "article", "content", "story", "entry", "post", "body", "text", "main", "blog", "prose"};
// Whole class/id values (lowercased, letters and digits only) naming a body.
constexpr std::array<std::string_view, 18> kBodyNames = {
    "articlebody", "storybody",   "entrycontent", "postcontent", "articlecontent", "storycontent",
    "postbody",    "articletext", "bodytext",     "storytext",   "contentbody",    "textbody",
    "articlecopy", "bodycopy",    "postentry",    "entrybody",   "blogpost",       "richtext"};
// Whole class/id values (compacted as above) that hide text from the eye.
constexpr std::array<std::string_view, 4> kHiddenNames = {"sronly", "visuallyhidden",
                                                          "screenreadertext", "screenreaderonly"};

char Lower(char c) {
  return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
}
bool IsAlnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

template <size_t N>
bool ContainsAny(std::string_view word, const std::array<std::string_view, N>& parts) {
  for (std::string_view part : parts)
    if (word.find(part) != std::string_view::npos) return true;
  return false;
}

template <size_t N>
bool EqualsAny(std::string_view word, const std::array<std::string_view, N>& words) {
  for (std::string_view w : words)
    if (word == w) return true;
  return false;
}

struct NameSignals {
  bool furniture = false, content = false, body = false, hidden = false, embed = false;
};

// Scans one attribute value: space-separated names, each cut into words at
// punctuation and lower-to-upper case changes ("articleBody", "share-bar").
void ScanNames(std::string_view value, NameSignals& s) {
  size_t i = 0;
  while (i < value.size()) {
    while (i < value.size() && (value[i] == ' ' || value[i] == '\t' || value[i] == '\n')) ++i;
    size_t end = i;
    while (end < value.size() && value[end] != ' ' && value[end] != '\t' && value[end] != '\n')
      ++end;
    std::string_view name = value.substr(i, end - i);
    i = end;
    if (name.empty() || name.size() > 80) continue;
    std::string compact;
    for (char c : name)
      if (IsAlnum(c)) compact += Lower(c);
    if (EqualsAny(compact, kBodyNames)) s.body = true;
    if (EqualsAny(compact, kHiddenNames)) s.hidden = true;
    // Embedded posts (tweets, videos) quoted by the article are part of it,
    // whatever else their wrapper's name says ("social-media-embed").
    if (compact.find("embed") != std::string::npos) s.embed = true;
    std::string word;
    for (size_t k = 0; k <= name.size(); ++k) {
      char c = k < name.size() ? name[k] : ' ';
      bool split = !IsAlnum(c) ||
                   (c >= 'A' && c <= 'Z' && k > 0 && name[k - 1] >= 'a' && name[k - 1] <= 'z');
      if (split && !word.empty()) {
        if (ContainsAny(word, kFurnitureParts) || EqualsAny(word, kFurnitureWords))
          s.furniture = true;
        if (ContainsAny(word, kContentParts)) s.content = true;
        word.clear();
      }
      if (IsAlnum(c)) word += Lower(c);
    }
  }
}

std::string_view Attribute(const GumboElement& element, const char* name) {
  const GumboAttribute* a = gumbo_get_attribute(&element.attributes, name);
  return a == nullptr ? std::string_view() : std::string_view(a->value);
}

bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i)
    if (Lower(a[i]) != Lower(b[i])) return false;
  return true;
}

}  // namespace

ElementHints ClassifyElement(const GumboElement& element) {
  ElementHints hints;
  NameSignals s;
  ScanNames(Attribute(element, "class"), s);
  ScanNames(Attribute(element, "id"), s);

  std::string_view role = Attribute(element, "role");
  if (!role.empty()) {
    if (EqualsIgnoreCase(role, "main") || EqualsIgnoreCase(role, "article")) s.content = true;
    for (std::string_view r : {"navigation", "banner", "contentinfo", "complementary", "search",
                               "dialog", "alertdialog", "menu", "menubar", "toolbar"})
      if (EqualsIgnoreCase(role, r)) s.furniture = true;
  }
  std::string_view itemprop = Attribute(element, "itemprop");
  if (!itemprop.empty()) {
    if (EqualsIgnoreCase(itemprop, "articleBody")) s.body = true;
    for (std::string_view p : {"author", "datePublished", "dateModified", "publisher", "creator"})
      if (EqualsIgnoreCase(itemprop, p)) s.furniture = true;
  }

  if (gumbo_get_attribute(&element.attributes, "hidden") != nullptr) s.hidden = true;
  std::string_view style = Attribute(element, "style");
  if (!style.empty() && style.size() < 2000) {
    std::string compact;
    for (char c : style)
      if (c != ' ' && c != '\t' && c != '\n') compact += Lower(c);
    if (compact.find("display:none") != std::string::npos ||
        compact.find("visibility:hidden") != std::string::npos)
      s.hidden = true;
  }

  hints.body = s.body;
  hints.furniture = s.furniture && !s.body && !s.embed;
  hints.hidden = s.hidden;
  hints.weight = (s.content ? 25 : 0) - (s.furniture ? 25 : 0) + (s.body ? 25 : 0);
  return hints;
}

bool IsFurnitureLine(std::string_view line) {
  if (line.size() > 90) return false;
  std::string s;
  for (char c : line) s += Lower(c);
  while (!s.empty() && (s.back() == '.' || s.back() == ':' || s.back() == '!' || s.back() == ' ' ||
                        s.back() == '>' || s.back() == '|'))
    s.pop_back();
  static constexpr std::string_view kLines[] = {"advertisement",
                                                "advertising",
                                                "ad",
                                                "sponsored",
                                                "sponsored content",
                                                "read more",
                                                "continue reading",
                                                "read full story",
                                                "read the full story",
                                                "share",
                                                "share this",
                                                "share this article",
                                                "share this story",
                                                "share article",
                                                "tweet",
                                                "email",
                                                "print",
                                                "comments",
                                                "leave a comment",
                                                "leave a reply",
                                                "related",
                                                "related articles",
                                                "related stories",
                                                "related content",
                                                "recommended",
                                                "more stories",
                                                "sign up",
                                                "subscribe",
                                                "log in",
                                                "click here",
                                                "back to top",
                                                "skip to content",
                                                "image",
                                                "photo",
                                                "video",
                                                "loading",
                                                "close",
                                                "menu",
                                                "show comments",
                                                "view comments",
                                                "most popular",
                                                "story continues below advertisement",
                                                "article continues below advertisement",
                                                "scroll to continue with content",
                                                "advert",
                                                "don't miss",
                                                "don’t miss",
                                                "most read",
                                                "this slideshow requires javascript",
                                                "trending now",
                                                "more on this story",
                                                "continue reading below",
                                                "advertisement - scroll to "
                                                "continue"};
  for (std::string_view l : kLines)
    if (s == l) return true;
  static constexpr std::string_view kPrefixes[] = {"photo:",       "photos:",
                                                   "image:",       "images:",
                                                   "credit:",      "photograph:",
                                                   "picture:",     "(photo",
                                                   "photo by",     "image by",
                                                   "read more:",   "related:",
                                                   "see also:",    "more:",
                                                   "follow us",    "sign up for",
                                                   "subscribe to", "click here",
                                                   "copyright",    "©",
                                                   "(c) ",         "all rights reserved",
                                                   "getty images", "advertisement",
                                                   "share on",     "share this",
                                                   "download the"};
  for (std::string_view p : kPrefixes)
    if (s.compare(0, p.size(), p) == 0) return true;
  return false;
}

bool IsCaptionLine(std::string_view line) {
  // "Protesters at the airport (Image: AGENCY)" and the like.
  if (line.size() > 300 || line.empty() || line.back() != ')') return false;
  size_t open = line.rfind('(');
  if (open == std::string_view::npos || line.size() - open > 80) return false;
  std::string inside;
  for (char c : line.substr(open + 1)) inside += Lower(c);
  for (std::string_view p : {"image:", "photo:", "picture:", "pic:", "credit:", "photograph:",
                             "image credit", "photo credit", "photo by", "image by"})
    if (inside.compare(0, p.size(), p) == 0) return true;
  return false;
}

}  // namespace dyad::extract
