// Relations over time (see relation_rows.h), read from the covering index
// events_by_dyad (source, target, date, code, quad_class, goldstein,
// article). A country or organisation ("CHN") is first expanded into the
// source codes the events have (CHN, CHNGOV, CHNMIL...) by a loose index
// scan, one seek per code; then each source code is one index search with
// the target's code or code range ("CHN" <= target < "CHO") and the date
// range as bounds, reading only the dyad's entries. The copy group comes
// from the narrow article_groups table. Both directions are two passes, the
// second skipping what the first counted, so an event matching both counts
// once. Folding is done here rather than in SQL: a hash of (copy group,
// source, target, code) keeps each group's best report (an original's,
// else the earliest, as FoldCopies), then one-a-day keeps one per (date,
// source, target, code).
#include "store/relation_rows.h"

#include <map>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "store/event_rows.h"

namespace dyad::store {
namespace {

// The next code after `after` in [lo, hi) that some event has as its
// source: one index seek (a loose index scan), so listing the codes of a
// country costs one seek per code, not a pass over its events.
constexpr std::string_view kNextSourceSql =
    "SELECT source FROM events INDEXED BY events_by_dyad WHERE source > ?1 AND source < ?2 "
    "ORDER BY source LIMIT 1";

bool Matches(const RelationActor& actor, std::string_view code) {
  return actor.prefix ? code.starts_with(actor.code) : code == actor.code;
}

// The source codes of the events matching `actor`, by loose index scan.
Result<std::vector<std::string>> SourceCodes(Database& db, const RelationActor& actor) {
  if (!actor.prefix) return std::vector<std::string>{actor.code};
  auto st = db.Prepare(kNextSourceSql);
  if (!st.ok()) return st.status();
  std::vector<std::string> codes;
  // Codes are letters and digits: the greatest string below `code` with
  // that prefix sorts before `code` itself, so start just below it.
  std::string after = actor.code;
  after.back() = static_cast<char>(after.back() - 1);
  after += '\x7f';
  const std::string hi = PrefixEnd(actor.code);
  for (;;) {
    st->Reset();
    st->Bind(1, after).Bind(2, hi);
    if (!st->Step()) break;
    codes.push_back(st->Text(0));
    after = codes.back();
  }
  if (!st->status().ok()) return st->status();
  return codes;
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

std::string RelationSql(const RelationActor& target, bool with_groups) {
  std::string sql =
      "SELECT e.date, e.source, e.target, e.code, e.quad_class, e.goldstein, e.article, ";
  sql += with_groups ? "g.original" : "NULL";
  sql += " FROM events e INDEXED BY events_by_dyad ";
  if (with_groups) sql += "LEFT JOIN article_groups g ON g.article = e.article ";
  sql += "WHERE e.source = ?1 AND ";
  sql += target.prefix ? "e.target >= ?2 AND e.target < ?3" : "e.target = ?2";
  sql += " AND e.date >= ?4 AND e.date <= ?5";
  return sql;
}

std::string_view NextSourceSql() {
  return kNextSourceSql;
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
  const bool with_groups = q.count == RelationCount::kSources;
  // The passes: (source actor, target actor, skip rows the forward pass had).
  struct Pass {
    const RelationActor *source, *target;
    bool skip_forward;
  };
  std::vector<Pass> passes;
  if (q.direction != RelationDirection::kBackward) passes.push_back({&q.a, &q.b, false});
  if (q.direction != RelationDirection::kForward) {
    passes.push_back({&q.b, &q.a, q.direction == RelationDirection::kBoth});
  }

  RelationSeries series;
  // Kept reports: every row (kReports), or each copy group's best report
  // of an event (source, target, code).
  std::unordered_map<std::string, Report> folded;
  std::vector<std::pair<std::string, Report>> kept;  // kReports: key (for one-a-day), report
  for (const Pass& pass : passes) {
    auto codes = SourceCodes(db, *pass.source);
    if (!codes.ok()) return codes.status();
    auto st = db.Prepare(RelationSql(*pass.target, with_groups));
    if (!st.ok()) return st.status();
    for (const std::string& source_code : *codes) {
      st->Reset();
      st->Bind(1, source_code).Bind(2, pass.target->code).Bind(3, PrefixEnd(pass.target->code));
      st->Bind(4, static_cast<int64_t>(from)).Bind(5, static_cast<int64_t>(to));
      const bool source_in_a = pass.skip_forward && Matches(q.a, source_code);
      while (st->Step()) {
        const std::string_view source = st->Blob(1), target = st->Blob(2), code = st->Blob(3);
        // Both directions: an event A->B met again as B->A counts once.
        if (source_in_a && Matches(q.b, target)) continue;
        ++series.reports;
        Report r;
        r.date = static_cast<int32_t>(st->Int(0));
        r.quad = static_cast<int>(st->Int(4));
        r.goldstein = st->Double(5);
        const int64_t article = st->Int(6);
        const int64_t group = st->IsNull(7) ? article : st->Int(7);
        r.rank = group == article ? 1 : 0;
        if (!with_groups) {
          kept.emplace_back(
              q.one_a_day ? Join(std::to_string(r.date), source, target, code) : std::string(), r);
          continue;
        }
        auto [it, fresh] = folded.try_emplace(Join(std::to_string(group), source, target, code), r);
        // Rows come by date within a dyad: on a tie the earliest report stays.
        if (!fresh &&
            (r.rank > it->second.rank || (r.rank == it->second.rank && r.date < it->second.date))) {
          it->second = r;
        }
      }
      if (!st->status().ok()) return st->status();
    }
  }
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
