// `dyad show ID`: one stored article with its metadata, where it was read
// from, its sentences numbered with their offsets and its quotes marked
// ⟦like this⟧, then its quotes with their speakers and its coded events.
#include <algorithm>
#include <cstdio>
#include <iostream>
#include <utility>
#include <vector>

#include "cli/commands.h"
#include "cli/json_output.h"

namespace dyad::cli {
namespace {

constexpr const char* kOpenMark = "\u27e6";   // ⟦
constexpr const char* kCloseMark = "\u27e7";  // ⟧

// The text of sentence `s` with ⟦ ⟧ around the part of each quote (with its
// marks) that lies in it.
std::string MarkQuotes(std::string_view text, Span s, const std::vector<StoredQuote>& quotes) {
  std::vector<std::pair<uint32_t, bool>> marks;  // (offset, opens); closers sort first
  for (const StoredQuote& q : quotes) {
    const Span o = q.quote.outer;
    if (o.end <= s.begin || o.begin >= s.end) continue;
    marks.push_back({std::max(o.begin, s.begin), true});
    marks.push_back({std::min(o.end, s.end), false});
  }
  std::stable_sort(marks.begin(), marks.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  std::string out;
  uint32_t at = s.begin;
  for (const auto& [offset, opens] : marks) {
    out.append(text.substr(at, offset - at));
    out += opens ? kOpenMark : kCloseMark;
    at = offset;
  }
  out.append(text.substr(at, s.end - at));
  return out;
}

// Index of the sentence holding `offset`, for the quote list.
size_t SentenceAt(const std::vector<Sentence>& sentences, uint32_t offset) {
  for (size_t i = 0; i < sentences.size(); ++i)
    if (offset < sentences[i].end) return i;
  return sentences.empty() ? 0 : sentences.size() - 1;
}

}  // namespace

void AddShowCommand(CLI::App& app, const GlobalOptions& g, int* exit_code) {
  struct Options {
    std::string id;
    bool json = false;
  };
  auto o = std::make_shared<Options>();
  CLI::App* cmd = app.add_subcommand(
      "show",
      "Show one article: its sentences with quotes marked \u27e6 \u27e7, its quotes and speakers, "
      "its events (ID or a unique prefix).");
  cmd->add_option("id", o->id, "article id, or at least its first 4 digits")->required();
  cmd->add_flag("--json", o->json, "print JSON");
  cmd->callback([o, &g, exit_code] {
    auto store = OpenStoreFor(g, /*read_only=*/true);
    if (!store.ok()) {
      *exit_code = store.status().IsNotFound() ? kExitRejected : kExitFailure;
      return;
    }
    auto got = (*store)->GetArticle(o->id);
    if (!got.ok()) {
      PrintError(got.status().message());
      *exit_code = got.status().IsInvalidArgument() ? kExitUsage : kExitRejected;
      return;
    }
    const Article& a = got->article;
    EventFilter by_article;
    by_article.article = got->id;
    by_article.with_sentence_text = false;
    auto events = (*store)->QueryEvents(by_article);
    if (!events.ok()) {
      PrintError(events.status().message());
      *exit_code = kExitFailure;
      return;
    }
    QuoteFilter quotes_of;
    quotes_of.article = got->id;
    auto quotes = (*store)->QueryQuotes(quotes_of);
    if (!quotes.ok()) {
      PrintError(quotes.status().message());
      *exit_code = kExitFailure;
      return;
    }
    if (o->json) {
      nlohmann::json j = ArticleJson(a);
      j["id"] = got->id;
      j["sentences"] = nlohmann::json::array();
      for (const Sentence& s : got->sentences) {
        j["sentences"].push_back({{"begin", s.begin},
                                  {"end", s.end},
                                  {"paragraph", s.paragraph},
                                  {"headline", s.headline},
                                  {"text", std::string(s.view(a.text))}});
      }
      j["sources"] = nlohmann::json::array();
      for (const auto& src : got->sources) {
        j["sources"].push_back(
            {{"source", src.source}, {"locator", src.locator}, {"first_seen", src.first_seen}});
      }
      j["events"] = nlohmann::json::array();
      for (const StoredEvent& e : *events) j["events"].push_back(StoredEventJson(e));
      j["quotes"] = nlohmann::json::array();
      for (const StoredQuote& q : *quotes) j["quotes"].push_back(StoredQuoteJson(q));
      std::cout << j.dump(2) << "\n";
      *exit_code = kExitOk;
      return;
    }
    std::printf("id         %s\n", got->id.c_str());
    std::printf("title      %s  [%s]\n", a.title.c_str(),
                std::string(FieldSourceName(a.title_source)).c_str());
    std::printf("published  %s  [%s%s%s]\n", a.published.c_str(),
                std::string(FieldSourceName(a.published_source)).c_str(),
                a.published_evidence.empty() ? "" : ": ", a.published_evidence.c_str());
    std::printf("outlet     %s  [%s]\n", a.outlet.c_str(),
                std::string(FieldSourceName(a.outlet_source)).c_str());
    if (!a.byline.empty()) std::printf("byline     %s\n", a.byline.c_str());
    if (!a.url.empty()) std::printf("url        %s\n", a.url.c_str());
    for (const auto& src : got->sources) {
      std::printf("source     %s%s%s  (first seen %s)\n", src.source.c_str(),
                  src.locator.empty() ? "" : ", ", src.locator.c_str(), src.first_seen.c_str());
    }
    std::printf("boilerplate removed: %u blocks, %llu characters\n\n", a.boilerplate_blocks,
                static_cast<unsigned long long>(a.boilerplate_chars));
    uint32_t paragraph = 0;
    for (size_t i = 0; i < got->sentences.size(); ++i) {
      const Sentence& s = got->sentences[i];
      if (i > 0 && s.paragraph != paragraph) std::printf("\n");
      paragraph = s.paragraph;
      std::printf("[%zu @%u] %s%s\n", i + 1, s.begin, s.headline ? "# " : "",
                  MarkQuotes(a.text, s, *quotes).c_str());
    }
    if (!quotes->empty()) {
      std::printf("\nquotes (%zu)\n", quotes->size());
      for (const StoredQuote& q : *quotes) {
        const Speaker& sp = q.quote.speaker;
        std::string who = sp.kind == SpeakerKind::kUnattributed ? "(unattributed)" : sp.canonical;
        if (!sp.role.empty()) who += ", " + sp.role;
        if (!sp.actor_code.empty()) who += "  " + sp.actor_code;
        std::printf("%s%u%s [%zu] %s  (%s, %s)\n", kOpenMark, q.ordinal, kCloseMark,
                    SentenceAt(got->sentences, q.quote.inner.begin) + 1, who.c_str(),
                    std::string(SpeakerKindName(sp.kind)).c_str(),
                    std::string(QuoteRuleName(q.quote.rule)).c_str());
      }
    }
    if (!events->empty()) {
      std::printf("\nevents (%zu)\n", events->size());
      for (const StoredEvent& e : *events) {
        std::string quote;
        if (e.quote >= 0) {
          quote = std::string("  ") + kOpenMark + std::to_string(e.quote) + kCloseMark;
          if (e.rule != "coder") quote += " " + e.rule;
        }
        std::printf(
            "[%u] %s %s %s  %s  (%s)%s\n", e.sentence + 1, e.source.code.c_str(), e.code.c_str(),
            e.target.empty() ? "-" : e.target.code.c_str(), IsoDay(e.date).c_str(),
            (e.pattern_entry.empty() ? e.verb_entry : e.pattern_entry).c_str(), quote.c_str());
      }
    }
    *exit_code = kExitOk;
  });
}

}  // namespace dyad::cli
