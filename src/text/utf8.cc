// UTF-8 validation and repair (RepairUtf8, IsValidUtf8 in dyad/text.h).
//
// Repair follows the Unicode "maximal subpart" practice (as browsers and ICU
// do): each maximal prefix of a would-be sequence that cannot be completed
// becomes one U+FFFD, so the number of replacements does not depend on how
// far a broken sequence happens to look valid.
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "dyad/text.h"

namespace dyad {
namespace {

// Length of the valid UTF-8 sequence at s[i], or 0 if there is none; when 0,
// *bad is set to the length of the maximal invalid subpart (at least 1).
size_t ValidSequenceAt(std::string_view s, size_t i, size_t* bad) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const size_t n = s.size();
  unsigned char c = p[i];
  if (c < 0x80) return 1;
  size_t need;
  unsigned char lo = 0x80, hi = 0xBF;  // allowed range of the second byte
  if (c >= 0xC2 && c <= 0xDF) {
    need = 1;
  } else if (c == 0xE0) {
    need = 2, lo = 0xA0;
  } else if (c >= 0xE1 && c <= 0xEC) {
    need = 2;
  } else if (c == 0xED) {
    need = 2, hi = 0x9F;  // no surrogates
  } else if (c >= 0xEE && c <= 0xEF) {
    need = 2;
  } else if (c == 0xF0) {
    need = 3, lo = 0x90;
  } else if (c >= 0xF1 && c <= 0xF3) {
    need = 3;
  } else if (c == 0xF4) {
    need = 3, hi = 0x8F;  // nothing past U+10FFFF
  } else {
    *bad = 1;
    return 0;
  }
  size_t k = 1;
  for (; k <= need; ++k) {
    if (i + k >= n) break;
    unsigned char b = p[i + k];
    unsigned char l = (k == 1) ? lo : 0x80, h = (k == 1) ? hi : 0xBF;
    if (b < l || b > h) break;
  }
  if (k == need + 1) return need + 1;
  *bad = k;  // the lead byte and the continuation bytes that were fine
  return 0;
}

}  // namespace

bool IsValidUtf8(std::string_view s) {
  size_t i = 0, bad = 0;
  while (i < s.size()) {
    // Most news text is ASCII: skip eight ASCII bytes at a time.
    while (i + 8 <= s.size()) {
      uint64_t word;
      std::memcpy(&word, s.data() + i, 8);
      if (word & 0x8080808080808080ull) break;
      i += 8;
    }
    if (i >= s.size()) break;
    size_t len = ValidSequenceAt(s, i, &bad);
    if (len == 0) return false;
    i += len;
  }
  return true;
}

uint64_t RepairUtf8(std::string& s) {
  // Fast path: valid and NUL-free text is left alone. Otherwise the valid
  // prefix before the first fault is copied as it is.
  size_t i = 0, bad = 0;
  while (i < s.size()) {
    if (s[i] == '\0') break;
    size_t len = ValidSequenceAt(s, i, &bad);
    if (len == 0) break;
    i += len;
  }
  if (i == s.size()) return 0;

  std::string out;
  out.reserve(s.size() + 16);
  out.append(s, 0, i);
  uint64_t repairs = 0;
  while (i < s.size()) {
    if (s[i] == '\0') {
      ++repairs;
      ++i;
      continue;
    }
    size_t len = ValidSequenceAt(s, i, &bad);
    if (len > 0) {
      out.append(s, i, len);
      i += len;
    } else {
      out += "\xEF\xBF\xBD";
      ++repairs;
      i += bad;
    }
  }
  s.swap(out);
  return repairs;
}

}  // namespace dyad
