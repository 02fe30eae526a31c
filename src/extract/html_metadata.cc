// Metadata of an HTML page from its gumbo tree (see html_metadata.h).
//
// One iterative walk over the tree gathers every piece of evidence (meta
// tags, JSON-LD blocks, <time> elements, <h1>, bylines, short text blocks);
// the fields are then chosen from that evidence in order of trust. The walk
// uses an explicit stack, so hostile nesting depth cannot overflow the call
// stack, and every collected text is capped in size.
#include "extract/html_metadata.h"

#include <nlohmann/json.hpp>

#include <map>
#include <vector>

#include "extract/date_parser.h"
#include "extract/outlet_names.h"
#include "extract/string_util.h"

namespace dyad::extract {
namespace {

constexpr size_t kMaxFieldText = 2000;       // bytes kept of any one text
constexpr size_t kMaxJsonLdBytes = 1 << 20;  // larger JSON-LD blocks are skipped
constexpr size_t kMaxShortBlocks = 300;      // short text blocks kept for dates

struct TimeElement {
  std::string datetime;
  bool preferred = false;  // in a <header> or marked as the publication time
};

struct Evidence {
  std::string html_lang;
  std::string title_tag;
  std::string h1;
  std::map<std::string, std::string> meta;  // lower-cased key -> first content
  std::vector<std::string> json_ld;
  std::vector<TimeElement> times;
  std::string rel_author;
  std::string byline_element;
  std::string canonical;
  std::vector<std::string> short_blocks;  // short texts in document order
};

const char* Attr(const GumboNode* n, const char* name) {
  const GumboAttribute* a = gumbo_get_attribute(&n->v.element.attributes, name);
  return a == nullptr ? nullptr : a->value;
}

std::string AttrLower(const GumboNode* n, const char* name) {
  const char* v = Attr(n, name);
  return v == nullptr ? "" : ToLowerAsciiCopy(v);
}

bool IsSkipped(GumboTag tag) {
  return tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_STYLE || tag == GUMBO_TAG_NOSCRIPT ||
         tag == GUMBO_TAG_TEMPLATE;
}

// The text of an element, white space collapsed, capped at kMaxFieldText.
std::string TextOf(const GumboNode* node) {
  std::string out;
  std::vector<const GumboNode*> stack = {node};
  while (!stack.empty() && out.size() < kMaxFieldText) {
    const GumboNode* n = stack.back();
    stack.pop_back();
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE ||
        n->type == GUMBO_NODE_CDATA) {
      out += n->v.text.text;
      continue;
    }
    if (n->type != GUMBO_NODE_ELEMENT || IsSkipped(n->v.element.tag)) continue;
    if (n->v.element.tag == GUMBO_TAG_BR) out += ' ';
    const GumboVector& kids = n->v.element.children;
    for (unsigned i = kids.length; i-- > 0;) {
      stack.push_back(static_cast<const GumboNode*>(kids.data[i]));
    }
    out += ' ';
  }
  return CollapseSpace(CutUtf8(out, kMaxFieldText));
}

// Text directly inside a script element (JSON-LD).
std::string ScriptText(const GumboNode* n) {
  std::string out;
  const GumboVector& kids = n->v.element.children;
  for (unsigned i = 0; i < kids.length; ++i) {
    const GumboNode* k = static_cast<const GumboNode*>(kids.data[i]);
    if (k->type == GUMBO_NODE_TEXT || k->type == GUMBO_NODE_CDATA ||
        k->type == GUMBO_NODE_WHITESPACE)
      out += k->v.text.text;
    if (out.size() > kMaxJsonLdBytes) return "";
  }
  return out;
}

bool ClassSays(const GumboNode* n, std::string_view what) {
  for (const char* attr : {"class", "itemprop", "rel", "id"}) {
    std::string v = AttrLower(n, attr);
    if (v.find(what) != std::string::npos) return true;
  }
  return false;
}

void Gather(const GumboNode* root, Evidence& ev) {
  struct Item {
    const GumboNode* node;
    bool in_header;
  };
  std::vector<Item> stack = {{root, false}};
  while (!stack.empty()) {
    Item item = stack.back();
    stack.pop_back();
    const GumboNode* n = item.node;
    if (n->type == GUMBO_NODE_TEXT) {
      if (ev.short_blocks.size() < kMaxShortBlocks) {
        std::string t = CollapseSpaceIfShort(n->v.text.text, 100);
        if (!t.empty()) ev.short_blocks.push_back(std::move(t));
      }
      continue;
    }
    if (n->type != GUMBO_NODE_ELEMENT) continue;
    GumboTag tag = n->v.element.tag;
    bool in_header = item.in_header || tag == GUMBO_TAG_HEADER;
    switch (tag) {
      case GUMBO_TAG_HTML:
        if (const char* lang = Attr(n, "lang"); lang != nullptr && ev.html_lang.empty())
          ev.html_lang = CollapseSpace(lang);
        break;
      case GUMBO_TAG_TITLE:
        if (ev.title_tag.empty()) ev.title_tag = TextOf(n);
        continue;
      case GUMBO_TAG_META: {
        const char* content = Attr(n, "content");
        if (content == nullptr) break;
        for (const char* key_attr : {"property", "name", "itemprop", "http-equiv"}) {
          std::string key = AttrLower(n, key_attr);
          if (!key.empty()) ev.meta.emplace(key, CollapseSpace(CutUtf8(content, kMaxFieldText)));
        }
        break;
      }
      case GUMBO_TAG_LINK: {
        std::string rel = AttrLower(n, "rel");
        const char* href = Attr(n, "href");
        if (rel == "canonical" && href != nullptr && ev.canonical.empty()) ev.canonical = href;
        break;
      }
      case GUMBO_TAG_SCRIPT:
        if (AttrLower(n, "type") == "application/ld+json" && ev.json_ld.size() < 16) {
          std::string text = ScriptText(n);
          if (!text.empty()) ev.json_ld.push_back(std::move(text));
        }
        continue;
      case GUMBO_TAG_H1:
        if (ev.h1.empty()) ev.h1 = TextOf(n);
        break;
      case GUMBO_TAG_TIME:
        if (const char* dt = Attr(n, "datetime"); dt != nullptr && ev.times.size() < 64) {
          bool marked = ClassSays(n, "publish") || ClassSays(n, "datepublished");
          ev.times.push_back({dt, in_header || marked});
        }
        break;
      case GUMBO_TAG_A:
        if (AttrLower(n, "rel") == "author" && ev.rel_author.empty()) ev.rel_author = TextOf(n);
        break;
      default: break;
    }
    if (IsSkipped(tag)) continue;
    if (ev.byline_element.empty() && tag != GUMBO_TAG_META && tag != GUMBO_TAG_LINK &&
        tag != GUMBO_TAG_BODY && tag != GUMBO_TAG_HTML &&
        (ClassSays(n, "byline") || AttrLower(n, "itemprop") == "author" ||
         AttrLower(n, "class").find("author") != std::string::npos)) {
      std::string t = TextOf(n);
      if (!t.empty() && t.size() <= 200) ev.byline_element = t;
    }
    const GumboVector& kids = n->v.element.children;
    for (unsigned i = kids.length; i-- > 0;) {
      stack.push_back({static_cast<const GumboNode*>(kids.data[i]), in_header});
    }
  }
}

// ---- JSON-LD ----------------------------------------------------------------

struct JsonLdArticle {
  std::string headline, date_published, publisher, author;
  bool found = false;
};

bool TypeIsArticle(const nlohmann::json& type) {
  auto is_article = [](const std::string& t) {
    return t.find("Article") != std::string::npos || t == "BlogPosting" || t == "LiveBlogPosting" ||
           t == "Report";
  };
  if (type.is_string()) return is_article(type.get<std::string>());
  if (type.is_array()) {
    for (const auto& t : type) {
      if (t.is_string() && is_article(t.get<std::string>())) return true;
    }
  }
  return false;
}

std::string NameOf(const nlohmann::json& v) {
  if (v.is_string()) return CollapseSpace(v.get<std::string>());
  if (v.is_object()) {
    auto it = v.find("name");
    if (it != v.end() && it->is_string()) return CollapseSpace(it->get<std::string>());
  }
  return "";
}

std::string AuthorsOf(const nlohmann::json& v) {
  std::string out;
  auto add = [&](const nlohmann::json& a) {
    std::string n = NameOf(a);
    if (n.empty() || n.find("://") != std::string::npos) return;
    if (!out.empty()) out += ", ";
    out += n;
  };
  if (v.is_array()) {
    for (const auto& a : v) add(a);
  } else {
    add(v);
  }
  return out;
}

void FindArticle(const nlohmann::json& j, int depth, JsonLdArticle& out) {
  if (out.found || depth > 8) return;
  if (j.is_array()) {
    for (const auto& e : j) FindArticle(e, depth + 1, out);
    return;
  }
  if (!j.is_object()) return;
  auto type = j.find("@type");
  if (type != j.end() && TypeIsArticle(*type)) {
    out.found = true;
    if (auto h = j.find("headline"); h != j.end() && h->is_string())
      out.headline = CollapseSpace(h->get<std::string>());
    if (auto d = j.find("datePublished"); d != j.end() && d->is_string())
      out.date_published = d->get<std::string>();
    if (auto p = j.find("publisher"); p != j.end()) out.publisher = NameOf(*p);
    if (auto a = j.find("author"); a != j.end()) out.author = AuthorsOf(*a);
    return;
  }
  if (auto g = j.find("@graph"); g != j.end()) FindArticle(*g, depth + 1, out);
}

JsonLdArticle ReadJsonLd(const std::vector<std::string>& blocks) {
  JsonLdArticle out;
  for (const std::string& b : blocks) {
    nlohmann::json j = nlohmann::json::parse(b, nullptr, /*allow_exceptions=*/false);
    if (j.is_discarded()) continue;
    FindArticle(j, 0, out);
    if (out.found) break;
  }
  return out;
}

// ---- Choosing the fields ----------------------------------------------------

std::string Meta(const Evidence& ev, std::string_view key) {
  auto it = ev.meta.find(std::string(key));
  return it == ev.meta.end() ? "" : it->second;
}

std::string DisplayOutlet(std::string_view name) {
  const OutletInfo* o = FindOutletByName(name);
  return o != nullptr ? std::string(o->name) : CollapseSpace(name);
}

std::string CleanByline(std::string_view s) {
  std::string t = CollapseSpace(s);
  std::string_view v = t;
  if (StartsWithIgnoreCase(v, "by ")) v.remove_prefix(3);
  v = TrimSpace(v);
  if (v.find("://") != std::string_view::npos) return "";
  return std::string(CutUtf8(v, 200));
}

}  // namespace

