// Internal to cli: how `dyad quotes --links` and `dyad copies ID` show the
// links between one quotation's appearances in several articles
// (StoredQuoteLink): as JSON, as one readable line, and the first
// appearance of a quote (following earlier appearances until none is
// earlier).
#ifndef DYAD_CLI_QUOTE_LINK_OUTPUT_H_
#define DYAD_CLI_QUOTE_LINK_OUTPUT_H_

#include <map>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "dyad/store.h"

namespace dyad::cli {

// article, ordinal (the later appearance), other, other_ordinal (the
// earlier), kind, rule, common_words, similarity, diff, and edits (byte
// spans in both texts, words on each side).
nlohmann::json QuoteLinkJson(const StoredQuoteLink& l);

// "altered from 0123...#2 (altered-words): should → ought to" as seen from
// quote `ordinal` of `article` (a side of `l`).
std::string QuoteLinkLine(const StoredQuoteLink& l, const std::string& article, uint32_t ordinal);

// Reads quote links per article once, and finds first appearances.
class QuoteLinkCache {
 public:
  explicit QuoteLinkCache(Store& store) : store_(store) {}
  // The links of `article` (either side); the status of a failed read.
  Result<const std::vector<StoredQuoteLink>*> Of(const std::string& article);
  // The links that quote `ordinal` of `article` takes part in.
  Result<std::vector<StoredQuoteLink>> OfQuote(const std::string& article, uint32_t ordinal);
  // The first appearance of the quote: following its earlier appearances
  // (breadth first, in stored order) to a quote with none; itself when it
  // has none.
  Result<std::pair<std::string, uint32_t>> FirstAppearance(const std::string& article,
                                                           uint32_t ordinal);

 private:
  Store& store_;
  std::map<std::string, std::vector<StoredQuoteLink>> links_;
};

}  // namespace dyad::cli

#endif  // DYAD_CLI_QUOTE_LINK_OUTPUT_H_
