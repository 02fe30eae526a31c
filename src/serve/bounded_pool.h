// Internal to serve: the worker pool of the HTTP server: a fixed number of
// threads and a bounded queue of accepted connections. When the queue is
// full, enqueue blocks the accepting thread, so the server stops accepting
// and the kernel's listen backlog holds further connections: memory and
// concurrency stay bounded under any load.
#ifndef DYAD_SERVE_BOUNDED_POOL_H_
#define DYAD_SERVE_BOUNDED_POOL_H_

#include <httplib.h>

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace dyad::serve {

class BoundedPool : public httplib::TaskQueue {
 public:
  // REQUIRES: threads >= 1, queue >= 1.
  BoundedPool(size_t threads, size_t queue);
  ~BoundedPool() override;

  // Queues `fn`; blocks while `queue` jobs already wait.
  void enqueue(std::function<void()> fn) override;
  // Runs every queued job, then joins the threads. Idempotent.
  void shutdown() override;

 private:
  void Work();

  const size_t max_queue_;
  std::mutex mutex_;
  std::condition_variable has_job_, has_room_;
  std::deque<std::function<void()>> jobs_;
  bool shutdown_ = false;
  std::vector<std::thread> threads_;
};

}  // namespace dyad::serve

#endif  // DYAD_SERVE_BOUNDED_POOL_H_
