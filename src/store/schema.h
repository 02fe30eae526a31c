// Internal to store: the versioned SQLite schema and its migrations.
//
// The schema version lives in PRAGMA user_version. Migrate() brings a file at
// any older version up to kSchemaVersion, all steps in one transaction, and
// refuses a file written by a newer dyad. docs/store.md describes the tables.
#ifndef DYAD_STORE_SCHEMA_H_
#define DYAD_STORE_SCHEMA_H_

#include "dyad/status.h"
#include "store/sqlite_handle.h"

namespace dyad::store {

inline constexpr int kSchemaVersion = 8;

// Returns the version the file is at after migrating (== target), or
// Unsupported for a file newer than kSchemaVersion. A read-only connection is
// not migrated: it must already be at `target`. Tests pass an older `target`
// to build a file as an older dyad wrote it.
// REQUIRES: 1 <= target <= kSchemaVersion.
Result<int> Migrate(Database& db, bool read_only, int target = kSchemaVersion);

}  // namespace dyad::store

#endif  // DYAD_STORE_SCHEMA_H_
