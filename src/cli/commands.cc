// Helpers shared by the subcommands (see commands.h).
#include "cli/commands.h"

#include <iostream>

#include "dyad/dictionary.h"

namespace dyad::cli {

void PrintError(const std::string& message) {
  std::cerr << "dyad: " << message << "\n";
}

bool ParseDayOption(const std::string& text, int32_t* out) {
  if (text.empty()) return true;
  auto d = ParseIsoDate(text);
  if (!d) return false;
  *out = *d;
  return true;
}

Result<std::unique_ptr<Store>> OpenStoreFor(const GlobalOptions& g, bool read_only) {
  StoreOptions opts;
  opts.read_only = read_only;
  opts.create_if_missing = !read_only;
  auto store = OpenSqliteStore(g.db, opts);
  if (!store.ok()) {
    if (read_only && store.status().IsNotFound()) {
      PrintError(g.db + ": no such database; run `dyad ingest PATH` first, or pass --db FILE");
    } else {
      PrintError(store.status().message());
    }
  }
  return store;
}

}  // namespace dyad::cli

namespace dyad::cli {

std::unique_ptr<Store> OpenForListing(const GlobalOptions& g, const std::string& from,
                                      const std::string& to, int32_t* from_day, int32_t* to_day,
                                      int* exit_code) {
  if (!ParseDayOption(from, from_day) || !ParseDayOption(to, to_day)) {
    PrintError("--from and --to want YYYY-MM-DD");
    *exit_code = kExitUsage;
    return nullptr;
  }
  auto store = OpenStoreFor(g, /*read_only=*/true);
  if (!store.ok()) {
    *exit_code = store.status().IsNotFound() ? kExitRejected : kExitFailure;
    return nullptr;
  }
  return std::move(store).value();
}

int QueryFailed(const Status& status) {
  PrintError(status.message());
  if (status.IsInvalidArgument()) return kExitUsage;
  if (status.IsNotFound()) return kExitRejected;
  return kExitFailure;
}

}  // namespace dyad::cli
