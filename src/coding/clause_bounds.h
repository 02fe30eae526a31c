// Dyad-mode rules that keep a verb's slots inside its own clause and decide
// which verbs of a sentence code events: clause starts after a speech verb,
// complement verbs ("urged X to agree", "denied supplying"), passives with a
// "by" agent, reciprocal acts of a compound subject. Internal to coding;
// used by coder.cc only when not coding by TABARI's convention.
#ifndef DYAD_CODING_CLAUSE_BOUNDS_H_
#define DYAD_CODING_CLAUSE_BOUNDS_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "coding/coder_internal.h"

namespace dyad::coding {

// Starts a new clause after a speech verb ("Ukraine said Russia had ...",
// "Zelensky said NATO had promised ..."): the reported clause has its own
// subject. `clause` holds clause numbers per token (renumbered here).
void AddReportedSpeechBounds(const Scratch& s, std::vector<uint32_t>* clause);

// True iff the verb at `verb_begin` is the complement of an earlier verb:
// an infinitive ("to agree", "to impose") or a gerund after of/for/from
// ("of violating", "for leading"), i.e. what another verb is about.
bool IsComplementVerb(const Scratch& s, uint32_t verb_begin);

// True iff the token right after the verb [.., verb_end) is an -ing verb
// ("denied supplying", "denied using"): the verb introduces a denied act.
bool FollowedByGerund(const Dictionary& dict, Scratch* s, uint32_t verb_end);

// If the verb is a passive ("was condemned by the EU", "were beaten by ...")
// returns the index of the mention after "by" within [verb_end, clause_end),
// else kNone.
uint32_t PassiveAgent(const Scratch& s, uint32_t verb_begin, uint32_t verb_end,
                      uint32_t clause_end);

// True iff a compound subject doing this act with no named partner does it
// to each other ("China and Russia held drills", "Armenia and Azerbaijan
// clashed"): consultations, cooperation, agreements, fighting.
bool IsReciprocalRoot(std::string_view code);

// True iff the verb at `verb_begin` is a noun after a possessive ("Iran's
// attack on Israel", "its annexation", "Russia's drone strikes"): the
// possessive ('s, its, their, his, her) is at most two words before it.
bool IsPossessedNoun(const Scratch& s, uint32_t verb_begin);

// The end of the stretch after the verb that its pattern may cover: the
// verb's clause, except that a "that" or reported-speech clause the verb
// governs ("demanded that Iran release ...") stays open; ';', ':' and a
// clause-joining and/but close it. `clause` holds clause numbers per token.
uint32_t PatternEnd(const Scratch& s, const std::vector<uint32_t>& clause, uint32_t verb_end);

// The best pattern of the verb's class matched with every token outside
// [clause_begin, clause_end) hidden, so no slot or gap leaves the clause.
PatternMatch MatchWithinClause(const Dictionary& dict, const Scratch& s, const VerbHit& hit,
                               uint32_t clause_begin, uint32_t clause_end);

}  // namespace dyad::coding

#endif  // DYAD_CODING_CLAUSE_BOUNDS_H_
