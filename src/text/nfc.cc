// Unicode NFC normalisation (NormalizeNfc in dyad/text.h), via utf8proc.
//
// ASCII text is NFC by definition, and so is almost all news text, so the
// common case is one scan that finds nothing to do; only text with non-ASCII
// characters goes through utf8proc, and its result is returned only if it
// differs.
#include <utf8proc.h>

#include <cstdlib>
#include <string>
#include <string_view>

#include "dyad/text.h"

namespace dyad {

std::string NormalizeNfc(std::string_view s) {
  bool ascii = true;
  for (unsigned char c : s) {
    if (c >= 0x80) {
      ascii = false;
      break;
    }
  }
  if (ascii) return std::string(s);
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
