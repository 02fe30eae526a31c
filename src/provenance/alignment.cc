// Seed-and-extend alignment of two articles on their word hashes: seeds are
// windows whose skeleton keys agree (so synonyms swapped for content words
// do not stop them), extended in both directions along their diagonal with
// an X-drop score (identical words gain, content-for-content substitutions
// are neutral, anything else costs); the spans are made disjoint, longest
// first, and neighbours close on both sides merge into passages whose word
// changes are listed with byte offsets in both texts.
#include "provenance/alignment.h"

#include <algorithm>
#include <cstdint>
#include <unordered_map>

#include "provenance/hash_mix.h"

namespace dyad::provenance {
namespace {

struct Diagonal {
  uint32_t a_begin, b_begin, length;
};

// Seed keys of every window of `tokens`, or 0 where the window has too few
// non-wildcards.
std::vector<uint64_t> SeedKeys(const std::vector<CopyToken>& tokens, const AlignParams& p) {
  std::vector<uint64_t> keys;
  if (tokens.size() < p.seed_tokens) return keys;
  keys.resize(tokens.size() - p.seed_tokens + 1);
  for (size_t i = 0; i < keys.size(); ++i) {
    uint64_t h = 0x8F1BBCDCCA62C1D6ULL;
    uint32_t fixed = 0;
    for (uint32_t k = 0; k < p.seed_tokens; ++k) {
      const uint32_t s = tokens[i + k].skeleton;
      fixed += s != CopyToken::kContentWord;
      h = Mix64(h ^ s);
    }
    keys[i] = fixed >= p.seed_min_fixed ? (h | 1) : 0;
  }
  return keys;
}

int Score(const CopyToken& x, const CopyToken& y, const AlignParams& p) {
  if (x.word == y.word) return p.match;
  if (x.skeleton == CopyToken::kContentWord && y.skeleton == CopyToken::kContentWord)
    return p.substitution;
  return p.mismatch;
}

// Extends the seed at (i, j) along its diagonal; returns the best span.
Diagonal Extend(const std::vector<CopyToken>& a, const std::vector<CopyToken>& b, uint32_t i,
                uint32_t j, const AlignParams& p) {
  int score = 0, best = 0;
  uint32_t end = 0;  // tokens past (i, j) in the best forward extension
  for (uint32_t k = 0; i + k < a.size() && j + k < b.size(); ++k) {
    score += Score(a[i + k], b[j + k], p);
    if (score > best) best = score, end = k + 1;
    if (score < best - p.x_drop) break;
  }
  score = 0, best = 0;
  uint32_t back = 0;
  for (uint32_t k = 1; k <= i && k <= j; ++k) {
    score += Score(a[i - k], b[j - k], p);
    if (score > best) best = score, back = k;
    if (score < best - p.x_drop) break;
  }
  Diagonal d{i - back, j - back, back + end};
  // A span starts and ends with two identical words: a lone "the" after a
  // substitution is chance, not copying.
  auto same = [&](uint32_t k) { return a[d.a_begin + k].word == b[d.b_begin + k].word; };
  while (d.length >= 2 && !(same(0) && same(1))) ++d.a_begin, ++d.b_begin, --d.length;
  while (d.length >= 2 && !(same(d.length - 1) && same(d.length - 2))) --d.length;
  return d;
}

// Byte span of tokens [begin, end) of `t`; an empty span at the boundary
// when begin == end.
Span Bytes(const std::vector<CopyToken>& t, uint32_t begin, uint32_t end) {
  if (begin < end) return {t[begin].span.begin, t[end - 1].span.end};
  const uint32_t at = begin < t.size() ? t[begin].span.begin : (t.empty() ? 0 : t.back().span.end);
  return {at, at};
}

// Disjoint spans, longest first; ends trimmed where they touch a taken one.
std::vector<Diagonal> Disjoint(std::vector<Diagonal> spans, size_t na, size_t nb,
                               const AlignParams& p) {
  std::sort(spans.begin(), spans.end(), [](const Diagonal& x, const Diagonal& y) {
    if (x.length != y.length) return x.length > y.length;
    return x.b_begin != y.b_begin ? x.b_begin < y.b_begin : x.a_begin < y.a_begin;
  });
  std::vector<bool> used_a(na), used_b(nb);
  std::vector<Diagonal> out;
  for (Diagonal d : spans) {
    while (d.length > 0 && (used_a[d.a_begin] || used_b[d.b_begin]))
      ++d.a_begin, ++d.b_begin, --d.length;
    while (d.length > 0 && (used_a[d.a_begin + d.length - 1] || used_b[d.b_begin + d.length - 1]))
      --d.length;
    if (d.length < p.min_span_tokens) continue;
    bool clash = false;
    for (uint32_t k = 0; k < d.length && !clash; ++k)
      clash = used_a[d.a_begin + k] || used_b[d.b_begin + k];
    if (clash) continue;
    for (uint32_t k = 0; k < d.length; ++k) used_a[d.a_begin + k] = used_b[d.b_begin + k] = true;
    out.push_back(d);
  }
  std::sort(out.begin(), out.end(),
            [](const Diagonal& x, const Diagonal& y) { return x.b_begin < y.b_begin; });
  return out;
}

class PassageBuilder {
 public:
  PassageBuilder(const std::vector<CopyToken>& a, const std::vector<CopyToken>& b) : a_(a), b_(b) {}

