// Internal to dyad's text module: the quick check that lets NormalizeNfc skip
// utf8proc for text that is already NFC. Exposed for nfc_test.cc, which
// checks the list of stable starters against utf8proc's own data.
#ifndef DYAD_TEXT_NFC_QUICK_CHECK_H_
#define DYAD_TEXT_NFC_QUICK_CHECK_H_

#include <string_view>

namespace dyad::text_internal {

// Returns true iff `cp` is unchanged by NFC, has combining class 0, and
// never combines with a character before it. A string made only of such
// characters is NFC.
bool IsNfcStableStarter(char32_t cp);

// Returns true iff `s` is valid UTF-8 made only of stable starters (so it is
// NFC). False means "don't know", not "not NFC".
bool IsQuickNfc(std::string_view s);

}  // namespace dyad::text_internal

#endif  // DYAD_TEXT_NFC_QUICK_CHECK_H_
