// Internal: the people an article names in full ("Julianne Smith, U.S.
// ambassador to NATO"; "Foreign Ministry spokesperson Lin Jian"), so that a
// later "Smith", "Ambassador Smith" or "she" can be resolved to one
// canonical name with its role.
#ifndef DYAD_QUOTES_PERSON_TABLE_H_
#define DYAD_QUOTES_PERSON_TABLE_H_

#include <string>
#include <string_view>
#include <vector>

#include "dyad/dictionary.h"
#include "dyad/text.h"
#include "quotes/quote_words.h"

namespace dyad::quotes {

struct NamedPerson {
  std::string name;   // "Julianne Smith"
  std::string first;  // "Julianne" (lower-case)
  std::string last;   // "smith" (lower-case)
  std::string role;   // from an apposition or a title; may be ""
  Span span;          // the name in the article
};

class PersonTable {
 public:
  // Adds the full names (two to four name words) found in `words`.
  void Scan(const Words& words, const Dictionary* dict);
  // Adds one person met as a speaker.
  void Add(NamedPerson p);

  // The person a short name ("Smith", or "Lin" for "Lin Jian") refers to at
  // `pos`: the latest named before it whose first or last name is `word`,
  // else the first after it; nullptr if none.
  const NamedPerson* FindShort(std::string_view word, uint32_t pos) const;
  // The person introduced with exactly this full name; nullptr if none.
  const NamedPerson* FindFull(std::string_view name) const;
  // The latest person named before `pos`; nullptr if none.
  const NamedPerson* LatestBefore(uint32_t pos) const;
  // The first non-empty role given for `name` anywhere in the article.
  std::string RoleOf(std::string_view name) const;

  const std::vector<NamedPerson>& people() const { return people_; }

 private:
  std::vector<NamedPerson> people_;  // sorted by span.begin
};

}  // namespace dyad::quotes

#endif  // DYAD_QUOTES_PERSON_TABLE_H_
