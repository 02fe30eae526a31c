// Internal to serve: the other articles' versions of one quote, for
// GET /api/quotes/{article}/{ordinal}, found when asked (quote links are
// not stored yet): quotes sharing its rarer words are looked up in the
// full-text index, and each is compared word by word (CompareQuotes,
// dyad/quote_links.h): same, excerpt or altered, with the word edits.
#ifndef DYAD_SERVE_QUOTE_VARIANTS_H_
#define DYAD_SERVE_QUOTE_VARIANTS_H_

#include <nlohmann/json.hpp>
#include <string>

#include "dyad/status.h"
#include "dyad/store.h"

namespace dyad::serve {

// An FTS5 query matching quotes that share any of the longest distinct
// words (3 letters or more, at most `max_words`) of `words`; "" when none.
std::string SharedWordsQuery(const std::string& words, size_t max_words);

// The variants of `quote` (its article's id and ordinal excluded), each
// {"article","ordinal","date","words","speaker","kind","rule","common_words",
// "similarity","edits":[{"a":[b,e],"b":[b,e]}]} with edit spans as byte
// offsets into this quote's words (a) and the variant's (b).
Result<nlohmann::json> QuoteVariantsJson(Store& store, const StoredQuote& quote);

}  // namespace dyad::serve

#endif  // DYAD_SERVE_QUOTE_VARIANTS_H_
