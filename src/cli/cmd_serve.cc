// `dyad serve`: the JSON API (docs/api.md) and the web page over a store,
// on http://127.0.0.1:8080/ by default. Read-only unless --ingest-token (or
// $DYAD_INGEST_TOKEN) is set, which enables POST /api/ingest for requests
// bearing the token. Stops on SIGINT/SIGTERM after the requests in flight.
#include <signal.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>

#include "cli/commands.h"
#include "cli/dictionary_choice.h"
#include "dyad/serve.h"

namespace dyad::cli {

void AddServeCommand(CLI::App& app, const GlobalOptions& g, int* exit_code) {
  struct Options {
    ServeOptions serve;
    std::string access_log;
    std::vector<std::string> dicts;
    bool no_code = false;
  };
  auto o = std::make_shared<Options>();
#ifdef DYAD_WEB_DIR
  o->serve.web_dir = DYAD_WEB_DIR;
#endif
  CLI::App* cmd = app.add_subcommand(
      "serve", "Serve the JSON API and the web page over the store (until Ctrl-C).");
  cmd->add_option("--host", o->serve.host, "address to listen on (default 127.0.0.1)");
  cmd->add_option("--port", o->serve.port, "port (default 8080; 0 = any free port)");
  cmd->add_option("--web", o->serve.web_dir, "the web page's directory (default: the build's)");
  cmd->add_option("--threads", o->serve.threads,
                  "worker threads = connections served at once (default 256)")
      ->check(CLI::Range(1, 4096));
  cmd->add_option("--ingest-token", o->serve.ingest_token,
                  "enable POST /api/ingest for requests with 'Authorization: Bearer TOKEN' "
                  "(or $DYAD_INGEST_TOKEN)");
  cmd->add_option("--access-log", o->access_log, "append the access log to FILE (default stderr)");
  cmd->add_option("--max-request-size", o->serve.max_request_bytes,
                  "larger request bodies get 413 (default 8MB)")
      ->transform(CLI::AsSizeValue(false));
  cmd->add_option("--query-time-limit", o->serve.query_time_limit_ms,
                  "stop a read's store queries after this many ms and answer 503 (default 10000; "
                  "0 = none)");
  cmd->add_option("--cache", o->serve.cache_entries,
                  "API responses kept in memory (default 4096; 0 = none)");
  cmd->add_option("--dict", o->dicts, "with ingest: code with these dictionaries (as dyad ingest)");
  cmd->add_flag("--no-code", o->no_code, "with ingest: code no events");
  cmd->callback([o, &g, exit_code] {
    ServeOptions& opts = o->serve;
    opts.db = g.db;
    if (opts.ingest_token.empty()) {
      if (const char* env = std::getenv("DYAD_INGEST_TOKEN"); env != nullptr)
        opts.ingest_token = env;
    }
    ChosenCoder coding;
    if (!opts.ingest_token.empty() && !o->no_code) {
      if (!LoadChosenCoder(o->dicts, &coding)) {
        *exit_code = kExitRejected;
        return;
      }
      opts.coder = coding.coder.get();
      opts.coder_run = coding.dictionaries->run;
    }
    std::shared_ptr<std::ofstream> log_file;
    if (!o->access_log.empty()) {
      log_file = std::make_shared<std::ofstream>(o->access_log, std::ios::app);
      if (!*log_file) {
        PrintError(o->access_log + ": cannot open the access log");
        *exit_code = kExitFailure;
        return;
      }
      opts.access_log = [log_file](const std::string& line) { *log_file << line << '\n'; };
    }
    auto server = Server::Create(opts);
    if (!server.ok()) {
      if (server.status().IsNotFound()) {
        PrintError(g.db + ": no such database; run `dyad ingest PATH` first, or pass --db FILE");
      } else {
        PrintError(server.status().message());
      }
      *exit_code = server.status().IsNotFound() ? kExitRejected : kExitFailure;
      return;
    }
    // The server's threads inherit this mask, so SIGINT and SIGTERM reach
    // sigwait below and nothing else.
    sigset_t stop_signals;
    sigemptyset(&stop_signals);
    sigaddset(&stop_signals, SIGINT);
    sigaddset(&stop_signals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);
    ::signal(SIGPIPE, SIG_IGN);
    Status started = (*server)->Start();
    if (!started.ok()) {
      PrintError(started.message());
      *exit_code = kExitFailure;
      return;
    }
    std::printf("dyad: serving %s%s\n", (*server)->url().c_str(),
                opts.ingest_token.empty() ? "" : " (ingest enabled)");
    std::fflush(stdout);
    int signal_number = 0;
    sigwait(&stop_signals, &signal_number);
    std::fprintf(stderr, "dyad: %s received, finishing requests in flight\n",
                 signal_number == SIGINT ? "SIGINT" : "SIGTERM");
    (*server)->Stop();
    if (log_file) log_file->flush();
    *exit_code = kExitOk;
  });
}

}  // namespace dyad::cli
