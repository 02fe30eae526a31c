// Internal to ingest: SourceContext, what every record reader needs while it
// reads one source (a file, stdin, or a buffer): its name, the options, and
// the visitor, with helpers that phrase problems the same way everywhere and
// finish documents (encoding, repair reporting) before delivering them.
#ifndef DYAD_INGEST_SOURCE_CONTEXT_H_
#define DYAD_INGEST_SOURCE_CONTEXT_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "dyad/ingest.h"
#include "ingest/input_stream.h"

namespace dyad::ingest {

class SourceContext {
 public:
  // `raw` is the outermost stream of the source (its raw_bytes_consumed()
  // is the progress figure); `total_bytes` is the size on disk, 0 if unknown.
  // All referenced objects must outlive the context.
  SourceContext(std::string_view source, const ReaderOptions& options, DocumentVisitor& visitor,
                const InputStream* raw, uint64_t total_bytes)
      : source_(source), options_(options), visitor_(visitor), raw_(raw), total_(total_bytes) {}

  const std::string& source() const { return source_; }
  const ReaderOptions& options() const { return options_; }

  // Reports a problem with the record at `locator` ("" = the whole source).
  void Reject(std::string_view locator, std::string_view message);

  // Makes doc.body valid UTF-8 (see NormalizeBodyEncoding), fills in
  // doc.source, doc.encoding_repairs and doc.converted_from, reports a
  // kRepaired problem when anything was repaired, and hands the document to
  // the visitor. `transport_charset` is the charset declared outside the
  // body (an HTTP header), or "". `earlier_repairs` counts repairs already
  // made to the record before the body was cut out of it (a JSON line).
  void Deliver(RawDocument doc, std::string_view transport_charset, uint64_t earlier_repairs = 0);

  // Tells the visitor how far reading has got, if it moved since last time.
  void Progress();

  uint64_t documents_delivered() const { return delivered_; }

 private:
  std::string source_;
  const ReaderOptions& options_;
  DocumentVisitor& visitor_;
  const InputStream* raw_;
  uint64_t total_;
  uint64_t last_progress_ = UINT64_MAX;
  uint64_t delivered_ = 0;
};

}  // namespace dyad::ingest

#endif  // DYAD_INGEST_SOURCE_CONTEXT_H_
