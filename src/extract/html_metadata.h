// Internal to extract: title, publication date, outlet, byline and language
// of an HTML page, read from its parsed tree. Each field is taken from the
// most trusted evidence the page has, in this order:
//   title:     og:title, JSON-LD headline, the first <h1>, <title> without
//              its " | Site" / " - Site" suffix
//   date:      JSON-LD datePublished; <meta> article:published_time,
//              og:published_time, pubdate, publishdate, date, DC.date,
//              parsely-pub-date, sailthru.date, itemprop=datePublished;
//              <time datetime> (one marked as the publication time or inside
//              a <header> first); a date written alone in a short text block
//              near the top; /yyyy/mm/dd/ in the URL
//   outlet:    og:site_name, JSON-LD publisher.name, application-name, the
//              <title> suffix, the outlet table for the host, else the
//              registrable host name
//   byline:    JSON-LD author, <meta name=author>, rel=author links, elements
//              whose class or itemprop says byline or author
//   language:  <html lang>, Content-Language, og:locale
// Outlet names are mapped to their display names ("BBC News" -> "BBC")
// when the outlet table knows them.
#ifndef DYAD_EXTRACT_HTML_METADATA_H_
#define DYAD_EXTRACT_HTML_METADATA_H_

#include <gumbo.h>

#include <string>
#include <string_view>

#include "dyad/extract.h"

namespace dyad::extract {

struct PageMetadata {
  std::string title;
  FieldSource title_source = FieldSource::kNone;
  std::string published;
  FieldSource published_source = FieldSource::kNone;
  std::string published_evidence;
  std::string outlet;
  FieldSource outlet_source = FieldSource::kNone;
  std::string byline;
  std::string language;
  std::string canonical_url;  // <link rel=canonical> or og:url; "" if none
};

// Reads the metadata of a parsed page. `root` is GumboOutput::root; `url`
// is where the page came from ("" when unknown: the canonical URL is used
// for the host and URL-date fallbacks).
PageMetadata ReadPageMetadata(const GumboNode* root, std::string_view url, bool day_first);

// "Headline | Site" -> "Headline" (and "Site" in *site when not null) for
// the separators " | ", " - ", " – ", " — ", " :: ", when the last part is
// short (at most 5 words and 40 bytes) and the rest is longer. Returns the
// title unchanged otherwise.
std::string StripSiteSuffix(std::string_view title, std::string* site = nullptr);

}  // namespace dyad::extract

#endif  // DYAD_EXTRACT_HTML_METADATA_H_
