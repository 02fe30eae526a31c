// SplitParagraphs (dyad/text.h). Two passes over the lines: the first finds
// whether the text has any blank line at all; the second cuts at blank lines
// if it does, at every line break if it does not (scraped files that put
// each paragraph on one line). "\r\n", "\n" and "\r" all end a line.
#include <array>
#include <cstdint>
#include <string_view>
#include <vector>

#include "dyad/text.h"
#include "text/char_class.h"

namespace dyad {
namespace {

using text_internal::CharClass;
using text_internal::ClassifyAt;

// One line of the text: [begin, end) without its line break, and the extent
// of its content, [first, last), with surrounding blanks left out; first ==
// last for a blank line.
struct Line {
  size_t end, first, last, next;  // next: start of the following line
};

// Bytes that may end a line: \n, \r, and the lead bytes of U+0085 (C2 85)
// and U+2028/U+2029 (E2 80 A8/A9).
constexpr std::array<bool, 256> MakeLineStops() {
  std::array<bool, 256> t{};
  t['\n'] = t['\r'] = t[0xC2] = t[0xE2] = true;
  return t;
}
constexpr std::array<bool, 256> kLineStop = MakeLineStops();

// Returns true iff the character at p[i] is white space or invisible.
bool IsBlankAt(const unsigned char* p, size_t n, size_t i, size_t* len) {
  text_internal::CharInfo ci = ClassifyAt(p, n, i);
  *len = ci.len;
  return ci.cls == CharClass::kSpace || ci.cls == CharClass::kFormat;
}

// The line starting at `begin`: find its end (a tight scan for the few
// bytes that can end a line), then trim blanks from both ends.
Line LineAt(const unsigned char* p, size_t n, size_t begin) {
  Line line{n, n, n, n};
  size_t i = begin;
  while (i < n) {
    while (i < n && !kLineStop[p[i]]) ++i;
    if (i >= n) break;
    const unsigned char c = p[i];
    if (c == '\n' || c == '\r') {
      line.end = i;
      line.next = (c == '\r' && i + 1 < n && p[i + 1] == '\n') ? i + 2 : i + 1;
      break;
    }
    text_internal::CharInfo ci = ClassifyAt(p, n, i);
    if (ci.cls == CharClass::kLineBreak) {  // U+0085, U+2028, U+2029
      line.end = i;
      line.next = i + ci.len;
      break;
    }
    i += ci.len;
  }
  // Trim the front.
  size_t first = begin, len = 0;
  while (first < line.end && IsBlankAt(p, line.end, first, &len)) first += len;
  // Trim the back: step back to the start of the last character each time.
  size_t last = line.end;
  while (last > first) {
    size_t start = last - 1;
    while (start > first && (p[start] & 0xC0) == 0x80 && last - start < 4) --start;
    if (!IsBlankAt(p, last, start, &len) || start + len != last) break;
    last = start;
  }
  line.first = first;
  line.last = last;
  if (first == last) line.first = line.last = begin;
  return line;
}

Span MakeSpan(size_t begin, size_t end) {
  Span s;
  s.begin = static_cast<uint32_t>(begin);
  s.end = static_cast<uint32_t>(end);
  return s;
}

}  // namespace

std::vector<Span> SplitParagraphs(std::string_view text) {
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  std::vector<Span> paragraphs;

  // Pass 1: is there a blank line between two lines with content?
  bool blank_lines = false;
  {
    bool content_before = false, blank_after_content = false;
    for (size_t pos = 0; pos < n;) {
      Line line = LineAt(p, n, pos);
      if (line.first == line.last) {
        if (content_before) blank_after_content = true;
      } else {
        if (blank_after_content) {
          blank_lines = true;
          break;
        }
        content_before = true;
      }
      pos = line.next;
    }
  }

  // Pass 2: cut.
  size_t para_begin = 0, para_end = 0;
  bool open = false;
  for (size_t pos = 0; pos < n;) {
    Line line = LineAt(p, n, pos);
    bool blank = line.first == line.last;
    if (!blank) {
      if (!open) para_begin = line.first;
      open = true;
      para_end = line.last;
    }
    if (open && (blank || !blank_lines)) {
      paragraphs.push_back(MakeSpan(para_begin, para_end));
      open = false;
    }
    pos = line.next;
  }
  if (open) paragraphs.push_back(MakeSpan(para_begin, para_end));
  return paragraphs;
}

}  // namespace dyad
