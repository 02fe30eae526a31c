// Internal to cli and serve: a relations question read from the words a
// user gives (`dyad relations A B --by month ...`, GET /api/relations?a=&b=),
// and the JSON shape of the answer, the same for --json and the HTTP API.
#ifndef DYAD_CLI_RELATION_JSON_H_
#define DYAD_CLI_RELATION_JSON_H_

#include <nlohmann/json.hpp>

#include <string>

#include "dyad/status.h"
#include "dyad/store.h"

namespace dyad::cli {

// The words of a relations question; dates as yyyymmdd (0: no bound).
struct RelationWords {
  std::string a, b;
  std::string by = "month";        // day, week, month
  std::string direction = "both";  // both, forward, backward
  std::string count = "sources";   // sources, reports
  bool one_a_day = false;
  int32_t from = 0, to = 0;
};

// The query the words ask. InvalidArgument naming the word that is wrong
// (an actor that is not a code or alias, an unknown bucket, direction or
// count).
Result<RelationQuery> ReadRelationWords(const RelationWords& words);

// "CHN", "CHNGOV*": how an actor of a query reads back.
std::string RelationActorText(const RelationActor& a);

// {"a","b","direction","by","count","one_a_day","reports_read",
// "events_counted","points":[{"bucket","first","last","verbal_cooperation",
// "material_cooperation","verbal_conflict","material_conflict","total",
// "goldstein_sum","goldstein_mean"}...]}
nlohmann::json RelationSeriesJson(const RelationQuery& q, const RelationSeries& s);

// True iff `code` is the actor (its code, or one of its sub-codes when the
// actor stands for them).
bool RelationActorMatches(const RelationActor& a, const std::string& code);

}  // namespace dyad::cli

#endif  // DYAD_CLI_RELATION_JSON_H_
