// CopyText: an article's words as provenance compares them (lowercased
// matching form, hashed, with byte spans in the original text), the
// skeleton stream the spin-robust sketch is built from, paragraph ranges
// and the content hash.
#include <xxhash.h>

#include <string>

#include "dyad/provenance.h"
#include "provenance/hash_mix.h"

namespace dyad {
namespace {

bool IsUpperAscii(char c) {
  return c >= 'A' && c <= 'Z';
}

// Skeleton key of a punctuation mark or quotation mark: every quotation
// mark is one key (spinners and re-publishers change their style).
uint32_t PunctuationKey(std::string_view p, bool quote) {
  if (quote) return provenance::Key32(0x51u * 0x9E3779B97F4A7C15ULL) & ~1u;
  return provenance::Key32(XXH3_64bits(p.data(), p.size())) & ~1u;
}

bool EndsSentence(std::string_view p) {
  return p == "." || p == "!" || p == "?" || p == "..." || p == ";" || p == ":";
}

// Returns true iff the text has a blank line (two line breaks with only
// spaces between): then paragraphs are separated by blank lines, else each
// line is one (as SplitParagraphs decides, for \n, \r\n and \r breaks).
bool HasBlankLine(std::string_view m) {
  bool after_break = false;
  for (char c : m) {
    if (c == '\n' || c == '\r') {
      if (after_break && c == '\n') return true;
      after_break = true;
      if (c == '\r') continue;
    } else if (c != ' ' && c != '\t') {
      after_break = false;
    }
  }
  return false;
}

// Returns true iff the white space between two tokens ends a paragraph.
bool BreaksParagraph(std::string_view gap, bool blank_lines) {
  int breaks = 0;
  for (size_t i = 0; i < gap.size(); ++i) {
    if (gap[i] == '\n' || (gap[i] == '\r' && (i + 1 == gap.size() || gap[i + 1] != '\n'))) ++breaks;
  }
  return breaks >= (blank_lines ? 2 : 1);
}

}  // namespace

CopyText::CopyText(std::string_view text) : text_(text) {
  MatchingText matching(text);
  const std::string& m = matching.text();
  const bool blank_lines = HasBlankLine(m);
  const std::vector<Token> tokens = Tokenize(m);
  tokens_.reserve(tokens.size());
  skeleton_.reserve(tokens.size());

  std::string lower;
  uint32_t previous_end = 0;
  uint32_t para_begin_token = 0;
  bool sentence_start = true;
  bool last_was_content = false;
  auto close_paragraph = [&] {
    if (tokens_.size() > para_begin_token)
      paragraphs_.emplace_back(para_begin_token, static_cast<uint32_t>(tokens_.size()));
    para_begin_token = static_cast<uint32_t>(tokens_.size());
  };
  for (const Token& t : tokens) {
    if (previous_end > 0 &&
        BreaksParagraph(m.substr(previous_end, t.begin - previous_end), blank_lines)) {
      close_paragraph();
      sentence_start = true;
    }
    previous_end = t.end;
    std::string_view v = t.view(m);
    if (t.kind == TokenKind::kPunctuation || t.kind == TokenKind::kQuote) {
      skeleton_.push_back(PunctuationKey(v, t.kind == TokenKind::kQuote));
      last_was_content = false;
      if (EndsSentence(v)) sentence_start = true;
      continue;
    }
    if (t.kind == TokenKind::kSymbol) continue;
    char buffer[64];
    char* low = buffer;
    if (v.size() > sizeof buffer) {
      lower.resize(v.size());
      low = lower.data();
    }
    for (size_t i = 0; i < v.size(); ++i)
      low[i] = IsUpperAscii(v[i]) ? static_cast<char>(v[i] - 'A' + 'a') : v[i];
    CopyToken ct;
    ct.word = XXH3_64bits(low, v.size());
    ct.span = {static_cast<uint32_t>(matching.ToOriginal(t.begin)),
               static_cast<uint32_t>(matching.ToOriginal(t.end))};
    const bool number = t.kind == TokenKind::kNumber || (v[0] >= '0' && v[0] <= '9');
    const bool name = IsUpperAscii(v[0]) && !sentence_start;
    // Names and numbers are odd keys, function words and punctuation even
    // ones (the wildcard is 1), so a skeleton shingle can tell whether it
    // holds a name or a number.
    if (number || name)
      ct.skeleton = provenance::Key32(ct.word) | 1;
    else if (provenance::IsFunctionWordHash(ct.word))
      ct.skeleton = provenance::Key32(ct.word) & ~1u;
    else
      ct.skeleton = CopyToken::kContentWord;
    // Content-word runs become one wildcard, so a one-word synonym for two
    // words (or two for one) leaves the skeleton as it was.
    if (ct.skeleton != CopyToken::kContentWord || !last_was_content)
      skeleton_.push_back(ct.skeleton);
    last_was_content = ct.skeleton == CopyToken::kContentWord;
    sentence_start = false;
    tokens_.push_back(ct);
  }
  close_paragraph();
  if (!tokens_.empty()) {
    uint64_t h = 0x243F6A8885A308D3ULL;
    for (const CopyToken& ct : tokens_) h = provenance::Mix64(h ^ ct.word) + 0x9E3779B97F4A7C15ULL;
    content_hash_ = h == 0 ? 1 : h;
  }
}

}  // namespace dyad
