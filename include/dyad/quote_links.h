// dyad/quote_links.h: the same quotation in several articles, and the
// versions of it that were altered on the way.
//
// Outlets quote each other and the same interview; content farms "spin"
// the quotations too ("should concern the NATO alliance" becomes "ought to
// concern the Nato alliance"). An analyst needs every appearance of a
// quotation linked, and an altered one to stand out, word by word.
//
//   dyad::QuoteLinkIndex index;
//   for (each stored or new quote q, in arrival order) {
//     dyad::QuoteWords w(article_text, q.inner);
//     for (uint32_t earlier : index.Add(id_of_q, w))
//       if (auto m = dyad::CompareQuotes(words_of(earlier), w); m.kind != kNone) ...
//   }
//
// Words are those provenance compares (dyad/provenance.h, CopyText): the
// matching form, lowercased, so case, curly or straight apostrophes and
// white space never make a difference; punctuation is not a word.
//
// Kinds (QuoteMatch::kind), with `shorter`/`longer` the two quotes by word
// count and `common` the longest common subsequence of their words:
//   kSame     the same words in the same order;
//   kExcerpt  the shorter's words appear, in order and adjacent, in the
//             longer: one outlet quoted a part of what another quoted;
//   kAltered  common >= min_common_words and common / shorter >=
//             min_containment: the same quotation with words changed,
//             dropped or added inside the marks (QuoteMatch::edits says
//             which);
//   kNone     none of these.
// Each match names the rule that decided ("same-words", "excerpt",
// "altered-words", or why it is none).
//
// Cost: CompareQuotes is O(n * m) in the two quotes' word counts, with
// both capped at QuoteLinkOptions::max_words (longer quotes are compared on
// their first max_words words). QuoteLinkIndex::Add is linear in the
// quote's words plus the candidates returned; a word pair shared by more
// than max_bucket quotes stops proposing candidates (a hot bucket).
// Not thread-safe: one writer, or external locking. Results depend only on
// the input and the order of Add calls.
#ifndef DYAD_QUOTE_LINKS_H_
#define DYAD_QUOTE_LINKS_H_

#include <cstdint>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "dyad/text.h"

namespace dyad {

struct QuoteLinkOptions {
  uint32_t min_common_words = 4;  // kAltered needs this many words in common
  double min_containment = 0.6;   // common / shorter, for kAltered
  uint32_t max_words = 400;       // words compared per quote
  uint32_t max_bucket = 64;       // word pairs in more quotes propose none
  uint32_t min_shared_pairs = 2;  // candidates share at least this many pairs
                                  // (quotes of fewer than 3 words: their one pair)
};

// The words of one quotation: hashes and byte spans in the article text.
class QuoteWords {
 public:
  QuoteWords() = default;
  // `inner` is the quote's words between its marks (Quote::inner), in `text`.
  QuoteWords(std::string_view text, Span inner);

  size_t size() const { return hashes_.size(); }
  const std::vector<uint64_t>& hashes() const { return hashes_; }
  const std::vector<Span>& spans() const { return spans_; }
  // Whether word i is a function word ("of", "the": dyad::IsFunctionWord).
  bool is_function_word(size_t i) const { return function_[i] != 0; }

 private:
  std::vector<uint64_t> hashes_;
  std::vector<Span> spans_;
  std::vector<uint8_t> function_;
};

enum class QuoteMatchKind : uint8_t { kNone, kSame, kExcerpt, kAltered };
// "none", "same", "excerpt", "altered".
std::string_view QuoteMatchKindName(QuoteMatchKind kind);

// One word-level difference between quote a and quote b: words of a
// (byte span in a's article text) replaced by words of b (in b's). An empty
// side is a deletion (b dropped words of a) or an insertion (b added words).
struct QuoteWordEdit {
  Span a;
  Span b;
  uint32_t words_a = 0;
  uint32_t words_b = 0;
};

struct QuoteMatch {
  QuoteMatchKind kind = QuoteMatchKind::kNone;
  std::string_view rule;      // see the table at the top
  uint32_t common_words = 0;  // longest common subsequence of the words
  double containment = 0;     // common / words of the shorter quote
  double similarity = 0;      // common / words of the longer quote
  // For kAltered (and kExcerpt: the words of the longer around the excerpt
  // are not edits): every change, in order. Empty for kSame and kNone.
  std::vector<QuoteWordEdit> edits;
};

// Compares two quotations' words. Symmetric in kind and scores; edits read
// from a to b.
QuoteMatch CompareQuotes(const QuoteWords& a, const QuoteWords& b,
                         const QuoteLinkOptions& options = {});

// Incremental index of quotations by the word pairs they contain (pairs of
// function words only, such as "of the", are not indexed).
class QuoteLinkIndex {
 public:
  explicit QuoteLinkIndex(QuoteLinkOptions options = {}) : options_(options) {}

  // Adds quote `id` and returns the ids of earlier quotes that share enough
  // word pairs with it to be compared (CompareQuotes decides), sorted by id.
  std::vector<uint32_t> Add(uint32_t id, const QuoteWords& words);

  size_t size() const { return added_; }

 private:
  QuoteLinkOptions options_;
  std::unordered_map<uint64_t, std::vector<uint32_t>> buckets_;
  size_t added_ = 0;
};

}  // namespace dyad

#endif  // DYAD_QUOTE_LINKS_H_
