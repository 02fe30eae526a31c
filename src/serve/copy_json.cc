// Provenance as the API shows it from one article (see copy_json.h).
#include "serve/copy_json.h"

namespace dyad::serve {

using nlohmann::json;

json CopyLinkJson(const StoredCopyLink& l, const std::string& article) {
  const bool copies = l.article == article;  // else `article` is the one copied
  json passages = json::array();
  for (const auto& p : l.passages) {
    const Span mine = copies ? p.article : p.other, theirs = copies ? p.other : p.article;
    passages.push_back({{"begin", mine.begin},
                        {"end", mine.end},
                        {"other_begin", theirs.begin},
                        {"other_end", theirs.end}});
  }
  return json{{"other", copies ? l.other : l.article},
              {"direction", copies ? "copies" : "copied_by"},
              {"kind", CopyKindName(l.kind)},
              {"rule", l.rule},
              {"coverage", copies ? l.coverage_article : l.coverage_other},
              {"other_coverage", copies ? l.coverage_other : l.coverage_article},
              {"identity", l.identity},
              {"changed_words", l.changed_words},
              {"passages", std::move(passages)}};
}

json CopyGroupJson(const StoredCopyGroup& g) {
  return json{{"original", g.original}, {"rule", g.rule}, {"members", g.members}};
}

Result<json> ArticleCopiesJson(Store& store, const std::string& id) {
  auto links = store.QueryCopies(id);
  if (!links.ok()) return links.status();
  auto group = store.OriginalOf(id);
  if (!group.ok()) return group.status();
  json out{{"links", json::array()}, {"original", CopyGroupJson(*group)}};
  for (const StoredCopyLink& l : *links) out["links"].push_back(CopyLinkJson(l, id));
  return out;
}

}  // namespace dyad::serve
