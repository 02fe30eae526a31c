// TABARI's dictionary formats, read from the files themselves
// (../shared/peers/tabari): actors with bracketed codes and date
// restrictions, "+synonym" lines and indented code lines; agents with "~";
// verbs with <SYNSETS>, "{ forms }" and "- pattern [code]" lines; options.
#include "coding/tabari_reader.h"

#include <cctype>
#include <functional>
#include <map>

namespace dyad::coding {
namespace {

// Calls fn(line number, trimmed line) for every entry line of a TABARI-format
// file: blank and '#' comment lines are skipped, and a line starting "~~"
// (TABARI's "~~FINISH") ends the file.
void ForEachTabariLine(std::string_view text, const ReaderContext& ctx,
                       const std::function<void(uint32_t, std::string_view)>& fn) {
  bool finished = false;
  ForEachLine(text, ctx, [&](uint32_t number, std::string_view line) {
    if (finished) return;
    std::string_view t = Trim(line);
    if (t.starts_with("~~")) {
      finished = true;
      return;
    }
    if (t.empty() || t[0] == '#') return;
    fn(number, t);
  });
}

bool IsDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

int32_t DayBefore(int32_t d) {
  int y = d / 10000, m = d / 100 % 100, day = d % 100;
  if (day > 1) return d - 1;
  static const int kDays[13] = {0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m > 1) {
    --m;
    day = kDays[m] + ((m == 2 && (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0))) ? 1 : 0);
  } else {
    --y;
    m = 12;
    day = 31;
  }
  return y * 10000 + m * 100 + day;
}

bool IsCodeChars(std::string_view s) {
  if (s.empty() || s.size() > 40) return false;
  for (char c : s)
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '/') return false;
  return true;
}

// "USAGOV 010120-090120", "HOB < 950601", "USAGOV >090120", "ZBW".
std::optional<std::string> ParseTabariCode(std::string_view text, DatedCode* out) {
  text = Trim(text);
  size_t i = 0;
  while (i < text.size() && !std::isspace(static_cast<unsigned char>(text[i])) && text[i] != '<' &&
         text[i] != '>')
    ++i;
  std::string_view code = text.substr(0, i);
  std::string rest;
  for (char c : text.substr(i))
    if (!std::isspace(static_cast<unsigned char>(c))) rest.push_back(c);
  if (code == "---" || code == "###" || code == "+++") {
    out->code = std::string(code);
  } else if (!IsCodeChars(code) || IsDigits(code) || code.find('-') != std::string_view::npos) {
    return "bad actor code '" + std::string(text) + "'";
  } else {
    out->code = Upper(code);
  }
  if (rest.empty()) return std::nullopt;
  if (rest[0] == '<' || rest[0] == '>') {
    auto d = ParseTabariDate(std::string_view(rest).substr(1));
    if (!d) return "bad date '" + rest.substr(1) + "' in '" + std::string(text) + "'";
    if (rest[0] == '<')
      out->to = DayBefore(*d);
    else
      out->from = *d;
    return std::nullopt;
  }
  size_t dash = rest.find('-');
  if (dash == std::string::npos) return "bad date restriction '" + rest + "'";
  std::string_view from = std::string_view(rest).substr(0, dash);
  std::string_view to = std::string_view(rest).substr(dash + 1);
  if (!from.empty()) {
    auto d = ParseTabariDate(from);
    if (!d) return "bad date '" + std::string(from) + "' in '" + std::string(text) + "'";
    out->from = *d;
  }
  if (!to.empty()) {
    auto d = ParseTabariDate(to);
    if (!d) return "bad date '" + std::string(to) + "' in '" + std::string(text) + "'";
    out->to = *d;
  }
  if (from.empty() && to.empty()) return "empty date range in '" + std::string(text) + "'";
  if (out->from > out->to) return "date range ends before it starts: '" + std::string(text) + "'";
  return std::nullopt;
}

// Splits "PHRASE [A] [B 990101-]" into the phrase and the bracket contents.
std::optional<std::string> SplitBrackets(std::string_view line, std::string_view* phrase,
                                         std::vector<std::string_view>* groups) {
  size_t open = line.find('[');
  *phrase = Trim(line.substr(0, open));
  while (open != std::string_view::npos) {
    size_t close = line.find(']', open);
    if (close == std::string_view::npos) return std::string("'[' without ']'");
    groups->push_back(line.substr(open + 1, close - open - 1));
    size_t next = line.find('[', close);
    std::string_view between = Trim(line.substr(
        close + 1, next == std::string_view::npos ? std::string_view::npos : next - close - 1));
    if (!between.empty()) return "unexpected text '" + std::string(between) + "' after ']'";
    open = next;
  }
  return std::nullopt;
}

