// The same quotation across articles: word-level comparison of two quotes
// (longest common subsequence, edits) and an incremental index of quotes by
// word pairs (see dyad/quote_links.h).
#include "dyad/quote_links.h"

#include <algorithm>
#include <string>

#include "dyad/provenance.h"

namespace dyad {
namespace {

bool IsFunctionToken(std::string_view text, Span span) {
  std::string_view w = span.view(text);
  if (w.size() > 16) return false;
  char lower[16];
  for (size_t i = 0; i < w.size(); ++i) {
    char c = w[i];
    lower[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return IsFunctionWord(std::string_view(lower, w.size()));
}

uint64_t PairKey(uint64_t a, uint64_t b) {
  return a * 0x9E3779B97F4A7C15ull ^ (b + 0x632BE59BD9B4E019ull);
}

// Longest common subsequence of a and b (word hashes): the matched index
// pairs, in order.
std::vector<std::pair<uint32_t, uint32_t>> CommonWords(const std::vector<uint64_t>& a, size_t n,
                                                       const std::vector<uint64_t>& b, size_t m) {
  std::vector<uint32_t> dp((n + 1) * (m + 1), 0);
  auto at = [&](size_t i, size_t j) -> uint32_t& { return dp[i * (m + 1) + j]; };
  for (size_t i = n; i-- > 0;)
    for (size_t j = m; j-- > 0;)
      at(i, j) = a[i] == b[j] ? at(i + 1, j + 1) + 1 : std::max(at(i + 1, j), at(i, j + 1));
  std::vector<std::pair<uint32_t, uint32_t>> pairs;
  size_t i = 0, j = 0;
  while (i < n && j < m) {
    if (a[i] == b[j]) {
      pairs.emplace_back(static_cast<uint32_t>(i), static_cast<uint32_t>(j));
      ++i;
      ++j;
    } else if (at(i + 1, j) >= at(i, j + 1)) {
      ++i;
    } else {
      ++j;
    }
  }
  return pairs;
}

// The bytes from the first to the last of words [from, to) of `w`; an empty
// span at `at` when there are none.
Span Cover(const QuoteWords& w, uint32_t from, uint32_t to, uint32_t at) {
  if (from >= to) return Span{at, at};
  return Span{w.spans()[from].begin, w.spans()[to - 1].end};
}

// The position an empty side of an edit sits at: right after word `i - 1`,
// or before word 0.
uint32_t GapAt(const QuoteWords& w, uint32_t i) {
  if (w.size() == 0) return 0;
  if (i == 0) return w.spans()[0].begin;
  return w.spans()[std::min<size_t>(i, w.size()) - 1].end;
}

}  // namespace

QuoteWords::QuoteWords(std::string_view text, Span inner) {
  if (inner.end > text.size() || inner.begin > inner.end) return;
  CopyText words(inner.view(text));
  hashes_.reserve(words.tokens().size());
  spans_.reserve(words.tokens().size());
  for (const CopyToken& t : words.tokens()) {
    hashes_.push_back(t.word);
    spans_.push_back(Span{t.span.begin + inner.begin, t.span.end + inner.begin});
    function_.push_back(IsFunctionToken(text, spans_.back()) ? 1 : 0);
  }
}

std::string_view QuoteMatchKindName(QuoteMatchKind kind) {
  switch (kind) {
    case QuoteMatchKind::kNone: return "none";
    case QuoteMatchKind::kSame: return "same";
    case QuoteMatchKind::kExcerpt: return "excerpt";
    case QuoteMatchKind::kAltered: return "altered";
  }
  return "none";
}

QuoteMatch CompareQuotes(const QuoteWords& a, const QuoteWords& b,
                         const QuoteLinkOptions& options) {
  QuoteMatch m;
  const size_t n = std::min<size_t>(a.size(), options.max_words);
  const size_t k = std::min<size_t>(b.size(), options.max_words);
  if (n == 0 || k == 0) {
    m.rule = "no-words";
    return m;
  }
  const auto pairs = CommonWords(a.hashes(), n, b.hashes(), k);
  const size_t shorter = std::min(n, k), longer = std::max(n, k);
  m.common_words = static_cast<uint32_t>(pairs.size());
  m.containment = static_cast<double>(pairs.size()) / static_cast<double>(shorter);
  m.similarity = static_cast<double>(pairs.size()) / static_cast<double>(longer);
  if (pairs.size() == n && n == k) {
    m.kind = QuoteMatchKind::kSame;
    m.rule = "same-words";
    return m;
  }
  // An excerpt: every word of the shorter, adjacent in the longer.
  if (pairs.size() == shorter && shorter >= 2) {
    bool adjacent = true;
    for (size_t p = 1; p < pairs.size() && adjacent; ++p)
      adjacent =
          pairs[p].first == pairs[p - 1].first + 1 && pairs[p].second == pairs[p - 1].second + 1;
    if (adjacent) {
      m.kind = QuoteMatchKind::kExcerpt;
      m.rule = "excerpt";
      return m;
    }
  }
  if (pairs.size() < options.min_common_words || m.containment < options.min_containment) {
    m.rule =
        pairs.size() < options.min_common_words ? "too-few-common-words" : "too-little-in-common";
    return m;
  }
  m.kind = QuoteMatchKind::kAltered;
  m.rule = "altered-words";
  // Edits: the gaps between matched words, inside the span both quotes
  // share (words of the longer before the first or after the last match are
  // edits too: dropped or added at the ends).
  uint32_t i = 0, j = 0;
  auto emit = [&](uint32_t i_to, uint32_t j_to) {
    if (i_to == i && j_to == j) return;
    QuoteWordEdit e;
    e.a = Cover(a, i, i_to, GapAt(a, i));
    e.b = Cover(b, j, j_to, GapAt(b, j));
    e.words_a = i_to - i;
    e.words_b = j_to - j;
    m.edits.push_back(e);
  };
  for (const auto& [pi, pj] : pairs) {
    emit(pi, pj);
    i = pi + 1;
    j = pj + 1;
  }
  emit(static_cast<uint32_t>(n), static_cast<uint32_t>(k));
  return m;
}

std::vector<uint32_t> QuoteLinkIndex::Add(uint32_t id, const QuoteWords& words) {
  ++added_;
  const size_t n = std::min<size_t>(words.size(), options_.max_words);
  std::vector<uint64_t> keys;
  if (n == 0) return {};
  if (n < 3) {
    // One key for a quote of one or two words: its words.
    keys.push_back(PairKey(words.hashes()[0], n == 2 ? words.hashes()[1] : 0));
  } else {
    // Word pairs, but not pairs of function words ("of the").
    for (size_t p = 0; p + 1 < n; ++p)
      if (!words.is_function_word(p) || !words.is_function_word(p + 1))
        keys.push_back(PairKey(words.hashes()[p], words.hashes()[p + 1]));
  }
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  std::unordered_map<uint32_t, uint32_t> shared;
  for (uint64_t key : keys) {
    std::vector<uint32_t>& bucket = buckets_[key];
    if (bucket.size() < options_.max_bucket) {
      for (uint32_t other : bucket) ++shared[other];
      bucket.push_back(id);
    }
  }
  const uint32_t need = n < 3 ? 1 : options_.min_shared_pairs;
  std::vector<uint32_t> out;
  for (const auto& [other, count] : shared)
    if (count >= need && other != id) out.push_back(other);
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace dyad
