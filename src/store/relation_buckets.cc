// The calendar side of relations (see dyad/store.h): which day, ISO week or
// month bucket a yyyymmdd day falls in, and how a user's actor name reads
// (ParseRelationActor). Day arithmetic counts days since 1970-01-01 in the
// proleptic Gregorian calendar.
#include <cstdio>
#include <string>

#include "dyad/store.h"
#include "store/event_rows.h"
#include "store/relation_rows.h"

namespace dyad {
namespace store {

int64_t DaysFromCivil(int32_t yyyymmdd) {
  int64_t y = yyyymmdd / 10000;
  int64_t m = yyyymmdd / 100 % 100;
  int64_t d = yyyymmdd % 100;
  if (m < 1) m = 1;
  if (m > 12) m = 12;
  if (d < 1) d = 1;
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const int64_t yoe = y - era * 400;
  const int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

int32_t CivilFromDays(int64_t z) {
  z += 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const int64_t doe = z - era * 146097;
  const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int64_t mp = (5 * doy + 2) / 153;
  const int64_t d = doy - (153 * mp + 2) / 5 + 1;
  const int64_t m = mp + (mp < 10 ? 3 : -9);
  const int64_t y = yoe + era * 400 + (m <= 2);
  return static_cast<int32_t>(y * 10000 + m * 100 + d);
}

}  // namespace store

RelationPoint RelationBucketOf(int32_t yyyymmdd, RelationBucket bucket) {
  RelationPoint p;
  char label[32] = "";
  const int64_t days = store::DaysFromCivil(yyyymmdd);
  const int32_t day = store::CivilFromDays(days);  // normalised (month 0 -> 1, ...)
  switch (bucket) {
    case RelationBucket::kDay:
      p.first = p.last = day;
      std::snprintf(label, sizeof label, "%04d-%02d-%02d", day / 10000, day / 100 % 100, day % 100);
      break;
    case RelationBucket::kWeek: {
      // 1970-01-01 was a Thursday; Monday is weekday 0.
      const int64_t weekday = ((days + 3) % 7 + 7) % 7;
      const int64_t monday = days - weekday;
      const int32_t thursday = store::CivilFromDays(monday + 3);
      const int32_t iso_year = thursday / 10000;
      const int64_t jan1 = store::DaysFromCivil(iso_year * 10000 + 101);
      const int64_t week = (monday + 3 - jan1) / 7 + 1;
      p.first = store::CivilFromDays(monday);
      p.last = store::CivilFromDays(monday + 6);
      std::snprintf(label, sizeof label, "%04d-W%02d", iso_year, static_cast<int>(week));
      break;
    }
    case RelationBucket::kMonth: {
      p.first = day / 100 * 100 + 1;
      const int32_t next_month =
          day / 100 % 100 == 12 ? (day / 10000 + 1) * 10000 + 101 : day / 100 * 100 + 101;
      p.last = store::CivilFromDays(store::DaysFromCivil(next_month) - 1);
      std::snprintf(label, sizeof label, "%04d-%02d", day / 10000, day / 100 % 100);
      break;
    }
  }
  p.label = label;
  return p;
}

Result<RelationPoint> RelationBucketNamed(std::string_view label, RelationBucket bucket) {
  const std::string text(label);
  int y = 0, m = 1, d = 1, w = 0;
  char tail = 0;
  int32_t start = 0;
  if (bucket == RelationBucket::kMonth) {
    if (std::sscanf(text.c_str(), "%4d-%2d%c", &y, &m, &tail) == 2) start = y * 10000 + m * 100 + 1;
  } else if (bucket == RelationBucket::kDay) {
    if (std::sscanf(text.c_str(), "%4d-%2d-%2d%c", &y, &m, &d, &tail) == 3)
      start = y * 10000 + m * 100 + d;
  } else if (std::sscanf(text.c_str(), "%4d-W%2d%c", &y, &w, &tail) == 2) {
    // ISO 8601: week 1 holds 4 January; 1970-01-01 was a Thursday.
    const int64_t jan4 = store::DaysFromCivil(y * 10000 + 104);
    const int64_t monday = jan4 - ((jan4 + 3) % 7 + 7) % 7 + 7 * int64_t{w - 1};
    start = store::CivilFromDays(monday);
  }
  // Only a label RelationBucketOf writes back unchanged names a bucket.
  if (start > 0) {
    RelationPoint p = RelationBucketOf(start, bucket);
    if (p.label == text) return p;
  }
  const char* example = bucket == RelationBucket::kDay    ? "day (2024-07-10)"
                        : bucket == RelationBucket::kWeek ? "week (2024-W27)"
                                                          : "month (2024-07)";
  return Status::InvalidArgument("bucket '" + text + "' is not a " + example);
}

Result<RelationActor> ParseRelationActor(std::string_view name) {
  RelationActor actor;
  bool star = !name.empty() && name.back() == '*';
  if (star) name.remove_suffix(1);
  actor.code = ActorCodeAlias(name);
  if (!store::IsCodeText(actor.code, /*digits_only=*/false)) {
    return Status::InvalidArgument("'" + std::string(name) +
                                   "' is not an actor code (letters and digits) or alias");
  }
  std::string upper(name);
  for (char& c : upper) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  const bool alias = actor.code != upper;
  actor.prefix = star || alias || actor.code.size() <= 3;
  return actor;
}

}  // namespace dyad