std::string DisplayName(std::string_view phrase) {
  std::string out;
  for (char c : phrase) out.push_back(c == '_' ? ' ' : c);
  return std::string(Trim(out));
}

// An actor entry being read: its phrases and codes may span several lines.
struct PendingActor {
  bool open = false;
  uint32_t line = 0;
  std::string name;
  std::vector<std::pair<Phrase, uint32_t>> phrases;
  std::vector<DatedCode> codes;
};

void CommitActor(PendingActor* p, ReaderContext& ctx) {
  if (!p->open) return;
  p->open = false;
  if (p->codes.empty()) {
    ctx.Problem(p->line, "actor '" + p->name + "' has no code; skipped");
    return;
  }
  Actor actor;
  actor.name = p->name;
  actor.codes = std::move(p->codes);
  actor.origin = ctx.At(p->line);
  const std::string& c = actor.codes[0].code;
  if (c.size() >= 3 && !c.starts_with("IGO") && !c.starts_with("NGO") && c != "---" && c != "###" &&
      c != "+++")
    actor.country = c.substr(0, 3);
  uint32_t index = ctx.dict->AddActor(std::move(actor));
  for (auto& [phrase, line] : p->phrases)
    ctx.dict->AddActorPhrase(
        ActorPhrase{std::move(phrase), index, PhraseRole::kName, ctx.At(line)});
  p->phrases.clear();
  p->codes.clear();
}

void AddCodes(const std::vector<std::string_view>& groups, PendingActor* p, ReaderContext& ctx,
              uint32_t line) {
  for (std::string_view g : groups) {
    DatedCode code;
    if (auto err = ParseTabariCode(g, &code)) {
      ctx.Problem(line, *err + "; code skipped");
      continue;
    }
    p->codes.push_back(std::move(code));
  }
}

// Regular English plural of the last word (PETRARCH generates these).
std::string Pluralize(const std::string& w) {
  if (w.empty()) return w;
  auto ends = [&](std::string_view s) { return w.size() >= s.size() && w.ends_with(s); };
  if (ends("s") || ends("x") || ends("z") || ends("ch") || ends("sh")) return w + "es";
  if (ends("y") && w.size() > 1 &&
      std::string_view("aeiou").find(w[w.size() - 2]) == std::string_view::npos)
    return w.substr(0, w.size() - 1) + "ies";
  return w + "s";
}

}  // namespace

std::optional<int32_t> ParseTabariDate(std::string_view s) {
  s = Trim(s);
  if (!IsDigits(s) || (s.size() != 6 && s.size() != 8)) return std::nullopt;
  int y, m, d;
  if (s.size() == 6) {
    int yy = (s[0] - '0') * 10 + (s[1] - '0');
    y = yy < 30 ? 2000 + yy : 1900 + yy;
    m = (s[2] - '0') * 10 + (s[3] - '0');
    d = (s[4] - '0') * 10 + (s[5] - '0');
  } else {
    y = std::stoi(std::string(s.substr(0, 4)));
    m = (s[4] - '0') * 10 + (s[5] - '0');
    d = (s[6] - '0') * 10 + (s[7] - '0');
  }
  char iso[32];
  std::snprintf(iso, sizeof iso, "%04d-%02d-%02d", y, m, d);
  return ParseIsoDate(iso);
}

Phrase TabariPhrase(std::string_view text, bool stems) {
  Phrase out;
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && std::isspace(static_cast<unsigned char>(text[i]))) ++i;
    size_t start = i;
    while (i < text.size() && !std::isspace(static_cast<unsigned char>(text[i]))) ++i;
    std::string_view chunk = text.substr(start, i - start);
    if (chunk.empty()) continue;
    // Within a chunk, '_' joins words; a word is exact iff '_' follows it.
    size_t p = 0;
    while (p < chunk.size()) {
      size_t u = chunk.find('_', p);
      bool followed = u != std::string_view::npos;
      std::string_view word = chunk.substr(p, followed ? u - p : std::string_view::npos);
      // '=' ("MOUSE=") : the word exactly, no endings.
      const bool no_endings = !word.empty() && word.back() == '=';
      while (!word.empty() && (word.back() == '=' || word.back() == '~')) word.remove_suffix(1);
      if (!word.empty()) {
        Phrase toks = TokenizeDictionaryPhrase(word);
        if (!toks.empty() && stems && !followed && !no_endings) toks.back().prefix = true;
        for (auto& t : toks) out.push_back(std::move(t));
      }
      if (!followed) break;
      p = u + 1;
    }
  }
  return out;
}

