// libFuzzer target for dyad's text module: any bytes go through RepairUtf8,
// then NormalizeNfc, MatchingText and SplitSentences, and the invariants the
// rest of dyad relies on are checked (a violation traps, which libFuzzer
// reports as a crash):
//  - repaired text is valid UTF-8, and repairing it again changes nothing;
//  - ToOriginal is monotonic, maps 0 .. size() into 0 .. original size, and
//    size() to the original's size;
//  - paragraphs, sentences and tokens lie within the text, non-empty, sorted
//    and not overlapping; tokens lie within their sentence and the first and
//    last token touch its ends; sentences lie within their paragraph.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "dyad/text.h"

namespace {

void Check(bool ok) {
  if (!ok) __builtin_trap();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > (1u << 20)) return 0;
  std::string text(reinterpret_cast<const char*>(data), size);
  dyad::RepairUtf8(text);
  Check(dyad::IsValidUtf8(text));
  {
    std::string again = text;
    Check(dyad::RepairUtf8(again) == 0 && again == text);
  }

  std::string nfc = dyad::NormalizeNfc(text);
  Check(dyad::IsValidUtf8(nfc));

  dyad::MatchingText matching(text);
  const size_t msize = matching.text().size();
  Check(matching.ToOriginal(msize) == text.size());
  size_t prev = 0;
  for (size_t i = 0; i <= msize; ++i) {
    size_t o = matching.ToOriginal(i);
    Check(o >= prev && o <= text.size());
    prev = o;
  }

  const std::vector<dyad::Span> paragraphs = dyad::SplitParagraphs(text);
  uint32_t end = 0;
  for (const dyad::Span& p : paragraphs) {
    Check(p.begin < p.end && p.end <= text.size() && end <= p.begin);
    end = p.end;
  }

  const std::vector<dyad::Sentence> sentences = dyad::SplitSentences(text);
  end = 0;
  uint32_t paragraph = 0;
  for (const dyad::Sentence& s : sentences) {
    Check(s.begin < s.end && s.end <= text.size() && end <= s.begin);
    end = s.end;
    Check(s.paragraph < paragraphs.size() && paragraph <= s.paragraph);
    paragraph = s.paragraph;
    Check(paragraphs[s.paragraph].begin <= s.begin && s.end <= paragraphs[s.paragraph].end);
    Check(!s.tokens.empty());
    Check(s.tokens.front().begin == s.begin && s.tokens.back().end == s.end);
    uint32_t tok_end = s.begin;
    for (const dyad::Token& t : s.tokens) {
      Check(t.begin < t.end && tok_end <= t.begin && t.end <= s.end);
      tok_end = t.end;
    }
  }

  const std::vector<dyad::Token> tokens = dyad::Tokenize(text);
  end = 0;
  for (const dyad::Token& t : tokens) {
    Check(t.begin < t.end && t.end <= text.size() && end <= t.begin);
    end = t.end;
  }
  return 0;
}
