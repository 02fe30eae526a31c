// The HTTP server behind `dyad serve` (see dyad/serve.h): wires the store
// connections, the response cache, the routes, the static files, the limits
// and the access log into one httplib::Server, run on a thread of its own.
#include "dyad/serve.h"

#include <httplib.h>

#include <chrono>
#include <thread>

#include "serve/access_log.h"
#include "serve/api.h"
#include "serve/bounded_pool.h"
#include "serve/response_cache.h"
#include "serve/routes_ingest.h"
#include "serve/static_files.h"
#include "serve/store_pool.h"

namespace dyad {
namespace {

// httplib listens with a backlog of 5 (compiled into Debian's library):
// a burst of connections would see SYNs dropped and retried a second later.
// Listening again on the bound socket raises the backlog (Linux allows it).
class HttpServer : public httplib::Server {
 public:
  void RaiseBacklog() {
    if (svr_sock_ != INVALID_SOCKET) ::listen(svr_sock_, SOMAXCONN);
  }
};

}  // namespace

struct Server::Impl {
  explicit Impl(const ServeOptions& o)
      : options(o),
        cache(o.cache_entries, o.cache_bytes),
        files(o.web_dir),
        access_log(o.access_log) {}

  void SetUp();

  ServeOptions options;
  std::unique_ptr<serve::StorePool> pool;
  std::unique_ptr<serve::ChangeWatch> watch;
  std::unique_ptr<Store> writer;  // only with an ingest token
  serve::ResponseCache cache;
  serve::StaticFiles files;
  serve::AccessLog access_log;
  serve::IngestTarget ingest;
  HttpServer http;
  std::thread thread;
  int port = 0;
};

void Server::Impl::SetUp() {
  const size_t threads = std::max<uint32_t>(1, options.threads);
  const size_t queue = std::max<uint32_t>(1, options.queue);
  http.new_task_queue = [threads, queue] { return new serve::BoundedPool(threads, queue); };
  http.set_payload_max_length(options.max_request_bytes);
  // Small JSON answers must not wait for delayed ACKs (Nagle): 40 ms each.
  http.set_tcp_nodelay(true);
  http.set_read_timeout(options.read_timeout_seconds, 0);
  http.set_write_timeout(options.write_timeout_seconds, 0);
  http.set_keep_alive_timeout(options.keep_alive_seconds);
  http.set_keep_alive_max_count(options.keep_alive_requests);
  http.set_pre_routing_handler([](const httplib::Request&, httplib::Response&) {
    serve::AccessLog::Start();
    return httplib::Server::HandlerResponse::Unhandled;
  });
  http.set_logger([this](const httplib::Request& req, const httplib::Response& res) {
    access_log.Finish(req.method, req.path, res.status, res.body.size());
  });
  // Errors the library answers itself (413, 400, unmatched routes) get a
  // JSON body under /api/ and a plain one elsewhere; routes' own error
  // bodies are left as they are.
  http.set_error_handler(
      httplib::Server::HandlerWithResponse([](const httplib::Request& req, httplib::Response& res) {
        if (!res.body.empty()) return httplib::Server::HandlerResponse::Unhandled;
        const std::string message = res.status == 413   ? "request too large"
                                    : res.status == 404 ? "not found"
                                    : res.status == 400 ? "bad request"
                                                        : "error " + std::to_string(res.status);
        if (req.path.rfind("/api/", 0) == 0 || res.status == 413) {
          serve::SendJson(serve::ErrorReply(res.status, message), res);
        } else {
          res.set_content(message + "\n", "text/plain; charset=utf-8");
        }
        return httplib::Server::HandlerResponse::Handled;
      }));
  http.set_exception_handler(
      [](const httplib::Request&, httplib::Response& res, std::exception_ptr) {
        serve::SendJson(serve::ErrorReply(500, "internal error"), res);
      });

  serve::Api api(http, *pool, *watch, cache, std::max(0, options.query_time_limit_ms));
  serve::AddHealthRoutes(api);
  serve::AddArticleRoutes(api);
  serve::AddEventRoutes(api);
  serve::AddQuoteRoutes(api);
  serve::AddCopyRoutes(api);
  serve::AddSearchRoutes(api);
  serve::AddStoryRoutes(api);
  serve::AddRelationRoutes(api);
  ingest.token = options.ingest_token;
  ingest.store = writer.get();
  ingest.coder = options.coder;
  ingest.coder_run = options.coder_run;
  ingest.cache = &cache;
  serve::AddIngestRoute(http, &ingest);
  // Last: everything else under /api/ is unknown, the rest is the page.
  http.Get(R"(/.*)", [this](const httplib::Request& req, httplib::Response& res) {
    if (req.path.rfind("/api/", 0) == 0 || req.path == "/api") {
      serve::SendJson(serve::ErrorReply(404, "no such endpoint: " + req.path), res);
      return;
    }
    files.Serve(req, res);
  });
}

Result<std::unique_ptr<Server>> Server::Create(const ServeOptions& options) {
  auto impl = std::make_unique<Impl>(options);
  if (!options.ingest_token.empty()) {
    // Opened first: it creates or migrates the file if needed.
    auto writer = OpenSqliteStore(options.db);
    if (!writer.ok()) return writer.status();
    impl->writer = std::move(*writer);
  }
  auto pool = serve::StorePool::Open(options.db, std::max<uint32_t>(1, options.store_connections));
  if (!pool.ok()) return pool.status();
  impl->pool = std::move(*pool);
  auto watch = serve::ChangeWatch::Open(options.db, std::max(0, options.change_check_ms));
  if (!watch.ok()) return watch.status();
  impl->watch = std::move(*watch);
  impl->SetUp();
  return std::unique_ptr<Server>(new Server(std::move(impl)));
}

Server::Server(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

Server::~Server() {
  Stop();
}

Status Server::Start() {
  if (impl_->thread.joinable()) return Status::InvalidArgument("the server is already started");
  const std::string& host = impl_->options.host;
  int port = impl_->options.port;
  if (port == 0) {
    port = impl_->http.bind_to_any_port(host);
    if (port < 0) return Status::IOError("cannot listen on " + host);
  } else if (!impl_->http.bind_to_port(host, port)) {
    return Status::IOError("cannot listen on " + host + ":" + std::to_string(port) +
                           " (in use, or not an address of this machine)");
  }
  impl_->port = port;
  impl_->http.RaiseBacklog();
  impl_->thread = std::thread([this] { impl_->http.listen_after_bind(); });
  // Stop() is only effective once the server runs: wait for it.
  for (int i = 0; i < 5000 && !impl_->http.is_running(); ++i)
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  return Status::OK();
}

void Server::Stop() {
  if (!impl_ || !impl_->thread.joinable()) return;
  impl_->http.stop();
  impl_->thread.join();
}

int Server::port() const {
  return impl_->port;
}

std::string Server::url() const {
  return "http://" + impl_->options.host + ":" + std::to_string(impl_->port) + "/";
}

}  // namespace dyad
