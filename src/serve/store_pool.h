// Internal to serve: read-only store connections lent to one request at a
// time (a request that needs the store waits for a free one), and the
// watch that tells when another connection committed.
#ifndef DYAD_SERVE_STORE_POOL_H_
#define DYAD_SERVE_STORE_POOL_H_

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "dyad/store.h"

namespace dyad::serve {

class StorePool {
 public:
  // Opens `connections` read-only connections to `db`. NotFound when the
  // file does not exist.
  static Result<std::unique_ptr<StorePool>> Open(const std::string& db, size_t connections);

  struct Slot {
    std::unique_ptr<Store> store;
  };

  // A connection lent to the caller; returned to the pool on destruction.
  class Lease {
   public:
    Lease(StorePool* pool, Slot* slot) : pool_(pool), slot_(slot) {}
    Lease(Lease&& o) noexcept : pool_(o.pool_), slot_(o.slot_) { o.slot_ = nullptr; }
    Lease(const Lease&) = delete;
    Lease& operator=(const Lease&) = delete;
    ~Lease();
    Store& store() { return *slot_->store; }

   private:
    StorePool* pool_;
    Slot* slot_;
  };

  // Waits for a free connection.
  Lease Acquire();

 private:
  StorePool() = default;
  std::mutex mutex_;
  std::condition_variable returned_;
  std::vector<std::unique_ptr<Slot>> slots_;
  std::vector<Slot*> free_;
};

// Tells whether the store changed (another connection committed) since it
// last looked, through a connection of its own and PRAGMA data_version; it
// looks at most once every `interval_ms` (0: at every call), so cached
// answers cost no store access, and may be up to that old.
class ChangeWatch {
 public:
  static Result<std::unique_ptr<ChangeWatch>> Open(const std::string& db, int interval_ms);
  // Returns true iff it looked and the data version changed (a failed read
  // counts as a change).
  bool Changed();

 private:
  ChangeWatch() = default;
  std::mutex mutex_;
  std::unique_ptr<Store> store_;
  int64_t version_ = 0;
  int64_t interval_ns_ = 0;
  std::atomic<int64_t> next_look_ns_{0};
};

}  // namespace dyad::serve

#endif  // DYAD_SERVE_STORE_POOL_H_
