// The server's bounded worker pool (see bounded_pool.h).
#include "serve/bounded_pool.h"

namespace dyad::serve {

BoundedPool::BoundedPool(size_t threads, size_t queue) : max_queue_(queue) {
  for (size_t i = 0; i < threads; ++i) threads_.emplace_back([this] { Work(); });
}

BoundedPool::~BoundedPool() {
  shutdown();
}

void BoundedPool::enqueue(std::function<void()> fn) {
  std::unique_lock<std::mutex> lock(mutex_);
  has_room_.wait(lock, [this] { return jobs_.size() < max_queue_ || shutdown_; });
  jobs_.push_back(std::move(fn));
  lock.unlock();
  has_job_.notify_one();
}

void BoundedPool::shutdown() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    shutdown_ = true;
  }
  has_job_.notify_all();
  has_room_.notify_all();
  for (std::thread& t : threads_)
    if (t.joinable()) t.join();
}

void BoundedPool::Work() {
  for (;;) {
    std::function<void()> job;
    {
      std::unique_lock<std::mutex> lock(mutex_);
      has_job_.wait(lock, [this] { return !jobs_.empty() || shutdown_; });
      if (jobs_.empty()) return;  // shut down and nothing left
      job = std::move(jobs_.front());
      jobs_.pop_front();
    }
    has_room_.notify_one();
    job();
  }
}

}  // namespace dyad::serve
