// CompareArticles: verifies a candidate pair by aligning it and names the
// kind of copy with the rule that decided; CopyKindName.
#include <algorithm>

#include "dyad/provenance.h"
#include "provenance/alignment.h"

namespace dyad {
namespace {

// Share of the words of `text` inside `passage` that lie inside one of
// `quotes` (sorted by begin, not overlapping).
double QuotedShare(const CopyText& text, const Span& passage, std::span<const Span> quotes) {
  uint32_t words = 0, quoted = 0;
  auto q = quotes.begin();
  for (const CopyToken& t : text.tokens()) {
    if (t.span.begin < passage.begin) continue;
    if (t.span.end > passage.end) break;
    ++words;
    while (q != quotes.end() && q->end < t.span.end) ++q;
    quoted += q != quotes.end() && q->begin <= t.span.begin && t.span.end <= q->end;
  }
  return words ? static_cast<double>(quoted) / words : 0;
}

bool DifferentOutlets(const CopySide& a, const CopySide& b) {
  return !a.outlet.empty() && !b.outlet.empty() && a.outlet != b.outlet;
}

}  // namespace

std::string_view CopyKindName(CopyKind k) {
  switch (k) {
    case CopyKind::kNone: return "none";
    case CopyKind::kExact: return "exact";
    case CopyKind::kNear: return "near";
    case CopyKind::kSyndicated: return "syndicated";
    case CopyKind::kSpun: return "spun";
    case CopyKind::kPartial: return "partial";
    case CopyKind::kQuoteShared: return "quote-shared";
  }
  return "?";
}

CopyLink CompareArticles(const CopySide& a, const CopySide& b, const ProvenanceOptions& options) {
  CopyLink link;
  const CopyText& ta = *a.text;
  const CopyText& tb = *b.text;
  const double na = static_cast<double>(ta.tokens().size());
  const double nb = static_cast<double>(tb.tokens().size());
  if (ta.tokens().empty() || tb.tokens().empty()) {
    link.rule = "no-words";
    return link;
  }
  if (ta.content_hash() == tb.content_hash()) {
    AlignedPassage whole;
    whole.a = {ta.tokens().front().span.begin, ta.tokens().back().span.end};
    whole.b = {tb.tokens().front().span.begin, tb.tokens().back().span.end};
    whole.words_a = whole.words_b = whole.same_words = static_cast<uint32_t>(na);
    link.passages.push_back(whole);
    link.coverage_a = link.coverage_b = link.identity = 1;
    const bool other = DifferentOutlets(a, b);
    link.kind = other ? CopyKind::kSyndicated : CopyKind::kExact;
    link.rule = other ? "same-words-other-outlet" : "same-words";
    return link;
  }

  std::vector<AlignedPassage> passages = provenance::AlignTexts(ta, tb);
  uint32_t aligned_a = 0, aligned_b = 0, same = 0, substituted = 0;
  for (AlignedPassage& p : passages) {
    const uint32_t longer = std::max(p.words_a, p.words_b);
    if (longer < options.min_passage_words || p.same_words < options.min_passage_identity * longer)
      continue;
    aligned_a += p.words_a;
    aligned_b += p.words_b;
    same += p.same_words;
    substituted += p.substituted_words;
    link.passages.push_back(std::move(p));
  }
  link.coverage_a = aligned_a / na;
  link.coverage_b = aligned_b / nb;
  const uint32_t aligned = std::max(aligned_a, aligned_b);
  link.identity = same ? static_cast<double>(same) / (same + substituted) : 0;
  if (aligned < options.partial_min_words) {
    link.rule = "too-little-aligned";
    link.passages.clear();
    return link;
  }
  if (!a.quotes.empty() && !b.quotes.empty() &&
      std::all_of(link.passages.begin(), link.passages.end(), [&](const AlignedPassage& p) {
        return QuotedShare(ta, p.a, a.quotes) >= 0.8 && QuotedShare(tb, p.b, b.quotes) >= 0.8;
      })) {
    link.kind = CopyKind::kQuoteShared;
    link.rule = "aligned-only-inside-quotes";
    return link;
  }
  const double hi = std::max(link.coverage_a, link.coverage_b);
  const double lo = std::min(link.coverage_a, link.coverage_b);
  if (hi >= options.whole_max_coverage && lo >= options.whole_min_coverage) {
    if (link.identity >= options.near_identity) {
      const bool other = DifferentOutlets(a, b);
      link.kind = other ? CopyKind::kSyndicated : CopyKind::kNear;
      link.rule = other ? "whole-text-aligned-other-outlet" : "whole-text-aligned";
    } else {
      link.kind = CopyKind::kSpun;
      link.rule = "whole-skeleton-aligned-words-substituted";
    }
    return link;
  }
  link.kind = CopyKind::kPartial;
  link.rule = "passages-reused";
  return link;
}

}  // namespace dyad
