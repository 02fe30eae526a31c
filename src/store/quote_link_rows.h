// Internal to store: the quote_links table's SQL: writing the links of an
// article's quotes, reading them back, and the quotes the quote index is
// warmed from (dyad/quote_links.h, Store::QueryQuoteLinks, LinkableQuotes).
#ifndef DYAD_STORE_QUOTE_LINK_ROWS_H_
#define DYAD_STORE_QUOTE_LINK_ROWS_H_

#include <cstdint>
#include <string>
#include <vector>

#include "dyad/status.h"
#include "dyad/store.h"
#include "store/sqlite_handle.h"

namespace dyad::store {

// The statement that writes quote links, prepared once per connection.
class QuoteLinkWriter {
 public:
  Status Prepare(Database& db);
  // Stores one link between quote `ordinal` of article `rowid` (the later
  // appearance) and quote `other_ordinal` of `other_rowid`; a link already
  // stored for the same two quotes is replaced.
  Status Put(int64_t rowid, int64_t other_rowid, const StoredQuoteLink& link);

 private:
  Statement link_;
};

// Links of article `rowid` (either side), or every link when rowid < 0.
Result<std::vector<StoredQuoteLink>> RunQuoteLinkQuery(Database& db, int64_t rowid);
// The quotes of fingerprinted articles, by article rowid then ordinal, with
// each one's article publication date in `published`.
Result<std::vector<StoredQuote>> RunLinkableQuotesQuery(Database& db,
                                                        std::vector<std::string>* published);
// Number of stored quote links.
Result<uint64_t> CountQuoteLinks(Database& db);

}  // namespace dyad::store

#endif  // DYAD_STORE_QUOTE_LINK_ROWS_H_
