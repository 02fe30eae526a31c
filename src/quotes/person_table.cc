// Full names in an article, with their roles (see person_table.h). A name is
// a run of two to four name words (capitalised, not a role, body, month or
// abbreviation); its role is a following ", the ... ," apposition that names
// a role, else the title words just before it.
#include "quotes/person_table.h"

#include <algorithm>

#include "common/ascii.h"
#include "quotes/speaker_phrase.h"

namespace dyad::quotes {
namespace {

std::string LowerWord(std::string_view s) {
  std::string l = LowerAscii(s);
  return l;
}

}  // namespace

void PersonTable::Add(NamedPerson p) {
  auto at = std::upper_bound(people_.begin(), people_.end(), p.span.begin,
                             [](uint32_t pos, const NamedPerson& q) { return pos < q.span.begin; });
  people_.insert(at, std::move(p));
}

void PersonTable::Scan(const Words& w, const Dictionary* dict) {
  for (size_t i = 0; i < w.size();) {
    if (!IsNameWord(w, i)) {
      ++i;
      continue;
    }
    size_t e = i;
    while (e < w.size() && IsNameWord(w, e)) ++e;
    size_t b = i;
    i = e;
    if (e - b < 2 || e - b > 4) continue;
    // "Institute for Atlantic Studies", "Ministry of National Defence".
    if (b >= 2 && (w.Is(b - 1, "of") || w.Is(b - 1, "for")) && w.Capitalised(b - 2)) continue;
    // Not a place or body the dictionary knows ("South Korea").
    if (IsKnownNonPerson(dict, w, b, e)) continue;
    NamedPerson p;
    p.name = std::string(w.Text(b, e));
    p.first = LowerWord(w.view(b));
    p.last = LowerWord(w.view(e - 1));
    p.span = {w.tokens[b].begin, w.tokens[e - 1].end};
    // ", the U.S. ambassador to NATO," after the name.
    if (e + 1 < w.size() && w.Is(e, ",")) {
      size_t a = e + 1, z = a;
      while (z < w.size() && !w.Is(z, ",") && !w.Is(z, ".") && z - a < 16) ++z;
      bool role = false;
      for (size_t k = a; k < z; ++k)
        if (IsRoleWord(w.lower[k])) role = true;
      if (role && z > a) {
        size_t ab = a;
        if (w.Is(ab, "the") || w.Is(ab, "a") || w.Is(ab, "an")) ++ab;
        if (ab < z && (w.Capitalised(ab) || IsRoleWord(w.lower[ab]) || IsDeterminer(w.lower[a])))
          p.role = std::string(w.Text(ab, z));
      }
    }
    // "Foreign Ministry spokesperson Lin Jian": title words before the name.
    if (p.role.empty() && b > 0) {
      auto subj = SubjectBefore(w, b, b > 8 ? b - 8 : 0);
      if (subj && subj->end == b && subj->appos_begin == subj->appos_end) {
        size_t tb = subj->begin;
        if (w.Is(tb, "the") || w.Is(tb, "a") || w.Is(tb, "an")) ++tb;
        bool has_role = false;
        for (size_t k = tb; k < b; ++k)
          if (IsRoleWord(w.lower[k])) has_role = true;
        if (has_role && tb < b) p.role = std::string(w.Text(tb, b));
      }
    }
    Add(std::move(p));
  }
}

const NamedPerson* PersonTable::FindShort(std::string_view word, uint32_t pos) const {
  std::string l = LowerWord(word);
  const NamedPerson* before = nullptr;
  const NamedPerson* after = nullptr;
  for (const NamedPerson& p : people_) {
    if (p.first != l && p.last != l) continue;
    if (p.span.begin <= pos) {
      before = &p;
    } else if (after == nullptr) {
      after = &p;
    }
  }
  return before != nullptr ? before : after;
}

const NamedPerson* PersonTable::FindFull(std::string_view name) const {
  for (const NamedPerson& p : people_)
    if (p.name == name) return &p;
  return nullptr;
}

const NamedPerson* PersonTable::LatestBefore(uint32_t pos) const {
  const NamedPerson* best = nullptr;
  for (const NamedPerson& p : people_) {
    if (p.span.begin > pos) break;
    best = &p;
  }
  return best;
}

std::string PersonTable::RoleOf(std::string_view name) const {
  for (const NamedPerson& p : people_)
    if (p.name == name && !p.role.empty()) return p.role;
  return {};
}

}  // namespace dyad::quotes
