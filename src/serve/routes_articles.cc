// GET /api/articles (summaries, newest first, by outlet and date) and
// GET /api/articles/{id} (the article with its sentences, events, quotes
// and copies; every offset a byte offset into "text").
#include "cli/json_output.h"
#include "serve/api.h"
#include "serve/copy_json.h"
#include "serve/list_reply.h"
#include "serve/query_params.h"

namespace dyad::serve {
namespace {

using nlohmann::json;

Reply ListArticles(Store& store, const httplib::Request& req) {
  QueryParams params(req);
  ArticleFilter filter;
  filter.outlet = params.Text("outlet");
  filter.from = params.DayText("from");
  filter.to = params.DayText("to");
  const uint32_t limit = params.Limit(), offset = params.Offset();
  if (!params.ok()) return ErrorReply(400, params.error());
  json items = json::array();
  if (limit == 0) return ListReply(std::move(items), std::nullopt, limit, offset);
  filter.limit = limit;
  filter.offset = offset;
  auto list = store.ListArticles(filter);
  if (!list.ok()) return StatusReply(list.status());
  std::vector<std::string> ids;
  for (const ArticleSummary& a : *list) ids.push_back(a.id);
  auto parts = store.ArticlePartsOf(ids);
  if (!parts.ok()) return StatusReply(parts.status());
  for (size_t i = 0; i < list->size(); ++i) {
    json j = cli::SummaryJson((*list)[i]);
    j["events"] = (*parts)[i].events;
    j["quotes"] = (*parts)[i].quotes;
    j["copy_original"] =
        (*parts)[i].copy_original.empty() ? json() : json((*parts)[i].copy_original);
    items.push_back(std::move(j));
  }
  return ListReply(std::move(items), std::nullopt, limit, offset);
}

Reply GetArticle(Store& store, const httplib::Request& req) {
  auto got = store.GetArticle(req.matches[1].str());
  if (!got.ok()) return StatusReply(got.status());
  const Article& a = got->article;
  EventFilter by_article;
  by_article.article = got->id;
  by_article.with_sentence_text = false;
  auto events = store.QueryEvents(by_article);
  if (!events.ok()) return StatusReply(events.status());
  QuoteFilter quotes_of;
  quotes_of.article = got->id;
  auto quotes = store.QueryQuotes(quotes_of);
  if (!quotes.ok()) return StatusReply(quotes.status());
  auto copies = ArticleCopiesJson(store, got->id);
  if (!copies.ok()) return StatusReply(copies.status());
  json sentences = json::array();
  for (const Sentence& s : got->sentences) sentences.push_back({s.begin, s.end});
  json j{{"id", got->id},
         {"title", a.title},
         {"outlet", a.outlet},
         {"published", a.published},
         {"url", a.url},
         {"byline", a.byline},
         {"language", a.language},
         {"text", a.text},
         {"sentences", std::move(sentences)},
         {"events", json::array()},
         {"quotes", json::array()}};
  for (const StoredEvent& e : *events) j["events"].push_back(cli::StoredEventJson(e));
  for (const StoredQuote& q : *quotes) j["quotes"].push_back(cli::StoredQuoteJson(q));
  j["copies"] = std::move((*copies)["links"]);
  j["original"] = std::move((*copies)["original"]);
  return Reply{200, std::move(j)};
}

}  // namespace

void AddArticleRoutes(Api& api) {
  api.Read(R"(/api/articles)", ListArticles);
  api.Read(R"(/api/articles/([^/]+))", GetArticle);
}

}  // namespace dyad::serve
