// Internal to ingest: ReadSource, which reads one opened input whatever it
// holds — it looks for gzip by the magic number, picks the reader by the
// name (or by the first bytes for "-"), and runs it.
#ifndef DYAD_INGEST_SOURCE_READER_H_
#define DYAD_INGEST_SOURCE_READER_H_

#include <cstdint>
#include <memory>
#include <string_view>

#include "dyad/ingest.h"
#include "ingest/input_stream.h"

namespace dyad::ingest {

// Reads `raw`, the bytes of the input called `source`. The format comes
// from `source`'s extension; when it names none (as "-" does) the format is
// sniffed from the first decompressed bytes if `sniff_unknown`, else the
// input is rejected. `total_bytes` is the input's size for progress (0 if
// unknown).
void ReadSource(std::string_view source, std::unique_ptr<InputStream> raw, uint64_t total_bytes,
                bool sniff_unknown, const ReaderOptions& options, DocumentVisitor& visitor);

}  // namespace dyad::ingest

#endif  // DYAD_INGEST_SOURCE_READER_H_
