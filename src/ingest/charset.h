// Internal to ingest: finding a document's character set and turning its
// bytes into UTF-8.
//
// dyad works in UTF-8 only. News pages mostly are UTF-8; the rest are nearly
// all ISO-8859-1 or windows-1252 (which browsers treat as one: the WHATWG
// Encoding Standard maps the labels iso-8859-1, latin1 and us-ascii to
// windows-1252), so those are converted with a table. Any other declared
// charset is kept as bytes, repaired as UTF-8, and recorded, so the loss is
// visible downstream rather than silent.
#ifndef DYAD_INGEST_CHARSET_H_
#define DYAD_INGEST_CHARSET_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "dyad/ingest.h"

namespace dyad::ingest {

// The label lower-cased, with surrounding white space and quotes removed:
// " \"UTF-8\"" -> "utf-8".
std::string NormalizeCharsetLabel(std::string_view label);

// The charset parameter of a Content-Type header value, normalized; "" if
// there is none. "text/html; charset=ISO-8859-1" -> "iso-8859-1".
std::string CharsetFromContentType(std::string_view content_type);

// The charset declared by a <meta charset=...> or <meta http-equiv=
// "Content-Type" content="...; charset=..."> within the first 2 KB of an
// HTML page, normalized; "" if there is none.
std::string CharsetFromMetaTags(std::string_view html);

enum class CharsetKind {
  kUtf8,         // utf-8, utf8, or no declaration
  kWindows1252,  // windows-1252, iso-8859-1, latin1, us-ascii and aliases
  kUnsupported,  // anything else
};
// How dyad handles a normalized label.
CharsetKind ClassifyCharset(std::string_view normalized_label);

// Converts windows-1252 bytes to UTF-8 (bytes 0x81 0x8D 0x8F 0x90 0x9D,
// unassigned in windows-1252, become the C1 controls of the same value, as
// the WHATWG standard says).
std::string Windows1252ToUtf8(std::string_view bytes);

// What NormalizeBodyEncoding did.
struct EncodingOutcome {
  uint64_t repairs = 0;        // invalid UTF-8 sequences replaced (or NULs dropped)
  std::string converted_from;  // see RawDocument::converted_from
};

// Makes `body` valid UTF-8: drops a UTF-8 byte order mark; finds the
// charset (`transport_charset`, e.g. from an HTTP header, else for HTML a
// <meta> declaration); converts windows-1252 and its aliases; then repairs
// what is left with RepairUtf8. A body declared windows-1252 that is valid
// UTF-8 with at least one multi-byte character is taken as UTF-8 (a wrong
// declaration is far likelier than Latin-1 text that happens to be UTF-8).
EncodingOutcome NormalizeBodyEncoding(std::string* body, ContentType type,
                                      std::string_view transport_charset);

}  // namespace dyad::ingest

#endif  // DYAD_INGEST_CHARSET_H_
