// `dyad stats`: what the store holds: articles, outlets, dates, sentences,
// sources, events, quotes and speakers, and boilerplate removed.
#include <cstdio>
#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "cli/json_output.h"

namespace dyad::cli {

void AddStatsCommand(CLI::App& app, const GlobalOptions& g, int* exit_code) {
  auto json = std::make_shared<bool>(false);
  CLI::App* cmd = app.add_subcommand("stats", "Summarise what the store holds.");
  cmd->add_flag("--json", *json, "print JSON");
  cmd->callback([json, &g, exit_code] {
    auto store = OpenStoreFor(g, /*read_only=*/true);
    if (!store.ok()) {
      *exit_code = store.status().IsNotFound() ? kExitRejected : kExitFailure;
      return;
    }
    auto st = (*store)->Stats();
    if (!st.ok()) {
      PrintError(st.status().ToString());
      *exit_code = kExitFailure;
      return;
    }
    if (*json) {
      std::cout << StoreStatsJson(*st).dump(2) << "\n";
    } else {
      std::printf("%s: %llu articles, %llu outlets, %llu sentences, %llu sources\n", g.db.c_str(),
                  static_cast<unsigned long long>(st->articles),
                  static_cast<unsigned long long>(st->outlets),
                  static_cast<unsigned long long>(st->sentences),
                  static_cast<unsigned long long>(st->sources));
      if (!st->first_published.empty())
        std::printf("published %s to %s\n", st->first_published.c_str(),
                    st->last_published.c_str());
      std::printf("events: %llu, from %llu coded articles\n",
                  static_cast<unsigned long long>(st->events),
                  static_cast<unsigned long long>(st->coded_articles));
      std::printf("quotes: %llu, from %llu articles, %llu speakers; %llu statement events\n",
                  static_cast<unsigned long long>(st->quotes),
                  static_cast<unsigned long long>(st->quoted_articles),
                  static_cast<unsigned long long>(st->speakers),
                  static_cast<unsigned long long>(st->statement_events));
      std::printf("copies: %llu links, %llu groups; %llu articles fingerprinted\n",
                  static_cast<unsigned long long>(st->copy_links),
                  static_cast<unsigned long long>(st->copy_groups),
                  static_cast<unsigned long long>(st->fingerprinted_articles));
      std::printf("boilerplate removed: %llu blocks, %llu characters\n",
                  static_cast<unsigned long long>(st->boilerplate_blocks),
                  static_cast<unsigned long long>(st->boilerplate_chars));
      std::printf("stories: %llu, holding %llu articles\n",
                  static_cast<unsigned long long>(st->stories),
                  static_cast<unsigned long long>(st->storied_articles));
    }
    *exit_code = kExitOk;
  });
}

}  // namespace dyad::cli
