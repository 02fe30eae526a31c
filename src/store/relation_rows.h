// Internal to store: the relations query (Store::QueryRelations): the SQL
// that reads a dyad's events from the covering index events_by_dyad, and
// the folding and bucketing of its rows into a series.
#ifndef DYAD_STORE_RELATION_ROWS_H_
#define DYAD_STORE_RELATION_ROWS_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "dyad/status.h"
#include "dyad/store.h"
#include "store/sqlite_handle.h"

namespace dyad::store {

// Days since 1970-01-01 of day `yyyymmdd` (month and day clamped to valid
// ranges), and back.
int64_t DaysFromCivil(int32_t yyyymmdd);
int32_t CivilFromDays(int64_t days);

// The SELECT reading the events of one source code towards `target`
// (date, source, target, code, quad_class, goldstein, article).
// Parameters: ?1 the source code, ?2/?3 the target's code range (exact:
// ?2 alone), ?4/?5 the date range.
std::string RelationSql(const RelationActor& target);
// The SELECT giving the copy group (original) of article ?1, if any; with
// `merge`, the (article, original) rows with ?1 <= article <= ?2 in order.
std::string_view GroupSql(bool merge);
// The SELECT giving the next source code after ?1 below ?2 (a loose index
// scan: the codes of a country or organisation, one seek each).
std::string_view NextSourceSql();

// Runs the query and folds its rows into a series. InvalidArgument for a
// malformed actor code or a date range that ends before it starts.
Result<RelationSeries> RunRelationQuery(Database& db, const RelationQuery& query);

}  // namespace dyad::store

#endif  // DYAD_STORE_RELATION_ROWS_H_
