// Internal to pipeline: quote linking at ingest (dyad/quote_links.h). A
// QuoteLinker holds the QuoteLinkIndex of every stored quote of an article
// whose copies were looked for (warmed from the store at the start of an
// ingest, like the CopyIndex, so quotes ingested tomorrow link to today's);
// CopyLinker gives it each new article's quotes in input order and stores
// the links with the article's copy links, in one transaction.
//
// A link reads from the later appearance to the earlier one: the earlier
// publication date (ComparePublished), ingest order breaking a tie. Edits
// read from the earlier quote to the later, with byte offsets in both
// articles' texts, and as words ("should → ought to").
#ifndef DYAD_PIPELINE_ARTICLE_QUOTE_LINKS_H_
#define DYAD_PIPELINE_ARTICLE_QUOTE_LINKS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "dyad/quote_links.h"
#include "dyad/status.h"
#include "dyad/store.h"

namespace dyad::pipeline {

// One quote of an article as the linker takes it.
struct QuoteAt {
  uint32_t ordinal = 0;    // among its article's quotes
  Span inner;              // the words between the marks, in the article's text
  std::string_view words;  // those bytes
};

// A link found, with the two quotes' words in their articles' texts.
struct FoundQuoteLink {
  StoredQuoteLink link;
  Span article_inner;  // the later appearance's words
  Span other_inner;    // the earlier appearance's words
};

class QuoteLinker {
 public:
  explicit QuoteLinker(QuoteLinkOptions options = {}) : index_(options), options_(options) {}

  // Loads the linkable quotes of the store (Store::LinkableQuotes).
  Status Warm(Store& store);

  // Adds the quotes of `article` (published `published`) to the index and
  // appends to `out` their links with quotes of other, earlier-ingested
  // articles.
  void Link(const std::string& article, std::string_view published,
            const std::vector<QuoteAt>& quotes, std::vector<FoundQuoteLink>* out);

  size_t size() const { return refs_.size(); }

 private:
  struct Ref {
    uint32_t article = 0;  // index into articles_
    uint32_t ordinal = 0;
    uint32_t begin = 0;  // inner.begin in the article's text
    std::string words;
  };
  void Add(const std::string& article, std::string_view published, const QuoteAt& q,
           std::vector<FoundQuoteLink>* out);
  uint32_t ArticleIndex(const std::string& article, std::string_view published);

  QuoteLinkIndex index_;
  QuoteLinkOptions options_;
  std::vector<Ref> refs_;  // index id -> quote
  std::vector<std::string> articles_, published_;
  std::unordered_map<std::string, uint32_t> article_index_;
};

// The edits of a link as words, "should → ought to; Nato → NATO", read from
// the two quotes' words (`a_words` starting at byte `a_begin` of its
// article's text, and likewise b); a side with no words reads "∅".
std::string DescribeEdits(const std::vector<QuoteWordEdit>& edits, std::string_view a_words,
                          uint32_t a_begin, std::string_view b_words, uint32_t b_begin);

}  // namespace dyad::pipeline

#endif  // DYAD_PIPELINE_ARTICLE_QUOTE_LINKS_H_
