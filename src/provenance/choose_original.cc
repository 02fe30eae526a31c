// ChooseOriginal: the original of a group of copies, and the rule that chose
// it (earliest publication, then most complete, then lowest id).
#include <algorithm>

#include "dyad/provenance.h"

namespace dyad {
namespace {

// <0 when x was published before y. Dates compare by day, then by time when
// both give one; an unknown date comes after every known one.
int CompareDates(std::string_view x, std::string_view y) {
  if (x.empty() || y.empty()) return x.empty() == y.empty() ? 0 : (x.empty() ? 1 : -1);
  const int day = x.substr(0, 10).compare(y.substr(0, 10));
  if (day != 0) return day;
  if (x.size() > 10 && y.size() > 10) return x.compare(y);
  return 0;
}

}  // namespace

OriginalChoice ChooseOriginal(std::span<const CopyMember> members) {
  std::vector<const CopyMember*> tied;
  for (const CopyMember& m : members) {
    const int c = tied.empty() ? -1 : CompareDates(m.published, tied.front()->published);
    if (c < 0)
      tied.assign(1, &m);
    else if (c == 0)
      tied.push_back(&m);
  }
  if (tied.size() == 1 && members.size() > 1 && !tied.front()->published.empty())
    return {tied.front()->id, "earliest-published"};
  if (tied.size() == 1) return {tied.front()->id, "only-member"};
  uint32_t most = 0;
  for (const CopyMember* m : tied) most = std::max(most, m->words);
  std::erase_if(tied, [&](const CopyMember* m) { return m->words < most; });
  if (tied.size() == 1) return {tied.front()->id, "most-complete"};
  const CopyMember* first =
      *std::min_element(tied.begin(), tied.end(),
                        [](const CopyMember* x, const CopyMember* y) { return x->id < y->id; });
  return {first->id, "first-id"};
}

}  // namespace dyad
