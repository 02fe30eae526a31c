// The tokenizer (Tokenize in dyad/text.h): one pass over the bytes, left to
// right, each token decided by a bounded look-ahead, so time is linear in
// the text whatever it contains.
//
// Choices made for the event coder downstream:
//  - Words keep inner apostrophes and hyphens (isn't, O'Brien, full-scale),
//    but a final 's is split off as its own word token (China's -> China 's,
//    also for the contraction it's -> it 's), so the actor "China" matches.
//    A lone apostrophe after a word (the states' ministers) is a kQuote,
//    since it cannot be told from a closing single quotation mark.
//  - Abbreviations keep their period: dotted forms of one- or two-letter
//    parts (U.S.  e.g.  Ph.D.  a.m.), initials (J.), and the listed words of
//    abbreviations.cc (Gen.  Jan.  Inc.; No. only before a number).
//  - Numbers take inner , . : / - between digits (1,000  3.5  10/07/2024
//    9:30  2022-23); digits followed by letters make a word (1990s  5G).
//  - Runs of periods and spaced ellipses (...  . . .  with any one space
//    character between the periods) are one punctuation
//    token; every other punctuation character is one token.
//  - Combining marks stay with the character before them.
#include <array>
#include <cstdint>
#include <string_view>
#include <vector>

#include "dyad/text.h"
#include "text/abbreviations.h"
#include "text/char_class.h"
#include "text/tokenizer_internal.h"

namespace dyad {
namespace text_internal {
namespace {

bool IsAsciiLetter(unsigned char c) {
  return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
}
bool IsAsciiDigit(unsigned char c) {
  return c >= '0' && c <= '9';
}

class Tokenizer {
 public:
  Tokenizer(std::string_view text, size_t end, std::vector<Token>* out)
      : p_(reinterpret_cast<const unsigned char*>(text.data())), n_(end), out_(out) {}

  void Run(size_t begin) {
    size_t i = begin;
    while (i < n_) {
      const unsigned char c = p_[i];
      if (c == ' ') {
        ++i;
        continue;
      }
      const CharInfo ci = ClassifyAt(p_, n_, i);
      switch (ci.cls) {
        case CharClass::kSpace:
        case CharClass::kLineBreak:
        case CharClass::kFormat: i += ci.len; break;
        case CharClass::kLetter: {
          size_t e = ScanWord(i, i + ci.len, c < 0x80);
          Emit(i, e, TokenKind::kWord);
          i = e;
          break;
        }
        case CharClass::kDigit: {
          TokenKind kind = TokenKind::kNumber;
          size_t e = ScanNumber(i, &kind);
          Emit(i, e, kind);
          i = e;
          break;
        }
        case CharClass::kMark:
          if (!out_->empty() && out_->back().end == i) {
            out_->back().end = static_cast<uint32_t>(i + ci.len);
          } else {
            Emit(i, i + ci.len, TokenKind::kSymbol);
          }
          i += ci.len;
          break;
        case CharClass::kApostrophe: {
          size_t k = i + ci.len;
          if (FollowsWord(i) && k < n_ && (p_[k] == 's' || p_[k] == 'S') && !IsWordCharAt(k + 1)) {
            Emit(i, k + 1, TokenKind::kWord);  // possessive or contracted 's
            i = k + 1;
          } else {
            Emit(i, k, TokenKind::kQuote);
            i = k;
          }
          break;
        }
        case CharClass::kOpenQuote:
        case CharClass::kCloseQuote:
        case CharClass::kStraightQuote:
          Emit(i, i + ci.len, TokenKind::kQuote);
          i += ci.len;
          break;
        case CharClass::kPeriod: {
          size_t e = ScanDots(i);
          Emit(i, e, TokenKind::kPunctuation);
          i = e;
          break;
        }
        case CharClass::kEllipsis:
        case CharClass::kTerminal:
        case CharClass::kHyphen:
        case CharClass::kOpenBracket:
        case CharClass::kCloseBracket:
        case CharClass::kPunctuation:
          Emit(i, i + ci.len, TokenKind::kPunctuation);
          i += ci.len;
          break;
        case CharClass::kSymbol:
          Emit(i, i + ci.len, TokenKind::kSymbol);
          i += ci.len;
          break;
      }
    }
  }

 private:
  void Emit(size_t begin, size_t end, TokenKind kind) {
    Token t;
    t.begin = static_cast<uint32_t>(begin);
    t.end = static_cast<uint32_t>(end);
    t.kind = kind;
    out_->push_back(t);
  }

  // Returns true iff the last token is a word or number ending right at i.
  bool FollowsWord(size_t i) const {
    return !out_->empty() && out_->back().end == i &&
           (out_->back().kind == TokenKind::kWord || out_->back().kind == TokenKind::kNumber);
  }

  // Returns true iff a letter, digit, mark or invisible character is at i.
  bool IsWordCharAt(size_t i) const {
    if (i >= n_) return false;
    CharClass k = ClassifyAt(p_, n_, i).cls;
    return k == CharClass::kLetter || k == CharClass::kDigit || k == CharClass::kMark ||
           k == CharClass::kFormat;
  }

  bool ClassAt(size_t i, CharClass k) const { return i < n_ && ClassifyAt(p_, n_, i).cls == k; }

