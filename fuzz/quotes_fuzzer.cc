// libFuzzer target for quote extraction: any bytes, made valid UTF-8, are
// split into paragraphs and sentences and go through ExtractQuotes; the
// invariants later stages rely on are checked (a violation traps):
//  - every span (inner, outer, attribution, speaker mention) lies within the
//    text, inner within outer, and a quote's inner words within one
//    paragraph and at most max_quote_bytes long;
//  - quotes are sorted and part_of points to an earlier quote;
//  - a speaker has a canonical name iff it is attributed.
// Unbalanced marks, unclosed quotes, 50,000-byte "quotes" and nested marks
// are what the fuzzer's dictionary of marks pushes it towards.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "dyad/quotes.h"
#include "dyad/text.h"

namespace {

void Check(bool ok) {
  if (!ok) __builtin_trap();
}

bool Within(const dyad::Span& s, size_t size) {
  return s.begin <= s.end && s.end <= size;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > (1u << 18)) return 0;
  std::string text(reinterpret_cast<const char*>(data), size);
  dyad::RepairUtf8(text);
  std::vector<dyad::Span> paragraphs = dyad::SplitParagraphs(text);
  std::vector<dyad::Sentence> sentences = dyad::SplitSentences(text, paragraphs, false);
  dyad::QuoteOptions options;
  options.max_quote_bytes = 300;
  std::vector<dyad::Quote> quotes = dyad::ExtractQuotes(text, paragraphs, sentences, options);
  for (size_t i = 0; i < quotes.size(); ++i) {
    const dyad::Quote& q = quotes[i];
    Check(Within(q.inner, text.size()) && Within(q.outer, text.size()));
    Check(Within(q.attribution, text.size()) && Within(q.speaker.mention, text.size()));
    Check(q.outer.begin <= q.inner.begin && q.inner.end <= q.outer.end);
    Check(q.inner.size() <= options.max_quote_bytes);
    Check(q.paragraph < paragraphs.size());
    const dyad::Span& p = paragraphs[q.paragraph];
    Check(p.begin <= q.outer.begin && q.outer.end <= p.end);
    if (i > 0) Check(quotes[i - 1].inner.begin < q.inner.begin);
    Check(q.part_of < static_cast<int32_t>(i));
    Check((q.speaker.kind == dyad::SpeakerKind::kUnattributed) == q.speaker.canonical.empty());
  }
  return 0;
}
