// Internal to extract: assembling an Article's text from paragraphs, and
// recording what was dropped, the same way for HTML and plain text.
#ifndef DYAD_EXTRACT_ARTICLE_TEXT_H_
#define DYAD_EXTRACT_ARTICLE_TEXT_H_

#include <string>
#include <string_view>

#include "dyad/extract.h"

namespace dyad::extract {

// Appends one paragraph (NFC-normalised; REQUIRES valid UTF-8) to
// article.text, separated from the previous one by "\n\n", and records its
// Paragraph with `raw` as its span in the raw input. Empty paragraphs are
// skipped.
void AppendParagraph(Article& article, std::string_view paragraph, Span raw = Span());

// Counts `dropped` as one boilerplate block and keeps it as a sample (the
// first 8, each cut to 80 bytes on a character boundary).
void RecordBoilerplate(Article& article, std::string_view dropped);

// A listing title for an article with no title of its own: the first
// sentence of `paragraph`, cut at a word boundary to at most 100 bytes with
// "…" appended when cut. "" for an empty paragraph.
std::string TitleFromFirstSentence(std::string_view paragraph);

}  // namespace dyad::extract

#endif  // DYAD_EXTRACT_ARTICLE_TEXT_H_
