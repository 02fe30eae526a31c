// `dyad copies [ID]` and `dyad original ID`: the provenance links the store
// holds (dyad/provenance.h). Without an id, every copy group with its
// original and the kinds of link joining its members, then the partial and
// quote-shared links (reuse that joins no group); with an id, that
// article's links: kind, the rule that decided, coverage and identity, the
// words changed, and each aligned passage as byte offsets in both texts
// with a short excerpt of each side, then the links of its quotes to other
// articles' quotes (same, excerpt, altered with the words changed; JSON
// lines {"quote_link": ...}). `dyad original ID` names the original
// of the article's group and the rule that chose it. --json prints JSON
// Lines (one link or group a line) or, for `original`, one object.
#include <cstdio>
#include <iostream>
#include <map>

#include "cli/commands.h"
#include "cli/json_output.h"
#include "cli/quote_link_output.h"

namespace dyad::cli {
namespace {

constexpr size_t kExcerptBytes = 70;

// The first bytes of `span` in `text`, on one line, cut at a UTF-8 boundary.
std::string Excerpt(std::string_view text, Span span) {
  if (span.end > text.size() || span.begin > span.end) return "";
  std::string_view s = text.substr(span.begin, span.end - span.begin);
  bool cut = false;
  if (s.size() > kExcerptBytes) {
    size_t n = kExcerptBytes;
    while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
    s = s.substr(0, n);
    cut = true;
  }
  std::string out;
  for (char c : s) out += (c == '\n' || c == '\r' || c == '\t') ? ' ' : c;
  return cut ? out + "..." : out;
}

nlohmann::json SpanJson(Span s) {
  return nlohmann::json::array({s.begin, s.end});
}

nlohmann::json LinkJson(const StoredCopyLink& l, const std::map<std::string, std::string>& texts) {
  nlohmann::json passages = nlohmann::json::array();
  for (const auto& p : l.passages) {
    nlohmann::json j{{"article", SpanJson(p.article)}, {"other", SpanJson(p.other)}};
    auto a = texts.find(l.article), o = texts.find(l.other);
    if (a != texts.end()) j["article_excerpt"] = Excerpt(a->second, p.article);
    if (o != texts.end()) j["other_excerpt"] = Excerpt(o->second, p.other);
    passages.push_back(std::move(j));
  }
  return {{"article", l.article},
          {"other", l.other},
          {"kind", CopyKindName(l.kind)},
          {"rule", l.rule},
          {"coverage_article", l.coverage_article},
          {"coverage_other", l.coverage_other},
          {"identity", l.identity},
          {"changed_words", l.changed_words},
          {"passages", std::move(passages)}};
}

nlohmann::json GroupJson(const StoredCopyGroup& g) {
  return {{"original", g.original}, {"rule", g.rule}, {"members", g.members}};
}

void PrintLinkHead(const StoredCopyLink& l) {
  std::printf("%s  %s of %s  (%s)\n", l.article.c_str(), std::string(CopyKindName(l.kind)).c_str(),
              l.other.c_str(), l.rule.c_str());
  std::printf(
      "    coverage %.2f of it, %.2f of %s; identity %.2f; %u words changed; %zu passages\n",
      l.coverage_article, l.coverage_other, l.other.c_str(), l.identity, l.changed_words,
      l.passages.size());
}

// The texts of every article named by `links`.
Status LoadTexts(Store& store, const std::vector<StoredCopyLink>& links,
                 std::map<std::string, std::string>* texts) {
  for (const StoredCopyLink& l : links) {
    for (const std::string& id : {l.article, l.other}) {
      if (texts->contains(id)) continue;
      auto a = store.GetArticle(id);
      if (!a.ok()) return a.status();
      (*texts)[id] = std::move(a->article.text);
    }
  }
  return Status::OK();
}

int ShowArticle(Store& store, const std::string& id, bool json) {
  auto links = store.QueryCopies(id);
  if (!links.ok()) return QueryFailed(links.status());
  std::map<std::string, std::string> texts;
  Status s = LoadTexts(store, *links, &texts);
  if (!s.ok()) return QueryFailed(s);
  for (const StoredCopyLink& l : *links) {
    if (json) {
      std::cout << LinkJson(l, texts).dump() << "\n";
      continue;
    }
    PrintLinkHead(l);
    for (const auto& p : l.passages) {
      std::printf("    [%u, %u) \u201c%s\u201d\n", p.article.begin, p.article.end,
                  Excerpt(texts[l.article], p.article).c_str());
      std::printf("      = [%u, %u) of %s \u201c%s\u201d\n", p.other.begin, p.other.end,
                  l.other.c_str(), Excerpt(texts[l.other], p.other).c_str());
    }
  }
  auto quote_links = store.QueryQuoteLinks(id);
  if (!quote_links.ok()) return QueryFailed(quote_links.status());
  for (const StoredQuoteLink& l : *quote_links) {
    if (json) {
      std::cout << nlohmann::json{{"quote_link", QuoteLinkJson(l)}}.dump() << "\n";
      continue;
    }
    // Seen from this article's side of the link.
    const bool later = l.article.starts_with(id);
    const uint32_t ordinal = later ? l.ordinal : l.other_ordinal;
    std::printf("quote #%u: %s\n", ordinal,
                QuoteLinkLine(l, later ? l.article : l.other, ordinal).c_str());
  }
  std::cout.flush();
  std::fflush(stdout);
  if (!json)
    std::fprintf(stderr, "%zu copy links, %zu quote links\n", links->size(), quote_links->size());
  return kExitOk;
}

int ShowAll(Store& store, bool json) {
  auto groups = store.CopyGroups();
  if (!groups.ok()) return QueryFailed(groups.status());
  auto links = store.QueryCopies("");
  if (!links.ok()) return QueryFailed(links.status());
  std::map<std::string, const StoredCopyLink*> link_of;  // a copy's first whole-article link
  for (const StoredCopyLink& l : *links) {
    if (l.kind != CopyKind::kPartial && l.kind != CopyKind::kQuoteShared)
      link_of.emplace(l.article, &l);
  }
  for (const StoredCopyGroup& g : *groups) {
    if (json) {
      std::cout << nlohmann::json{{"group", GroupJson(g)}}.dump() << "\n";
      continue;
    }
    std::printf("group of %zu, original %s (%s)\n", g.members.size(), g.original.c_str(),
                g.rule.c_str());
    for (const std::string& m : g.members) {
      auto l = link_of.find(m);
      if (m == g.original) {
        std::printf("  %s  original\n", m.c_str());
      } else if (l != link_of.end()) {
        std::printf("  %s  %s of %s (%s)\n", m.c_str(),
                    std::string(CopyKindName(l->second->kind)).c_str(), l->second->other.c_str(),
                    l->second->rule.c_str());
      } else {
        std::printf("  %s  (linked from the members after it)\n", m.c_str());
      }
    }
  }
  size_t reuse = 0;
  for (const StoredCopyLink& l : *links) {
    if (l.kind != CopyKind::kPartial && l.kind != CopyKind::kQuoteShared) continue;
    ++reuse;
    if (json) {
      std::cout << nlohmann::json{{"link", LinkJson(l, {})}}.dump() << "\n";
    } else {
      std::printf("reuse: %s  %s of %s (%s), %zu passages\n", l.article.c_str(),
                  std::string(CopyKindName(l.kind)).c_str(), l.other.c_str(), l.rule.c_str(),
                  l.passages.size());
    }
  }
  std::cout.flush();
  std::fflush(stdout);
  if (!json)
    std::fprintf(stderr, "%zu copy groups, %zu reuse links, %zu links in all\n", groups->size(),
                 reuse, links->size());
  return kExitOk;
}

}  // namespace

void AddCopiesCommands(CLI::App& app, const GlobalOptions& g, int* exit_code) {
  struct Options {
    std::string id;
    bool json = false;
  };
  auto copies = std::make_shared<Options>();
  CLI::App* cmd = app.add_subcommand(
      "copies",
      "Copies among stored articles: without ID every copy group (original, members, kinds) and "
      "reused passages; with ID that article's links, the rule of each and the aligned passages "
      "(byte offsets in both texts).");
  cmd->add_option("ID", copies->id, "an article id or unique prefix");
  cmd->add_flag("--json", copies->json, "print JSON Lines, one link or group a line");
  cmd->callback([copies, &g, exit_code] {
    auto store = OpenStoreFor(g, /*read_only=*/true);
    if (!store.ok()) {
      *exit_code = kExitFailure;
      return;
    }
    *exit_code = copies->id.empty() ? ShowAll(**store, copies->json)
                                    : ShowArticle(**store, copies->id, copies->json);
  });

  auto original = std::make_shared<Options>();
  CLI::App* orig = app.add_subcommand(
      "original",
      "The original of an article's copy group (earliest published, then most complete, then "
      "lowest id) and the rule that chose it.");
  orig->add_option("ID", original->id, "an article id or unique prefix")->required();
  orig->add_flag("--json", original->json, "print a JSON object");
  orig->callback([original, &g, exit_code] {
    auto store = OpenStoreFor(g, /*read_only=*/true);
    if (!store.ok()) {
      *exit_code = kExitFailure;
      return;
    }
    auto group = (*store)->OriginalOf(original->id);
    if (!group.ok()) {
      *exit_code = QueryFailed(group.status());
      return;
    }
    if (original->json) {
      std::cout << GroupJson(*group).dump() << "\n";
    } else {
      std::printf("%s (%s); group of %zu:", group->original.c_str(), group->rule.c_str(),
                  group->members.size());
      for (const std::string& m : group->members) std::printf(" %s", m.c_str());
      std::printf("\n");
    }
    *exit_code = kExitOk;
  });
}

}  // namespace dyad::cli
