// Variants of a quote found when asked (see quote_variants.h).
#include "serve/quote_variants.h"

#include <algorithm>
#include <cctype>
#include <set>

#include "cli/json_output.h"
#include "dyad/quote_links.h"

namespace dyad::serve {

namespace {
// Candidates compared per request, best FTS matches first.
constexpr uint32_t kMaxCandidates = 200;
}  // namespace

std::string SharedWordsQuery(const std::string& words, size_t max_words) {
  std::set<std::string> distinct;
  std::string word;
  auto flush = [&] {
    if (word.size() >= 3) distinct.insert(word);
    word.clear();
  };
  for (char c : words) {
    const auto u = static_cast<unsigned char>(c);
    if (u >= 0x80 || std::isalnum(u)) {
      word += static_cast<char>(std::tolower(u));
    } else {
      flush();
    }
  }
  flush();
  std::vector<std::string> picked(distinct.begin(), distinct.end());
  std::stable_sort(picked.begin(), picked.end(),
                   [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  if (picked.size() > max_words) picked.resize(max_words);
  std::string query;
  for (const std::string& w : picked) query += (query.empty() ? "\"" : " OR \"") + w + "\"";
  return query;
}

Result<nlohmann::json> QuoteVariantsJson(Store& store, const StoredQuote& quote) {
  nlohmann::json out = nlohmann::json::array();
  SearchFilter filter;
  filter.query = SharedWordsQuery(quote.text, 12);
  if (filter.query.empty()) return out;
  filter.query = "words : (" + filter.query + ")";
  filter.limit = kMaxCandidates;
  auto candidates = store.SearchQuotes(filter);
  if (!candidates.ok()) return candidates.status();
  const QuoteWords mine(quote.text, Span{0, static_cast<uint32_t>(quote.text.size())});
  for (const QuoteHit& h : *candidates) {
    if (h.article == quote.article && h.ordinal == quote.ordinal) continue;
    const QuoteWords theirs(h.words, Span{0, static_cast<uint32_t>(h.words.size())});
    QuoteMatch m = CompareQuotes(mine, theirs);
    if (m.kind == QuoteMatchKind::kNone) continue;
    nlohmann::json edits = nlohmann::json::array();
    for (const QuoteWordEdit& e : m.edits)
      edits.push_back({{"a", {e.a.begin, e.a.end}}, {"b", {e.b.begin, e.b.end}}});
    out.push_back({{"article", h.article},
                   {"ordinal", h.ordinal},
                   {"date", cli::IsoDay(h.date)},
                   {"words", h.words},
                   {"speaker", h.speaker},
                   {"kind", QuoteMatchKindName(m.kind)},
                   {"rule", m.rule},
                   {"common_words", m.common_words},
                   {"similarity", m.similarity},
                   {"edits", std::move(edits)}});
  }
  return out;
}

}  // namespace dyad::serve
