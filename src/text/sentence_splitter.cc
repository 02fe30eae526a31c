// SplitSentences (dyad/text.h): paragraphs, then tokens, then a left-to-right
// walk over each paragraph's tokens that decides at each candidate end
// (. ! ? an ellipsis, an abbreviation's period, a line break) whether a new
// sentence starts, looking only at the next token or two. Linear time.
//
// The rules, in the order the walk applies them:
//  1. Closing quotation marks and brackets written right after the final
//     punctuation belong to the sentence: `... war," he said.` is one
//     sentence, `... war." He said` two, and `alliance.”` keeps its ”.
//  2. After . ! ? (and their CJK forms) a sentence ends unless the next token
//     is a lowercase word or , ; : (`"Why?" he asked` stays whole).
//  3. After an abbreviation's period: never before a name or a number for
//     titles (Gen. Smith), Latin (vs., e.g. is dotted: see 4) and No. 5; for
//     months, not before a number (Jan. 6); after etc., as after a period;
//     after dotted forms (U.S.), initials (J.) and Inc. Corp. Ltd. Co. Jr.,
//     only when the next word is a typical sentence opener (The, He, But,
//     In... see abbreviations.cc), possibly after an opening quote. So
//     "U.S. Secretary of State" and "J. R. R. Tolkien" stay whole, while
//     "... the U.S. The move ..." is cut.
//  4. After an ellipsis (... . . . …) the sentence goes on, unless the next
//     word is a sentence opener, as for U.S.: "divide . . . the partners"
//     and ". . . China and Russia" continue; "we'll see... The market" ends.
//  5. Line breaks inside a paragraph end a sentence when the paragraph is a
//     block of separate lines (a headline over a dateline, a list); when any
//     line in it continues in lowercase, the block is taken as wrapped prose
//     and its line breaks are plain white space.
// A sentence that ends at a line break or at the end of its paragraph
// without final punctuation, and is at most kMaxHeadlineTokens long, is
// marked headline.
#include <cstdint>
#include <string_view>
#include <vector>

#include "dyad/text.h"
#include "text/abbreviations.h"
#include "text/char_class.h"
#include "text/tokenizer_internal.h"

namespace dyad {
namespace {

using text_internal::AbbreviationKind;
using text_internal::CharClass;

constexpr size_t kMaxHeadlineTokens = 40;

class ParagraphSplitter {
 public:
  ParagraphSplitter(std::string_view text, const std::vector<Token>& tokens, uint32_t paragraph,
                    std::vector<uint8_t>* line_break_before, std::vector<Sentence>* out)
      : text_(text),
        p_(reinterpret_cast<const unsigned char*>(text.data())),
        tokens_(tokens),
        paragraph_(paragraph),
        line_break_before_(*line_break_before),
        out_(out) {}

  void set_keep_tokens(bool keep) { keep_tokens_ = keep; }

  void Run() {
    const size_t m = tokens_.size();
    if (m == 0) return;
    FindLineBreaks();
    size_t start = 0;
    for (size_t k = 0; k < m; ++k) {
      size_t last = k;
      bool ends = false;
      if (IsFinal(tokens_[k])) {
        while (last + 1 < m && IsCloser(tokens_[last + 1]) &&
               tokens_[last + 1].begin == tokens_[last].end) {
          ++last;
        }
        ends = last + 1 < m && StartsNewSentence(k, last + 1);
      }
      if (!ends && !wrapped_ && last + 1 < m && line_break_before_[last + 1]) ends = true;
      if (ends) {
        Emit(start, last);
        start = last + 1;
      }
      k = last;
    }
    if (start < m) Emit(start, m - 1);
  }

 private:
  std::string_view TextOf(const Token& t) const { return t.view(text_); }

  // Marks the tokens with a line break before them, and decides whether the
  // paragraph is wrapped prose (some line continues in lowercase).
  void FindLineBreaks() {
    const size_t m = tokens_.size();
    line_break_before_.assign(m, 0);
    wrapped_ = false;
    for (size_t k = 1; k < m; ++k) {
      bool found = false;
      const uint32_t end = tokens_[k].begin;
      const uint32_t gap = tokens_[k - 1].end;
      if (end - gap <= 1 && (end == gap || p_[gap] == ' ')) continue;  // the usual gap
      for (uint32_t i = gap; i < end; ++i) {
        unsigned char c = p_[i];
        if (c == '\n' || c == '\r' || (c == 0xC2 && i + 1 < end && p_[i + 1] == 0x85) ||
            (c == 0xE2 && i + 2 < end && p_[i + 1] == 0x80 &&
             (p_[i + 2] == 0xA8 || p_[i + 2] == 0xA9))) {
          found = true;
          break;
        }
      }
      if (!found) continue;
      line_break_before_[k] = 1;
      if (text_internal::IsLowercaseAt(p_, text_.size(), tokens_[k].begin)) wrapped_ = true;
    }
  }

  CharClass ClassOfFirst(const Token& t) const {
    return text_internal::ClassifyAt(p_, text_.size(), t.begin).cls;
  }

  // Returns true iff `t` is a possible end: . ! ? an ellipsis, or an
  // abbreviation's period.
  bool IsFinal(const Token& t) const {
    if (t.kind == TokenKind::kPunctuation) {
      CharClass k = ClassOfFirst(t);
      return k == CharClass::kPeriod || k == CharClass::kTerminal || k == CharClass::kEllipsis;
    }
    return text_internal::IsAbbreviationToken(text_, t);
  }

