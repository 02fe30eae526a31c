// ExtractArticle and FieldSourceName (dyad/extract.h): dispatch on the
// document type, then let the container's metadata override what the
// document itself says, and fill what the document left empty from the URL.
#include <string>

#include "dyad/extract.h"
#include "dyad/text.h"
#include "extract/date_parser.h"
#include "extract/outlet_names.h"
#include "extract/string_util.h"

namespace dyad {
namespace {

// Drops the first paragraph when it repeats the container's title (JSON
// Lines texts often start with their headline).
void DropRepeatedTitle(Article& a, std::string_view container_title) {
  if (a.paragraphs.empty()) return;
  std::string first = extract::CollapseSpace(a.paragraphs[0].span.view(a.text));
  if (first != extract::CollapseSpace(NormalizeNfc(container_title))) return;
  uint32_t cut = a.paragraphs.size() > 1 ? a.paragraphs[1].span.begin : a.paragraphs[0].span.end;
  a.text.erase(0, cut);
  a.paragraphs.erase(a.paragraphs.begin());
  for (Paragraph& p : a.paragraphs) {
    p.span.begin -= cut;
    p.span.end -= cut;
  }
}

}  // namespace

std::string_view FieldSourceName(FieldSource s) {
  switch (s) {
    case FieldSource::kNone: return "none";
    case FieldSource::kContainer: return "container";
    case FieldSource::kJsonLd: return "json-ld";
    case FieldSource::kMetaTag: return "meta-tag";
    case FieldSource::kTimeElement: return "time-element";
    case FieldSource::kHeaderLine: return "header-line";
    case FieldSource::kVisibleText: return "visible-text";
    case FieldSource::kUrl: return "url";
    case FieldSource::kSelfReference: return "self-reference";
    case FieldSource::kTitleTag: return "title-tag";
  }
  return "unknown";
}

Result<Article> ExtractArticle(const RawDocument& doc, const ExtractOptions& options) {
  if (extract::TrimSpace(doc.body).empty()) {
    std::string where = doc.source;
    if (!doc.locator.empty()) where += ", " + doc.locator;
    return Status::InvalidArgument(where + ": document has no text");
  }
  Result<Article> extracted = doc.type == ContentType::kHtml
                                  ? ExtractHtml(doc.body, doc.url, options)
                                  : ExtractPlainText(doc.body, options);
  if (!extracted.ok()) return extracted.status();
  Article a = std::move(extracted).value();

  if (!doc.url.empty()) a.url = doc.url;
  if (std::string title = extract::CollapseSpace(doc.title); !title.empty()) {
    if (doc.type == ContentType::kText) DropRepeatedTitle(a, title);
    a.title = NormalizeNfc(title);
    a.title_source = FieldSource::kContainer;
  }
  if (!doc.outlet.empty()) {
    const extract::OutletInfo* known = extract::FindOutletByName(doc.outlet);
    a.outlet = known != nullptr ? std::string(known->name)
                                : NormalizeNfc(extract::CollapseSpace(doc.outlet));
    a.outlet_source = FieldSource::kContainer;
  }
  if (!doc.published.empty()) {
    const extract::OutletInfo* known = extract::FindOutletByName(a.outlet);
    bool day_first = options.day_first_dates && !(known != nullptr && known->american);
    std::string iso = ParseDate(doc.published, day_first);
    if (!iso.empty()) {
      a.published = iso;
      a.published_source = FieldSource::kContainer;
      a.published_evidence = doc.published;
    }
  }
  // URL fallbacks for plain text (ExtractHtml already used the URL).
  if (doc.type == ContentType::kText && !doc.url.empty()) {
    if (a.published.empty()) {
      a.published = extract::DateFromUrl(doc.url);
      if (!a.published.empty()) {
        a.published_source = FieldSource::kUrl;
        a.published_evidence = doc.url;
      }
    }
    if (a.outlet.empty() || a.outlet_source == FieldSource::kSelfReference) {
      std::string host = extract::HostOfUrl(doc.url);
      const extract::OutletInfo* known = extract::FindOutletByHost(host);
      if (known != nullptr) {
        a.outlet = std::string(known->name);
        a.outlet_source = FieldSource::kUrl;
      } else if (a.outlet.empty() && !host.empty()) {
        a.outlet = extract::RegistrableHost(host);
        a.outlet_source = FieldSource::kUrl;
      }
    }
  }
  return a;
}

}  // namespace dyad
