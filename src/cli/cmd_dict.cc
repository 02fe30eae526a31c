// `dyad dict check FILE...`: loads dictionary files (dyad's format, TABARI's
// .actors/.verbs/.agents/.options/.project, PETRARCH2's CAMEO and Phoenix
// files), reports every line it cannot read as file:line, and counts what
// it loaded. Exit 1 when any line was rejected.
#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "dyad/dictionary.h"

namespace dyad::cli {

void AddDictCommand(CLI::App& app, const GlobalOptions&, int* exit_code) {
  struct Options {
    std::vector<std::string> files;
    bool json = false;
  };
  auto o = std::make_shared<Options>();
  CLI::App* dict = app.add_subcommand("dict", "Work with dictionaries.");
  dict->require_subcommand(1);
  CLI::App* check = dict->add_subcommand(
      "check",
      "Load dictionary files (dyad, TABARI or PETRARCH formats), report every line that cannot "
      "be read as file:line, and count what was loaded.");
  check->add_option("files", o->files, "dictionary files; a TABARI .project loads what it names")
      ->required();
  check->add_flag("--json", o->json, "print the report as JSON");
  check->callback([o, exit_code] {
    DictionaryCheckReport report = CheckDictionaries(o->files);
    bool unreadable = false;
    for (const DictionaryFileReport& f : report.files) unreadable = unreadable || !f.status.ok();
    if (o->json) {
      nlohmann::json files = nlohmann::json::array();
      for (const DictionaryFileReport& f : report.files) {
        nlohmann::json problems = nlohmann::json::array();
        for (const DictionaryProblem& p : f.problems) problems.push_back(p.ToString());
        const DictionaryCounts& c = f.counts;
        files.push_back({{"path", f.path},
                         {"status", f.status.ok() ? "ok" : f.status.ToString()},
                         {"counts",
                          {{"actors", c.actors},
                           {"actor_phrases", c.actor_phrases},
                           {"agents", c.agents},
                           {"verbs", c.verbs},
                           {"verb_classes", c.verb_classes},
                           {"patterns", c.patterns},
                           {"synsets", c.synsets},
                           {"discards", c.discards}}},
                         {"problems", problems}});
      }
      std::cout << nlohmann::json{{"files", files}, {"problems", report.problem_count()}}.dump(2)
                << "\n";
    } else {
      std::cout << report.ToString();
    }
    *exit_code = (report.problem_count() > 0 || unreadable) ? kExitRejected : kExitOk;
  });
}

}  // namespace dyad::cli
