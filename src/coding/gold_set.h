// Gold set: hand-written sentences with the events a coder must find in them,
// kept as a regression test and scored per phenomenon (docs/gold.md).
//
// A gold file is UTF-8 text, one record a line, five fields separated by TABs:
//
//   ID  DATE  TAGS  SENTENCE  EVENTS
//   g0001  2024-07-10  igo,agent  NATO accused China of ...  IGOWSTNAT CHN 112
//
// - ID: letters, digits, '-' and '_'; unique in the file.
// - DATE: the publication date, YYYY-MM-DD (persons' codes depend on it).
// - TAGS: comma-separated phenomena from GoldTags() ("negation", "passive"...).
// - SENTENCE: the text to code (no TAB).
// - EVENTS: "none", or events separated by ';', each "SOURCE TARGET CODE" with
//   actor codes as the default dictionaries produce them and a CAMEO code.
// '#' at the start of a line makes a comment; blank lines are ignored.
//
// Malformed lines are reported as "file:line: what is wrong" and skipped.
#ifndef DYAD_CODING_GOLD_SET_H_
#define DYAD_CODING_GOLD_SET_H_

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/status.h"

namespace dyad::coding {

inline constexpr size_t kMaxGoldLineBytes = 16 * 1024;
inline constexpr size_t kMaxGoldFileBytes = 64u * 1024 * 1024;

struct GoldEvent {
  std::string source;  // "IGOWSTNAT"
  std::string target;  // "CHN"
  std::string code;    // "112"
  std::string root() const { return code.substr(0, 2); }
  bool operator==(const GoldEvent&) const = default;
};

struct GoldRecord {
  std::string id;
  int32_t date = 0;  // yyyymmdd
  std::vector<std::string> tags;
  std::string sentence;
  std::vector<GoldEvent> events;  // empty: the sentence codes no event
  uint32_t line = 0;              // 1-based line in its file
  // Returns true iff the record carries `tag`.
  bool HasTag(std::string_view tag) const;
};

struct GoldProblem {
  std::string file;
  uint32_t line = 0;  // 0: the file as a whole
  std::string message;
  std::string ToString() const;  // "file:line: message"
};

// The phenomena a record may be tagged with, each described in docs/gold.md.
std::span<const std::string_view> GoldTags();
// Returns true iff `tag` is one of GoldTags().
bool IsGoldTag(std::string_view tag);

// Parses "SOURCE TARGET CODE; ..." or "none". Returns the reason on failure.
Result<std::vector<GoldEvent>> ParseGoldEvents(std::string_view text);

// Reads every record of `text` (named `file_name` in problems). Bad lines are
// appended to `problems` and skipped; the rest are returned in file order.
std::vector<GoldRecord> ReadGoldSet(std::string_view text, std::string_view file_name,
                                    std::vector<GoldProblem>* problems);

// Reads the file at `path`. Returns IOError if it cannot be read, TooLarge
// past kMaxGoldFileBytes.
Result<std::vector<GoldRecord>> LoadGoldSetFile(const std::string& path,
                                                std::vector<GoldProblem>* problems);

}  // namespace dyad::coding

#endif  // DYAD_CODING_GOLD_SET_H_
