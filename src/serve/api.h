// Internal to serve: how the JSON API's routes are declared. A read route
// is a function from (store connection, request) to a Reply; Api::Read
// wraps it with what every GET /api route shares: the response cache keyed
// by the full URL (emptied when the ChangeWatch sees the store change), a
// pooled read-only connection when the answer is not cached, JSON encoding
// and errors as {"error": "..."}. Each routes_<resource>.cc adds its routes.
#ifndef DYAD_SERVE_API_H_
#define DYAD_SERVE_API_H_

#include <httplib.h>

#include <functional>
#include <nlohmann/json.hpp>
#include <string>

#include "dyad/status.h"
#include "dyad/store.h"
#include "serve/response_cache.h"
#include "serve/store_pool.h"

namespace dyad::serve {

struct Reply {
  int status = 200;
  nlohmann::json body;
};

// {"error": message} with `status`.
Reply ErrorReply(int status, const std::string& message);
// A failed store call: 400 for InvalidArgument, 404 for NotFound, else 500.
Reply StatusReply(const Status& status);
// `body` as the API sends it: compact UTF-8 JSON with '<', '>' and '&'
// escaped (\u003c...).
std::string EncodeJson(const nlohmann::json& body);
// Writes `reply` to `res` as JSON.
void SendJson(const Reply& reply, httplib::Response& res);
void SendEncoded(int status, const std::string& body, httplib::Response& res);

using ReadHandler = std::function<Reply(Store&, const httplib::Request&)>;

class Api {
 public:
  Api(httplib::Server& http, StorePool& pool, ChangeWatch& watch, ResponseCache& cache,
      int query_time_limit_ms)
      : http_(http),
        pool_(pool),
        watch_(watch),
        cache_(cache),
        query_time_limit_ms_(query_time_limit_ms) {}

  // Answers GET `pattern` (a regex over the path) with `handler`, through
  // the cache: only 200 replies are cached.
  void Read(const std::string& pattern, ReadHandler handler);

  httplib::Server& http() { return http_; }
  ResponseCache& cache() { return cache_; }

 private:
  httplib::Server& http_;
  StorePool& pool_;
  ChangeWatch& watch_;
  ResponseCache& cache_;
  int query_time_limit_ms_;
};

void AddHealthRoutes(Api& api);   // /api/health, /api/stats
void AddArticleRoutes(Api& api);  // /api/articles, /api/articles/{id}
void AddEventRoutes(Api& api);    // /api/events
void AddQuoteRoutes(Api& api);    // /api/quotes, /api/quotes/{article}/{ordinal}
void AddCopyRoutes(Api& api);     // /api/copies, /api/copies/{id}
void AddSearchRoutes(Api& api);   // /api/search
void AddStoryRoutes(Api& api);     // /api/stories, /api/stories/{id}
void AddRelationRoutes(Api& api);  // /api/relations, /api/relations/events

}  // namespace dyad::serve

#endif  // DYAD_SERVE_API_H_
