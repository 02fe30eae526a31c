// Internal to ingest: InputStream, a source of bytes read front to back, and
// its implementations (a file or descriptor, a memory buffer, a prefix put
// back in front of another stream, and gzip decompression of another stream).
//
// Readers never see where bytes come from: a WARC reader runs the same on a
// file, on stdin, on a buffer handed in by a fuzzer, and on any of them behind
// gzip. Streams hand out bytes in pieces of the caller's choosing, so nothing
// here holds more than a fixed-size buffer.
#ifndef DYAD_INGEST_INPUT_STREAM_H_
#define DYAD_INGEST_INPUT_STREAM_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "dyad/status.h"

namespace dyad::ingest {

class InputStream {
 public:
  virtual ~InputStream() = default;

  // Reads up to `n` bytes into `dst` and sets *got to the number read.
  // *got == 0 with an ok Status means the end of the input. A non-ok Status
  // (IOError from the system, Corruption from damaged gzip data) means no
  // more bytes will come: bytes returned by earlier calls stay valid, and
  // every later call returns the same Status. REQUIRES: n > 0.
  virtual Status Read(char* dst, size_t n, size_t* got) = 0;

  // Bytes taken so far from the underlying file or buffer: for a gzip stream
  // the compressed bytes consumed, which is what progress is measured in.
  virtual uint64_t raw_bytes_consumed() const = 0;
};

// Reads `bytes`, which must outlive the stream.
std::unique_ptr<InputStream> NewMemoryStream(std::string_view bytes);

// Opens the file at `path` for reading. IOError (naming the path and the
// system's reason) if it cannot be opened.
Result<std::unique_ptr<InputStream>> OpenFileStream(const std::string& path);

// Reads an already open descriptor (standard input) until end of file. The
// descriptor is not closed.
std::unique_ptr<InputStream> NewDescriptorStream(int fd);

// Returns `prefix` first, then the bytes of `rest`. Lets a caller look at the
// first bytes of a stream (to sniff gzip or a format) and put them back.
std::unique_ptr<InputStream> NewPrefixedStream(std::string prefix,
                                               std::unique_ptr<InputStream> rest);

// Decompresses `compressed`, a gzip file of one or more members (each member
// is read in turn, as gunzip does; zlib-wrapped data is accepted too). Data
// that ends inside a member, or is not gzip, gives Corruption naming the
// compressed byte offset of the member concerned; everything decompressed
// before that point is returned first.
std::unique_ptr<InputStream> NewGzipStream(std::unique_ptr<InputStream> compressed);

// Returns true iff `bytes` begins with the gzip magic number 1f 8b.
inline bool HasGzipMagic(std::string_view bytes) {
  return bytes.size() >= 2 && static_cast<unsigned char>(bytes[0]) == 0x1f &&
         static_cast<unsigned char>(bytes[1]) == 0x8b;
}

}  // namespace dyad::ingest

#endif  // DYAD_INGEST_INPUT_STREAM_H_
