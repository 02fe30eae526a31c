// Read-only store connections for the server's workers (see store_pool.h).
#include "serve/store_pool.h"

#include <chrono>

namespace dyad::serve {

namespace {

Result<std::unique_ptr<Store>> OpenReadOnly(const std::string& db) {
  StoreOptions options;
  options.read_only = true;
  options.create_if_missing = false;
  return OpenSqliteStore(db, options);
}

int64_t NowNs() {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(
             std::chrono::steady_clock::now().time_since_epoch())
      .count();
}

}  // namespace

Result<std::unique_ptr<StorePool>> StorePool::Open(const std::string& db, size_t connections) {
  std::unique_ptr<StorePool> pool(new StorePool());
  for (size_t i = 0; i < connections; ++i) {
    auto store = OpenReadOnly(db);
    if (!store.ok()) return store.status();
    auto slot = std::make_unique<Slot>();
    slot->store = std::move(*store);
    pool->free_.push_back(slot.get());
    pool->slots_.push_back(std::move(slot));
  }
  return pool;
}

StorePool::Lease StorePool::Acquire() {
  std::unique_lock<std::mutex> lock(mutex_);
  returned_.wait(lock, [this] { return !free_.empty(); });
  Slot* slot = free_.back();
  free_.pop_back();
  return Lease(this, slot);
}

StorePool::Lease::~Lease() {
  if (slot_ == nullptr) return;
  {
    std::lock_guard<std::mutex> lock(pool_->mutex_);
    pool_->free_.push_back(slot_);
  }
  pool_->returned_.notify_one();
}

Result<std::unique_ptr<ChangeWatch>> ChangeWatch::Open(const std::string& db, int interval_ms) {
  std::unique_ptr<ChangeWatch> watch(new ChangeWatch());
  auto store = OpenReadOnly(db);
  if (!store.ok()) return store.status();
  watch->store_ = std::move(*store);
  auto version = watch->store_->DataVersion();
  if (!version.ok()) return version.status();
  watch->version_ = *version;
  watch->interval_ns_ = int64_t{interval_ms} * 1000000;
  return watch;
}

bool ChangeWatch::Changed() {
  const int64_t now = NowNs();
  if (interval_ns_ > 0 && now < next_look_ns_.load(std::memory_order_relaxed)) return false;
  std::lock_guard<std::mutex> lock(mutex_);
  next_look_ns_.store(now + interval_ns_, std::memory_order_relaxed);
  auto version = store_->DataVersion();
  if (!version.ok()) return true;
  if (*version == version_) return false;
  version_ = *version;
  return true;
}

}  // namespace dyad::serve
