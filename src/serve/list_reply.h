// Internal to serve: the shape every list answers with:
// {"items": [...], "total": N or null, "limit": L, "offset": O}.
#ifndef DYAD_SERVE_LIST_REPLY_H_
#define DYAD_SERVE_LIST_REPLY_H_

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>

#include "serve/api.h"

namespace dyad::serve {

inline Reply ListReply(nlohmann::json items, std::optional<uint64_t> total, uint32_t limit,
                       uint32_t offset) {
  return Reply{200, nlohmann::json{{"items", std::move(items)},
                                   {"total", total ? nlohmann::json(*total) : nlohmann::json()},
                                   {"limit", limit},
                                   {"offset", offset}}};
}

// The rows [offset, offset + limit) of `rows`, moved out.
template <typename Row>
std::vector<Row> Page(std::vector<Row>&& rows, uint32_t limit, uint32_t offset) {
  std::vector<Row> out;
  for (size_t i = offset; i < rows.size() && out.size() < limit; ++i)
    out.push_back(std::move(rows[i]));
  return out;
}

}  // namespace dyad::serve

#endif  // DYAD_SERVE_LIST_REPLY_H_
