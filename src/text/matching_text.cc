// MatchingText (dyad/text.h): a simplified copy of a text for matching quotes
// and passages across outlets, which spell the same words with different
// quotation marks, dashes and spaces, and a map back to the original bytes.
//
// ASCII is copied as it is; each non-ASCII character is looked up in a small
// table of replacements (possibly empty, for the invisible ones). The map is
// a sorted list of anchors (offset in the copy, offset in the original): one
// at every byte of a replacement and one just after it, and none where the
// two texts run in step, so a text without replacements has no anchors.
#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>

#include "dyad/text.h"

namespace dyad {
namespace {

// What replaces code point `cp` in the matching text; nullptr if it stays.
const char* ReplacementFor(char32_t cp) {
  switch (cp) {
    // Apostrophes, single quotation marks and primes.
    case 0x00B4:
    case 0x02BC:
    case 0x2018:
    case 0x2019:
    case 0x201A:
    case 0x201B:
    case 0x2032:
    case 0x2035:
    case 0x2039:
    case 0x203A:
    case 0xFF07: return "'";
    // Double quotation marks, guillemets and double primes.
    case 0x00AB:
    case 0x00BB:
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x201F:
    case 0x2033:
    case 0x2036:
    case 0xFF02: return "\"";
    // Hyphens, dashes and minus signs.
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2015:
    case 0x2043:
    case 0x2212:
    case 0xFE58:
    case 0xFE63:
    case 0xFF0D: return "-";
    // No-break and other Unicode spaces.
    case 0x00A0:
    case 0x1680:
    case 0x2000:
    case 0x2001:
    case 0x2002:
    case 0x2003:
    case 0x2004:
    case 0x2005:
    case 0x2006:
    case 0x2007:
    case 0x2008:
    case 0x2009:
    case 0x200A:
    case 0x202F:
    case 0x205F:
    case 0x3000: return " ";
    case 0x2026: return "...";
    // Latin ligatures.
    case 0xFB00: return "ff";
    case 0xFB01: return "fi";
    case 0xFB02: return "fl";
    case 0xFB03: return "ffi";
    case 0xFB04: return "ffl";
    case 0xFB05:
    case 0xFB06: return "st";
    // Soft hyphen, zero-width space, non-joiner, joiner, word joiner, BOM.
    case 0x00AD:
    case 0x200B:
    case 0x200C:
    case 0x200D:
    case 0x2060:
    case 0xFEFF: return "";
    default: return nullptr;
  }
}

// Decodes the character at p[i] (a lead byte >= 0x80); sets *len to its
// length. Bytes that are not valid UTF-8 decode to U+FFFD with length 1, so
// they are copied as they are (no entry in the table).
char32_t DecodeAt(const unsigned char* p, size_t n, size_t i, size_t* len) {
  unsigned char c = p[i];
  auto cont = [&](size_t k) { return i + k < n && (p[i + k] & 0xC0) == 0x80; };
  if (c >= 0xC2 && c <= 0xDF && cont(1)) {
    *len = 2;
    return ((c & 0x1Fu) << 6) | (p[i + 1] & 0x3Fu);
  }
  if (c >= 0xE0 && c <= 0xEF && cont(1) && cont(2)) {
    *len = 3;
    return ((c & 0x0Fu) << 12) | ((p[i + 1] & 0x3Fu) << 6) | (p[i + 2] & 0x3Fu);
  }
  if (c >= 0xF0 && c <= 0xF4 && cont(1) && cont(2) && cont(3)) {
    *len = 4;
    return 0x10000;  // nothing in the table is above U+FFFF
  }
  *len = 1;
  return 0xFFFD;
}

}  // namespace

MatchingText::MatchingText(std::string_view original) {
  const auto* p = reinterpret_cast<const unsigned char*>(original.data());
  const size_t n = original.size();
  text_.reserve(n);
  // Adds anchor (t, o) unless the texts already run in step there.
  auto anchor = [this](size_t t, size_t o) {
    auto at = static_cast<uint32_t>(t), ao = static_cast<uint32_t>(o);
    if (!anchors_.empty() && anchors_.back().first == at) {
      anchors_.back().second = ao;  // a removal right after: the later one wins
    } else {
      uint32_t prev_t = anchors_.empty() ? 0 : anchors_.back().first;
      uint32_t prev_o = anchors_.empty() ? 0 : anchors_.back().second;
      if (ao - at == prev_o - prev_t) return;  // in step already (mod 2^32)
      anchors_.emplace_back(at, ao);
    }
  };
  size_t i = 0;
  while (i < n) {
    // Copy a run of bytes that stay as they are.
    size_t run = i;
    while (run < n && p[run] < 0x80) ++run;
    size_t len = 0;
    const char* repl = nullptr;
    while (run < n) {
      char32_t cp = DecodeAt(p, n, run, &len);
      repl = ReplacementFor(cp);
      if (repl != nullptr) break;
      run += len;
      while (run < n && p[run] < 0x80) ++run;
    }
    text_.append(original.data() + i, run - i);
    i = run;
    if (i >= n) break;
    // Replace the character at i (len bytes) by repl.
    std::string_view r(repl);
    for (size_t k = 0; k < r.size(); ++k) {
      anchor(text_.size(), i);
      text_.push_back(r[k]);
    }
    i += len;
    anchor(text_.size(), i);
  }
}

size_t MatchingText::ToOriginal(size_t offset) const {
  // The last anchor at or before `offset`; before the first, offsets agree.
  auto it = std::upper_bound(
      anchors_.begin(), anchors_.end(), offset,
      [](size_t off, const std::pair<uint32_t, uint32_t>& a) { return off < a.first; });
  if (it == anchors_.begin()) return offset;
  --it;
  return it->second + (offset - it->first);
}

}  // namespace dyad
