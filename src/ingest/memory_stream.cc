// In-memory streams: a buffer (ReadBuffer, fuzzers, tests), and a prefix put
// back in front of another stream after its first bytes were sniffed.
#include <algorithm>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <utility>

#include "ingest/input_stream.h"

namespace dyad::ingest {
namespace {

class MemoryStream : public InputStream {
 public:
  explicit MemoryStream(std::string_view bytes) : bytes_(bytes) {}

  Status Read(char* dst, size_t n, size_t* got) override {
    size_t take = std::min(n, bytes_.size() - pos_);
    if (take > 0) std::memcpy(dst, bytes_.data() + pos_, take);
    pos_ += take;
    *got = take;
    return Status::OK();
  }

  uint64_t raw_bytes_consumed() const override { return pos_; }

 private:
  std::string_view bytes_;
  size_t pos_ = 0;
};

class PrefixedStream : public InputStream {
 public:
  PrefixedStream(std::string prefix, std::unique_ptr<InputStream> rest)
      : prefix_(std::move(prefix)), rest_(std::move(rest)) {}

  Status Read(char* dst, size_t n, size_t* got) override {
    if (pos_ < prefix_.size()) {
      size_t take = std::min(n, prefix_.size() - pos_);
      std::memcpy(dst, prefix_.data() + pos_, take);
      pos_ += take;
      *got = take;
      return Status::OK();
    }
    return rest_->Read(dst, n, got);
  }

  // The prefix was taken from `rest` before, so it is already counted there.
  uint64_t raw_bytes_consumed() const override { return rest_->raw_bytes_consumed(); }

 private:
  std::string prefix_;
  size_t pos_ = 0;
  std::unique_ptr<InputStream> rest_;
};

}  // namespace

std::unique_ptr<InputStream> NewMemoryStream(std::string_view bytes) {
  return std::make_unique<MemoryStream>(bytes);
}

std::unique_ptr<InputStream> NewPrefixedStream(std::string prefix,
                                               std::unique_ptr<InputStream> rest) {
  return std::make_unique<PrefixedStream>(std::move(prefix), std::move(rest));
}

}  // namespace dyad::ingest
