// ReadWholeDocument: a plain-text or HTML file (possibly gzipped) is one
// document, read up to ReaderOptions::max_document_bytes and no further.
#include <string>

#include "ingest/record_readers.h"

namespace dyad::ingest {

void ReadWholeDocument(ByteReader& in, ContentType type, SourceContext& context) {
  const uint64_t limit = context.options().max_document_bytes;
  RawDocument doc;
  doc.type = type;
  // Read one byte past the limit to learn whether the limit was passed.
  in.Read(static_cast<size_t>(limit) + 1, &doc.body);
  context.Progress();
  if (!in.status().ok()) {
    context.Reject("", in.status().message());
    return;
  }
  if (doc.body.size() > limit) {
    context.Reject("", "document is over the limit of " + std::to_string(limit) +
                           " bytes (max_document_bytes)");
    return;
  }
  if (doc.body.empty()) {
    context.Reject("", "empty document");
    return;
  }
  context.Deliver(std::move(doc), "");
}

}  // namespace dyad::ingest
