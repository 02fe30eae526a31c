// Internal to dyad's text module: the tokenizer over part of a text, so the
// sentence splitter can tokenize paragraph by paragraph with offsets into
// the whole text and reuse one buffer.
#ifndef DYAD_TEXT_TOKENIZER_INTERNAL_H_
#define DYAD_TEXT_TOKENIZER_INTERNAL_H_

#include <string_view>
#include <vector>

#include "dyad/text.h"

namespace dyad::text_internal {

// Appends the tokens of text[begin, end) to *out, with offsets into `text`.
// Never looks at bytes at or past `end`. REQUIRES: begin <= end <= text.size()
// < 2^32.
void TokenizeRange(std::string_view text, size_t begin, size_t end, std::vector<Token>* out);

// Returns true iff `t` is a word token that ends with its abbreviation's
// period (U.S.  Gen.  J.).
inline bool IsAbbreviationToken(std::string_view text, const Token& t) {
  return t.kind == TokenKind::kWord && t.size() > 1 && text[t.end - 1] == '.';
}

}  // namespace dyad::text_internal

#endif  // DYAD_TEXT_TOKENIZER_INTERNAL_H_
