// The server's access log (see access_log.h).
#include "serve/access_log.h"

#include <cstdio>

namespace dyad::serve {
namespace {
thread_local std::chrono::steady_clock::time_point request_start = std::chrono::steady_clock::now();
}

std::string AccessLogLine(std::string_view method, std::string_view path, int status, size_t bytes,
                          double ms) {
  std::string line;
  line.reserve(method.size() + path.size() + 32);
  line.append(method).append(" ");
  // Control characters would break the one-line-per-request format.
  for (char c : path) line += static_cast<unsigned char>(c) < 0x20 ? '?' : c;
  char tail[64];
  std::snprintf(tail, sizeof tail, " %d %zu %.2fms", status, bytes, ms);
  return line + tail;
}

void AccessLog::Start() {
  request_start = std::chrono::steady_clock::now();
}

void AccessLog::Finish(std::string_view method, std::string_view path, int status, size_t bytes) {
  const double ms =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - request_start)
          .count();
  std::string line = AccessLogLine(method, path, status, bytes, ms);
  std::lock_guard<std::mutex> lock(mutex_);
  if (sink_) {
    sink_(line);
  } else {
    line += '\n';
    std::fwrite(line.data(), 1, line.size(), stderr);
  }
}

}  // namespace dyad::serve