void CommitSynset(std::optional<Synset>* synset, const ReaderContext& ctx) {
  if (!*synset) return;
  if ((*synset)->members.empty()) {
    ctx.Problem((*synset)->origin.line, "synset " + (*synset)->name + " has no member");
  } else {
    ctx.dict->AddSynset(std::move(**synset));
  }
  synset->reset();
}

void AddTabariPatternLine(std::string_view line, uint32_t number, uint32_t verb_class, bool stems,
                          const ReaderContext& ctx) {
  size_t open = line.rfind('[');
  size_t close = line.rfind(']');
  if (open == std::string_view::npos || close == std::string_view::npos || close < open) {
    ctx.Problem(number, "pattern without a [code]");
    return;
  }
  auto code = ParseEventCode(line.substr(open + 1, close - open - 1));
  if (!code) {
    ctx.Problem(number,
                "bad event code '[" + std::string(line.substr(open + 1, close - open - 1)) + "]'");
    return;
  }
  VerbPattern p;
  p.verb_class = verb_class;
  p.code = std::move(*code);
  p.origin = ctx.At(number);
  if (auto err = ParseTabariPattern(line.substr(1, open - 1), stems, &p.before, &p.after)) {
    ctx.Problem(number, *err);
    return;
  }
  ctx.dict->AddPattern(std::move(p));
}

std::string BlankXmlComments(std::string_view text) {
  std::string out(text);
  size_t pos = 0;
  while ((pos = out.find("<!--", pos)) != std::string::npos) {
    size_t end = out.find("-->", pos + 4);
    size_t stop = end == std::string::npos ? out.size() : end + 3;
    for (size_t i = pos; i < stop; ++i)
      if (out[i] != '\n') out[i] = ' ';
    pos = stop;
  }
  return out;
}

void ReadTabariActors(std::string_view raw, ReaderContext& ctx, const TabariStyle& style) {
  std::string text = BlankXmlComments(raw);
  PendingActor pending;
  std::string section;  // <NOUN>, <ADJECTIVE>: parser word lists, not actors
  ForEachTabariLine(text, ctx, [&](uint32_t number, std::string_view t) {
    if (t[0] == '<' && t.back() == '>') {
      if (t.size() > 2 && t[1] == '/')
        section.clear();
      else
        section = std::string(t);
      return;
    }
    if (!section.empty()) return;
    t = Trim(StripComment(t, style.comment));
    if (style.comment != '#') t = Trim(StripComment(t, '#'));
    if (t.empty()) return;
    if (t[0] == '[') {  // more codes for the entry above
      if (!pending.open) {
        ctx.Problem(number, "code line without an actor above it");
        return;
      }
      std::string_view none;
      std::vector<std::string_view> groups;
      if (auto err = SplitBrackets(t, &none, &groups)) {
        ctx.Problem(number, *err);
        return;
      }
      AddCodes(groups, &pending, ctx, number);
      return;
    }
    if (t[0] == '+') {  // a synonym of the entry above
      if (!pending.open) {
        ctx.Problem(number, "synonym line '+...' without an actor above it");
        return;
      }
      std::string_view phrase_text;
      std::vector<std::string_view> groups;
      if (auto err = SplitBrackets(t.substr(1), &phrase_text, &groups)) {
        ctx.Problem(number, *err);
        return;
      }
      Phrase ph = TabariPhrase(phrase_text, style.stems);
      if (ph.empty()) {
        ctx.Problem(number, "empty synonym");
        return;
      }
      pending.phrases.push_back({std::move(ph), number});
      AddCodes(groups, &pending, ctx, number);
      return;
    }
    // A line without codes followed by others: PETRARCH lists the names of
    // one actor on consecutive lines, the codes after the last.
    bool continues = pending.open && pending.codes.empty();
    if (!continues) CommitActor(&pending, ctx);
    std::string_view phrase_text;
    std::vector<std::string_view> groups;
    if (auto err = SplitBrackets(t, &phrase_text, &groups)) {
      ctx.Problem(number, *err);
      return;
    }
    Phrase ph = TabariPhrase(phrase_text, style.stems);
    if (ph.empty()) {
      ctx.Problem(number, "codes without an actor phrase");
      return;
    }
    if (!continues) {
      pending.open = true;
      pending.line = number;
      pending.name = DisplayName(phrase_text);
    }
    pending.phrases.push_back({std::move(ph), number});
    AddCodes(groups, &pending, ctx, number);
  });
  CommitActor(&pending, ctx);
}

