// `dyad export events`: every stored event matching the filters of `dyad
// events`, streamed row by row (Store::VisitEvents) to a file or stdout in
// GDELT 2.0's event table layout, Phoenix's, JSON Lines or CSV
// (event_formats.h; docs/formats.md maps the columns). --fold-copies writes
// one row per event, copies folded into their original, with its counts.
// Memory stays constant whatever the number of events: each row is written
// as it is read.
#include <cstdio>
#include <fstream>
#include <iostream>

#include "cli/commands.h"
#include "cli/event_formats.h"

namespace dyad::cli {

void AddExportCommands(CLI::App& app, const GlobalOptions& g, int* exit_code) {
  struct Options {
    EventStream stream;
    std::string from, to, format = "jsonl", output;
  };
  auto o = std::make_shared<Options>();
  CLI::App* export_cmd =
      app.add_subcommand("export", "Write stored records in other tools' formats.");
  export_cmd->require_subcommand(1);
  CLI::App* cmd = export_cmd->add_subcommand(
      "events", "Stream events as GDELT 2.0 or Phoenix rows, JSON Lines or CSV.");
  EventFilter& f = o->stream.filter;
  cmd->add_option("--format", o->format, "gdelt, phoenix, jsonl (default) or csv")
      ->check(CLI::IsMember({"gdelt", "phoenix", "jsonl", "csv"}));
  cmd->add_option("--source", f.source, "source code prefix or alias (NATO, UN, EU)");
  cmd->add_option("--target", f.target, "target code prefix or alias");
  cmd->add_option("--from", o->from, "on or after this date (YYYY-MM-DD)");
  cmd->add_option("--to", o->to, "on or before this date (YYYY-MM-DD)");
  cmd->add_option("--code", f.code, "CAMEO code prefix: 11 = root 11 and its sub-codes");
  cmd->add_option("--article", f.article, "only this article (id or unique prefix)");
  cmd->add_option("--limit", f.limit, "at most this many rows (default: all)");
  cmd->add_flag("--fold-copies", o->stream.fold_copies,
                "one row per event (date, source, target, code), copies folded into their "
                "original; GDELT's NumSources/NumArticles/NumMentions count them");
  cmd->add_option("--output,-o", o->output, "write to this file (default: stdout)");
  cmd->callback([o, &g, exit_code] {
    EventFormat format = EventFormat::kJsonl;
    ParseEventFormat(o->format, &format);
    // Only the self-describing formats carry the sentence's text.
    o->stream.filter.with_sentence_text =
        format == EventFormat::kJsonl || format == EventFormat::kCsv;
    auto store =
        OpenForListing(g, o->from, o->to, &o->stream.filter.from, &o->stream.filter.to, exit_code);
    if (store == nullptr) return;
    std::ofstream file;
    if (!o->output.empty()) {
      file.open(o->output, std::ios::binary | std::ios::trunc);
      if (!file) {
        PrintError("cannot write " + o->output);
        *exit_code = kExitFailure;
        return;
      }
    }
    std::ostream& out = o->output.empty() ? std::cout : file;
    out << ExportHeader(format);
    uint64_t rows = 0;
    Status s = store->VisitEvents(o->stream, [&](const StreamedEvent& e) {
      out << ExportRow(format, e);
      ++rows;
      return static_cast<bool>(out);
    });
    out.flush();
    if (!s.ok()) {
      *exit_code = QueryFailed(s);
      return;
    }
    if (!out) {
      PrintError("writing " + (o->output.empty() ? std::string("stdout") : o->output) + " failed");
      *exit_code = kExitFailure;
      return;
    }
    std::fprintf(stderr, "%llu events exported\n", static_cast<unsigned long long>(rows));
    *exit_code = kExitOk;
  });
}

}  // namespace dyad::cli
