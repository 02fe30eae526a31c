// Internal to store: the SQL behind full-text search (the FTS5 tables
// articles_fts and quotes_fts of schema version 5) and the small queries the
// HTTP API needs beside the listings: an article's counts, the most active
// dyads, the connection's data version.
#ifndef DYAD_STORE_SEARCH_ROWS_H_
#define DYAD_STORE_SEARCH_ROWS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/status.h"
#include "dyad/store.h"
#include "store/sqlite_handle.h"

namespace dyad::store {

// A snippet as FTS5's snippet() writes it with kMarkOpen/kMarkClose around
// the matches, split into plain text and the byte ranges of the matches.
inline constexpr char kMarkOpen = '\x01';
inline constexpr char kMarkClose = '\x02';
SearchSnippet SplitSnippet(std::string_view marked);

Result<std::vector<ArticleHit>> RunArticleSearch(Database& db, const SearchFilter& filter);
Result<std::vector<QuoteHit>> RunQuoteSearch(Database& db, const SearchFilter& filter);
Result<std::vector<ArticleParts>> RunArticleParts(Database& db,
                                                  const std::vector<std::string>& ids);
Result<std::vector<DyadCount>> RunTopDyads(Database& db, uint32_t limit);
Result<int64_t> RunDataVersion(Database& db);

}  // namespace dyad::store

#endif  // DYAD_STORE_SEARCH_ROWS_H_
