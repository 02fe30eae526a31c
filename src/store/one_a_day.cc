// OneADay (see dyad/store.h): Phoenix's one-a-day filter over a list of
// events: the first of each (date, source code, target code, CAMEO code)
// stays, the others are folded into its counts.
#include <map>
#include <string_view>
#include <tuple>

#include "dyad/store.h"

namespace dyad {

std::vector<FoldedEvent> OneADay(const std::vector<FoldedEvent>& events) {
  using Key = std::tuple<int32_t, std::string_view, std::string_view, std::string_view>;
  std::map<Key, size_t> index;
  std::vector<FoldedEvent> out;
  for (const FoldedEvent& f : events) {
    const StoredEvent& e = f.event;
    auto [it, fresh] =
        index.try_emplace(Key{e.date, e.source.code, e.target.code, e.code}, out.size());
    if (fresh) {
      out.push_back(f);
      continue;
    }
    out[it->second].sources += f.sources;
    out[it->second].articles += f.articles;
  }
  return out;
}

}  // namespace dyad
