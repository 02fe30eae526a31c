// The LRU cache of encoded API responses (see response_cache.h).
#include "serve/response_cache.h"

namespace dyad::serve {

uint64_t ResponseCache::generation() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return generation_;
}

std::optional<CachedResponse> ResponseCache::Get(const std::string& key) {
  std::lock_guard<std::mutex> lock(mutex_);
  auto it = entries_.find(key);
  if (it == entries_.end()) return std::nullopt;
  order_.splice(order_.begin(), order_, it->second.at);
  return it->second.response;
}

void ResponseCache::Put(const std::string& key, uint64_t generation, CachedResponse response) {
  if (max_entries_ == 0 || response.body == nullptr || response.body->size() > max_bytes_) return;
  std::lock_guard<std::mutex> lock(mutex_);
  if (generation != generation_) return;
  auto it = entries_.find(key);
  if (it != entries_.end()) {
    bytes_ -= it->second.response.body->size();
    order_.erase(it->second.at);
    entries_.erase(it);
  }
  order_.push_front(key);
  bytes_ += response.body->size();
  entries_.emplace(key, Entry{std::move(response), order_.begin()});
  EvictLocked();
}

void ResponseCache::Invalidate() {
  std::lock_guard<std::mutex> lock(mutex_);
  ++generation_;
  entries_.clear();
  order_.clear();
  bytes_ = 0;
}

size_t ResponseCache::size() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return entries_.size();
}

void ResponseCache::EvictLocked() {
  while (!order_.empty() && (entries_.size() > max_entries_ || bytes_ > max_bytes_)) {
    auto it = entries_.find(order_.back());
    bytes_ -= it->second.response.body->size();
    entries_.erase(it);
    order_.pop_back();
  }
}

}  // namespace dyad::serve
