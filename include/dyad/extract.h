// dyad/extract.h: from a raw document to an Article: main text, title,
// publication date, outlet and byline, with the boilerplate dropped.
//
// Pages and scraped text files carry much that is not the article:
// navigation, promos ("Sign up for our newsletter"), related links, comment
// forms ("Leave a Reply"), PREV/NEXT teasers, photo credits, language bars,
// "Back to Top", "Follow us on ...", image file names. Extraction keeps the
// article's own paragraphs, in order and verbatim (NFC-normalised), and says
// how much it dropped and how it found each field.
//
//   dyad::Result<dyad::Article> a = dyad::ExtractArticle(raw_document);
//   if (a.ok()) std::cout << a->title << " / " << a->published << "\n";
//
// HTML is parsed with a real HTML5 parser (gumbo), never with regular
// expressions over markup; broken markup is repaired the way browsers do.
// All functions are pure and thread-safe.
#ifndef DYAD_EXTRACT_H_
#define DYAD_EXTRACT_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/ingest.h"
#include "dyad/status.h"
#include "dyad/text.h"

namespace dyad {

// How a field was found, most trusted first. Stored with the article so a
// user can see why dyad believes a date.
enum class FieldSource : uint8_t {
  kNone = 0,       // not found
  kContainer,      // given by the JSON Lines record or the WARC headers
  kJsonLd,         // schema.org JSON-LD (datePublished, headline, publisher)
  kMetaTag,        // <meta property="article:published_time">, og:site_name ...
  kTimeElement,    // <time datetime="...">
  kHeaderLine,     // a header line of a text file ("Title – DW – 10/07/2024")
  kVisibleText,    // a date or name in the visible text near the top
  kUrl,            // /2024/07/10/ in the URL, or the host name for the outlet
  kSelfReference,  // the text names its outlet ("Newsweek has contacted ...",
                   // "Follow Newsweek on ...", a footer "Newsweek. <tagline>")
  kTitleTag,       // <title>, with " | Site" suffixes removed
};
std::string_view FieldSourceName(FieldSource s);

// One paragraph of main text.
struct Paragraph {
  Span span;  // its bytes in Article::text
  // Its position in the raw document body, when the paragraph is a verbatim
  // copy of raw bytes (plain text input that was valid UTF-8; text equals
  // raw unless NFC changed it); begin == end == 0 otherwise.
  Span raw;
};

struct Article {
  // The headline. When neither the container nor the document has one (a
  // text file that starts straight with prose), it is the first sentence of
  // the text, cut at a word boundary to at most 100 bytes with "…" added when
  // cut, and title_source is kVisibleText: listings always have something to
  // show, and the source says it is not a real headline.
  std::string title;
  FieldSource title_source = FieldSource::kNone;

  // Publication date as ISO 8601: "2024-07-10", or with a time in UTC
  // "2024-07-10T14:03:00Z" when a time AND a time zone were given (a time
  // without a zone keeps only its date); "" when unknown.
  std::string published;
  FieldSource published_source = FieldSource::kNone;
  std::string published_evidence;  // the text the date was read from

  // Display name: "CNN", "DW", "Newsweek"; "" when the document does not say.
  // In a text file, evidence ranks: the header (kHeaderLine: "Title – DW –
  // 10/07/2024", a dateline block) over the outlet naming itself
  // (kSelfReference: "<Outlet> has contacted ... for comment", "Follow
  // <Outlet> on ...", "Like and follow <Outlet>!", a closing footer line
  // "<Outlet>. <tagline>." or "<Outlet>, <address>") over a wire dateline
  // (kVisibleText: "WASHINGTON (Reuters) —"). The origin of a republished
  // story ("This story was originally published by <Origin> ...") is never
  // the outlet, nor is its dateline; "told <Name>" is not evidence (other
  // outlets are quoted all the time).
  std::string outlet;
  FieldSource outlet_source = FieldSource::kNone;
  std::string byline;  // "Jane Doe, John Roe"; "" when none
  std::string url;
  std::string language;  // BCP 47 from <html lang> or the container; "" when unknown

  // The main text: paragraphs joined by "\n\n", NFC-normalised, valid UTF-8.
  std::string text;
  std::vector<Paragraph> paragraphs;

  // What was dropped as boilerplate: blocks (paragraphs, list items, lines)
  // and their characters (Unicode code points), and a short sample of the
  // dropped lines for display. Header lines that were read as metadata
  // (title, date, dateline, byline) are not counted.
  uint32_t boilerplate_blocks = 0;
  uint64_t boilerplate_chars = 0;
  std::vector<std::string> boilerplate_sample;  // at most 8, each at most 80 bytes
};

// Hints and limits for extraction.
struct ExtractOptions {
  // Dates written n/n/yyyy are read day-first (10/07/2024 = 10 July) unless
  // the first number is over 12 or the outlet is known to be American; set to
  // false to read month-first by default. Default: true.
  bool day_first_dates = true;
  // Articles whose main text is shorter than this many bytes are still
  // returned; the pipeline decides what to do with them. Default: 0.
  uint32_t min_text_bytes = 0;
};

// Extracts an article from any raw document, HTML or text, using the
// container's metadata (RawDocument::title, published, outlet, url) first and
// the document's own evidence to fill what the container left empty.
// Returns an InvalidArgument status only for a document with no text at all.
Result<Article> ExtractArticle(const RawDocument& doc,
                               const ExtractOptions& options = ExtractOptions());

// The HTML and plain-text extractors on their own, with no container metadata.
// Both return InvalidArgument for empty or all-white-space input.
//
// ExtractPlainText keeps every line of the text except: header lines read as
// metadata ("Title – DW – 10/07/2024"; a title line and a date line; a
// "Hong Kong / CNN / —" dateline block; "By ..." bylines), section kickers
// before the title, and lines of page furniture recognised by their generic
// shape (editor's notes and newsletter promos, advertisements, comment forms
// and the comment section after "Leave a Reply", PREV/NEXT teasers, photo
// credits and short captions ending in a credit, image file names, language
// switchers, "Back to Top", related-link headings and the headlines under
// them and teaser prompts ("Trending now: ..."), navigation bars ("Local |
// National | World | Sports"), "Follow us on ..." and "Follow <Outlet> ..."
// lines, share bars, update notes and republication credits, and a closing
// footer line "<Outlet>. <tagline>." after them). A credit glued to the end
// of a long paragraph is cut from it. Subheadings and inserted questions
// stay as paragraphs. The outlet is chosen as Article::outlet describes.
Result<Article> ExtractHtml(std::string_view html, std::string_view url = "",
                            const ExtractOptions& options = ExtractOptions());
Result<Article> ExtractPlainText(std::string_view text,
                                 const ExtractOptions& options = ExtractOptions());

// Parses a date in the common news formats ("2024-07-10", "2024-07-10T14:03Z",
// "July 10, 2024", "10 July 2024", "Jul 31, 2024", "Wednesday, July 10, 2024",
// "10/07/2024", "10.07.2024", "2024/07/10", "Wed, 10 Jul 2024 14:03:00 GMT")
// into ISO 8601 as in Article::published. `s` must be a date (with an
// optional "Published:"/"Updated" label, time and zone), not a sentence
// containing one. n/n/yyyy is read day-first when `day_first` (month-first
// otherwise) unless that reading is impossible (13/07/2024 is 13 July either
// way); dotted dates are always tried day-first. Returns "" when `s` holds no
// date, or an impossible one (2024-02-30), or a year outside 1900..2100.
std::string ParseDate(std::string_view s, bool day_first = true);

}  // namespace dyad

#endif  // DYAD_EXTRACT_H_
