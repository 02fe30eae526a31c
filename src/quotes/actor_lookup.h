// Internal: the actor code of a speaker from the coder's dictionaries: a
// person the dictionary lists (with the code of the article's date), else
// the first country or organisation named in the role or name, combined
// with the first agent ("U.S. ambassador to NATO" = USA + GOV = USAGOV).
//
// The coder's own recogniser (src/coding/actor_recognizer.cc) works on a
// coder's sentence scratch space that is not public; this is a small
// stand-alone version on the public Dictionary API.
#ifndef DYAD_QUOTES_ACTOR_LOOKUP_H_
#define DYAD_QUOTES_ACTOR_LOOKUP_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "dyad/dictionary.h"

namespace dyad::quotes {

// The code for a speaker named `name` with role `role` on `date`
// (yyyymmdd, 0 unknown); "" if the dictionary names no actor there.
std::string SpeakerActorCode(const Dictionary& dict, std::string_view name, std::string_view role,
                             int32_t date);

}  // namespace dyad::quotes

#endif  // DYAD_QUOTES_ACTOR_LOOKUP_H_
