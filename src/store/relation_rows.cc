// Relations over time (see relation_rows.h). The rows come from the
// covering index events_by_dyad: a range on source (the actor's code, or
// its prefix range "CHN" <= source < "CHO"), the target range and dates
// checked inside the index, and the copy group from the narrow
// article_groups table. Both directions are two index searches joined by
// UNION ALL, the second excluding what the first matched, so an event that
// matches both counts once. Folding is done here rather than in SQL: a
// hash of (copy group, source, target, code) keeps each group's best
// report (an original's first, as FoldCopies), then one-a-day keeps one
// per (date, source, target, code).
#include "store/relation_rows.h"

#include <map>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "store/event_rows.h"

namespace dyad::store {
namespace {

std::string ActorCondition(const RelationActor& actor, const char* column, int param) {
  const std::string lo = "?" + std::to_string(param);
  if (!actor.prefix) return std::string(column) + " = " + lo;
  return std::string(column) + " >= " + lo + " AND " + column + " < ?" + std::to_string(param + 1);
}

// One side of the series: the rows of one direction.
std::string DirectionSql(const std::string& where) {
  return "SELECT e.date, e.source, e.target, e.code, e.quad_class, e.goldstein, e.article, "
         "g.original FROM events e INDEXED BY events_by_dyad "
         "LEFT JOIN article_groups g ON g.article = e.article WHERE " +
         where + " AND e.date >= ?5 AND e.date <= ?6";
}

// A report as the fold keeps it.
struct Report {
  int rank = 0;  // 1 when from its group's original
  int32_t date = 0;
  int quad = 0;
  double goldstein = 0;
};

void Count(const Report& r, RelationBucket bucket, std::map<int32_t, RelationPoint>* points) {
  RelationPoint probe = RelationBucketOf(r.date, bucket);
  auto [it, fresh] = points->try_emplace(probe.first, std::move(probe));
  RelationPoint& p = it->second;
  if (r.quad >= 1 && r.quad <= 4) ++p.quad[r.quad - 1];
  ++p.total;
  p.goldstein_sum += r.goldstein;
}

std::string Join(std::string_view a, std::string_view b, std::string_view c, std::string_view d) {
  std::string key;
  key.reserve(a.size() + b.size() + c.size() + d.size() + 3);
  key.append(a).append(1, '\t').append(b).append(1, '\t').append(c).append(1, '\t').append(d);
  return key;
}

}  // namespace

std::string RelationSql(const RelationQuery& q) {
  const std::string forward =
      ActorCondition(q.a, "e.source", 1) + " AND " + ActorCondition(q.b, "e.target", 3);
  const std::string backward =
      ActorCondition(q.b, "e.source", 3) + " AND " + ActorCondition(q.a, "e.target", 1);
  switch (q.direction) {
    case RelationDirection::kForward: return DirectionSql(forward);
    case RelationDirection::kBackward: return DirectionSql(backward);
    case RelationDirection::kBoth: break;
  }
  return DirectionSql(forward) + " UNION ALL " +
         DirectionSql(backward + " AND NOT (" + forward + ")");
}

Result<RelationSeries> RunRelationQuery(Database& db, const RelationQuery& q) {
  for (const RelationActor* actor : {&q.a, &q.b}) {
    if (!IsCodeText(actor->code, /*digits_only=*/false)) {
      return Status::InvalidArgument("'" + actor->code + "' is not an actor code");
    }
  }
  const int32_t from = q.from > 0 ? q.from : 1;
  const int32_t to = q.to > 0 ? q.to : 99991231;
  if (to < from) return Status::InvalidArgument("the date range ends before it starts");
  auto st = db.Prepare(RelationSql(q));
  if (!st.ok()) return st.status();
  st->Bind(1, q.a.code).Bind(2, PrefixEnd(q.a.code));
  st->Bind(3, q.b.code).Bind(4, PrefixEnd(q.b.code));
  st->Bind(5, static_cast<int64_t>(from)).Bind(6, static_cast<int64_t>(to));

  RelationSeries series;
  // Kept reports: every row (kReports), or each copy group's best report
  // of an event (source, target, code).
  std::unordered_map<std::string, Report> folded;
  std::vector<std::pair<std::string, Report>> kept;  // kReports: key (for one-a-day), report
  while (st->Step()) {
    ++series.reports;
    Report r;
    r.date = static_cast<int32_t>(st->Int(0));
    r.quad = static_cast<int>(st->Int(4));
    r.goldstein = st->Double(5);
    const std::string_view source = st->Blob(1), target = st->Blob(2), code = st->Blob(3);
    const int64_t article = st->Int(6);
    const int64_t group = st->IsNull(7) ? article : st->Int(7);
    r.rank = group == article ? 1 : 0;
    if (q.count == RelationCount::kReports) {
      if (q.one_a_day) {
        kept.emplace_back(Join(std::to_string(r.date), source, target, code), r);
      } else {
        kept.emplace_back(std::string(), r);
      }
      continue;
    }
    auto [it, fresh] = folded.try_emplace(Join(std::to_string(group), source, target, code), r);
    // Rows come by date within a dyad: on a tie the earliest report stays.
    if (!fresh && r.rank > it->second.rank) it->second = r;
  }
  if (!st->status().ok()) return st->status();
  if (q.count == RelationCount::kSources) {
    kept.reserve(folded.size());
    for (auto& [key, r] : folded) {
      // The key without its group, with the date: the one-a-day key.
      std::string event_key;
      if (q.one_a_day) event_key = std::to_string(r.date) + key.substr(key.find('\t'));
      kept.emplace_back(std::move(event_key), r);
    }
  }
  std::map<int32_t, RelationPoint> points;
  std::unordered_set<std::string> seen;
  for (const auto& [key, r] : kept) {
    if (q.one_a_day && !seen.insert(key).second) continue;
    Count(r, q.bucket, &points);
    ++series.counted;
  }
  if (points.empty() && (q.from == 0 || q.to == 0)) return series;
  // Every bucket from the first to the last, empty ones included.
  int32_t day = q.from > 0 ? q.from : points.begin()->first;
  const int32_t last = q.to > 0 ? q.to : points.rbegin()->second.last;
  while (day <= last) {
    RelationPoint p = RelationBucketOf(day, q.bucket);
    auto it = points.find(p.first);
    if (it != points.end()) p = std::move(it->second);
    if (p.total > 0) p.goldstein_mean = p.goldstein_sum / static_cast<double>(p.total);
    day = CivilFromDays(DaysFromCivil(p.last) + 1);
    series.points.push_back(std::move(p));
  }
  return series;
}

}  // namespace dyad::store
