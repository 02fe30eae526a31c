// dyad/quotes.h: quotations in an article and who said them.
//
// ExtractQuotes finds every double-quoted span of an article's text (curly
// “ ”, straight " ", guillemets « », low „ “), decides how it is attributed,
// and resolves its speaker within the article:
//
//   dyad::QuoteOptions opts;
//   opts.dictionary = &dict;           // optional: actor codes
//   opts.date = 20240710;              // the article's date, for dated codes
//   for (const dyad::Quote& q : dyad::ExtractQuotes(article, opts))
//     std::cout << q.inner.view(article.text) << " -- " << q.speaker.canonical << "\n";
//
// Forms recognised (QuoteRule):
//   “…,” Smith said.                          kSaidAfter
//   Smith said: “…”   /   She said, “…”       kSaidBefore
//   “…,” said Smith, the U.S. ambassador.     kSaidInverted
//   “…,” Smith said. “…”   (2nd part)         kBroken (part_of the 1st)
//   “… (no closing mark at paragraph end)
//   “… (next paragraph opens with a mark)     kContinuedParagraph (part_of)
//   China is a “decisive supporter” of …      kPartial
//   a whole-sentence quote with no attribution kStandalone
// Ellipses (". . .", "…") and [bracketed] insertions are kept inside the span
// and flagged.
//
// Speakers: a named person with role and affiliation taken from an
// apposition ("Julianne Smith, U.S. ambassador to NATO") or a title before
// the name ("Foreign Ministry spokesperson Lin Jian"); short names ("Smith",
// "Ambassador Smith") and pronouns ("she said") resolved to the person
// introduced earlier in the article (he / she to the latest person of that
// gender when the text shows it: titles, gendered roles, earlier pronouns),
// so that all share one canonical name;
// organisations ("the European Union delegation said") and documents ("the
// statement said") as speakers. An unnamed source ("one diplomat said") is
// SpeakerKind::kAnonymous; a quote with no attribution is kUnattributed:
// dyad never guesses a speaker.
//
// Offsets are byte offsets into the article text (Article::text), as
// everywhere in dyad (see dyad/text.h).
//
// Bad input (unbalanced marks, a quote that never closes, a 50,000-byte
// "quote", nested quotes) takes time linear in the text and never crashes:
// a quote never crosses a paragraph end unless it is continued in the next
// paragraph, and a span longer than QuoteOptions::max_quote_bytes is not a
// quote.
//
// Thread safety: a Dictionary passed in options is only read, and the
// caches of speakers' actor codes are per thread, so any number of threads
// may extract at once. Results depend only on the input. Each thread keeps
// its token buffers from one article to the next (sized by the largest
// article it has read), so that extraction allocates little once warm.
#ifndef DYAD_QUOTES_H_
#define DYAD_QUOTES_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/dictionary.h"
#include "dyad/extract.h"
#include "dyad/text.h"

namespace dyad {

// How a quote was found and attributed; see the table at the top.
enum class QuoteRule : uint8_t {
  kSaidAfter,
  kSaidBefore,
  kSaidInverted,
  kBroken,
  kContinuedParagraph,
  kPartial,
  kStandalone,
};
// "said-after", "colon-intro", "said-inverted", "broken",
// "continued-paragraph", "partial", "standalone".
std::string_view QuoteRuleName(QuoteRule rule);

enum class SpeakerKind : uint8_t {
  kUnattributed,  // no attribution: scare quotes, a quoted phrase, a lone quote
  kPerson,
  kOrganisation,  // a government, ministry, mission, army, company
  kDocument,      // a statement, declaration, report, communique
  kAnonymous,     // an unnamed source: "a Western diplomat", "officials"
};
// "unattributed", "person", "organisation", "document", "anonymous".
std::string_view SpeakerKindName(SpeakerKind kind);

struct Speaker {
  SpeakerKind kind = SpeakerKind::kUnattributed;
  // The words of the attribution that name the speaker, as written:
  // "Smith", "she", "the statement", "Foreign Ministry spokesperson Lin Jian".
  std::string name;
  // One name per speaker in the article: a person's full name as first
  // introduced ("Julianne Smith" for "Smith", "Ambassador Smith", "she");
  // for organisations and documents the fullest naming found ("the NATO
  // leaders' statement" for a later "the statement"), without a leading
  // "the". Empty iff kind is kUnattributed.
  std::string canonical;
  std::string role;         // "U.S. ambassador to NATO", "Foreign Ministry spokesperson"; or ""
  std::string affiliation;  // "NATO", "Foreign Ministry"; or ""
  // CAMEO-style code from QuoteOptions::dictionary on QuoteOptions::date
  // ("USAGOV"), or "" when no dictionary was given or nothing matched.
  std::string actor_code;
  // Where the speaker is named in this quote's attribution (the pronoun or
  // short name itself); empty (0, 0) when unattributed.
  Span mention;
  // Where the canonical name was introduced in the article (may equal
  // `mention`); empty when unattributed.
  Span introduced;
};

struct Quote {
  Span inner;        // the words between the marks
  Span outer;        // the words with their marks (for a part with no
                     // closing mark: up to its paragraph's end)
  Span attribution;  // "Smith said", "said Zhao, speaking at ...", "She said:";
                     // empty (0, 0) when there is none
  QuoteRule rule = QuoteRule::kStandalone;
  // Index in the returned vector of the first part, for the later parts of a
  // quote broken by its attribution or continued across paragraphs; -1
  // otherwise.
  int32_t part_of = -1;
  uint32_t paragraph = 0;  // index of its paragraph
  bool closed = true;      // false iff it ends at a paragraph end with no mark
  bool has_ellipsis = false;
  bool has_bracket = false;
  Speaker speaker;
};

struct QuoteOptions {
  // A quote (one part) longer than this many bytes is taken to be an
  // unbalanced mark, not a quote. Default: 4000.
  uint32_t max_quote_bytes = 4000;
  // Dictionaries for actor codes (Speaker::actor_code); nullptr: no codes.
  // REQUIRES: BuildIndexes() has run.
  const Dictionary* dictionary = nullptr;
  // The article's date as yyyymmdd, for dated codes (persons); 0 unknown.
  int32_t date = 0;
};

// Quotes of `text`, whose paragraphs and sentences are given (as
// SplitParagraphs / SplitSentences(text, paragraphs) return them; sentence
// tokens are not needed). Sorted by inner.begin. REQUIRES: spans sorted,
// within `text`.
std::vector<Quote> ExtractQuotes(std::string_view text, const std::vector<Span>& paragraphs,
                                 const std::vector<Sentence>& sentences,
                                 const QuoteOptions& options = QuoteOptions());

// The same for an Article: its own paragraph spans, sentences cut here, and
// QuoteOptions::date taken from Article::published when options.date is 0.
std::vector<Quote> ExtractQuotes(const Article& article,
                                 const QuoteOptions& options = QuoteOptions());

}  // namespace dyad

#endif  // DYAD_QUOTES_H_
