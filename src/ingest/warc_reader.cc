// ReadWarc: WARC/1.0 and WARC/1.1 files, one record at a time.
//
// A record is a "WARC/x.y" line, header lines up to a blank line, then
// exactly Content-Length bytes of content, then a blank line. We keep only
// what can be an article:
//   response  whose HTTP payload is 2xx with a text/html or
//             application/xhtml+xml Content-Type (or none), de-chunked and
//             decompressed; charset from the HTTP Content-Type header
//   resource  whose Content-Type is text/html or application/xhtml+xml
//             (HTML), or text/plain (text)
// and skip every other record (warcinfo, request, metadata, revisit,
// conversion, non-HTML responses, redirects) silently and unread.
//
// Damage is reported naming "record N @ offset" (N counts from 1, the
// offset is of the "WARC/" line in the decompressed stream):
//   - a header block that is too long or ends early, a missing or bad
//     Content-Length: the record is dropped and the reader resyncs at the
//     next line that starts with "WARC/";
//   - bytes between records that are not a record: skipped up to the next
//     "WARC/" line and reported once per run, naming their offset;
//   - content cut short by the end of the input (Content-Length past EOF):
//     the record is dropped, and if its bytes contain a "WARC/" line (the
//     length was wrong, not the file short) reading resumes there;
//   - content over max_document_bytes: skipped unread, and reported.
#include <algorithm>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "common/ascii.h"
#include "ingest/charset.h"
#include "ingest/http_payload.h"
#include "ingest/input_stream.h"
#include "ingest/record_readers.h"

namespace dyad::ingest {
namespace {

constexpr size_t kMaxHeaderLineBytes = 16 * 1024;
constexpr size_t kMaxHeaderBlockBytes = 256 * 1024;
// How many times per file the bytes of a truncated record may be re-read
// in search of the records it swallowed. Each re-read holds one more copy
// of at most max_document_bytes, so this bounds memory as well as time.
constexpr int kMaxTailRecoveries = 3;

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

// "<urn:uuid:...>" -> "urn:uuid:..." (WARC/1.0 wrote URIs in angle brackets).
std::string StripAngles(std::string_view s) {
  s = Trim(s);
  if (s.size() >= 2 && s.front() == '<' && s.back() == '>') s = s.substr(1, s.size() - 2);
  return std::string(s);
}

bool IsBlankLine(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return c == ' ' || c == '\t'; });
}

bool IsHtmlMediaType(std::string_view media) {
  return media == "text/html" || media == "application/xhtml+xml";
}

struct WarcHeader {
  std::string type;            // lower case
  std::string content_length;  // as written
  bool has_content_length = false;
  std::string content_type;
  std::string target_uri;
  std::string date;
  std::string record_id;
};

// Parses "1234" into *n; returns false for anything else (signs, spaces
// inside, more than 18 digits).
bool ParseLength(std::string_view s, uint64_t* n) {
  s = Trim(s);
  if (s.empty() || s.size() > 18) return false;
  uint64_t v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
    v = v * 10 + static_cast<uint64_t>(c - '0');
  }
  *n = v;
  return true;
}

class WarcReader {
 public:
  explicit WarcReader(SourceContext& context) : context_(context) {}

  // Reads records from `in`, whose first byte is at `base` in the whole
  // decompressed input.
  void ReadRecords(ByteReader& in, uint64_t base);

 private:
  enum class Outcome { kDone, kResync };
  Outcome ReadRecord(ByteReader& in, uint64_t base, uint64_t record_start);
  Outcome ReadHeader(ByteReader& in, WarcHeader* header);
  void HandleResponse(const WarcHeader& header, std::string_view content);
  void HandleResource(const WarcHeader& header, std::string content);
  void RecoverFromTail(std::string_view content, uint64_t content_start);

  SourceContext& context_;
  uint64_t records_ = 0;
  std::string locator_;  // of the record being read; "" between records
  int tail_recoveries_ = 0;
};

