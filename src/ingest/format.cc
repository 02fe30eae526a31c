// Format detection by name and by content: see format.h.
#include "ingest/format.h"
#include "common/ascii.h"

#include <cstring>

namespace dyad::ingest {
namespace {}  // namespace

NamedFormat FormatFromName(std::string_view name) {
  NamedFormat result;
  std::string lower = LowerAscii(name);
  size_t slash = lower.find_last_of('/');
  std::string base = slash == std::string::npos ? lower : lower.substr(slash + 1);
  if (base.size() > 3 && base.ends_with(".gz")) {
    result.gzip = true;
    base.resize(base.size() - 3);
  }
  size_t dot = base.find_last_of('.');
  if (dot == std::string::npos || dot == 0) return result;
  result.extension = base.substr(dot);
  const std::string& ext = result.extension;
  if (ext == ".txt" || ext == ".text") {
    result.format = Format::kText;
  } else if (ext == ".html" || ext == ".htm" || ext == ".xhtml") {
    result.format = Format::kHtml;
  } else if (ext == ".jsonl" || ext == ".ndjson") {
    result.format = Format::kJsonl;
  } else if (ext == ".warc") {
    result.format = Format::kWarc;
  }
  return result;
}

Format SniffFormat(std::string_view bytes) {
  if (bytes.starts_with("\xEF\xBB\xBF")) bytes.remove_prefix(3);
  size_t i = 0;
  while (i < bytes.size() && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\r' ||
                              bytes[i] == '\n' || bytes[i] == '\f')) {
    ++i;
  }
  bytes.remove_prefix(i);
  if (bytes.starts_with("WARC/")) return Format::kWarc;
  if (bytes.starts_with("{")) return Format::kJsonl;
  if (bytes.starts_with("<")) return Format::kHtml;
  return Format::kText;
}

std::string_view FormatName(Format format) {
  switch (format) {
    case Format::kUnknown: return "unknown";
    case Format::kText: return "text";
    case Format::kHtml: return "HTML";
    case Format::kJsonl: return "JSON Lines";
    case Format::kWarc: return "WARC";
  }
  return "unknown";
}

}  // namespace dyad::ingest
