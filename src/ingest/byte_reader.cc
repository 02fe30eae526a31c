// ByteReader: see byte_reader.h.
#include "ingest/byte_reader.h"

#include <algorithm>
#include <cstring>

namespace dyad::ingest {

ByteReader::ByteReader(InputStream* stream, size_t buffer_bytes)
    : stream_(stream), buffer_(new char[buffer_bytes]), capacity_(buffer_bytes) {}

bool ByteReader::Fill() {
  if (input_ended_ || !status_.ok()) return false;
  if (begin_ > 0) {
    std::memmove(buffer_.get(), buffer_.get() + begin_, available());
    end_ -= begin_;
    begin_ = 0;
  }
  if (end_ == capacity_) return false;
  size_t got = 0;
  Status s = stream_->Read(buffer_.get() + end_, capacity_ - end_, &got);
  if (!s.ok()) {
    status_ = s;
    return false;
  }
  if (got == 0) {
    input_ended_ = true;
    return false;
  }
  end_ += got;
  return true;
}

bool ByteReader::AtEnd() {
  return available() == 0 && !Fill();
}

ByteReader::LineResult ByteReader::ReadLine(size_t max_bytes, std::string* line) {
  line->clear();
  bool too_long = false;
  bool any = false;  // whether any byte of this line was seen
  for (;;) {
    if (available() == 0 && !Fill()) {
      if (!status_.ok() || !any) {
        line->clear();
        return LineResult::kEnd;
      }
      break;  // last line without "\n"
    }
    any = true;
    const char* start = buffer_.get() + begin_;
    const void* nl = std::memchr(start, '\n', available());
    size_t take = nl ? static_cast<const char*>(nl) - start : available();
    if (!too_long) {
      if (line->size() + take > max_bytes + 1) {  // +1: room for a '\r'
        too_long = true;
        line->clear();
        line->shrink_to_fit();
      } else {
        line->append(start, take);
      }
    }
    size_t consumed = take + (nl ? 1 : 0);
    begin_ += consumed;
    offset_ += consumed;
    if (nl) break;
  }
  if (too_long) return LineResult::kTooLong;
  if (!line->empty() && line->back() == '\r') line->pop_back();
  if (line->size() > max_bytes) {
    line->clear();
    return LineResult::kTooLong;
  }
  return LineResult::kLine;
}

size_t ByteReader::Read(size_t n, std::string* out) {
  size_t done = 0;
  while (done < n) {
    if (available() == 0 && !Fill()) break;
    size_t take = std::min(n - done, available());
    out->append(buffer_.get() + begin_, take);
    begin_ += take;
    offset_ += take;
    done += take;
  }
  return done;
}

uint64_t ByteReader::Skip(uint64_t n) {
  uint64_t done = 0;
  while (done < n) {
    if (available() == 0 && !Fill()) break;
    size_t take = static_cast<size_t>(std::min<uint64_t>(n - done, available()));
    begin_ += take;
    offset_ += take;
    done += take;
  }
  return done;
}

std::string_view ByteReader::Peek(size_t n) {
  n = std::min(n, capacity_);
  while (available() < n && Fill()) {
  }
  return std::string_view(buffer_.get() + begin_, std::min(n, available()));
}

}  // namespace dyad::ingest
