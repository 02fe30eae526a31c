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
// Offsets are byte offsets into UTF-8 strings, held in 32 bits: texts must be
// shorter than 4 GiB (an article is far shorter). All functions are pure and
// thread-safe, take time linear in their input, and never fail: bad input
// (invalid UTF-8, 100,000 dots, a megabyte without a space) gives some
// well-formed result, not a crash or a hang.
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
// recommends. NUL bytes are dropped. Returns the number of replacements plus
// dropped NULs (0 iff `s` was already valid and NUL-free, and then `s` is
// untouched). After it, IsValidUtf8(s) is true.
uint64_t RepairUtf8(std::string& s);

// Returns true iff `s` is valid UTF-8.
bool IsValidUtf8(std::string_view s);

// ---- Normalisation ---------------------------------------------------------

// Returns `s` in Unicode Normalization Form C. Invalid UTF-8 is returned
// unchanged (run RepairUtf8 first). Text made only of characters that are
// NFC whatever surrounds them (ASCII, Latin-1 and Latin Extended, Cyrillic,
// general punctuation, currency, kana, CJK, Hangul syllables, emoji: nearly
// all news text) is returned after one scan, without calling utf8proc.
std::string NormalizeNfc(std::string_view s);

// A simplified copy of a text for matching, with a map back to the original.
// Curly quotes and primes become ' or ", all dashes and minus signs become -,
// non-breaking and other Unicode spaces become ' ', ellipsis "…" becomes
// "...", ligatures ﬁ/ﬂ are spelled out, and soft hyphens and zero-width
// characters are removed. Case is kept; everything else is copied as is.
//
//   dyad::MatchingText m(article);
//   size_t at = m.text().find("\"no limits\"");       // matches “no limits”
//   size_t begin = m.ToOriginal(at), end = m.ToOriginal(at + 11);
class MatchingText {
 public:
  // `original` should be valid UTF-8 (invalid bytes are copied as they are).
  // REQUIRES: original.size() < 2^32.
  explicit MatchingText(std::string_view original);

  const std::string& text() const { return text_; }

  // The offset in the original text of the character at `offset` in text():
  // every byte of a replacement maps to the start of the character it
  // replaced (all three periods of "..." map to the "…"), a character
  // after a removed one maps to its own start (past the removed one), and
  // text().size() maps to the original's size. So the map is monotonic, and
  // offsets at character boundaries map to character boundaries: [b, e) in
  // text() is [ToOriginal(b), ToOriginal(e)) in the original.
  // REQUIRES: offset <= text().size(). O(log number of replacements).
  size_t ToOriginal(size_t offset) const;

 private:
  std::string text_;
  // Sorted pairs (offset in text_, offset in original): one at each byte of
  // a replacement and one after it, left out where the two texts already run
  // in step. From an anchor to the next, offsets move together.
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
  kWord,         // letters and digits, with inner apostrophes and hyphens
                 // (isn't  full-scale  1990s); an abbreviation with its
                 // period (U.S.  e.g.  Gen.  J.  No. before a number); or a
                 // split-off 's (China's -> "China" "'s", also it's).
  kNumber,       // digits with inner , . : / - (1,000  3.5  10/07/2024  9:30)
  kPunctuation,  // one punctuation character, or a run of periods or a
                 // spaced ellipsis as one ("..."  ". . ."  "…")
  kQuote,        // a quotation mark of any style, or a lone apostrophe
                 // (the states' ministers: it cannot be told from a quote)
  kSymbol,       // anything else: $, %, emoji
};

struct Token : Span {
  TokenKind kind = TokenKind::kWord;
};

struct Sentence : Span {
  uint32_t paragraph = 0;  // index of its paragraph in SplitParagraphs(text)
  // True iff the sentence ends at a line break or at the end of its
  // paragraph without final punctuation (. ! ? … : ; , possibly followed by
  // closing quotes) and has at most 40 tokens: a headline, a dateline, a
  // photo credit.
  bool headline = false;
  std::vector<Token> tokens;  // never empty; the first and last touch the ends
};

// Paragraphs: runs of lines separated by blank lines, or each line on its
// own when the text has no blank line between two lines with content (as
// many scraped files do). Lines end at \n, \r\n, \r, U+0085, U+2028 and
// U+2029; a blank line holds only white space (Unicode spaces included) and
// invisible characters. Spans are sorted, non-empty, and exclude leading
// and trailing white space.
std::vector<Span> SplitParagraphs(std::string_view text);

// Tokens of `text`, offsets relative to `text`; white space and invisible
// characters between tokens are skipped. See TokenKind for what a token is.
std::vector<Token> Tokenize(std::string_view text);

// Sentences of a whole text, paragraph by paragraph (a sentence never spans
// two), each with its tokens; offsets into `text`; spans exclude surrounding
// white space, are sorted and do not overlap. The rules:
//  - after . ! ? a new sentence starts unless a lowercase word or , ; :
//    follows (`"Why?" he asked` stays whole);
//  - closing quotation marks and brackets written right after the final
//    punctuation belong to the sentence: `... war," he said.` is one
//    sentence, `... war." He said` two; a quotation may run over several;
//  - abbreviations: titles (Mr. Gen. Sen. St.), vs. and No. 5 never end a
//    sentence before a word; months not before a number (Jan. 6); etc. ends
//    one when a capitalised word follows; dotted forms (U.S. e.g.), initials
//    (J. R. R. Tolkien) and Inc. Corp. Ltd. Co. Jr. end one only when a
//    typical sentence opener follows (The, He, But, In, ...), so "U.S.
//    Secretary of State" stays whole and "left the U.S. The move" is cut;
//  - an ellipsis (... . . . …) continues the sentence ("divide . . . the
//    partners", ". . . China and Russia") unless a sentence opener follows,
//    as for U.S. ("we'll see... The market fell" is two);
//  - in a paragraph of separate lines (a headline over a dateline) each line
//    ends a sentence; a paragraph where some line continues in lowercase is
//    wrapped prose, and its line breaks are plain white space.
// With keep_tokens false, Sentence::tokens are left empty (the boundaries are
// the same): for callers that keep only spans, such as the store.
std::vector<Sentence> SplitSentences(std::string_view text, bool keep_tokens = true);

// The same, on paragraphs already known (for an Article, its paragraph
// spans), so that Sentence::paragraph indexes them. REQUIRES: the spans are
// sorted, non-overlapping and within `text`.
std::vector<Sentence> SplitSentences(std::string_view text, const std::vector<Span>& paragraphs,
                                     bool keep_tokens = true);

}  // namespace dyad

#endif  // DYAD_TEXT_H_
