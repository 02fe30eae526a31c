// Dyad-mode cues that an actor phrase is not an actor where it stands (see
// mention_cues.h): case of acronym-like matches and place names.
#include "coding/mention_cues.h"

#include <string_view>

namespace dyad::coding {
namespace {

bool IsPlaceNoun(std::string_view t) {
  return t == "sea" || t == "strait" || t == "straits" || t == "gulf" || t == "bay" ||
         t == "ocean" || t == "peninsula";
}

}  // namespace

bool IsMixedCase(const Scratch& s) {
  bool upper = false, lower = false;
  for (size_t i = 0; i < s.size() && !(upper && lower); ++i) {
    if (s.kinds[i] != TokenKind::kWord) continue;
    if (s.capitalized[i])
      upper = true;
    else if (!s.norm[i].empty() && s.norm[i][0] >= 'a' && s.norm[i][0] <= 'z')
      lower = true;
  }
  return upper && lower;
}

bool HasNoCapital(const Scratch& s, uint32_t begin, uint32_t end) {
  for (uint32_t i = begin; i < end && i < s.size(); ++i)
    if (s.capitalized[i]) return false;
  return true;
}

bool IsInPlaceName(const Scratch& s, uint32_t begin, uint32_t end) {
  const uint32_t n = static_cast<uint32_t>(s.size());
  if (end < n && s.capitalized[end] && IsPlaceNoun(s.norm[end])) return true;
  // "North America", "Latin America": a region, not the United States.
  if (end == begin + 1 && s.norm[begin] == "america" && begin > 0 && s.capitalized[begin - 1] &&
      (s.norm[begin - 1] == "north" || s.norm[begin - 1] == "south" ||
       s.norm[begin - 1] == "central" || s.norm[begin - 1] == "latin"))
    return true;
  if (begin >= 2 && s.norm[begin - 1] == "of" && s.capitalized[begin - 2] &&
      IsPlaceNoun(s.norm[begin - 2]))
    return true;
  return false;
}

void SplitCommaOnlyGroups(const Scratch& s, std::vector<Mention>* mentions) {
  auto& ms = *mentions;
  for (uint32_t g = 0; g < ms.size();) {
    uint32_t last = g;
    while (last + 1 < ms.size() && ms[last + 1].group == g) ++last;
    bool with_and = false;
    for (uint32_t k = g + 1; k <= last; ++k)
      for (uint32_t i = ms[k - 1].end; i < ms[k].begin; ++i)
        with_and = with_and || s.norm[i] == "and" || s.norm[i] == "&";
    if (!with_and)
      for (uint32_t k = g; k <= last; ++k) ms[k].group = k;
    g = last + 1;
  }
}

}  // namespace dyad::coding
