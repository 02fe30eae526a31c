// Internal to ingest: the HTTP response stored in a WARC "response" record —
// status line, headers, and a body decoded from chunked transfer encoding
// and gzip/deflate content encoding.
#ifndef DYAD_INGEST_HTTP_PAYLOAD_H_
#define DYAD_INGEST_HTTP_PAYLOAD_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "dyad/status.h"

namespace dyad::ingest {

struct HttpHead {
  int status_code = 0;            // 200, 404, ...
  std::string content_type;       // the Content-Type value as sent, "" if none
  std::string transfer_encoding;  // lower case, "" if none
  std::string content_encoding;   // lower case, "" if none
  size_t body_offset = 0;         // where the body starts in the payload
};

// Parses the status line ("HTTP/1.1 200 OK") and headers of `payload`, up
// to the blank line that ends them (CRLF or bare LF line ends are accepted).
// Corruption if there is no status line or no end of the headers.
Result<HttpHead> ParseHttpHead(std::string_view payload);

// The media type of a Content-Type value, lower case, without parameters:
// "Text/HTML; charset=UTF-8" -> "text/html".
std::string MediaType(std::string_view content_type);

// Decodes `body` as `head` describes: de-chunks it when Transfer-Encoding is
// chunked, and inflates it when Content-Encoding is gzip, x-gzip or deflate.
// A body that is plainly already decoded (crawlers often store it so but
// keep the headers) is taken as it is. Corruption for a malformed chunked or
// compressed body, Unsupported for another encoding (br, zstd), TooLarge
// when the decoded body passes `max_bytes`.
Status DecodeHttpBody(const HttpHead& head, std::string_view body, uint64_t max_bytes,
                      std::string* out);

}  // namespace dyad::ingest

#endif  // DYAD_INGEST_HTTP_PAYLOAD_H_
