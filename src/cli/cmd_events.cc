// `dyad events`: stored events filtered by source, target, date, CAMEO code
// or article, as a readable table (default), JSON Lines or CSV. Each row
// names the date, the dyad and code, Goldstein and QuadClass, the article and
// the sentence (text, or offsets into the article's text), and the rule
// (dictionary file:line) that coded it, with the quote it came from.
// --fold-copies counts each event once (FoldCopies, dyad/store.h): copies
// folded into their original, each row with its independent sources and
// the articles reporting it. --one-a-day keeps one row per (date, source,
// target, code) (OneADay, Phoenix's filter), its counts summed.
#include <cstdio>
#include <iostream>

#include "cli/commands.h"
#include "cli/event_formats.h"
#include "cli/json_output.h"
#include "dyad/dictionary.h"

namespace dyad::cli {
namespace {

// One event as a line of the table, with its sentence below.
void PrintEventRow(const StoredEvent& e) {
  std::printf("%-10s  %-12s %-5s %-12s %5.1f  Q%d  %s  %s%s\n",
              e.date > 0 ? IsoDay(e.date).c_str() : "(no date)", e.source.code.c_str(),
              e.code.c_str(), e.target.empty() ? "-" : e.target.code.c_str(), e.goldstein,
              e.quad_class, e.article.c_str(),
              (e.pattern_entry.empty() ? e.verb_entry : e.pattern_entry).c_str(),
              e.rule == "coder" ? "" : ("  " + e.rule).c_str());
  if (!e.sentence_text.empty()) std::printf("    %s\n", e.sentence_text.c_str());
}

}  // namespace

void AddEventsCommand(CLI::App& app, const GlobalOptions& g, int* exit_code) {
  struct Options {
    EventFilter filter;
    std::string from, to;
    bool json = false, csv = false, fold = false, one_a_day = false;
  };
  auto o = std::make_shared<Options>();
  CLI::App* cmd = app.add_subcommand(
      "events",
      "List stored events by date: who did what to whom, with the sentence and the rule.");
  cmd->add_option("--source", o->filter.source,
                  "source code prefix (CHN matches CHN, CHNGOV, ...) or alias (NATO, UN, EU)");
  cmd->add_option("--target", o->filter.target, "target code prefix or alias");
  cmd->add_option("--from", o->from, "on or after this date (YYYY-MM-DD)");
  cmd->add_option("--to", o->to, "on or before this date (YYYY-MM-DD)");
  cmd->add_option("--code", o->filter.code, "CAMEO code prefix: 11 = root 11 and its sub-codes");
  cmd->add_option("--article", o->filter.article, "only this article (id or unique prefix)");
  cmd->add_option("--limit", o->filter.limit, "at most this many (default: all)");
  auto* json_flag = cmd->add_flag("--json", o->json, "print JSON Lines, one event a line");
  cmd->add_flag("--csv", o->csv, "print CSV with a header line")->excludes(json_flag);
  cmd->add_flag("--fold-copies", o->fold,
                "one row per event (same date, source, target, code), copies folded into their "
                "original, with its independent sources and reporting articles");
  cmd->add_flag("--one-a-day", o->one_a_day,
                "one row per (date, source, target, code), as Phoenix's one-a-day filter; with "
                "its sources and articles summed");
  cmd->callback([o, &g, exit_code] {
    auto store = OpenForListing(g, o->from, o->to, &o->filter.from, &o->filter.to, exit_code);
    if (store == nullptr) return;
    auto events = store->QueryEvents(o->filter);
    if (!events.ok()) {
      *exit_code = QueryFailed(events.status());
      return;
    }
    std::vector<FoldedEvent> rows;
    if (o->fold) {
      auto groups = store->CopyGroups();
      if (!groups.ok()) {
        *exit_code = QueryFailed(groups.status());
        return;
      }
      rows = FoldCopies(*events, *groups);
    } else {
      for (StoredEvent& e : *events) rows.push_back({std::move(e), 1, 1});
    }
    if (o->one_a_day) rows = OneADay(rows);
    const bool counts = o->fold || o->one_a_day;
    if (o->csv) std::cout << kEventCsvHeader << (counts ? ",sources,articles" : "") << "\n";
    for (const FoldedEvent& f : rows) {
      const StoredEvent& e = f.event;
      if (o->json) {
        nlohmann::json j = StoredEventJson(e);
        if (counts) {
          j["sources"] = f.sources;
          j["articles"] = f.articles;
        }
        std::cout << j.dump() << "\n";
      } else if (o->csv) {
        std::cout << EventCsvRow(e);
        if (counts) std::cout << "," << f.sources << "," << f.articles;
        std::cout << "\n";
      } else {
        if (counts) std::printf("[%u sources, %u articles] ", f.sources, f.articles);
        PrintEventRow(e);
      }
    }
    std::fflush(stdout);
    if (!o->json && !o->csv) {
      std::fprintf(stderr, "%zu events", rows.size());
      if (counts) std::fprintf(stderr, " (%zu reports before folding)", events->size());
      std::fprintf(stderr, "\n");
    }
    *exit_code = kExitOk;
  });
}

}  // namespace dyad::cli
