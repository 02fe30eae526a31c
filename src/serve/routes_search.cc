// GET /api/search?q=: full-text search (SQLite FTS5 query syntax) over
// articles (title, text) and quotes (words, speaker), filtered by outlet,
// actor and dates; each hit with a snippet and the matched words in it as
// byte ranges ("marks").
#include "cli/json_output.h"
#include "serve/api.h"
#include "serve/query_params.h"

namespace dyad::serve {
namespace {

using nlohmann::json;

json SnippetMarks(const SearchSnippet& s) {
  json marks = json::array();
  for (Span m : s.marks) marks.push_back({m.begin, m.end});
  return marks;
}

Reply Search(Store& store, const httplib::Request& req) {
  QueryParams params(req);
  SearchFilter filter;
  filter.query = params.Text("q");
  filter.outlet = params.Text("outlet");
  filter.actor = params.Text("actor");
  filter.from = params.Day("from");
  filter.to = params.Day("to");
  filter.limit = params.Limit(20);
  filter.offset = params.Offset();
  if (!params.ok()) return ErrorReply(400, params.error());
  if (filter.query.empty()) return ErrorReply(400, "q (the search query) is missing");
  json out{{"q", filter.query}, {"articles", json::array()}, {"quotes", json::array()}};
  if (filter.limit == 0) return Reply{200, std::move(out)};
  auto articles = store.SearchArticles(filter);
  if (!articles.ok()) return StatusReply(articles.status());
  auto quotes = store.SearchQuotes(filter);
  if (!quotes.ok()) return StatusReply(quotes.status());
  for (const ArticleHit& h : *articles) {
    out["articles"].push_back({{"id", h.id},
                               {"title", h.title},
                               {"outlet", h.outlet},
                               {"published", h.published},
                               {"snippet", h.snippet.text},
                               {"marks", SnippetMarks(h.snippet)}});
  }
  for (const QuoteHit& h : *quotes) {
    out["quotes"].push_back({{"article", h.article},
                             {"ordinal", h.ordinal},
                             {"date", cli::IsoDay(h.date)},
                             {"words", h.words},
                             {"speaker", h.speaker},
                             {"snippet", h.snippet.text},
                             {"marks", SnippetMarks(h.snippet)}});
  }
  return Reply{200, std::move(out)};
}

}  // namespace

void AddSearchRoutes(Api& api) {
  api.Read(R"(/api/search)", Search);
}

}  // namespace dyad::serve
