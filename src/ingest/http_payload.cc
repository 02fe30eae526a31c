// HTTP response parsing and body decoding for WARC records: see http_payload.h.
#include "ingest/http_payload.h"
#include "common/ascii.h"

#include <string>
#include <string_view>

#include "ingest/byte_reader.h"
#include "ingest/input_stream.h"

namespace dyad::ingest {
namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
    s.remove_suffix(1);
  return s;
}

// Reads the line starting at *pos (without its "\r\n" or "\n") and moves
// *pos past it. Returns false iff there is no complete line.
bool NextLine(std::string_view s, size_t* pos, std::string_view* line) {
  size_t nl = s.find('\n', *pos);
  if (nl == std::string_view::npos) return false;
  *line = s.substr(*pos, nl - *pos);
  if (!line->empty() && line->back() == '\r') line->remove_suffix(1);
  *pos = nl + 1;
  return true;
}

int HexDigit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// De-chunks `body`. Sets *not_chunked when the very first size line is not
// a chunk size (the body was stored de-chunked).
Status Dechunk(std::string_view body, std::string* out, bool* not_chunked) {
  *not_chunked = false;
  size_t pos = 0;
  bool first = true;
  for (;;) {
    std::string_view line;
    if (!NextLine(body, &pos, &line)) {
      if (first) {
        *not_chunked = true;
        return Status::OK();
      }
      return Status::Corruption("chunked body ends without a last (0) chunk");
    }
    line = Trim(line);
    uint64_t size = 0;
    size_t digits = 0;
    while (digits < line.size() && HexDigit(line[digits]) >= 0) {
      if (digits >= 15) return Status::Corruption("chunk size too large");
      size = size * 16 + HexDigit(line[digits]);
      ++digits;
    }
    if (digits == 0 || (digits < line.size() && line[digits] != ';' && line[digits] != ' ')) {
      if (first) {
        *not_chunked = true;
        return Status::OK();
      }
      return Status::Corruption("bad chunk size line");
    }
    first = false;
    if (size == 0) return Status::OK();  // trailers, if any, are ignored
    if (size > body.size() - pos) {
      return Status::Corruption("chunk of " + std::to_string(size) +
                                " bytes runs past the end of the record");
    }
    out->append(body.substr(pos, size));
    pos += size;
    // The CRLF after the chunk data.
    if (pos < body.size() && body[pos] == '\r') ++pos;
    if (pos < body.size() && body[pos] == '\n') ++pos;
  }
}

// Inflates gzip or zlib data, up to max_bytes of output.
Status Inflate(std::string_view compressed, uint64_t max_bytes, std::string* out) {
  std::unique_ptr<InputStream> stream = NewGzipStream(NewMemoryStream(compressed));
  ByteReader reader(stream.get());
  reader.Read(static_cast<size_t>(max_bytes) + 1, out);
  if (!reader.status().ok()) return reader.status();
  if (out->size() > max_bytes) {
    return Status::TooLarge("decompressed body is over the limit of " + std::to_string(max_bytes) +
                            " bytes");
  }
  return Status::OK();
}

// Returns true iff `body` already looks like markup or text rather than
// compressed data (starts with '<' after white space, or is empty).
bool LooksDecoded(std::string_view body) {
  size_t i = 0;
  while (i < body.size() &&
         (body[i] == ' ' || body[i] == '\t' || body[i] == '\r' || body[i] == '\n')) {
    ++i;
  }
  return i == body.size() || body[i] == '<';
}

}  // namespace

Result<HttpHead> ParseHttpHead(std::string_view payload) {
  HttpHead head;
  size_t pos = 0;
  std::string_view line;
  if (!NextLine(payload, &pos, &line) || !line.starts_with("HTTP/")) {
    return Status::Corruption("payload does not start with an HTTP status line");
  }
  size_t space = line.find(' ');
  if (space == std::string_view::npos || space + 4 > line.size()) {
    return Status::Corruption("malformed HTTP status line");
  }
  int code = 0;
  for (size_t i = space + 1; i < space + 4; ++i) {
    if (line[i] < '0' || line[i] > '9') return Status::Corruption("malformed HTTP status line");
    code = code * 10 + (line[i] - '0');
  }
  head.status_code = code;
  for (;;) {
    if (!NextLine(payload, &pos, &line)) {
      return Status::Corruption("HTTP headers do not end with a blank line");
    }
    if (line.empty()) break;
    size_t colon = line.find(':');
    if (colon == std::string_view::npos) continue;  // tolerate junk header lines
    std::string name = LowerAscii(Trim(line.substr(0, colon)));
    std::string_view value = Trim(line.substr(colon + 1));
    if (name == "content-type") {
      head.content_type = std::string(value);
    } else if (name == "transfer-encoding") {
      head.transfer_encoding = LowerAscii(value);
    } else if (name == "content-encoding") {
      head.content_encoding = LowerAscii(value);
    }
  }
  head.body_offset = pos;
  return head;
}

std::string MediaType(std::string_view content_type) {
  size_t semi = content_type.find(';');
  return LowerAscii(Trim(content_type.substr(0, semi)));
}

Status DecodeHttpBody(const HttpHead& head, std::string_view body, uint64_t max_bytes,
                      std::string* out) {
  out->clear();
  std::string dechunked;
  if (head.transfer_encoding.find("chunked") != std::string::npos) {
    bool not_chunked = false;
    Status s = Dechunk(body, &dechunked, &not_chunked);
    if (!s.ok()) return s;
    if (!not_chunked) body = dechunked;
  }
  const std::string& coding = head.content_encoding;
  if (coding.empty() || coding == "identity" || LooksDecoded(body)) {
    if (body.size() > max_bytes) {
      return Status::TooLarge("body is over the limit of " + std::to_string(max_bytes) + " bytes");
    }
    out->assign(body);
    return Status::OK();
  }
  if (coding == "gzip" || coding == "x-gzip" || coding == "deflate") {
    return Inflate(body, max_bytes, out);
  }
  return Status::Unsupported("content encoding \"" + coding + "\" is not supported");
}

}  // namespace dyad::ingest
