// Checked query parameters (see query_params.h).
#include "serve/query_params.h"

#include "dyad/dictionary.h"

namespace dyad::serve {

std::string QueryParams::Text(const char* name) const {
  return req_.has_param(name) ? req_.get_param_value(name) : std::string();
}

uint32_t QueryParams::Count(const char* name, uint32_t fallback, uint32_t max) {
  if (!req_.has_param(name)) return fallback;
  const std::string v = req_.get_param_value(name);
  uint64_t n = 0;
  bool digits = !v.empty() && v.size() <= 10;
  for (char c : v) {
    if (c < '0' || c > '9') digits = false;
    if (digits) n = n * 10 + static_cast<uint64_t>(c - '0');
  }
  if (!digits || n > max) {
    Fail(std::string(name) + " wants a whole number from 0 to " + std::to_string(max) + ", not '" +
         v + "'");
    return fallback;
  }
  return static_cast<uint32_t>(n);
}

int32_t QueryParams::Day(const char* name) {
  if (!req_.has_param(name)) return 0;
  const std::string v = req_.get_param_value(name);
  auto d = ParseIsoDate(v);
  if (!d) {
    Fail(std::string(name) + " wants a date YYYY-MM-DD, not '" + v + "'");
    return 0;
  }
  return *d;
}

std::string QueryParams::DayText(const char* name) {
  return Day(name) > 0 ? Text(name) : std::string();
}

bool QueryParams::Flag(const char* name, bool fallback) {
  if (!req_.has_param(name)) return fallback;
  const std::string v = req_.get_param_value(name);
  if (v == "1" || v == "true") return true;
  if (v == "0" || v == "false") return false;
  Fail(std::string(name) + " wants 0 or 1, not '" + v + "'");
  return fallback;
}

}  // namespace dyad::serve
