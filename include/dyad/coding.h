// dyad/coding.h: the event coder. From a sentence, the events it reports as
// "who did what to whom" in CAMEO codes, found with a Dictionary
// (dyad/dictionary.h): actors by longest phrase match, composed with agents;
// verbs and their patterns; default source and target; negation, intent and
// attribution; the event's date.
//
//   dyad::Coder coder(&dict);                       // dict: indexes built
//   for (const dyad::Sentence& s : dyad::SplitSentences(text))
//     for (const dyad::Event& e : coder.CodeSentence(text, s, 20240510))
//       std::cout << e.source.code << " " << e.code << " " << e.target.code;
//
// Negated and denied events ("has not supplied", "denied supplying",
// "refused to", "stopped short of blaming") are never reported as the event
// itself. By default they are not returned at all; with
// CoderOptions::keep_negated they are returned with `negated` set, for
// explanation only (counts and stores must skip them). Intended and future
// actions ("will hold", "vowed to", "plans to") are recoded to CAMEO's intent
// codes (03x for cooperation, 13x threats for force) with `intent` set, and
// the code the verb would have had is kept in `asserted_code`.
//
// Thread safety: a Coder holds only a pointer to a const Dictionary and its
// options; any number of threads may call its const methods at once (scratch
// space is per thread). Time is linear in the sentence's tokens times a small
// bound (pattern elements are matched greedily within a bounded window), so a
// 10,000-token sentence codes in bounded time.
#ifndef DYAD_CODING_H_
#define DYAD_CODING_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/dictionary.h"
#include "dyad/status.h"
#include "dyad/text.h"

namespace dyad {

// One side of an event.
struct EventActor {
  Span span;                    // byte range in the text given to the coder
  std::string code;             // "USAGOV"
  std::string country;          // "USA" (first three letters of a country code), or ""
  std::string agent;            // "GOV": the agent code composed in, or ""
  std::string name;             // canonical name of the actor ("United States")
  std::vector<Origin> origins;  // the actor and agent entries that matched
  bool empty() const { return code.empty(); }
};

struct Event {
  int32_t date = 0;  // yyyymmdd, resolved (see ResolveEventDate)
  EventActor source;
  EventActor target;      // may be empty when the verb has no target
  std::string code;       // CAMEO code as coded ("1123")
  std::string root;       // "11"
  int quad_class = 0;     // 1..4, 0 if the code is not CAMEO
  double goldstein = 0;   // from the CAMEO table (0 if unknown)
  Span sentence;          // the sentence's byte range in the text
  Span verb;              // the verb's byte range in the text
  Origin verb_origin;     // the verb entry
  Origin pattern_origin;  // the pattern (when from_pattern)
  bool from_pattern = false;
  bool paired = false;        // the second half of a paired code ("042:043")
  bool negated = false;       // denied or negated: not an event (see top)
  bool intent = false;        // future/intended action, recoded to 03x/13x
  std::string asserted_code;  // with intent: the code of the action itself
};

struct CoderOptions {
  // Return negated events (negated = true) instead of dropping them.
  bool keep_negated = false;
  // Recognise negation and denial around the verb.
  bool detect_negation = true;
  // Recode intended/future actions to intent codes.
  bool detect_modality = true;
  // An agent with no adjacent actor takes the country of the sentence's only
  // named country ("foreign ministry spokesperson Lin Jian" -> CHNGOV in a
  // sentence naming China).
  bool agent_country_from_context = true;
  // Emit events that have a source but no target actor.
  bool allow_missing_target = true;
  // TABARI's convention: one event (the first verb that codes) per clause;
  // clauses end at ';' and at "and"/"but" not joining two actors. Otherwise
  // every verb codes, and "that" also starts a clause (attribution).
  bool one_event_per_clause = false;
  // dyad's rules for modern news (docs/coding.md): slots bounded by clauses,
  // subject, noun/verb, case and place-name cues, passives with "by". The
  // TABARI and PETRARCH validation conventions switch them off, since their
  // test records follow those coders' own rules.
  bool news_rules = true;
  // Sentences longer than this many tokens are coded on their first tokens.
  size_t max_tokens = 400;

