// Actor recognition over a sentence's tokens: longest dictionary match for
// actors and agents at each token, then composition (actor + agent:
// "Chinese Foreign Ministry" = CHNGOV; agent "of" actor: "ambassadors of
// Arnor"), compounds ("China and Russia"), pronouns pointing back to the
// previous actor, and bare agents placed by the sentence's only country.
#include <algorithm>

#include "coding/coder_internal.h"
#include "coding/mention_cues.h"

namespace dyad::coding {
namespace {

struct Raw {
  uint32_t begin, end;
  bool is_agent;
  uint32_t index;  // actor phrase or agent index
};

std::string CountryOf(const Actor& actor, std::string_view code) {
  if (!actor.country.empty()) return actor.country;
  if (actor.kind == ActorKind::kIgo || code.starts_with("IGO") || code.size() < 3) return {};
  return std::string(code.substr(0, 3));
}

bool IsPronoun(std::string_view t) {
  return t == "he" || t == "she" || t == "they" || t == "it";
}

// Words that open a clause, never describe an actor ("Elrond, that Calimehtar").
bool OpensClause(std::string_view t) {
  return t == "that" || t == "which" || t == "who" || t == "whom" || t == "while" || t == "when";
}

// TABARI also dereferences the object pronouns.
bool IsObjectPronoun(std::string_view t) {
  return t == "him" || t == "her" || t == "them";
}

bool IsEnvoyAgent(const Agent& a) {
  for (const PhraseToken& t : a.phrase) {
    std::string_view w = t.text;
    if (w.starts_with("ambassador") || w.starts_with("envoy") || w.starts_with("representative") ||
        w.starts_with("delegat"))
      return true;
  }
  return false;
}

// With no date (an undated article), a person's dated codes cannot be told
// apart by date; a title in the text can: "U.S. President Joe Biden" holds
// the office the title names. Returns the last of the person's codes that
// equals `title_code` ("USAGOV"), or ends with it when it is an agent code
// alone ("GOV"); empty when none does.
std::string_view CodeNamedByTitle(const Actor& person, std::string_view title_code) {
  if (title_code.empty()) return {};
  std::string_view found;
  for (const DatedCode& c : person.codes) {
    std::string_view code = c.code;
    if (code == title_code || (title_code.size() < code.size() && code.ends_with(title_code)))
      found = code;
  }
  return found;
}
}  // namespace

void FindMentions(const Dictionary& dict, const CoderOptions& options, int32_t date, Scratch* s) {
  const size_t n = s->size();
  std::span<const std::string_view> toks(s->norm);
  // Raw matches, left to right, longest first.
  thread_local std::vector<Raw> raw;
  raw.clear();
  thread_local std::vector<std::string_view> singular;
  if (options.noun_endings) SingularViews(*s, &singular);
  for (uint32_t i = 0; i < n;) {
    auto am = dict.actor_index().LongestMatch(toks, s->hashes, i);
    auto gm = dict.agent_index().LongestMatch(toks, s->hashes, i);
    if (options.noun_endings) {
      LongerMatch(dict.actor_index().LongestMatch(singular, i), &am);
      LongerMatch(dict.agent_index().LongestMatch(singular, i), &gm);
    }
    if (am && am->length > 0) {
      const ActorPhrase& ap = dict.actor_phrases()[am->value];
      // An actor with no code on the date ("---") is not an actor.
      if (gm && gm->length > am->length) {
        raw.push_back({i, i + gm->length, true, gm->value});
        i += gm->length;
        continue;
      }
      (void)ap;
      raw.push_back({i, i + am->length, false, am->value});
      i += am->length;
      continue;
    }
    if (gm && gm->length > 0) {
      raw.push_back({i, i + gm->length, true, gm->value});
      i += gm->length;
      continue;
    }
    ++i;
  }

  s->mentions.clear();
  auto make_actor = [&](const Raw& r, Mention* m) -> bool {
    const ActorPhrase& ap = dict.actor_phrases()[r.index];
    const Actor& actor = dict.actors()[ap.actor];
    std::string code = ActorPhraseCode(actor, ap, date);
    if (code.empty() || code == "---" || code == "###" || code == "+++") return false;
    m->begin = r.begin;
    m->end = r.end;
    m->country = CountryOf(actor, code);
    m->code = std::move(code);
    m->name = actor.name;
    m->actor_origin = ap.origin;
    m->has_actor = true;
    m->adjective = ap.role == PhraseRole::kAdjective;
    if (ap.role == PhraseRole::kCapital || ap.role == PhraseRole::kSeat) m->agent = "GOV";
    return true;
  };
  auto add_agent = [&](Mention* m, const Agent& a, uint32_t end) {
    std::string combined = CombineActorAgent(m->code, a);
    if (combined.size() > m->code.size()) {
      m->agent = a.code;
    }
    m->code = std::move(combined);
    m->agent_origin = a.origin;
    m->has_agent = true;
    m->end = std::max(m->end, end);
  };
  auto tok = [&](uint32_t i) -> std::string_view {
    return i < n ? s->norm[i] : std::string_view();
  };

  // dyad mode: "who" is not the WHO, "the Sea of Japan" is not Japan.
  const bool dyad_mode = options.news_rules;
  const bool mixed_case = dyad_mode && IsMixedCase(*s);
  thread_local std::vector<Mention> bare;  // agents with no actor
  bare.clear();
  for (size_t k = 0; k < raw.size(); ++k) {
    const Raw& r = raw[k];
    if (!r.is_agent) {
      if (mixed_case && HasNoCapital(*s, r.begin, r.end)) continue;
      if (dyad_mode && IsInPlaceName(*s, r.begin, r.end)) continue;
      Mention m;
      if (!make_actor(r, &m)) continue;
      // actor ['s] agent [agent]: "Chinese Foreign Ministry", "Gondor's Prime Minister".
      uint32_t at = m.end;
      if (tok(at) == "'s" || tok(at) == "'") ++at;
      while (k + 1 < raw.size() && raw[k + 1].is_agent && raw[k + 1].begin == at) {
        const Agent& a = dict.agents()[raw[k + 1].index];
        add_agent(&m, a, raw[k + 1].end);
        ++k;
        at = m.end;
        // an envoy "to NATO": the host is part of the title, not an actor.
        if (IsEnvoyAgent(a) && (tok(at) == "to" || tok(at) == "at") && k + 1 < raw.size() &&
            !raw[k + 1].is_agent && raw[k + 1].begin == at + 1) {
          m.end = raw[k + 1].end;
          ++k;
          at = m.end;
        }
      }
      // a person's name right after a title: "Foreign Minister Wang Yi".
      if (m.has_agent && k + 1 < raw.size() && !raw[k + 1].is_agent && raw[k + 1].begin == m.end) {
        const ActorPhrase& ap = dict.actor_phrases()[raw[k + 1].index];
        if (dict.actors()[ap.actor].kind == ActorKind::kPerson) {
          Mention p;
          if (make_actor(raw[k + 1], &p) && p.code.size() > 3) {
            if (date == 0 && dyad_mode) {
              std::string_view titled = CodeNamedByTitle(dict.actors()[ap.actor], m.code);
              if (!titled.empty() && titled != p.code) {
                p.code = std::string(titled);
                p.country = CountryOf(dict.actors()[ap.actor], p.code);
              }
            }
            p.begin = m.begin;
            m = std::move(p);
          } else {
            m.end = raw[k + 1].end;
          }
          ++k;
        }
      }
      s->mentions.push_back(std::move(m));
      continue;
    }
    // An agent first: "ambassadors of Arnor", "President Umbardacil".
    const Agent& a = dict.agents()[r.index];
    uint32_t at = r.end;
    bool of = false;
    if (tok(at) == "of" || tok(at) == "from") {
      ++at;
      of = true;
      if (tok(at) == "the") ++at;
    }
    if (k + 1 < raw.size() && !raw[k + 1].is_agent && raw[k + 1].begin == at) {
      Mention m;
      if (make_actor(raw[k + 1], &m)) {
        const Actor& actor = dict.actors()[dict.actor_phrases()[raw[k + 1].index].actor];
        bool person = actor.kind == ActorKind::kPerson;
        if (person && date == 0 && dyad_mode) {
          std::string_view titled = CodeNamedByTitle(actor, a.code);
          if (!titled.empty() && titled != m.code) {
            m.code = std::string(titled);
            m.country = CountryOf(actor, m.code);
          }
        }
        if (of || !person || m.code.size() <= 3) add_agent(&m, a, m.end);
        m.begin = r.begin;
        ++k;
        s->mentions.push_back(std::move(m));
        continue;
      }
    }
    Mention m;
    m.begin = r.begin;
    m.end = r.end;
    m.agent = a.code;
    m.agent_origin = a.origin;
    m.has_agent = true;
    m.code.clear();
    bare.push_back(std::move(m));
  }

  // Bare agents: the sentence's only country, if exactly one is named.
  if (options.agent_country_from_context && !bare.empty()) {
    std::string_view country;
    const Mention* only = nullptr;
    bool unique = true;
    for (const Mention& m : s->mentions) {
      if (m.country.empty()) continue;
      if (country.empty()) {
        country = m.country;
        only = &m;
      } else if (country != m.country) {
        unique = false;
      }
    }
    if (!country.empty() && unique) {
      std::string c(country);
      Origin origin = only->actor_origin;
      std::string_view name = only->name;
      for (Mention& b : bare) {
        Agent a;
        a.code = b.agent;
        b.code = CombineActorAgent(c, a);
        b.country = c;
        b.has_actor = true;
        b.actor_origin = origin;
        b.name = name;
        s->mentions.push_back(std::move(b));
      }
      std::sort(s->mentions.begin(), s->mentions.end(),
                [](const Mention& x, const Mention& y) { return x.begin < y.begin; });
    }
  }

  // TABARI's CONVERT AGENT: an agent alone is an actor "~AGT".
  if (options.convert_agents && !bare.empty()) {
    for (Mention& b : bare) {
      b.code = "~" + b.agent;
      b.has_actor = true;
      s->mentions.push_back(std::move(b));
    }
    bare.clear();
    std::sort(s->mentions.begin(), s->mentions.end(),
              [](const Mention& x, const Mention& y) { return x.begin < y.begin; });
  }

  // Pronouns refer to the previous actor (TABARI: to the sentence's first).
  {
    thread_local std::vector<Mention> with_pronouns;
    with_pronouns.clear();
    size_t next = 0;
    const Mention* last = nullptr;
    for (uint32_t i = 0; i < n; ++i) {
      while (next < s->mentions.size() && s->mentions[next].begin == i) {
        with_pronouns.push_back(std::move(s->mentions[next]));
        last = &with_pronouns.back();
        i = with_pronouns.back().end;
        ++next;
      }
      if (i >= n) break;
      const bool free_pronoun = (IsPronoun(s->norm[i]) ||
                                 (options.pronoun_is_first_actor && IsObjectPronoun(s->norm[i]))) &&
                                (next >= s->mentions.size() || s->mentions[next].begin > i);
      if (last == nullptr && free_pronoun && !options.forwarded_actor.empty()) {
        // TABARI's FORWARD: the previous sentence's actor.
        Mention p;
        p.begin = i;
        p.end = i + 1;
        p.code = options.forwarded_actor;
        p.country = p.code.substr(0, 3);
        p.has_actor = true;
        p.pronoun = true;
        with_pronouns.push_back(std::move(p));
        last = &with_pronouns.back();
      } else if (last != nullptr && free_pronoun) {
        Mention p = options.pronoun_is_first_actor ? with_pronouns.front() : *last;
        p.begin = i;
        p.end = i + 1;
        p.pronoun = true;
        with_pronouns.push_back(std::move(p));
        last = &with_pronouns.back();
      }
    }
    for (; next < s->mentions.size(); ++next) with_pronouns.push_back(std::move(s->mentions[next]));
    s->mentions.swap(with_pronouns);
  }

  // Compounds: mentions joined by "and", ",", ", and", "&".
  auto& ms = s->mentions;
  for (uint32_t k = 0; k < ms.size(); ++k) {
    ms[k].group = k;
    if (k == 0 || ms[k].pronoun || ms[k - 1].pronoun) continue;
    uint32_t gap_begin = ms[k - 1].end, gap_end = ms[k].begin;
    bool joined = false;
    uint32_t i = gap_begin;
    if (tok(i) == ",") ++i;
    if (tok(i) == "and" || tok(i) == "&") ++i;
    if (i > gap_begin) {
      // then "the" and up to two describing words that are not verbs:
      // "Fornost and the evil awful Gondor".
      if (tok(i) == "the" || tok(i) == "a" || tok(i) == "an") ++i;
      for (int extra = 0; extra < 2 && i < gap_end; ++extra, ++i) {
        if (s->kinds[i] != TokenKind::kWord || IsVerbToken(dict, s, i) || OpensClause(tok(i)))
          break;
      }
      joined = i == gap_end && gap_end > gap_begin;
    }
    if (joined) ms[k].group = ms[k - 1].group;
  }
  // dyad mode: a list needs an "and" ("Hungary, Turkey, and ..."); a comma
  // alone ("the US capital Washington, NATO leaders will ...") joins nothing.
  if (dyad_mode) SplitCommaOnlyGroups(*s, &ms);
  // "Chinese and Russian warplanes": the last adjective's agent applies to all.
  for (uint32_t k = 1; k < ms.size(); ++k) {
    if (ms[k].group == k || !ms[k].has_agent || !ms[k].adjective) continue;
    for (uint32_t j = ms[k].group; j < k; ++j) {
      if (ms[j].has_agent || !ms[j].adjective) continue;
      Agent a;
      a.code = ms[k].agent;
      ms[j].code = CombineActorAgent(ms[j].code, a);
      ms[j].agent = a.code;
      ms[j].agent_origin = ms[k].agent_origin;
      ms[j].has_agent = true;
    }
  }

  s->mention_at.assign(n, kNone);
  for (uint32_t k = 0; k < ms.size(); ++k)
    for (uint32_t i = ms[k].begin; i < ms[k].end && i < n; ++i) s->mention_at[i] = k;
}

}  // namespace dyad::coding
