// `dyad quotes`: stored quotes filtered by speaker, speaker's actor code,
// words, date or article, as a readable list (default) or JSON Lines. Each
// entry names the date, the article and the quote's ordinal, the speaker
// (canonical name, role, actor code) and how the quote was attributed.
// With --links, also the quote's first appearance and its other
// appearances in stored articles (the same words, an excerpt, or altered,
// with the words changed: "should → ought to"); as "links" in JSON.
#include <cstdio>
#include <iostream>

#include "cli/commands.h"
#include "cli/json_output.h"
#include "cli/quote_link_output.h"

namespace dyad::cli {
namespace {

// "Julianne Smith (U.S. ambassador to NATO) USAGOV" or "(unattributed)".
std::string SpeakerLine(const Speaker& sp) {
  if (sp.kind == SpeakerKind::kUnattributed) return "(unattributed)";
  std::string out = sp.canonical.empty() ? sp.name : sp.canonical;
  if (!sp.role.empty()) out += " (" + sp.role + ")";
  if (!sp.actor_code.empty()) out += " " + sp.actor_code;
  if (sp.kind != SpeakerKind::kPerson) out += " [" + std::string(SpeakerKindName(sp.kind)) + "]";
  return out;
}

void PrintQuote(const StoredQuote& r) {
  std::printf("%-10s  %s#%u  %s  (%s)\n", r.date > 0 ? IsoDay(r.date).c_str() : "(no date)",
              r.article.c_str(), r.ordinal, SpeakerLine(r.quote.speaker).c_str(),
              std::string(QuoteRuleName(r.quote.rule)).c_str());
  std::printf("    \u201c%s\u201d\n", r.text.c_str());
}

// The quote's links, printed under it or added to its JSON.
Status ShowLinks(QuoteLinkCache& cache, const StoredQuote& q, nlohmann::json* json) {
  auto links = cache.OfQuote(q.article, q.ordinal);
  if (!links.ok()) return links.status();
  auto first = cache.FirstAppearance(q.article, q.ordinal);
  if (!first.ok()) return first.status();
  const bool is_first = first->first == q.article && first->second == q.ordinal;
  if (json != nullptr) {
    nlohmann::json all = nlohmann::json::array();
    for (const StoredQuoteLink& l : *links) all.push_back(QuoteLinkJson(l));
    (*json)["first_appearance"] = {{"article", first->first}, {"ordinal", first->second}};
    (*json)["links"] = std::move(all);
    return Status::OK();
  }
  if (links->empty()) return Status::OK();
  if (is_first) {
    std::printf("    first appearance\n");
  } else {
    std::printf("    first appearance: %s#%u\n", first->first.c_str(), first->second);
  }
  for (const StoredQuoteLink& l : *links)
    std::printf("    %s\n", QuoteLinkLine(l, q.article, q.ordinal).c_str());
  return Status::OK();
}

}  // namespace

void AddQuotesCommand(CLI::App& app, const GlobalOptions& g, int* exit_code) {
  struct Options {
    QuoteFilter filter;
    std::string from, to;
    bool json = false;
    bool links = false;
  };
  auto o = std::make_shared<Options>();
  CLI::App* cmd = app.add_subcommand(
      "quotes",
      "List stored quotes by date: who said what, with the speaker's role and actor code.");
  cmd->add_option("--speaker", o->filter.speaker,
                  "part of the speaker's name, any case (\"smith\" finds Julianne Smith)");
  cmd->add_option("--actor", o->filter.actor,
                  "speaker's actor code prefix (USA matches USA, USAGOV, ...) or alias (NATO, UN)");
  cmd->add_option("--search", o->filter.search, "words the quote must all contain, any case");
  cmd->add_option("--from", o->from, "articles published on or after this date (YYYY-MM-DD)");
  cmd->add_option("--to", o->to, "articles published on or before this date (YYYY-MM-DD)");
  cmd->add_option("--article", o->filter.article, "only this article (id or unique prefix)");
  cmd->add_option("--limit", o->filter.limit, "at most this many (default: all)");
  cmd->add_flag("--json", o->json, "print JSON Lines, one quote a line");
  cmd->add_flag("--links", o->links,
                "with each quote, its first appearance and its other appearances in stored "
                "articles (same, excerpt, or altered with the words changed)");
  cmd->callback([o, &g, exit_code] {
    auto store = OpenForListing(g, o->from, o->to, &o->filter.from, &o->filter.to, exit_code);
    if (store == nullptr) return;
    auto quotes = store->QueryQuotes(o->filter);
    if (!quotes.ok()) {
      *exit_code = QueryFailed(quotes.status());
      return;
    }
    QuoteLinkCache cache(*store);
    for (const StoredQuote& q : *quotes) {
      nlohmann::json j;
      if (o->json) {
        j = StoredQuoteJson(q);
      } else {
        PrintQuote(q);
      }
      if (o->links) {
        Status s = ShowLinks(cache, q, o->json ? &j : nullptr);
        if (!s.ok()) {
          *exit_code = QueryFailed(s);
          return;
        }
      }
      if (o->json) std::cout << j.dump() << "\n";
    }
    std::cout.flush();
    std::fflush(stdout);
    if (!o->json) std::fprintf(stderr, "%zu quotes\n", quotes->size());
    *exit_code = kExitOk;
  });
}

}  // namespace dyad::cli
