// Internal to extract: an outlet naming itself in its own text, as in
// "Newsweek has contacted the Russian Foreign Ministry for comment." The
// pattern is "<Name> has contacted | reached out to | asked | approached ...
// for comment" inside one sentence, with <Name> one to four capitalised
// words that are not a pronoun. "told Newsweek" or "an interview with the
// Financial Times" are NOT self-references: other outlets are quoted all the
// time, so only the contacting-for-comment formula counts.
//
// The outlet also names itself in its own furniture, which the line
// classifier drops as boilerplate but whose name is evidence of the outlet:
//   "Follow Eastbridge Post on all the usual platforms."  FollowLineName
//   "Like and follow Trendline Daily!"                     FollowLineName
//   "Northgate Courier. Serving the valley since 1911."   FooterLineName
//   "The Harbor Ledger, 14 Quay Street. Letters ..."       FooterLineName
// A republication credit names the ORIGIN, never this outlet:
//   "This story was originally published by Meridian Wire and is
//    republished under licence."                           RepublishedFrom
#ifndef DYAD_EXTRACT_SELF_REFERENCE_H_
#define DYAD_EXTRACT_SELF_REFERENCE_H_

#include <string>
#include <string_view>

namespace dyad::extract {

// The outlet named by the first self-reference in `text` (mapped to its
// display name when the outlet table knows it), or "" when there is none.
// `evidence`, when not null, receives the sentence it was read from.
std::string FindSelfReference(std::string_view text, std::string* evidence = nullptr);

// The outlet a "follow" line names: "Follow <Name> on <platforms>",
// "Follow <Name> for more <stories|news|...>", "Like and follow <Name>!";
// <Name> is one to five capitalised words, not a pronoun ("Follow us").
// Returns "" for any other line, including sentences such as "Follow the
// money" or "Follow Trump on his tour of the state".
std::string FollowLineName(std::string_view line);

// The name opening a footer line: one to five capitalised words followed by
// ". " or ", " and a short tagline or address, the line at most 20 words
// ("Daily Compass. Your daily direction on the news."). "" otherwise. Only
// meaningful for the last line of a document: the caller decides that the
// line IS a footer; this reads its name.
std::string FooterLineName(std::string_view line);

// The origin named by a republication credit ("This story was originally
// published by <Name> and is republished ...", "... first published by
// <Name>", "... originally appeared in <Name>"), or "".
std::string RepublishedFrom(std::string_view line);

}  // namespace dyad::extract

#endif  // DYAD_EXTRACT_SELF_REFERENCE_H_
