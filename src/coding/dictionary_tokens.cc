// The small tokenizer for dictionary phrases and the date parser shared by
// every dictionary reader. Deliberately simple: dictionaries are written by
// people, one phrase at a time, and the coder normalises sentence tokens with
// the same NormalizeDictionaryToken() so that both sides agree.
#include <cctype>

#include "dyad/dictionary.h"

namespace dyad {
namespace {

bool IsSeparator(char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '_' || c == '\f' || c == '\v';
}
bool IsSingleCharToken(char c) {
  return c == ',' || c == ';' || c == ':' || c == '(' || c == ')' || c == '[' || c == ']' ||
         c == '"';
}

void PushWord(std::string_view raw, Phrase* out) {
  if (raw.empty()) return;
  std::string word = NormalizeDictionaryToken(raw);
  // Split a possessive "'s" off, as sentence tokenizers do ("Peter's").
  if (word.size() > 2 && word.compare(word.size() - 2, 2, "'s") == 0) {
    word.resize(word.size() - 2);
    out->push_back({std::move(word), false});
    out->push_back({"'s", false});
    return;
  }
  out->push_back({std::move(word), false});
}

}  // namespace

std::string NormalizeDictionaryToken(std::string_view token) {
  std::string out;
  out.reserve(token.size());
  for (size_t i = 0; i < token.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(token[i]);
    if (c == 0xE2 && i + 2 < token.size() && static_cast<unsigned char>(token[i + 1]) == 0x80 &&
        (static_cast<unsigned char>(token[i + 2]) == 0x99 ||
         static_cast<unsigned char>(token[i + 2]) == 0x98)) {
      out.push_back('\'');  // U+2019 / U+2018 -> '
      i += 2;
      continue;
    }
    out.push_back(c < 0x80 ? static_cast<char>(std::tolower(c)) : static_cast<char>(c));
  }
  return out;
}

Phrase TokenizeDictionaryPhrase(std::string_view text) {
  Phrase out;
  size_t start = 0;
  for (size_t i = 0; i <= text.size(); ++i) {
    if (i == text.size() || IsSeparator(text[i])) {
      PushWord(text.substr(start, i - start), &out);
      start = i + 1;
    } else if (IsSingleCharToken(text[i])) {
      PushWord(text.substr(start, i - start), &out);
      out.push_back({std::string(1, text[i]), false});
      start = i + 1;
    }
  }
  return out;
}

std::string PhraseToString(const Phrase& phrase) {
  std::string out;
  for (const PhraseToken& t : phrase) {
    if (!out.empty()) out.push_back(' ');
    out += t.text;
    if (t.prefix) out.push_back('~');
  }
  return out;
}

std::optional<int32_t> ParseIsoDate(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  int32_t v[3] = {0, 0, 0};
  const int starts[3] = {0, 5, 8}, lens[3] = {4, 2, 2};
  for (int k = 0; k < 3; ++k) {
    for (int j = 0; j < lens[k]; ++j) {
      char c = s[starts[k] + j];
      if (c < '0' || c > '9') return std::nullopt;
      v[k] = v[k] * 10 + (c - '0');
    }
  }
  static const int kDays[13] = {0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (v[0] < 1 || v[1] < 1 || v[1] > 12 || v[2] < 1 || v[2] > kDays[v[1]]) return std::nullopt;
  return v[0] * 10000 + v[1] * 100 + v[2];
}

}  // namespace dyad
