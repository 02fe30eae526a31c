// Streams over the operating system: a file opened by path, or an already
// open descriptor such as standard input. Plain read(2), no buffering of our
// own: the ByteReader above does that.
#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <memory>
#include <string>

#include "ingest/input_stream.h"

namespace dyad::ingest {
namespace {

class DescriptorStream : public InputStream {
 public:
  DescriptorStream(int fd, bool owned) : fd_(fd), owned_(owned) {}
  ~DescriptorStream() override {
    if (owned_) ::close(fd_);
  }
  DescriptorStream(const DescriptorStream&) = delete;
  DescriptorStream& operator=(const DescriptorStream&) = delete;

  Status Read(char* dst, size_t n, size_t* got) override {
    *got = 0;
    if (!status_.ok()) return status_;
    for (;;) {
      ssize_t r = ::read(fd_, dst, n);
      if (r >= 0) {
        *got = static_cast<size_t>(r);
        consumed_ += *got;
        return Status::OK();
      }
      if (errno == EINTR) continue;
      status_ = Status::IOError(std::string("read failed: ") + std::strerror(errno));
      return status_;
    }
  }

  uint64_t raw_bytes_consumed() const override { return consumed_; }

 private:
  int fd_;
  bool owned_;
  uint64_t consumed_ = 0;
  Status status_;
};

}  // namespace

Result<std::unique_ptr<InputStream>> OpenFileStream(const std::string& path) {
  int fd;
  do {
    fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  } while (fd < 0 && errno == EINTR);
  if (fd < 0) return Status::IOError(std::string("cannot open: ") + std::strerror(errno));
  return std::unique_ptr<InputStream>(std::make_unique<DescriptorStream>(fd, true));
}

std::unique_ptr<InputStream> NewDescriptorStream(int fd) {
  return std::make_unique<DescriptorStream>(fd, false);
}

}  // namespace dyad::ingest