void ReadTabariAgents(std::string_view raw, ReaderContext& ctx, const TabariStyle& style) {
  std::string text = BlankXmlComments(raw);
  std::map<std::string, std::vector<std::string>> macros;  // "!PERSON!" -> words
  ForEachTabariLine(text, ctx, [&](uint32_t number, std::string_view t) {
    t = Trim(StripComment(t, style.comment));
    if (style.comment != '#') t = Trim(StripComment(t, '#'));
    if (t.empty()) return;
    if (style.petrarch_agents && t[0] == '!' && t.find('[') == std::string_view::npos) {
      size_t eq = t.find('=');
      std::string_view name = Trim(t.substr(0, eq));
      if (eq == std::string_view::npos || name.size() < 3 || name.back() != '!') {
        ctx.Problem(number, "bad substitution line (want '!NAME! = A, B')");
        return;
      }
      std::vector<std::string> words;
      for (std::string_view w : Split(t.substr(eq + 1), ','))
        if (!w.empty()) words.emplace_back(w);
      macros[Upper(name)] = std::move(words);
      return;
    }
    std::string_view phrase_text;
    std::vector<std::string_view> groups;
    if (auto err = SplitBrackets(t, &phrase_text, &groups)) {
      ctx.Problem(number, *err);
      return;
    }
    if (groups.size() != 1) {
      ctx.Problem(number, groups.empty() ? "agent without a code" : "agent with several codes");
      return;
    }
    std::string_view code = Trim(groups[0]);
    Agent agent;
    agent.origin = ctx.At(number);
    if (code.starts_with('~')) {
      code = Trim(code.substr(1));
    } else if (code.ends_with('~')) {
      code = Trim(code.substr(0, code.size() - 1));
      agent.placement = AgentPlacement::kPrefix;
    }
    if (!IsCodeText(code)) {
      ctx.Problem(number, "bad agent code '" + std::string(groups[0]) + "'");
      return;
    }
    agent.code = Upper(code);
    // PETRARCH "{plural forms}" (empty braces: no plural).
    std::vector<std::string> surface;
    bool explicit_plurals = false;
    std::string_view base = phrase_text;
    if (size_t brace = phrase_text.find('{'); brace != std::string_view::npos) {
      size_t close = phrase_text.find('}', brace);
      if (close == std::string_view::npos) {
        ctx.Problem(number, "'{' without '}'");
        return;
      }
      explicit_plurals = true;
      base = Trim(phrase_text.substr(0, brace));
      std::string_view inner = phrase_text.substr(brace + 1, close - brace - 1);
      size_t s = 0;
      for (size_t i = 0; i <= inner.size(); ++i) {
        if (i == inner.size() || std::isspace(static_cast<unsigned char>(inner[i]))) {
          if (i > s) surface.emplace_back(inner.substr(s, i - s));
          s = i + 1;
        }
      }
    }
    surface.insert(surface.begin(), std::string(base));
    if (style.petrarch_agents && !explicit_plurals) {
      std::string b(base);
      while (!b.empty() && b.back() == '_') b.pop_back();
      if (!b.empty() && b.back() != '!') surface.push_back(Pluralize(b));
    }
    // Expand "!NAME!" substitutions (one level, every combination).
    std::vector<std::string> expanded;
    for (const std::string& s : surface) {
      std::vector<std::string> work = {s};
      for (size_t round = 0; round < 4; ++round) {
        std::vector<std::string> next;
        bool changed = false;
        for (const std::string& w : work) {
          size_t a = w.find('!');
          size_t b = a == std::string::npos ? a : w.find('!', a + 1);
          if (b == std::string::npos) {
            next.push_back(w);
            continue;
          }
          auto it = macros.find(Upper(w.substr(a, b - a + 1)));
          if (it == macros.end()) {
            ctx.Problem(number, "unknown substitution '" + w.substr(a, b - a + 1) + "'");
            return;
          }
          changed = true;
          for (const std::string& v : it->second)
            next.push_back(w.substr(0, a) + v + w.substr(b + 1));
        }
        work = std::move(next);
        if (!changed) break;
      }
      for (auto& w : work) expanded.push_back(std::move(w));
    }
    size_t added = 0;
    for (const std::string& s : expanded) {
      Phrase ph = TabariPhrase(s, style.stems);
      if (ph.empty()) continue;
      Agent a = agent;
      a.phrase = std::move(ph);
      ctx.dict->AddAgent(std::move(a));
      ++added;
    }
    if (added == 0) ctx.Problem(number, "agent code without a phrase");
  });
}

