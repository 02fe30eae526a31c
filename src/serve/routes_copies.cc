// GET /api/copies (every copy group with its original) and
// GET /api/copies/{id} (one article's copy links and its group's original).
#include "serve/api.h"
#include "serve/copy_json.h"
#include "serve/list_reply.h"
#include "serve/query_params.h"

namespace dyad::serve {
namespace {

using nlohmann::json;

Reply ListGroups(Store& store, const httplib::Request& req) {
  QueryParams params(req);
  const uint32_t limit = params.Limit(), offset = params.Offset();
  if (!params.ok()) return ErrorReply(400, params.error());
  auto groups = store.CopyGroups();
  if (!groups.ok()) return StatusReply(groups.status());
  const size_t total = groups->size();
  json items = json::array();
  for (const StoredCopyGroup& g : Page(std::move(*groups), limit, offset))
    items.push_back(CopyGroupJson(g));
  return ListReply(std::move(items), total, limit, offset);
}

Reply ArticleLinks(Store& store, const httplib::Request& req) {
  auto article = store.GetArticle(req.matches[1].str());
  if (!article.ok()) return StatusReply(article.status());
  auto copies = ArticleCopiesJson(store, article->id);
  if (!copies.ok()) return StatusReply(copies.status());
  (*copies)["article"] = article->id;
  return Reply{200, std::move(*copies)};
}

}  // namespace

void AddCopyRoutes(Api& api) {
  api.Read(R"(/api/copies)", ListGroups);
  api.Read(R"(/api/copies/([^/]+))", ArticleLinks);
}

}  // namespace dyad::serve
