// Relations over time (see relation_rows.h), read from the covering index
// events_by_dyad (source, target, date, code, quad_class, goldstein,
// article). A country or organisation ("CHN") is first expanded into the
// source codes the events have (CHN, CHNGOV, CHNMIL...) by a loose index
// scan, one seek per code; then each source code is one index search with
// the target's code or code range ("CHN" <= target < "CHO") and the date
// range as bounds, reading only the dyad's entries. The copy group comes
// from the narrow article_groups table. Both directions are two passes, the
// second skipping what the first counted, so an event matching both counts
// once. The dyad's rows are gathered (only they: the query's own result),
// their articles' copy groups read from the narrow article_groups table
// in article order (a lookup each for a few articles, else one ordered
// pass merged with them: a join probing it per row cost more), then
// folded here: a hash of (copy group, source, target,
// code) keeps each group's best report (an original's, else the earliest,
// as FoldCopies), and one-a-day keeps one per (date, source, target, code).
#include "store/relation_rows.h"

#include <algorithm>
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

// One row of the dyad: its (source, target, code) as an interned number.
struct Row {
  int32_t date;
  uint32_t dyad_code;  // index into the distinct (source, target, code)
  int quad;
  double goldstein;
  int64_t article;
};

// The first day of the bucket holding `date`, cheaply (no label): the
// key a row is counted under.
int32_t BucketStart(int32_t date, RelationBucket bucket) {
  switch (bucket) {
    case RelationBucket::kDay: return date;
    case RelationBucket::kMonth: return date / 100 * 100 + 1;
    case RelationBucket::kWeek: break;
  }
  const int64_t days = DaysFromCivil(date);
  return CivilFromDays(days - ((days + 3) % 7 + 7) % 7);  // its Monday
}

void Count(const Row& r, RelationBucket bucket, std::map<int32_t, RelationPoint>* points) {
  const int32_t start = BucketStart(r.date, bucket);
  auto it = points->find(start);
  if (it == points->end()) it = points->emplace(start, RelationBucketOf(r.date, bucket)).first;
  RelationPoint& p = it->second;
  if (r.quad >= 1 && r.quad <= 4) ++p.quad[r.quad - 1];
  ++p.total;
  p.goldstein_sum += r.goldstein;
}

struct PairHash {
  size_t operator()(const std::pair<int64_t, uint32_t>& k) const {
    return std::hash<uint64_t>()(static_cast<uint64_t>(k.first) * 0x9E3779B97F4A7C15ull ^ k.second);
  }
};

constexpr std::string_view kGroupSql = "SELECT original FROM article_groups WHERE article = ?1";
constexpr std::string_view kGroupsFromSql =
    "SELECT article, original FROM article_groups WHERE article >= ?1 AND article <= ?2 "
    "ORDER BY article";
// Below this many articles, one lookup each; from it on, one ordered pass
// over the narrow table's rows in the articles' range (a merge: a lookup
// costs a statement step, a row of the pass far less).
constexpr size_t kPointLookups = 2000;

// The copy group of each of `articles` (sorted, distinct): its original,
// or itself when in no group.
Result<std::vector<int64_t>> GroupsOf(Database& db, const std::vector<int64_t>& articles) {
  std::vector<int64_t> groups(articles);  // itself unless found
  if (articles.empty()) return groups;
  const bool merge = articles.size() >= kPointLookups;
  auto st = db.Prepare(merge ? kGroupsFromSql : kGroupSql);
  if (!st.ok()) return st.status();
  if (merge) {
    st->Bind(1, articles.front()).Bind(2, articles.back());
    size_t at = 0;
    while (at < articles.size() && st->Step()) {
      const int64_t article = st->Int(0);
      while (at < articles.size() && articles[at] < article) ++at;
      if (at < articles.size() && articles[at] == article) groups[at] = st->Int(1);
    }
  } else {
    for (size_t i = 0; i < articles.size(); ++i) {
      st->Reset();
      st->Bind(1, articles[i]);
      if (st->Step()) groups[i] = st->Int(0);
    }
  }
  if (!st->status().ok()) return st->status();
  return groups;
}

}  // namespace

