// Internal to serve: a small LRU cache of encoded GET /api responses keyed
// by the full URL (path and query string), bounded in entries and bytes.
// Invalidate() empties it and starts a new generation; a response computed
// under an older generation is not stored, so a reader that raced a commit
// never puts stale data back.
#ifndef DYAD_SERVE_RESPONSE_CACHE_H_
#define DYAD_SERVE_RESPONSE_CACHE_H_

#include <cstdint>
#include <list>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

namespace dyad::serve {

struct CachedResponse {
  int status = 200;
  std::shared_ptr<const std::string> body;
};

class ResponseCache {
 public:
  ResponseCache(size_t max_entries, size_t max_bytes)
      : max_entries_(max_entries), max_bytes_(max_bytes) {}

  uint64_t generation() const;
  std::optional<CachedResponse> Get(const std::string& key);
  // Stores `response` iff the generation is still `generation`.
  void Put(const std::string& key, uint64_t generation, CachedResponse response);
  void Invalidate();

  size_t size() const;

 private:
  using Order = std::list<std::string>;  // most recently used first
  struct Entry {
    CachedResponse response;
    Order::iterator at;
  };
  void EvictLocked();

  const size_t max_entries_, max_bytes_;
  mutable std::mutex mutex_;
  uint64_t generation_ = 0;
  size_t bytes_ = 0;
  Order order_;
  std::unordered_map<std::string, Entry> entries_;
};

}  // namespace dyad::serve

#endif  // DYAD_SERVE_RESPONSE_CACHE_H_
