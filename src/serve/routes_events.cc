// GET /api/events: stored events by source, target, code, date or
// article, as `dyad events --json` shows them; fold_copies=1 counts each
// event once with its independent sources (FoldCopies).
#include "cli/json_output.h"
#include "serve/api.h"
#include "serve/list_reply.h"
#include "serve/query_params.h"

namespace dyad::serve {
namespace {

using nlohmann::json;

// Folding needs every matching event; beyond this many the filter must be
// narrower, so one request never holds the whole store in memory.
constexpr uint32_t kMaxFoldedReports = 200000;

Reply ListEvents(Store& store, const httplib::Request& req) {
  QueryParams params(req);
  EventFilter filter;
  filter.source = params.Text("source");
  filter.target = params.Text("target");
  filter.code = params.Text("code");
  filter.article = params.Text("article");
  filter.from = params.Day("from");
  filter.to = params.Day("to");
  const bool fold = params.Flag("fold_copies", false);
  const uint32_t limit = params.Limit(), offset = params.Offset();
  if (!params.ok()) return ErrorReply(400, params.error());
  filter.limit = fold ? kMaxFoldedReports + 1 : limit + offset;
  if (!fold && filter.limit == 0) return ListReply(json::array(), std::nullopt, limit, offset);
  auto events = store.QueryEvents(filter);
  if (!events.ok()) return StatusReply(events.status());
  std::vector<FoldedEvent> rows;
  if (fold) {
    if (events->size() > kMaxFoldedReports)
      return ErrorReply(400, "more than " + std::to_string(kMaxFoldedReports) +
                                 " events to fold; narrow the filter (dates, actors, code)");
    auto groups = store.CopyGroups();
    if (!groups.ok()) return StatusReply(groups.status());
    rows = FoldCopies(*events, *groups);
  } else {
    for (StoredEvent& e : *events) rows.push_back({std::move(e), 1, 1});
  }
  const size_t total = rows.size();
  json items = json::array();
  for (const FoldedEvent& f : Page(std::move(rows), limit, offset)) {
    json j = cli::StoredEventJson(f.event);
    if (fold) {
      j["sources"] = f.sources;
      j["articles"] = f.articles;
    }
    items.push_back(std::move(j));
  }
  // Without folding the query stopped at offset + limit: the total is unknown.
  return ListReply(std::move(items), fold ? std::optional<uint64_t>(total) : std::nullopt, limit,
                   offset);
}

}  // namespace

void AddEventRoutes(Api& api) {
  api.Read(R"(/api/events)", ListEvents);
}

}  // namespace dyad::serve
