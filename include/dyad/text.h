// dyad/text.h: Unicode clean-up, paragraphs, sentences and tokens, with
// offsets that always point back into the article text.
//
// Every later stage (event coding, quotes, provenance) works on Sentences and
// Tokens, and every figure dyad shows must be traceable to the characters that
// produced it. So nothing here copies text around without recording where it
// came from: a Sentence or Token is a byte range [begin, end) of the article
// text it was cut from, and MatchingText keeps a map from its simplified
// characters back to the original ones.
//
//   std::string text = dyad::NormalizeNfc(raw);          // canonical form
//   for (const dyad::Sentence& s : dyad::SplitSentences(text))
//     for (const dyad::Token& t : s.tokens)
//       std::cout << t.view(text) << "\n";
//
// Offsets are byte offsets into UTF-8 strings. All functions are pure and
// thread-safe.
#ifndef DYAD_TEXT_H_
#define DYAD_TEXT_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dyad {

// ---- UTF-8 -----------------------------------------------------------------

// Replaces every invalid UTF-8 sequence in `s` (stray continuation bytes,
// truncated sequences, overlongs, surrogates, code points past U+10FFFF) with
// U+FFFD, one replacement per maximal invalid subpart as the Unicode standard
// recommends. NUL bytes are dropped. Returns the number of replacements made
// (0 iff `s` was already valid and NUL-free).
uint64_t RepairUtf8(std::string& s);

// Returns true iff `s` is valid UTF-8.
bool IsValidUtf8(std::string_view s);

// ---- Normalisation ---------------------------------------------------------

// Returns `s` in Unicode Normalization Form C. REQUIRES: valid UTF-8.
// Text that is already NFC (nearly all news text) is returned unchanged at
// the cost of one scan.
std::string NormalizeNfc(std::string_view s);

// A simplified copy of a text for matching, with a map back to the original.
// Curly quotes and primes become ' or ", all dashes and minus signs become -,
// non-breaking and other Unicode spaces become ' ', ellipsis "…" becomes
// "...", ligatures ﬁ/ﬂ are spelled out, and soft hyphens and zero-width
// characters are removed. Case is kept.
class MatchingText {
 public:
  // REQUIRES: `original` is valid UTF-8.
  explicit MatchingText(std::string_view original);

  const std::string& text() const { return text_; }

  // The offset in the original text of the character at `offset` in text().
  // Offsets at a character boundary map to boundaries; text().size() maps to
  // the original's size.
  size_t ToOriginal(size_t offset) const;

 private:
  std::string text_;
  // Sorted pairs (offset in text_, offset in original) at every point where
  // the two stop advancing in step; between two anchors they move together.
  std::vector<std::pair<uint32_t, uint32_t>> anchors_;
};

// ---- Segmentation ----------------------------------------------------------

// A byte range of a text.
struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;
  std::string_view view(std::string_view text) const { return text.substr(begin, end - begin); }
  uint32_t size() const { return end - begin; }
};

enum class TokenKind : uint8_t {
  kWord,         // letters, with inner apostrophes, hyphens, periods (U.S.)
  kNumber,       // digits with inner , . : / (1,000  3.5  10/07/2024  9:30)
  kPunctuation,  // one punctuation character, or "..." / ". . ." as one
  kQuote,        // a quotation mark of any style
  kSymbol,       // anything else: $, %, emoji
};

struct Token : Span {
  TokenKind kind = TokenKind::kWord;
};

struct Sentence : Span {
  uint32_t paragraph = 0;  // index of its paragraph in the text
  bool headline = false;   // a short line without final punctuation
  std::vector<Token> tokens;
};

// Paragraphs: runs of text separated by blank lines, or by single newlines
// when the text uses no blank lines at all (as many scraped files do).
// Leading and trailing white space is excluded from each span.
std::vector<Span> SplitParagraphs(std::string_view text);

// Tokens of `text`, offsets relative to `text`.
std::vector<Token> Tokenize(std::string_view text);

// Sentences of a whole text, paragraph by paragraph, each with its tokens.
// Knows abbreviations (U.S., Gen., Jan., Mr., e.g.), initials (J. R. R.),
// ". . ." ellipses inside a sentence, quotations that run over several
// sentences (a sentence ends after the closing mark: `... war." He said`),
// and headlines (a line with no final punctuation is its own sentence).
std::vector<Sentence> SplitSentences(std::string_view text);

}  // namespace dyad

#endif  // DYAD_TEXT_H_