std::string RelationSql(const RelationActor& target) {
  std::string sql =
      "SELECT e.date, e.source, e.target, e.code, e.quad_class, e.goldstein, e.article "
      "FROM events e INDEXED BY events_by_dyad WHERE e.source = ?1 AND ";
  sql += target.prefix ? "e.target >= ?2 AND e.target < ?3" : "e.target = ?2";
  sql += " AND e.date >= ?4 AND e.date <= ?5";
  return sql;
}

std::string_view NextSourceSql() {
  return kNextSourceSql;
}

std::string_view GroupSql(bool merge) {
  return merge ? kGroupsFromSql : kGroupSql;
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
  std::vector<Row> rows;
  std::unordered_map<std::string, uint32_t> dyad_codes;
  std::string key;
  for (const Pass& pass : passes) {
    auto codes = SourceCodes(db, *pass.source);
    if (!codes.ok()) return codes.status();
    auto st = db.Prepare(RelationSql(*pass.target));
    if (!st.ok()) return st.status();
    for (const std::string& source_code : *codes) {
      st->Reset();
      st->Bind(1, source_code).Bind(2, pass.target->code).Bind(3, PrefixEnd(pass.target->code));
      st->Bind(4, static_cast<int64_t>(from)).Bind(5, static_cast<int64_t>(to));
      const bool source_in_a = pass.skip_forward && Matches(q.a, source_code);
      while (st->Step()) {
        const std::string_view target = st->Blob(2), code = st->Blob(3);
        // Both directions: an event A->B met again as B->A counts once.
        if (source_in_a && Matches(q.b, target)) continue;
        key.assign(source_code).append(1, '\t').append(target).append(1, '\t').append(code);
        auto [it, fresh] = dyad_codes.try_emplace(key, static_cast<uint32_t>(dyad_codes.size()));
        rows.push_back({static_cast<int32_t>(st->Int(0)), it->second, static_cast<int>(st->Int(4)),
                        st->Double(5), st->Int(6)});
      }
      if (!st->status().ok()) return st->status();
    }
  }
  series.reports = rows.size();

  // Copy-aware: each copy group's best report of an event (source, target,
  // code): its original's, else the earliest (as FoldCopies).
  std::vector<const Row*> kept;
  if (q.count == RelationCount::kSources) {
    std::vector<int64_t> articles;
    articles.reserve(rows.size());
    for (const Row& r : rows) articles.push_back(r.article);
    std::sort(articles.begin(), articles.end());
    articles.erase(std::unique(articles.begin(), articles.end()), articles.end());
    auto groups = GroupsOf(db, articles);
    if (!groups.ok()) return groups.status();
    struct Best {
      const Row* row;
      bool from_original;
    };
    std::unordered_map<std::pair<int64_t, uint32_t>, Best, PairHash> best;
    best.reserve(rows.size());
    for (const Row& r : rows) {
      const size_t at =
          std::lower_bound(articles.begin(), articles.end(), r.article) - articles.begin();
      const int64_t group = (*groups)[at];
      const bool from_original = group == r.article;
      auto [it, fresh] = best.try_emplace({group, r.dyad_code}, Best{&r, from_original});
      if (fresh) continue;
      Best& b = it->second;
      if (from_original > b.from_original ||
          (from_original == b.from_original && r.date < b.row->date)) {
        b = {&r, from_original};
      }
    }
    kept.reserve(best.size());
    for (const auto& [k, b] : best) kept.push_back(b.row);
  } else {
    kept.reserve(rows.size());
    for (const Row& r : rows) kept.push_back(&r);
  }

  std::map<int32_t, RelationPoint> points;
  std::unordered_set<uint64_t> seen;  // one-a-day: (date, source, target, code)
  for (const Row* r : kept) {
    if (q.one_a_day && !seen.insert(static_cast<uint64_t>(r->date) << 32 | r->dyad_code).second) {
      continue;
    }
    Count(*r, q.bucket, &points);
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
