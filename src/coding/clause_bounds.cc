// Dyad-mode clause rules (see clause_bounds.h): speech verbs open a reported
// clause, complements and denied gerunds do not code on their own, passives
// take their source from "by", compound subjects of reciprocal acts code
// both ways, and patterns are matched inside the verb's clause.
#include "coding/clause_bounds.h"

namespace dyad::coding {
namespace {

bool IsSpeechVerb(std::string_view t) {
  return In(t, {"said", "says", "say", "claimed", "claims", "stated", "added", "insisted",
                "alleged", "believes", "believed", "reported", "announced"});
}

bool IsBeForm(std::string_view t) {
  return In(t, {"was", "were", "is", "are", "been", "being", "be", "got", "get", "gets"});
}

}  // namespace

void AddReportedSpeechBounds(const Scratch& s, std::vector<uint32_t>* clause) {
  const uint32_t n = static_cast<uint32_t>(s.size());
  uint32_t shift = 0;
  for (uint32_t i = 0; i < n; ++i) {
    // "said Russia had ...": an actor right after the speech verb is the
    // reported clause's subject ("told the court" keeps its object).
    if (i > 0 && IsSpeechVerb(s.norm[i - 1]) && s.mention_at[i] != kNone && s.norm[i] != "that") {
      // only a reported act with its own tense ("said Russia had struck",
      // "said NATO would"), not "said China was to blame" (the speech's object).
      uint32_t after = s.mentions[s.mention_at[i]].end;
      for (uint32_t k = after; k < n && k < after + 2; ++k)
        if (In(s.norm[k], {"had", "has", "have", "would", "will"})) {
          ++shift;
          break;
        }
    }
    (*clause)[i] += shift;
  }
}

bool IsComplementVerb(const Scratch& s, uint32_t verb_begin) {
  uint32_t i = verb_begin;
  // skip adverbs: "to forcibly deport", "to swiftly impose"
  while (i > 0 && s.norm[i - 1].size() > 4 && s.norm[i - 1].ends_with("ly")) --i;
  if (i == 0) return false;
  std::string_view prev = s.norm[i - 1];
  if (prev == "to") return true;
  std::string_view w = s.norm[verb_begin];
  return w.size() > 4 && w.ends_with("ing") && In(prev, {"of", "for", "from", "by"});
}

bool FollowedByGerund(const Dictionary& dict, Scratch* s, uint32_t verb_end) {
  if (verb_end >= s->size()) return false;
  std::string_view w = s->norm[verb_end];
  return w.size() > 4 && w.ends_with("ing") && s->mention_at[verb_end] == kNone &&
         IsVerbToken(dict, s, verb_end);
}

uint32_t PassiveAgent(const Scratch& s, uint32_t verb_begin, uint32_t verb_end,
                      uint32_t clause_end) {
  uint32_t i = verb_begin;
  while (i > 0 && s.norm[i - 1].size() > 4 && s.norm[i - 1].ends_with("ly")) --i;
  if (i == 0 || !IsBeForm(s.norm[i - 1])) return kNone;
  for (uint32_t k = verb_end; k + 1 < clause_end && k < verb_end + 12; ++k) {
    if (s.norm[k] != "by") continue;
    uint32_t at = k + 1;
    if (at < clause_end && (s.norm[at] == "the" || s.norm[at] == "a")) ++at;
    if (at < clause_end && s.mention_at[at] != kNone) return s.mention_at[at];
    return kNone;
  }
  return kNone;
}

bool IsPossessedNoun(const Scratch& s, uint32_t verb_begin) {
  for (uint32_t back = 1; back <= 2 && back <= verb_begin; ++back) {
    std::string_view t = s.norm[verb_begin - back];
    if (t == "'s" || t == "'" || In(t, {"its", "their", "his", "her", "our"})) return true;
    if (s.mention_at[verb_begin - back] != kNone) return false;
  }
  return false;
}

uint32_t PatternEnd(const Scratch& s, const std::vector<uint32_t>& clause, uint32_t verb_end) {
  const uint32_t n = static_cast<uint32_t>(s.size());
  uint32_t i = verb_end;
  for (; i < n; ++i) {
    if (i == 0 || clause[i] == clause[i - 1]) continue;
    std::string_view t = s.norm[i];
    if (t == ";" || t == ":" || t == "and" || t == "but") break;
  }
  return i;
}

bool IsReciprocalRoot(std::string_view code) {
  if (code.size() < 2) return false;
  std::string_view root = code.substr(0, 2);
  return root == "03" || root == "04" || root == "05" || root == "06" || root == "08" ||
         root == "19";
}

PatternMatch MatchWithinClause(const Dictionary& dict, const Scratch& s, const VerbHit& hit,
                               uint32_t clause_begin, uint32_t clause_end) {
  thread_local Scratch bounded;
  bounded = s;
  bounded.id = NewScratchId();  // its tokens differ from s's
  for (uint32_t i = 0; i < bounded.size(); ++i) {
    if (i >= clause_begin && i < clause_end) continue;
    bounded.norm[i] = std::string_view();
    bounded.hashes[i] = PhraseIndex::HashToken({});
    bounded.mention_at[i] = kNone;
  }
  return MatchBestPattern(dict, bounded, hit);
}

}  // namespace dyad::coding