std::string StripSiteSuffix(std::string_view title, std::string* site) {
  std::string t = CollapseSpace(title);
  static constexpr std::string_view kSeps[] = {
      " | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " :: ", " \xC2\xB7 "};
  size_t best = std::string::npos, best_len = 0;
  for (std::string_view sep : kSeps) {
    size_t p = t.rfind(sep);
    if (p != std::string::npos && (best == std::string::npos || p > best)) {
      best = p;
      best_len = sep.size();
    }
  }
  if (best == std::string::npos) return t;
  std::string_view head = TrimSpace(std::string_view(t).substr(0, best));
  std::string_view tail = TrimSpace(std::string_view(t).substr(best + best_len));
  if (tail.empty() || tail.size() > 40 || CountWords(tail) > 5 || CountWords(head) < 2 ||
      head.size() <= tail.size())
    return t;
  if (site != nullptr) *site = std::string(tail);
  return std::string(head);
}

PageMetadata ReadPageMetadata(const GumboNode* root, std::string_view url, bool day_first) {
  PageMetadata md;
  if (root == nullptr) return md;
  Evidence ev;
  Gather(root, ev);
  JsonLdArticle ld = ReadJsonLd(ev.json_ld);

  md.canonical_url = !ev.canonical.empty() ? ev.canonical : Meta(ev, "og:url");
  std::string page_url = url.empty() ? md.canonical_url : std::string(url);
  std::string site_suffix;
  std::string title_tag = StripSiteSuffix(ev.title_tag, &site_suffix);

  // Title.
  std::string og_site = Meta(ev, "og:site_name");
  if (std::string og = Meta(ev, "og:title"); !og.empty()) {
    std::string suffix;
    std::string stripped = StripSiteSuffix(og, &suffix);
    // Only a suffix naming the site is cut from og:title.
    bool names_site = !suffix.empty() &&
                      (EqualsIgnoreCase(suffix, og_site) || EqualsIgnoreCase(suffix, site_suffix) ||
                       FindOutletByName(suffix) != nullptr);
    md.title = names_site ? stripped : CollapseSpace(og);
    md.title_source = FieldSource::kMetaTag;
  } else if (!ld.headline.empty()) {
    md.title = ld.headline;
    md.title_source = FieldSource::kJsonLd;
  } else if (!ev.h1.empty()) {
    md.title = ev.h1;
    md.title_source = FieldSource::kVisibleText;
  } else if (!title_tag.empty()) {
    md.title = title_tag;
    md.title_source = FieldSource::kTitleTag;
  }

  // Date.
  auto try_date = [&](std::string_view value, FieldSource source) {
    if (!md.published.empty() || value.empty()) return;
    std::string iso = ParseDate(value, day_first);
    if (iso.empty()) return;
    md.published = iso;
    md.published_source = source;
    md.published_evidence = std::string(CutUtf8(value, 200));
  };
  try_date(ld.date_published, FieldSource::kJsonLd);
  for (std::string_view key :
       {"article:published_time", "og:published_time", "og:article:published_time", "pubdate",
        "publishdate", "publish-date", "date", "dc.date", "dc.date.issued", "dcterms.created",
        "dcterms.date", "parsely-pub-date", "sailthru.date", "datepublished",
        "article.published"}) {
    try_date(Meta(ev, key), FieldSource::kMetaTag);
  }
  for (const TimeElement& t : ev.times) {
    if (t.preferred) try_date(t.datetime, FieldSource::kTimeElement);
  }
  for (const TimeElement& t : ev.times) try_date(t.datetime, FieldSource::kTimeElement);
  for (const std::string& block : ev.short_blocks) try_date(block, FieldSource::kVisibleText);
  if (md.published.empty()) {
    std::string iso = DateFromUrl(page_url);
    if (!iso.empty()) {
      md.published = iso;
      md.published_source = FieldSource::kUrl;
      md.published_evidence = page_url;
    }
  }

  // Outlet.
  std::string host = HostOfUrl(page_url);
  if (!og_site.empty()) {
    md.outlet = DisplayOutlet(og_site);
    md.outlet_source = FieldSource::kMetaTag;
  } else if (!ld.publisher.empty()) {
    md.outlet = DisplayOutlet(ld.publisher);
    md.outlet_source = FieldSource::kJsonLd;
  } else if (std::string app = Meta(ev, "application-name"); !app.empty()) {
    md.outlet = DisplayOutlet(app);
    md.outlet_source = FieldSource::kMetaTag;
  } else if (!site_suffix.empty()) {
    md.outlet = DisplayOutlet(site_suffix);
    md.outlet_source = FieldSource::kTitleTag;
  } else if (const OutletInfo* o = FindOutletByHost(host); o != nullptr) {
    md.outlet = std::string(o->name);
    md.outlet_source = FieldSource::kUrl;
  } else if (!host.empty()) {
    md.outlet = RegistrableHost(host);
    md.outlet_source = FieldSource::kUrl;
  }

  // Byline.
  for (const std::string& candidate : {ld.author, Meta(ev, "author"), Meta(ev, "article:author"),
                                       ev.rel_author, ev.byline_element}) {
    md.byline = CleanByline(candidate);
    if (!md.byline.empty()) break;
  }

  // Language.
  if (!ev.html_lang.empty()) {
    md.language = ev.html_lang;
  } else if (std::string cl = Meta(ev, "content-language"); !cl.empty()) {
    md.language = cl;
  } else if (std::string locale = Meta(ev, "og:locale"); !locale.empty()) {
    for (char& c : locale) {
      if (c == '_') c = '-';
    }
    md.language = locale;
  }
  return md;
}

}  // namespace dyad::extract