void WarcReader::ReadRecords(ByteReader& in, uint64_t base) {
  std::string line;
  bool resyncing = false;      // skipping the rest of a record already reported
  uint64_t garbage_start = 0;  // where an unreported run of stray bytes began
  uint64_t garbage_bytes = 0;
  auto report_garbage = [&] {
    if (garbage_bytes == 0) return;
    context_.Reject(
        "offset " + std::to_string(garbage_start),
        std::to_string(garbage_bytes) + " bytes that are not a WARC record were skipped");
    garbage_bytes = 0;
  };
  for (;;) {
    uint64_t line_start = base + in.offset();
    ByteReader::LineResult got = in.ReadLine(kMaxHeaderLineBytes, &line);
    if (got == ByteReader::LineResult::kEnd) break;
    if (got == ByteReader::LineResult::kLine && line.starts_with("WARC/")) {
      report_garbage();
      resyncing = false;
      Outcome outcome = ReadRecord(in, base, line_start);
      context_.Progress();
      if (!in.status().ok()) break;
      locator_.clear();
      if (outcome == Outcome::kResync) resyncing = true;
      continue;
    }
    if (resyncing) continue;
    if (got == ByteReader::LineResult::kLine && garbage_bytes == 0 && IsBlankLine(line)) {
      continue;  // the blank lines that end a record
    }
    if (garbage_bytes == 0) garbage_start = line_start;
    garbage_bytes += base + in.offset() - line_start;
  }
  report_garbage();
  if (!in.status().ok()) {
    context_.Reject(locator_.empty() ? "offset " + std::to_string(base + in.offset()) : locator_,
                    in.status().message());
  }
}

WarcReader::Outcome WarcReader::ReadHeader(ByteReader& in, WarcHeader* header) {
  std::string line;
  std::string* last_value = nullptr;  // for continuation lines
  std::string ignored;
  size_t block_bytes = 0;
  for (;;) {
    ByteReader::LineResult got = in.ReadLine(kMaxHeaderLineBytes, &line);
    if (got == ByteReader::LineResult::kEnd) {
      if (in.status().ok()) {
        context_.Reject(locator_, "input ends inside the record's header");
      }
      return Outcome::kResync;
    }
    if (got == ByteReader::LineResult::kTooLong) {
      context_.Reject(locator_, "header line over " + std::to_string(kMaxHeaderLineBytes) +
                                    " bytes; record skipped");
      return Outcome::kResync;
    }
    block_bytes += line.size() + 2;
    if (block_bytes > kMaxHeaderBlockBytes) {
      context_.Reject(locator_, "header over " + std::to_string(kMaxHeaderBlockBytes) +
                                    " bytes; record skipped");
      return Outcome::kResync;
    }
    if (line.empty()) return Outcome::kDone;
    if ((line[0] == ' ' || line[0] == '\t') && last_value != nullptr) {
      last_value->append(" ");
      last_value->append(Trim(line));
      continue;
    }
    size_t colon = line.find(':');
    if (colon == std::string::npos) {
      context_.Reject(locator_, "malformed header line (no ':'); record skipped");
      return Outcome::kResync;
    }
    std::string name = LowerAscii(Trim(std::string_view(line).substr(0, colon)));
    std::string value(Trim(std::string_view(line).substr(colon + 1)));
    last_value = &ignored;
    if (name == "warc-type") {
      header->type = LowerAscii(value);
    } else if (name == "content-length") {
      header->content_length = value;
      header->has_content_length = true;
      last_value = &header->content_length;
    } else if (name == "content-type") {
      header->content_type = value;
      last_value = &header->content_type;
    } else if (name == "warc-target-uri") {
      header->target_uri = value;
      last_value = &header->target_uri;
    } else if (name == "warc-date") {
      header->date = value;
    } else if (name == "warc-record-id") {
      header->record_id = value;
    }
  }
}

