// Tests for NormalizeNfc, and a check of its quick path against utf8proc's
// own Unicode data: every "stable starter" must really be one.
#include <utf8proc.h>

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string>

#include <gtest/gtest.h>

#include "dyad/text.h"
#include "text/nfc_quick_check.h"

namespace dyad {
namespace {

TEST(NfcTest, DecomposedLatinIsComposed) {
  EXPECT_EQ(NormalizeNfc("cafe\xCC\x81"), "caf\xC3\xA9");  // e + U+0301 -> é
  EXPECT_EQ(NormalizeNfc("Ame\xCC\x81lie"), "Am\xC3\xA9lie");
  // Two marks on one base: ệ (U+1EC7) from e + U+0323 + U+0302, in either order.
  EXPECT_EQ(NormalizeNfc("e\xCC\xA3\xCC\x82"), "\xE1\xBB\x87");
  EXPECT_EQ(NormalizeNfc("e\xCC\x82\xCC\xA3"), "\xE1\xBB\x87");
}

TEST(NfcTest, HangulJamoAreComposed) {
  // ᄒ + ᅡ + ᆫ -> 한 (U+D55C)
  EXPECT_EQ(NormalizeNfc("\xE1\x84\x92\xE1\x85\xA1\xE1\x86\xAB"), "\xED\x95\x9C");
  // 하 (LV syllable) + ᆫ -> 한: the quick path must not stop at the syllable.
  EXPECT_EQ(NormalizeNfc("\xED\x95\x98\xE1\x86\xAB"), "\xED\x95\x9C");
}

TEST(NfcTest, SingletonsAreReplaced) {
  EXPECT_EQ(NormalizeNfc("\xE2\x84\xAB"), "\xC3\x85");  // Angstrom sign -> Å
  EXPECT_EQ(NormalizeNfc("a\xE2\x80\x80"
                         "b"),
            "a\xE2\x80\x82"
            "b");  // U+2000 -> U+2002
}

TEST(NfcTest, NfcTextIsUnchanged) {
  const std::string texts[] = {
      "",
      "Plain ASCII, 100% of it.",
      "Caf\xC3\xA9 \xE2\x80\x9Cno limits\xE2\x80\x9D \xE2\x80\x94 Beijing\xE2\x80\x99s",
      "\xE7\xAE\x80\xE4\xBD\x93 \xEB\x8C\x80\xED\x95\x9C\xEB\xAF\xBC\xEA\xB5\xAD",  // 简体 대한민국
      "\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0",                           // Москва
      "\xF0\x9F\x98\x80 \xE2\x82\xAC"
      "5",  // emoji, euro sign
      "n\xCC\x83"
      "a",  // not NFC? ñ has a composite, so this one changes
  };
  for (size_t i = 0; i + 1 < std::size(texts); ++i) {
    EXPECT_EQ(NormalizeNfc(texts[i]), texts[i]) << i;
  }
  EXPECT_EQ(NormalizeNfc(texts[std::size(texts) - 1]),
            "\xC3\xB1"
            "a");
  // A combining mark with no composite stays as it is (q + U+0307).
  EXPECT_EQ(NormalizeNfc("q\xCC\x87"), "q\xCC\x87");
}

// utf8proc's NFC of one code point, or "" if it refuses it.
std::string Utf8procNfc(const std::string& s) {
  utf8proc_uint8_t* out = nullptr;
  utf8proc_ssize_t n = utf8proc_map(
      reinterpret_cast<const utf8proc_uint8_t*>(s.data()), static_cast<utf8proc_ssize_t>(s.size()),
      &out, static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE));
  if (n < 0) return "";
  std::string r(reinterpret_cast<char*>(out), static_cast<size_t>(n));
  std::free(out);
  return r;
}

std::string Encode(char32_t cp) {
  utf8proc_uint8_t buf[4];
  utf8proc_ssize_t n = utf8proc_encode_char(static_cast<utf8proc_int32_t>(cp), buf);
  return std::string(reinterpret_cast<char*>(buf), static_cast<size_t>(n));
}

// The quick path is sound iff every stable starter (1) is NFC on its own,
// (2) has combining class 0, and (3) is never the second part of a canonical
// decomposition (so it cannot compose with what precedes it). Checks all
// code points against utf8proc.
TEST(NfcTest, StableStartersAgreeWithUnicodeData) {
  int starters = 0;
  for (char32_t cp = 0; cp <= 0x10FFFF; ++cp) {
    if (cp >= 0xD800 && cp <= 0xDFFF) continue;
    bool stable = text_internal::IsNfcStableStarter(cp);
    if (stable) {
      ++starters;
      const utf8proc_property_t* p = utf8proc_get_property(static_cast<utf8proc_int32_t>(cp));
      ASSERT_EQ(p->combining_class, 0) << std::hex << static_cast<uint32_t>(cp);
      ASSERT_EQ(Utf8procNfc(Encode(cp)), Encode(cp)) << std::hex << static_cast<uint32_t>(cp);
    }
    // (3): look at the canonical decomposition of every code point.
    utf8proc_int32_t dec[32];
    int last = 0;
    utf8proc_ssize_t n = utf8proc_decompose_char(static_cast<utf8proc_int32_t>(cp), dec, 32,
                                                 UTF8PROC_DECOMPOSE, &last);
    ASSERT_GE(n, 1);
    for (utf8proc_ssize_t k = 1; k < n && k < 32; ++k) {
      ASSERT_FALSE(text_internal::IsNfcStableStarter(static_cast<char32_t>(dec[k])))
          << std::hex << static_cast<uint32_t>(cp) << " decomposes to ... " << dec[k];
    }
  }
  EXPECT_GT(starters, 30000);  // the list is not trivially short
  // Hangul LV + T composes algorithmically, with no decomposition entry:
  // trailing jamo must not be stable starters.
  for (char32_t t = 0x11A8; t <= 0x11C2; ++t) EXPECT_FALSE(text_internal::IsNfcStableStarter(t));
  for (char32_t v = 0x1161; v <= 0x1175; ++v) EXPECT_FALSE(text_internal::IsNfcStableStarter(v));
}

TEST(NfcTest, QuickCheckSaysNoForInvalidOrTruncatedText) {
  EXPECT_FALSE(text_internal::IsQuickNfc("abc\xC3"));
  EXPECT_FALSE(text_internal::IsQuickNfc("\x80"));
  EXPECT_TRUE(text_internal::IsQuickNfc("abc\xC3\xA9"));
}

TEST(NfcTest, InvalidUtf8IsReturnedUnchanged) {
  EXPECT_EQ(NormalizeNfc("bad \xFF byte"), "bad \xFF byte");
}

}  // namespace
}  // namespace dyad
