// Internal to store: the quotes table's SQL: writing an article's quotes and
// turning a QuoteFilter into a query.
#ifndef DYAD_STORE_QUOTE_ROWS_H_
#define DYAD_STORE_QUOTE_ROWS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/quotes.h"
#include "dyad/status.h"
#include "dyad/store.h"
#include "store/sqlite_handle.h"

namespace dyad::store {

// The statements that write quotes, prepared once per connection.
class QuoteWriter {
 public:
  Status Prepare(Database& db);
  // Deletes the quotes of article `rowid`, then inserts `quotes` (as Insert,
  // with the article's text and publication date read from its row) and
  // marks the article quoted. Returns the number stored.
  Result<uint64_t> Replace(int64_t article_rowid, const std::vector<Quote>& quotes);
  // Inserts the quotes of an article that has none yet (one inserted in this
  // transaction with quoted = 1): ordinals are their positions, the words
  // are cut from `text` (the article's), the date is the day `published`
  // starts with. Returns the number stored; InvalidArgument for a quote
  // outside the text.
  Result<uint64_t> Insert(int64_t article_rowid, const std::vector<Quote>& quotes,
                          std::string_view text, std::string_view published);
  // Returns true iff article `rowid`'s quotes are stored.
  Result<bool> IsQuoted(int64_t article_rowid);

 private:
  // Rows written by one multi-row INSERT.
  static constexpr size_t kRowsPerInsert = 8;
  // Binds quote `q` as the row whose parameters follow `base`.
  static void BindRow(Statement& st, int base, int64_t article_rowid, size_t ordinal,
                      const Quote& q, std::string_view text, int32_t day);

  Statement delete_, insert_, insert_many_, mark_, is_quoted_, article_;
};

// Quotes matching `filter`; `article_rowid` >= 0 restricts them to one
// article (resolved by the caller). InvalidArgument for a malformed filter.
Result<std::vector<StoredQuote>> RunQuoteQuery(Database& db, const QuoteFilter& filter,
                                               int64_t article_rowid);

}  // namespace dyad::store

#endif  // DYAD_STORE_QUOTE_ROWS_H_
