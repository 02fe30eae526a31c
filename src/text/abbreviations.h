// Internal to dyad's text module: the abbreviations the tokenizer keeps with
// their period (Gen. Jan. Inc.) and what each means for the sentence
// splitter, and the words that typically open an English sentence.
#ifndef DYAD_TEXT_ABBREVIATIONS_H_
#define DYAD_TEXT_ABBREVIATIONS_H_

#include <string_view>

namespace dyad::text_internal {

enum class AbbreviationKind {
  kNone,
  // Stands before a name or a phrase, never ends a sentence when a word
  // follows: Mr. Dr. Gen. Sen. St. vs. cf. approx.
  kPrefix,
  // Abbreviation only before a number: No. 5, Vol. 2, Fig. 3.
  kBeforeNumber,
  // A month: continues before a number (Jan. 6), else like kMaybeFinal.
  kMonth,
  // Closes lists, so a capitalised word after it starts a new sentence: etc.
  kListEnd,
  // May end a sentence: Inc. Corp. Ltd. Co. Jr. and, decided by the caller,
  // dotted forms (U.S., e.g.) and initials (J.). A new sentence starts after
  // it only if the next word is a typical sentence opener (The, He, But...).
  kMaybeFinal,
};

// The kind of `word` (without its period), case-sensitive as written in
// news text ("Gen", "etc"). Dotted forms and initials are not listed here.
AbbreviationKind LookupAbbreviation(std::string_view word);

// Returns true iff `word` is a capitalised word that commonly opens a
// sentence (The, He, But, In, ...).
bool IsSentenceOpener(std::string_view word);

}  // namespace dyad::text_internal

#endif  // DYAD_TEXT_ABBREVIATIONS_H_
