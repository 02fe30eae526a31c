// Tests of the server's parts that need no socket: the response cache
// (LRU by entries and bytes, generations), the bounded worker pool (runs
// everything queued, bounded queue), the access log line, bearer tokens and
// static paths.
#include "serve/response_cache.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <thread>

#include "serve/access_log.h"
#include "serve/bounded_pool.h"
#include "serve/routes_ingest.h"
#include "serve/static_files.h"

namespace dyad::serve {
namespace {

CachedResponse Body(std::string s) {
  return CachedResponse{200, std::make_shared<const std::string>(std::move(s))};
}

TEST(ResponseCacheTest, EvictsTheLeastRecentlyUsedEntry) {
  ResponseCache cache(2, 1000);
  const uint64_t g = cache.generation();
  cache.Put("/a", g, Body("A"));
  cache.Put("/b", g, Body("B"));
  ASSERT_TRUE(cache.Get("/a"));  // /a is now the most recent
  cache.Put("/c", g, Body("C"));
  EXPECT_TRUE(cache.Get("/a"));
  EXPECT_FALSE(cache.Get("/b"));
  EXPECT_EQ(*cache.Get("/c")->body, "C");
  EXPECT_EQ(cache.size(), 2u);
}

TEST(ResponseCacheTest, KeepsWithinItsBytes) {
  ResponseCache cache(100, 10);
  const uint64_t g = cache.generation();
  cache.Put("/a", g, Body("123456"));
  cache.Put("/b", g, Body("7890"));
  EXPECT_EQ(cache.size(), 2u);
  cache.Put("/c", g, Body("xy"));  // 12 bytes: /a goes
  EXPECT_FALSE(cache.Get("/a"));
  EXPECT_TRUE(cache.Get("/b"));
  cache.Put("/big", g, Body(std::string(11, 'z')));  // larger than the cache: not kept
  EXPECT_FALSE(cache.Get("/big"));
  EXPECT_TRUE(cache.Get("/c"));
}

TEST(ResponseCacheTest, AnAnswerFromBeforeAnInvalidationIsNotStored) {
  ResponseCache cache(10, 1000);
  const uint64_t before = cache.generation();
  cache.Put("/a", before, Body("old"));
  cache.Invalidate();
  EXPECT_FALSE(cache.Get("/a"));
  cache.Put("/b", before, Body("computed before"));
  EXPECT_FALSE(cache.Get("/b"));
  cache.Put("/b", cache.generation(), Body("new"));
  EXPECT_EQ(*cache.Get("/b")->body, "new");
}

TEST(ResponseCacheTest, ZeroEntriesCachesNothing) {
  ResponseCache cache(0, 1000);
  cache.Put("/a", cache.generation(), Body("A"));
  EXPECT_FALSE(cache.Get("/a"));
}

TEST(BoundedPoolTest, RunsEveryJobAndBlocksWhenTheQueueIsFull) {
  std::atomic<int> done{0};
  std::atomic<bool> release{false};
  auto pool = std::make_unique<BoundedPool>(1, 2);
  pool->enqueue([&] {
    while (!release) std::this_thread::sleep_for(std::chrono::milliseconds(1));
    ++done;
  });
  // Wait for the worker to take the first job, then fill the queue.
  std::this_thread::sleep_for(std::chrono::milliseconds(20));
  pool->enqueue([&] { ++done; });
  pool->enqueue([&] { ++done; });
  std::atomic<bool> fourth_queued{false};
  std::thread producer([&] {
    pool->enqueue([&] { ++done; });
    fourth_queued = true;
  });
  std::this_thread::sleep_for(std::chrono::milliseconds(50));
  EXPECT_FALSE(fourth_queued);  // blocked: the queue holds 2
  release = true;
  producer.join();
  EXPECT_TRUE(fourth_queued);
  pool->shutdown();  // runs what is queued, then joins
  EXPECT_EQ(done, 4);
}

TEST(AccessLogTest, OneLinePerRequestWithoutControlCharacters) {
  EXPECT_EQ(AccessLogLine("GET", "/api/events", 200, 1234, 1.5), "GET /api/events 200 1234 1.50ms");
  EXPECT_EQ(AccessLogLine("GET", "/a\nb\rc", 404, 0, 0), "GET /a?b?c 404 0 0.00ms");
}

TEST(BearerTest, MatchesOnlyTheExactToken) {
  EXPECT_TRUE(BearerMatches("Bearer abc", "abc"));
  EXPECT_FALSE(BearerMatches("Bearer abd", "abc"));
  EXPECT_FALSE(BearerMatches("Bearer abc ", "abc"));
  EXPECT_FALSE(BearerMatches("bearer abc", "abc"));
  EXPECT_FALSE(BearerMatches("abc", "abc"));
  EXPECT_FALSE(BearerMatches("Bearer ", ""));  // no token: nothing matches
}

TEST(StaticFilesTest, ContentTypesByExtension) {
  EXPECT_EQ(StaticFiles::ContentType("/index.html"), "text/html; charset=utf-8");
  EXPECT_EQ(StaticFiles::ContentType("/assets/app-1.js"), "text/javascript; charset=utf-8");
  EXPECT_EQ(StaticFiles::ContentType("/a.css"), "text/css; charset=utf-8");
  EXPECT_EQ(StaticFiles::ContentType("/a.woff2"), "font/woff2");
  EXPECT_EQ(StaticFiles::ContentType("/a.unknown"), "application/octet-stream");
}

}  // namespace
}  // namespace dyad::serve