  void Start(const Diagonal& d) {
    p_ = AlignedPassage();
    a_begin_ = d.a_begin;
    b_begin_ = d.b_begin;
    AddDiagonal(d);
  }
  // Appends a gap (words of a replaced by words of b) and the next span.
  void Continue(const Diagonal& d) {
    if (d.a_begin > a_end_ || d.b_begin > b_end_)
      p_.changes.push_back({Bytes(a_, a_end_, d.a_begin), Bytes(b_, b_end_, d.b_begin)});
    AddDiagonal(d);
  }
  AlignedPassage Finish() {
    p_.a = Bytes(a_, a_begin_, a_end_);
    p_.b = Bytes(b_, b_begin_, b_end_);
    p_.words_a = a_end_ - a_begin_;
    p_.words_b = b_end_ - b_begin_;
    return std::move(p_);
  }
  uint32_t a_end() const { return a_end_; }
  uint32_t b_end() const { return b_end_; }

 private:
  void AddDiagonal(const Diagonal& d) {
    for (uint32_t k = 0; k < d.length;) {
      if (a_[d.a_begin + k].word == b_[d.b_begin + k].word) {
        ++p_.same_words, ++k;
        continue;
      }
      uint32_t e = k;
      while (e < d.length && a_[d.a_begin + e].word != b_[d.b_begin + e].word) ++e;
      p_.substituted_words += e - k;
      p_.changes.push_back(
          {Bytes(a_, d.a_begin + k, d.a_begin + e), Bytes(b_, d.b_begin + k, d.b_begin + e)});
      k = e;
    }
    a_end_ = d.a_begin + d.length;
    b_end_ = d.b_begin + d.length;
  }
  const std::vector<CopyToken>& a_;
  const std::vector<CopyToken>& b_;
  AlignedPassage p_;
  uint32_t a_begin_ = 0, b_begin_ = 0, a_end_ = 0, b_end_ = 0;
};

}  // namespace

std::vector<AlignedPassage> AlignTexts(const CopyText& ta, const CopyText& tb,
                                       const AlignParams& p) {
  const std::vector<CopyToken>& a = ta.tokens();
  const std::vector<CopyToken>& b = tb.tokens();
  const std::vector<uint64_t> ka = SeedKeys(a, p);
  const std::vector<uint64_t> kb = SeedKeys(b, p);
  if (ka.empty() || kb.empty()) return {};

  // Seeds of a, sorted by key; keys repeated too often are dropped.
  std::vector<std::pair<uint64_t, uint32_t>> seeds;
  seeds.reserve(ka.size());
  for (uint32_t i = 0; i < ka.size(); ++i)
    if (ka[i] != 0) seeds.emplace_back(ka[i], i);
  std::sort(seeds.begin(), seeds.end());

  std::vector<Diagonal> spans;
  std::unordered_map<int64_t, uint32_t> covered_until;  // diagonal -> end in b
  for (uint32_t j = 0; j < kb.size(); ++j) {
    if (kb[j] == 0) continue;
    auto lo = std::lower_bound(seeds.begin(), seeds.end(), std::make_pair(kb[j], uint32_t{0}));
    auto hi = std::upper_bound(lo, seeds.end(), std::make_pair(kb[j], UINT32_MAX));
    if (static_cast<uint32_t>(hi - lo) > p.max_seed_repeats) continue;
    for (auto it = lo; it != hi; ++it) {
      const uint32_t i = it->second;
      const int64_t diagonal = int64_t{i} - int64_t{j};
      auto c = covered_until.find(diagonal);
      if (c != covered_until.end() && j < c->second) continue;
      const Diagonal d = Extend(a, b, i, j, p);
      covered_until[diagonal] = std::max(d.b_begin + d.length, j + 1);
      if (d.length >= p.min_span_tokens) spans.push_back(d);
    }
  }

  std::vector<AlignedPassage> passages;
  std::vector<Diagonal> disjoint = Disjoint(std::move(spans), a.size(), b.size(), p);
  PassageBuilder builder(a, b);
  for (size_t k = 0; k < disjoint.size(); ++k) {
    const Diagonal& d = disjoint[k];
    const bool joins = k > 0 && d.a_begin >= builder.a_end() &&
                       d.a_begin - builder.a_end() <= p.max_gap_tokens &&
                       d.b_begin - builder.b_end() <= p.max_gap_tokens;
    if (joins) {
      builder.Continue(d);
      continue;
    }
    if (k > 0) passages.push_back(builder.Finish());
    builder.Start(d);
  }
  if (!disjoint.empty()) passages.push_back(builder.Finish());
  return passages;
}

}  // namespace dyad::provenance
