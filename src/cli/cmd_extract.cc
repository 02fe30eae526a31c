// `dyad extract PATH...`: prints what extraction finds in each document
// (title, date, outlet, byline, main text, and how each was found) as JSON
// Lines, one object per document, storing nothing.
#include <iostream>

#include "cli/commands.h"
#include "cli/json_output.h"
#include "dyad/extract.h"
#include "dyad/ingest.h"

namespace dyad::cli {
namespace {

class ExtractPrinter : public DocumentVisitor {
 public:
  explicit ExtractPrinter(bool pretty) : pretty_(pretty) {}
  void OnDocument(RawDocument doc) override {
    auto article = ExtractArticle(doc);
    nlohmann::json j{{"source", doc.source}, {"locator", doc.locator}};
    if (article.ok()) {
      j["article"] = ArticleJson(*article);
    } else {
      j["error"] = article.status().message();
      ++problems_;
      std::cerr << "dyad: " << doc.source << (doc.locator.empty() ? "" : ", " + doc.locator) << ": "
                << article.status().message() << "\n";
    }
    std::cout << j.dump(pretty_ ? 2 : -1) << "\n";
  }
  void OnProblem(const InputProblem& p) override {
    ++problems_;
    std::cerr << "dyad: " << p.ToString() << "\n";
  }
  int problems() const { return problems_; }

 private:
  bool pretty_;
  int problems_ = 0;
};

}  // namespace

void AddExtractCommand(CLI::App& app, const GlobalOptions&, int* exit_code) {
  struct Options {
    std::vector<std::string> paths;
    bool pretty = false;
    bool json = true;
  };
  auto o = std::make_shared<Options>();
  CLI::App* cmd = app.add_subcommand(
      "extract",
      "Print what extraction finds in each document (title, date, outlet, byline, main text) as "
      "JSON Lines, storing nothing.");
  cmd->add_option("paths", o->paths, "files, directories or -")->required();
  cmd->add_flag("--pretty", o->pretty, "indent the JSON");
  cmd->add_flag("--json", o->json, "output is always JSON; accepted for symmetry");
  cmd->callback([o, exit_code] {
    ExtractPrinter printer(o->pretty);
    Status s = ReadPaths(o->paths, ReaderOptions(), printer);
    if (!s.ok()) {
      PrintError(s.ToString());
      *exit_code = kExitFailure;
      return;
    }
    *exit_code = printer.problems() ? kExitRejected : kExitOk;
  });
}

}  // namespace dyad::cli
