// `dyad ingest PATH...`: reads, extracts, segments, codes and stores articles
// with their quotes and events, then prints what it did. --dict picks the
// dictionaries (as `dyad code`), --no-code stores no events, --no-quotes no
// quotes. Problems are printed on stderr as they are found.
#include <unistd.h>

#include <cstdio>
#include <iostream>

#include "cli/commands.h"
#include "cli/dictionary_choice.h"
#include "cli/json_output.h"
#include "cli/progress.h"
#include "dyad/pipeline.h"

namespace dyad::cli {
namespace {

std::string Megabytes(uint64_t bytes) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f MB", bytes / 1e6);
  return buf;
}

void PrintSummary(const IngestSummary& s, const StoreStats& t, const std::string& db,
                  const CoderRun* run, bool quotes) {
  std::string outlets;
  for (const std::string& o : s.outlets) outlets += (outlets.empty() ? "" : ", ") + o;
  std::printf("ingested into %s in %.2f s\n", db.c_str(), s.seconds);
  std::printf("  documents read       %llu (%s)\n", static_cast<unsigned long long>(s.documents),
              Megabytes(s.bytes).c_str());
  std::printf("  articles             %llu new, %llu already stored\n",
              static_cast<unsigned long long>(s.articles_new),
              static_cast<unsigned long long>(s.articles_known));
  std::printf("  rejected / repaired  %llu / %llu\n", static_cast<unsigned long long>(s.rejected),
              static_cast<unsigned long long>(s.repaired));
  std::printf("  outlets              %zu%s%s\n", s.outlets.size(), outlets.empty() ? "" : ": ",
              outlets.c_str());
  if (!s.first_published.empty()) {
    std::printf("  dates                %s to %s\n", s.first_published.c_str(),
                s.last_published.c_str());
  }
  std::printf("  sentences            %llu\n", static_cast<unsigned long long>(s.sentences));
  if (run != nullptr) {
    std::printf("  events               %llu stored (dictionaries %s)\n",
                static_cast<unsigned long long>(s.events), run->fingerprint.c_str());
  } else {
    std::printf("  events               not coded (--no-code)\n");
  }
  if (quotes) {
    std::printf("  quotes               %llu stored\n", static_cast<unsigned long long>(s.quotes));
  } else {
    std::printf("  quotes               not extracted (--no-quotes)\n");
  }
  std::printf("  copy links           %llu stored\n",
              static_cast<unsigned long long>(s.copy_links));
  std::printf("  boilerplate removed  %llu blocks, %llu characters\n",
              static_cast<unsigned long long>(s.boilerplate_blocks),
              static_cast<unsigned long long>(s.boilerplate_chars));
  std::printf("store: %llu articles from %llu outlets, %llu events, %llu quotes",
              static_cast<unsigned long long>(t.articles),
              static_cast<unsigned long long>(t.outlets), static_cast<unsigned long long>(t.events),
              static_cast<unsigned long long>(t.quotes));
  if (!t.first_published.empty()) {
    std::printf(", %s to %s", t.first_published.substr(0, 10).c_str(),
                t.last_published.substr(0, 10).c_str());
  }
  std::printf("\n");
}

}  // namespace

