// GET /api/stories (stories newest first, narrowed by from, to and actor)
// and GET /api/stories/{id} (one story: its articles with outlet, rule and
// copy kind, its events counted copy-aware, its top quotes), in the shapes
// of `dyad stories --json` and `dyad story ID --json`.
#include <cstdlib>

#include "cli/story_json.h"
#include "serve/api.h"
#include "serve/list_reply.h"
#include "serve/query_params.h"

namespace dyad::serve {
namespace {

using nlohmann::json;

constexpr size_t kStoryQuotes = 10;

Reply ListStories(Store& store, const httplib::Request& req) {
  QueryParams params(req);
  StoryFilter filter;
  filter.from = params.Day("from");
  filter.to = params.Day("to");
  filter.actor = params.Text("actor");
  const uint32_t limit = params.Limit(), offset = params.Offset();
  if (!params.ok()) return ErrorReply(400, params.error());
  filter.limit = limit + offset;
  auto stories = store.QueryStories(filter);
  if (!stories.ok()) return StatusReply(stories.status());
  // The query stopped at offset + limit: the total is known only when fewer came back.
  const bool complete = stories->size() < filter.limit;
  const size_t total = stories->size();
  json items = json::array();
  for (const StoredStory& s : Page(std::move(*stories), limit, offset))
    items.push_back(cli::StoryJson(s));
  return ListReply(std::move(items), complete ? std::optional<uint64_t>(total) : std::nullopt,
                   limit, offset);
}

Reply OneStory(Store& store, const httplib::Request& req) {
  const std::string text = req.matches[1].str();
  char* end = nullptr;
  const unsigned long id = std::strtoul(text.c_str(), &end, 10);
  if (text.empty() || *end != '\0' || id > UINT32_MAX)
    return ErrorReply(400, "a story id is a number, not '" + text + "'");
  auto detail = cli::LoadStoryDetail(store, static_cast<uint32_t>(id));
  if (!detail.ok()) return StatusReply(detail.status());
  return Reply{200, cli::StoryDetailJson(*detail, kStoryQuotes)};
}

}  // namespace

void AddStoryRoutes(Api& api) {
  api.Read(R"(/api/stories)", ListStories);
  api.Read(R"(/api/stories/([^/]+))", OneStory);
}

}  // namespace dyad::serve
