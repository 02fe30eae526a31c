// Internal to cli: what every subcommand shares, and the functions that add
// each subcommand to the command line. Each Add*Command lives in its own
// cmd_<name>.cc and sets *exit_code when its subcommand runs.
#ifndef DYAD_CLI_COMMANDS_H_
#define DYAD_CLI_COMMANDS_H_

#include <CLI/CLI.hpp>

#include <memory>
#include <string>

#include "dyad/status.h"
#include "dyad/store.h"

namespace dyad::cli {

// Exit codes, the same for every subcommand.
inline constexpr int kExitOk = 0;        // everything went fine
inline constexpr int kExitRejected = 1;  // some input was rejected or repaired, or not found
inline constexpr int kExitUsage = 2;     // the command line was wrong
inline constexpr int kExitFailure = 3;   // dyad itself failed (store unwritable, disk full)

struct GlobalOptions {
  std::string db = "dyad.db";  // --db, or $DYAD_DB
};

// Opens the store named by --db. Prints a message naming the file on failure.
Result<std::unique_ptr<Store>> OpenStoreFor(const GlobalOptions& g, bool read_only);

// Prints "dyad: <message>" to stderr.
void PrintError(const std::string& message);

// Parses a --from/--to date (YYYY-MM-DD) into yyyymmdd; leaves *out for "".
// Returns false iff malformed.
bool ParseDayOption(const std::string& text, int32_t* out);

// For the listing commands (events, quotes): parses `from` and `to` into
// *from_day and *to_day, then opens the store read-only. On failure prints
// why, sets *exit_code and returns nullptr.
std::unique_ptr<Store> OpenForListing(const GlobalOptions& g, const std::string& from,
                                      const std::string& to, int32_t* from_day, int32_t* to_day,
                                      int* exit_code);

// Prints a failed query's message and returns its exit code: usage for a
// malformed filter, rejected for an unknown article, failure otherwise.
int QueryFailed(const Status& status);

void AddIngestCommand(CLI::App& app, const GlobalOptions& g, int* exit_code);
void AddExtractCommand(CLI::App& app, const GlobalOptions& g, int* exit_code);
void AddArticlesCommand(CLI::App& app, const GlobalOptions& g, int* exit_code);
void AddShowCommand(CLI::App& app, const GlobalOptions& g, int* exit_code);
void AddStatsCommand(CLI::App& app, const GlobalOptions& g, int* exit_code);
void AddDictCommand(CLI::App& app, const GlobalOptions& g, int* exit_code);
void AddCodeCommand(CLI::App& app, const GlobalOptions& g, int* exit_code);
void AddValidateCommand(CLI::App& app, const GlobalOptions& g, int* exit_code);
void AddEventsCommand(CLI::App& app, const GlobalOptions& g, int* exit_code);
void AddRecodeCommand(CLI::App& app, const GlobalOptions& g, int* exit_code);
void AddQuotesCommand(CLI::App& app, const GlobalOptions& g, int* exit_code);
void AddCopiesCommands(CLI::App& app, const GlobalOptions& g, int* exit_code);
void AddRelationsCommand(CLI::App& app, const GlobalOptions& g, int* exit_code);
void AddExportCommands(CLI::App& app, const GlobalOptions& g, int* exit_code);
void AddStoriesCommands(CLI::App& app, const GlobalOptions& g, int* exit_code);
void AddServeCommand(CLI::App& app, const GlobalOptions& g, int* exit_code);
void AddSearchCommand(CLI::App& app, const GlobalOptions& g, int* exit_code);

}  // namespace dyad::cli

#endif  // DYAD_CLI_COMMANDS_H_
