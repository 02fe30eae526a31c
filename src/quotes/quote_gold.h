// Internal: gold quotes for evaluation: the sample corpus manifest
// (examples/corpus-manifest.json, whose articles are read from their corpus
// files with dyad's ingest and extract APIs) and dyad's own extra gold files
// (data/gold/quotes-*.tsv), and the scoring of ExtractQuotes against them.
//
// Extra gold format (tab-separated, '#' comments): an article line
//   A <TAB> id <TAB> yyyy-mm-dd <TAB> text, paragraphs separated by "\n\n"
//   (written as the two characters backslash, n)
// followed by its quotes, each
//   Q <TAB> form <TAB> speaker or "-" <TAB> the exact words between the marks
// Forms are the manifest's (said_after, said_before, said_inverted, broken,
// continued_paragraph, partial, ellipsis, bracket).
#ifndef DYAD_QUOTES_QUOTE_GOLD_H_
#define DYAD_QUOTES_QUOTE_GOLD_H_

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "dyad/extract.h"
#include "dyad/quotes.h"
#include "dyad/status.h"

namespace dyad::quotes {

struct GoldQuote {
  std::string text;
  std::optional<std::string> speaker;  // nullopt: unattributed or anonymous
  std::string role;
  std::string actor;
  std::string form;
};

struct GoldArticle {
  std::string id;
  Article article;  // as dyad extracts it
  std::vector<GoldQuote> quotes;
};

// Reads the manifest and extracts each of its articles from examples/.
// Returns an error naming the file when the manifest or a corpus file
// cannot be read or an article index is missing.
Result<std::vector<GoldArticle>> LoadCorpusGold(const std::string& examples_dir);

// Reads an extra gold file (format above); articles are extracted from
// their text as plain text would be.
Result<std::vector<GoldArticle>> LoadExtraGold(const std::string& path);

// Counts for one group of quotes (all, one gold form, one rule).
struct QuoteCounts {
  int gold = 0;        // gold quotes
  int found = 0;       // extracted quotes
  int matched = 0;     // extracted quotes whose words equal a gold quote's
  int speaker_ok = 0;  // matched quotes whose speaker is right
  double precision() const { return found ? double(matched) / found : 1.0; }
  double recall() const { return gold ? double(matched) / gold : 1.0; }
  double speaker_accuracy() const { return matched ? double(speaker_ok) / matched : 1.0; }
};

// One matched or unmatched quote, for reports.
struct QuoteOutcome {
  std::string article;
  std::string text;
  std::string form_or_rule;  // the gold form when matched or missed, else the rule
  std::string gold_speaker;  // "-" for none
  std::string got_speaker;   // "-" for none; "" when missed
  bool matched = false;
  bool speaker_ok = false;
};

struct QuoteEvaluation {
  QuoteCounts all;
  std::map<std::string, QuoteCounts> by_form;  // gold form: gold, matched, speaker_ok
  std::map<std::string, QuoteCounts> by_rule;  // dyad's rule: found, matched, speaker_ok
  std::vector<QuoteOutcome> outcomes;          // every gold and extracted quote
};

// Returns true iff `got` names the gold speaker: no gold speaker and
// unattributed or anonymous; a person by the same canonical name (case and
// spacing aside); an organisation or document whose head noun appears in
// the gold name or role ("the statement" for the E3's "joint statement"),
// or whose canonical name equals the gold name.
bool SpeakerMatches(const GoldQuote& gold, const Speaker& got);

// Scores ExtractQuotes on `articles` (adding to `eval`).
void EvaluateQuotes(const std::vector<GoldArticle>& articles, const QuoteOptions& options,
                    QuoteEvaluation* eval);

}  // namespace dyad::quotes

#endif  // DYAD_QUOTES_QUOTE_GOLD_H_
