// ReadSource and ReadBuffer: from an opened input to the right record reader.
#include "ingest/source_reader.h"

#include <memory>
#include <string>
#include <utility>

#include "ingest/byte_reader.h"
#include "ingest/format.h"
#include "ingest/record_readers.h"
#include "ingest/source_context.h"

namespace dyad {
namespace ingest {
namespace {

constexpr size_t kSniffBytes = 1024;

// Reads up to `n` bytes of `stream` into *out (fewer only at its end).
Status ReadPrefix(InputStream& stream, size_t n, std::string* out) {
  out->resize(n);
  size_t have = 0;
  while (have < n) {
    size_t got = 0;
    Status s = stream.Read(out->data() + have, n - have, &got);
    if (!s.ok()) return s;
    if (got == 0) break;
    have += got;
  }
  out->resize(have);
  return Status::OK();
}

}  // namespace

void ReadSource(std::string_view source, std::unique_ptr<InputStream> raw, uint64_t total_bytes,
                bool sniff_unknown, const ReaderOptions& options, DocumentVisitor& visitor) {
  SourceContext early(source, options, visitor, nullptr, total_bytes);
  NamedFormat named = FormatFromName(source);
  if (named.format == Format::kUnknown && !sniff_unknown) {
    early.Reject("", named.extension.empty()
                         ? "skipped: no file extension to tell its format"
                         : "skipped: unknown format \"" + named.extension + "\"");
    return;
  }
  std::string magic;
  Status s = ReadPrefix(*raw, 2, &magic);
  if (!s.ok()) {
    early.Reject("", s.message());
    return;
  }
  if (magic.empty()) {
    early.Reject("", "empty file");
    return;
  }
  const bool gzip = HasGzipMagic(magic);
  if (named.gzip && !gzip) {
    early.Reject("", "not a gzip file, though its name ends in .gz");
    return;
  }
  std::unique_ptr<InputStream> stream = NewPrefixedStream(std::move(magic), std::move(raw));
  if (gzip) stream = NewGzipStream(std::move(stream));

  SourceContext context(source, options, visitor, stream.get(), total_bytes);
  visitor.OnProgress(0, total_bytes);
  ByteReader reader(stream.get());
  if (reader.AtEnd()) {
    context.Reject(
        "", reader.status().ok() ? "no content after decompression" : reader.status().message());
    return;
  }
  Format format = named.format;
  if (format == Format::kUnknown) format = SniffFormat(reader.Peek(kSniffBytes));
  switch (format) {
    case Format::kText: ReadWholeDocument(reader, ContentType::kText, context); break;
    case Format::kHtml: ReadWholeDocument(reader, ContentType::kHtml, context); break;
    case Format::kJsonl: ReadJsonLines(reader, context); break;
    case Format::kWarc: ReadWarc(reader, context); break;
    case Format::kUnknown: break;
  }
  context.Progress();
}

}  // namespace ingest

void ReadBuffer(std::string_view name, std::string_view bytes, const ReaderOptions& options,
                DocumentVisitor& visitor) {
  ingest::SourceContext context(name, options, visitor, nullptr, bytes.size());
  if (bytes.size() > options.max_file_bytes) {
    context.Reject("", "input of " + std::to_string(bytes.size()) + " bytes is over the limit of " +
                           std::to_string(options.max_file_bytes) + " bytes (max_file_bytes)");
    return;
  }
  ingest::ReadSource(name, ingest::NewMemoryStream(bytes), bytes.size(), name == "-", options,
                     visitor);
}

}  // namespace dyad
