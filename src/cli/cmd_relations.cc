// `dyad relations A B`: how two actors relate over time (Store::
// QueryRelations): per day, ISO week or month, the events between them by
// QuadClass, their total and Goldstein sum and mean, counted copy-aware by
// default (--count reports for every report) and optionally one-a-day. A
// table by default, with a text chart below it in a terminal (or with
// --chart); --json and --csv for scripts.
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <iostream>

#include "cli/commands.h"
#include "cli/json_output.h"
#include "cli/relation_json.h"

namespace dyad::cli {
namespace {

constexpr const char* kQuadNames[] = {"verbal_cooperation", "material_cooperation",
                                      "verbal_conflict", "material_conflict"};
// The chart's letter per QuadClass: lower case verbal, upper case material.
constexpr char kQuadLetters[] = {'c', 'C', 'f', 'F'};
constexpr int kBarWidth = 50;

void PrintCsv(const RelationSeries& s) {
  std::printf("bucket,first,last,%s,%s,%s,%s,total,goldstein_sum,goldstein_mean\n", kQuadNames[0],
              kQuadNames[1], kQuadNames[2], kQuadNames[3]);
  for (const RelationPoint& p : s.points) {
    std::printf(
        "%s,%s,%s,%llu,%llu,%llu,%llu,%llu,%.2f,%.3f\n", p.label.c_str(), IsoDay(p.first).c_str(),
        IsoDay(p.last).c_str(), static_cast<unsigned long long>(p.quad[0]),
        static_cast<unsigned long long>(p.quad[1]), static_cast<unsigned long long>(p.quad[2]),
        static_cast<unsigned long long>(p.quad[3]), static_cast<unsigned long long>(p.total),
        p.goldstein_sum, p.goldstein_mean);
  }
}

void PrintTable(const RelationSeries& s) {
  std::printf("%-10s %7s %7s %7s %7s %7s %9s %6s\n", "bucket", "v.coop", "m.coop", "v.confl",
              "m.confl", "total", "gold.sum", "mean");
  for (const RelationPoint& p : s.points) {
    std::printf(
        "%-10s %7llu %7llu %7llu %7llu %7llu %9.1f %+6.2f\n", p.label.c_str(),
        static_cast<unsigned long long>(p.quad[0]), static_cast<unsigned long long>(p.quad[1]),
        static_cast<unsigned long long>(p.quad[2]), static_cast<unsigned long long>(p.quad[3]),
        static_cast<unsigned long long>(p.total), p.goldstein_sum, p.goldstein_mean);
  }
}

// One line per bucket, at most 80 columns: the label, the total, a bar of
// QuadClass letters scaled to the largest total, and the Goldstein mean.
void PrintChart(const RelationSeries& s) {
  uint64_t most = 1;
  for (const RelationPoint& p : s.points) most = std::max(most, p.total);
  std::printf("\n%c verbal coop  %c material coop  %c verbal conflict  %c material conflict\n",
              kQuadLetters[0], kQuadLetters[1], kQuadLetters[2], kQuadLetters[3]);
  for (const RelationPoint& p : s.points) {
    std::string bar;
    uint64_t cumulative = 0;
    for (int i = 0; i < 4; ++i) {
      // Cumulative rounding: the bar's length is the total's, whatever the split.
      const size_t before = static_cast<size_t>(cumulative * kBarWidth / most);
      cumulative += p.quad[i];
      const size_t after = static_cast<size_t>(cumulative * kBarWidth / most);
      bar.append(after - before, kQuadLetters[i]);
    }
    std::printf("%-10s %5llu |%-*s|", p.label.c_str(), static_cast<unsigned long long>(p.total),
                kBarWidth, bar.c_str());
    if (p.total > 0) std::printf(" %+5.1f", p.goldstein_mean);  // no mean for an empty bucket
    std::printf("\n");
  }
}

}  // namespace

void AddRelationsCommand(CLI::App& app, const GlobalOptions& g, int* exit_code) {
  struct Options {
    std::string a, b, by = "month", direction = "both", from, to, count = "sources";
    bool one_a_day = false, json = false, csv = false, chart = false;
  };
  auto o = std::make_shared<Options>();
  CLI::App* cmd = app.add_subcommand(
      "relations",
      "How two actors relate over time: events between them per day, week or month, by "
      "QuadClass, with Goldstein sum and mean (copy-aware).");
  cmd->add_option("A", o->a,
                  "first actor: a country (CHN: every Chinese code), an alias (NATO), a code "
                  "(CHNGOV: exactly it; CHNGOV*: with its sub-codes)")
      ->required();
  cmd->add_option("B", o->b, "second actor, as A")->required();
  cmd->add_option("--by", o->by, "bucket: day, week (ISO) or month")
      ->check(CLI::IsMember({"day", "week", "month"}));
  cmd->add_option("--direction", o->direction,
                  "both (default), forward (A acts on B) or backward (B acts on A)")
      ->check(CLI::IsMember({"both", "forward", "backward"}));
  cmd->add_option("--from", o->from, "on or after this date (YYYY-MM-DD)");
  cmd->add_option("--to", o->to, "on or before this date (YYYY-MM-DD)");
  cmd->add_option("--count", o->count,
                  "sources (default: a copy group's reports of an event count once) or reports "
                  "(every stored report)")
      ->check(CLI::IsMember({"sources", "reports"}));
  cmd->add_flag("--one-a-day", o->one_a_day,
                "one event per (date, source code, target code, CAMEO code), as Phoenix");
  auto* json_flag = cmd->add_flag("--json", o->json, "print one JSON document");
  auto* csv_flag = cmd->add_flag("--csv", o->csv, "print CSV with a header line");
  csv_flag->excludes(json_flag);
  cmd->add_flag("--chart", o->chart, "add the text chart even when not in a terminal")
      ->excludes(json_flag)
      ->excludes(csv_flag);
  cmd->callback([o, &g, exit_code] {
    RelationWords words;
    words.a = o->a;
    words.b = o->b;
    words.by = o->by;
    words.direction = o->direction;
    words.count = o->count;
    words.one_a_day = o->one_a_day;
    auto read = ReadRelationWords(words);
    if (!read.ok()) {
      PrintError(read.status().message());
      *exit_code = kExitUsage;
      return;
    }
    RelationQuery q = *read;
    auto store = OpenForListing(g, o->from, o->to, &q.from, &q.to, exit_code);
    if (store == nullptr) return;
    auto series = store->QueryRelations(q);
    if (!series.ok()) {
      *exit_code = QueryFailed(series.status());
      return;
    }
    if (o->json) {
      std::cout << RelationSeriesJson(q, *series).dump(2) << "\n";
    } else if (o->csv) {
      PrintCsv(*series);
    } else {
      std::printf(
          "%s %s %s, by %s, %s%s: %llu events from %llu reports\n", RelationActorText(q.a).c_str(),
          q.direction == RelationDirection::kForward    ? "->"
          : q.direction == RelationDirection::kBackward ? "<-"
                                                        : "<->",
          RelationActorText(q.b).c_str(), o->by.c_str(),
          q.count == RelationCount::kReports ? "every report" : "copy-aware",
          q.one_a_day ? ", one a day" : "", static_cast<unsigned long long>(series->counted),
          static_cast<unsigned long long>(series->reports));
      PrintTable(*series);
      if (o->chart || ::isatty(STDOUT_FILENO)) PrintChart(*series);
    }
    std::fflush(stdout);
    *exit_code = kExitOk;
  });
}

}  // namespace dyad::cli
