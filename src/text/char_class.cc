// Classification of non-ASCII characters for the text module (char_class.h).
#include "text/char_class.h"

#include <utf8proc.h>

namespace dyad::text_internal {

size_t DecodeNonAscii(const unsigned char* p, size_t n, size_t i, char32_t* cp) {
  unsigned char c = p[i];
  auto cont = [&](size_t k) { return i + k < n && (p[i + k] & 0xC0) == 0x80; };
  if (c >= 0xC2 && c <= 0xDF && cont(1)) {
    *cp = ((c & 0x1Fu) << 6) | (p[i + 1] & 0x3Fu);
    return 2;
  }
  if (c >= 0xE0 && c <= 0xEF && cont(1) && cont(2)) {
    *cp = ((c & 0x0Fu) << 12) | ((p[i + 1] & 0x3Fu) << 6) | (p[i + 2] & 0x3Fu);
    return 3;
  }
  if (c >= 0xF0 && c <= 0xF4 && cont(1) && cont(2) && cont(3)) {
    *cp = ((c & 0x07u) << 18) | ((p[i + 1] & 0x3Fu) << 12) | ((p[i + 2] & 0x3Fu) << 6) |
          (p[i + 3] & 0x3Fu);
    return 4;
  }
  *cp = 0xFFFD;
  return 1;
}

CharClass ClassifyCodePoint(char32_t cp) {
  switch (cp) {
    case 0x0085:
    case 0x2028:
    case 0x2029: return CharClass::kLineBreak;
    case 0x00AD:
    case 0x200B:
    case 0x200C:
    case 0x200D:
    case 0x2060:
    case 0xFEFF: return CharClass::kFormat;
    case 0x2019:
    case 0x02BC:
    case 0xFF07: return CharClass::kApostrophe;
    case 0x201C:
    case 0x2018:
    case 0x00AB:
    case 0x201E:
    case 0x201A:
    case 0x2039:
    case 0x201F:
    case 0x201B:
    case 0x300C:
    case 0x300E: return CharClass::kOpenQuote;
    case 0x201D:
    case 0x00BB:
    case 0x203A:
    case 0x300D:
    case 0x300F: return CharClass::kCloseQuote;
    case 0xFF02: return CharClass::kStraightQuote;
    case 0x2010:
    case 0x2011: return CharClass::kHyphen;
    case 0x2026: return CharClass::kEllipsis;
    case 0x203C:
    case 0x2047:
    case 0x2048:
    case 0x2049:
    case 0x3002:
    case 0xFF01:
    case 0xFF1F:
    case 0xFF61: return CharClass::kTerminal;
    default: break;
  }
  if (cp > 0x10FFFF) return CharClass::kSymbol;
  switch (utf8proc_category(static_cast<utf8proc_int32_t>(cp))) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO: return CharClass::kLetter;
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC:
    case UTF8PROC_CATEGORY_ME: return CharClass::kMark;
    case UTF8PROC_CATEGORY_ND: return CharClass::kDigit;
    case UTF8PROC_CATEGORY_PS: return CharClass::kOpenBracket;
    case UTF8PROC_CATEGORY_PE: return CharClass::kCloseBracket;
    case UTF8PROC_CATEGORY_PI: return CharClass::kOpenQuote;
    case UTF8PROC_CATEGORY_PF: return CharClass::kCloseQuote;
    case UTF8PROC_CATEGORY_PC:
    case UTF8PROC_CATEGORY_PD:
    case UTF8PROC_CATEGORY_PO: return CharClass::kPunctuation;
    case UTF8PROC_CATEGORY_ZS:
    case UTF8PROC_CATEGORY_CC: return CharClass::kSpace;
    case UTF8PROC_CATEGORY_ZL:
    case UTF8PROC_CATEGORY_ZP: return CharClass::kLineBreak;
    case UTF8PROC_CATEGORY_CF: return CharClass::kFormat;
    default: return CharClass::kSymbol;
  }
}

bool IsLowercaseAt(const unsigned char* p, size_t n, size_t i) {
  if (p[i] < 0x80) return p[i] >= 'a' && p[i] <= 'z';
  char32_t cp;
  DecodeNonAscii(p, n, i, &cp);
  return utf8proc_category(static_cast<utf8proc_int32_t>(cp)) == UTF8PROC_CATEGORY_LL;
}

bool IsUppercaseAt(const unsigned char* p, size_t n, size_t i) {
  if (p[i] < 0x80) return p[i] >= 'A' && p[i] <= 'Z';
  char32_t cp;
  DecodeNonAscii(p, n, i, &cp);
  auto cat = utf8proc_category(static_cast<utf8proc_int32_t>(cp));
  return cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LT;
}

}  // namespace dyad::text_internal
