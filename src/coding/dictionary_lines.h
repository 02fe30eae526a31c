// Helpers every dictionary reader shares: walking a file line by line with
// line numbers and a length limit, reporting problems as "file:line: ...",
// trimming, and parsing bracketed event codes ("[042:043]").
#ifndef DYAD_CODING_DICTIONARY_LINES_H_
#define DYAD_CODING_DICTIONARY_LINES_H_

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/dictionary.h"

namespace dyad::coding {

// What a reader needs to add entries and report problems for one file.
struct ReaderContext {
  Dictionary* dict;
  uint32_t file;  // index in dict->files()
  std::string file_name;
  std::vector<DictionaryProblem>* problems;

  ReaderContext(Dictionary* d, std::string_view name, std::vector<DictionaryProblem>* p)
      : dict(d), file(d->AddFile(name)), file_name(name), problems(p) {}
  Origin At(uint32_t line) const { return Origin{file, line}; }
  void Problem(uint32_t line, std::string message) const {
    if (problems) problems->push_back({file_name, line, std::move(message)});
  }
};

// Calls fn(line_number, line) for every line of `text` (1-based, '\r'
// stripped). Lines over kMaxDictionaryLineBytes are reported and skipped.
void ForEachLine(std::string_view text, const ReaderContext& ctx,
                 const std::function<void(uint32_t, std::string_view)>& fn);

// The same for any line-based file: lines over `max_bytes` go to
// too_long(line_number) instead of fn.
void ForEachTextLine(std::string_view text, size_t max_bytes,
                     const std::function<void(uint32_t, std::string_view)>& fn,
                     const std::function<void(uint32_t)>& too_long);

std::string_view Trim(std::string_view s);

// Cuts a comment: everything from the first `marker` that starts the line or
// follows white space.
std::string_view StripComment(std::string_view line, char marker);

// Splits on `sep`, trimming each piece; empty pieces are kept.
std::vector<std::string_view> Split(std::string_view s, char sep);

// Returns true iff `s` is a plausible actor or agent code: 1 to 40 ASCII
// letters or digits (lowercase allowed; callers upper-case).
bool IsCodeText(std::string_view s);

// Returns true iff `s` is an actor code as dyad writes them: 3 to 30 capital
// letters or digits ("CHN", "USAGOV", "IGOWSTNAT").
bool IsActorCode(std::string_view s);
std::string Upper(std::string_view s);

// Parses an event code as written inside brackets: "042", "042:043",
// "031!", "025?", "---", "###", ":110" (PETRARCH: no event this way). Returns
// nullopt if it is not one.
std::optional<EventCode> ParseEventCode(std::string_view s);

// The pattern symbols dyad's, TABARI's and PETRARCH's verb patterns share:
// "*" the verb, "$" the source, "+" the target, "^" skip, "%" compound, and
// "&NAME" a synset. Returns true iff `word` is one of them, setting e->kind
// (and e->word for a synset) and counting verbs in *verbs; sets *error for a
// malformed one ("&" alone), returning true.
bool ParsePatternSymbol(std::string_view word, PatternElement* e, int* verbs,
                        std::optional<std::string>* error);

}  // namespace dyad::coding

#endif  // DYAD_CODING_DICTIONARY_LINES_H_
