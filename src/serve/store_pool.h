// Internal to serve: read-only store connections, one per worker thread,
// lent to one request at a time. Each remembers the store's data version it
// last saw, so a request can tell whether anything was committed since.
#ifndef DYAD_SERVE_STORE_POOL_H_
#define DYAD_SERVE_STORE_POOL_H_

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
  // Opens `connections` read-only connections to `db` and reads each one's
  // data version. NotFound when the file does not exist.
  static Result<std::unique_ptr<StorePool>> Open(const std::string& db, size_t connections);

  struct Slot {
    std::unique_ptr<Store> store;
    int64_t data_version = 0;
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
    // Returns true iff the store changed since this connection last looked
    // (and remembers the new version). A failed read counts as a change.
    bool Changed();

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

}  // namespace dyad::serve

#endif  // DYAD_SERVE_STORE_POOL_H_
