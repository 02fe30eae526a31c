// Dyad-mode cues that a dictionary actor phrase found in a sentence is not
// an actor there: a common word spelled like an acronym ("who" is not the
// WHO, "us" is not the US) and a place named after a country ("the Sea of
// Japan", "the South China Sea", "the Taiwan Strait"). Internal to coding;
// used by actor_recognizer.cc when not coding by TABARI's convention.
#ifndef DYAD_CODING_MENTION_CUES_H_
#define DYAD_CODING_MENTION_CUES_H_

#include <cstdint>
#include <vector>

#include "coding/coder_internal.h"

namespace dyad::coding {

// True iff the sentence mixes capitalised and lower-case words (ordinary
// prose, not an all-capitals wire or an all-lower-case line).
bool IsMixedCase(const Scratch& s);

// True iff no token of [begin, end) starts with a capital letter. In mixed
// case text such a match is a common word ("who", "us"), not a name.
bool HasNoCapital(const Scratch& s, uint32_t begin, uint32_t end);

// True iff tokens [begin, end) are part of a capitalised place name:
// preceded by "Sea of", "Gulf of", "Bay of", "Strait(s) of", "Sea of" or
// followed by "Sea", "Strait", "Gulf", "Ocean", "Peninsula" written with a
// capital ("South China Sea", "Indian Ocean"); or "America" after North,
// South, Central or Latin (a region, not the United States).
bool IsInPlaceName(const Scratch& s, uint32_t begin, uint32_t end);

// Undoes compounds (Mention::group) whose members are joined by commas only:
// a list of actors ends with "and" or "&" ("Japan, South Korea and
// Australia"), so "in the US capital Washington, NATO leaders" is two actors.
void SplitCommaOnlyGroups(const Scratch& s, std::vector<Mention>* mentions);

}  // namespace dyad::coding

#endif  // DYAD_CODING_MENTION_CUES_H_
