// Internal: the people an article names in full ("Julianne Smith, U.S.
// ambassador to NATO"; "Foreign Ministry spokesperson Lin Jian"), so that a
// later "Smith", "Ambassador Smith" or "she" can be resolved to one
// canonical name with its role.
#ifndef DYAD_QUOTES_PERSON_TABLE_H_
#define DYAD_QUOTES_PERSON_TABLE_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/dictionary.h"
#include "dyad/text.h"
#include "quotes/quote_words.h"

namespace dyad::quotes {

struct NamedPerson {
  std::string name;                  // "Julianne Smith"
  std::string first;                 // "Julianne" (lower-case)
  std::string last;                  // "smith" (lower-case)
  std::string role;                  // from an apposition or a title; may be ""
  Span span;                         // the name in the article
  bool oblique = false;              // named after "of", "by", "to" ...: not a pronoun's referent
  Gender gender = Gender::kUnknown;  // from a title ("Ms Ana Ruiz") or its role
};

// The table fills itself lazily: only the stretches of text around the
// words it is asked about are tokenised, so an article costs little more
// than its quotes' own sentences.
class PersonTable {
 public:
  // REQUIRES: `text` and `paragraphs` outlive the table.
  // `paragraph_words` (may be null) holds the tokens of paragraphs already
  // tokenised by the caller, indexed like `paragraphs` (nullptr: not
  // tokenised); they are reused.
  PersonTable(std::string_view text, const std::vector<Span>& paragraphs, const Dictionary* dict,
              const std::vector<const Words*>* paragraph_words = nullptr)
      : text_(text), paragraphs_(paragraphs), dict_(dict), paragraph_words_(paragraph_words) {}

  // Adds the full names (two to four name words) found in `words`.
  void Scan(const Words& words);
  // Adds one person met as a speaker.
  void Add(NamedPerson p);

  // The person a short name ("Smith", or "Lin" for "Lin Jian") refers to at
  // `pos`: the latest named before it whose first or last name is `word`,
  // else the first after it; nullptr if none.
  const NamedPerson* FindShort(std::string_view word, uint32_t pos);
  // The person introduced with exactly this full name; nullptr if none.
  const NamedPerson* FindFull(std::string name);
  // The person of this full name already in the table; nullptr if none.
  const NamedPerson* Known(std::string_view name) const;
  // The latest person named in [from, pos] other than in an oblique phrase
  // ("by President X"), for pronouns; nullptr if none.
  const NamedPerson* LatestBetween(uint32_t from, uint32_t pos);
  // Every person named in [from, pos] other than in an oblique phrase, in
  // text order (the paragraphs there are scanned first). Valid until the
  // next call of a non-const method.
  std::vector<const NamedPerson*> NamedBetween(uint32_t from, uint32_t pos);
  // The first non-empty role given for `name` anywhere in the article.
  std::string RoleOf(std::string name);
  // Pointers returned stay valid until the next call of a non-const method.
  // Every person named before `pos` (the whole text before it is scanned).
  const std::vector<NamedPerson>& PeopleBefore(uint32_t pos);

 private:
  // Scans the stretch of text around every whole-word occurrence of `word`
  // (the first 8) that starts before `limit` and was not scanned yet.
  void ScanOccurrences(std::string_view word, uint32_t limit);
  // Scans a window of the paragraph around byte `at`.
  void ScanAround(uint32_t at);
  void ScanParagraph(size_t p);
  // Returns true iff a person named at byte `begin` is in the table.
  bool HasPersonAt(uint32_t begin) const;
  // Tokenises text[begin, end) and scans it.
  void ScanRange(uint32_t begin, uint32_t end);
  // Returns true iff the caller's tokens of paragraph p cover [begin, end).
  bool CachedCovers(size_t p, uint32_t begin, uint32_t end) const;
  void ScanCached(size_t p);

  std::string_view text_;
  const std::vector<Span>& paragraphs_;
  const Dictionary* dict_;
  const std::vector<const Words*>* paragraph_words_;
  std::vector<NamedPerson> people_;  // sorted by span.begin
  std::vector<bool> paragraph_scanned_;
  std::vector<bool> cached_scanned_;
  std::vector<Span> windows_scanned_;
  struct Occurrences {
    std::string word;
    size_t next = 0;  // where the search for its occurrences resumes
    int found = 0;    // occurrences scanned so far
  };
  std::vector<Occurrences> words_scanned_;
};

}  // namespace dyad::quotes

#endif  // DYAD_QUOTES_PERSON_TABLE_H_
