// Dyad-mode cues for a verb's subject in long news sentences: the actor right
// before the verb (past auxiliaries and adverbs) is its subject even when the
// clause opens with other actors ("Russia and China are ..., a US diplomat
// has warned"); a possessor ("Russia's war") is nobody's subject; a
// participle followed by "by" ("a summit hosted by Biden") names its doer.
// Internal to coding; used by coder.cc only when not coding by TABARI's
// convention.
#ifndef DYAD_CODING_SUBJECT_CUES_H_
#define DYAD_CODING_SUBJECT_CUES_H_

#include <cstdint>

#include "coding/coder_internal.h"

namespace dyad::coding {

// The index of the mention that ends right before the verb at `verb_begin`,
// with only auxiliaries, negation-free adverbs and "also"/"only" between
// ("NATO leaders will also approve", "a US diplomat has warned"), not before
// `floor`; kNone if there is none or it is a possessor.
uint32_t AdjacentSubject(const Scratch& s, uint32_t verb_begin, uint32_t floor);

// True iff mention `m` is followed by a possessive ('s or ') that no agent
// took ("Russia's war", "China's role"): it owns a noun, it does not act.
bool IsPossessor(const Scratch& s, uint32_t m);

// If the verb is a participle with no "be" before it and "by" plus an actor
// right after it ("a summit hosted by U.S. President Joe Biden", "the
// challenge posed by Beijing"), returns that actor's mention, else kNone.
uint32_t ReducedPassiveAgent(const Scratch& s, uint32_t verb_begin, uint32_t verb_end,
                             uint32_t clause_end);

}  // namespace dyad::coding

#endif  // DYAD_CODING_SUBJECT_CUES_H_
