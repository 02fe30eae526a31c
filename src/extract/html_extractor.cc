// ExtractHtml (dyad/extract.h): an Article from an HTML page. The page is
// parsed once with gumbo; metadata comes from html_metadata.cc and the body
// from FindMainText (main_text.h); this file puts them together.
#include <gumbo.h>

#include <memory>
#include <string>

#include "dyad/extract.h"
#include "dyad/text.h"
#include "extract/article_text.h"
#include "extract/html_metadata.h"
#include "extract/main_text.h"
#include "extract/string_util.h"

namespace dyad {
namespace {

struct GumboDeleter {
  void operator()(GumboOutput* out) const { gumbo_destroy_output(&kGumboDefaultOptions, out); }
};

}  // namespace

Result<Article> ExtractHtml(std::string_view html, std::string_view url,
                            const ExtractOptions& options) {
  std::string repaired;
  if (!IsValidUtf8(html) || html.find('\0') != std::string_view::npos) {
    repaired = std::string(html);
    RepairUtf8(repaired);
    html = repaired;
  }
  if (extract::TrimSpace(html).empty()) return Status::InvalidArgument("HTML document is empty");

  std::unique_ptr<GumboOutput, GumboDeleter> doc(
      gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size()));
  if (doc == nullptr) return Status::InvalidArgument("HTML document could not be parsed");

  extract::PageMetadata md = extract::ReadPageMetadata(doc->root, url, options.day_first_dates);
  extract::MainText body = extract::FindMainText(doc->root);

  Article article;
  article.title = NormalizeNfc(md.title);
  article.title_source = md.title_source;
  article.published = md.published;
  article.published_source = md.published_source;
  article.published_evidence = md.published_evidence;
  article.outlet = NormalizeNfc(md.outlet);
  article.outlet_source = md.outlet_source;
  article.byline = NormalizeNfc(md.byline);
  article.url = url.empty() ? md.canonical_url : std::string(url);
  article.language = md.language;
  for (const std::string& p : body.paragraphs) extract::AppendParagraph(article, p);
  article.boilerplate_blocks = body.boilerplate_blocks;
  article.boilerplate_chars = body.boilerplate_chars;
  article.boilerplate_sample = body.boilerplate_sample;
  if (article.title.empty() && !article.paragraphs.empty()) {
    article.title = extract::TitleFromFirstSentence(article.paragraphs[0].span.view(article.text));
    if (!article.title.empty()) article.title_source = FieldSource::kVisibleText;
  }
  return article;
}

}  // namespace dyad
