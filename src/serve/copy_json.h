// Internal to serve: the API's JSON for provenance, seen from one article:
// a copy link names the other article, whether this one copies it
// ("copies") or is copied by it ("copied_by"), the kind and rule, and each
// passage as {"begin","end"} in this article's text and
// {"other_begin","other_end"} in the other's (byte offsets); a copy group
// is {"original","rule","members"}.
#ifndef DYAD_SERVE_COPY_JSON_H_
#define DYAD_SERVE_COPY_JSON_H_

#include <nlohmann/json.hpp>
#include <string>

#include "dyad/status.h"
#include "dyad/store.h"

namespace dyad::serve {

nlohmann::json CopyLinkJson(const StoredCopyLink& link, const std::string& article);
nlohmann::json CopyGroupJson(const StoredCopyGroup& group);
// {"links": [...], "original": {...}} of stored article `id` (exact).
Result<nlohmann::json> ArticleCopiesJson(Store& store, const std::string& id);

}  // namespace dyad::serve

#endif  // DYAD_SERVE_COPY_JSON_H_
