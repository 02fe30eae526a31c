// QuoteLinkJson, QuoteLinkLine and QuoteLinkCache (see quote_link_output.h).
#include "cli/quote_link_output.h"

#include <deque>
#include <set>

namespace dyad::cli {
namespace {

nlohmann::json SpanPair(Span s) {
  return nlohmann::json::array({s.begin, s.end});
}

}  // namespace

nlohmann::json QuoteLinkJson(const StoredQuoteLink& l) {
  nlohmann::json edits = nlohmann::json::array();
  for (const QuoteWordEdit& e : l.edits)
    edits.push_back({{"other", SpanPair(e.a)},
                     {"article", SpanPair(e.b)},
                     {"words_other", e.words_a},
                     {"words_article", e.words_b}});
  return {{"article", l.article},
          {"ordinal", l.ordinal},
          {"other", l.other},
          {"other_ordinal", l.other_ordinal},
          {"kind", QuoteMatchKindName(l.kind)},
          {"rule", l.rule},
          {"common_words", l.common_words},
          {"similarity", l.similarity},
          {"diff", l.diff},
          {"edits", std::move(edits)}};
}

std::string QuoteLinkLine(const StoredQuoteLink& l, const std::string& article, uint32_t ordinal) {
  const bool later = l.article == article && l.ordinal == ordinal;
  const std::string kind(QuoteMatchKindName(l.kind));
  std::string out =
      later ? kind + " of earlier " + l.other + "#" + std::to_string(l.other_ordinal)
            : "quoted later " + kind + " in " + l.article + "#" + std::to_string(l.ordinal);
  out += " (" + l.rule + ")";
  if (!l.diff.empty()) out += ": " + l.diff;
  return out;
}

Result<const std::vector<StoredQuoteLink>*> QuoteLinkCache::Of(const std::string& article) {
  auto found = links_.find(article);
  if (found == links_.end()) {
    auto links = store_.QueryQuoteLinks(article);
    if (!links.ok()) return links.status();
    found = links_.emplace(article, std::move(*links)).first;
  }
  return &found->second;
}

Result<std::vector<StoredQuoteLink>> QuoteLinkCache::OfQuote(const std::string& article,
                                                             uint32_t ordinal) {
  auto links = Of(article);
  if (!links.ok()) return links.status();
  std::vector<StoredQuoteLink> out;
  for (const StoredQuoteLink& l : **links)
    if ((l.article == article && l.ordinal == ordinal) ||
        (l.other == article && l.other_ordinal == ordinal))
      out.push_back(l);
  return out;
}

Result<std::pair<std::string, uint32_t>> QuoteLinkCache::FirstAppearance(const std::string& article,
                                                                         uint32_t ordinal) {
  std::deque<std::pair<std::string, uint32_t>> todo = {{article, ordinal}};
  std::set<std::pair<std::string, uint32_t>> seen = {{article, ordinal}};
  while (!todo.empty()) {
    auto quote = todo.front();
    todo.pop_front();
    auto links = Of(quote.first);
    if (!links.ok()) return links.status();
    bool earlier = false;
    for (const StoredQuoteLink& l : **links) {
      if (l.article != quote.first || l.ordinal != quote.second) continue;
      earlier = true;
      if (seen.insert({l.other, l.other_ordinal}).second)
        todo.emplace_back(l.other, l.other_ordinal);
    }
    if (!earlier) return quote;
  }
  return std::make_pair(article, ordinal);  // unreachable: a link always reads to an earlier quote
}

}  // namespace dyad::cli
