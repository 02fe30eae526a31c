// Internal to extract: small string helpers shared by the metadata and
// boilerplate rules (ASCII case folding, trimming, UTF-8 aware cutting).
#ifndef DYAD_EXTRACT_STRING_UTIL_H_
#define DYAD_EXTRACT_STRING_UTIL_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dyad::extract {

// Returns true iff `c` is ASCII white space (space, tab, CR, LF, FF, VT).
inline bool IsAsciiSpace(char c) {
  return c == ' ' || (c >= '\t' && c <= '\r');  // \t \n \v \f \r
}
inline bool IsAsciiDigit(char c) {
  return c >= '0' && c <= '9';
}
inline bool IsAsciiAlpha(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
inline bool IsAsciiUpper(char c) {
  return c >= 'A' && c <= 'Z';
}
inline char ToLowerAscii(char c) {
  return IsAsciiUpper(c) ? static_cast<char>(c + 32) : c;
}

std::string ToLowerAsciiCopy(std::string_view s);

// Length of the white space character at s[i] (ASCII white space, NBSP,
// U+2000..U+200B, U+202F, U+205F, U+3000, U+FEFF), or 0 when s[i] starts
// anything else. REQUIRES: i < s.size().
size_t SpaceLengthAt(std::string_view s, size_t i);

// `s` without leading and trailing white space; white space here includes
// the Unicode spaces news pages scatter around (NBSP, thin and zero-width
// spaces, the BOM).
std::string_view TrimSpace(std::string_view s);

// Returns true iff `s` starts / ends with `prefix` / `suffix`, ignoring ASCII case.
bool StartsWithIgnoreCase(std::string_view s, std::string_view prefix);
bool EndsWithIgnoreCase(std::string_view s, std::string_view suffix);
bool EqualsIgnoreCase(std::string_view a, std::string_view b);
// Position of `needle` in `hay` ignoring ASCII case, or npos.
size_t FindIgnoreCase(std::string_view hay, std::string_view needle, size_t from = 0);

// Runs of white space (ASCII and the Unicode spaces above) become one ' ';
// the result is trimmed.
std::string CollapseSpace(std::string_view s);

// CollapseSpace(s) when it is at most `max_size` bytes long, "" otherwise
// (found without collapsing all of a long `s`).
std::string CollapseSpaceIfShort(std::string_view s, size_t max_size);

// Number of Unicode code points in valid UTF-8 `s`.
uint64_t CountCodePoints(std::string_view s);

// The longest prefix of `s` of at most `max_bytes` bytes that ends on a
// UTF-8 character boundary.
std::string_view CutUtf8(std::string_view s, size_t max_bytes);

// Words of `s` split on ASCII white space (no empty words).
std::vector<std::string_view> SplitWords(std::string_view s);

// The next word of `s` at or after *pos (as SplitWords cuts them), moving
// *pos past it; "" when no word is left. Walks the words without a list:
//   size_t pos = 0;
//   for (auto w = NextWord(s, &pos); !w.empty(); w = NextWord(s, &pos)) ...
std::string_view NextWord(std::string_view s, size_t* pos);

// SplitWords(s).size(), without building the list.
size_t CountWords(std::string_view s);

// Writes the first min(cap, size) bytes of the "line key" of `s` to `out` and
// returns how many it wrote: the key is `s` with white space collapsed as by
// CollapseSpace, ASCII lower-cased and curly single quotes (U+2018, U+2019)
// made straight ('). The key is never longer than `s`, so cap = s.size()
// gives all of it. Stopping early makes prefix tests on long lines cheap.
size_t WriteLineKey(std::string_view s, char* out, size_t cap);

}  // namespace dyad::extract

#endif  // DYAD_EXTRACT_STRING_UTIL_H_
