// `dyad stories` and `dyad story ID`: the stories the store holds
// (dyad/stories.h, docs/stories.md). `dyad stories` lists them newest first
// (id, label, span, articles, outlets, key actors), narrowed by --from/--to
// (the span overlaps), --actor (a key actor code prefix or alias) and
// --limit; `dyad stories --rebuild` re-clusters every stored article in
// arrival order (RebuildStories). `dyad story ID` shows one: label, span,
// outlets, its articles by date with outlet, copy kind and the rule that put
// each there, key actors and terms, its events counted copy-aware
// (FoldCopies: a wire story run by ten outlets counts once) and its top
// quotes by how many of its articles carry them. --json prints JSON (JSON
// Lines for the listing).
#include <algorithm>
#include <cstdio>
#include <iostream>

#include "cli/commands.h"
#include "cli/json_output.h"
#include "cli/story_json.h"
#include "dyad/pipeline.h"

namespace dyad::cli {
namespace {

constexpr size_t kShownEvents = 20, kShownQuotes = 5;

std::string Day(int32_t d) {
  return d == 0 ? "undated" : IsoDay(d);
}

std::string Span(const StoredStory& s) {
  if (s.first_date == 0) return "undated";
  return s.first_date == s.last_date ? Day(s.first_date)
                                     : Day(s.first_date) + " to " + Day(s.last_date);
}

std::string Joined(const std::vector<std::string>& words, const char* sep = " ") {
  std::string out;
  for (const auto& w : words) out += (out.empty() ? "" : sep) + w;
  return out;
}

int Rebuild(const GlobalOptions& g) {
  auto store = OpenStoreFor(g, /*read_only=*/false);
  if (!store.ok()) return kExitFailure;
  auto n = RebuildStories(**store);
  if (!n.ok()) {
    PrintError(n.status().ToString());
    return kExitFailure;
  }
  auto st = (*store)->Stats();
  if (!st.ok()) {
    PrintError(st.status().ToString());
    return kExitFailure;
  }
  std::printf("rebuilt: %llu articles in %llu stories\n", static_cast<unsigned long long>(*n),
              static_cast<unsigned long long>(st->stories));
  return kExitOk;
}

int ShowStory(Store& store, uint32_t id, bool json) {
  auto detail = LoadStoryDetail(store, id);
  if (!detail.ok()) return QueryFailed(detail.status());
  if (json) {
    std::cout << StoryDetailJson(*detail, kShownQuotes).dump(2) << "\n";
    return kExitOk;
  }
  const StoredStory& s = detail->story;
  const std::vector<FoldedEvent>& folded = detail->events;
  std::printf("story %u: %s\n", s.id, s.label.c_str());
  std::printf("  %s; %u articles from %u outlets\n", Span(s).c_str(), s.articles, s.outlets);
  std::printf("  outlets: %s\n", Joined(s.outlet_names, ", ").c_str());
  if (!s.key_actors.empty()) std::printf("  key actors: %s\n", Joined(s.key_actors).c_str());
  std::printf("  key terms: %s\n", Joined(s.key_terms).c_str());
  std::printf("articles:\n");
  for (const StoryMember& m : s.members) {
    std::string why = m.rule;
    if (!m.joined_via.empty()) why += " " + m.joined_via;
    if (m.rule == "joined-by-similarity") {
      char buf[16];
      std::snprintf(buf, sizeof buf, " %.2f", m.similarity);
      why += buf;
    }
    std::string copy = m.copy_kind;
    if (!m.copy_of.empty()) copy += " of " + m.copy_of;
    std::printf("  %s  %-10s  %-22s  %s\n      [%s%s%s]\n", m.article.c_str(),
                m.published.substr(0, 10).c_str(), m.outlet.c_str(), m.title.c_str(), why.c_str(),
                copy.empty() ? "" : "; ", copy.c_str());
  }
  std::printf("events: %zu (copy-folded), %zu reports\n", folded.size(), detail->reports);
  for (size_t i = 0; i < folded.size() && i < kShownEvents; ++i) {
    const FoldedEvent& f = folded[i];
    std::printf("  %s  %s %s %s  (%u sources, %u articles)\n", Day(f.event.date).c_str(),
                f.event.source.code.c_str(), f.event.code.c_str(),
                f.event.target.code.empty() ? "-" : f.event.target.code.c_str(), f.sources,
                f.articles);
  }
  std::printf("top quotes:\n");
  for (size_t i = 0; i < detail->quotes.size() && i < kShownQuotes; ++i) {
    const StoredQuote& q = detail->quotes[i].quote;
    std::printf("  (%zu articles) \u201c%s\u201d%s%s\n", detail->quotes[i].articles, q.text.c_str(),
                q.quote.speaker.name.empty() ? "" : " \u2014 ", q.quote.speaker.name.c_str());
  }
  return kExitOk;
}

}  // namespace

void AddStoriesCommands(CLI::App& app, const GlobalOptions& g, int* exit_code) {
  struct Options {
    std::string from, to, actor;
    uint32_t limit = 0;
    bool json = false, rebuild = false;
    uint32_t id = 0;
  };
  auto o = std::make_shared<Options>();
  CLI::App* list = app.add_subcommand(
      "stories", "List stories (articles about one happening across outlets), newest first.");
  list->add_option("--from", o->from, "stories whose span reaches this day (YYYY-MM-DD) or later");
  list->add_option("--to", o->to, "stories whose span starts on this day or earlier");
  list->add_option("--actor", o->actor, "a key actor code prefix or alias (CHN, NATO)");
  list->add_option("--limit", o->limit, "at most this many stories");
  list->add_flag("--json", o->json, "print JSON Lines, one story a line");
  list->add_flag("--rebuild", o->rebuild,
                 "re-cluster every stored article in arrival order, as ingest does");
  list->callback([o, &g, exit_code] {
    if (o->rebuild) {
      *exit_code = Rebuild(g);
      return;
    }
    StoryFilter f;
    auto store = OpenForListing(g, o->from, o->to, &f.from, &f.to, exit_code);
    if (!store) return;
    f.actor = o->actor;
    f.limit = o->limit;
    auto stories = store->QueryStories(f);
    if (!stories.ok()) {
      *exit_code = QueryFailed(stories.status());
      return;
    }
    for (const StoredStory& s : *stories) {
      if (o->json) {
        std::cout << StoryJson(s).dump() << "\n";
        continue;
      }
      std::printf("%5u  %-24s  %3u articles %3u outlets  %s\n", s.id, Span(s).c_str(), s.articles,
                  s.outlets, s.label.c_str());
      if (!s.key_actors.empty()) std::printf("       actors: %s\n", Joined(s.key_actors).c_str());
    }
    std::cout.flush();
    if (!o->json) std::fprintf(stderr, "%zu stories\n", stories->size());
    *exit_code = kExitOk;
  });
  CLI::App* one = app.add_subcommand(
      "story", "Show one story: its articles, outlets, key actors, events and top quotes.");
  one->add_option("id", o->id, "the story's id (from `dyad stories`)")->required();
  one->add_flag("--json", o->json, "print JSON");
  one->callback([o, &g, exit_code] {
    auto store = OpenStoreFor(g, /*read_only=*/true);
    if (!store.ok()) {
      *exit_code = store.status().IsNotFound() ? kExitRejected : kExitFailure;
      return;
    }
    *exit_code = ShowStory(**store, o->id, o->json);
  });
}

}  // namespace dyad::cli
