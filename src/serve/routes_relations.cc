// GET /api/relations (how two actors relate over time: per day, ISO week or
// month, events by QuadClass with Goldstein sum and mean, copy-aware by
// default, optionally one-a-day; the shape of `dyad relations --json`) and
// GET /api/relations/events (the events behind one bucket of that series,
// counted the same way, so a chart's bar can list what it counts).
#include <algorithm>
#include <cstdio>
#include <map>
#include <set>
#include <tuple>
#include <unordered_map>

#include "cli/json_output.h"
#include "cli/relation_json.h"
#include "serve/api.h"
#include "serve/list_reply.h"
#include "serve/query_params.h"

namespace dyad::serve {
namespace {

using nlohmann::json;

// More reports than this in one bucket: the request must narrow it.
constexpr uint32_t kMaxBucketReports = 200000;

Result<RelationQuery> QueryOf(QueryParams& params) {
  cli::RelationWords words;
  words.a = params.Text("a");
  words.b = params.Text("b");
  if (!params.Text("by").empty()) words.by = params.Text("by");
  if (!params.Text("direction").empty()) words.direction = params.Text("direction");
  if (!params.Text("count").empty()) words.count = params.Text("count");
  words.one_a_day = params.Flag("one_a_day", false);
  words.from = params.Day("from");
  words.to = params.Day("to");
  if (!params.ok()) return Status::InvalidArgument(params.error());
  return cli::ReadRelationWords(words);
}

Reply Series(Store& store, const httplib::Request& req) {
  QueryParams params(req);
  auto query = QueryOf(params);
  if (!query.ok()) return StatusReply(query.status());
  auto series = store.QueryRelations(*query);
  if (!series.ok()) return StatusReply(series.status());
  return Reply{200, cli::RelationSeriesJson(*query, *series)};
}

// The reports of `query`'s events within [from, to] in one direction.
Status Reports(Store& store, const RelationActor& source, const RelationActor& target, int32_t from,
               int32_t to, std::vector<StoredEvent>* out) {
  EventFilter filter;
  filter.source = source.code;
  filter.target = target.code;
  filter.from = from;
  filter.to = to;
  filter.limit = kMaxBucketReports + 1;
  auto events = store.QueryEvents(filter);
  if (!events.ok()) return events.status();
  for (StoredEvent& e : *events) {
    // EventFilter matches code prefixes; an actor such as CHNGOV stands for itself alone.
    if (cli::RelationActorMatches(source, e.source.code) &&
        cli::RelationActorMatches(target, e.target.code))
      out->push_back(std::move(e));
  }
  return Status::OK();
}

// Copy-aware counting as QueryRelations does it (docs/relations.md): the
// reports of one copy group of one event (source, target, CAMEO code) are
// one event, represented by the original's report when it has one, else the
// earliest; two groups reporting the same event are two. `reports` sorted
// by date.
std::vector<FoldedEvent> FoldWithinGroups(std::vector<StoredEvent> reports,
                                          const std::vector<StoredCopyGroup>& groups) {
  std::unordered_map<std::string, const std::string*> original_of;
  for (const StoredCopyGroup& g : groups)
    for (const std::string& m : g.members) original_of[m] = &g.original;
  std::vector<FoldedEvent> rows;
  std::map<std::tuple<std::string, std::string, std::string, std::string>, size_t> row_of;
  std::map<size_t, std::set<std::string>> articles_of;
  for (StoredEvent& e : reports) {
    auto found = original_of.find(e.article);
    const std::string& group = found == original_of.end() ? e.article : *found->second;
    auto [it, added] =
        row_of.try_emplace({group, e.source.code, e.target.code, e.code}, rows.size());
    articles_of[it->second].insert(e.article);
    if (added) {
      rows.push_back({std::move(e), 1, 1});
    } else if (e.article == group && rows[it->second].event.article != group) {
      rows[it->second].event = std::move(e);  // the original's report stands for the group
    }
  }
  for (auto& [row, articles] : articles_of)
    rows[row].articles = static_cast<uint32_t>(articles.size());
  std::stable_sort(rows.begin(), rows.end(), [](const FoldedEvent& x, const FoldedEvent& y) {
    return x.event.date < y.event.date;
  });
  return rows;
}

Reply BucketEvents(Store& store, const httplib::Request& req) {
  QueryParams params(req);
  auto query = QueryOf(params);
  const std::string label = params.Text("bucket");
  const uint32_t limit = params.Limit(), offset = params.Offset();
  if (!params.ok()) return ErrorReply(400, params.error());
  if (!query.ok()) return StatusReply(query.status());
  auto named = RelationBucketNamed(label, query->bucket);
  if (!named.ok()) return StatusReply(named.status());
  const RelationPoint& span = *named;
  const int32_t from = std::max(span.first, query->from);
  const int32_t to = query->to == 0 ? span.last : std::min(span.last, query->to);
  // Copy-aware, a copy group's event is dated by its group's report (the
  // original's), which may lie outside the bucket: read the whole range.
  const bool by_group = query->count == RelationCount::kSources;
  const int32_t read_from = by_group ? query->from : from, read_to = by_group ? query->to : to;
  std::vector<StoredEvent> reports;
  if (query->direction != RelationDirection::kBackward) {
    Status s = Reports(store, query->a, query->b, read_from, read_to, &reports);
    if (!s.ok()) return StatusReply(s);
  }
  if (query->direction != RelationDirection::kForward) {
    std::vector<StoredEvent> back;
    Status s = Reports(store, query->b, query->a, read_from, read_to, &back);
    if (!s.ok()) return StatusReply(s);
    // An event matching both directions (A and B overlap) is listed once.
    for (StoredEvent& e : back) {
      if (query->direction == RelationDirection::kBoth &&
          cli::RelationActorMatches(query->a, e.source.code) &&
          cli::RelationActorMatches(query->b, e.target.code))
        continue;
      reports.push_back(std::move(e));
    }
  }
  if (reports.size() > kMaxBucketReports)
    return ErrorReply(400, "more than " + std::to_string(kMaxBucketReports) +
                               " reports to read; narrow the range (from, to)");
  std::erase_if(reports, [](const StoredEvent& e) { return e.date == 0; });
  std::stable_sort(reports.begin(), reports.end(), [](const StoredEvent& x, const StoredEvent& y) {
    return x.date != y.date ? x.date < y.date : x.article < y.article;
  });
  std::vector<FoldedEvent> rows;
  if (by_group) {
    auto groups = store.CopyGroups();
    if (!groups.ok()) return StatusReply(groups.status());
    rows = FoldWithinGroups(std::move(reports), *groups);
    std::erase_if(rows,
                  [&](const FoldedEvent& f) { return f.event.date < from || f.event.date > to; });
  } else {
    for (StoredEvent& e : reports) rows.push_back({std::move(e), 1, 1});
  }
  if (query->one_a_day) rows = OneADay(rows);
  const size_t total = rows.size();
  json items = json::array();
  for (const FoldedEvent& f : Page(std::move(rows), limit, offset)) {
    json j = cli::StoredEventJson(f.event);
    j["sources"] = f.sources;
    j["articles"] = f.articles;
    items.push_back(std::move(j));
  }
  json reply = ListReply(std::move(items), total, limit, offset).body;
  reply["bucket"] = span.label;
  reply["first"] = cli::IsoDay(span.first);
  reply["last"] = cli::IsoDay(span.last);
  return Reply{200, std::move(reply)};
}

}  // namespace

void AddRelationRoutes(Api& api) {
  api.Read(R"(/api/relations)", Series);
  api.Read(R"(/api/relations/events)", BucketEvents);
}

}  // namespace dyad::serve
