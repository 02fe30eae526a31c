// `dyad code "a sentence"`: the events of a sentence with an explanation of
// each match; with no sentence, codes standard input one sentence a line (the
// batch mode the speed benchmark drives). --dict picks dyad's dictionaries
// (default), TABARI's demo dictionaries, PETRARCH's CAMEO 2.0 + Phoenix, or files.
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "cli/dictionary_choice.h"
#include "dyad/coding.h"

namespace dyad::cli {
namespace {

nlohmann::json ActorJson(const EventActor& a, std::string_view text, const Dictionary& dict) {
  nlohmann::json origins = nlohmann::json::array();
  for (const Origin& o : a.origins) origins.push_back(dict.Where(o));
  return {{"text", std::string(a.span.view(text))},
          {"begin", a.span.begin},
          {"end", a.span.end},
          {"code", a.code},
          {"country", a.country},
          {"agent", a.agent},
          {"name", a.name},
          {"entries", origins}};
}

nlohmann::json EventJson(const Event& e, std::string_view text, const Dictionary& dict) {
  nlohmann::json j = {{"date", e.date},
                      {"source", ActorJson(e.source, text, dict)},
                      {"code", e.code},
                      {"root", e.root},
                      {"quad_class", e.quad_class},
                      {"goldstein", e.goldstein},
                      {"verb", std::string(e.verb.view(text))},
                      {"verb_entry", dict.Where(e.verb_origin)},
                      {"negated", e.negated},
                      {"intent", e.intent},
                      {"paired", e.paired}};
  if (!e.target.empty()) j["target"] = ActorJson(e.target, text, dict);
  if (e.from_pattern) j["pattern_entry"] = dict.Where(e.pattern_origin);
  if (e.intent) j["asserted_code"] = e.asserted_code;
  return j;
}

}  // namespace

void AddCodeCommand(CLI::App& app, const GlobalOptions& /*g*/, int* exit_code) {
  struct Opts {
    std::string sentence;
    std::string date;
    std::vector<std::string> dicts;
    bool json = false;
    bool quiet = false;
  };
  auto o = std::make_shared<Opts>();
  CLI::App* cmd = app.add_subcommand(
      "code", "Code a sentence (or standard input, one sentence a line) into CAMEO events.");
  cmd->add_option("sentence", o->sentence, "the sentence; none: read standard input");
  cmd->add_option("--date", o->date, "publication date YYYY-MM-DD");
  cmd->add_option("--dict", o->dicts, "dyad | tabari | petrarch | FILE (repeatable)");
  cmd->add_flag("--json", o->json, "print JSON (one object per line in batch mode)");
  cmd->add_flag("--quiet", o->quiet, "batch mode: print only the totals");
  cmd->callback([o, exit_code] {
    int32_t date = 0;
    if (!o->date.empty()) {
      auto d = ParseIsoDate(o->date);
      if (!d) {
        PrintError("--date wants YYYY-MM-DD, not '" + o->date + "'");
        *exit_code = kExitUsage;
        return;
      }
      date = *d;
    }
    auto loaded = LoadChosenDictionaries(o->dicts);
    if (!loaded.ok()) {
      PrintError(loaded.status().ToString());
      *exit_code = kExitRejected;
      return;
    }
    const Dictionary& dict = (*loaded)->dict;
    const double load_s = (*loaded)->load_seconds;
    CoderOptions options;
    options.keep_negated = !o->sentence.empty();
    Coder coder(&dict, options);
    if (!o->sentence.empty()) {
      std::vector<Event> events = coder.CodeText(o->sentence, date);
      if (o->json) {
        nlohmann::json arr = nlohmann::json::array();
        for (const Event& e : events) arr.push_back(EventJson(e, o->sentence, dict));
        std::cout << arr.dump(2) << "\n";
      } else {
        if (events.empty()) std::cout << "no event\n";
        for (const Event& e : events) std::cout << coder.Explain(e, o->sentence);
      }
      *exit_code = kExitOk;
      return;
    }
    std::string line;
    size_t sentences = 0, event_count = 0;
    auto t1 = std::chrono::steady_clock::now();
    while (std::getline(std::cin, line)) {
      ++sentences;
      std::vector<Event> events = coder.CodeText(line, date);
      for (const Event& e : events) {
        if (e.negated) continue;
        ++event_count;
        if (o->quiet) continue;
        if (o->json)
          std::cout << EventJson(e, line, dict).dump() << "\n";
        else
          std::cout << sentences << "\t" << EventTriple(e) << "\n";
      }
    }
    double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t1).count();
    std::fprintf(
        stderr,
        "%zu sentences, %zu events, %.3f s (%.0f sentences/s); dictionaries loaded in %.3f s\n",
        sentences, event_count, secs, secs > 0 ? sentences / secs : 0.0, load_s);
    *exit_code = kExitOk;
  });
}

}  // namespace dyad::cli
