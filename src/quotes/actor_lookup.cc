// Speaker actor codes from the public Dictionary look-ups (see
// actor_lookup.h): a listed person wins; else first actor + first agent;
// a list of different actors ("France, Germany and Britain") none.
#include "quotes/actor_lookup.h"

#include <span>
#include <vector>

#include "dyad/text.h"
#include "quotes/quote_words.h"
#include "quotes/speaker_phrase.h"

namespace dyad::quotes {
namespace {

bool Usable(std::string_view code) {
  return !code.empty() && code != "---" && code != "###" && code != "+++";
}

// Whether tokens [begin, end) join two names as a list: only commas and
// "and" / "&", at least one.
bool IsCoordination(std::span<const std::string_view> toks, size_t begin, size_t end) {
  if (begin >= end) return false;
  for (size_t k = begin; k < end; ++k) {
    if (toks[k] != "," && toks[k] != "and" && toks[k] != "&") return false;
  }
  return true;
}

}  // namespace

std::string SpeakerActorCode(const Dictionary& dict, std::string_view name, std::string_view role,
                             int32_t date) {
  // "in Washington", "the EU delegation in China": not the speaker's country.
  role = WithoutPlace(role);
  name = WithoutPlace(name);
  std::string joined;
  joined.reserve(role.size() + name.size() + 1);
  joined.append(role).append(" ").append(name);
  // Lower-case token forms are what NormalizeDictionaryToken makes of them.
  Words words = TokenizeRange(joined, 0, static_cast<uint32_t>(joined.size()));
  std::span<const std::string_view> toks = words.LowerSpan(0, words.size());
  std::string actor_code;
  const Agent* agent = nullptr;
  size_t actor_end = 0;  // the token after the first actor's name
  for (size_t i = 0; i < toks.size();) {
    auto am = dict.actor_index().LongestMatch(toks, i);
    auto gm = dict.agent_index().LongestMatch(toks, i);
    if (am && (!gm || am->length >= gm->length)) {
      const ActorPhrase& ap = dict.actor_phrases()[am->value];
      const Actor& actor = dict.actors()[ap.actor];
      std::string code = ActorPhraseCode(actor, ap, date);
      if (Usable(code)) {
        if (actor.kind == ActorKind::kPerson) return code;
        if (actor_code.empty()) {
          actor_code = std::move(code);
          actor_end = i + am->length;
        } else if (code != actor_code && IsCoordination(toks, actor_end, i)) {
          // "France, Germany and Britain": a group, which no one code names.
          return {};
        }
      }
      i += am->length;
      continue;
    }
    if (gm) {
      if (agent == nullptr) agent = &dict.agents()[gm->value];
      i += gm->length;
      continue;
    }
    ++i;
  }
  if (actor_code.empty()) return {};
  if (agent != nullptr) return CombineActorAgent(actor_code, *agent);
  return actor_code;
}

}  // namespace dyad::quotes