  // ---- TABARI's conventions, set by its options records (validation) ----
  // Sentences with fewer words than this code nothing (SET: MINIMUM WORDS).
  size_t min_words = 0;
  // Comma-delimited clauses (COMMA:): a clause between two commas of
  // [min, max] words, the clause after the last comma of [end_min, end_max]
  // words and the clause before the first comma of [begin_min, begin_max]
  // words are removed before coding, unless the clause is one actor (an
  // item of a list "Mordor, the Shire, Fornost and Bree").
  struct CommaClauses {
    bool enabled = false;
    int min = 2, max = 10, end_min = 2, end_max = 10, begin_min = 255, begin_max = 0;
  };
  CommaClauses comma_clauses;
  // DEFAULT: the codes used when no source / target actor is found. With
  // default_source_prior the source must come before the verb; without it a
  // source may be found after the verb. With default_target_after the target
  // must come after the verb; without it a compound subject's second member
  // may be the target.
  std::string default_source, default_target;
  bool default_source_prior = false;
  bool default_target_after = false;
  // FORWARD: a pronoun with no antecedent in its sentence stands for this
  // actor (the first actor of the story's previous sentence), if not empty.
  std::string forwarded_actor;
  // SET: CODE BY SENTENCE: only the sentence's first event.
  bool one_event_per_sentence = false;
  // SET: CODE ALL: every verb codes, and a verb that finds no source (no
  // target, or only a pronoun for its own source) takes the first event's.
  bool all_verbs_share_first_actors = false;
  // TABARI's pattern words with a trailing hyphen ("ANTI- + *") match the
  // sentence's "anti-" written apart from the next word ("an anti- Gondor
  // parade"). PETRARCH, which parses, takes such a word for a noun.
  bool hyphen_pattern_words = false;
  // TABARI's passive voice without a pattern: "X was opposed by Y" codes Y
  // as the source, X as the target.
  bool passive_voice = false;
  // SET: CONVERT AGENT: an agent with no actor is an actor of its own,
  // coded "~" + the agent's code ("Guerrillas" ~REB).
  bool convert_agents = false;
  // TABARI's noun endings: an actor or agent word also matches with a
  // plural "s" ("Libyas" LIBYA_, "Ithilen government radios").
  bool noun_endings = false;
  // TABARI's pronouns: he, she, it, they (and him, her, them) stand for the
  // sentence's first actor, not the nearest one before them.
  bool pronoun_is_first_actor = false;
};

class Coder {
 public:
  // REQUIRES: dict outlives the Coder; dict->BuildIndexes() has run.
  explicit Coder(const Dictionary* dict, CoderOptions options = {});

  // The events of `sentence` (a sentence of `text`, e.g. from
  // SplitSentences(text)); offsets in the events are offsets in `text`.
  // `publication_date` (yyyymmdd, 0 if unknown) selects dated actor codes
  // and anchors relative dates ("on Tuesday", "yesterday").
  std::vector<Event> CodeSentence(std::string_view text, const Sentence& sentence,
                                  int32_t publication_date) const;

  // Codes `sentence_text` as one sentence (tokenised here).
  std::vector<Event> CodeText(std::string_view sentence_text, int32_t publication_date) const;

  // A few lines explaining `event`: actors with their entries (file:line),
  // the verb, the pattern, flags. `text` is the text the event points into.
  std::string Explain(const Event& event, std::string_view text) const;

  const Dictionary& dictionary() const { return *dict_; }
  const CoderOptions& options() const { return options_; }

