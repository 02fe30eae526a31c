// Helpers for the tests of `dyad serve`: a store with examples/corpus (and
// extra JSON Lines articles) ingested once per test suite, a Server run
// in-process on a free port, and raw HTTP requests for paths a client
// library would normalise.
#ifndef DYAD_TESTS_SERVE_TEST_UTIL_H_
#define DYAD_TESTS_SERVE_TEST_UTIL_H_

#include <arpa/inet.h>
#include <httplib.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include <memory>
#include <nlohmann/json.hpp>
#include <string>

#include "dyad/serve.h"
#include "test_util.h"

namespace dyad::testing {

// A directory that outlives a test suite's tests (ScratchDir is per test).
inline fs::path SuiteDir(const std::string& name) {
  fs::path p =
      fs::temp_directory_path() / ("dyad_serve_" + std::to_string(::getpid()) + "_" + name);
  fs::remove_all(p);
  fs::create_directories(p);
  return p;
}

// Runs `dyad --db db ingest -q paths...`; returns its exit code.
inline int IngestInto(const std::string& db, const std::vector<std::string>& paths,
                      const fs::path& dir) {
  std::string cmd = ShellQuote(DYAD_EXE) + " --db " + ShellQuote(db) + " ingest -q";
  for (const std::string& p : paths) cmd += " " + ShellQuote(p);
  cmd += " >" + ShellQuote((dir / "ingest.out").string()) + " 2>&1";
  int raw = std::system(cmd.c_str());
  return WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
}

// A server on 127.0.0.1 and a free port, stopped at destruction.
struct RunningServer {
  explicit RunningServer(ServeOptions options) {
    options.host = "127.0.0.1";
    options.port = 0;
    options.change_check_ms = 0;  // tests look for changes at every request
    if (!options.access_log) options.access_log = [](const std::string&) {};
    auto created = Server::Create(options);
    EXPECT_TRUE(created.ok()) << created.status().ToString();
    if (!created.ok()) return;
    server = std::move(*created);
    Status s = server->Start();
    EXPECT_TRUE(s.ok()) << s.ToString();
    client = std::make_unique<httplib::Client>("127.0.0.1", server->port());
  }
  // GET `path`; status -1 when the request failed.
  std::pair<int, std::string> Get(const std::string& path) {
    auto r = client->Get(path.c_str());
    if (!r) return {-1, ""};
    return {r->status, r->body};
  }
  nlohmann::json GetJson(const std::string& path, int want_status = 200) {
    auto [status, body] = Get(path);
    EXPECT_EQ(status, want_status) << path << ": " << body;
    auto j = nlohmann::json::parse(body, nullptr, false);
    EXPECT_FALSE(j.is_discarded()) << path << ": " << body;
    return j;
  }
  std::unique_ptr<Server> server;
  std::unique_ptr<httplib::Client> client;
};

// Sends `request_target` verbatim in a GET request; returns the status code
// and the whole response (headers and body).
inline std::pair<int, std::string> RawGet(int port, const std::string& request_target) {
  int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(static_cast<uint16_t>(port));
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
    ::close(fd);
    return {-1, ""};
  }
  const std::string req =
      "GET " + request_target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";
  (void)!::write(fd, req.data(), req.size());
  std::string response;
  char buf[4096];
  for (ssize_t n; (n = ::read(fd, buf, sizeof buf)) > 0;) response.append(buf, n);
  ::close(fd);
  int status = -1;
  if (response.rfind("HTTP/1.1 ", 0) == 0) status = std::atoi(response.c_str() + 9);
  return {status, response};
}

}  // namespace dyad::testing

#endif  // DYAD_TESTS_SERVE_TEST_UTIL_H_
