// `dyad articles`: lists stored articles, newest first, filtered by outlet
// and date, as a table or JSON.
#include <cstdio>
#include <iostream>

#include "cli/commands.h"
#include "cli/json_output.h"

namespace dyad::cli {
namespace {

// Cuts `s` to at most `width` bytes at a UTF-8 character boundary, marking the cut.
std::string Clip(const std::string& s, size_t width) {
  if (s.size() <= width) return s;
  size_t cut = width - 3;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  return s.substr(0, cut) + "...";
}

}  // namespace

void AddArticlesCommand(CLI::App& app, const GlobalOptions& g, int* exit_code) {
  struct Options {
    ArticleFilter filter;
    bool json = false;
  };
  auto o = std::make_shared<Options>();
  CLI::App* cmd = app.add_subcommand("articles", "List stored articles, newest first.");
  cmd->add_option("--outlet", o->filter.outlet, "only this outlet (case-insensitive)");
  cmd->add_option("--from", o->filter.from, "published on or after this date (YYYY-MM-DD)");
  cmd->add_option("--to", o->filter.to, "published on or before this date (YYYY-MM-DD)");
  cmd->add_option("--limit", o->filter.limit, "at most this many (default: all)");
  cmd->add_option("--offset", o->filter.offset, "skip this many first");
  cmd->add_flag("--json", o->json, "print JSON Lines, one article a line");
  cmd->callback([o, &g, exit_code] {
    auto store = OpenStoreFor(g, /*read_only=*/true);
    if (!store.ok()) {
      *exit_code = store.status().IsNotFound() ? kExitRejected : kExitFailure;
      return;
    }
    auto list = (*store)->ListArticles(o->filter);
    if (!list.ok()) {
      PrintError(list.status().ToString());
      *exit_code = kExitFailure;
      return;
    }
    for (const ArticleSummary& a : *list) {
      if (o->json) {
        std::cout << SummaryJson(a).dump() << "\n";
      } else {
        std::printf("%s  %-10s  %-20s  %s\n", a.id.c_str(), a.published.substr(0, 10).c_str(),
                    Clip(a.outlet, 20).c_str(), Clip(a.title, 70).c_str());
      }
    }
    if (!o->json) std::fprintf(stderr, "%zu articles\n", list->size());
    *exit_code = kExitOk;
  });
}

}  // namespace dyad::cli
