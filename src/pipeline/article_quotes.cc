// QuoteArticle (see dyad/pipeline.h) and the quote-attribution rule
// (quote_attribution.h): statements as events. A sentence that overlaps a
// quote whose speaker has an actor code is coded a second time with the
// speaker's code as TABARI's DEFAULT source (so a verb with no source of
// its own takes it); of that run only the events whose verb lies inside the
// quote, found no source, and has no event of the coder's own are kept, when
// the subject before the verb is "we" or "I".
#include <algorithm>

#include "dyad/pipeline.h"
#include "pipeline/quote_attribution.h"

namespace dyad {

std::vector<Quote> QuoteArticle(const Article& article, const std::vector<Sentence>& sentences,
                                const Dictionary* dictionary) {
  std::vector<Span> paragraphs;
  paragraphs.reserve(article.paragraphs.size());
  for (const Paragraph& p : article.paragraphs) paragraphs.push_back(p.span);
  QuoteOptions options;
  options.dictionary = dictionary;
  options.date = PublicationDay(article.published);
  return ExtractQuotes(article.text, paragraphs, sentences, options);
}

namespace pipeline {
namespace {

bool Inside(Span inner, Span s) {
  return s.begin >= inner.begin && s.end <= inner.end;
}
bool SameSpan(Span a, Span b) {
  return a.begin == b.begin && a.end == b.end;
}

// The speaker a quote speaks for: its own, or its first part's.
const Speaker& SpeakerOf(const std::vector<Quote>& quotes, size_t i) {
  const Quote& q = quotes[i];
  if (q.speaker.kind == SpeakerKind::kUnattributed && q.part_of >= 0 &&
      static_cast<size_t>(q.part_of) < quotes.size())
    return quotes[q.part_of].speaker;
  return q.speaker;
}

// The quote with a speaker whose words hold `verb`, or -1.
int32_t QuoteHolding(const std::vector<Quote>& quotes, Span verb) {
  for (size_t i = 0; i < quotes.size(); ++i) {
    if (quotes[i].inner.begin > verb.begin) break;
    if (Inside(quotes[i].inner, verb) && SpeakerOf(quotes, i).kind != SpeakerKind::kUnattributed)
      return static_cast<int32_t>(i);
  }
  return -1;
}

// Lowercased ASCII copy of a short word.
std::string Lower(std::string_view w) {
  std::string out(w);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

// Returns true iff the nearest personal pronoun before the verb, within the
// quote and the sentence, is "we" or "I": the speaker. A third-person one
// (he, she, it, they) is someone the coder could not name, and a verb with
// no pronoun before it has a subject that is no actor ("Repeated drills
// send a message"): neither is the speaker.
bool SubjectIsSpeaker(std::string_view text, const Sentence& s, Span quote, Span verb) {
  const uint32_t from = std::max(quote.begin, s.begin);
  for (size_t k = s.tokens.size(); k-- > 0;) {
    const Token& t = s.tokens[k];
    if (t.begin >= verb.begin) continue;
    if (t.begin < from) break;
    const std::string w = Lower(std::string_view(text).substr(t.begin, t.end - t.begin));
    if (w == "we" || w == "i") return true;
    if (w == "he" || w == "she" || w == "it" || w == "they") return false;
  }
  return false;
}

}  // namespace

std::vector<QuotedEvent> AttributeQuotes(const Coder& coder, std::string_view text,
                                         const Sentence& s, int32_t publication_date,
                                         std::vector<Event> coded,
                                         const std::vector<Quote>& quotes) {
  std::vector<QuotedEvent> out;
  out.reserve(coded.size());
  for (Event& e : coded) {
    const int32_t q = QuoteHolding(quotes, e.verb);
    out.push_back({std::move(e), q, false});
  }
  const size_t own = out.size();
  std::vector<std::string> speakers_with_statements;
  for (size_t i = 0; i < quotes.size(); ++i) {
    const Quote& quote = quotes[i];
    if (quote.inner.begin >= s.end) break;
    if (quote.inner.end <= s.begin || quote.rule == QuoteRule::kPartial) continue;
    const Speaker& speaker = SpeakerOf(quotes, i);
    if (speaker.kind == SpeakerKind::kUnattributed || speaker.actor_code.empty()) continue;
    CoderOptions options = coder.options();
    options.default_source = speaker.actor_code;
    options.default_source_prior = true;
    const Coder speaking(&coder.dictionary(), options);
    bool added = false;
    for (Event& e : speaking.CodeSentence(text, s, publication_date)) {
      // Only a verb of this quote whose source is the stand-in: the coder
      // puts a DEFAULT source on the verb itself.
      if (e.negated || !Inside(quote.inner, e.verb)) continue;
      if (e.source.code != speaker.actor_code || !SameSpan(e.source.span, e.verb)) continue;
      e.source.origins.clear();
      const bool known = std::any_of(out.begin(), out.end(), [&](const QuotedEvent& x) {
        return SameSpan(x.event.verb, e.verb) &&
               (!x.attributed || (x.event.code == e.code && x.event.target.code == e.target.code));
      });
      if (known || !SubjectIsSpeaker(text, s, quote.inner, e.verb)) continue;
      e.source.span = speaker.mention;
      e.source.name = speaker.canonical;
      if (speaker.actor_code.starts_with("IGO")) e.source.country.clear();
      out.push_back({std::move(e), static_cast<int32_t>(i), true});
      added = true;
    }
    if (added) speakers_with_statements.push_back(speaker.actor_code);
  }
  if (speakers_with_statements.empty()) return out;
  // The speaker's own "said" (root 01, outside any quote) reported what the
  // quote says; the statements now stand for it.
  std::vector<QuotedEvent> kept;
  kept.reserve(out.size());
  for (size_t k = 0; k < out.size(); ++k) {
    const QuotedEvent& x = out[k];
    const bool said = k < own && x.quote < 0 && x.event.root == "01" &&
                      std::find(speakers_with_statements.begin(), speakers_with_statements.end(),
                                x.event.source.code) != speakers_with_statements.end();
    if (!said) kept.push_back(std::move(out[k]));
  }
  return kept;
}

}  // namespace pipeline
}  // namespace dyad
