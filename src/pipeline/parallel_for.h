// Internal to pipeline: run a function over the indexes [0, n) on a number of
// threads, the calling thread included. Which thread runs which index is not
// deterministic; callers write results into per-index slots, so the output is.
#ifndef DYAD_PIPELINE_PARALLEL_FOR_H_
#define DYAD_PIPELINE_PARALLEL_FOR_H_

#include <atomic>
#include <cstddef>
#include <thread>
#include <vector>

namespace dyad::pipeline {

template <typename Fn>
void ParallelFor(size_t n, unsigned threads, Fn&& fn) {
  std::atomic<size_t> next{0};
  auto work = [&] {
    for (size_t i = next.fetch_add(1); i < n; i = next.fetch_add(1)) fn(i);
  };
  std::vector<std::thread> helpers;
  for (unsigned t = 1; t < threads && t < n; ++t) helpers.emplace_back(work);
  work();
  for (std::thread& t : helpers) t.join();
}

}  // namespace dyad::pipeline

#endif  // DYAD_PIPELINE_PARALLEL_FOR_H_
