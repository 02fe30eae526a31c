// GzipStream: zlib inflate over another stream, member after member.
//
// A .warc.gz is by convention one gzip member per record, and `cat a.gz b.gz`
// is a valid gzip file, so after each member's end we reset the inflater and
// go on while input remains. windowBits 15+32 lets zlib detect gzip or zlib
// headers by itself. When the input ends inside a member we report it as
// Corruption with the compressed offset where that member started, after
// handing out everything that member decompressed to.
#include <zlib.h>

#include <cstring>
#include <memory>
#include <string>
#include <utility>

#include "ingest/input_stream.h"

namespace dyad::ingest {
namespace {

constexpr size_t kInputBufferBytes = 64 * 1024;

class GzipStream : public InputStream {
 public:
  explicit GzipStream(std::unique_ptr<InputStream> compressed)
      : compressed_(std::move(compressed)), in_(new unsigned char[kInputBufferBytes]) {
    std::memset(&z_, 0, sizeof(z_));
    if (inflateInit2(&z_, 15 + 32) != Z_OK) {
      status_ = Status::Corruption("cannot start gzip decompression");
    } else {
      initialized_ = true;
    }
  }
  ~GzipStream() override {
    if (initialized_) inflateEnd(&z_);
  }
  GzipStream(const GzipStream&) = delete;
  GzipStream& operator=(const GzipStream&) = delete;

  Status Read(char* dst, size_t n, size_t* got) override {
    *got = 0;
    if (!status_.ok()) return status_;
    if (finished_) return Status::OK();
    z_.next_out = reinterpret_cast<unsigned char*>(dst);
    z_.avail_out = static_cast<uInt>(std::min<size_t>(n, 1u << 30));
    while (z_.avail_out > 0) {
      if (z_.avail_in == 0 && !input_ended_) {
        Status s = Refill();
        if (!s.ok()) {
          status_ = s;
          break;
        }
      }
      if (z_.avail_in == 0 && input_ended_) {
        if (member_has_input_) {
          status_ = Status::Corruption("truncated gzip member starting at compressed byte " +
                                       std::to_string(member_start_) + " (input ends at byte " +
                                       std::to_string(compressed_offset()) + ")");
        } else {
          finished_ = true;  // ended cleanly between members
        }
        break;
      }
      size_t before_out = z_.avail_out;
      size_t before_in = z_.avail_in;
      member_has_input_ = true;
      int rc = inflate(&z_, Z_NO_FLUSH);
      if (rc == Z_STREAM_END) {
        // This member is complete; another may follow.
        inflateReset(&z_);
        member_has_input_ = false;
        member_start_ = compressed_offset();
        if (z_.avail_out < before_out) break;  // hand out what we have first
        continue;
      }
      if (rc == Z_OK || (rc == Z_BUF_ERROR && before_in != z_.avail_in)) continue;
      if (rc == Z_BUF_ERROR && before_out == z_.avail_out && z_.avail_in == 0) continue;
      std::string why = z_.msg != nullptr ? z_.msg : "error " + std::to_string(rc);
      status_ = Status::Corruption("bad gzip data in member starting at compressed byte " +
                                   std::to_string(member_start_) + ": " + why);
      break;
    }
    *got = n - z_.avail_out;
    z_.next_out = nullptr;
    z_.avail_out = 0;
    if (*got > 0) return Status::OK();  // the error (if any) comes next call
    return status_;
  }

  uint64_t raw_bytes_consumed() const override { return compressed_offset(); }

 private:
  Status Refill() {
    size_t got = 0;
    Status s = compressed_->Read(reinterpret_cast<char*>(in_.get()), kInputBufferBytes, &got);
    if (!s.ok()) return s;
    if (got == 0) input_ended_ = true;
    z_.next_in = in_.get();
    z_.avail_in = static_cast<uInt>(got);
    return Status::OK();
  }

  // Compressed bytes consumed by inflate so far.
  uint64_t compressed_offset() const { return compressed_->raw_bytes_consumed() - z_.avail_in; }

  std::unique_ptr<InputStream> compressed_;
  std::unique_ptr<unsigned char[]> in_;
  z_stream z_;
  bool initialized_ = false;
  bool input_ended_ = false;
  bool finished_ = false;
  bool member_has_input_ = false;  // inflate has been fed part of the current member
  uint64_t member_start_ = 0;
  Status status_;
};

}  // namespace

std::unique_ptr<InputStream> NewGzipStream(std::unique_ptr<InputStream> compressed) {
  return std::make_unique<GzipStream>(std::move(compressed));
}

}  // namespace dyad::ingest
