// `dyad search QUERY`: full-text search (SQLite FTS5 query syntax: words,
// "phrases", OR, NOT, prefix*) over the stored articles' titles and texts,
// or with --quotes over the quotes' words and speakers; filtered by outlet,
// actor (articles with an event of that actor, quotes by a speaker with
// that code) and dates. Best matches first, each with a snippet whose
// matched words are [bracketed]; --json prints JSON Lines.
#include <cstdio>
#include <iostream>

#include "cli/commands.h"
#include "cli/json_output.h"

namespace dyad::cli {
namespace {

std::string Bracketed(const SearchSnippet& s) {
  std::string out;
  uint32_t at = 0;
  for (Span m : s.marks) {
    out.append(s.text, at, m.begin - at).append("[");
    out.append(s.text, m.begin, m.end - m.begin).append("]");
    at = m.end;
  }
  out.append(s.text, at);
  for (char& c : out)
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  return out;
}

nlohmann::json MarksJson(const SearchSnippet& s) {
  nlohmann::json marks = nlohmann::json::array();
  for (Span m : s.marks) marks.push_back({m.begin, m.end});
  return marks;
}

}  // namespace

void AddSearchCommand(CLI::App& app, const GlobalOptions& g, int* exit_code) {
  struct Options {
    SearchFilter filter;
    std::string from, to;
    bool quotes = false, json = false;
  };
  auto o = std::make_shared<Options>();
  CLI::App* cmd = app.add_subcommand(
      "search", "Full-text search over articles (or --quotes), best matches first.");
  cmd->add_option("query", o->filter.query,
                  "FTS5 query: words (all must match), \"a phrase\", OR, NOT, prefix*")
      ->required();
  cmd->add_flag("--quotes", o->quotes, "search the quotes' words and speakers instead");
  cmd->add_option("--outlet", o->filter.outlet, "only this outlet (case-insensitive)");
  cmd->add_option("--actor", o->filter.actor,
                  "actor code prefix or alias: articles with an event of it, quotes by it");
  cmd->add_option("--from", o->from, "published on or after this date (YYYY-MM-DD)");
  cmd->add_option("--to", o->to, "published on or before this date (YYYY-MM-DD)");
  cmd->add_option("--limit", o->filter.limit, "at most this many (default 20; 0 = all)");
  cmd->add_flag("--json", o->json, "print JSON Lines, one hit a line");
  cmd->callback([o, &g, exit_code] {
    auto store = OpenForListing(g, o->from, o->to, &o->filter.from, &o->filter.to, exit_code);
    if (store == nullptr) return;
    size_t hits = 0;
    if (o->quotes) {
      auto found = store->SearchQuotes(o->filter);
      if (!found.ok()) {
        *exit_code = QueryFailed(found.status());
        return;
      }
      hits = found->size();
      for (const QuoteHit& h : *found) {
        if (o->json) {
          std::cout << nlohmann::json{{"article", h.article},         {"ordinal", h.ordinal},
                                      {"date", IsoDay(h.date)},       {"words", h.words},
                                      {"speaker", h.speaker},         {"snippet", h.snippet.text},
                                      {"marks", MarksJson(h.snippet)}}
                           .dump()
                    << "\n";
        } else {
          std::printf("%s/%u  %-10s  %s\n    %s\n", h.article.c_str(), h.ordinal,
                      IsoDay(h.date).c_str(),
                      h.speaker.empty() ? "(unattributed)" : h.speaker.c_str(),
                      Bracketed(h.snippet).c_str());
        }
      }
    } else {
      auto found = store->SearchArticles(o->filter);
      if (!found.ok()) {
        *exit_code = QueryFailed(found.status());
        return;
      }
      hits = found->size();
      for (const ArticleHit& h : *found) {
        if (o->json) {
          std::cout << nlohmann::json{{"id", h.id},
                                      {"title", h.title},
                                      {"outlet", h.outlet},
                                      {"published", h.published},
                                      {"snippet", h.snippet.text},
                                      {"marks", MarksJson(h.snippet)}}
                           .dump()
                    << "\n";
        } else {
          std::printf("%s  %-10s  %s  %s\n    %s\n", h.id.c_str(),
                      h.published.substr(0, 10).c_str(), h.outlet.c_str(), h.title.c_str(),
                      Bracketed(h.snippet).c_str());
        }
      }
    }
    std::fflush(stdout);
    if (!o->json) std::fprintf(stderr, "%zu %s\n", hits, o->quotes ? "quotes" : "articles");
    *exit_code = hits > 0 ? kExitOk : kExitRejected;
  });
}

}  // namespace dyad::cli
