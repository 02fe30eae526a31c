// Internal to extract: the schema.org articleBody of a page's JSON-LD, a
// fallback for pages whose visible body is missing from the HTML (rendered by
// scripts) or split beyond recognition.
#ifndef DYAD_EXTRACT_MAIN_TEXT_JSONLD_H_
#define DYAD_EXTRACT_MAIN_TEXT_JSONLD_H_

#include <string>
#include <vector>

namespace dyad::extract {

// Returns the longest "articleBody" string found anywhere in the given JSON-LD
// documents (objects, arrays, @graph), with white space trimmed; "" when none
// or when it looks like markup. Malformed JSON is skipped. Documents over
// 4 MB are ignored.
std::string JsonLdArticleBody(const std::vector<std::string>& json_ld);

// Splits an articleBody into paragraphs at line breaks, collapsing white
// space; no empties.
std::vector<std::string> SplitArticleBody(const std::string& body);

}  // namespace dyad::extract

#endif  // DYAD_EXTRACT_MAIN_TEXT_JSONLD_H_
