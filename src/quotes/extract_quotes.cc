// ExtractQuotes (see dyad/quotes.h): marks -> spans -> attribution ->
// speakers. Each span is classified from the words around it in its
// sentence: an attribution clause after it ("..., Smith said" / "said
// Smith"), an introduction before it ("She said:"), the attribution of the
// quote just before it (a quote broken by its attribution), the quote it
// continues (across paragraphs), or else a speech verb elsewhere in its
// sentence (a partial quote). Speakers are then resolved within the article.
#include <algorithm>
#include <memory>
#include <optional>
#include <span>
#include <unordered_map>

#include "common/ascii.h"
#include "dyad/quotes.h"
#include "quotes/actor_lookup.h"
#include "quotes/person_table.h"
#include "quotes/quote_marks.h"
#include "quotes/speaker_phrase.h"

namespace dyad {

std::string_view QuoteRuleName(QuoteRule rule) {
  switch (rule) {
    case QuoteRule::kSaidAfter: return "said-after";
    case QuoteRule::kSaidBefore: return "colon-intro";
    case QuoteRule::kSaidInverted: return "said-inverted";
    case QuoteRule::kBroken: return "broken";
    case QuoteRule::kContinuedParagraph: return "continued-paragraph";
    case QuoteRule::kPartial: return "partial";
    case QuoteRule::kStandalone: return "standalone";
  }
  return "?";
}

std::string_view SpeakerKindName(SpeakerKind kind) {
  switch (kind) {
    case SpeakerKind::kUnattributed: return "unattributed";
    case SpeakerKind::kPerson: return "person";
    case SpeakerKind::kOrganisation: return "organisation";
    case SpeakerKind::kDocument: return "document";
    case SpeakerKind::kAnonymous: return "anonymous";
  }
  return "?";
}

namespace {

using quotes::MarkedSpan;
using quotes::PhraseReading;
using quotes::SpeakerPhrase;
using quotes::Words;

// The token index of the first token starting at or after `offset`.
size_t TokenAt(const Words& w, uint32_t offset) {
  auto it = std::lower_bound(w.tokens.begin(), w.tokens.end(), offset,
                             [](const Token& t, uint32_t o) { return t.begin < o; });
  return static_cast<size_t>(it - w.tokens.begin());
}

// The sentence holding `offset`, as a span; the paragraph when none does.
Span SentenceAt(const std::vector<Sentence>& sentences, uint32_t offset, const Span& paragraph) {
  auto it = std::upper_bound(sentences.begin(), sentences.end(), offset,
                             [](uint32_t o, const Sentence& s) { return o < s.begin; });
  if (it != sentences.begin()) {
    const Sentence& s = *(it - 1);
    if (offset < s.end && s.begin >= paragraph.begin && s.end <= paragraph.end) return s;
  }
  return paragraph;
}

bool IsEllipsisIn(std::string_view s) {
  return s.find(". . .") != std::string_view::npos || s.find("...") != std::string_view::npos ||
         s.find("\xE2\x80\xA6") != std::string_view::npos;
}

bool IsBracketIn(std::string_view s) {
  size_t open = s.find('[');
  return open != std::string_view::npos && s.find(']', open) != std::string_view::npos;
}

// Speakers recur across articles, so their codes and affiliations are
// remembered per thread (bounded; cleared when full).
constexpr size_t kMaxCached = 4096;

std::string CachedActorCode(const Dictionary& dict, const std::string& name,
                            const std::string& role, int32_t date) {
  // Keyed by the dictionary's address and sizes, so that another dictionary
  // built at the same address does not reuse stale codes.
  thread_local const Dictionary* cached_dict = nullptr;
  thread_local size_t cached_sizes = 0;
  thread_local std::unordered_map<std::string, std::string> cache;
  const size_t sizes =
      dict.actors().size() * 1000003u + dict.actor_phrases().size() * 7919u + dict.agents().size();
  if (cached_dict != &dict || cached_sizes != sizes || cache.size() >= kMaxCached) {
    cache.clear();
    cached_dict = &dict;
    cached_sizes = sizes;
  }
  thread_local std::string key;  // reused: no allocation per look-up
  key.assign(reinterpret_cast<const char*>(&date), sizeof date);
  key.append(name).append("\t").append(role);
  auto it = cache.find(key);
  if (it == cache.end())
    it = cache.emplace(key, quotes::SpeakerActorCode(dict, name, role, date)).first;
  return it->second;
}

std::string CachedAffiliation(const std::string& role) {
  if (role.empty()) return {};
  thread_local std::unordered_map<std::string, std::string> cache;
  if (cache.size() >= kMaxCached) cache.clear();
  auto it = cache.find(role);
  if (it == cache.end()) it = cache.emplace(role, quotes::AffiliationOf(role)).first;
  return it->second;
}

// An attribution found around one quote, before resolution.
struct Attribution {
  QuoteRule rule = QuoteRule::kStandalone;
  std::optional<SpeakerPhrase> phrase;
  Span span;
  bool inherit_previous = false;  // "adding:": the previous quote's speaker
};

class Extractor {
 public:
  Extractor(std::string_view text, const std::vector<Span>& paragraphs,
            const std::vector<Sentence>& sentences, const QuoteOptions& options)
      : text_(text),
        paragraphs_(paragraphs),
        sentences_(sentences),
        options_(options),
        people_(text, paragraphs, options.dictionary, &words_) {}

