// Small string helpers for the extract module (see string_util.h).
#include "extract/string_util.h"
#include "common/ascii.h"

#include <algorithm>
#include <array>

namespace dyad::extract {

// Covers ASCII space, NBSP (U+00A0), U+2000..U+200B, U+202F, U+205F, U+3000
// and U+FEFF.
size_t SpaceLengthAt(std::string_view s, size_t i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) return IsAsciiSpace(static_cast<char>(c)) ? 1 : 0;
  auto byte = [&](size_t k) -> unsigned char {
    return i + k < s.size() ? static_cast<unsigned char>(s[i + k]) : 0;
  };
  if (c == 0xC2 && byte(1) == 0xA0) return 2;
  if (c == 0xE2 && byte(1) == 0x80 && ((byte(2) >= 0x80 && byte(2) <= 0x8B) || byte(2) == 0xAF))
    return 3;
  if (c == 0xE2 && byte(1) == 0x81 && byte(2) == 0x9F) return 3;
  if (c == 0xE3 && byte(1) == 0x80 && byte(2) == 0x80) return 3;
  if (c == 0xEF && byte(1) == 0xBB && byte(2) == 0xBF) return 3;
  return 0;
}

namespace {

size_t SpaceAt(std::string_view s, size_t i) {
  return SpaceLengthAt(s, i);
}

// Length of a Unicode white space character ending at s[end-1], or 0.
size_t SpaceBefore(std::string_view s, size_t end) {
  for (size_t len = 1; len <= 3 && len <= end; ++len) {
    if (SpaceAt(s, end - len) == len) return len;
  }
  return 0;
}

}  // namespace

std::string ToLowerAsciiCopy(std::string_view s) { return LowerAscii(s); }

std::string_view TrimSpace(std::string_view s) {
  size_t b = 0;
  while (b < s.size()) {
    size_t n = SpaceAt(s, b);
    if (n == 0) break;
    b += n;
  }
  size_t e = s.size();
  while (e > b) {
    size_t n = SpaceBefore(s, e);
    if (n == 0) break;
    e -= n;
  }
  return s.substr(b, e - b);
}

bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (ToLowerAscii(a[i]) != ToLowerAscii(b[i])) return false;
  }
  return true;
}

bool StartsWithIgnoreCase(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && EqualsIgnoreCase(s.substr(0, prefix.size()), prefix);
}

bool EndsWithIgnoreCase(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && EqualsIgnoreCase(s.substr(s.size() - suffix.size()), suffix);
}

size_t FindIgnoreCase(std::string_view hay, std::string_view needle, size_t from) {
  if (needle.empty()) return from <= hay.size() ? from : std::string_view::npos;
  if (needle.size() > hay.size()) return std::string_view::npos;
  for (size_t i = from; i + needle.size() <= hay.size(); ++i) {
    if (EqualsIgnoreCase(hay.substr(i, needle.size()), needle)) return i;
  }
  return std::string_view::npos;
}

std::string CollapseSpace(std::string_view s) {
  return CollapseSpaceIfShort(s, s.size());
}

std::string CollapseSpaceIfShort(std::string_view s, size_t max_size) {
  // The result is never longer than `s`: write in place, then cut.
  std::string out(std::min(s.size(), max_size + 1), '\0');
  const size_t cap = out.size();
  char* o = out.data();
  size_t n = 0;
  bool pending = false;  // white space seen since the last byte written
  for (size_t i = 0; i < s.size();) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    size_t space = 0;
    if (c <= ' ' || c >= 0x80) space = SpaceAt(s, i);  // only these start white space
    if (space > 0) {
      pending = n > 0;
      i += space;
      continue;
    }
    if (n + (pending ? 2 : 1) > cap) return "";  // longer than max_size
    if (pending) o[n++] = ' ';
    pending = false;
    o[n++] = s[i++];
  }
  if (n > max_size) return "";
  out.resize(n);
  return out;
}

uint64_t CountCodePoints(std::string_view s) {
  uint64_t n = 0;
  for (char c : s) {
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
  }
  return n;
}

std::string_view CutUtf8(std::string_view s, size_t max_bytes) {
  if (s.size() <= max_bytes) return s;
  size_t end = max_bytes;
  while (end > 0 && (static_cast<unsigned char>(s[end]) & 0xC0) == 0x80) --end;
  return s.substr(0, end);
}

std::vector<std::string_view> SplitWords(std::string_view s) {
  std::vector<std::string_view> words;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && IsAsciiSpace(s[i])) ++i;
    size_t b = i;
    while (i < s.size() && !IsAsciiSpace(s[i])) ++i;
    if (i > b) words.push_back(s.substr(b, i - b));
  }
  return words;
}

std::string_view NextWord(std::string_view s, size_t* pos) {
  size_t i = *pos;
  while (i < s.size() && IsAsciiSpace(s[i])) ++i;
  const size_t b = i;
  while (i < s.size() && !IsAsciiSpace(s[i])) ++i;
  *pos = i;
  return s.substr(b, i - b);
}

size_t CountWords(std::string_view s) {
  size_t words = 0;
  bool in_word = false;
  for (char c : s) {
    const bool space = IsAsciiSpace(c);
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

size_t WriteLineKey(std::string_view s, char* out, size_t cap) {
  size_t n = 0;
  bool pending = false;  // white space seen since the last character written
  for (size_t i = 0; i < s.size() && n < cap;) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    // The common case first: a run of ASCII letters, digits and punctuation.
    if (c > ' ' && c < 0x80 && !pending) {
      size_t j = i;
      const size_t stop = std::min(s.size(), i + (cap - n));
      while (j < stop) {
        const unsigned char d = static_cast<unsigned char>(s[j]);
        if (d <= ' ' || d >= 0x80) {
          // A single ' ' between two such bytes stays as it is; anything
          // else takes the general path.
          if (d != ' ' || j + 1 >= stop) break;
          const unsigned char e = static_cast<unsigned char>(s[j + 1]);
          if (e <= ' ' || e >= 0x80) break;
        }
        out[n++] = kLowerAscii[d];
        ++j;
      }
      i = j;
      continue;
    }
    if (c < 0x80) {
      if (IsAsciiSpace(static_cast<char>(c))) {
        pending = n > 0;
        ++i;
        continue;
      }
    } else if (size_t space = SpaceLengthAt(s, i); space > 0) {
      pending = n > 0;
      i += space;
      continue;
    }
    if (pending) {
      out[n++] = ' ';
      pending = false;
      if (n == cap) break;
    }
    if (c == 0xE2 && i + 2 < s.size() && s[i + 1] == '\x80' &&
        (s[i + 2] == '\x98' || s[i + 2] == '\x99')) {
      out[n++] = '\'';
      i += 3;
    } else {
      out[n++] = ToLowerAscii(static_cast<char>(c));
      ++i;
    }
  }
  return n;
}

}  // namespace dyad::extract
