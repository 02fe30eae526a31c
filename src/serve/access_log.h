// Internal to serve: the access log: one line per request, "method path
// status bytes ms" (the query string left out: it may hold search words),
// written whole under a lock so lines never interleave.
#ifndef DYAD_SERVE_ACCESS_LOG_H_
#define DYAD_SERVE_ACCESS_LOG_H_

#include <chrono>
#include <functional>
#include <mutex>
#include <string>
#include <string_view>

namespace dyad::serve {

// The line for one request (no newline).
std::string AccessLogLine(std::string_view method, std::string_view path, int status, size_t bytes,
                          double ms);

class AccessLog {
 public:
  // `sink` "" -> stderr; else called with each line.
  explicit AccessLog(std::function<void(const std::string&)> sink) : sink_(std::move(sink)) {}
  // Marks the start of the request the calling thread is about to handle.
  static void Start();
  // Writes the line of the request the calling thread handled.
  void Finish(std::string_view method, std::string_view path, int status, size_t bytes);

 private:
  std::function<void(const std::string&)> sink_;
  std::mutex mutex_;
};

}  // namespace dyad::serve

#endif  // DYAD_SERVE_ACCESS_LOG_H_
