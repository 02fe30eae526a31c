// Internal to serve: a request's query parameters, read and checked: list
// bounds (limit, default 50, at most 1000; offset), dates (YYYY-MM-DD),
// flags (0/1), counts. The first malformed parameter is kept as the error
// that the route answers with 400.
#ifndef DYAD_SERVE_QUERY_PARAMS_H_
#define DYAD_SERVE_QUERY_PARAMS_H_

#include <httplib.h>

#include <cstdint>
#include <string>

namespace dyad::serve {

inline constexpr uint32_t kDefaultLimit = 50;
inline constexpr uint32_t kMaxLimit = 1000;

class QueryParams {
 public:
  explicit QueryParams(const httplib::Request& req) : req_(req) {}

  // The parameter's value, "" when absent.
  std::string Text(const char* name) const;
  // A whole number in [0, max]; `fallback` when absent.
  uint32_t Count(const char* name, uint32_t fallback, uint32_t max);
  // limit (1..kMaxLimit, default `fallback`) and offset.
  uint32_t Limit(uint32_t fallback = kDefaultLimit) { return Count("limit", fallback, kMaxLimit); }
  uint32_t Offset() { return Count("offset", 0, UINT32_MAX); }
  // A date as yyyymmdd, 0 when absent.
  int32_t Day(const char* name);
  // The date as given ("" when absent), checked.
  std::string DayText(const char* name);
  // "1"/"true" or "0"/"false"; `fallback` when absent.
  bool Flag(const char* name, bool fallback);

  bool ok() const { return error_.empty(); }
  const std::string& error() const { return error_; }

 private:
  void Fail(const std::string& message) {
    if (error_.empty()) error_ = message;
  }
  const httplib::Request& req_;
  std::string error_;
};

}  // namespace dyad::serve

#endif  // DYAD_SERVE_QUERY_PARAMS_H_
