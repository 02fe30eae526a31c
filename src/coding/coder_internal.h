// Internal to coding: the per-sentence working state the coder's stages
// share (tokens, actor mentions, verb hits) and the stage functions. Not a
// public API: include/dyad/coding.h is.
#ifndef DYAD_CODING_CODER_INTERNAL_H_
#define DYAD_CODING_CODER_INTERNAL_H_

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/coding.h"
#include "dyad/dictionary.h"
#include "dyad/text.h"

namespace dyad::coding {

inline constexpr uint32_t kNone = UINT32_MAX;

// True iff `t` is one of `words` (the cue rules' word lists). Sizes and
// first bytes are compared before the rest, which dismisses most words.
inline bool In(std::string_view t, std::initializer_list<std::string_view> words) {
  if (t.empty()) {
    for (std::string_view w : words)
      if (w.empty()) return true;
    return false;
  }
  for (std::string_view w : words)
    if (w.size() == t.size() && w[0] == t[0] && t == w) return true;
  return false;
}

// An actor found in the sentence: tokens [begin, end), its code on the date.
struct Mention {
  uint32_t begin = 0, end = 0;
  std::string code;     // "CHNGOV"
  std::string country;  // "CHN" or ""
  std::string agent;    // "GOV" or ""
  std::string_view name;
  Origin actor_origin, agent_origin;
  bool has_actor = false, has_agent = false;
  bool pronoun = false;
  bool adjective = false;  // matched as an adjective ("Chinese")
  uint32_t group = 0;      // index of the first mention of its compound
};

// A verb found in the sentence.
struct VerbHit {
  uint32_t begin = 0, end = 0;
  uint32_t verb = 0;  // index into Dictionary::verbs()
};

// The result of matching one pattern around a verb.
struct PatternMatch {
  bool ok = false;
  int score = 0;
  uint32_t source = kNone, target = kNone;  // mention indexes
  uint32_t compound = kNone;                // '%': a compound group's first mention
  uint32_t first = 0, last = 0;             // token range the pattern covered
  // Where the words between the pattern's nearest element before the verb and
  // the verb begin (== the verb's first token when they are adjacent). Words
  // there were not matched by the pattern, so they can negate it; words the
  // pattern matched ("$ HAS NOT * +") are its meaning.
  uint32_t before_gap = 0;
  uint32_t pattern = kNone;
};

// Everything one sentence needs; reused between sentences of a thread.
struct Scratch {
  std::string_view text;    // the whole text
  std::vector<Span> spans;  // token spans in text
  std::vector<TokenKind> kinds;
  std::vector<bool> capitalized;  // first byte an ASCII capital
  std::string norm_buffer;        // normalised tokens, back to back
  std::vector<std::string_view> norm;
  std::vector<uint64_t> hashes;      // PhraseIndex::HashToken(norm[i])
  std::vector<uint32_t> mention_at;  // token -> mention index or kNone
  std::vector<Mention> mentions;
  std::vector<VerbHit> verbs;
  char morph_buffer[64];
  bool hyphen_pattern_words = false;  // CoderOptions::hyphen_pattern_words
  // Unique to this sentence's tokens (set by Load; a copy whose tokens are
  // changed takes a NewScratchId()): caches of per-sentence results key on it.
  uint64_t id = 0;

  size_t size() const { return norm.size(); }
  // Fills spans/norm from `tokens` of `text` (at most max_tokens).
  void Load(std::string_view text, const std::vector<Token>& tokens, size_t max_tokens);
};

// A number no Scratch has had before (in the process).
uint64_t NewScratchId();

// Stage 1: actors and agents, composed; compounds; pronouns.
void FindMentions(const Dictionary& dict, const CoderOptions& options, int32_t date, Scratch* s);
// Stage 2: verbs outside actor mentions.
void FindVerbs(const Dictionary& dict, Scratch* s);
// True iff token i is a dictionary verb (any form). Uses s->morph_buffer.
bool IsVerbToken(const Dictionary& dict, Scratch* s, uint32_t i);
// Stage 3: the best pattern of the verb's class around `hit`, if any matches.
PatternMatch MatchBestPattern(const Dictionary& dict, const Scratch& s, const VerbHit& hit);

// Negation and denial / modality around a verb: tokens (first, hit.begin)
// are examined, so words a pattern consumed are not. Returns true iff found.
bool IsNegated(const Scratch& s, uint32_t first, uint32_t verb_begin);
bool IsIntended(const Scratch& s, uint32_t first, uint32_t verb_begin, bool* threat_word);
// The intent code for an action code (04x -> 036, 07x -> 033, 19x -> 138...),
// or "" if the action is verbal and keeps its code.
std::string IntentCode(std::string_view code);

// TABARI's DEFAULT source and target (default_actors.cc).
inline constexpr uint32_t kDefaultSource = UINT32_MAX - 1;
inline constexpr uint32_t kDefaultTarget = UINT32_MAX - 2;
struct DefaultRoles {
  bool source_default = false, target_default = false;  // use `source` / `target`
  bool source_single = false, target_single = false;    // one member, not the compound
  Mention source, target;
};
// True iff options name a default source or target.
bool DefaultsOn(const CoderOptions& options);
// Applies TABARI's DEFAULT rules to the source and target found for `hit`
// (mention indexes or kNone): PRIOR keeps only a source before the verb,
// otherwise a source may follow the verb; without AFTER a compound subject's
// second member may be the target; what is still missing takes the default.
void ApplyDefaultActors(const Scratch& s, const CoderOptions& options, const VerbHit& hit,
                        uint32_t clause_end, uint32_t* src, uint32_t* tgt, DefaultRoles* roles);

// TABARI's noun endings (tabari_morphology.cc): s->norm with a plural "s"
// taken off each word ("libyas" -> "libya"; "ss" words and short words kept).
void SingularViews(const Scratch& s, std::vector<std::string_view>* out);
// *best becomes `candidate` if that is longer.
void LongerMatch(std::optional<PhraseIndex::Match> candidate,
                 std::optional<PhraseIndex::Match>* best);

// TABARI's passive voice (passive_voice.cc): the actor after "by" when
// `hit` is a passive verb ("was opposed by X"), else kNone (a group's first
// mention).
uint32_t PassiveAgent(const Scratch& s, const VerbHit& hit);

// TABARI's sentence conventions (tabari_conventions.cc).
// Words of a sentence: word and number tokens, a split-off 's not counted.
size_t CountWords(std::string_view text, const std::vector<Token>& tokens);
// Removes the comma-delimited clauses options.comma_clauses describes from
// `tokens` into `kept`. Returns true iff something was removed.
bool DropCommaClauses(const Dictionary& dict, const CoderOptions& options, int32_t date,
                      std::string_view text, const std::vector<Token>& tokens,
                      std::vector<Token>* kept);
// The code root (first three letters) of the first actor of `text` that is
// not a pronoun, or "": what TABARI's FORWARD hands to the next sentence.
std::string FirstActorRoot(const Coder& coder, std::string_view text, int32_t date);

}  // namespace dyad::coding

#endif  // DYAD_CODING_CODER_INTERNAL_H_