void AddIngestCommand(CLI::App& app, const GlobalOptions& g, int* exit_code) {
  struct Options {
    std::vector<std::string> paths;
    uint32_t threads = 0, batch = 256;
    uint64_t max_file = uint64_t{1} << 30, max_document = uint64_t{32} << 20;
    bool json = false, quiet = false, no_code = false, no_quotes = false, no_copies = false;
    std::vector<std::string> dicts;
    bool no_stories = false;
  };
  auto o = std::make_shared<Options>();
  CLI::App* cmd = app.add_subcommand(
      "ingest",
      "Read articles from files, directories or - (stdin) into the store: .txt, .html, .jsonl, "
      ".warc, .warc.gz and .gz of any of them. Re-running on the same input changes nothing.");
  cmd->add_option("paths", o->paths, "files, directories (walked recursively) or -")->required();
  cmd->add_option("--threads", o->threads, "worker threads (default: one per core)");
  cmd->add_option("--batch", o->batch, "articles per store transaction (default 256)");
  cmd->add_option("--max-file-size", o->max_file, "reject files larger than this (default 1GB)")
      ->transform(CLI::AsSizeValue(false));
  cmd->add_option("--max-document-size", o->max_document,
                  "reject documents larger than this (default 32MB)")
      ->transform(CLI::AsSizeValue(false));
  cmd->add_option("--dict", o->dicts,
                  "code with: dyad (default) | tabari | petrarch | FILE (repeatable)");
  cmd->add_flag("--no-code", o->no_code, "code no events");
  cmd->add_flag("--no-quotes", o->no_quotes, "extract no quotes (and code no statements)");
  cmd->add_flag("--no-copies", o->no_copies, "look for no copies (provenance links)");
  cmd->add_flag("--no-stories", o->no_stories,
                "assign no stories (`dyad stories --rebuild` assigns them later)");
  cmd->add_flag("--json", o->json, "print the summary as JSON");
  cmd->add_flag("--quiet,-q", o->quiet, "no progress line and no problem messages");
  cmd->callback([o, &g, exit_code] {
    auto store = OpenStoreFor(g, /*read_only=*/false);
    if (!store.ok()) {
      *exit_code = kExitFailure;
      return;
    }
    ChosenCoder coding;
    if (!o->no_code && !LoadChosenCoder(o->dicts, &coding)) {
      *exit_code = kExitRejected;
      return;
    }
    const Coder* coder = coding.coder.get();
    const LoadedDictionaries* dictionaries = coding.dictionaries.get();
    ProgressMeter meter(!o->quiet && ::isatty(STDERR_FILENO), TotalInputBytes(o->paths));
    IngestOptions opts;
    opts.threads = o->threads;
    opts.batch_size = o->batch;
    opts.reader.max_file_bytes = o->max_file;
    opts.reader.max_document_bytes = o->max_document;
    opts.quotes = !o->no_quotes;
    opts.copies = !o->no_copies;
    opts.stories = !o->no_stories;
    if (coder) {
      opts.coder = coder;
      opts.coder_run = dictionaries->run;
    }
    opts.on_problem = [&](const InputProblem& p) {
      if (o->quiet) return;
      meter.Finish();
      std::cerr << "dyad: " << p.ToString() << "\n";
    };
    opts.on_progress = [&](const IngestSummary& s, uint64_t done, uint64_t total) {
      meter.Update(s, done, total);
    };
    auto summary = RunIngest(o->paths, **store, opts);
    meter.Finish();
    if (!summary.ok()) {
      PrintError(summary.status().ToString());
      *exit_code = kExitFailure;
      return;
    }
    auto totals = (*store)->Stats();
    if (!totals.ok()) {
      PrintError(totals.status().ToString());
      *exit_code = kExitFailure;
      return;
    }
    if (o->json) {
      nlohmann::json j = IngestSummaryJson(*summary, *totals);
      j["run"]["coded"] = coder != nullptr;
      j["run"]["quoted"] = !o->no_quotes;
      j["run"]["copies"] = !o->no_copies;
      j["run"]["copy_links"] = summary->copy_links;
      if (coder) j["run"]["dictionaries"] = dictionaries->run.fingerprint;
      j["run"]["stories"] = !o->no_stories;
      j["run"]["story_articles"] = summary->story_articles;
      j["store"]["stories"] = totals->stories;
      std::cout << j.dump(2) << "\n";
    } else {
      PrintSummary(*summary, *totals, g.db, coder ? &dictionaries->run : nullptr, !o->no_quotes);
      std::printf("stories: %llu articles assigned this run; %llu stories in the store\n",
                  static_cast<unsigned long long>(summary->story_articles),
                  static_cast<unsigned long long>(totals->stories));
    }
    *exit_code = summary->problem_count == 0 ? kExitOk : kExitRejected;
  });
}

}  // namespace dyad::cli
