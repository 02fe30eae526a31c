// Internal to store: Store::VisitEvents, streaming events row by row from
// one SQLite statement, folding copies on the fly when asked.
#ifndef DYAD_STORE_EVENT_EXPORT_H_
#define DYAD_STORE_EVENT_EXPORT_H_

#include <cstdint>
#include <string>

#include "dyad/status.h"
#include "dyad/store.h"
#include "store/sqlite_handle.h"

namespace dyad::store {

// The SQL that streams `stream`'s events (the filter's conditions in
// `where`, as BuildEventWhere gives them).
std::string EventStreamSql(const EventStream& stream, const std::string& where);

// Streams the events of `stream` (article filter resolved to
// `article_rowid`, -1 for none) to `visit`. Holds one row, and with
// fold_copies the event being folded (its best report so far and counts).
Status VisitEventRows(Database& db, const EventStream& stream, int64_t article_rowid,
                      const EventVisitor& visit);

}  // namespace dyad::store

#endif  // DYAD_STORE_EVENT_EXPORT_H_
