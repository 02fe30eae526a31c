// TABARI's passive voice: "Eriador was (fiercely) opposed (earlier) by
// Osgiliath" codes Osgiliath as the source and Eriador as the target, with
// no pattern needed: a form of "be" (and up to two adverbs) before the verb,
// "by" and an actor within two words after it.
#include "coding/coder_internal.h"

namespace dyad::coding {
namespace {

bool IsBeForm(std::string_view t) {
  return t == "was" || t == "were" || t == "is" || t == "are" || t == "been" || t == "be" ||
         t == "being";
}

}  // namespace

uint32_t PassiveAgent(const Scratch& s, const VerbHit& hit) {
  const uint32_t n = static_cast<uint32_t>(s.size());
  uint32_t i = hit.begin;
  int adverbs = 0;
  while (i > 0 && adverbs <= 2) {
    std::string_view t = s.norm[i - 1];
    if (IsBeForm(t)) break;
    if (!(t.size() > 3 && t.ends_with("ly"))) return kNone;
    --i;
    ++adverbs;
  }
  if (i == 0 || !IsBeForm(s.norm[i - 1])) return kNone;
  for (uint32_t j = hit.end; j < n && j <= hit.end + 2; ++j) {
    if (s.norm[j] != "by") {
      if (s.kinds[j] != TokenKind::kWord || s.mention_at[j] != kNone) return kNone;
      continue;
    }
    if (j + 1 >= n) return kNone;
    uint32_t m = s.mention_at[j + 1];
    return m != kNone && s.mentions[m].begin == j + 1 ? s.mentions[m].group : kNone;
  }
  return kNone;
}

}  // namespace dyad::coding
