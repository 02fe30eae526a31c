// StoryClusterer: online, time-aware assignment of articles to stories, and
// the batch re-clustering that reproduces it (include/dyad/stories.h).
#include <algorithm>
#include <cmath>

#include "dyad/stories.h"

namespace dyad {

StoryClusterer::StoryClusterer(StoryOptions options) : options_(options) {}

// Sublinear TF times an IDF from the documents seen so far (this one
// included), L2-normalised; sorted by term id.
std::vector<std::pair<uint32_t, float>> StoryClusterer::Weigh(const StoryFeatures& f) {
  ++docs_;
  std::vector<std::pair<uint32_t, float>> v;
  v.reserve(f.terms.size());
  for (const auto& [term, count] : f.terms) {
    auto [it, added] = term_ids_.emplace(term, static_cast<uint32_t>(terms_.size()));
    if (added) {
      terms_.push_back(term);
      doc_freq_.push_back(0);
    }
    v.emplace_back(it->second, count);
  }
  double norm2 = 0;
  for (auto& [id, w] : v) {
    ++doc_freq_[id];
    double idf = std::log((1.0 + docs_) / doc_freq_[id]) + 1.0;
    w = static_cast<float>((1.0 + std::log(w)) * idf);
    norm2 += double(w) * w;
  }
  const double norm = norm2 > 0 ? std::sqrt(norm2) : 1.0;
  for (auto& [id, w] : v) w = static_cast<float>(w / norm);
  std::sort(v.begin(), v.end());
  return v;
}

bool StoryClusterer::Live(const Story& s, int32_t date) const {
  if (date == 0 || s.first == 0) return true;
  const int32_t gap = options_.cold_gap_days;
  return StoryDaysBetween(s.last, date) <= gap && StoryDaysBetween(date, s.first) <= gap;
}

void StoryClusterer::Join(uint32_t story, uint32_t member, int32_t date) {
  Story& s = stories_[story];
  const auto& v = members_[member].vector;
  double dot = 0, self = 0;
  for (const auto& [id, w] : v) {
    double& c = s.centroid[id];
    dot += c * w;
    self += double(w) * w;
    c += w;
  }
  s.norm2 += 2 * dot + self;
  s.members.push_back(member);
  if (date != 0) {
    s.first = s.first == 0 ? date : std::min(s.first, date);
    s.last = std::max(s.last, date);
  }
  // Index the member's heaviest terms (ties by term id, so deterministic).
  std::vector<std::pair<uint32_t, float>> top = v;
  const size_t k = std::min(options_.probe_terms, top.size());
  std::partial_sort(top.begin(), top.begin() + k, top.end(), [](const auto& a, const auto& b) {
    return a.second != b.second ? a.second > b.second : a.first < b.first;
  });
  for (size_t i = 0; i < k; ++i) {
    for (auto* index : {&postings_, &all_postings_}) {
      auto& list = (*index)[top[i].first];
      if (list.empty() || list.back() != story) list.push_back(story);
    }
  }
}

// Stories last active two gaps before the newest date seen leave the index.
void StoryClusterer::DropColdStories() {
  if (newest_date_ == 0) return;
  const int32_t cutoff = newest_date_;
  for (auto it = postings_.begin(); it != postings_.end();) {
    auto& list = it->second;
    list.erase(std::remove_if(list.begin(), list.end(),
                              [&](uint32_t s) {
                                const Story& st = stories_[s];
                                return st.last != 0 && StoryDaysBetween(st.last, cutoff) >
                                                           2 * options_.cold_gap_days;
                              }),
               list.end());
    it = list.empty() ? postings_.erase(it) : std::next(it);
  }
  for (Story& s : stories_)
    if (s.last != 0 && StoryDaysBetween(s.last, cutoff) > 2 * options_.cold_gap_days)
      s.indexed = false;
  dropped_before_ = cutoff;
}

uint32_t StoryClusterer::Assign(const StoryArticle& a) {
  if (auto it = story_of_.find(a.id); it != story_of_.end()) return it->second;
  const uint32_t member = static_cast<uint32_t>(members_.size());
  members_.push_back({a.id, a.title, a.outlet, Weigh(a.features)});
  if (a.date != 0 && a.date > newest_date_) {
    newest_date_ = a.date;
    // Sweep the index at most once per gap of dates.
    if (dropped_before_ == 0 ||
        StoryDaysBetween(dropped_before_, newest_date_) > options_.cold_gap_days)
      DropColdStories();
  }
  uint32_t chosen = UINT32_MAX;
  if (!a.join_story_of.empty()) {
    if (auto it = story_of_.find(a.join_story_of); it != story_of_.end()) chosen = it->second;
  }
  if (chosen == UINT32_MAX) {
    const auto& v = members_[member].vector;
    std::vector<uint32_t> candidates;
    const size_t k = std::min(options_.probe_terms, v.size());
    std::vector<std::pair<uint32_t, float>> top = v;
    std::partial_sort(top.begin(), top.begin() + k, top.end(), [](const auto& x, const auto& y) {
      return x.second != y.second ? x.second > y.second : x.first < y.first;
    });
    // Undated articles look in the index of all stories, old ones too.
    const auto& index = a.date == 0 ? all_postings_ : postings_;
    for (size_t i = 0; i < k; ++i)
      if (auto p = index.find(top[i].first); p != index.end())
        candidates.insert(candidates.end(), p->second.begin(), p->second.end());
    std::sort(candidates.begin(), candidates.end());
    candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
    double best = options_.threshold;
    for (uint32_t c : candidates) {
      const Story& s = stories_[c];
      if ((a.date != 0 && !s.indexed) || !Live(s, a.date) || s.norm2 <= 0) continue;
      double dot = 0;
      for (const auto& [id, w] : v)
        if (auto e = s.centroid.find(id); e != s.centroid.end()) dot += e->second * w;
      const double sim = dot / std::sqrt(s.norm2);
      if (sim >= best && (chosen == UINT32_MAX || sim > best)) {
        best = sim;
        chosen = c;
      }
    }
  }
  if (chosen == UINT32_MAX) {
    chosen = static_cast<uint32_t>(stories_.size());
    stories_.emplace_back();
  }
  Join(chosen, member, a.date);
  story_of_.emplace(a.id, chosen);
  return chosen;
}

int64_t StoryClusterer::StoryOf(std::string_view id) const {
  auto it = story_of_.find(std::string(id));
  return it == story_of_.end() ? -1 : int64_t(it->second);
}

StoryClusterer ClusterStoriesInBatch(std::vector<StoryArticle> articles, StoryOptions options) {
  std::stable_sort(articles.begin(), articles.end(), [](const auto& x, const auto& y) {
    const int32_t dx = x.date == 0 ? INT32_MAX : x.date, dy = y.date == 0 ? INT32_MAX : y.date;
    return dx != dy ? dx < dy : x.id < y.id;
  });
  StoryClusterer c(options);
  for (const auto& a : articles) c.Assign(a);
  return c;
}

}  // namespace dyad
