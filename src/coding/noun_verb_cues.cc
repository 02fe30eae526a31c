// Dyad-mode part-of-speech cues for dictionary verbs that stand as nouns
// (see noun_verb_cues.h).
#include "coding/noun_verb_cues.h"

#include <initializer_list>
#include <string_view>

namespace dyad::coding {
namespace {

bool IsDeterminerLike(std::string_view t) {
  return In(
      t, {"the",     "a",       "an",   "this", "these", "those", "such",    "each", "every", "any",
          "another", "further", "more", "most", "less",  "many",  "several", "some", "no",    "its",
          "their",   "his",     "her",  "our",  "whose", "both",  "all",     "other"});
}

bool IsPreposition(std::string_view t) {
  return In(t, {"of",     "in",    "on",      "for",    "with",    "between", "about",
                "over",   "amid",  "despite", "toward", "towards", "against", "into",
                "during", "under", "through", "via",    "among",   "within",  "without",
                "from",   "by",    "at",      "after",  "before",  "like"});
}

// Words that end like adjectives but come before verbs.
bool IsVerbalNeighbour(std::string_view t) {
  return In(t, {"never",   "ever",       "later",     "earlier", "rather",    "together",
                "whether", "either",     "neither",   "over",    "under",     "after",
                "however", "also",       "then",      "often",   "again",     "already",
                "still",   "now",        "soon",      "just",    "even",      "only",
                "since",   "reportedly", "allegedly", "jointly", "officially"});
}

bool IsDateWord(std::string_view t) {
  return In(t,
            {"monday",  "tuesday",   "wednesday", "thursday", "friday",   "saturday", "sunday",
             "january", "february",  "march",     "april",    "may",      "june",     "july",
             "august",  "september", "october",   "november", "december", "today",    "yesterday"});
}

bool EndsWith(std::string_view t, std::string_view suffix) {
  return t.size() > suffix.size() + 2 && t.ends_with(suffix);
}

// An adjective (or participle used as one) by its ending: "massive",
// "economic", "political", "dangerous", "unrestricted", "closer".
bool LooksAdjective(std::string_view t) {
  if (IsVerbalNeighbour(t) || t.ends_with("ly")) return false;
  for (std::string_view suf : {"ive", "al", "ic", "ous", "ful", "ary", "ant", "ent", "ish", "ed",
                               "able", "ible", "est", "ier", "ser", "per", "ger"})
    if (EndsWith(t, suf)) return true;
  return false;
}

bool IsPlainWord(const Scratch& s, uint32_t i) {
  return s.kinds[i] == TokenKind::kWord && s.mention_at[i] == kNone && !s.capitalized[i];
}

}  // namespace

bool ReadsAsNoun(const Scratch& s, uint32_t verb_begin, uint32_t verb_end) {
  if (verb_end != verb_begin + 1 || verb_begin == 0) return false;
  std::string_view w = s.norm[verb_begin];
  uint32_t p = verb_begin - 1;
  // skip an opening quotation mark: "massive "support" ..."
  if (s.kinds[p] != TokenKind::kWord && p > 0 && (s.norm[p] == "\"" || s.norm[p] == "\xe2\x80\x9c"))
    --p;
  // "US lobbying", "Russian shelling": an -ing word right after an actor
  // with no auxiliary is a noun.
  // ("a spokesman describing NATO" keeps its verb: an agent acts, and an
  // actor right after it is its object).
  if (s.mention_at[p] != kNone) {
    const Mention& m = s.mentions[s.mention_at[p]];
    const bool object_follows = verb_end < s.size() && s.mention_at[verb_end] != kNone;
    return w.size() > 5 && w.ends_with("ing") && !m.has_agent && !object_follows;
  }
  // "IP4 partners", "Indo-Pacific partner": a name the dictionaries do not
  // know stands before it, as its head or as its unknown subject.
  if (p > 0 && s.kinds[p] == TokenKind::kWord && s.capitalized[p] && !IsDateWord(s.norm[p]))
    return true;
  if (!IsPlainWord(s, p)) return false;
  std::string_view prev = s.norm[p];
  // "entities they say support the war": no subject of its own here.
  if (In(prev, {"say", "says", "said"})) return true;
  // "is offering arms", "isn't sending troops": the object of a progressive
  // verb ("the meeting calls for" keeps its verb: no be-form before it).
  if (w.size() > 3 && w.ends_with("s") && prev.size() > 5 && prev.ends_with("ing") && p > 0 &&
      (In(s.norm[p - 1], {"is", "are", "was", "were", "am", "be", "been", "not", "'s", "'re"}) ||
       s.norm[p - 1].ends_with("n't")))
    return true;
  if (IsDeterminerLike(prev)) return true;
  if (IsPreposition(prev)) return !w.ends_with("ing");
  if (LooksAdjective(prev)) {
    // "has signed deals" is a verb's object; "had agreed talks" too: an
    // auxiliary before an -ed word makes it a verb, and what follows its object.
    return true;
  }
  if (p > 0 && IsPlainWord(s, p - 1) && IsDeterminerLike(s.norm[p - 1]) &&
      !In(prev, {"who", "which", "that"}))
    return true;
  return false;
}

bool JoinsModifiers(const Scratch& s, uint32_t i) {
  if (i == 0 || i + 1 >= s.size()) return false;
  return IsPlainWord(s, i - 1) && LooksAdjective(s.norm[i - 1]) && IsPlainWord(s, i + 1);
}

bool IsPassiveVerb(const Scratch& s, uint32_t verb_begin) {
  uint32_t i = verb_begin;
  while (i > 0 && s.norm[i - 1].size() > 4 && s.norm[i - 1].ends_with("ly")) --i;
  if (i == 0) return false;
  return In(s.norm[i - 1],
            {"was", "were", "is", "are", "been", "being", "be", "got", "get", "gets"}) &&
         (s.norm[verb_begin].ends_with("ed") || s.norm[verb_begin].ends_with("en"));
}

}  // namespace dyad::coding
