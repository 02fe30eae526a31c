// Internal to extract: the header of a plain-text article, i.e. the lines
// before its first paragraph of prose, and what they say.
//
// Scraped text files start in a few recurring shapes:
//   "Title – DW – 10/07/2024"            one header line: title, outlet, date
//   "Security" / "Title" / "Jul 31, 2024" a kicker, a title line, a date line
//   "Hong Kong" / "CNN" / "—"             a dateline block: place, outlet, dash
//   "By Jane Doe | July 10, 2024"          a byline line, maybe with the date
//   "Title" then prose                     a bare title line
// and, inside the first paragraph, the wire dateline "WASHINGTON (Reuters) -".
// ReadTextHeader recognises these and says which lines are metadata (to be
// left out of the article text) and which are furniture before the title.
#ifndef DYAD_EXTRACT_PLAIN_TEXT_HEADER_H_
#define DYAD_EXTRACT_PLAIN_TEXT_HEADER_H_

#include <string>
#include <string_view>
#include <vector>

#include "dyad/extract.h"
#include "extract/text_boilerplate.h"

namespace dyad::extract {

struct TextHeader {
  std::string title;
  FieldSource title_source = FieldSource::kNone;
  std::string published;
  FieldSource published_source = FieldSource::kNone;
  std::string published_evidence;
  std::string outlet;
  FieldSource outlet_source = FieldSource::kNone;
  std::string byline;
  // The outlet in a wire dateline opening the first paragraph ("WASHINGTON
  // (Reuters) -"): the weakest outlet evidence, since a republished story
  // keeps the wire's dateline. The caller ranks it below everything else.
  std::string dateline_outlet;
  // Lines that are metadata (title, date, dateline, byline): not article
  // text, not boilerplate either.
  std::vector<size_t> metadata_lines;
  // Short lines before the title (section kickers such as "Security"):
  // dropped as boilerplate.
  std::vector<size_t> kicker_lines;
};

// Reads the header of a text given as lines (without line breaks; blank
// lines included) and their kinds from ClassifyLine. Only lines before the
// first line of prose, and at most the first 15 non-blank lines, are read.
// `day_first` is the default reading of numeric dates; an outlet known to be
// American switches it to month-first.
TextHeader ReadTextHeader(const std::vector<std::string_view>& lines,
                          const std::vector<LineKind>& kinds, bool day_first);

// Returns true iff `line` reads as prose: a sentence-ending line of at least
// 80 bytes or 12 words.
bool IsProseLine(std::string_view line);

}  // namespace dyad::extract

#endif  // DYAD_EXTRACT_PLAIN_TEXT_HEADER_H_
