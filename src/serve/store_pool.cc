// Read-only store connections for the server's workers (see store_pool.h).
#include "serve/store_pool.h"

namespace dyad::serve {

Result<std::unique_ptr<StorePool>> StorePool::Open(const std::string& db, size_t connections) {
  std::unique_ptr<StorePool> pool(new StorePool());
  StoreOptions options;
  options.read_only = true;
  options.create_if_missing = false;
  for (size_t i = 0; i < connections; ++i) {
    auto store = OpenSqliteStore(db, options);
    if (!store.ok()) return store.status();
    auto slot = std::make_unique<Slot>();
    slot->store = std::move(*store);
    auto version = slot->store->DataVersion();
    if (!version.ok()) return version.status();
    slot->data_version = *version;
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

bool StorePool::Lease::Changed() {
  auto version = slot_->store->DataVersion();
  if (!version.ok()) return true;
  if (*version == slot_->data_version) return false;
  slot_->data_version = *version;
  return true;
}

}  // namespace dyad::serve
