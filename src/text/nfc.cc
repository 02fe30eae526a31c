// Unicode NFC normalisation (NormalizeNfc in dyad/text.h), via utf8proc.
//
// Almost all news text is already NFC, so the common case is one scan that
// finds nothing to do: ASCII is NFC by definition, and so is any run of the
// "stable starters" listed in nfc_quick_check.h (Latin-1 and Latin Extended,
// Cyrillic, general punctuation, currency, kana, CJK, Hangul syllables,
// emoji). Only text with some other character goes through utf8proc.
#include <utf8proc.h>

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>

#include "dyad/text.h"
#include "text/nfc_quick_check.h"

namespace dyad {
namespace text_internal {

bool IsNfcStableStarter(char32_t cp) {
  if (cp < 0x300) return true;
  if (cp < 0x400) return false;
  if (cp <= 0x482) return true;  // Cyrillic letters (combining marks follow)
  if (cp < 0x2010) return false;
  if (cp <= 0x2027) return true;  // dashes, quotes, bullets, ellipsis
  if (cp < 0x2030) return false;  // line/paragraph separators, bidi controls
  if (cp <= 0x205E) return true;  // per mille, primes, guillemets ...
  if (cp < 0x20A0) return false;
  if (cp <= 0x20C0) return true;  // currency signs
  if (cp < 0x3041) return false;
  if (cp <= 0x3096) return true;  // hiragana (the voicing marks follow)
  if (cp < 0x4E00) return false;
  if (cp <= 0x9FFF) return true;  // CJK unified ideographs
  if (cp < 0xAC00) return false;
  if (cp <= 0xD7A3) return true;  // Hangul syllables (trailing jamo are not here)
  if (cp < 0x1F300) return false;
  return cp <= 0x1FAFF;  // pictographs and emoji
}

bool IsQuickNfc(std::string_view s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const size_t n = s.size();
  size_t i = 0;
  while (i < n) {
    // Skip ASCII eight bytes at a time: it is always NFC.
    while (i + 8 <= n) {
      uint64_t word;
      std::memcpy(&word, p + i, 8);
      if (word & 0x8080808080808080ull) break;
      i += 8;
    }
    if (i >= n) break;
    unsigned char c = p[i];
    if (c < 0x80) {
      ++i;
      continue;
    }
    char32_t cp;
    size_t len;
    if (c >= 0xC2 && c <= 0xDF && i + 1 < n) {
      cp = ((c & 0x1Fu) << 6) | (p[i + 1] & 0x3Fu);
      len = 2;
    } else if (c >= 0xE0 && c <= 0xEF && i + 2 < n) {
      cp = ((c & 0x0Fu) << 12) | ((p[i + 1] & 0x3Fu) << 6) | (p[i + 2] & 0x3Fu);
      len = 3;
    } else if (c >= 0xF0 && c <= 0xF4 && i + 3 < n) {
      cp = ((c & 0x07u) << 18) | ((p[i + 1] & 0x3Fu) << 12) | ((p[i + 2] & 0x3Fu) << 6) |
           (p[i + 3] & 0x3Fu);
      len = 4;
    } else {
      return false;  // not valid UTF-8: let utf8proc decide
    }
    if (!IsNfcStableStarter(cp)) return false;
    i += len;
  }
  return true;
}

}  // namespace text_internal

std::string NormalizeNfc(std::string_view s) {
  if (text_internal::IsQuickNfc(s)) return std::string(s);
  utf8proc_uint8_t* out = nullptr;
  utf8proc_ssize_t n = utf8proc_map(
      reinterpret_cast<const utf8proc_uint8_t*>(s.data()), static_cast<utf8proc_ssize_t>(s.size()),
      &out, static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE));
  if (n < 0 || out == nullptr) return std::string(s);  // invalid UTF-8: leave as is
  std::string result(reinterpret_cast<char*>(out), static_cast<size_t>(n));
  std::free(out);
  return result;
}

}  // namespace dyad
