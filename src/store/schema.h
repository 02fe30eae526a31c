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

inline constexpr int kSchemaVersion = 1;

// Returns the version the file is at after migrating (== kSchemaVersion), or
// Unsupported for a newer file. A read-only connection is not migrated: it
// must already be at kSchemaVersion.
Result<int> Migrate(Database& db, bool read_only);

}  // namespace dyad::store

#endif  // DYAD_STORE_SCHEMA_H_
