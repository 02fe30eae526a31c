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
