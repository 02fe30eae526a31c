// What every read route of the JSON API shares (see api.h).
#include "serve/api.h"

#include <chrono>
#include <memory>

namespace dyad::serve {

Reply ErrorReply(int status, const std::string& message) {
  return Reply{status, nlohmann::json{{"error", message}}};
}

Reply StatusReply(const Status& status) {
  if (status.IsInvalidArgument()) return ErrorReply(400, status.message());
  if (status.IsNotFound()) return ErrorReply(404, status.message());
  return ErrorReply(500, status.ToString());
}

void SendEncoded(int status, const std::string& body, httplib::Response& res) {
  res.status = status;
  res.set_content(body, "application/json; charset=utf-8");
  res.set_header("Cache-Control", "no-cache");
  res.set_header("X-Content-Type-Options", "nosniff");
}

std::string EncodeJson(const nlohmann::json& body) {
  // Invalid UTF-8 (never stored, but never trusted) becomes U+FFFD rather
  // than an exception.
  const std::string dumped = body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  // '<', '>' and '&' only occur inside strings in JSON: written as \u escapes
  // they can never open a tag, even in a page that misuses the response.
  std::string out;
  out.reserve(dumped.size() + 16);
  for (char c : dumped) {
    switch (c) {
      case '<': out += "\\u003c"; break;
      case '>': out += "\\u003e"; break;
      case '&': out += "\\u0026"; break;
      default: out += c;
    }
  }
  return out;
}

void SendJson(const Reply& reply, httplib::Response& res) {
  SendEncoded(reply.status, EncodeJson(reply.body), res);
}

void Api::Read(const std::string& pattern, ReadHandler handler) {
  // The Api is a setup helper: the route keeps the pool and cache, not it.
  StorePool& pool = pool_;
  ChangeWatch& watch = watch_;
  ResponseCache& cache = cache_;
  const int limit_ms = query_time_limit_ms_;
  http_.Get(pattern, [&pool, &watch, &cache, limit_ms, handler = std::move(handler)](
                         const httplib::Request& req, httplib::Response& res) {
    if (watch.Changed()) cache.Invalidate();
    // The target is the URL as sent (path and query string), so two
    // spellings of one query are two entries: harmless.
    const std::string& key = req.target;
    if (auto hit = cache.Get(key)) {
      SendEncoded(hit->status, *hit->body, res);
      return;
    }
    const uint64_t generation = cache.generation();
    Reply reply;
    {
      StorePool::Lease lease = pool.Acquire();
      const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(limit_ms);
      if (limit_ms > 0) lease.store().SetDeadline(deadline);
      reply = handler(lease.store(), req);
      if (limit_ms > 0) {
        lease.store().SetDeadline({});
        if (reply.status == 500 && std::chrono::steady_clock::now() > deadline)
          reply = ErrorReply(503, "the query ran longer than " + std::to_string(limit_ms) +
                                      " ms and was stopped; narrow it (dates, actors, code)");
      }
    }
    auto body = std::make_shared<const std::string>(EncodeJson(reply.body));
    SendEncoded(reply.status, *body, res);
    if (reply.status == 200) cache.Put(key, generation, CachedResponse{reply.status, body});
  });
}

}  // namespace dyad::serve
