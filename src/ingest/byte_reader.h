// Internal to ingest: ByteReader, a bounded read-ahead buffer over an
// InputStream, with the operations the record readers need: lines (with a
// length limit that skips, rather than holds, an overlong line), exact byte
// counts, skipping, and a peek at the next bytes.
//
// Errors are sticky, as with std::istream: when the stream fails, reads stop
// as if at the end, and status() says why. A reader loops until AtEnd() and
// then reports status() if it is not ok.
#ifndef DYAD_INGEST_BYTE_READER_H_
#define DYAD_INGEST_BYTE_READER_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "dyad/status.h"
#include "ingest/input_stream.h"

namespace dyad::ingest {

class ByteReader {
 public:
  // Reads from `stream`, which must outlive the reader. `buffer_bytes` is
  // the most the reader itself ever holds (lines and Read() results are
  // held by the caller, under the caller's limits).
  explicit ByteReader(InputStream* stream, size_t buffer_bytes = 64 * 1024);

  // Offset of the next byte to be read, counted from the stream's start
  // (in decompressed bytes when the stream decompresses).
  uint64_t offset() const { return offset_; }

  // Returns true iff no more bytes can be read: the input ended, or the
  // stream failed (then !status().ok()).
  bool AtEnd();

  // OK, or the stream's error once one has happened.
  const Status& status() const { return status_; }

  enum class LineResult {
    kLine,     // *line holds the next line, without "\n" or "\r\n"
    kTooLong,  // the line had more than max_bytes bytes; it was skipped
               // through its end without being held, *line is empty
    kEnd,      // nothing left (or the stream failed; see status()); a
               // partial line cut short by a stream error is dropped
  };
  // Reads the next line. The last line of the input may lack a "\n".
  LineResult ReadLine(size_t max_bytes, std::string* line);

  // Appends up to `n` bytes to *out; returns how many were appended (fewer
  // than n only at the end of the input or on a stream error).
  size_t Read(size_t n, std::string* out);

  // Skips up to `n` bytes; returns how many were skipped.
  uint64_t Skip(uint64_t n);

  // The next up to `n` bytes, without consuming them (fewer only at the end
  // of the input). Valid until the next call. REQUIRES: n <= buffer_bytes.
  std::string_view Peek(size_t n);

  // The capacity of the read-ahead buffer (for tests of bounded memory).
  size_t buffer_capacity() const { return capacity_; }

 private:
  // Moves unread bytes to the front and reads more; returns false iff no
  // byte could be added (end of input or error).
  bool Fill();
  size_t available() const { return end_ - begin_; }

  InputStream* stream_;
  std::unique_ptr<char[]> buffer_;
  size_t capacity_;
  size_t begin_ = 0;  // first unread byte in buffer_
  size_t end_ = 0;    // one past the last valid byte in buffer_
  uint64_t offset_ = 0;
  bool input_ended_ = false;
  Status status_;
};

}  // namespace dyad::ingest

#endif  // DYAD_INGEST_BYTE_READER_H_