  bool IsEllipsis(const Token& t) const {
    return t.kind == TokenKind::kPunctuation &&
           ((p_[t.begin] == '.' && t.size() > 1) || ClassOfFirst(t) == CharClass::kEllipsis);
  }

  // A closing quotation mark or bracket (or one that may be closing).
  bool IsCloser(const Token& t) const {
    if (t.kind == TokenKind::kQuote) return ClassOfFirst(t) != CharClass::kOpenQuote;
    return t.kind == TokenKind::kPunctuation && ClassOfFirst(t) == CharClass::kCloseBracket;
  }

  bool IsOpener(const Token& t) const {
    if (t.kind == TokenKind::kQuote) return ClassOfFirst(t) != CharClass::kCloseQuote;
    return t.kind == TokenKind::kPunctuation && ClassOfFirst(t) == CharClass::kOpenBracket;
  }

  // Returns true iff token `next` is a lowercase word, or , ; : which go on
  // with the sentence after a period.
  bool Continues(const Token& next) const {
    if (next.kind == TokenKind::kWord) {
      return text_internal::IsLowercaseAt(p_, text_.size(), next.begin);
    }
    if (next.kind == TokenKind::kPunctuation) {
      unsigned char c = p_[next.begin];
      return c == ',' || c == ';' || c == ':';
    }
    return false;
  }

  // Returns true iff the first word from `next` on, after at most two
  // opening quotes or brackets, is a typical sentence opener.
  bool OpenerFollows(size_t next) const {
    for (size_t k = next; k < tokens_.size() && k < next + 3; ++k) {
      const Token& t = tokens_[k];
      if (t.kind == TokenKind::kWord) return text_internal::IsSentenceOpener(TextOf(t));
      if (!IsOpener(t)) return false;
    }
    return false;
  }

  // Decides whether a sentence starts at token `next`, after the final
  // token `final` (and any closers between them).
  bool StartsNewSentence(size_t final, size_t next) const {
    const Token& f = tokens_[final];
    const Token& n = tokens_[next];
    if (f.kind == TokenKind::kWord) {  // an abbreviation
      std::string_view body = TextOf(f);
      body.remove_suffix(1);
      AbbreviationKind kind = AbbreviationKind::kMaybeFinal;
      if (body.find('.') == std::string_view::npos && body.size() > 1) {
        kind = text_internal::LookupAbbreviation(body);
      }
      switch (kind) {
        case AbbreviationKind::kPrefix:
        case AbbreviationKind::kBeforeNumber: return false;
        case AbbreviationKind::kListEnd: return !Continues(n);
        case AbbreviationKind::kMonth:
          if (n.kind == TokenKind::kNumber) return false;
          return OpenerFollows(next);
        default: return OpenerFollows(next);
      }
    }
    if (IsEllipsis(f)) return OpenerFollows(next);
    return !Continues(n);
  }

  // Returns true iff token `t` is final punctuation or , ; : (the sentence
  // did not just stop, as a headline does).
  bool IsPunctuated(const Token& t) const {
    if (IsFinal(t)) return true;
    if (t.kind != TokenKind::kPunctuation) return false;
    unsigned char c = p_[t.begin];
    return c == ',' || c == ';' || c == ':';
  }

  void Emit(size_t first, size_t last) {
    Sentence s;
    s.begin = tokens_[first].begin;
    s.end = tokens_[last].end;
    s.paragraph = paragraph_;
    size_t k = last;
    while (k > first && IsCloser(tokens_[k])) --k;
    s.headline = !IsPunctuated(tokens_[k]) && last - first + 1 <= kMaxHeadlineTokens;
    if (keep_tokens_) {
      s.tokens.assign(tokens_.begin() + static_cast<std::ptrdiff_t>(first),
                      tokens_.begin() + static_cast<std::ptrdiff_t>(last) + 1);
    }
    out_->push_back(std::move(s));
  }

  std::string_view text_;
  const unsigned char* p_;
  const std::vector<Token>& tokens_;
  const uint32_t paragraph_;
  std::vector<uint8_t>& line_break_before_;
  std::vector<Sentence>* out_;
  bool keep_tokens_ = true;
  bool wrapped_ = false;
};

}  // namespace

std::vector<Sentence> SplitSentences(std::string_view text, bool keep_tokens) {
  return SplitSentences(text, SplitParagraphs(text), keep_tokens);
}

std::vector<Sentence> SplitSentences(std::string_view text, const std::vector<Span>& paragraphs,
                                     bool keep_tokens) {
  std::vector<Sentence> sentences;
  std::vector<Token> tokens;
  std::vector<uint8_t> line_breaks;
  for (size_t i = 0; i < paragraphs.size(); ++i) {
    tokens.clear();
    text_internal::TokenizeRange(text, paragraphs[i].begin, paragraphs[i].end, &tokens);
    ParagraphSplitter splitter(text, tokens, static_cast<uint32_t>(i), &line_breaks, &sentences);
    splitter.set_keep_tokens(keep_tokens);
    splitter.Run();
  }
  return sentences;
}

}  // namespace dyad
