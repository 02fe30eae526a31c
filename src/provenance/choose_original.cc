// ChooseOriginal: the original of a group of copies, and the rule that chose
// it (earliest publication, a timed date before a day-only one of the same
// day, then most complete, then lowest id); ComparePublished; GroupCopies:
// the groups, from whole-article links.
#include <algorithm>
#include <map>
#include <numeric>

#include "dyad/provenance.h"

namespace dyad {

int ComparePublished(std::string_view x, std::string_view y) {
  if (x.empty() || y.empty()) return x.empty() == y.empty() ? 0 : (x.empty() ? 1 : -1);
  const int day = x.substr(0, 10).compare(y.substr(0, 10));
  if (day != 0) return day;
  const bool x_timed = x.size() > 10, y_timed = y.size() > 10;
  if (x_timed && y_timed) return x.compare(y);
  // The same day, one with a time and one without: a date without a time
  // says less (a copy re-dated by an aggregator or a feed), so the timed
  // one counts as earlier.
  if (x_timed != y_timed) return x_timed ? -1 : 1;
  return 0;
}

OriginalChoice ChooseOriginal(std::span<const CopyMember> members) {
  std::vector<const CopyMember*> tied;
  for (const CopyMember& m : members) {
    const int c = tied.empty() ? -1 : ComparePublished(m.published, tied.front()->published);
    if (c < 0)
      tied.assign(1, &m);
    else if (c == 0)
      tied.push_back(&m);
  }
  if (tied.size() == 1 && members.size() > 1 && !tied.front()->published.empty()) {
    // Named apart when it beat a day-only date of its own day only by
    // having a time.
    const std::string_view won = tied.front()->published;
    for (const CopyMember& m : members)
      if (&m != tied.front() && won.size() > 10 && m.published.size() == 10 &&
          m.published == won.substr(0, 10))
        return {tied.front()->id, "timed-before-day-only"};
    return {tied.front()->id, "earliest-published"};
  }
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

std::vector<CopyGroup> GroupCopies(std::span<const CopyEdge> edges,
                                   std::span<const CopyMember> members) {
  std::map<uint32_t, size_t> index;  // id -> position in members
  for (size_t i = 0; i < members.size(); ++i) index.emplace(members[i].id, i);
  std::vector<size_t> parent(members.size());
  std::iota(parent.begin(), parent.end(), 0);
  auto find = [&](size_t x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
  };
  for (const CopyEdge& e : edges) {
    if (e.kind == CopyKind::kNone || e.kind == CopyKind::kPartial ||
        e.kind == CopyKind::kQuoteShared)
      continue;
    auto a = index.find(e.a), b = index.find(e.b);
    if (a == index.end() || b == index.end()) continue;
    parent[find(a->second)] = find(b->second);
  }
  std::map<size_t, std::vector<CopyMember>> by_root;
  for (size_t i = 0; i < members.size(); ++i) by_root[find(i)].push_back(members[i]);
  std::vector<CopyGroup> groups;
  for (auto& [root, group] : by_root) {
    if (group.size() < 2) continue;
    CopyGroup g;
    for (const CopyMember& m : group) g.members.push_back(m.id);
    std::sort(g.members.begin(), g.members.end());
    g.original = ChooseOriginal(group);
    groups.push_back(std::move(g));
  }
  std::sort(groups.begin(), groups.end(), [](const CopyGroup& x, const CopyGroup& y) {
    return x.members.front() < y.members.front();
  });
  return groups;
}

}  // namespace dyad
