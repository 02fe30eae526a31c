// Internal: ASCII helpers shared by modules' hot paths (locale-free, no
// allocation).
#ifndef DYAD_COMMON_ASCII_H_
#define DYAD_COMMON_ASCII_H_

#include <array>
#include <string>
#include <string_view>

namespace dyad {

// Byte -> byte with ASCII capitals lower-cased; every other byte unchanged.
inline constexpr std::array<char, 256> kLowerAscii = [] {
  std::array<char, 256> lower{};
  for (int b = 0; b < 256; ++b) {
    lower[b] = static_cast<char>(b >= 'A' && b <= 'Z' ? b + ('a' - 'A') : b);
  }
  return lower;
}();

// `s` with ASCII capitals lower-cased.
inline std::string LowerAscii(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = kLowerAscii[static_cast<unsigned char>(c)];
  return out;
}

}  // namespace dyad

#endif  // DYAD_COMMON_ASCII_H_
