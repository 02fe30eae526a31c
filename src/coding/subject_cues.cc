// Dyad-mode cues for a verb's subject (see subject_cues.h).
#include "coding/subject_cues.h"

#include <initializer_list>
#include <string_view>

namespace dyad::coding {
namespace {

bool IsAuxiliaryOrAdverb(std::string_view t) {
  if (t.size() > 4 && t.ends_with("ly") && t != "only") return true;
  return In(
      t, {"has",   "have",    "had",   "will", "would", "shall", "should", "can",  "could", "may",
          "might", "must",    "is",    "are",  "was",   "were",  "did",    "does", "do",    "also",
          "only",  "already", "still", "now",  "then",  "again", "just",   "even", "too"});
}

}  // namespace

bool IsPossessor(const Scratch& s, uint32_t m) {
  const uint32_t end = s.mentions[m].end;
  if (end >= s.size()) return false;
  std::string_view t = s.norm[end];
  return t == "'s" || t == "'";
}

uint32_t AdjacentSubject(const Scratch& s, uint32_t verb_begin, uint32_t floor) {
  uint32_t i = verb_begin;
  for (int skipped = 0; i > floor && skipped < 4; ++skipped) {
    if (s.mention_at[i - 1] != kNone) break;
    if (!IsAuxiliaryOrAdverb(s.norm[i - 1])) return kNone;
    --i;
  }
  // an apposition closed by a comma: "Jaishankar, India's foreign minister, met"
  if (i > floor + 1 && s.norm[i - 1] == "," && s.mention_at[i - 2] != kNone) {
    const Mention& m = s.mentions[s.mention_at[i - 2]];
    if (m.begin > floor && s.norm[m.begin - 1] == ",") --i;
  }
  if (i == floor || s.mention_at[i - 1] == kNone) return kNone;
  const uint32_t m = s.mention_at[i - 1];
  if (s.mentions[m].end != i || s.mentions[m].begin < floor || IsPossessor(s, m)) return kNone;
  return m;
}

uint32_t ReducedPassiveAgent(const Scratch& s, uint32_t verb_begin, uint32_t verb_end,
                             uint32_t clause_end) {
  std::string_view w = s.norm[verb_end - 1];
  if (!(w.ends_with("ed") || w.ends_with("en") || w == "made" || w == "led" || w == "held"))
    return kNone;
  if (verb_begin > 0 && In(s.norm[verb_begin - 1], {"was", "were", "is", "are", "been", "being",
                                                    "be", "has", "have", "had"}))
    return kNone;
  uint32_t at = verb_end;
  if (at >= clause_end || s.norm[at] != "by") return kNone;
  ++at;
  if (at < clause_end && (s.norm[at] == "the" || s.norm[at] == "a")) ++at;
  if (at < clause_end && s.mention_at[at] != kNone && s.mentions[s.mention_at[at]].begin == at)
    return s.mention_at[at];
  return kNone;
}

}  // namespace dyad::coding