  // The end of the word that started at `start` and continues at `i`.
  // `ascii_letters` tells whether the word so far is ASCII letters only.
  size_t ScanWord(size_t start, size_t i, bool ascii_letters) {
    size_t j = i;
    size_t segment = start;  // start of the current part of a dotted form
    bool dotted = false;
    while (j < n_) {
      const unsigned char c = p_[j];
      if (IsAsciiLetter(c)) {
        ++j;
        continue;
      }
      const CharInfo ci = ClassifyAt(p_, n_, j);
      if (ci.cls == CharClass::kLetter || ci.cls == CharClass::kMark ||
          ci.cls == CharClass::kDigit || ci.cls == CharClass::kFormat) {
        ascii_letters = false;
        j += ci.len;
        continue;
      }
      if (ci.cls == CharClass::kApostrophe) {
        size_t k = j + ci.len;
        if (!ClassAt(k, CharClass::kLetter)) break;
        if ((p_[k] == 's' || p_[k] == 'S') && !IsWordCharAt(k + 1)) break;  // split 's
        ascii_letters = false;
        j = k;
        continue;
      }
      if (ci.cls == CharClass::kHyphen) {
        size_t k = j + ci.len;
        if (!IsWordCharAt(k) || ClassAt(k, CharClass::kFormat)) break;
        ascii_letters = false;
        j = k;
        continue;
      }
      if (c == '.' && ascii_letters && j > segment && j - segment <= 2) {
        // A dotted form goes on if one or two letters and a period follow.
        size_t k = j + 1, m = k;
        while (m < n_ && m - k < 3 && IsAsciiLetter(p_[m])) ++m;
        if (m > k && m - k <= 2 && m < n_ && p_[m] == '.') {
          dotted = true;
          segment = k;
          j = m;
          continue;
        }
      }
      break;
    }
    if (dotted) return j + 1;  // the loop stopped at the final period
    if (j < n_ && p_[j] == '.' && ascii_letters && !(j + 1 < n_ && p_[j + 1] == '.') &&
        KeepsPeriod(start, j)) {
      return j + 1;
    }
    return j;
  }

  // Returns true iff the word [start, dot) followed by the period at `dot`
  // is an abbreviation that keeps it.
  bool KeepsPeriod(size_t start, size_t dot) const {
    if (dot - start == 1 && p_[start] >= 'A' && p_[start] <= 'Z') return true;  // initial
    std::string_view word(reinterpret_cast<const char*>(p_) + start, dot - start);
    switch (LookupAbbreviation(word)) {
      case AbbreviationKind::kNone: return false;
      case AbbreviationKind::kBeforeNumber: {
        size_t k = dot + 1;
        while (k < n_ && (p_[k] == ' ' || p_[k] == '\t')) ++k;
        return k < n_ && IsAsciiDigit(p_[k]);
      }
      default: return true;
    }
  }

  // The end of the number starting at i; sets *kind to kWord if letters
  // follow the digits.
  size_t ScanNumber(size_t i, TokenKind* kind) {
    size_t j = i;
    while (j < n_) {
      if (IsAsciiDigit(p_[j])) {
        ++j;
        continue;
      }
      const CharInfo ci = ClassifyAt(p_, n_, j);
      if (ci.cls == CharClass::kDigit) {
        j += ci.len;
        continue;
      }
      const unsigned char c = p_[j];
      if ((c == ',' || c == '.' || c == ':' || c == '/' || c == '-') && j + 1 < n_ &&
          IsAsciiDigit(p_[j + 1])) {
        ++j;
        continue;
      }
      if (ci.cls == CharClass::kLetter || ci.cls == CharClass::kMark ||
          (ci.cls == CharClass::kHyphen && ClassAt(j + ci.len, CharClass::kLetter))) {
        *kind = TokenKind::kWord;
        return ScanWord(i, j, false);
      }
      break;
    }
    return j;
  }

  // The end of the one space character (ASCII, no-break, thin...) at j, or j.
  size_t SpaceEnd(size_t j) const {
    if (p_[j] == ' ') return j + 1;
    if (p_[j] < 0x80) return j;
    CharInfo ci = ClassifyAt(p_, n_, j);
    return ci.cls == CharClass::kSpace ? j + ci.len : j;
  }

  // The end of the punctuation token at the period at i: a run of periods,
  // or a spaced ellipsis ". . ." of three or more (one space character
  // between the periods), or the period alone.
  size_t ScanDots(size_t i) const {
    size_t j = i + 1, dots = 1, end = i + 1;
    bool spaced = false;
    while (j < n_) {
      if (p_[j] == '.') {
        ++dots;
        end = ++j;
      } else if (size_t k = SpaceEnd(j); k > j && k < n_ && p_[k] == '.') {
        spaced = true;
        j = k;
      } else {
        break;
      }
    }
    if (dots >= 3 || (dots == 2 && !spaced)) return end;
    return i + 1;
  }

  const unsigned char* p_;
  const size_t n_;
  std::vector<Token>* out_;
};

}  // namespace

void TokenizeRange(std::string_view text, size_t begin, size_t end, std::vector<Token>* out) {
  Tokenizer(text, end, out).Run(begin);
}

}  // namespace text_internal

std::vector<Token> Tokenize(std::string_view text) {
  std::vector<Token> tokens;
  tokens.reserve(text.size() / 5 + 1);
  text_internal::TokenizeRange(text, 0, text.size(), &tokens);
  return tokens;
}

}  // namespace dyad
