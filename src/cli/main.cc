// The dyad command: parses the command line and runs one subcommand.
// Exit codes are the same for all subcommands (see commands.h).
#include <CLI/CLI.hpp>

#include <cstdlib>
#include <iostream>

#include "cli/commands.h"

int main(int argc, char** argv) {
  using namespace dyad::cli;
  CLI::App app{
      "dyad: who did and said what to whom, when, reported by whom, and copied from where.\n"
      "Reads news articles (text, HTML, JSON Lines, WARC) into a SQLite store."};
  app.set_version_flag("--version", std::string("dyad ") + DYAD_VERSION);
  app.require_subcommand(1);
  app.fallthrough();

  GlobalOptions global;
  if (const char* env = std::getenv("DYAD_DB"); env && *env) global.db = env;
  app.add_option("--db", global.db, "the SQLite store (default ./dyad.db, or $DYAD_DB)");

  int exit_code = kExitOk;
  AddIngestCommand(app, global, &exit_code);
  AddExtractCommand(app, global, &exit_code);
  AddArticlesCommand(app, global, &exit_code);
  AddShowCommand(app, global, &exit_code);
  AddStatsCommand(app, global, &exit_code);
  AddDictCommand(app, global, &exit_code);
  AddCodeCommand(app, global, &exit_code);
  AddValidateCommand(app, global, &exit_code);
  AddEventsCommand(app, global, &exit_code);
  AddRecodeCommand(app, global, &exit_code);
  AddQuotesCommand(app, global, &exit_code);
  AddCopiesCommands(app, global, &exit_code);
  AddRelationsCommand(app, global, &exit_code);
  AddExportCommands(app, global, &exit_code);
  AddStoriesCommands(app, global, &exit_code);
  AddServeCommand(app, global, &exit_code);
  AddSearchCommand(app, global, &exit_code);

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);  // prints the message
    return kExitUsage;
  }
  return exit_code;
}
