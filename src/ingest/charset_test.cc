// Tests for charset detection and conversion.
#include "ingest/charset.h"

#include <gtest/gtest.h>

#include <string>

namespace dyad::ingest {
namespace {

TEST(CharsetTest, Windows1252SmartQuotesAndLatin1Letters) {
  // 0x93 0x94: curly double quotes; 0xE9: e acute; 0x80: euro sign.
  EXPECT_EQ(Windows1252ToUtf8("\x93"
                              "Caf\xE9\x94 \x80 5"),
            "\xE2\x80\x9C"
            "Caf\xC3\xA9"
            "\xE2\x80\x9D \xE2\x82\xAC 5");
  EXPECT_EQ(Windows1252ToUtf8("plain ascii"), "plain ascii");
  EXPECT_EQ(Windows1252ToUtf8("\x81"), "\xC2\x81");  // unassigned -> C1 control
  EXPECT_EQ(Windows1252ToUtf8("\xFF"), "\xC3\xBF");
}

TEST(CharsetTest, FromContentType) {
  EXPECT_EQ(CharsetFromContentType("text/html; charset=ISO-8859-1"), "iso-8859-1");
  EXPECT_EQ(CharsetFromContentType("text/html;charset=\"UTF-8\""), "utf-8");
  EXPECT_EQ(CharsetFromContentType("text/html"), "");
  EXPECT_EQ(CharsetFromContentType(""), "");
}

TEST(CharsetTest, FromMetaTagsInTheFirstTwoKilobytes) {
  EXPECT_EQ(CharsetFromMetaTags("<html><head><META CHARSET='windows-1252'>"), "windows-1252");
  EXPECT_EQ(CharsetFromMetaTags("<meta http-equiv=\"Content-Type\" "
                                "content=\"text/html; charset=iso-8859-1\">"),
            "iso-8859-1");
  EXPECT_EQ(CharsetFromMetaTags("<meta name=description content=x><p>charset=koi8-r"), "");
  std::string late = std::string(2100, ' ') + "<meta charset=windows-1252>";
  EXPECT_EQ(CharsetFromMetaTags(late), "");
}

TEST(CharsetTest, Classify) {
  EXPECT_EQ(ClassifyCharset(""), CharsetKind::kUtf8);
  EXPECT_EQ(ClassifyCharset("utf8"), CharsetKind::kUtf8);
  EXPECT_EQ(ClassifyCharset("latin1"), CharsetKind::kWindows1252);
  EXPECT_EQ(ClassifyCharset("us-ascii"), CharsetKind::kWindows1252);
  EXPECT_EQ(ClassifyCharset("shift_jis"), CharsetKind::kUnsupported);
}

TEST(CharsetTest, NormalizeDropsBomAndKeepsUtf8) {
  std::string body = "\xEF\xBB\xBFh\xC3\xA9llo";
  EncodingOutcome outcome = NormalizeBodyEncoding(&body, ContentType::kText, "");
  EXPECT_EQ(body, "h\xC3\xA9llo");
  EXPECT_EQ(outcome.repairs, 0u);
  EXPECT_EQ(outcome.converted_from, "");
}

TEST(CharsetTest, NormalizeConvertsDeclaredWindows1252) {
  std::string body = "<meta charset=\"windows-1252\"><p>\x93Hi\x94</p>";
  EncodingOutcome outcome = NormalizeBodyEncoding(&body, ContentType::kHtml, "");
  EXPECT_EQ(body, "<meta charset=\"windows-1252\"><p>\xE2\x80\x9CHi\xE2\x80\x9D</p>");
  EXPECT_EQ(outcome.converted_from, "windows-1252");
  EXPECT_EQ(outcome.repairs, 0u);
}

TEST(CharsetTest, TransportCharsetWinsOverMeta) {
  std::string body = "<meta charset=utf-8><p>caf\xE9</p>";
  EncodingOutcome outcome = NormalizeBodyEncoding(&body, ContentType::kHtml, "ISO-8859-1");
  EXPECT_EQ(body, "<meta charset=utf-8><p>caf\xC3\xA9</p>");
  EXPECT_EQ(outcome.converted_from, "iso-8859-1");
}

TEST(CharsetTest, WrongLatin1DeclarationOnUtf8IsIgnored) {
  std::string body = "caf\xC3\xA9";
  EncodingOutcome outcome = NormalizeBodyEncoding(&body, ContentType::kText, "iso-8859-1");
  EXPECT_EQ(body, "caf\xC3\xA9");
  EXPECT_EQ(outcome.converted_from, "");
}

TEST(CharsetTest, UnsupportedCharsetIsKeptRepairedAndRecorded) {
  std::string body = "<p>\x82\xA0</p>";
  EncodingOutcome outcome = NormalizeBodyEncoding(&body, ContentType::kHtml, "Shift_JIS");
  EXPECT_EQ(outcome.converted_from, "unsupported:shift_jis");
  EXPECT_EQ(outcome.repairs, 2u);
  EXPECT_EQ(body, "<p>\xEF\xBF\xBD\xEF\xBF\xBD</p>");
}

TEST(CharsetTest, UndeclaredInvalidUtf8IsRepaired) {
  std::string body = std::string("ok \xFF then \xC3");
  EncodingOutcome outcome = NormalizeBodyEncoding(&body, ContentType::kText, "");
  EXPECT_EQ(outcome.repairs, 2u);
  EXPECT_EQ(body, "ok \xEF\xBF\xBD then \xEF\xBF\xBD");
}

}  // namespace
}  // namespace dyad::ingest
