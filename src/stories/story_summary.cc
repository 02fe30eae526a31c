// Story summaries: label, span, outlets, key terms and actors of a story
// (include/dyad/stories.h).
#include <algorithm>
#include <cmath>

#include "dyad/stories.h"

namespace dyad {

StorySummary StoryClusterer::Summarize(uint32_t story) const {
  const Story& s = stories_.at(story);
  StorySummary out;
  out.id = story;
  out.first_date = s.first;
  out.last_date = s.last;
  double best = -1;
  for (uint32_t m : s.members) {
    const Member& mem = members_[m];
    out.articles.push_back(mem.id);
    if (!mem.outlet.empty()) out.outlets.push_back(mem.outlet);
    double dot = 0;
    for (const auto& [id, w] : mem.vector) dot += s.centroid.at(id) * w;
    if (dot > best + 1e-12) {  // first member wins ties
      best = dot;
      out.label = mem.title;
      out.label_article = mem.id;
    }
  }
  std::sort(out.outlets.begin(), out.outlets.end());
  out.outlets.erase(std::unique(out.outlets.begin(), out.outlets.end()), out.outlets.end());
  std::vector<std::pair<double, uint32_t>> weights;
  for (const auto& [id, w] : s.centroid) weights.emplace_back(-w, id);
  std::sort(weights.begin(), weights.end(), [&](const auto& a, const auto& b) {
    return a.first != b.first ? a.first < b.first : terms_[a.second] < terms_[b.second];
  });
  for (const auto& [w, id] : weights) {
    const std::string& t = terms_[id];
    if (t[0] == '@') {
      if (out.key_actors.size() < options_.key_terms) out.key_actors.push_back(t.substr(1));
    } else if (out.key_terms.size() < options_.key_terms) {
      out.key_terms.push_back(t);
    }
  }
  return out;
}

std::vector<StorySummary> StoryClusterer::Summaries() const {
  std::vector<StorySummary> out;
  for (uint32_t i = 0; i < stories_.size(); ++i) out.push_back(Summarize(i));
  return out;
}

}  // namespace dyad
