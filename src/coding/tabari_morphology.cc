// TABARI's noun endings: dictionary nouns (actors and agents) also match
// their regular plural in "s" ("Libyas", "government radios", "Guerrillas").
#include "coding/coder_internal.h"

namespace dyad::coding {

void SingularViews(const Scratch& s, std::vector<std::string_view>* out) {
  out->assign(s.norm.begin(), s.norm.end());
  for (size_t i = 0; i < out->size(); ++i) {
    std::string_view w = (*out)[i];
    if (s.kinds[i] != TokenKind::kWord || w.size() < 4 || !w.ends_with('s') || w.ends_with("ss") ||
        w.ends_with("'s"))
      continue;
    (*out)[i] = w.substr(0, w.size() - 1);
  }
}

void LongerMatch(std::optional<PhraseIndex::Match> candidate,
                 std::optional<PhraseIndex::Match>* best) {
  if (candidate && candidate->length > 0 && (!*best || candidate->length > (*best)->length))
    *best = candidate;
}

}  // namespace dyad::coding
