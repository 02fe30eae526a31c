// Pairs quotation marks into spans (see quote_marks.h). Each paragraph is
// scanned once: an open span waits for a closer of its own style (marks of
// other styles inside it are nested quotes and left alone); a mark met more
// than max_bytes after the opener first drops that opener as stray.
#include "quotes/quote_marks.h"

#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace dyad::quotes {
namespace {

enum class Style : uint8_t { kNone, kCurly, kLow, kGuillemet, kStraight };

struct Mark {
  uint32_t at = 0;
  uint32_t size = 0;  // bytes
  bool can_open = false;
  bool can_close = false;
  Style opens = Style::kNone;  // the style this mark opens
  // Styles this mark closes: a bit per Style.
  uint8_t closes = 0;
};

// The next byte in [at, end) that can start a mark: '"', or the lead byte
// of “ ” „ (E2) or « » (C2); `end` if none. Sixteen bytes at a time where
// SSE2 is available (every x86-64), one at a time elsewhere.
uint32_t NextLeadByte(std::string_view text, uint32_t at, uint32_t end) {
  const char* p = text.data();
#if defined(__SSE2__)
  const __m128i quote = _mm_set1_epi8(0x22);
  const __m128i e2 = _mm_set1_epi8(static_cast<char>(0xE2));
  const __m128i c2 = _mm_set1_epi8(static_cast<char>(0xC2));
  for (; at + 16 <= end; at += 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + at));
    const __m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, e2)),
                                     _mm_cmpeq_epi8(v, c2));
    const int mask = _mm_movemask_epi8(hit);
    if (mask != 0) return at + static_cast<uint32_t>(__builtin_ctz(static_cast<unsigned>(mask)));
  }
#endif
  for (; at < end; ++at) {
    const unsigned char c = static_cast<unsigned char>(p[at]);
    if (c == 0x22 || c == 0xE2 || c == 0xC2) return at;
  }
  return end;
}

constexpr uint8_t Bit(Style s) {
  return static_cast<uint8_t>(1u << static_cast<int>(s));
}

bool IsSpaceByte(unsigned char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// Bytes a straight quote may follow when it opens: white space, brackets, dashes.
bool OpensAfter(std::string_view text, uint32_t at, uint32_t begin) {
  if (at == begin) return true;
  unsigned char p = static_cast<unsigned char>(text[at - 1]);
  if (IsSpaceByte(p) || p == '(' || p == '[' || p == '{' || p == '/' || p == '-') return true;
  // U+2014 / U+2013 dashes, U+00A0 no-break space: last byte 0x94 / 0x93 / 0xA0.
  if (at >= begin + 2 && (p == 0x94 || p == 0x93 || p == 0xA0)) return true;
  return false;
}

// Reads the mark at `at`, if any.
bool ReadMark(std::string_view text, uint32_t at, uint32_t begin, uint32_t end, Mark* m) {
  unsigned char c = static_cast<unsigned char>(text[at]);
  m->at = at;
  m->closes = 0;
  m->opens = Style::kNone;
  if (c == '"') {
    m->size = 1;
    bool before_ok = OpensAfter(text, at, begin);
    bool next_space = at + 1 >= end || IsSpaceByte(static_cast<unsigned char>(text[at + 1]));
    m->can_open = before_ok && !next_space;
    m->can_close = at > begin && !IsSpaceByte(static_cast<unsigned char>(text[at - 1]));
    if (m->can_open) m->opens = Style::kStraight;
    if (m->can_close) m->closes = Bit(Style::kStraight);
    return m->can_open || m->can_close;
  }
  if (c == 0xE2 && at + 2 < end + 0 && static_cast<unsigned char>(text[at + 1]) == 0x80) {
    unsigned char d = static_cast<unsigned char>(text[at + 2]);
    m->size = 3;
    if (d == 0x9C) {  // “ opens English quotes, closes German „…“
      m->can_open = m->can_close = true;
      m->opens = Style::kCurly;
      m->closes = Bit(Style::kLow);
      return true;
    }
    if (d == 0x9D) {  // ”
      m->can_open = false;
      m->can_close = true;
      m->closes = Bit(Style::kCurly) | Bit(Style::kLow);
      return true;
    }
    if (d == 0x9E) {  // „
      m->can_open = true;
      m->can_close = false;
      m->opens = Style::kLow;
      return true;
    }
    return false;
  }
  if (c == 0xC2 && at + 1 < end) {
    unsigned char d = static_cast<unsigned char>(text[at + 1]);
    m->size = 2;
    if (d == 0xAB) {
      m->can_open = true;
      m->can_close = false;
      m->opens = Style::kGuillemet;
      return true;
    }
    if (d == 0xBB) {
      m->can_open = false;
      m->can_close = true;
      m->closes = Bit(Style::kGuillemet);
      return true;
    }
  }
  return false;
}

bool HasLetter(std::string_view s) {
  for (unsigned char c : s)
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c >= 0x80) return true;
  return false;
}

// Returns true iff the paragraph opens with an opening mark.
bool OpensWithMark(std::string_view text, const Span& p) {
  Mark m;
  return p.begin < p.end && ReadMark(text, p.begin, p.begin, p.end, &m) && m.can_open;
}

}  // namespace

std::vector<MarkedSpan> FindMarkedSpans(std::string_view text, const std::vector<Span>& paragraphs,
                                        uint32_t max_bytes) {
  std::vector<MarkedSpan> out;
  bool pending_continuation = false;  // the previous paragraph ended inside a quote
  for (uint32_t pi = 0; pi < paragraphs.size(); ++pi) {
    const Span& p = paragraphs[pi];
    if (p.end > text.size() || p.begin >= p.end) {
      pending_continuation = false;
      continue;
    }
    Style open_style = Style::kNone;
    MarkedSpan cur;
    bool cur_continues = false;
    for (uint32_t at = p.begin; at < p.end;) {
      at = NextLeadByte(text, at, p.end);
      if (at >= p.end) break;
      Mark m;
      if (!ReadMark(text, at, p.begin, p.end, &m)) {
        ++at;
        continue;
      }
      if (open_style != Style::kNone && at - cur.inner_begin > max_bytes) {
        open_style = Style::kNone;  // the opener was stray: forget it
        cur_continues = false;
      }
      if (open_style != Style::kNone && (m.closes & Bit(open_style))) {
        cur.inner_end = at;
        cur.close_end = at + m.size;
        cur.closed = true;
        cur.continues_previous = cur_continues;
        if (cur.inner_end > cur.inner_begin) out.push_back(cur);
        open_style = Style::kNone;
        cur_continues = false;
        at += m.size;
        continue;
      }
      if (m.can_open && (open_style == Style::kNone ||
                         (m.opens == open_style && open_style != Style::kStraight))) {
        // A second opener of the open style: the first was stray.
        cur = MarkedSpan();
        cur.open = at;
        cur.inner_begin = at + m.size;
        cur.paragraph = pi;
        cur_continues = pending_continuation && at == p.begin;
        open_style = m.opens;
      }
      at += m.size;
    }
    pending_continuation = false;
    if (open_style != Style::kNone) {
      cur.inner_end = p.end;
      cur.close_end = p.end;
      cur.closed = false;
      cur.continues_previous = cur_continues;
      bool continued = pi + 1 < paragraphs.size() && OpensWithMark(text, paragraphs[pi + 1]);
      uint32_t size = cur.inner_end - cur.inner_begin;
      if (size <= max_bytes && (continued || HasLetter(text.substr(cur.inner_begin, size)))) {
        out.push_back(cur);
        pending_continuation = continued;
      }
    }
  }
  return out;
}

}  // namespace dyad::quotes
