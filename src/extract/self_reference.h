// Internal to extract: an outlet naming itself in its own text, as in
// "Newsweek has contacted the Russian Foreign Ministry for comment." The
// pattern is "<Name> has contacted | reached out to | asked | approached ...
// for comment" inside one sentence, with <Name> one to four capitalised
// words that are not a pronoun. "told Newsweek" or "an interview with the
// Financial Times" are NOT self-references: other outlets are quoted all the
// time, so only the contacting-for-comment formula counts.
#ifndef DYAD_EXTRACT_SELF_REFERENCE_H_
#define DYAD_EXTRACT_SELF_REFERENCE_H_

#include <string>
#include <string_view>

namespace dyad::extract {

// The outlet named by the first self-reference in `text` (mapped to its
// display name when the outlet table knows it), or "" when there is none.
// `evidence`, when not null, receives the sentence it was read from.
std::string FindSelfReference(std::string_view text, std::string* evidence = nullptr);

}  // namespace dyad::extract

#endif  // DYAD_EXTRACT_SELF_REFERENCE_H_
