// PETRARCH2's verb dictionary and discards, read from the files themselves
// (../shared/peers/petrarch2). In a verb block, every verb listed shares the
// block's patterns; "+" marks a multi-word verb ("+CALL_OFF"); "{...}" after
// a verb lists its irregular forms; "[code]" after a verb overrides the
// block's code. Patterns use TABARI's elements plus "(...)" and "{...}"
// groupings that mark parse-tree phrases, which dyad reads as plain words.
#include "coding/petrarch_reader.h"

#include <cctype>

#include "coding/tabari_reader.h"

namespace dyad::coding {
namespace {

// "+ASK_FOR", "KLM_NOP_+RST", "SPEED" -> tokens, '+' marks dropped.
Phrase VerbWords(std::string_view text) {
  std::string cleaned;
  for (char c : text)
    if (c != '+') cleaned.push_back(c);
  return TabariPhrase(cleaned, false);
}

std::vector<Phrase> BraceForms(std::string_view inner) {
  std::vector<Phrase> out;
  size_t s = 0;
  for (size_t i = 0; i <= inner.size(); ++i) {
    if (i == inner.size() || std::isspace(static_cast<unsigned char>(inner[i]))) {
      if (i > s) {
        Phrase f = VerbWords(inner.substr(s, i - s));
        if (!f.empty()) out.push_back(std::move(f));
      }
      s = i + 1;
    }
  }
  return out;
}

}  // namespace

void ReadPetrarchVerbs(std::string_view raw, ReaderContext& ctx) {
  std::string text = BlankXmlComments(raw);
  std::optional<uint32_t> cls;
  EventCode block_code;
  std::optional<Synset> synset;
  bool transformations = false;
  auto commit_synset = [&] { CommitSynset(&synset, ctx); };
  ForEachLine(text, ctx, [&](uint32_t number, std::string_view line) {
    std::string_view full = Trim(line);
    if (full.starts_with("#") && full.find("TRANSFORMATIONS") != std::string_view::npos) {
      commit_synset();
      transformations = true;
      return;
    }
    if (full.starts_with("#") && full.find("VERB PATTERNS") != std::string_view::npos) {
      commit_synset();
      return;
    }
    std::string_view t = Trim(StripComment(full, '#'));
    if (t.empty()) return;
    if (transformations) {
      if (t[0] != '~') ctx.Problem(number, "expected a transformation ('~ ...')");
      return;  // transformations act on parse trees; dyad does not use them
    }
    if (t[0] == '&') {
      commit_synset();
      synset.emplace();
      synset->name = NormalizeDictionaryToken(t);
      while (synset->name.size() > 2 && synset->name.back() == '_') synset->name.pop_back();
      synset->origin = ctx.At(number);
      return;
    }
    if (t[0] == '+' && synset) {
      Phrase ph = TabariPhrase(t.substr(1), false);
      if (ph.empty())
        ctx.Problem(number, "empty synset member");
      else
        synset->members.push_back(std::move(ph));
      return;
    }
    commit_synset();
    if (t.starts_with("---")) {
      // "---  NAME   [code]  ---"
      std::string_view inner = Trim(t.substr(3));
      if (inner.ends_with("---")) inner = Trim(inner.substr(0, inner.size() - 3));
      size_t open = inner.find('['), close = inner.find(']');
      if (open == std::string_view::npos || close == std::string_view::npos || close < open) {
        ctx.Problem(number, "verb block header without a [code]");
        cls.reset();
        return;
      }
      auto code = ParseEventCode(inner.substr(open + 1, close - open - 1));
      std::string_view name = Trim(inner.substr(0, open));
      if (!code || name.empty()) {
        ctx.Problem(number, name.empty() ? "verb block without a name" : "bad event code");
        cls.reset();
        return;
      }
      block_code = *code;
      VerbClass vc;
      vc.name = std::string(name);
      vc.origin = ctx.At(number);
      cls = ctx.dict->AddVerbClass(std::move(vc));
      return;
    }
    if (!cls) {
      ctx.Problem(number, "entry outside a '--- VERB [code] ---' block");
      return;
    }
    if (t[0] == '-') {
      AddTabariPatternLine(t, number, *cls, /*stems=*/false, ctx);
      return;
    }
    // A verb of the block: "WORD {FORMS} [code]".
    Verb v;
    v.verb_class = *cls;
    v.code = block_code;
    v.origin = ctx.At(number);
    std::string_view rest = t;
    size_t open = rest.find('[');
    if (open != std::string_view::npos) {
      size_t close = rest.find(']', open);
      auto code = close == std::string_view::npos
                      ? std::nullopt
                      : ParseEventCode(rest.substr(open + 1, close - open - 1));
      if (!code) {
        ctx.Problem(number, "bad verb code");
        return;
      }
      v.code = std::move(*code);
      rest = Trim(rest.substr(0, open));
    }
    size_t brace = rest.find('{');
    if (brace != std::string_view::npos) {
      size_t close = rest.find('}', brace);
      if (close == std::string_view::npos) {
        ctx.Problem(number, "'{' without '}'");
        return;
      }
      v.forms = BraceForms(rest.substr(brace + 1, close - brace - 1));
      rest = Trim(rest.substr(0, brace));
    }
    if (rest.find_first_of(" \t") != std::string_view::npos) {
      ctx.Problem(number, "verb '" + std::string(rest) + "' has spaces (join words with '_')");
      return;
    }
    v.lemma = VerbWords(rest);
    if (v.lemma.empty()) {
      ctx.Problem(number, "empty verb");
      return;
    }
    ctx.dict->AddVerb(std::move(v));
  });
  commit_synset();
}

void ReadPetrarchActors(std::string_view text, ReaderContext& ctx) {
  TabariStyle style;
  style.stems = false;
  style.comment = '#';
  ReadTabariActors(text, ctx, style);
}

void ReadPetrarchAgents(std::string_view text, ReaderContext& ctx) {
  TabariStyle style;
  style.stems = false;
  style.comment = '#';
  style.petrarch_agents = true;
  ReadTabariAgents(text, ctx, style);
}

void ReadPetrarchDiscards(std::string_view raw, ReaderContext& ctx) {
  std::string text = BlankXmlComments(raw);
  ForEachLine(text, ctx, [&](uint32_t number, std::string_view line) {
    std::string_view t = Trim(StripComment(Trim(line), '#'));
    if (t.empty()) return;
    Discard d;
    d.origin = ctx.At(number);
    if (t[0] == '+') {
      d.whole_story = true;
      t = Trim(t.substr(1));
    }
    if (t.find_first_of("[]") != std::string_view::npos) {
      ctx.Problem(number, "a discard takes no code");
      return;
    }
    d.phrase = TabariPhrase(t, false);
    if (d.phrase.empty()) {
      ctx.Problem(number, "empty discard");
      return;
    }
    ctx.dict->AddDiscard(std::move(d));
  });
}

}  // namespace dyad::coding