std::optional<std::string> ParseTabariPattern(std::string_view body, bool stems,
                                              std::vector<PatternElement>* before,
                                              std::vector<PatternElement>* after) {
  std::vector<PatternElement> seq;
  std::vector<bool> gap_before;
  bool space = false;  // white space (or a grouping bracket) since the last element
  size_t i = 0;
  int verbs = 0;
  auto push = [&](PatternElement e, bool gap) {
    seq.push_back(std::move(e));
    gap_before.push_back(gap);
  };
  while (i < body.size()) {
    char c = body[i];
    if (std::isspace(static_cast<unsigned char>(c)) || c == '(' || c == ')') {
      space = true;
      ++i;
      continue;
    }
    if (c == '{' || c == '}') {
      size_t close = body.find('}', i);
      std::string_view inner =
          c == '{' && close != std::string_view::npos ? body.substr(i + 1, close - i - 1) : "";
      if (c == '{' && close == std::string_view::npos) return std::string("'{' without '}'");
      if (inner.find('|') == std::string_view::npos) {  // a grouping: ignore the braces
        space = true;
        ++i;
        continue;
      }
      PatternElement e;
      e.kind = PatternElement::Kind::kAlternatives;
      for (std::string_view alt : Split(inner, '|')) {
        Phrase ph = TabariPhrase(alt, stems);
        if (ph.empty()) return std::string("empty choice in '{ | }'");
        e.alternatives.push_back(std::move(ph));
      }
      push(std::move(e), space || seq.empty());
      space = false;
      i = close + 1;
      while (i < body.size() && body[i] == '_') ++i;  // "}_" joins
      continue;
    }
    if (c == '_') {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < body.size() && !std::isspace(static_cast<unsigned char>(body[j])) &&
           body[j] != '_' && body[j] != '{' && body[j] != '}' && body[j] != '(' && body[j] != ')')
      ++j;
    if (body[i] == '*' && j > i + 1) j = i + 1;  // "*SCEPTICAL": the verb, then a word
    std::string_view word = body.substr(i, j - i);
    bool followed = j < body.size() && body[j] == '_';
    i = j;
    PatternElement e;
    std::optional<std::string> symbol_error;
    if (ParsePatternSymbol(word, &e, &verbs, &symbol_error)) {
      if (symbol_error) return symbol_error;
    } else {
      std::string_view w = word;
      // TABARI's "REAL~_PLEASANT": '~' makes a stem even when '_' follows.
      bool tilde = !w.empty() && w.back() == '~';
      while (!w.empty() && (w.back() == '~' || w.back() == '=')) w.remove_suffix(1);
      Phrase ph = TokenizeDictionaryPhrase(w);
      if (ph.empty()) continue;
      if ((stems && !followed) || tilde) ph.back().prefix = true;
      bool first = true;
      for (PhraseToken& t : ph) {
        PatternElement we;
        we.kind = PatternElement::Kind::kWord;
        we.word = std::move(t);
        push(std::move(we), first ? space : false);
        first = false;
      }
      space = false;
      continue;
    }
    push(std::move(e), space);
    space = false;
  }
  if (verbs != 1) return std::string("a pattern has exactly one '*' (the verb)");
  size_t v = 0;
  while (seq[v].kind != PatternElement::Kind::kVerb) ++v;
  for (size_t k = 0; k < v; ++k) {
    seq[k].gap = gap_before[k + 1];
    before->push_back(seq[k]);
  }
  for (size_t k = v + 1; k < seq.size(); ++k) {
    seq[k].gap = gap_before[k];
    after->push_back(seq[k]);
  }
  return std::nullopt;
}

