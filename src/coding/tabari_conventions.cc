// TABARI's sentence-level conventions, used when its options ask for them:
// the minimum number of words a sentence needs, comma-delimited subordinate
// clauses removed before coding, and the actor a story forwards to the
// pronouns of its next sentence.
#include <algorithm>

#include "coding/coder_internal.h"

namespace dyad::coding {
namespace {

bool IsWordToken(std::string_view text, const Token& t) {
  if (t.kind != TokenKind::kWord && t.kind != TokenKind::kNumber) return false;
  std::string_view w = t.view(text);
  return !w.starts_with("'");  // a split-off 's belongs to the word before it
}

bool IsComma(std::string_view text, const Token& t) {
  return t.kind == TokenKind::kPunctuation && t.view(text) == ",";
}

}  // namespace

size_t CountWords(std::string_view text, const std::vector<Token>& tokens) {
  size_t words = 0;
  for (const Token& t : tokens) words += IsWordToken(text, t) ? 1 : 0;
  return words;
}

bool DropCommaClauses(const Dictionary& dict, const CoderOptions& options, int32_t date,
                      std::string_view text, const std::vector<Token>& tokens,
                      std::vector<Token>* kept) {
  const CoderOptions::CommaClauses& c = options.comma_clauses;
  std::vector<uint32_t> commas;
  const uint32_t n = static_cast<uint32_t>(std::min(tokens.size(), options.max_tokens));
  for (uint32_t i = 0; i < n; ++i)
    if (IsComma(text, tokens[i])) commas.push_back(i);
  if (commas.empty()) return false;
  // The sentence's actors: a clause that is one actor is an item of a list.
  thread_local Scratch s;
  s.Load(text, tokens, options.max_tokens);
  FindMentions(dict, options, date, &s);
  auto words_in = [&](uint32_t begin, uint32_t end) {
    size_t w = 0;
    for (uint32_t i = begin; i < end; ++i) w += IsWordToken(text, tokens[i]) ? 1 : 0;
    return static_cast<int>(w);
  };
  // A list item: [and] [the] up to two describing words, then one actor
  // ("the awful Fornost").
  auto one_actor = [&](uint32_t begin, uint32_t end) {
    if (begin < end && s.norm[begin] == "and") ++begin;
    if (begin < end && s.norm[begin] == "the") ++begin;
    for (int extra = 0; extra <= 2 && begin < end; ++extra, ++begin) {
      uint32_t m = s.mention_at[begin];
      if (m != kNone) return s.mentions[m].begin == begin && s.mentions[m].end == end;
    }
    return false;
  };
  // The sentence's final punctuation stays.
  uint32_t last = n;
  while (last > 0 && tokens[last - 1].kind != TokenKind::kWord &&
         tokens[last - 1].kind != TokenKind::kNumber)
    --last;
  std::vector<bool> drop(n, false);
  auto mark = [&](uint32_t begin, uint32_t end) {
    for (uint32_t i = begin; i < end; ++i) drop[i] = true;
  };
  bool any = false;
  // Initial clause: up to and with the first comma.
  int w = words_in(0, commas.front());
  if (w >= c.begin_min && w <= c.begin_max && !one_actor(0, commas.front())) {
    mark(0, commas.front() + 1);
    any = true;
  }
  // Internal clauses: between two commas, which go with it; a comma that
  // closed one clause does not open the next.
  std::vector<bool> closed(commas.size(), false);
  for (size_t k = 0; k + 1 < commas.size(); ++k) {
    if (closed[k]) continue;
    uint32_t b = commas[k] + 1, e = commas[k + 1];
    w = words_in(b, e);
    if (w >= c.min && w <= c.max && !one_actor(b, e)) {
      mark(commas[k], e);  // the closing comma stays, as a mark
      closed[k + 1] = true;
      any = true;
    }
  }
  // Terminal clause: the last comma, unless it closed a clause, and what
  // follows it.
  if (commas.back() < last && !closed.back()) {
    uint32_t b = commas.back() + 1;
    w = words_in(b, last);
    if (w >= c.end_min && w <= c.end_max && !one_actor(b, last)) {
      mark(commas.back(), last);
      any = true;
    }
  }
  if (!any) return false;
  kept->clear();
  for (uint32_t i = 0; i < tokens.size(); ++i)
    if (i >= n || !drop[i]) kept->push_back(tokens[i]);
  return !kept->empty();
}

std::string FirstActorRoot(const Coder& coder, std::string_view text, int32_t date) {
  thread_local Scratch s;
  std::vector<Token> tokens = Tokenize(text);
  if (tokens.empty()) return {};
  CoderOptions options = coder.options();
  options.forwarded_actor.clear();
  s.Load(text, tokens, options.max_tokens);
  FindMentions(coder.dictionary(), options, date, &s);
  for (const Mention& m : s.mentions)
    if (!m.pronoun && m.code.size() >= 3) return m.code.substr(0, 3);
  return {};
}

}  // namespace dyad::coding
