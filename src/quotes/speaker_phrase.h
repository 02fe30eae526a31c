// Internal: the words of an attribution that name a speaker, found around a
// speech verb (the subject before it, or the name after an inverted "said"),
// and what they say: person, organisation or document, name, title, role.
#ifndef DYAD_QUOTES_SPEAKER_PHRASE_H_
#define DYAD_QUOTES_SPEAKER_PHRASE_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "dyad/dictionary.h"
#include "dyad/quotes.h"
#include "quotes/quote_words.h"

namespace dyad::quotes {

// Token ranges of a speaker phrase in a Words: the naming words
// [begin, end) and an apposition [appos_begin, appos_end) (without its
// commas; empty when appos_begin == appos_end).
struct SpeakerPhrase {
  size_t begin = 0, end = 0;
  size_t appos_begin = 0, appos_end = 0;
};

// The subject ending right before token `verb` (fillers such as "also"
// skipped; a "Name, the role," apposition included), not reaching below
// token `floor`. nullopt when the words there cannot name a speaker.
std::optional<SpeakerPhrase> SubjectBefore(const Words& w, size_t verb, size_t floor);

// The phrase starting at token `start` and ending before `limit` (the name
// after an inverted "said", with a following ", the role" apposition).
std::optional<SpeakerPhrase> PhraseAfter(const Words& w, size_t start, size_t limit);

// The subject that opens the clause starting at token `begin` (after a
// dateline "CITY (Agency) —" or an opening "In a statement,"), when a
// lower-case word follows it before `limit`: the subject of "X summoned
// a diplomat and said ...". nullopt when there is none.
std::optional<SpeakerPhrase> ClauseSubject(const Words& w, size_t begin, size_t limit);

// What a speaker phrase says on its own (before resolution in the article).
struct PhraseReading {
  SpeakerKind kind = SpeakerKind::kUnattributed;
  bool pronoun = false;
  bool definite = false;  // opens with "the": "the spokesman" points back
  Span mention;           // the naming words
  // All views into the article text (which they must not outlive).
  std::string_view text;   // the naming words as written
  std::string_view name;   // a person's name words ("Lin Jian", "Smith"), or the
                           // organisation / document phrase without "the"
  std::string_view title;  // words before a person's name ("Ambassador")
  std::string_view role;   // apposition if it names a role, else the title
};

// Reads a phrase. `dict` (may be null) tells countries and organisations
// ("Beijing", "NATO") from people's names.
PhraseReading ReadPhrase(const Words& w, const SpeakerPhrase& p, const Dictionary* dict);

// `role` without a trailing place where the speaker works ("researcher at
// the Hudson Institute in Washington" -> "researcher at the Hudson
// Institute"): a place is not an affiliation, and its country is not the
// speaker's (a researcher in Washington is not the US government).
std::string_view WithoutPlace(std::string_view role);

// The body a role belongs to (a place it names aside): "NATO" in "U.S. ambassador to NATO" and in
// "NATO Secretary General", "Foreign Ministry" in "Foreign Ministry
// spokesperson", "Japan" in "Japan's defence minister"; "" when none.
std::string AffiliationOf(std::string_view role);

// Returns true iff `w[i]` may be part of a person's name: a capitalised word
// that is not a role, organisation or document noun, a month or weekday, an
// all-capitals abbreviation, or a dotted form other than an initial.
bool IsNameWord(const Words& w, size_t i);

// Returns true iff `dict` knows words [b, e) as a country or organisation.
bool IsKnownNonPerson(const Dictionary* dict, const Words& w, size_t b, size_t e);

}  // namespace dyad::quotes

#endif  // DYAD_QUOTES_SPEAKER_PHRASE_H_
