// `dyad recode [--dict ...]`: codes every stored article again with the
// chosen dictionaries and replaces its events (and quotes, with the new
// dictionaries' speaker codes), one transaction per batch, so
// a dictionary fix applies without re-ingesting. Running it twice with the
// same dictionaries changes nothing.
#include <cstdio>
#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "cli/dictionary_choice.h"
#include "dyad/pipeline.h"

namespace dyad::cli {

void AddRecodeCommand(CLI::App& app, const GlobalOptions& g, int* exit_code) {
  struct Options {
    std::vector<std::string> dicts;
    uint32_t threads = 0, batch = 256;
    bool json = false, no_quotes = false;
  };
  auto o = std::make_shared<Options>();
  CLI::App* cmd = app.add_subcommand(
      "recode",
      "Code every stored article again and replace its events and quotes (after a dictionary "
      "fix).");
  cmd->add_option("--dict", o->dicts, "dyad (default) | tabari | petrarch | FILE (repeatable)");
  cmd->add_option("--threads", o->threads, "worker threads (default: one per core)");
  cmd->add_option("--batch", o->batch, "articles per store transaction (default 256)");
  cmd->add_flag("--no-quotes", o->no_quotes,
                "leave quotes as they are; code no statements from them");
  cmd->add_flag("--json", o->json, "print the summary as JSON");
  cmd->callback([o, &g, exit_code] {
    auto loaded = LoadChosenDictionaries(o->dicts);
    if (!loaded.ok()) {
      PrintError(loaded.status().ToString());
      *exit_code = kExitRejected;
      return;
    }
    auto store = OpenStoreFor(g, /*read_only=*/false);
    if (!store.ok()) {
      *exit_code = kExitFailure;
      return;
    }
    Coder coder(&(*loaded)->dict);
    RecodeOptions opts;
    opts.coder = &coder;
    opts.coder_run = (*loaded)->run;
    opts.threads = o->threads;
    opts.batch_size = o->batch;
    opts.quotes = !o->no_quotes;
    auto summary = RunRecode(**store, opts);
    if (!summary.ok()) {
      PrintError(summary.status().ToString());
      *exit_code = kExitFailure;
      return;
    }
    if (o->json) {
      nlohmann::json j{{"articles", summary->articles},
                       {"events_before", summary->events_before},
                       {"events", summary->events},
                       {"dictionaries", (*loaded)->run.fingerprint},
                       {"seconds", summary->seconds}};
      std::cout << j.dump(2) << "\n";
    } else {
      std::printf("recoded %llu articles in %.2f s: %llu events (before: %llu), dictionaries %s\n",
                  static_cast<unsigned long long>(summary->articles), summary->seconds,
                  static_cast<unsigned long long>(summary->events),
                  static_cast<unsigned long long>(summary->events_before),
                  (*loaded)->run.fingerprint.c_str());
    }
    *exit_code = kExitOk;
  });
}

}  // namespace dyad::cli