WarcReader::Outcome WarcReader::ReadRecord(ByteReader& in, uint64_t base, uint64_t record_start) {
  ++records_;
  locator_ = "record " + std::to_string(records_) + " @ " + std::to_string(record_start);
  WarcHeader header;
  if (ReadHeader(in, &header) != Outcome::kDone) return Outcome::kResync;
  uint64_t length = 0;
  if (!header.has_content_length) {
    context_.Reject(locator_, "no Content-Length; record skipped");
    return Outcome::kResync;
  }
  if (!ParseLength(header.content_length, &length)) {
    context_.Reject(locator_, "bad Content-Length \"" + header.content_length.substr(0, 40) +
                                  "\"; record skipped");
    return Outcome::kResync;
  }
  const bool wanted = header.type == "response" || header.type == "resource";
  const uint64_t limit = context_.options().max_document_bytes;
  const uint64_t content_start = base + in.offset();
  if (length > limit) {
    uint64_t skipped = in.Skip(length);
    if (wanted) {
      context_.Reject(locator_, "record of " + std::to_string(length) +
                                    " bytes is over the limit of " + std::to_string(limit) +
                                    " bytes (max_document_bytes); skipped");
    } else if (skipped < length && in.status().ok()) {
      context_.Reject(locator_, "truncated: Content-Length is " + std::to_string(length) +
                                    " but the input ends after " + std::to_string(skipped) +
                                    " bytes");
    }
    return Outcome::kDone;
  }
  std::string content;
  in.Read(static_cast<size_t>(length), &content);
  if (content.size() < length) {
    if (!in.status().ok()) return Outcome::kDone;  // the caller reports the stream error
    context_.Reject(locator_, "truncated: Content-Length is " + std::to_string(length) +
                                  " but the input ends after " + std::to_string(content.size()) +
                                  " bytes");
    RecoverFromTail(content, content_start);
    return Outcome::kDone;
  }
  if (header.type == "response") {
    HandleResponse(header, content);
  } else if (header.type == "resource") {
    HandleResource(header, std::move(content));
  }
  return Outcome::kDone;
}

void WarcReader::HandleResponse(const WarcHeader& header, std::string_view content) {
  const std::string warc_media = MediaType(header.content_type);
  if (!content.starts_with("HTTP/")) {
    // dns: and other non-HTTP responses are not articles; an HTTP response
    // that does not look like one is damage.
    if (warc_media == "application/http") {
      context_.Reject(locator_, "response payload is not an HTTP response");
    }
    return;
  }
  Result<HttpHead> head = ParseHttpHead(content);
  if (!head.ok()) {
    context_.Reject(locator_, head.status().message());
    return;
  }
  if (head->status_code < 200 || head->status_code > 299) return;
  const std::string media = MediaType(head->content_type);
  if (!media.empty() && !IsHtmlMediaType(media)) return;
  RawDocument doc;
  doc.type = ContentType::kHtml;
  Status s = DecodeHttpBody(*head, content.substr(head->body_offset),
                            context_.options().max_document_bytes, &doc.body);
  if (!s.ok()) {
    context_.Reject(locator_, "HTTP body: " + s.message());
    return;
  }
  if (doc.body.empty()) return;
  doc.locator = locator_;
  doc.id = StripAngles(header.record_id);
  doc.url = StripAngles(header.target_uri);
  doc.fetched = header.date;
  context_.Deliver(std::move(doc), CharsetFromContentType(head->content_type));
}

void WarcReader::HandleResource(const WarcHeader& header, std::string content) {
  const std::string media = MediaType(header.content_type);
  RawDocument doc;
  if (IsHtmlMediaType(media)) {
    doc.type = ContentType::kHtml;
  } else if (media == "text/plain") {
    doc.type = ContentType::kText;
  } else {
    return;
  }
  if (content.empty()) return;
  doc.body = std::move(content);
  doc.locator = locator_;
  doc.id = StripAngles(header.record_id);
  doc.url = StripAngles(header.target_uri);
  doc.fetched = header.date;
  context_.Deliver(std::move(doc), CharsetFromContentType(header.content_type));
}

void WarcReader::RecoverFromTail(std::string_view content, uint64_t content_start) {
  if (tail_recoveries_ >= kMaxTailRecoveries) return;
  size_t at = content.starts_with("WARC/") ? 0 : content.find("\nWARC/");
  if (at == std::string_view::npos) return;
  if (at > 0) ++at;  // past the '\n'
  ++tail_recoveries_;
  std::string saved_locator = locator_;
  std::unique_ptr<InputStream> tail = NewMemoryStream(content.substr(at));
  ByteReader tail_reader(tail.get());
  ReadRecords(tail_reader, content_start + at);
  locator_ = saved_locator;
}

}  // namespace

void ReadWarc(ByteReader& in, SourceContext& context) {
  WarcReader reader(context);
  reader.ReadRecords(in, 0);
}

}  // namespace dyad::ingest
