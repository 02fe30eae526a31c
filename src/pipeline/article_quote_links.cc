// QuoteLinker (see article_quote_links.h). Each quote is compared with the
// earlier quotes the index proposes (CompareQuotes); the index keeps its
// words' text so that no candidate needs a store read.
#include "pipeline/article_quote_links.h"

#include "dyad/provenance.h"

namespace dyad::pipeline {
namespace {

QuoteWords WordsOf(std::string_view words) {
  return QuoteWords(words, Span{0, static_cast<uint32_t>(words.size())});
}

Span Shift(Span s, uint32_t by) {
  return Span{s.begin + by, s.end + by};
}

template <typename R>
Span InnerOf(const R& ref) {
  return Span{ref.begin, ref.begin + static_cast<uint32_t>(ref.words.size())};
}

}  // namespace

std::string DescribeEdits(const std::vector<QuoteWordEdit>& edits, std::string_view a_words,
                          uint32_t a_begin, std::string_view b_words, uint32_t b_begin) {
  auto side = [](std::string_view words, uint32_t begin, Span s, uint32_t count) -> std::string {
    if (count == 0 || s.begin < begin || s.end - begin > words.size()) return "\u2205";
    return std::string(words.substr(s.begin - begin, s.end - s.begin));
  };
  std::string out;
  for (const QuoteWordEdit& e : edits) {
    if (!out.empty()) out += "; ";
    out += side(a_words, a_begin, e.a, e.words_a) + " \u2192 " +
           side(b_words, b_begin, e.b, e.words_b);
  }
  return out;
}

Status QuoteLinker::Warm(Store& store) {
  std::vector<std::string> published;
  auto quotes = store.LinkableQuotes(&published);
  if (!quotes.ok()) return quotes.status();
  for (size_t i = 0; i < quotes->size(); ++i) {
    const StoredQuote& q = (*quotes)[i];
    Ref ref{ArticleIndex(q.article, published[i]), q.ordinal, q.quote.inner.begin, q.text};
    index_.Add(static_cast<uint32_t>(refs_.size()), WordsOf(ref.words));
    refs_.push_back(std::move(ref));
  }
  return Status::OK();
}

uint32_t QuoteLinker::ArticleIndex(const std::string& article, std::string_view published) {
  auto [it, added] = article_index_.emplace(article, static_cast<uint32_t>(articles_.size()));
  if (added) {
    articles_.push_back(article);
    published_.emplace_back(published);
  }
  return it->second;
}

void QuoteLinker::Link(const std::string& article, std::string_view published,
                       const std::vector<QuoteAt>& quotes, std::vector<FoundQuoteLink>* out) {
  for (const QuoteAt& q : quotes) Add(article, published, q, out);
}

void QuoteLinker::Add(const std::string& article, std::string_view published, const QuoteAt& q,
                      std::vector<FoundQuoteLink>* out) {
  const uint32_t self = ArticleIndex(article, published);
  Ref ref{self, q.ordinal, q.inner.begin, std::string(q.words)};
  const QuoteWords words = WordsOf(ref.words);
  const std::vector<uint32_t> candidates = index_.Add(static_cast<uint32_t>(refs_.size()), words);
  for (uint32_t c : candidates) {
    const Ref& other = refs_[c];
    if (other.article == self) continue;  // a quotation repeated in one article
    // The earlier appearance: earlier publication; the earlier-ingested on a tie.
    const bool this_first = ComparePublished(published, published_[other.article]) < 0;
    const Ref& early = this_first ? ref : other;
    const Ref& late = this_first ? other : ref;
    const QuoteWords other_words = WordsOf(other.words);
    const QuoteMatch m = this_first ? CompareQuotes(words, other_words, options_)
                                    : CompareQuotes(other_words, words, options_);
    if (m.kind == QuoteMatchKind::kNone) continue;
    FoundQuoteLink found;
    found.article_inner = InnerOf(late);
    found.other_inner = InnerOf(early);
    StoredQuoteLink& link = found.link;
    link.article = articles_[late.article];
    link.ordinal = late.ordinal;
    link.other = articles_[early.article];
    link.other_ordinal = early.ordinal;
    link.kind = m.kind;
    link.rule = std::string(m.rule);
    link.common_words = m.common_words;
    link.similarity = m.similarity;
    link.diff = DescribeEdits(m.edits, early.words, 0, late.words, 0);
    for (const QuoteWordEdit& e : m.edits)
      link.edits.push_back({Shift(e.a, early.begin), Shift(e.b, late.begin), e.words_a, e.words_b});
    out->push_back(std::move(found));
  }
  refs_.push_back(std::move(ref));
}

}  // namespace dyad::pipeline
