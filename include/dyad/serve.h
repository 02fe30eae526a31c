// dyad/serve.h: the HTTP server behind `dyad serve`: the JSON API over a
// store (docs/api.md) and the web page's static files.
//
//   dyad::ServeOptions opts;
//   opts.db = "dyad.db";
//   opts.port = 0;                       // any free port
//   auto server = dyad::Server::Create(opts);
//   if (!server.ok()) { ... }
//   Status s = (*server)->Start();       // listens on its own thread
//   std::cout << (*server)->url();       // "http://127.0.0.1:41234/"
//   (*server)->Stop();                   // finishes requests in flight, then returns
//
// Reads: GET /api/... is answered from a small LRU cache of encoded
// responses keyed by the full URL when it can, without touching the store;
// otherwise from one of `store_connections` read-only connections, lent to
// one request at a time. The cache is emptied when the store's data version
// (PRAGMA data_version, looked at through a connection of its own at most
// every change_check_ms) shows that another process committed, and at once
// after POST /api/ingest.
// Writes: only POST /api/ingest writes, through one read-write connection
// opened only when an ingest token is set, one ingest at a time.
//
// Limits: request bodies above max_request_bytes get 413; reads and writes
// of a connection time out; at most `threads` connections are served at
// once, and at most `queue` accepted connections wait for a worker (beyond that the
// server stops accepting, and the kernel's backlog holds the rest).
//
// Thread safety: Start and Stop are called by the thread that owns the
// Server (`dyad serve` waits for SIGINT/SIGTERM, then calls Stop); Stop is
// idempotent and also runs from the destructor.
#ifndef DYAD_SERVE_H_
#define DYAD_SERVE_H_

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>

#include "dyad/coding.h"
#include "dyad/status.h"
#include "dyad/store.h"

namespace dyad {

struct ServeOptions {
  std::string db = "dyad.db";      // the SQLite store; must exist
  std::string host = "127.0.0.1";  // address to listen on
  int port = 8080;                 // 0: any free port (see Server::port())
  // The web page's directory; "" serves a short page saying how to get it.
  // No file outside it is ever served.
  std::string web_dir;
  // Worker threads = connections served at once (a keep-alive connection
  // holds its worker until it closes or idles keep_alive_seconds).
  uint32_t threads = 256;
  uint32_t queue = 256;            // accepted connections waiting for a worker
  uint32_t store_connections = 8;  // uncached reads running at once
  int change_check_ms = 100;       // how stale a cached answer may be; 0: never
  // A read whose store queries run longer is stopped and answered 503
  // (narrow the filter). 0: no limit.
  int query_time_limit_ms = 10000;
  size_t max_request_bytes = 8u << 20;  // larger bodies: 413
  int read_timeout_seconds = 5, write_timeout_seconds = 5;
  int keep_alive_seconds = 5;
  size_t keep_alive_requests = 100;  // requests per connection before it is closed
  size_t cache_entries = 4096;       // encoded GET /api responses kept; 0: no cache
  size_t cache_bytes = 64u << 20;    // and at most this many bytes of them
  // POST /api/ingest is refused (403) unless this is set; then it needs
  // "Authorization: Bearer <token>" (401 otherwise), and the store is also
  // opened read-write for it.
  std::string ingest_token;
  // Codes the ingested articles (nullptr: store them uncoded), with the
  // dictionaries named by coder_run. REQUIRES: outlives the Server.
  const Coder* coder = nullptr;
  CoderRun coder_run;
  // One line per request: "method path status bytes ms". Default: stderr.
  std::function<void(const std::string&)> access_log;
};

class Server {
 public:
  // Opens the store (read-only; also read-write with an ingest token) and
  // sets up the routes. NotFound when the store does not exist.
  static Result<std::unique_ptr<Server>> Create(const ServeOptions& options);
  ~Server();

  // Binds host:port and serves on a thread of its own. IOError when the
  // address cannot be bound; InvalidArgument when already started.
  Status Start();
  // Stops accepting, lets the requests in flight finish, joins the threads.
  void Stop();

  int port() const;         // the bound port, after Start
  std::string url() const;  // "http://host:port/"

  struct Impl;

 private:
  explicit Server(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace dyad

#endif  // DYAD_SERVE_H_
