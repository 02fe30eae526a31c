// GET /api/quotes (by speaker, actor, words, date or article) and
// GET /api/quotes/{article}/{ordinal} (one quote with its "variants": the
// other articles' versions of it, same, excerpt or altered with the word
// edits, found when asked: quote_variants.h).
#include "cli/json_output.h"
#include "serve/api.h"
#include "serve/list_reply.h"
#include "serve/query_params.h"
#include "serve/quote_variants.h"

namespace dyad::serve {
namespace {

using nlohmann::json;

Reply ListQuotes(Store& store, const httplib::Request& req) {
  QueryParams params(req);
  QuoteFilter filter;
  filter.speaker = params.Text("speaker");
  filter.actor = params.Text("actor");
  filter.search = params.Text("search");
  filter.article = params.Text("article");
  filter.from = params.Day("from");
  filter.to = params.Day("to");
  const uint32_t limit = params.Limit(), offset = params.Offset();
  if (!params.ok()) return ErrorReply(400, params.error());
  json items = json::array();
  if (limit == 0) return ListReply(std::move(items), std::nullopt, limit, offset);
  filter.limit = limit + offset;
  auto quotes = store.QueryQuotes(filter);
  if (!quotes.ok()) return StatusReply(quotes.status());
  for (const StoredQuote& q : Page(std::move(*quotes), limit, offset))
    items.push_back(cli::StoredQuoteJson(q));
  return ListReply(std::move(items), std::nullopt, limit, offset);
}

Reply GetQuote(Store& store, const httplib::Request& req) {
  QuoteFilter filter;
  filter.article = req.matches[1].str();
  const std::string ordinal = req.matches[2].str();
  if (ordinal.empty() || ordinal.size() > 9 ||
      ordinal.find_first_not_of("0123456789") != std::string::npos)
    return ErrorReply(400, "'" + ordinal + "' is not a quote ordinal (0, 1, ...)");
  auto quotes = store.QueryQuotes(filter);
  if (!quotes.ok()) return StatusReply(quotes.status());
  const uint32_t n = static_cast<uint32_t>(std::stoul(ordinal));
  for (const StoredQuote& q : *quotes) {
    if (q.ordinal != n) continue;
    auto variants = QuoteVariantsJson(store, q);
    if (!variants.ok()) return StatusReply(variants.status());
    json j = cli::StoredQuoteJson(q);
    j["variants"] = std::move(*variants);
    return Reply{200, std::move(j)};
  }
  return ErrorReply(404, "article " + filter.article + " has no quote " + ordinal);
}

}  // namespace

void AddQuoteRoutes(Api& api) {
  api.Read(R"(/api/quotes)", ListQuotes);
  api.Read(R"(/api/quotes/([^/]+)/([^/]+))", GetQuote);
}

}  // namespace dyad::serve
