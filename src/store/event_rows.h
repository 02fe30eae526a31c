// Internal to store: the events table's SQL: writing an article's events,
// recording coder runs, and turning an EventFilter into an indexed query.
#ifndef DYAD_STORE_EVENT_ROWS_H_
#define DYAD_STORE_EVENT_ROWS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/status.h"
#include "dyad/store.h"
#include "store/sqlite_handle.h"

namespace dyad::store {

// The statements that write events, prepared once per connection.
class EventWriter {
 public:
  Status Prepare(Database& db);
  // The rowid of `run` in coder_runs, inserting it when new. Call inside the
  // write transaction.
  Result<int64_t> RunRowid(const CoderRun& run, const std::string& now);
  // Deletes the events of article `rowid`, then inserts `events` (skipping
  // negated ones, renumbering ordinals from 0) and marks the article coded
  // by `run_rowid`. Returns the number of events stored.
  Result<uint64_t> Replace(int64_t article_rowid, int64_t run_rowid,
                           const std::vector<StoredEvent>& events);
  // Returns true iff article `rowid` has been coded (by any run).
  Result<bool> IsCoded(int64_t article_rowid);

 private:
  Database* db_ = nullptr;
  Statement find_run_, insert_run_, delete_, insert_, mark_, is_coded_;
};

// The smallest string greater than every string starting with `prefix`.
// REQUIRES: prefix is non-empty ASCII letters and digits.
std::string PrefixEnd(std::string prefix);
// Returns true iff `s` is 1 to 32 uppercase ASCII letters and digits (only
// digits with `digits_only`): a code a filter may hold.
bool IsCodeText(std::string_view s, bool digits_only);

// The parameters an EventFilter binds, in order, and the SQL that uses them.
struct EventQuery {
  std::string sql;
  std::vector<std::string> text_params;  // bound to ?1, ?2, ... in order
  std::vector<int64_t> int_params;       // bound after the text ones
};

// Builds the query for `filter`; `article_rowid` >= 0 restricts it to one
// article (resolved by the caller). InvalidArgument for a malformed filter.
Result<EventQuery> BuildEventQuery(const EventFilter& filter, int64_t article_rowid);

// The " AND ..." conditions of BuildEventQuery alone, in `sql`, with the
// same parameters (over events e).
Result<EventQuery> BuildEventWhere(const EventFilter& filter, int64_t article_rowid);

// The columns every event query reads (over events e, articles a,
// coder_runs r), without the sentence; the sentence column (its text, or
// NULL) follows them as column 34.
std::string_view EventColumns();
std::string_view SentenceColumn(bool with_text);
// Binds a query's parameters to `st`, in order.
void BindEventParams(const EventQuery& query, Statement* st);
// Reads one row of EventColumns() and the sentence into *e.
void ReadEventRow(const Statement& st, StoredEvent* e);

// Runs a query built by BuildEventQuery.
Result<std::vector<StoredEvent>> RunEventQuery(Database& db, const EventQuery& query);

}  // namespace dyad::store

#endif  // DYAD_STORE_EVENT_ROWS_H_
