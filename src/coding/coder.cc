// The Coder: runs the stages over one sentence (tokens, discards, actors,
// verbs, patterns, source and target, negation and intent, attribution,
// date) and builds the Events; explains an event.
#include <algorithm>
#include <atomic>
#include <cstdio>
#include <optional>

#include "coding/clause_bounds.h"
#include "coding/coder_internal.h"
#include "coding/noun_verb_cues.h"
#include "coding/subject_cues.h"

namespace dyad {
namespace coding {

uint64_t NewScratchId() {
  static std::atomic<uint64_t> next{1};
  return next.fetch_add(1, std::memory_order_relaxed);
}

void Scratch::Load(std::string_view t, const std::vector<Token>& tokens, size_t max_tokens) {
  text = t;
  id = NewScratchId();
  size_t n = std::min(tokens.size(), max_tokens);
  spans.resize(n);
  kinds.resize(n);
  capitalized.resize(n);
  norm.resize(n);
  hashes.resize(n);
  size_t bytes = 0;
  for (size_t i = 0; i < n; ++i) bytes += tokens[i].size();
  // Written in place (normalising never lengthens a token); no reallocation
  // after this resize, so the views stay valid.
  norm_buffer.resize(bytes);
  char* out = norm_buffer.data();
  for (size_t i = 0; i < n; ++i) {
    const Token& tk = tokens[i];
    spans[i] = tk;
    kinds[i] = tk.kind;
    std::string_view w = tk.view(t);
    capitalized[i] = !w.empty() && w[0] >= 'A' && w[0] <= 'Z';
    char* start = out;
    for (size_t j = 0; j < w.size(); ++j) {
      unsigned char c = static_cast<unsigned char>(w[j]);
      if (c == 0xE2 && j + 2 < w.size() && static_cast<unsigned char>(w[j + 1]) == 0x80 &&
          static_cast<unsigned char>(w[j + 2]) == 0x99) {
        *out++ = '\'';
        j += 2;
        continue;
      }
      *out++ = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    norm[i] = std::string_view(start, static_cast<size_t>(out - start));
    hashes[i] = PhraseIndex::HashToken(norm[i]);
  }
}

}  // namespace coding

using coding::kNone;
using coding::Mention;
using coding::PatternMatch;
using coding::Scratch;
using coding::VerbHit;

namespace {

// Clause numbers per token: a clause ends at ';' and ':', at "and"/"but"
// that do not join two actors, and (unless TABARI's convention) at "that".
void NumberClauses(const Scratch& s, bool tabari, std::vector<uint32_t>* clause) {
  const uint32_t n = static_cast<uint32_t>(s.size());
  clause->assign(n, 0);
  uint32_t c = 0;
  for (uint32_t i = 0; i < n; ++i) {
    std::string_view t = s.norm[i];
    bool boundary = t == ";" || t == ":" || (!tabari && t == "that");
    if (t == "and" || t == "but") {
      bool actor_after = i + 1 < n && s.mention_at[i + 1] != kNone;
      boundary = !actor_after && !(i > 0 && s.norm[i - 1] == ",") &&
                 (tabari || !coding::JoinsModifiers(s, i));
      // dyad mode: ", but U.S. leaders have ..." opens a clause even before an actor.
      if (!tabari && t == "but") boundary = true;
      // TABARI: "... chill out and Gondor asked": an actor after "and" that
      // is not in a compound with the word before starts a clause.
      if (tabari && actor_after && i > 0 && s.norm[i - 1] != ",") {
        uint32_t before = s.mention_at[i - 1], after = s.mention_at[i + 1];
        boundary = before == kNone || s.mentions[before].group != s.mentions[after].group;
      }
    }
    if (boundary) ++c;
    (*clause)[i] = c;
  }
}

EventActor ToEventActor(const Scratch& s, const Mention& m) {
  EventActor a;
  a.span.begin = s.spans[m.begin].begin;
  a.span.end = s.spans[m.end - 1].end;
  a.code = m.code;
  a.country = m.country;
  a.agent = m.agent;
  a.name = std::string(m.name);
  if (m.has_actor) a.origins.push_back(m.actor_origin);
  if (m.has_agent) a.origins.push_back(m.agent_origin);
  return a;
}

void FillCameo(Event* e) {
  e->root = e->code.substr(0, std::min<size_t>(2, e->code.size()));
  e->quad_class = CameoQuadClass(e->code);
  if (const CameoCode* c = FindCameoCode(e->code)) e->goldstein = c->goldstein;
}

// Members of the compound group starting at mention `g` (or just `m` if a pronoun).
void GroupMembers(const Scratch& s, uint32_t m, std::vector<uint32_t>* out) {
  out->clear();
  if (m == kNone) return;
  uint32_t g = s.mentions[m].group;
  for (uint32_t k = g; k < s.mentions.size() && s.mentions[k].group == g; ++k) out->push_back(k);
}

}  // namespace

Coder::Coder(const Dictionary* dict, CoderOptions options) : dict_(dict), options_(options) {}

std::vector<Event> Coder::CodeText(std::string_view sentence_text, int32_t publication_date) const {
  Sentence s;
  s.begin = 0;
  s.end = static_cast<uint32_t>(sentence_text.size());
  s.tokens = Tokenize(sentence_text);
  if (s.tokens.empty()) return {};
  return CodeSentence(sentence_text, s, publication_date);
}

std::vector<Event> Coder::CodeSentence(std::string_view text, const Sentence& sentence,
                                       int32_t publication_date) const {
  std::vector<Event> events;
  if (sentence.tokens.empty()) return events;
  if (options_.min_words > 0 && coding::CountWords(text, sentence.tokens) < options_.min_words)
    return events;
  if (options_.comma_clauses.enabled) {
    Sentence reduced = sentence;
    if (coding::DropCommaClauses(*dict_, options_, publication_date, text, sentence.tokens,
                                 &reduced.tokens)) {
      CoderOptions inner = options_;
      inner.comma_clauses.enabled = false;
      inner.min_words = 0;
      return Coder(dict_, inner).CodeSentence(text, reduced, publication_date);
    }
  }
  thread_local Scratch s;
  s.Load(text, sentence.tokens, options_.max_tokens);
  s.hyphen_pattern_words = options_.hyphen_pattern_words;
  const uint32_t n = static_cast<uint32_t>(s.size());
  const Dictionary& dict = *dict_;
  std::span<const std::string_view> toks(s.norm);
  if (dict.discard_index().size() > 0) {
    for (uint32_t i = 0; i < n; ++i)
      if (dict.discard_index().LongestMatch(toks, s.hashes, i)) return events;
  }
  coding::FindMentions(dict, options_, publication_date, &s);
  if (s.mentions.empty() && !coding::DefaultsOn(options_)) return events;
  coding::FindVerbs(dict, &s);
  if (s.verbs.empty()) return events;
  // The event date, resolved at the first event (most sentences with a
  // verb and an actor yield none).
  std::optional<int32_t> date;
  auto event_date = [&] {
    if (!date) date = ResolveEventDate(text, sentence.tokens, publication_date);
    return *date;
  };

  thread_local std::vector<uint32_t> clause;
  NumberClauses(s, options_.one_event_per_clause, &clause);
  // dyad mode: clause rules of clause_bounds.h (TABARI's convention keeps its own).
  const bool dyad_mode = options_.news_rules;
  if (dyad_mode) coding::AddReportedSpeechBounds(s, &clause);
  // Working lists, kept per thread so a sentence allocates only its events.
  thread_local std::vector<std::pair<uint32_t, uint32_t>>
      covered;                                        // pattern arguments after a verb
  thread_local std::vector<uint32_t> coding_clauses;  // clauses with a coding verb
  thread_local std::vector<uint32_t> done_clauses;
  thread_local std::vector<uint32_t> sources, targets, members;
  thread_local std::vector<bool> statement;  // per event: from a statement verb (root 01)
  thread_local std::vector<uint32_t> event_verb_pos;
  covered.clear();
  coding_clauses.clear();
  done_clauses.clear();
  statement.clear();
  event_verb_pos.clear();
  uint32_t last_source = kNone;                         // first token of the last event's source
  uint32_t first_source = kNone, first_target = kNone;  // of the first event
  for (const VerbHit& hit : s.verbs) {
    if (options_.one_event_per_sentence && !events.empty()) break;
    const uint32_t cl = clause[hit.begin];
    uint32_t clause_begin = hit.begin;
    while (clause_begin > 0 && clause[clause_begin - 1] == cl) --clause_begin;
    uint32_t clause_end = hit.end;
    while (clause_end < n && clause[clause_end] == cl) ++clause_end;
    if (dyad_mode) {
      // A word another verb's pattern took as its argument ("imposed
      // sanctions", "launched strikes") is not a verb; nor does a complement
      // ("urged X to agree", "accused X of violating") code on its own.
      bool inside = false;
      for (const auto& [b, e] : covered) inside = inside || (hit.begin >= b && hit.begin < e);
      if (inside) continue;
      if (coding::IsPossessedNoun(s, hit.begin)) continue;
      if (coding::ReadsAsNoun(s, hit.begin, hit.end)) continue;
      if (coding::IsComplementVerb(s, hit.begin) &&
          std::find(coding_clauses.begin(), coding_clauses.end(), cl) != coding_clauses.end())
        continue;
    }
    PatternMatch pm = coding::MatchBestPattern(dict, s, hit);
    if (dyad_mode && pm.ok) {
      // Slots stay in the verb's clause: "... but has provided Putin support"
      // must not reach back for the first clause's weapons and subject.
      const uint32_t pattern_end = coding::PatternEnd(s, clause, hit.end);
      if (pm.first < clause_begin || pm.last > pattern_end)
        pm = coding::MatchWithinClause(dict, s, hit, clause_begin, pattern_end);
    }
    const Verb& verb = dict.verbs()[hit.verb];
    const VerbPattern* pattern = pm.ok ? &dict.patterns()[pm.pattern] : nullptr;
    const EventCode& code = pattern ? pattern->code : verb.code;
    if (dyad_mode && pm.ok && pm.last > hit.end) covered.emplace_back(hit.end, pm.last);
    if (code.IsNull()) continue;
    if (dyad_mode) {
      coding_clauses.push_back(cl);
      // "denied supplying", "denied using": the denial of an act is no statement.
      if (code.code.starts_with("01") && coding::FollowedByGerund(dict, &s, hit.end)) continue;
    }
    if (options_.one_event_per_clause &&
        std::find(done_clauses.begin(), done_clauses.end(), cl) != done_clauses.end())
      continue;
    const size_t events_before = events.size();

    // Source: the first actor of the clause before the verb, else the
    // sentence's first (a subject shared by coordinated verbs); not the
    // pattern's target.
    uint32_t src = pm.source;
    auto other_than_target = [&](uint32_t k) {
      return pm.target == kNone || s.mentions[k].group != s.mentions[pm.target].group;
    };
    // dyad mode: ", urging ...": a participle after a comma shares the last
    // event's source, whatever actor a pattern's gap found before the comma.
    if (dyad_mode && pm.compound == kNone && last_source != kNone && last_source < hit.begin &&
        hit.begin > 0 && s.norm[hit.begin - 1] == "," && s.norm[hit.begin].ends_with("ing") &&
        other_than_target(s.mention_at[last_source]))
      src = s.mentions[s.mention_at[last_source]].group;
    if (src == kNone && pm.compound == kNone) {
      // dyad mode: the actor right before the verb is its subject; a
      // possessor ("Russia's war") is no one's.
      auto possessor = [&](uint32_t k) { return dyad_mode && coding::IsPossessor(s, k); };
      if (dyad_mode) {
        uint32_t adjacent = coding::AdjacentSubject(s, hit.begin, clause_begin);
        if (adjacent != kNone && other_than_target(adjacent)) src = s.mentions[adjacent].group;
      }
      for (uint32_t k = 0; k < s.mentions.size() && src == kNone; ++k) {
        const Mention& m = s.mentions[k];
        if (m.begin >= clause_begin && m.end <= hit.begin && other_than_target(k) &&
            !possessor(k)) {
          src = m.group;
          break;
        }
      }
      // dyad mode: a verb with no subject in its clause ("..., but will
      // also engage") shares the subject of the sentence's last event.
      if (src == kNone && dyad_mode && last_source != kNone && last_source < hit.begin &&
          other_than_target(s.mention_at[last_source]))
        src = s.mentions[s.mention_at[last_source]].group;
      if (src == kNone) {
        for (uint32_t k = 0; k < s.mentions.size(); ++k)
          if (s.mentions[k].end <= hit.begin && other_than_target(k) && !possessor(k)) {
            src = s.mentions[k].group;
            break;
          }
      }
      if (src == kNone && pm.target != kNone) {
        for (uint32_t k = 0; k < s.mentions.size(); ++k)
          if (s.mentions[k].begin >= hit.end && s.mentions[k].end <= clause_end &&
              other_than_target(k)) {
            src = s.mentions[k].group;
            break;
          }
      }
    }
    // Target.
    uint32_t tgt = pm.target;
    if (tgt == kNone && pm.compound == kNone) {
      uint32_t from = pattern ? std::max(hit.end, 0u) : hit.end;
      for (uint32_t k = 0; k < s.mentions.size(); ++k) {
        const Mention& m = s.mentions[k];
        // dyad mode: a pronoun for a member of the source's own compound
        // ("Russia and China cooperate, it ...") is no target.
        bool own_pronoun = false;
        if (dyad_mode && m.pronoun && src != kNone)
          for (uint32_t j = s.mentions[src].group;
               j < s.mentions.size() && s.mentions[j].group == s.mentions[src].group; ++j)
            own_pronoun = own_pronoun || s.mentions[j].code == m.code;
        if (m.begin >= from && m.end <= clause_end && !own_pronoun &&
            (src == kNone || m.group != s.mentions[src].group)) {
          tgt = m.group;
          break;
        }
      }
    }
    if (dyad_mode && pm.compound == kNone) {
      // A passive names its source after "by": "Russia was condemned by the EU".
      uint32_t agent = coding::PassiveAgent(s, hit.begin, hit.end, clause_end);
      // "a summit hosted by Biden": the noun before it is no patient, so a
      // possessor there ("China's role") is not the target either.
      bool reduced = false;
      if (agent == kNone && pm.source == kNone) {
        agent = coding::ReducedPassiveAgent(s, hit.begin, hit.end, clause_end);
        reduced = agent != kNone;
      }
      // A passive with no "by" agent names no source: "Japan has been
      // invited" is not Japan inviting.
      if (agent == kNone && pm.source == kNone && coding::IsPassiveVerb(s, hit.begin)) continue;
      if (agent != kNone) {
        src = s.mentions[agent].group;
        tgt = kNone;
        for (uint32_t k = 0; k < s.mentions.size(); ++k)
          if (s.mentions[k].begin >= clause_begin && s.mentions[k].end <= hit.begin &&
              s.mentions[k].group != src && !(reduced && coding::IsPossessor(s, k))) {
            tgt = s.mentions[k].group;
            break;
          }
      }
      // "China and Russia held drills": a compound subject with no partner
      // named acts with each other.
      if (src != kNone && tgt == kNone && !s.mentions[src].pronoun && src + 1 < s.mentions.size() &&
          s.mentions[src + 1].group == s.mentions[src].group && coding::IsReciprocalRoot(code.code))
        pm.compound = s.mentions[src].group;
    }
    if (options_.passive_voice && pattern == nullptr && src != kNone) {
      uint32_t by = coding::PassiveAgent(s, hit);
      if (by != kNone && s.mentions[by].group != s.mentions[src].group) {
        tgt = s.mentions[src].group;
        src = by;
      }
    }
    if (options_.all_verbs_share_first_actors && first_source != kNone && pm.compound == kNone) {
      // A verb short of an actor takes the first event's ("assist it").
      if (src == kNone) src = first_source;
      if (tgt == kNone || (s.mentions[tgt].pronoun && s.mentions[tgt].code == s.mentions[src].code))
        tgt = first_target;
    }
    coding::DefaultRoles roles;
    if (pm.compound == kNone && coding::DefaultsOn(options_))
      coding::ApplyDefaultActors(s, options_, hit, clause_end, &src, &tgt, &roles);
    if (pm.compound == kNone && src == kNone && !roles.source_default) continue;
    if (pm.compound == kNone && tgt == kNone && !roles.target_default &&
        !options_.allow_missing_target)
      continue;

    bool negated = false, intent = false, threat = false;
    bool pattern_before = pattern && !pattern->before.empty();
    // Negation and intent words sit between the subject and the verb ("China
    // has not supplied"): look back from the verb to the clause's start, or,
    // when the pattern matched words before the verb, to the end of the last
    // of them: a pattern's own words ("$ HAS NOT * +") are its meaning, while
    // words in its gap ("$ .. *") can still negate it.
    uint32_t first = pattern_before ? pm.before_gap : clause_begin;
    if (options_.detect_negation) negated = coding::IsNegated(s, first, hit.begin);
    if (negated && !options_.keep_negated) continue;
    std::string intent_code;
    if (options_.detect_modality && !negated && coding::IsIntended(s, first, hit.begin, &threat)) {
      intent_code = coding::IntentCode(code.code);
      intent = !intent_code.empty();
    }

    auto emit_one = [&](const Mention* a, const Mention* b, const std::string& c, bool paired,
                        std::string_view a_code, std::string_view b_code) {
      Event e;
      e.date = event_date();
      e.source = ToEventActor(s, *a);
      e.source.code = std::string(a_code);
      if (b != nullptr) {
        e.target = ToEventActor(s, *b);
        e.target.code = std::string(b_code);
      }
      if (!e.target.empty() && e.target.code == e.source.code) return;
      e.code = c;
      e.sentence = sentence;
      e.verb.begin = s.spans[hit.begin].begin;
      e.verb.end = s.spans[hit.end - 1].end;
      e.verb_origin = verb.origin;
      if (pattern) {
        e.pattern_origin = pattern->origin;
        e.from_pattern = true;
      }
      e.paired = paired;
      e.negated = negated;
      if (intent) {
        e.intent = true;
        e.asserted_code = e.code;
        e.code = intent_code;
      }
      FillCameo(&e);
      for (const Event& x : events)
        if (x.source.code == e.source.code && x.target.code == e.target.code &&
            (x.code == e.code || (dyad_mode && x.root == e.root)) && x.negated == e.negated)
          return;
      statement.push_back(e.root == "01" && !e.paired);
      event_verb_pos.push_back(hit.begin);
      events.push_back(std::move(e));
    };
    // TABARI's "[FRO/BIL/SAM]": one phrase, several actors.
    auto emit = [&](const Mention* a, const Mention* b, const std::string& c, bool paired) {
      std::string_view ac = a->code, bc = b ? std::string_view(b->code) : std::string_view();
      for (size_t i = 0; i <= ac.size();) {
        size_t j = std::min(ac.find('/', i), ac.size());
        for (size_t k = 0; k <= bc.size();) {
          size_t l = std::min(bc.find('/', k), bc.size());
          emit_one(a, b, c, paired, ac.substr(i, j - i), bc.substr(k, l - k));
          k = l + 1;
        }
        i = j + 1;
      }
    };
    if (pm.compound != kNone) {
      GroupMembers(s, pm.compound, &members);
      for (uint32_t a : members)
        for (uint32_t b : members)
          if (a != b) emit(&s.mentions[a], &s.mentions[b], code.code, false);
      if (events.size() > events_before) done_clauses.push_back(cl);
      continue;
    }
    // TABARI's DEFAULT actors stand outside the sentence's mentions.
    auto mention = [&](uint32_t k) -> const Mention* {
      if (k == coding::kDefaultSource) return &roles.source;
      if (k == coding::kDefaultTarget) return &roles.target;
      return &s.mentions[k];
    };
    if (roles.source_default)
      sources.assign(1, coding::kDefaultSource);
    else if (roles.source_single || s.mentions[src].pronoun)
      sources.assign(1, src);
    else
      GroupMembers(s, src, &sources);
    if (roles.target_default)
      targets.assign(1, coding::kDefaultTarget);
    else if (tgt != kNone && (roles.target_single || s.mentions[tgt].pronoun))
      targets.assign(1, tgt);
    else
      GroupMembers(s, tgt, &targets);
    for (uint32_t a : sources) {
      if (targets.empty()) emit(mention(a), nullptr, code.code, false);
      for (uint32_t b : targets) {
        emit(mention(a), mention(b), code.code, false);
        if (!code.paired.empty() && code.paired != "---")
          emit(mention(b), mention(a), code.paired, true);
      }
    }
    if (events.size() > events_before) {
      done_clauses.push_back(cl);
      if (first_source == kNone && !roles.source_default && !roles.target_default) {
        first_source = src;
        first_target = tgt;
      }
      if (src < s.mentions.size()) last_source = s.mentions[src].begin;
    }
  }
  // Attribution: a statement ("X said ...") is not coded when the clause it
  // reports yields an event of its own.
  if (events.size() > 1) {
    size_t kept = 0;  // events [0, kept) stay, in order
    for (size_t i = 0; i < events.size(); ++i) {
      bool reported_follows = false;
      if (statement[i])
        for (size_t j = 0; j < events.size(); ++j)
          if (!statement[j] && event_verb_pos[j] > event_verb_pos[i]) reported_follows = true;
      if (reported_follows) continue;
      if (kept != i) events[kept] = std::move(events[i]);
      ++kept;
    }
    events.erase(events.begin() + static_cast<std::ptrdiff_t>(kept), events.end());
  }
  return events;
}

std::string EventTriple(const Event& e) {
  return (e.source.code.empty() ? "---" : e.source.code) + " " +
         (e.target.code.empty() ? "---" : e.target.code) + " " + e.code;
}

std::string Coder::Explain(const Event& e, std::string_view text) const {
  auto span = [&](Span sp) { return std::string(sp.view(text)); };
  auto origins = [&](const EventActor& a) {
    std::string out;
    for (const Origin& o : a.origins) {
      if (!out.empty()) out += ", ";
      out += dict_->Where(o);
    }
    return out;
  };
  std::string out;
  char date[16] = "unknown";
  if (e.date)
    std::snprintf(date, sizeof date, "%04d-%02d-%02d", e.date / 10000, e.date / 100 % 100,
                  e.date % 100);
  const CameoCode* cc = FindCameoCode(e.code);
  out += EventTriple(e) + "  " + (cc ? std::string(cc->name) : std::string("?")) + "  (" + date +
         ", quad " + std::to_string(e.quad_class) + ", goldstein " +
         std::to_string(e.goldstein).substr(0, std::to_string(e.goldstein).find('.') + 2) + ")";
  if (e.negated) out += "  NEGATED: not an event, not counted";
  if (e.intent) out += "  INTENT: the action itself would be " + e.asserted_code;
  if (e.paired) out += "  (paired: the other way round)";
  out += "\n  source: \"" + span(e.source.span) + "\" " + e.source.code;
  if (!e.source.name.empty()) out += " (" + e.source.name + ")";
  out += "  [" + origins(e.source) + "]\n";
  if (!e.target.empty()) {
    out += "  target: \"" + span(e.target.span) + "\" " + e.target.code;
    if (!e.target.name.empty()) out += " (" + e.target.name + ")";
    out += "  [" + origins(e.target) + "]\n";
  } else {
    out += "  target: none\n";
  }
  out += "  verb: \"" + span(e.verb) + "\"  [" + dict_->Where(e.verb_origin) + "]\n";
  if (e.from_pattern)
    out += "  pattern: " + dict_->Where(e.pattern_origin) + "\n";
  else
    out += "  pattern: none (the verb's own code)\n";
  return out;
}

}  // namespace dyad
