// dyad/status.h: the outcome of an operation that can fail, and Result<T>, a
// value or the Status that explains why there is none.
//
// dyad does not throw across module boundaries. Every public function that can
// fail returns a Status (or a Result<T>); a Status that is not ok() carries a
// code saying what kind of failure it was and a message that names the file,
// record or line concerned, ready to show to a user.
//
//   dyad::Status s = store.Put(batch);
//   if (!s.ok()) std::cerr << s.ToString() << "\n";
//
//   dyad::Result<Article> r = ExtractHtml(html, hints);
//   if (!r.ok()) return r.status();
//   Article a = std::move(r).value();
//
// Thread safety: a const Status may be read from several threads at once.
#ifndef DYAD_STATUS_H_
#define DYAD_STATUS_H_

#include <cassert>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace dyad {

class Status {
 public:
  // What kind of failure a Status reports.
  enum class Code {
    kOk = 0,
    kNotFound,         // the thing asked for does not exist (an id, a file)
    kCorruption,       // input or stored data is damaged (truncated gzip, bad WARC)
    kInvalidArgument,  // the caller asked for something malformed (a bad date)
    kIOError,          // the operating system refused (unreadable path, disk full)
    kTooLarge,         // input over a configured limit (file, record, line)
    kUnsupported,      // a format or feature dyad does not handle
  };

  // An ok Status.
  Status() = default;

  static Status OK() { return Status(); }
  static Status NotFound(std::string_view msg) { return Status(Code::kNotFound, msg); }
  static Status Corruption(std::string_view msg) { return Status(Code::kCorruption, msg); }
  static Status InvalidArgument(std::string_view msg) {
    return Status(Code::kInvalidArgument, msg);
  }
  static Status IOError(std::string_view msg) { return Status(Code::kIOError, msg); }
  static Status TooLarge(std::string_view msg) { return Status(Code::kTooLarge, msg); }
  static Status Unsupported(std::string_view msg) { return Status(Code::kUnsupported, msg); }

  // Returns true iff the operation succeeded.
  bool ok() const { return code_ == Code::kOk; }
  Code code() const { return code_; }
  bool IsNotFound() const { return code_ == Code::kNotFound; }
  bool IsCorruption() const { return code_ == Code::kCorruption; }
  bool IsInvalidArgument() const { return code_ == Code::kInvalidArgument; }
  bool IsIOError() const { return code_ == Code::kIOError; }
  bool IsTooLarge() const { return code_ == Code::kTooLarge; }

  // The message alone, without the code's name ("" when ok).
  const std::string& message() const { return message_; }

  // "OK", or the code's name and the message: "Corruption: a.warc.gz record 3: ...".
  std::string ToString() const;

  // The name of a code: "OK", "NotFound", "Corruption", ...
  static std::string_view CodeName(Code code);

 private:
  Status(Code code, std::string_view msg) : code_(code), message_(msg) {}

  Code code_ = Code::kOk;
  std::string message_;
};

// Either a T or the non-ok Status saying why there is no T.
template <typename T>
class Result {
 public:
  // REQUIRES: !status.ok()
  Result(Status status) : status_(std::move(status)) { assert(!status_.ok()); }
  Result(T value) : value_(std::move(value)) {}

  bool ok() const { return status_.ok(); }
  const Status& status() const { return status_; }

  // REQUIRES: ok()
  const T& value() const& {
    assert(ok());
    return *value_;
  }
  T& value() & {
    assert(ok());
    return *value_;
  }
  T&& value() && {
    assert(ok());
    return std::move(*value_);
  }
  const T* operator->() const { return &value(); }
  T* operator->() { return &value(); }
  const T& operator*() const& { return value(); }
  T& operator*() & { return value(); }

 private:
  Status status_;
  std::optional<T> value_;
};

}  // namespace dyad

#endif  // DYAD_STATUS_H_