  std::vector<Quote> Run();

 private:
  const Words& ParagraphWords(uint32_t p);
  Attribution Attribute(const Words& w, const MarkedSpan& m, size_t index,
                        const std::vector<MarkedSpan>& spans);
  Speaker Resolve(const PhraseReading& r, uint32_t pos);
  Attribution AfterClause(const Words& w, size_t index, size_t after_begin, size_t after_end);
  std::string ExpandAcronym(std::string_view acronym, uint32_t pos);
  // What the article shows of a person's gender (titles, roles, the
  // pronouns resolved to them); `fallback` when nothing yet.
  quotes::Gender GenderOf(std::string_view canonical,
                          quotes::Gender fallback = quotes::Gender::kUnknown) const;
  void NoteGender(const std::string& canonical, quotes::Gender gender);
  // Remembers a person who spoke, as the latest mention of them.
  void NoteQuoted(const Speaker& s);
  // The latest person of gender `want` quoted or named in the last few
  // paragraphs before `pos`; else, if `unknown_will_do`, the latest quoted
  // one whose gender is unknown; else nullopt.
  std::optional<Speaker> PersonOfGender(quotes::Gender want, uint32_t pos, bool unknown_will_do);
  bool TextHasGenderWords(quotes::Gender gender);

  std::string_view text_;
  const std::vector<Span>& paragraphs_;
  const std::vector<Sentence>& sentences_;
  const QuoteOptions& options_;
  // Per paragraph: its tokens (nullptr until tokenised), in words_pool_.
  std::vector<const Words*> words_;
  size_t pool_used_ = 0;
  quotes::PersonTable people_;
  // Per span: the token index (in its paragraph) where its after-window
  // ended, and whether it was attributed by a clause after it.
  std::vector<size_t> after_end_;
  std::vector<size_t> attribution_end_;  // token after the attribution clause
  std::vector<bool> attributed_after_;
  // Speakers resolved so far, for pronouns and short organisation names.
  uint32_t last_person_pos_ = 0;
  std::optional<Speaker> last_person_;
  std::vector<Speaker> bodies_;
  struct QuotedPerson {
    std::string canonical, role;
    Span introduced;
    uint32_t at = 0;  // the latest mention
  };
  std::vector<QuotedPerson> quoted_people_;  // one per person
  // Per gender (male, female): whether the text has a title or role word
  // of it at all (-1: not looked yet).
  int8_t gender_words_[2] = {-1, -1};
  std::vector<std::pair<std::string, quotes::Gender>> genders_;  // by canonical name
  struct SpeakerCodes {
    std::string canonical, role, affiliation, actor_code;
    quotes::Gender role_gender = quotes::Gender::kUnknown;  // "spokeswoman"
  };
  std::vector<SpeakerCodes> codes_;
  std::unordered_map<std::string, std::string> acronyms_;  // "JCS" -> "Joint Chiefs of Staff"
  // Per paragraph: the ranges ParagraphWords tokenises (the sentences that
  // hold quotes, without the quotes' inner words); empty: all of it.
  // (Segments of paragraph p: segments_[segment_at_[p] .. segment_at_[p+1]).)
  std::vector<Span> segments_;
  std::vector<uint32_t> segment_at_;
};

// Tokens of paragraphs, one pool per thread reused from article to article,
// so that a warm extractor allocates nothing for them.
std::vector<std::unique_ptr<Words>>& WordsPool() {
  thread_local std::vector<std::unique_ptr<Words>> pool;
  return pool;
}

const Words& Extractor::ParagraphWords(uint32_t p) {
  if (words_[p] == nullptr) {
    auto& pool = WordsPool();
    if (pool_used_ == pool.size()) pool.push_back(std::make_unique<Words>());
    Words* w = pool[pool_used_++].get();
    const Span whole = paragraphs_[p];
    const std::span<const Span> segments(segments_.data() + segment_at_[p],
                                         segment_at_[p + 1] - segment_at_[p]);
    if (segments.empty()) {
      quotes::TokenizeSegmentsInto(text_, {&whole, 1}, w);
    } else {
      quotes::TokenizeSegmentsInto(text_, segments, w);
    }
    words_[p] = w;
  }
  return *words_[p];
}

Attribution Extractor::Attribute(const Words& w, const MarkedSpan& m, size_t index,
                                 const std::vector<MarkedSpan>& spans) {
  Attribution a;
  const Span& para = paragraphs_[m.paragraph];
  const size_t open_tok = TokenAt(w, m.open);
  const size_t close_tok = m.closed ? TokenAt(w, m.inner_end) : w.size();
  Span s_open = SentenceAt(sentences_, m.open, para);
  Span s_close = SentenceAt(sentences_, m.closed ? m.inner_end : para.end - 1, para);
  size_t before_begin = TokenAt(w, s_open.begin);
  const MarkedSpan* prev =
      index > 0 && spans[index - 1].paragraph == m.paragraph ? &spans[index - 1] : nullptr;
  const MarkedSpan* next = index + 1 < spans.size() && spans[index + 1].paragraph == m.paragraph
                               ? &spans[index + 1]
                               : nullptr;
  if (prev != nullptr) before_begin = std::max(before_begin, TokenAt(w, prev->close_end));
  size_t after_begin = std::min(close_tok + 1, w.size());
  size_t after_end = m.closed ? TokenAt(w, s_close.end) : w.size();
  if (next != nullptr) after_end = std::min(after_end, TokenAt(w, next->open));
  after_end = std::max(after_end, after_begin);
  after_end_[index] = after_end;

  // Words before the quote in its sentence, and whether they introduce it.
  bool words_before = false;
  for (size_t k = before_begin; k < open_tok; ++k)
    if (w.IsWord(k)) words_before = true;
  size_t intro_verb = w.size();
  if (words_before && open_tok > before_begin &&
      (w.Is(open_tok - 1, ":") || w.Is(open_tok - 1, ","))) {
    size_t floor = open_tok > 9 ? std::max(before_begin, open_tok - 9) : before_begin;
    for (size_t k = open_tok - 1; k-- > floor;) {
      if (w.SpeechVerb(k)) {
        intro_verb = k;
        break;
      }
    }
  }
  const bool mid = words_before && intro_verb == w.size();

  // 0. The second part of a quote broken by its attribution: the clause of
  // the quote before ends right before it, or ends its sentence.
  if (prev != nullptr && attributed_after_[index - 1]) {
    bool only_punctuation = true;
    for (size_t k = attribution_end_[index - 1]; k < open_tok; ++k)
      if (w.IsWord(k)) only_punctuation = false;
    bool new_sentence = after_end_[index - 1] == open_tok && TokenAt(w, s_open.begin) == open_tok;
    if (only_punctuation || new_sentence) {
      Attribution own = AfterClause(w, index, after_begin, after_end);
      if (own.phrase) return own;
      a.rule = QuoteRule::kBroken;
      a.inherit_previous = true;
      return a;
    }
  }
  // 1. An attribution clause after the quote.
  if (!mid && m.closed && after_begin < after_end) {
    Attribution own = AfterClause(w, index, after_begin, after_end);
    if (own.phrase) return own;
  }
  // 2. An introduction before it: "She said:", "the ministry said in a statement:".
  if (intro_verb < w.size()) {
    a.rule = QuoteRule::kSaidBefore;
    auto ph = quotes::SubjectBefore(w, intro_verb, before_begin);
    if (ph) {
      a.phrase = ph;
      a.span = {w.tokens[ph->begin].begin, w.tokens[open_tok - 1].end};
    } else {
      a.inherit_previous = true;
      a.span = {w.tokens[intro_verb].begin, w.tokens[open_tok - 1].end};
    }
    return a;
  }
  // 4. A partial quote: the speech verb of its sentence.
  {
    a.rule = mid ? QuoteRule::kPartial : QuoteRule::kSaidAfter;
    size_t sent_begin = TokenAt(w, s_open.begin);
    size_t sent_end = TokenAt(w, s_close.end);
    size_t first_verb = w.size();
    for (size_t k = open_tok; k-- > sent_begin;) {
      // "declared a partnership with “no limits”": not their words.
      if (!w.IsWord(k) || !w.ReportVerb(k) || w.Is(k, "declared")) continue;
      auto ph = quotes::SubjectBefore(w, k, sent_begin);
      if (!ph && k > sent_begin && (w.Is(k - 1, "and") || w.Is(k - 1, "but")))
        ph = quotes::ClauseSubject(w, sent_begin, k);  // "X summoned ... and said"
      if (ph) {
        a.phrase = ph;
        a.span = {w.tokens[ph->begin].begin, w.tokens[k].end};
        break;
      }
      first_verb = k;
    }
    if (!a.phrase && first_verb < w.size()) {
      // "X called on ... and warned that ...": the subject of the sentence's
      // first reporting verb.
      for (size_t k = sent_begin; k < first_verb; ++k) {
        if (!w.IsWord(k) || !w.ReportVerb(k)) continue;
        auto ph = quotes::SubjectBefore(w, k, sent_begin);
        if (ph) {
          a.phrase = ph;
          a.span = {w.tokens[ph->begin].begin, w.tokens[k].end};
        }
        break;
      }
    }
    // "According to a senior official, the alliance is now “laser-focused”".
    if (!a.phrase && sent_begin + 2 < open_tok && w.Is(sent_begin, "according") &&
        w.Is(sent_begin + 1, "to")) {
      size_t comma = sent_begin + 2;
      while (comma < open_tok && !w.Is(comma, ",")) ++comma;
      auto ph = comma < open_tok ? quotes::SubjectBefore(w, comma, sent_begin + 2) : std::nullopt;
      if (ph && ph->begin == sent_begin + 2) {
        a.phrase = ph;
        a.span = {w.tokens[sent_begin].begin, w.tokens[ph->end - 1].end};
      }
    }
    if (!a.phrase && m.closed) {
      for (size_t k = close_tok + 1; k < sent_end; ++k) {
        if (w.tokens[k].kind == TokenKind::kQuote) break;
        if (w.Is(k, "according") && w.Is(k + 1, "to")) {
          auto ph = quotes::PhraseAfter(w, k + 2, sent_end);
          if (ph) {
            a.phrase = ph;
            a.span = {w.tokens[k].begin, w.tokens[ph->end - 1].end};
          }
          break;
        }
        if (!w.SpeechVerb(k)) continue;
        auto ph = quotes::SubjectBefore(w, k, close_tok + 1);
        if (ph) {
          a.phrase = ph;
          a.span = {w.tokens[ph->begin].begin, w.tokens[k].end};
        }
        break;
      }
    }
    // "..., Vik said, adding that the alliance was “closely following”":
    // the speaker of the quote before, in the same sentence.
    if (!a.phrase && mid && prev != nullptr && prev->close_end > s_open.begin &&
        attributed_after_[index - 1])
      a.inherit_previous = true;
    if (!mid && !a.phrase) a.rule = QuoteRule::kStandalone;
  }
  return a;
}

Attribution Extractor::AfterClause(const Words& w, size_t index, size_t after_begin,
                                   size_t after_end) {
  Attribution a;
  size_t b = after_begin;
  while (b < after_end && (w.Is(b, ",") || w.Is(b, "\xE2\x80\x94") || w.Is(b, "-"))) ++b;
  if (b >= after_end) return a;
  if (w.SpeechVerb(b)) {
    auto ph = quotes::PhraseAfter(w, b + 1, after_end);
    if (ph) {
      a.rule = QuoteRule::kSaidInverted;
      a.phrase = ph;
      size_t last = ph->appos_end > ph->appos_begin ? ph->appos_end : ph->end;
      a.span = {w.tokens[b].begin, w.tokens[last - 1].end};
      attribution_end_[index] = last;
    }
  } else if (b + 1 < after_end && w.Is(b, "according") && w.Is(b + 1, "to")) {
    auto ph = quotes::PhraseAfter(w, b + 2, after_end);
    if (ph) {
      a.rule = QuoteRule::kSaidAfter;
      a.phrase = ph;
      size_t last = ph->appos_end > ph->appos_begin ? ph->appos_end : ph->end;
      a.span = {w.tokens[b].begin, w.tokens[last - 1].end};
      attribution_end_[index] = last;
    }
  } else {
    for (size_t k = b + 1; k < after_end && k < b + 20; ++k) {
      if (!w.SpeechVerb(k)) continue;
      auto ph = quotes::SubjectBefore(w, k, b);
      // "defence ministry spokesman Kim said": lower-case modifiers first.
      if (ph && ph->begin > b && ph->begin - b <= 2) {
        bool modifiers = true;
        for (size_t j = b; j < ph->begin; ++j)
          if (!w.IsWord(j) || w.Capitalised(j) || quotes::IsFunctionWord(w.Lower(j)))
            modifiers = false;
        if (modifiers) ph->begin = b;
      }
      if (ph && ph->begin == b) {
        a.rule = QuoteRule::kSaidAfter;
        a.phrase = ph;
        a.span = {w.tokens[b].begin, w.tokens[k].end};
        attribution_end_[index] = k + 1;
      }
      break;
    }
  }
  if (a.phrase) attributed_after_[index] = true;
  return a;
}

std::string Extractor::ExpandAcronym(std::string_view acronym, uint32_t pos) {
  // Spelt out before it is used ("the Joint Chiefs of Staff (JCS)"): a run
  // of capitalised words whose initials, with "of", "and", "for" between
  // them skipped, are the acronym. A byte scan: no tokenising.
  auto is_upper = [](char c) { return c >= 'A' && c <= 'Z'; };
  auto is_word_byte = [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-' || c == '\'';
  };
  const std::string_view text = text_.substr(0, std::min<size_t>(pos, text_.size()));
  for (size_t at = text.find(acronym[0]); at != std::string_view::npos;
       at = text.find(acronym[0], at + 1)) {
    if (at > 0 && is_word_byte(text[at - 1])) continue;
    size_t i = at, matched = 0, last_end = at;
    while (i < text.size() && matched < acronym.size()) {
      size_t e = i;
      while (e < text.size() && is_word_byte(text[e])) ++e;
      std::string_view word = text.substr(i, e - i);
      if (word.empty()) break;
      if (is_upper(word[0]) && word[0] == acronym[matched] && word != acronym &&
          (word.size() < 2 || !is_upper(word[1]))) {
        ++matched;
        last_end = e;
      } else if (matched == 0 || (word != "of" && word != "and" && word != "for")) {
        break;
      }
      i = e;
      while (i < text.size() && text[i] == ' ') ++i;
    }
    if (matched != acronym.size() || matched < 2) continue;
    // Capitalised words just before belong to the name ("South Korean").
    size_t b = at;
    while (b >= 2 && text[b - 1] == ' ') {
      size_t s = b - 1;
      while (s > 0 && is_word_byte(text[s - 1])) --s;
      std::string_view prev = text.substr(s, b - 1 - s);
      if (prev.empty() || !is_upper(prev[0]) || prev == "The" || prev == "A" ||
          quotes::IsNeverName(LowerAscii(prev)))
        break;
      b = s;
    }
    return std::string(text.substr(b, last_end - b));
  }
  return {};
}

Speaker Extractor::Resolve(const PhraseReading& r, uint32_t pos) {
  Speaker s;
  s.kind = r.kind;
  s.name = r.text;
  s.mention = r.mention;
  s.introduced = r.mention;
  if (r.pronoun) {
    std::string_view p = r.text;
    bool personal = p == "he" || p == "He" || p == "she" || p == "She" || p == "I";
    if (personal) {
      // The last person quoted or named, whichever came later; but he / she
      // go to the latest person of that gender in the last few paragraphs
      // when that one is not known to be of it.
      // (A copy: the table grows while looking for a person by gender.)
      std::optional<quotes::NamedPerson> named;
      if (const quotes::NamedPerson* latest =
              people_.LatestBetween(last_person_ ? last_person_pos_ : 0, pos))
        named = *latest;
      const bool quoted_latest = last_person_ && (!named || last_person_pos_ >= named->span.begin);
      const quotes::Gender want = quotes::GenderOfPronoun(p);
      std::optional<Speaker> by_gender;
      if (want != quotes::Gender::kUnknown && (quoted_latest || named)) {
        const quotes::Gender latest = quoted_latest ? GenderOf(last_person_->canonical)
                                                    : GenderOf(named->name, named->gender);
        if (latest != want)
          by_gender = PersonOfGender(want, pos, latest != quotes::Gender::kUnknown);
      }
      if (by_gender) {
        s = std::move(*by_gender);
        s.name = r.text;
        s.mention = r.mention;
      } else if (quoted_latest) {
        Speaker out = *last_person_;
        out.name = r.text;
        out.mention = r.mention;
        NoteGender(out.canonical, want);
        NoteQuoted(out);
        return out;
      } else if (named) {
        s.kind = SpeakerKind::kPerson;
        s.canonical = named->name;
        s.role = named->role;
        s.introduced = named->span;
      } else {
        return Speaker();
      }
      NoteGender(s.canonical, want);
    } else {
      if (bodies_.empty()) return Speaker();
      Speaker out = bodies_.back();
      out.name = r.text;
      out.mention = r.mention;
      return out;
    }
  } else if (r.kind == SpeakerKind::kPerson && r.name == r.title) {
    // "the spokesman": the latest person named before with that role word.
    s.role = r.role;
    s.canonical = r.name;
    s.kind = SpeakerKind::kAnonymous;
    std::string head = LowerAscii(r.name.substr(r.name.rfind(' ') + 1));
    for (const quotes::NamedPerson& p : people_.PeopleBefore(pos)) {
      if (p.span.begin > pos) break;
      if (LowerAscii(p.role).find(head) != std::string::npos) {
        s.kind = SpeakerKind::kPerson;
        s.canonical = p.name;
        s.role = p.role;
        s.introduced = p.span;
      }
    }
  } else if (r.kind == SpeakerKind::kAnonymous) {
    s.canonical = r.name;
    s.role = r.role;
  } else if (r.kind == SpeakerKind::kPerson) {
    s.role = r.role;
    size_t words = std::count(r.name.begin(), r.name.end(), ' ') + 1;
    const quotes::NamedPerson* p = nullptr;
    if (!r.name.empty() && words == 1) {
      p = people_.FindShort(r.name, pos);
    } else if (!r.name.empty()) {
      // A full name: the table's entry, or this mention as a new one.
      p = people_.Known(r.name);
      if (p == nullptr && !r.role.empty()) {
        quotes::NamedPerson np;
        np.name = std::string(r.name);
        np.first = LowerAscii(r.name.substr(0, r.name.find(' ')));
        np.last = LowerAscii(r.name.substr(r.name.rfind(' ') + 1));
        np.role = std::string(r.role);
        size_t at = r.text.rfind(r.name);
        np.span = {static_cast<uint32_t>(r.mention.begin + (at == std::string::npos ? 0 : at)),
                   static_cast<uint32_t>(r.mention.begin + (at == std::string::npos ? 0 : at) +
                                         r.name.size())};
        people_.Add(std::move(np));
        p = people_.Known(r.name);
      }
      if (p == nullptr) p = people_.FindFull(std::string(r.name));
    }
    if (p != nullptr) {
      s.canonical = p->name;
      s.introduced = p->span;
      NoteGender(s.canonical, p->gender);
      if (s.role.empty() || s.role == r.title) {
        std::string full = people_.RoleOf(s.canonical);
        if (!full.empty() && (s.role.empty() || full.size() > s.role.size())) s.role = full;
      }
    } else {
      s.canonical = r.name;
    }
  } else {
    s.canonical = r.name;
    s.role = r.role;
    // "the three countries" after "France, Germany and Britain": the
    // latest group that spoke.
    static constexpr std::string_view kCounts[] = {"two ", "three ", "four ", "five ", "both "};
    for (std::string_view c : kCounts) {
      if (!s.canonical.starts_with(c)) continue;
      for (auto it = bodies_.rbegin(); it != bodies_.rend(); ++it) {
        if (it->canonical.find(" and ") != std::string::npos) {
          s.canonical = it->canonical;
          s.introduced = it->introduced;
          break;
        }
      }
      break;
    }
    // "the JCS" after "South Korea's Joint Chiefs of Staff".
    bool acronym = s.canonical.size() >= 2 && s.canonical.size() <= 6 &&
                   std::all_of(s.canonical.begin(), s.canonical.end(),
                               [](char c) { return c >= 'A' && c <= 'Z'; });
    if (acronym) {
      auto cached = acronyms_.find(s.canonical);
      if (cached == acronyms_.end())
        cached = acronyms_.emplace(s.canonical, ExpandAcronym(s.canonical, pos)).first;
      const std::string& full = cached->second;
      if (!full.empty()) s.canonical = full;
    }
    // "the statement" after "the NATO leaders' statement": the fuller name.
    auto last_word = [](std::string_view x) {
      size_t sp = x.rfind(' ');
      return LowerAscii(sp == std::string_view::npos ? x : x.substr(sp + 1));
    };
    std::string head = last_word(s.canonical);
    for (auto it = bodies_.rbegin(); it != bodies_.rend(); ++it) {
      if (it->kind == s.kind && last_word(it->canonical) == head &&
          it->canonical.size() > s.canonical.size()) {
        s.canonical = it->canonical;
        s.introduced = it->introduced;
        if (s.role.empty()) s.role = it->role;
        break;
      }
    }
  }
  // An article quotes few speakers, many times each: their affiliations
  // and codes are remembered here first.
  auto known = std::find_if(codes_.begin(), codes_.end(), [&](const SpeakerCodes& c) {
    return c.canonical == s.canonical && c.role == s.role;
  });
  if (known == codes_.end()) {
    SpeakerCodes c{
        s.canonical, s.role, CachedAffiliation(s.role), {}, quotes::GenderOfRole(s.role)};
    if (options_.dictionary != nullptr && !s.canonical.empty())
      c.actor_code = CachedActorCode(*options_.dictionary, s.canonical, s.role, options_.date);
    known = codes_.insert(codes_.end(), std::move(c));
  }
  s.affiliation = known->affiliation;
  s.actor_code = known->actor_code;
  if (s.kind == SpeakerKind::kPerson && !s.canonical.empty()) {
    // "Ms Ruiz", "the spokeswoman Ana Ruiz": the title tells.
    if (!r.title.empty()) NoteGender(s.canonical, quotes::GenderOfRole(r.title));
    NoteGender(s.canonical, known->role_gender);
    NoteQuoted(s);
  }
  if (s.kind == SpeakerKind::kPerson) {
    last_person_ = s;
    last_person_pos_ = s.mention.begin;
  } else if (s.kind == SpeakerKind::kOrganisation || s.kind == SpeakerKind::kDocument) {
    // The same body again (but for how it is named) changes nothing later
    // look-ups could find: not copied.
    const bool same = !bodies_.empty() && bodies_.back().kind == s.kind &&
                      bodies_.back().canonical == s.canonical && bodies_.back().role == s.role &&
                      bodies_.back().introduced.begin == s.introduced.begin &&
                      bodies_.back().introduced.end == s.introduced.end &&
                      bodies_.back().affiliation == s.affiliation &&
                      bodies_.back().actor_code == s.actor_code;
    if (!same) bodies_.push_back(s);
  }
  if (s.canonical.empty()) return Speaker();
  return s;
}

quotes::Gender Extractor::GenderOf(std::string_view canonical, quotes::Gender fallback) const {
  for (const auto& [name, gender] : genders_)
    if (name == canonical) return gender;
  return fallback;
}

void Extractor::NoteGender(const std::string& canonical, quotes::Gender gender) {
  // The first evidence stands: a later pronoun does not overrule a title.
  if (gender == quotes::Gender::kUnknown || canonical.empty()) return;
  if (GenderOf(canonical) == quotes::Gender::kUnknown) genders_.emplace_back(canonical, gender);
}

void Extractor::NoteQuoted(const Speaker& s) {
  for (QuotedPerson& q : quoted_people_) {
    if (q.canonical == s.canonical) {
      q.role = s.role;
      q.introduced = s.introduced;
      q.at = s.mention.begin;
      return;
    }
  }
  quoted_people_.push_back({s.canonical, s.role, s.introduced, s.mention.begin});
}

bool Extractor::TextHasGenderWords(quotes::Gender gender) {
  int8_t& known = gender_words_[gender == quotes::Gender::kMale ? 0 : 1];
  if (known < 0) known = quotes::HasGenderWords(text_, gender);
  return known;
}

std::optional<Speaker> Extractor::PersonOfGender(quotes::Gender want, uint32_t pos,
                                                 bool unknown_will_do) {
  // The pronoun's paragraph and the three before it.
  auto para = std::upper_bound(paragraphs_.begin(), paragraphs_.end(), pos,
                               [](uint32_t o, const Span& p) { return o < p.begin; });
  size_t index = para == paragraphs_.begin() ? 0 : para - paragraphs_.begin() - 1;
  const uint32_t from = paragraphs_.empty() ? 0 : paragraphs_[index > 3 ? index - 3 : 0].begin;
  std::optional<Speaker> match, unknown;
  uint32_t match_at = 0, unknown_at = 0;
  auto consider = [&](Speaker candidate, uint32_t at, quotes::Gender gender) {
    if (gender == want && (!match || at >= match_at)) {
      match = std::move(candidate);
      match_at = at;
    } else if (gender == quotes::Gender::kUnknown && (!unknown || at >= unknown_at)) {
      unknown = std::move(candidate);
      unknown_at = at;
    }
  };
  auto as_speaker = [](const std::string& canonical, const std::string& role, Span introduced) {
    Speaker c;
    c.kind = SpeakerKind::kPerson;
    c.canonical = canonical;
    c.role = role;
    c.introduced = introduced;
    return c;
  };
  for (const QuotedPerson& q : quoted_people_)
    if (q.at >= from && q.at <= pos)
      consider(as_speaker(q.canonical, q.role, q.introduced), q.at, GenderOf(q.canonical));
  // Named people that nobody quoted count only with a gender their title
  // or role shows (their runs of capitals are not always people: "Is
  // China"), so the paragraphs need scanning only if the text has such words.
  if (TextHasGenderWords(want)) {
    for (const quotes::NamedPerson* n : people_.NamedBetween(from, pos)) {
      const quotes::Gender gender = GenderOf(n->name, n->gender);
      if (gender != quotes::Gender::kUnknown)
        consider(as_speaker(n->name, n->role, n->span), n->span.begin, gender);
    }
  }
  if (match) return match;
  if (unknown_will_do) return unknown;
  return std::nullopt;
}

std::vector<Quote> Extractor::Run() {
  std::vector<MarkedSpan> spans =
      quotes::FindMarkedSpans(text_, paragraphs_, options_.max_quote_bytes);
  std::vector<Quote> out;
  if (spans.empty()) return out;
  words_.assign(paragraphs_.size(), nullptr);  // before any look-up in people_
  // Only the sentences that hold quotes are tokenised (and what lies
  // between them in their paragraph), and not the words inside the marks:
  // attribution lies outside them.
  segments_.clear();
  segment_at_.assign(paragraphs_.size() + 1, 0);
  uint32_t next_paragraph = 0;  // segment_at_ is filled up to here
  for (size_t i = 0; i < spans.size();) {
    const uint32_t p = spans[i].paragraph;
    const Span& para = paragraphs_[p];
    for (; next_paragraph <= p; ++next_paragraph)
      segment_at_[next_paragraph] = static_cast<uint32_t>(segments_.size());
    const size_t first = segments_.size();
    uint32_t cursor = SentenceAt(sentences_, spans[i].open, para).begin;
    uint32_t end = cursor;
    for (; i < spans.size() && spans[i].paragraph == p; ++i) {
      const MarkedSpan& m = spans[i];
      if (m.inner_begin > cursor) segments_.push_back({cursor, m.inner_begin});
      cursor = std::max(cursor, m.inner_end);
      end = m.closed ? SentenceAt(sentences_, m.inner_end, para).end : para.end;
    }
    if (end > cursor) segments_.push_back({cursor, end});
    if (segments_.size() == first) segments_.push_back({para.begin, para.begin});
  }
  for (; next_paragraph <= paragraphs_.size(); ++next_paragraph)
    segment_at_[next_paragraph] = static_cast<uint32_t>(segments_.size());
  after_end_.assign(spans.size(), 0);
  attribution_end_.assign(spans.size(), 0);
  attributed_after_.assign(spans.size(), false);
  out.reserve(spans.size());
  for (size_t i = 0; i < spans.size(); ++i) {
    const MarkedSpan& m = spans[i];
    const Words& w = ParagraphWords(m.paragraph);
    Quote q;
    q.inner = {m.inner_begin, m.inner_end};
    q.outer = {m.open, m.close_end};
    q.paragraph = m.paragraph;
    q.closed = m.closed;
    std::string_view inner = q.inner.view(text_);
    q.has_ellipsis = IsEllipsisIn(inner);
    q.has_bracket = IsBracketIn(inner);
    Attribution a = Attribute(w, m, i, spans);
    q.rule = a.rule;
    q.attribution = a.span;
    if (a.phrase) {
      PhraseReading r = quotes::ReadPhrase(w, *a.phrase, options_.dictionary);
      q.speaker = Resolve(r, r.mention.begin);
    } else if (a.inherit_previous && i > 0 && spans[i - 1].paragraph == m.paragraph) {
      q.speaker = out[i - 1].speaker;
      if (a.rule == QuoteRule::kBroken) {
        q.part_of = out[i - 1].part_of >= 0 ? out[i - 1].part_of : static_cast<int32_t>(i - 1);
        q.attribution = out[i - 1].attribution;
      }
    }
    if (m.continues_previous && i > 0) {
      int32_t first = out[i - 1].part_of >= 0 ? out[i - 1].part_of : static_cast<int32_t>(i - 1);
      q.part_of = first;
      q.rule = QuoteRule::kContinuedParagraph;
      if (q.speaker.kind == SpeakerKind::kUnattributed) {
        q.speaker = out[first].speaker;
      } else if (out[first].speaker.kind == SpeakerKind::kUnattributed) {
        for (size_t k = first; k < i; ++k) out[k].speaker = q.speaker;
      }
    }
    out.push_back(std::move(q));
  }
  return out;
}

}  // namespace

std::vector<Quote> ExtractQuotes(std::string_view text, const std::vector<Span>& paragraphs,
                                 const std::vector<Sentence>& sentences,
                                 const QuoteOptions& options) {
  Extractor e(text, paragraphs, sentences, options);
  return e.Run();
}

std::vector<Quote> ExtractQuotes(const Article& article, const QuoteOptions& options) {
  std::vector<Span> paragraphs;
  paragraphs.reserve(article.paragraphs.size());
  for (const Paragraph& p : article.paragraphs) paragraphs.push_back(p.span);
  if (paragraphs.empty()) paragraphs = SplitParagraphs(article.text);
  std::vector<Sentence> sentences = SplitSentences(article.text, paragraphs, /*keep_tokens=*/false);
  QuoteOptions opts = options;
  if (opts.date == 0 && article.published.size() >= 10) {
    auto d = ParseIsoDate(std::string_view(article.published).substr(0, 10));
    if (d) opts.date = *d;
  }
  return ExtractQuotes(article.text, paragraphs, sentences, opts);
}

}  // namespace dyad
