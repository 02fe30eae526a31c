// Internal to store: the relations query (Store::QueryRelations): the SQL
// that reads a dyad's events from the covering index events_by_dyad, and
// the folding and bucketing of its rows into a series.
#ifndef DYAD_STORE_RELATION_ROWS_H_
#define DYAD_STORE_RELATION_ROWS_H_

#include <cstdint>
#include <string>

#include "dyad/status.h"
#include "dyad/store.h"
#include "store/sqlite_handle.h"

namespace dyad::store {

// Days since 1970-01-01 of day `yyyymmdd` (month and day clamped to valid
// ranges), and back.
int64_t DaysFromCivil(int32_t yyyymmdd);
int32_t CivilFromDays(int64_t days);

// The SELECT reading the events of `query` (date, source, target, code,
// quad_class, goldstein, article, copy group). Parameters: ?1/?2 A's code
// range (exact match: ?1 alone), ?3/?4 B's, ?5/?6 the date range.
std::string RelationSql(const RelationQuery& query);

// Runs the query and folds its rows into a series. InvalidArgument for a
// malformed actor code or a date range that ends before it starts.
Result<RelationSeries> RunRelationQuery(Database& db, const RelationQuery& query);

}  // namespace dyad::store

#endif  // DYAD_STORE_RELATION_ROWS_H_