 private:
  const Dictionary* dict_;
  CoderOptions options_;
};

// "SRC TGT CODE" (one event), as validation files write them.
std::string EventTriple(const Event& event);

// ---- Dates -------------------------------------------------------------------

// The date a sentence's event happened, from its tokens and the publication
// date (yyyymmdd): an explicit date ("10 May 2024", "May 10, 2024",
// "2024-05-10", "May 10" in the publication's year, never after it by more
// than a day); "yesterday", "today", "last week", "last month" (the first day
// of the previous month), "last year" (January 1); a weekday ("on Tuesday")
// is the most recent such day on or before the publication date. Otherwise,
// and if publication_date is 0, returns publication_date.
int32_t ResolveEventDate(std::string_view text, const std::vector<Token>& tokens,
                         int32_t publication_date);

// yyyymmdd plus `days` (negative: earlier). REQUIRES: a valid date.
int32_t AddDays(int32_t date, int days);
// 0 = Monday ... 6 = Sunday.
int DayOfWeek(int32_t date);

// ---- Validation --------------------------------------------------------------

// One record of a validation file: a sentence and the events expected.
struct ValidationRecord {
  std::string id;    // "DEMO-01"
  int32_t date = 0;  // yyyymmdd
  std::string text;
  std::vector<std::string> expected;  // "SRC TGT CODE", sorted
  bool control = false;               // an OPTION record or past the standard records: not scored
  std::vector<std::string> options;   // an OPTION record's settings ("DEFAULT: OFF"), in order
  uint32_t line = 0;                  // where the record starts in its file
};

struct ValidationResult {
  ValidationRecord record;
  std::vector<std::string> coded;  // "SRC TGT CODE", sorted
  bool passed = false;
};

struct ValidationReport {
  std::string file;
  std::vector<std::string> dictionary_files;
  size_t scored = 0, passed = 0, control = 0;
  std::vector<ValidationResult> results;  // every record, in file order
  double pass_rate() const { return scored ? static_cast<double>(passed) / scored : 0; }
};

// Reads a TABARI validation text (Validate.text): records "YYMMDD ID" then
// text up to "/*", expected events "{ SRC / TGT / CODE }" in the comment.
std::vector<ValidationRecord> ReadTabariValidation(std::string_view text);
// Reads a PETRARCH XML record file (<Sentence> with <Text> and <EventCoding>).
std::vector<ValidationRecord> ReadPetrarchValidation(std::string_view text);

// Runs the validation file at `path`: a TABARI .text with the dictionaries
// of the Validate.project beside it, or a PETRARCH .xml with the PETRARCH
// validation dictionaries found in its folder (or in `petrarch_dicts` if not
// empty). A record passes iff its coded events (non-negated, as "SRC TGT
// CODE" sets) equal the expected set.
Result<ValidationReport> RunValidation(const std::string& path,
                                       const std::vector<std::string>& dictionary_files = {});

// Codes `records` with `coder` into a report. Options records (TABARI's
// "OPTION: ..." lines) change the options of the records after them; see
// ApplyTabariOption.
ValidationReport ScoreValidation(const Coder& coder, std::vector<ValidationRecord> records);

// Applies one TABARI options line ("DEFAULT: SOURCE [X] PRIOR TARGET [Y]
// AFTER", "DEFAULT: OFF", "COMMA: MIN = 4 MAX = 6 ...", "COMMA: OFF",
// "SET: MINIMUM WORDS = 8", "SET: CODE BY SENTENCE|CLAUSE", "SET: CODE ALL",
// "FORWARD: ... [OFF]") to `options`. `*forward` is set to whether pronoun
// forwarding is on. Returns true iff the line was understood.
bool ApplyTabariOption(std::string_view line, CoderOptions* options, bool* forward);

// TABARI's own defaults for coding its validation records (comma-delimited
// clauses eliminated, at least 8 words).
CoderOptions TabariValidationOptions();

// The conventions TABARI and PETRARCH share, which their validation records
// follow: no intent recoding, no agent placed by context, an event needs a
// target, one event per clause, no news rules.
CoderOptions PeerConventionOptions();

}  // namespace dyad

#endif  // DYAD_CODING_H_
