// Charset detection and conversion to UTF-8: see charset.h.
#include "ingest/charset.h"
#include "common/ascii.h"

#include <cstring>
#include <string>
#include <string_view>

#include "dyad/text.h"

namespace dyad::ingest {
namespace {

bool IsSpace(char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f';
}

// Reads a charset value starting at `pos` in `s` (just after "charset"):
// optional spaces, '=', optional spaces, an optional quote, then the name.
std::string ValueAfterCharsetWord(std::string_view s, size_t pos) {
  while (pos < s.size() && IsSpace(s[pos])) ++pos;
  if (pos >= s.size() || s[pos] != '=') return "";
  ++pos;
  while (pos < s.size() && IsSpace(s[pos])) ++pos;
  if (pos < s.size() && (s[pos] == '"' || s[pos] == '\'')) ++pos;
  size_t start = pos;
  while (pos < s.size() && !IsSpace(s[pos]) && s[pos] != '"' && s[pos] != '\'' && s[pos] != ';' &&
         s[pos] != '>' && s[pos] != ',' && s[pos] != '/') {
    ++pos;
  }
  return NormalizeCharsetLabel(s.substr(start, pos - start));
}

// Unicode code points of windows-1252 bytes 0x80..0x9F.
constexpr uint16_t kWindows1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,  // 80-87
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,  // 88-8F
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,  // 90-97
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,  // 98-9F
};

void AppendUtf8(uint32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

bool HasNonAscii(std::string_view s) {
  for (char c : s) {
    if (static_cast<unsigned char>(c) >= 0x80) return true;
  }
  return false;
}

}  // namespace

std::string NormalizeCharsetLabel(std::string_view label) {
  size_t b = 0, e = label.size();
  while (b < e && (IsSpace(label[b]) || label[b] == '"' || label[b] == '\'')) ++b;
  while (e > b && (IsSpace(label[e - 1]) || label[e - 1] == '"' || label[e - 1] == '\'')) --e;
  return LowerAscii(label.substr(b, e - b));
}

std::string CharsetFromContentType(std::string_view content_type) {
  std::string lower = LowerAscii(content_type);
  size_t pos = 0;
  while ((pos = lower.find("charset", pos)) != std::string::npos) {
    std::string value = ValueAfterCharsetWord(lower, pos + 7);
    if (!value.empty()) return value;
    pos += 7;
  }
  return "";
}

std::string CharsetFromMetaTags(std::string_view html) {
  std::string head = LowerAscii(html.substr(0, 2048));
  size_t pos = 0;
  while ((pos = head.find("<meta", pos)) != std::string::npos) {
    size_t close = head.find('>', pos);
    std::string_view tag = std::string_view(head).substr(
        pos, close == std::string::npos ? std::string::npos : close - pos);
    size_t word = 0;
    while ((word = tag.find("charset", word)) != std::string_view::npos) {
      std::string value = ValueAfterCharsetWord(tag, word + 7);
      if (!value.empty()) return value;
      word += 7;
    }
    if (close == std::string::npos) break;
    pos = close;
  }
  return "";
}

CharsetKind ClassifyCharset(std::string_view label) {
  if (label.empty() || label == "utf-8" || label == "utf8" || label == "unicode-1-1-utf-8") {
    return CharsetKind::kUtf8;
  }
  static constexpr std::string_view kWestern[] = {
      "windows-1252",    "cp1252",      "x-cp1252", "iso-8859-1", "iso8859-1",
      "iso_8859-1",      "iso-ir-100",  "latin1",   "latin-1",    "l1",
      "cp819",           "ibm819",      "us-ascii", "ascii",      "ansi_x3.4-1968",
      "iso-8859-1:1987", "csisolatin1",
  };
  for (std::string_view w : kWestern) {
    if (label == w) return CharsetKind::kWindows1252;
  }
  return CharsetKind::kUnsupported;
}

std::string Windows1252ToUtf8(std::string_view bytes) {
  std::string out;
  out.reserve(bytes.size() + bytes.size() / 8);
  for (char ch : bytes) {
    auto c = static_cast<unsigned char>(ch);
    if (c < 0x80) {
      out.push_back(ch);
    } else if (c < 0xA0) {
      AppendUtf8(kWindows1252High[c - 0x80], &out);
    } else {
      AppendUtf8(c, &out);
    }
  }
  return out;
}

EncodingOutcome NormalizeBodyEncoding(std::string* body, ContentType type,
                                      std::string_view transport_charset) {
  EncodingOutcome outcome;
  if (body->size() >= 3 && std::memcmp(body->data(), "\xEF\xBB\xBF", 3) == 0) {
    body->erase(0, 3);  // a BOM means UTF-8, whatever is declared
  } else {
    std::string label = NormalizeCharsetLabel(transport_charset);
    if (label.empty() && type == ContentType::kHtml) label = CharsetFromMetaTags(*body);
    switch (ClassifyCharset(label)) {
      case CharsetKind::kUtf8: break;
      case CharsetKind::kWindows1252:
        if (HasNonAscii(*body) && !IsValidUtf8(*body)) {
          *body = Windows1252ToUtf8(*body);
          outcome.converted_from = label;
        }
        break;
      case CharsetKind::kUnsupported: outcome.converted_from = "unsupported:" + label; break;
    }
  }
  outcome.repairs = RepairUtf8(*body);
  return outcome;
}

}  // namespace dyad::ingest
