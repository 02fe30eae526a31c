// `dyad validate FILE`: codes a TABARI validation file (with the dictionaries
// its .project names) or a PETRARCH XML record file and reports the records
// passed and failed, with expected and coded events side by side.
#include <cstdio>
#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "dyad/coding.h"

namespace dyad::cli {

void AddValidateCommand(CLI::App& app, const GlobalOptions& /*g*/, int* exit_code) {
  struct Opts {
    std::string file;
    std::vector<std::string> dicts;
    bool json = false;
    bool all = false;
  };
  auto o = std::make_shared<Opts>();
  CLI::App* cmd = app.add_subcommand(
      "validate", "Code a TABARI validation file or PETRARCH XML records and score them.");
  cmd->add_option("file", o->file, "Validate.text or PETR.UnitTest.records.xml")->required();
  cmd->add_option("--dict", o->dicts, "dictionary files to use instead of those the file names");
  cmd->add_flag("--json", o->json, "print JSON");
  cmd->add_flag("--all", o->all, "list passed records too");
  cmd->callback([o, exit_code] {
    auto report = RunValidation(o->file, o->dicts);
    if (!report.ok()) {
      PrintError(report.status().ToString());
      *exit_code = kExitRejected;
      return;
    }
    if (o->json) {
      nlohmann::json j;
      j["file"] = report->file;
      j["dictionaries"] = report->dictionary_files;
      j["scored"] = report->scored;
      j["passed"] = report->passed;
      j["control"] = report->control;
      j["pass_rate"] = report->pass_rate();
      nlohmann::json recs = nlohmann::json::array();
      for (const ValidationResult& r : report->results) {
        if (r.passed && !o->all) continue;
        recs.push_back({{"id", r.record.id},
                        {"line", r.record.line},
                        {"text", r.record.text},
                        {"control", r.record.control},
                        {"passed", r.passed},
                        {"expected", r.record.expected},
                        {"coded", r.coded}});
      }
      j["records"] = recs;
      std::cout << j.dump(2) << "\n";
    } else {
      for (const ValidationResult& r : report->results) {
        if (r.record.control || (r.passed && !o->all)) continue;
        std::printf("%s %s (line %u)\n  %s\n", r.passed ? "PASS" : "FAIL", r.record.id.c_str(),
                    r.record.line, r.record.text.c_str());
        size_t rows = std::max(r.record.expected.size(), r.coded.size());
        std::printf("  %-28s | %s\n", "expected", "coded");
        for (size_t i = 0; i < rows; ++i)
          std::printf("  %-28s | %s\n",
                      i < r.record.expected.size() ? r.record.expected[i].c_str() : "",
                      i < r.coded.size() ? r.coded[i].c_str() : "");
      }
      std::printf("%s: %zu of %zu records passed (%.1f%%); %zu control records not scored\n",
                  report->file.c_str(), report->passed, report->scored, 100.0 * report->pass_rate(),
                  report->control);
    }
    *exit_code = report->passed == report->scored ? kExitOk : kExitRejected;
  });
}

}  // namespace dyad::cli
