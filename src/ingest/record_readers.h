// Internal to ingest: the readers of each format. Each reads records from a
// ByteReader (already past any gzip layer), delivers documents and reports
// problems through the SourceContext, and never holds more than one record
// (at most ReaderOptions::max_document_bytes) at a time. A failure of the
// stream itself (truncated gzip) is reported once, naming the record it cut.
#ifndef DYAD_INGEST_RECORD_READERS_H_
#define DYAD_INGEST_RECORD_READERS_H_

#include "dyad/ingest.h"
#include "ingest/byte_reader.h"
#include "ingest/source_context.h"

namespace dyad::ingest {

// The whole input is one document of the given type (a .txt or .html file).
void ReadWholeDocument(ByteReader& in, ContentType type, SourceContext& context);

// One JSON object per line (see dyad/ingest.h for the fields).
void ReadJsonLines(ByteReader& in, SourceContext& context);

// A WARC file (see warc_reader.cc).
void ReadWarc(ByteReader& in, SourceContext& context);

}  // namespace dyad::ingest

#endif  // DYAD_INGEST_RECORD_READERS_H_
