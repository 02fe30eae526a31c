// Internal to ingest: which reader a source needs, from its name or, for
// standard input, from its first bytes.
#ifndef DYAD_INGEST_FORMAT_H_
#define DYAD_INGEST_FORMAT_H_

#include <string>
#include <string_view>

namespace dyad::ingest {

enum class Format {
  kUnknown,
  kText,   // .txt .text: one plain-text document
  kHtml,   // .html .htm .xhtml: one HTML page
  kJsonl,  // .jsonl .ndjson: one document per line
  kWarc,   // .warc: WARC records
};

struct NamedFormat {
  Format format = Format::kUnknown;
  bool gzip = false;      // the name ends in ".gz"
  std::string extension;  // the deciding extension, lower case, e.g. ".warc" ("" if none)
};

// The format a file name asks for (case-insensitive, after stripping ".gz").
NamedFormat FormatFromName(std::string_view name);

// Guesses the format of decompressed input from its first bytes, skipping a
// UTF-8 byte order mark and white space: "WARC/" -> kWarc, '{' -> kJsonl,
// '<' -> kHtml, anything else -> kText.
Format SniffFormat(std::string_view first_bytes);

// "warc", "JSON Lines", ... for messages.
std::string_view FormatName(Format format);

}  // namespace dyad::ingest

#endif  // DYAD_INGEST_FORMAT_H_