void ReadTabariVerbs(std::string_view text, ReaderContext& ctx) {
  std::string section;
  std::optional<uint32_t> cls, verb;
  std::optional<Synset> synset;
  auto commit_synset = [&] { CommitSynset(&synset, ctx); };
  ForEachTabariLine(text, ctx, [&](uint32_t number, std::string_view t) {
    if (t[0] == '<' && t.back() == '>') {
      commit_synset();
      if (t.size() > 2 && t[1] == '/')
        section.clear();
      else
        section = Upper(t);
      return;
    }
    t = Trim(StripComment(t, ';'));
    if (t.empty()) return;
    if (section == "<TIME>") return;  // time shifts, not verbs
    if (section == "<SYNSETS>") {
      if (t[0] == '&') {
        commit_synset();
        synset.emplace();
        synset->name = NormalizeDictionaryToken(t);
        while (synset->name.size() > 2 && synset->name.back() == '_') synset->name.pop_back();
        synset->origin = ctx.At(number);
      } else if (t[0] == '+' && synset) {
        Phrase ph = TabariPhrase(t.substr(1), true);
        if (ph.empty())
          ctx.Problem(number, "empty synset member");
        else
          synset->members.push_back(std::move(ph));
      } else {
        ctx.Problem(number, "expected '&NAME' or '+member' in <SYNSETS>");
      }
      return;
    }
    if (!section.empty()) return;
    if (t[0] == '-') {
      if (!cls) {
        ctx.Problem(number, "pattern without a verb above it");
        return;
      }
      AddTabariPatternLine(t, number, *cls, /*stems=*/true, ctx);
      return;
    }
    if (t[0] == '{') {
      if (!verb) {
        ctx.Problem(number, "verb forms without a verb above them");
        return;
      }
      size_t close = t.find('}');
      if (close == std::string_view::npos) {
        ctx.Problem(number, "'{' without '}'");
        return;
      }
      Verb& v = ctx.dict->mutable_verb(*verb);
      std::string_view inner = t.substr(1, close - 1);
      size_t s = 0;
      for (size_t i = 0; i <= inner.size(); ++i) {
        if (i == inner.size() || std::isspace(static_cast<unsigned char>(inner[i]))) {
          if (i > s) {
            Phrase f = TabariPhrase(inner.substr(s, i - s), true);
            if (!f.empty()) v.forms.push_back(std::move(f));
          }
          s = i + 1;
        }
      }
      return;
    }
    // A verb: "WORDS [code]".
    size_t open = t.find('[');
    size_t close = t.find(']');
    if (open == std::string_view::npos || close == std::string_view::npos || close < open) {
      ctx.Problem(number, "verb without a [code]");
      cls.reset();
      verb.reset();
      return;
    }
    auto code = ParseEventCode(t.substr(open + 1, close - open - 1));
    Phrase lemma = TabariPhrase(t.substr(0, open), true);
    if (!code || lemma.empty()) {
      ctx.Problem(number, lemma.empty() ? "verb line without a verb" : "bad event code");
      cls.reset();
      verb.reset();
      return;
    }
    VerbClass vc;
    vc.name = DisplayName(Trim(t.substr(0, open)));
    vc.origin = ctx.At(number);
    cls = ctx.dict->AddVerbClass(std::move(vc));
    Verb v;
    v.lemma = std::move(lemma);
    v.code = std::move(*code);
    v.verb_class = *cls;
    v.origin = ctx.At(number);
    verb = ctx.dict->AddVerb(std::move(v));
  });
  commit_synset();
}

void ReadTabariOptions(std::string_view text, ReaderContext& ctx) {
  ForEachTabariLine(text, ctx, [&](uint32_t number, std::string_view t) {
    if (t.starts_with("//") || t[0] == ';') return;
    size_t colon = t.find(':');
    std::string_view command = colon == std::string_view::npos ? "" : Trim(t.substr(0, colon));
    bool ok = !command.empty();
    for (char c : command)
      if (!std::isupper(static_cast<unsigned char>(c)) && c != ' ') ok = false;
    if (!ok) ctx.Problem(number, "not an options command ('COMMAND: ...')");
  });
}

}  // namespace dyad::coding
