// Dyad-mode part-of-speech cues: a word the verb dictionary knows ("support",
// "sign", "attacks", "cooperation") often stands as a noun in news prose
// ("massive support for", "a further sign of", "these attacks"). Cheap cues
// from the word before it tell the noun reading apart. Internal to coding;
// used by coder.cc only when not coding by TABARI's convention.
#ifndef DYAD_CODING_NOUN_VERB_CUES_H_
#define DYAD_CODING_NOUN_VERB_CUES_H_

#include <cstdint>

#include "coding/coder_internal.h"

namespace dyad::coding {

// True iff the one-word verb at [verb_begin, verb_end) reads as a noun:
// the word before it is a determiner or quantifier ("these", "such",
// "further"), an adjective by its ending ("massive", "unrestricted",
// "economic", "closer"), or a preposition before a form that is not an -ing
// gerund ("in cooperation", "for talks"), or a determiner stands two words
// back with an adjective between ("a further sign"). Actors, auxiliaries,
// pronouns, adverbs and "to" before the word keep the verb reading.
bool ReadsAsNoun(const Scratch& s, uint32_t verb_begin, uint32_t verb_end);

// True iff the "and"/"or" at token i joins two modifiers of one noun
// ("political, economic and military ties"): an adjective-like word before
// it and a lower-case word after it. Such a conjunction ends no clause.
bool JoinsModifiers(const Scratch& s, uint32_t i);

// True iff the verb is a passive ("have been invited", "was attacked"): a
// form of "be" (or "get"), possibly with -ly adverbs between, right before it.
bool IsPassiveVerb(const Scratch& s, uint32_t verb_begin);

}  // namespace dyad::coding

#endif  // DYAD_CODING_NOUN_VERB_CUES_H_
