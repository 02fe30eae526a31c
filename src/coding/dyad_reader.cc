// dyad's dictionary format: one entry per line, so that a diff shows exactly
// which entries changed and every coded event can cite one line. The grammar
// is documented, with examples, in docs/dictionaries.md.
#include "coding/dyad_reader.h"

#include <cctype>

namespace dyad::coding {
namespace {

// Marks tokens written with a trailing '~' as prefix tokens.
void ApplyPrefixMarks(Phrase* phrase) {
  for (PhraseToken& t : *phrase) {
    if (t.text.size() > 1 && t.text.back() == '~') {
      t.text.pop_back();
      t.prefix = true;
    }
  }
}

std::optional<PhraseRole> ParseRole(std::string_view s) {
  if (s == "name") return PhraseRole::kName;
  if (s == "adj") return PhraseRole::kAdjective;
  if (s == "demonym") return PhraseRole::kDemonym;
  if (s == "capital") return PhraseRole::kCapital;
  if (s == "seat") return PhraseRole::kSeat;
  return std::nullopt;
}

// "People's Republic of China@name" -> phrase, role, display text.
struct ParsedPhrase {
  Phrase phrase;
  PhraseRole role = PhraseRole::kName;
  std::string display;
};

std::optional<std::string> ParsePhrase(std::string_view text, ParsedPhrase* out) {
  text = Trim(text);
  size_t at = text.rfind('@');
  if (at != std::string_view::npos && at > 0) {
    auto role = ParseRole(Trim(text.substr(at + 1)));
    if (!role)
      return "unknown phrase role '@" + std::string(text.substr(at + 1)) +
             "' (use @name, @adj, @demonym, @capital or @seat)";
    out->role = *role;
    text = Trim(text.substr(0, at));
  }
  out->display = std::string(text);
  out->phrase = TokenizeDictionaryPhrase(text);
  ApplyPrefixMarks(&out->phrase);
  if (out->phrase.empty()) return std::string("empty phrase");
  return std::nullopt;
}

std::optional<std::string> ParsePhraseList(std::string_view text, std::vector<ParsedPhrase>* out) {
  if (Trim(text).empty()) return std::string("no phrase given");
  for (std::string_view piece : Split(text, '|')) {
    ParsedPhrase p;
    if (auto err = ParsePhrase(piece, &p)) return err;
    out->push_back(std::move(p));
  }
  return std::nullopt;
}

// Splits "keyword rest" at the first run of white space.
std::pair<std::string_view, std::string_view> Head(std::string_view s) {
  s = Trim(s);
  size_t i = 0;
  while (i < s.size() && !std::isspace(static_cast<unsigned char>(s[i]))) ++i;
  return {s.substr(0, i), Trim(s.substr(i))};
}

// "USAGOV 2021-01-20..2025-01-20" | "USAELI ..2021-01-19" | "USAELI".
std::optional<std::string> ParseDatedCode(std::string_view text, DatedCode* out) {
  auto [code, range] = Head(text);
  if (!IsActorCode(code)) return "bad actor code '" + std::string(code) + "'";
  out->code = std::string(code);
  if (range.empty()) return std::nullopt;
  size_t dots = range.find("..");
  if (dots == std::string_view::npos)
    return "bad date range '" + std::string(range) + "' (write FROM..TO, either may be empty)";
  std::string_view from = Trim(range.substr(0, dots)), to = Trim(range.substr(dots + 2));
  if (!from.empty()) {
    auto d = ParseIsoDate(from);
    if (!d) return "bad date '" + std::string(from) + "' (want YYYY-MM-DD)";
    out->from = *d;
  }
  if (!to.empty()) {
    auto d = ParseIsoDate(to);
    if (!d) return "bad date '" + std::string(to) + "' (want YYYY-MM-DD)";
    out->to = *d;
  }
  if (from.empty() && to.empty()) return std::string("empty date range '..'");
  if (out->from > out->to) return "date range ends before it starts: '" + std::string(range) + "'";
  return std::nullopt;
}

std::optional<ActorKind> ActorKeyword(std::string_view k) {
  if (k == "country") return ActorKind::kCountry;
  if (k == "igo") return ActorKind::kIgo;
  if (k == "group") return ActorKind::kGroup;
  if (k == "metonym") return ActorKind::kMetonym;
  if (k == "person") return ActorKind::kPerson;
  return std::nullopt;
}

void AddPhrases(ReaderContext& ctx, uint32_t actor, const std::vector<ParsedPhrase>& phrases,
                uint32_t line) {
  for (const ParsedPhrase& p : phrases)
    ctx.dict->AddActorPhrase(ActorPhrase{p.phrase, actor, p.role, ctx.At(line)});
}

std::optional<std::string> ReadActorLine(ActorKind kind, std::string_view rest, ReaderContext& ctx,
                                         uint32_t line) {
  if (kind == ActorKind::kPerson) {
    size_t arrow = rest.find("=>");
    if (arrow == std::string_view::npos)
      return std::string("a person needs '=> CODE [FROM..TO]; ...' after the names");
    std::vector<ParsedPhrase> phrases;
    if (auto err = ParsePhraseList(rest.substr(0, arrow), &phrases)) return err;
    Actor actor;
    actor.kind = kind;
    actor.name = phrases[0].display;
    actor.origin = ctx.At(line);
    for (std::string_view spec : Split(rest.substr(arrow + 2), ';')) {
      if (spec.empty()) continue;
      DatedCode code;
      if (auto err = ParseDatedCode(spec, &code)) return err;
      actor.codes.push_back(std::move(code));
    }
    if (actor.codes.empty()) return std::string("no code after '=>'");
    const std::string& first = actor.codes[0].code;
    if (!first.starts_with("IGO") && !first.starts_with("NGO")) actor.country = first.substr(0, 3);
    uint32_t index = ctx.dict->AddActor(std::move(actor));
    AddPhrases(ctx, index, phrases, line);
    return std::nullopt;
  }
  auto [code, phrase_text] = Head(rest);
  if (!IsActorCode(code))
    return "bad actor code '" + std::string(code) + "' (3 to 30 capitals or digits)";
  if (phrase_text.find("=>") != std::string_view::npos)
    return std::string("dated codes ('=>') are for person lines; give one code here");
  std::vector<ParsedPhrase> phrases;
  if (auto err = ParsePhraseList(phrase_text, &phrases)) return err;
  uint32_t index;
  if (auto found = ctx.dict->FindActor(kind, code)) {
    index = *found;  // another line for the same actor: more phrases
  } else {
    Actor actor;
    actor.kind = kind;
    actor.name = phrases[0].display;
    actor.codes.push_back(DatedCode{std::string(code)});
    if (kind == ActorKind::kCountry || kind == ActorKind::kMetonym)
      actor.country = std::string(code.substr(0, 3));
    actor.origin = ctx.At(line);
    index = ctx.dict->AddActor(std::move(actor));
  }
  AddPhrases(ctx, index, phrases, line);
  return std::nullopt;
}

std::optional<std::string> ReadAgentLine(std::string_view rest, ReaderContext& ctx, uint32_t line) {
  auto [code, phrase_text] = Head(rest);
  AgentPlacement placement = AgentPlacement::kSuffix;
  if (code.starts_with('~')) {
    code.remove_prefix(1);
  } else if (code.ends_with('~')) {
    code.remove_suffix(1);
    placement = AgentPlacement::kPrefix;
  }
  if (!IsActorCode(code)) return "bad agent code '" + std::string(code) + "'";
  std::vector<ParsedPhrase> phrases;
  if (auto err = ParsePhraseList(phrase_text, &phrases)) return err;
  for (ParsedPhrase& p : phrases)
    ctx.dict->AddAgent(Agent{std::move(p.phrase), std::string(code), placement, ctx.At(line)});
  return std::nullopt;
}

std::optional<std::string> ReadSynsetLine(std::string_view rest, ReaderContext& ctx,
                                          uint32_t line) {
  auto [name, members] = Head(rest);
  if (name.size() < 2 || name[0] != '&') return std::string("a synset name starts with '&'");
  std::vector<ParsedPhrase> phrases;
  if (auto err = ParsePhraseList(members, &phrases)) return err;
  Synset s;
  s.name = NormalizeDictionaryToken(name);
  s.origin = ctx.At(line);
  for (ParsedPhrase& p : phrases) s.members.push_back(std::move(p.phrase));
  ctx.dict->AddSynset(std::move(s));
  return std::nullopt;
}

std::optional<std::string> ReadDiscardLine(bool whole_story, std::string_view rest,
                                           ReaderContext& ctx, uint32_t line) {
  std::vector<ParsedPhrase> phrases;
  if (auto err = ParsePhraseList(rest, &phrases)) return err;
  for (ParsedPhrase& p : phrases)
    ctx.dict->AddDiscard(Discard{std::move(p.phrase), whole_story, ctx.At(line)});
  return std::nullopt;
}

std::optional<std::string> ParseCameoCode(std::string_view text, EventCode* out) {
  auto code = ParseEventCode(text);
  if (!code) return "bad event code '" + std::string(text) + "'";
  if (!code->IsNull() && !FindCameoCode(code->code))
    return "'" + code->code + "' is not a CAMEO event code";
  if (!code->paired.empty() && !FindCameoCode(code->paired))
    return "'" + code->paired + "' is not a CAMEO event code";
  *out = std::move(*code);
  return std::nullopt;
}

// "visit {visits visited visiting}" -> lemma and forms.
std::optional<std::string> ParseVerbSpec(std::string_view text, Verb* verb) {
  size_t brace = text.find('{');
  std::string_view lemma = Trim(text.substr(0, brace));
  verb->lemma = TokenizeDictionaryPhrase(lemma);
  if (verb->lemma.empty()) return std::string("empty verb");
  if (brace != std::string_view::npos) {
    size_t close = text.find('}', brace);
    if (close == std::string_view::npos) return std::string("'{' without '}'");
    if (!Trim(text.substr(close + 1)).empty()) return std::string("text after '}'");
    std::string_view forms = text.substr(brace + 1, close - brace - 1);
    size_t start = 0;
    for (size_t i = 0; i <= forms.size(); ++i) {
      if (i == forms.size() || std::isspace(static_cast<unsigned char>(forms[i]))) {
        if (i > start) {
          Phrase f = TokenizeDictionaryPhrase(forms.substr(start, i - start));
          if (!f.empty()) verb->forms.push_back(std::move(f));
        }
        start = i + 1;
      }
    }
  }
  return std::nullopt;
}

std::optional<std::string> ReadVerbLine(std::string_view rest, ReaderContext& ctx, uint32_t line) {
  auto [code_text, verbs] = Head(rest);
  EventCode code;
  if (auto err = ParseCameoCode(code_text, &code)) return err;
  std::vector<Verb> parsed;
  for (std::string_view piece : Split(verbs, '|')) {
    Verb v;
    if (auto err = ParseVerbSpec(piece, &v)) return err;
    if (ctx.dict->FindVerbClass(PhraseToString(v.lemma)))
      return "verb '" + PhraseToString(v.lemma) + "' is already declared";
    parsed.push_back(std::move(v));
  }
  VerbClass vc;
  vc.name = PhraseToString(parsed[0].lemma);
  vc.origin = ctx.At(line);
  uint32_t cls = ctx.dict->AddVerbClass(std::move(vc));
  for (Verb& v : parsed) {
    v.code = code;
    v.verb_class = cls;
    v.origin = ctx.At(line);
    ctx.dict->AddVerb(std::move(v));
  }
  return std::nullopt;
}

std::optional<std::string> ReadPatternLine(std::string_view rest, ReaderContext& ctx,
                                           uint32_t line) {
  auto [code_text, body] = Head(rest);
  VerbPattern p;
  if (auto err = ParseCameoCode(code_text, &p.code)) return err;
  size_t colon = body.find(':');
  if (colon == std::string_view::npos)
    return std::string("a pattern is 'pattern CODE verb : elements'");
  std::string lemma = PhraseToString(TokenizeDictionaryPhrase(body.substr(0, colon)));
  auto cls = ctx.dict->FindVerbClass(lemma);
  if (!cls) return "verb '" + lemma + "' is not declared by an earlier 'verb' line";
  p.verb_class = *cls;
  if (auto err = ParseDyadPattern(body.substr(colon + 1), &p.before, &p.after)) return err;
  p.origin = ctx.At(line);
  ctx.dict->AddPattern(std::move(p));
  return std::nullopt;
}

}  // namespace

std::optional<std::string> ParseDyadPattern(std::string_view text,
                                            std::vector<PatternElement>* before,
                                            std::vector<PatternElement>* after) {
  std::vector<PatternElement> seq;
  std::vector<bool> gap_after;  // gap_after[i]: ".." follows element i
  bool pending_gap = false;     // ".." seen before the next element
  std::vector<bool> gap_before;
  int verbs = 0;
  size_t i = 0;
  while (i < text.size()) {
    if (std::isspace(static_cast<unsigned char>(text[i]))) {
      ++i;
      continue;
    }
    PatternElement e;
    if (text[i] == '(') {
      size_t close = text.find(')', i);
      if (close == std::string_view::npos) return std::string("'(' without ')'");
      e.kind = PatternElement::Kind::kAlternatives;
      for (std::string_view alt : Split(text.substr(i + 1, close - i - 1), '|')) {
        Phrase ph = TokenizeDictionaryPhrase(alt);
        ApplyPrefixMarks(&ph);
        if (ph.empty()) return std::string("empty alternative in '( | )'");
        e.alternatives.push_back(std::move(ph));
      }
      i = close + 1;
    } else {
      size_t j = i;
      while (j < text.size() && !std::isspace(static_cast<unsigned char>(text[j])) &&
             text[j] != '(')
        ++j;
      std::string_view word = text.substr(i, j - i);
      i = j;
      if (word == "..") {
        if (seq.empty() || pending_gap) return std::string("'..' must stand between two elements");
        pending_gap = true;
        gap_after.back() = true;
        continue;
      }
      std::optional<std::string> symbol_error;
      if (ParsePatternSymbol(word, &e, &verbs, &symbol_error)) {
        if (symbol_error) return symbol_error;
      } else {
        Phrase ph = TokenizeDictionaryPhrase(word);
        ApplyPrefixMarks(&ph);
        if (ph.size() != 1) return "'" + std::string(word) + "' is not one word";
        e.kind = PatternElement::Kind::kWord;
        e.word = ph[0];
      }
    }
    seq.push_back(std::move(e));
    gap_before.push_back(pending_gap);
    gap_after.push_back(false);
    pending_gap = false;
  }
  if (pending_gap) return std::string("'..' must stand between two elements");
  if (verbs != 1) return std::string("a pattern has exactly one '*' (the verb)");
  size_t v = 0;
  while (seq[v].kind != PatternElement::Kind::kVerb) ++v;
  for (size_t k = 0; k < v; ++k) {
    seq[k].gap = gap_after[k];  // toward the verb is to the right
    before->push_back(seq[k]);
  }
  for (size_t k = v + 1; k < seq.size(); ++k) {
    seq[k].gap = gap_before[k];
    after->push_back(seq[k]);
  }
  if (before->empty() && after->empty()) return std::string("a pattern needs more than '*'");
  return std::nullopt;
}

void ReadDyadDictionary(std::string_view text, ReaderContext& ctx) {
  ForEachLine(text, ctx, [&](uint32_t number, std::string_view raw) {
    std::string_view line = Trim(StripComment(raw, '#'));
    if (line.empty()) return;
    auto [keyword, rest] = Head(line);
    std::optional<std::string> err;
    if (auto kind = ActorKeyword(keyword)) {
      err = ReadActorLine(*kind, rest, ctx, number);
    } else if (keyword == "agent") {
      err = ReadAgentLine(rest, ctx, number);
    } else if (keyword == "synset") {
      err = ReadSynsetLine(rest, ctx, number);
    } else if (keyword == "discard") {
      err = ReadDiscardLine(false, rest, ctx, number);
    } else if (keyword == "discard-story") {
      err = ReadDiscardLine(true, rest, ctx, number);
    } else if (keyword == "verb") {
      err = ReadVerbLine(rest, ctx, number);
    } else if (keyword == "pattern") {
      err = ReadPatternLine(rest, ctx, number);
    } else {
      err = "unknown entry '" + std::string(keyword) +
            "' (want country, igo, group, metonym, person, agent, synset, discard, "
            "discard-story, verb or pattern)";
    }
    if (err) ctx.Problem(number, *err);
  });
}

}  // namespace dyad::coding
