// FoldCopies (see dyad/store.h): copy-aware counting of events, in two
// steps. First the reports of one copy group are folded by (source, target,
// code) whatever their dates, since a copy reports its original's event
// (and a copy often has no date of its own): the group's report is its
// original's when the original has one, a dated one before an undated one.
// Then the groups' reports are folded by (date, source, target, code): each
// group is one independent source.
#include <map>
#include <set>
#include <tuple>

#include "dyad/store.h"

namespace dyad {

std::vector<FoldedEvent> FoldCopies(const std::vector<StoredEvent>& events,
                                    const std::vector<StoredCopyGroup>& groups) {
  std::map<std::string_view, std::string_view> original_of;
  for (const StoredCopyGroup& g : groups) {
    for (const std::string& m : g.members) original_of[m] = g.original;
  }
  auto group_of = [&](const std::string& article) -> std::string_view {
    auto it = original_of.find(article);
    return it == original_of.end() ? std::string_view(article) : it->second;
  };
  // How good a report is as its group's: dated first, then the original's.
  auto rank = [&](const StoredEvent& e) {
    return (e.date > 0 ? 2 : 0) + (group_of(e.article) == e.article ? 1 : 0);
  };
  // Step 1: one report per group and (source, target, code).
  using GroupKey =
      std::tuple<std::string_view, std::string_view, std::string_view, std::string_view>;
  struct GroupReport {
    const StoredEvent* event;
    std::set<std::string_view> articles;
  };
  std::map<GroupKey, size_t> group_index;
  std::vector<GroupReport> reports;
  for (const StoredEvent& e : events) {
    const GroupKey key{group_of(e.article), e.source.code, e.target.code, e.code};
    auto [it, fresh] = group_index.try_emplace(key, reports.size());
    if (fresh) reports.push_back({&e, {}});
    GroupReport& r = reports[it->second];
    if (rank(e) > rank(*r.event)) r.event = &e;
    r.articles.insert(e.article);
  }
  // Step 2: groups' reports of the same event, by first appearance.
  using Key = std::tuple<int32_t, std::string_view, std::string_view, std::string_view>;
  std::map<Key, size_t> index;
  std::vector<FoldedEvent> out;
  for (const GroupReport& r : reports) {
    const StoredEvent& e = *r.event;
    auto [it, fresh] =
        index.try_emplace(Key{e.date, e.source.code, e.target.code, e.code}, out.size());
    if (fresh) out.push_back({e, 0, 0});
    ++out[it->second].sources;
    out[it->second].articles += static_cast<uint32_t>(r.articles.size());
  }
  return out;
}

}  // namespace dyad
