// StoryClusterer: online, time-aware assignment of articles to stories, and
// the batch re-clustering that reproduces it (include/dyad/stories.h).
#include <algorithm>
#include <cmath>

#include "dyad/stories.h"

namespace dyad {

std::string_view StoryRuleName(StoryRule rule) {
  switch (rule) {
    case StoryRule::kNewStory: return "new-story";
    case StoryRule::kJoinedBySimilarity: return "joined-by-similarity";
    case StoryRule::kCopyOfOriginal: return "copy-of-original";
    case StoryRule::kAlreadyAssigned: return "already-assigned";
  }
  return "";
}

StoryClusterer::StoryClusterer(StoryOptions options) : options_(options) {}

namespace {
// The k heaviest (term, weight) of a vector, ties by term id.
std::vector<std::pair<uint32_t, float>> TopTerms(const std::vector<std::pair<uint32_t, float>>& v,
                                                 size_t k) {
  std::vector<std::pair<uint32_t, float>> top = v;
  k = std::min(k, top.size());
  std::partial_sort(top.begin(), top.begin() + k, top.end(), [](const auto& a, const auto& b) {
    return a.second != b.second ? a.second > b.second : a.first < b.first;
  });
  top.resize(k);
  return top;
}
}  // namespace

// Sublinear TF times an IDF from the documents seen so far (this one
// included), L2-normalised; sorted by term id.
std::vector<std::pair<uint32_t, float>> StoryClusterer::Weigh(const StoryFeatures& f) {
  ++docs_;
  std::vector<std::pair<uint32_t, float>> v;
  v.reserve(f.terms.size());
  for (const auto& [term, count] : f.terms) {
    // find before emplace: emplace would build a node (and copy the term)
    // for every term already known.
    auto it = term_ids_.find(term);
    if (it == term_ids_.end()) {
      it = term_ids_.emplace(term, static_cast<uint32_t>(terms_.size())).first;
      terms_.push_back(term);
      doc_freq_.push_back(0);
      term_changed_.push_back(false);
    }
    v.emplace_back(it->second, count);
  }
  double norm2 = 0;
  for (auto& [id, w] : v) {
    ++doc_freq_[id];
    if (!term_changed_[id]) {
      term_changed_[id] = true;
      changed_terms_.push_back(id);
    }
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
  for (const auto& [id, w] : TopTerms(v, options_.probe_terms)) {
    auto& list = postings_[id];
    if (list.empty() || list.back() != story) list.push_back(story);
  }
}

uint32_t StoryClusterer::Assign(const StoryArticle& a, StoryAssignment* explain) {
  if (auto it = story_of_.find(a.id); it != story_of_.end()) {
    if (explain) *explain = {it->second, StoryRule::kAlreadyAssigned, 0, {}};
    return it->second;
  }
  const uint32_t member = static_cast<uint32_t>(members_.size());
  members_.push_back({a.id, a.title, a.outlet, Weigh(a.features)});
  uint32_t chosen = UINT32_MAX;
  StoryRule rule = StoryRule::kNewStory;
  double best = options_.threshold;
  if (a.join_story >= 0 && static_cast<uint64_t>(a.join_story) < stories_.size()) {
    chosen = static_cast<uint32_t>(a.join_story);
  } else if (!a.join_story_of.empty()) {
    if (auto it = story_of_.find(a.join_story_of); it != story_of_.end()) chosen = it->second;
  }
  if (chosen != UINT32_MAX) {
    rule = StoryRule::kCopyOfOriginal;
  } else {
    const auto& v = members_[member].vector;
    std::vector<uint32_t> candidates;
    for (const auto& [id, w] : TopTerms(v, options_.probe_terms))
      if (auto p = postings_.find(id); p != postings_.end())
        candidates.insert(candidates.end(), p->second.begin(), p->second.end());
    std::sort(candidates.begin(), candidates.end());
    candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
    for (uint32_t c : candidates) {
      const Story& s = stories_[c];
      if (!Live(s, a.date) || s.norm2 <= 0) continue;
      double dot = 0;
      for (const auto& [id, w] : v)
        if (auto e = s.centroid.find(id); e != s.centroid.end()) dot += e->second * w;
      const double sim = dot / std::sqrt(s.norm2);
      if (sim >= best && (chosen == UINT32_MAX || sim > best)) {
        best = sim;
        chosen = c;
      }
    }
    if (chosen != UINT32_MAX) rule = StoryRule::kJoinedBySimilarity;
  }
  if (chosen == UINT32_MAX) {
    chosen = static_cast<uint32_t>(stories_.size());
    stories_.emplace_back();
  }
  if (explain) {
    *explain = {chosen, rule, rule == StoryRule::kJoinedBySimilarity ? best : 0.0,
                members_[member].vector};
  }
  Join(chosen, member, a.date);
  story_of_.emplace(a.id, chosen);
  return chosen;
}

int64_t StoryClusterer::StoryOf(std::string_view id) const {
  auto it = story_of_.find(std::string(id));
  return it == story_of_.end() ? -1 : int64_t(it->second);
}

StoryCounters StoryClusterer::counters() const {
  return {docs_, static_cast<uint32_t>(stories_.size())};
}

std::vector<uint32_t> StoryClusterer::TakeChangedTerms() {
  std::vector<uint32_t> out = std::move(changed_terms_);
  changed_terms_.clear();
  for (uint32_t id : out) term_changed_[id] = false;
  std::sort(out.begin(), out.end());
  return out;
}

void StoryClusterer::RestoreCounters(const StoryCounters& c) {
  docs_ = c.documents;
  stories_.resize(c.stories);
}

void StoryClusterer::RestoreTerm(const std::string& term, uint32_t doc_freq) {
  term_ids_.emplace(term, static_cast<uint32_t>(terms_.size()));
  terms_.push_back(term);
  doc_freq_.push_back(doc_freq);
  term_changed_.push_back(false);
}

void StoryClusterer::RestoreMember(uint32_t story, const StoryArticle& a,
                                   std::vector<std::pair<uint32_t, float>> vector) {
  if (story >= stories_.size()) stories_.resize(story + 1);
  const uint32_t member = static_cast<uint32_t>(members_.size());
  members_.push_back({a.id, a.title, a.outlet, std::move(vector)});
  Join(story, member, a.date);
  story_of_.emplace(a.id, story);
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
