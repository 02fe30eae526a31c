// Internal: finding quoted spans by their marks, paragraph by paragraph:
// pairing openers with closers of the same style, straight quotes by their
// neighbours, continuation across paragraphs, and the length cap.
#ifndef DYAD_QUOTES_QUOTE_MARKS_H_
#define DYAD_QUOTES_QUOTE_MARKS_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "dyad/text.h"

namespace dyad::quotes {

// One quoted span as its marks delimit it.
struct MarkedSpan {
  uint32_t open = 0;         // offset of the opening mark
  uint32_t inner_begin = 0;  // after the opening mark
  uint32_t inner_end = 0;    // at the closing mark (or the paragraph end)
  uint32_t close_end = 0;    // after the closing mark (== inner_end if unclosed)
  uint32_t paragraph = 0;
  bool closed = true;
  // True iff this span is the continuation of the previous one: that one
  // reached its paragraph's end unclosed and this one opens the next paragraph.
  bool continues_previous = false;
};

// The quoted spans of `text`, in order. A span never crosses a paragraph
// end; one left open at a paragraph end is kept (closed = false) when the
// next paragraph opens with a mark (continued) or when it is short and
// holds a letter; a span whose inner text is longer than `max_bytes` is
// dropped and its opening mark taken for a stray one. Time linear in the
// text. REQUIRES: paragraphs sorted, within `text`.
std::vector<MarkedSpan> FindMarkedSpans(std::string_view text, const std::vector<Span>& paragraphs,
                                        uint32_t max_bytes);

}  // namespace dyad::quotes

#endif  // DYAD_QUOTES_QUOTE_MARKS_H_
