// Internal: the word lists attribution and speaker analysis work from
// (speech verbs, pronouns, role, organisation and document nouns), and the
// tokens of a stretch of article text with absolute offsets.
#ifndef DYAD_QUOTES_QUOTE_WORDS_H_
#define DYAD_QUOTES_QUOTE_WORDS_H_

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/text.h"

namespace dyad::quotes {

// The lists a lower-case word is on, as bits, in one hash probe.
enum WordClass : uint16_t {
  kSpeech = 1,
  kReport = 2,
  kPronoun = 4,
  kDeterminer = 8,
  kRole = 16,
  kOrganisation = 32,
  kDocument = 64,
  kFiller = 128,
  kNeverName = 256,
  kHonorific = 512,    // mr, ms, mrs, dr ...: before a name, never part of it
  kMaleWord = 1024,    // mr, sir, spokesman ...
  kFemaleWord = 2048,  // ms, mrs, spokeswoman ...
  kUnknownClasses = 0x8000,
};
uint16_t WordClasses(std::string_view lower_word);

// Tokens of text[begin, end), offsets into `text`, with their lower-cased
// forms (typographic apostrophes made ASCII).
// Movable, not copyable (the lower-case views point into its own buffer).
struct Words {
  Words() = default;
  Words(Words&&) = default;
  Words& operator=(Words&&) = default;
  Words(const Words&) = delete;
  Words& operator=(const Words&) = delete;

  std::string_view text;
  std::vector<Token> tokens;
  // Token i's lower-case form, made when first asked for: most tokens are
  // never asked about.
  std::string_view Lower(size_t i) const {
    if (lower_[i].data() == nullptr) MakeLower(i);
    return lower_[i];
  }
  // The lower-case forms of tokens [b, e), side by side.
  std::span<const std::string_view> LowerSpan(size_t b, size_t e) const {
    for (size_t i = b; i < e; ++i) Lower(i);
    return {lower_.data() + b, e - b};
  }
  // WordClasses of each lower-case form, computed when first asked for
  // (kUnknownClasses until then).
  mutable std::vector<uint16_t> classes;
  // Returns true iff token i's lower-case form is on one of the `bits` lists.
  bool Has(size_t i, uint16_t bits) const {
    if (i >= classes.size()) return false;
    if (classes[i] == kUnknownClasses) classes[i] = ClassesOf(i);
    return classes[i] & bits;
  }
  size_t size() const { return tokens.size(); }
  std::string_view view(size_t i) const { return tokens[i].view(text); }
  // Returns true iff token i is a word starting with a capital letter (or a
  // non-ASCII letter) or a digit-free all-caps abbreviation.
  bool Capitalised(size_t i) const {
    if (i >= tokens.size() || tokens[i].kind != TokenKind::kWord) return false;
    const unsigned char c = static_cast<unsigned char>(text[tokens[i].begin]);
    if (c >= 'A' && c <= 'Z') return true;
    return c >= 0x80 && CapitalisedNonAscii(view(i));
  }
  bool IsWord(size_t i) const { return tokens[i].kind == TokenKind::kWord; }
  // Returns true iff token i is a lower-case speech verb / reporting verb
  // ("said"; not "States" in "United States").
  bool SpeechVerb(size_t i) const;
  bool ReportVerb(size_t i) const;
  bool Is(size_t i, std::string_view lower_word) const {
    return i < tokens.size() && Lower(i) == lower_word;
  }
  // text from the start of token b to the end of token e-1. REQUIRES: b < e.
  std::string_view Text(size_t b, size_t e) const {
    return text.substr(tokens[b].begin, tokens[e - 1].end - tokens[b].begin);
  }

  // Filled by TokenizeSegmentsInto: lower_[i] is empty with a null data()
  // until made, in lower_buffer_ at tokens[i].begin - lower_base_ (a form is
  // never longer than its token).
  mutable std::vector<std::string_view> lower_;
  mutable std::vector<char> lower_buffer_;
  uint32_t lower_base_ = 0;

 private:
  void MakeLower(size_t i) const;
  uint16_t ClassesOf(size_t i) const;  // WordClasses(Lower(i))
  static bool CapitalisedNonAscii(std::string_view word);
};
Words TokenizeRange(std::string_view text, uint32_t begin, uint32_t end);
// The same over several sorted, non-overlapping ranges, one after the other
// (the words of a paragraph with its quotations' inner words left out).
Words TokenizeSegments(std::string_view text, const std::vector<Span>& segments);
// The same into `*out`, whose vectors keep their capacity: a Words reused
// across paragraphs and articles allocates nothing once warm.
void TokenizeSegmentsInto(std::string_view text, std::span<const Span> segments, Words* out);

// Verbs that attach a quote to its speaker: said, says, added, told, asked,
// wrote, explained ... (lower-case).
bool IsSpeechVerb(std::string_view w);
// Speech verbs plus verbs that report words inside a sentence: called,
// described, warned, accused, urged, branded, insisted ... (lower-case).
bool IsReportVerb(std::string_view w);
bool IsPersonalPronoun(std::string_view w);  // he she they it we i
bool IsDeterminer(std::string_view w);       // the a an its his her their this that
// Nouns naming an office or job (spokesperson, minister, ambassador,
// secretary, general, analyst ...), lower-case.
bool IsRoleWord(std::string_view w);
// Nouns naming a body (ministry, mission, delegation, government, council,
// command, guard, agency, forces, staff, office ...), lower-case.
bool IsOrganisationNoun(std::string_view w);
// Nouns naming a document (statement, declaration, communique, report,
// letter, readout, resolution, text ...), lower-case.
bool IsDocumentNoun(std::string_view w);
// Words that may stand between a subject and its verb (also, later, then,
// again, had, has ...), lower-case.
bool IsSubjectVerbFiller(std::string_view w);
// Words naming the field of an office after "Secretary of", "Minister
// for" (state, defense, foreign, affairs, finance, ...), lower-case.
bool IsOfficeWord(std::string_view lower_word);
// A person's gender as a text shows it (a title, a gendered role word, the
// pronoun used for them); kUnknown when it does not.
enum class Gender : uint8_t { kUnknown, kMale, kFemale };
// Mr, Mr., Sir, spokesman, chairman, congressman -> kMale; Ms, Mrs, Miss,
// Madam, Dame, Lady, spokeswoman, chairwoman, congresswoman -> kFemale
// (lower-case word).
Gender GenderOfWord(std::string_view lower_word);
// The first gendered word of a title or role ("Ms", "the spokeswoman").
Gender GenderOfRole(std::string_view role);
// Returns true iff `text` holds a word GenderOfWord gives `gender`, written
// as usual ("Ms", "Mr.", "Sir", "spokeswoman"; not "MS"). A quick test
// before scanning an article's names for it.
bool HasGenderWords(std::string_view text, Gender gender);
// he -> kMale, she -> kFemale (any case); else kUnknown.
Gender GenderOfPronoun(std::string_view pronoun);
// Month and weekday names and other capitalised words that are never names.
bool IsNeverName(std::string_view lower_word);
// Conjunctions and prepositions, which never end a speaker phrase.
bool IsFunctionWord(std::string_view lower_word);

}  // namespace dyad::quotes

#endif  // DYAD_QUOTES_QUOTE_WORDS_H_
