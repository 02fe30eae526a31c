// ArticleId (see dyad/store.h): identity from normalised content.
#include <xxhash.h>

#include <cctype>
#include <cstdio>
#include <string>

#include "dyad/store.h"
#include "dyad/text.h"

namespace dyad {
namespace {

// Lowercases ASCII and folds every run of ASCII white space into one space,
// trimming both ends.
void AppendFolded(std::string_view s, std::string& out) {
  bool pending_space = false;
  for (char c : s) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v') {
      pending_space = true;
      continue;
    }
    if (pending_space && !out.empty() && out.back() != '\x1f') out += ' ';
    pending_space = false;
    out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
}

}  // namespace

std::string ArticleId(const Article& article) {
  std::string key;
  key.reserve(article.outlet.size() + article.text.size() + 1);
  AppendFolded(article.outlet, key);
  key += '\x1f';
  AppendFolded(MatchingText(article.text).text(), key);
  XXH64_hash_t h = XXH3_64bits(key.data(), key.size());
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(h));
  return hex;
}

}  // namespace dyad
