// Internal to dyad's text module: what a character is, for the tokenizer,
// the paragraph splitter and the sentence splitter.
//
// ASCII is looked up in a table; other characters are decoded and classified
// by their Unicode general category (utf8proc), with the quotation marks,
// dashes, spaces and sentence-final marks of news text singled out.
#ifndef DYAD_TEXT_CHAR_CLASS_H_
#define DYAD_TEXT_CHAR_CLASS_H_

#include <array>
#include <cstddef>
#include <cstdint>

namespace dyad::text_internal {

enum class CharClass : uint8_t {
  kSpace,          // blanks: space, tab, NBSP, Unicode spaces, control characters
  kLineBreak,      // \n, \r, U+0085, U+2028, U+2029
  kFormat,         // invisible: soft hyphen, zero-width characters, BOM
  kLetter,         // any letter (L*)
  kMark,           // a combining mark (M*): belongs to the character before
  kDigit,          // a decimal digit (Nd)
  kApostrophe,     // ' ’ ʼ: inside words, or a single quotation mark
  kOpenQuote,      // “ ‘ « „ ‚ ‹ ‟ ‛
  kCloseQuote,     // ” » ›
  kStraightQuote,  // " ` : opening or closing, depending on where it stands
  kHyphen,         // - U+2010 U+2011: inside words, or punctuation
  kPeriod,         // .
  kEllipsis,       // …
  kTerminal,       // ! ? and their full-width and doubled forms, 。
  kOpenBracket,    // ( [ {
  kCloseBracket,   // ) ] }
  kPunctuation,    // any other punctuation (P*), dashes included
  kSymbol,         // anything else: $ % + emoji, unassigned
};

struct CharInfo {
  CharClass cls;
  uint8_t len;  // bytes, 1..4
};

namespace detail {
constexpr std::array<CharClass, 128> MakeAsciiTable() {
  std::array<CharClass, 128> t{};
  for (int c = 0; c < 128; ++c) {
    CharClass k = CharClass::kSymbol;
    if (c < 0x20 || c == 0x7F || c == ' ') k = CharClass::kSpace;
    if (c == '\n' || c == '\r') k = CharClass::kLineBreak;
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) k = CharClass::kLetter;
    if (c >= '0' && c <= '9') k = CharClass::kDigit;
    switch (c) {
      case '\'': k = CharClass::kApostrophe; break;
      case '"':
      case '`': k = CharClass::kStraightQuote; break;
      case '-': k = CharClass::kHyphen; break;
      case '.': k = CharClass::kPeriod; break;
      case '!':
      case '?': k = CharClass::kTerminal; break;
      case '(':
      case '[':
      case '{': k = CharClass::kOpenBracket; break;
      case ')':
      case ']':
      case '}': k = CharClass::kCloseBracket; break;
      case ',':
      case ';':
      case ':':
      case '/':
      case '\\':
      case '*':
      case '@':
      case '#':
      case '&':
      case '_': k = CharClass::kPunctuation; break;
      default: break;
    }
    t[c] = k;
  }
  return t;
}
inline constexpr std::array<CharClass, 128> kAsciiClass = MakeAsciiTable();
}  // namespace detail

// Decodes the code point at p[i] (p[i] >= 0x80) into *cp; returns its length.
// Invalid bytes decode to U+FFFD with length 1.
size_t DecodeNonAscii(const unsigned char* p, size_t n, size_t i, char32_t* cp);

// The class of a non-ASCII code point.
CharClass ClassifyCodePoint(char32_t cp);

// The class and length of the character at p[i]. REQUIRES: i < n.
inline CharInfo ClassifyAt(const unsigned char* p, size_t n, size_t i) {
  if (p[i] < 0x80) return {detail::kAsciiClass[p[i]], 1};
  char32_t cp;
  size_t len = DecodeNonAscii(p, n, i, &cp);
  return {ClassifyCodePoint(cp), static_cast<uint8_t>(len)};
}

// Returns true iff the character at p[i] is a lowercase letter (Ll).
bool IsLowercaseAt(const unsigned char* p, size_t n, size_t i);

// Returns true iff the character at p[i] is an uppercase or titlecase letter.
bool IsUppercaseAt(const unsigned char* p, size_t n, size_t i);

}  // namespace dyad::text_internal

#endif  // DYAD_TEXT_CHAR_CLASS_H_
