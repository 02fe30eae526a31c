// LoadStoryDetail and the JSON shapes of stories (story_json.h), shared by
// `dyad stories`, `dyad story` and the HTTP API.
#include "cli/story_json.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <string_view>

#include "cli/json_output.h"

namespace dyad::cli {
namespace {

// A quote's words folded for grouping: lower-case letters and digits, one
// space between words.
std::string QuoteKey(std::string_view words) {
  std::string key;
  bool space = false;
  for (char c : words) {
    const auto u = static_cast<unsigned char>(c);
    if (std::isalnum(u) || u >= 0x80) {
      if (space && !key.empty()) key += ' ';
      key += static_cast<char>(std::tolower(u));
      space = false;
    } else {
      space = true;
    }
  }
  return key;
}

}  // namespace

Result<StoryDetail> LoadStoryDetail(Store& store, uint32_t id) {
  auto story = store.GetStory(id);
  if (!story.ok()) return story.status();
  StoryDetail d;
  d.story = std::move(*story);
  std::vector<StoredEvent> events;
  struct Counted {
    StoredQuote quote;
    std::set<std::string> articles;
    size_t first_seen = 0;
  };
  std::map<std::string, Counted> quotes;
  for (const StoryMember& m : d.story.members) {
    EventFilter ef;
    ef.article = m.article;
    auto e = store.QueryEvents(ef);
    if (!e.ok()) return e.status();
    events.insert(events.end(), e->begin(), e->end());
    QuoteFilter qf;
    qf.article = m.article;
    auto q = store.QueryQuotes(qf);
    if (!q.ok()) return q.status();
    for (StoredQuote& quote : *q) {
      const std::string key = QuoteKey(quote.text);
      if (key.empty()) continue;
      auto [it, added] = quotes.try_emplace(key);
      if (added) {
        it->second.quote = std::move(quote);
        it->second.first_seen = quotes.size();
      }
      it->second.articles.insert(m.article);
    }
  }
  auto groups = store.CopyGroups();
  if (!groups.ok()) return groups.status();
  d.reports = events.size();
  d.events = FoldCopies(events, *groups);
  std::stable_sort(d.events.begin(), d.events.end(), [](const auto& a, const auto& b) {
    return a.sources != b.sources ? a.sources > b.sources : a.event.date < b.event.date;
  });
  std::vector<Counted*> top;
  for (auto& [key, q] : quotes) top.push_back(&q);
  std::sort(top.begin(), top.end(), [](const Counted* a, const Counted* b) {
    return a->articles.size() != b->articles.size() ? a->articles.size() > b->articles.size()
                                                    : a->first_seen < b->first_seen;
  });
  for (Counted* c : top) d.quotes.push_back({std::move(c->quote), c->articles.size()});
  return d;
}

nlohmann::json StoryJson(const StoredStory& s) {
  return {{"id", s.id},
          {"label", s.label},
          {"label_article", s.label_article},
          {"first_date", IsoDay(s.first_date)},
          {"last_date", IsoDay(s.last_date)},
          {"articles", s.articles},
          {"outlets", s.outlets},
          {"key_actors", s.key_actors},
          {"key_terms", s.key_terms}};
}

nlohmann::json StoryDetailJson(const StoryDetail& d, size_t max_quotes) {
  const StoredStory& s = d.story;
  nlohmann::json j = StoryJson(s);
  j["outlet_names"] = s.outlet_names;
  j["members"] = nlohmann::json::array();
  for (const StoryMember& m : s.members)
    j["members"].push_back({{"article", m.article},
                            {"title", m.title},
                            {"outlet", m.outlet},
                            {"published", m.published},
                            {"rule", m.rule},
                            {"similarity", m.similarity},
                            {"copy_of", m.copy_of},
                            {"copy_kind", m.copy_kind},
                            {"joined_via", m.joined_via}});
  j["reports"] = d.reports;
  j["events"] = nlohmann::json::array();
  for (const FoldedEvent& f : d.events)
    j["events"].push_back({{"date", IsoDay(f.event.date)},
                           {"source", f.event.source.code},
                           {"code", f.event.code},
                           {"target", f.event.target.code},
                           {"article", f.event.article},
                           {"sources", f.sources},
                           {"articles", f.articles}});
  j["quotes"] = nlohmann::json::array();
  for (size_t i = 0; i < d.quotes.size() && i < max_quotes; ++i)
    j["quotes"].push_back({{"text", d.quotes[i].quote.text},
                           {"speaker", d.quotes[i].quote.quote.speaker.name},
                           {"article", d.quotes[i].quote.article},
                           {"ordinal", d.quotes[i].quote.ordinal},
                           {"articles", d.quotes[i].articles}});
  return j;
}

}  // namespace dyad::cli
