// dyad/dictionary.h: the dictionaries event coding works from (actors, agents,
// verbs and their patterns, synonym sets, discards), the readers that load
// them from dyad's own format and from TABARI's and PETRARCH's files, the
// `dyad dict check` logic, and the CAMEO event-code table.
//
// A Dictionary is plain data plus look-up indexes. Every entry remembers where
// it came from (file and line), so that every coded event can name the line
// that produced it.
//
//   dyad::Dictionary dict;
//   std::vector<dyad::DictionaryProblem> problems;
//   dyad::Status s = dyad::LoadDictionaryFile("data/dictionaries/countries.txt",
//                                             dyad::DictionaryFormat::kUnknown,
//                                             &dict, &problems);
//   for (const auto& p : problems) std::cerr << p.ToString() << "\n";
//   dict.BuildIndexes();
//   // tokens of a sentence, each through NormalizeDictionaryToken():
//   std::vector<std::string_view> toks = {"chinese", "foreign", "ministry"};
//   auto m = dict.actor_index().LongestMatch(toks, 0);   // "chinese" -> CHN
//
// Phrases. Every phrase (an actor name, an agent term, a verb form, a pattern
// word) is stored as a sequence of PhraseTokens produced by
// TokenizeDictionaryPhrase(): lowercase, split at white space and '_', with
// commas, semicolons, colons, brackets and double quotes as tokens of their
// own and a possessive "'s" split off ("Peter's" -> "peter", "'s"). A token
// may be a *prefix* token: it then matches any sentence token that starts
// with it (TABARI's stems: "ARGENTIN" matches "Argentina" and "Argentine").
// A coder must pass sentence tokens through NormalizeDictionaryToken() so both
// sides agree.
//
// Malformed input. Readers never stop at a bad line: each one is reported as a
// DictionaryProblem ("file:line: what is wrong") and skipped, and everything
// else is loaded. Lines longer than kMaxDictionaryLineBytes and files larger
// than kMaxDictionaryFileBytes are refused with a problem, so bad input takes
// bounded time and memory.
//
// Thread safety: a Dictionary is built by one thread; once BuildIndexes() has
// run, any number of threads may read it (all const methods) concurrently.
#ifndef DYAD_DICTIONARY_H_
#define DYAD_DICTIONARY_H_

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "dyad/status.h"

namespace dyad {

namespace coding {
class PatternIndex;  // src/coding/pattern_index.h
}  // namespace coding

inline constexpr size_t kMaxDictionaryLineBytes = 64 * 1024;
inline constexpr size_t kMaxDictionaryFileBytes = 256u * 1024 * 1024;

// ---- Phrases ---------------------------------------------------------------

struct PhraseToken {
  std::string text;     // normalised (see NormalizeDictionaryToken); "&name" = a synset
  bool prefix = false;  // true: matches any token that starts with `text`
  bool operator==(const PhraseToken&) const = default;
};
using Phrase = std::vector<PhraseToken>;

// Lowercases ASCII letters (other bytes, UTF-8 included, are kept) and maps
// typographic apostrophes (U+2019) to '\''. Apply to every sentence token that
// is to be matched against a dictionary.
std::string NormalizeDictionaryToken(std::string_view token);

// Splits a dictionary phrase into tokens as described at the top of this file.
// Every token is exact (prefix == false); readers set prefix themselves.
// Returns an empty phrase iff `text` holds no token.
Phrase TokenizeDictionaryPhrase(std::string_view text);

// "foreign ministry", with a trailing '~' on prefix tokens ("argentin~").
std::string PhraseToString(const Phrase& phrase);

// Returns true iff `token` (already normalised) matches `pt`.
inline bool PhraseTokenMatches(const PhraseToken& pt, std::string_view token) {
  if (pt.prefix) return token.size() >= pt.text.size() && token.starts_with(pt.text);
  return token == pt.text;
}

// ---- Dates -----------------------------------------------------------------

// Dates are ints yyyymmdd (2021-01-20 -> 20210120); 0 means "unknown".
inline constexpr int32_t kDateMin = 0;
inline constexpr int32_t kDateMax = 99991231;

// Parses "YYYY-MM-DD" into yyyymmdd. Returns nullopt if malformed or if the
// month or day is out of range.
std::optional<int32_t> ParseIsoDate(std::string_view text);

// ---- Entries ---------------------------------------------------------------

// Where an entry was read: an index into Dictionary::files() and a 1-based line.
struct Origin {
  uint32_t file = 0;
  uint32_t line = 0;
};

enum class ActorKind { kUnknown, kCountry, kIgo, kPerson, kGroup, kMetonym };
std::string_view ActorKindName(ActorKind kind);  // "country", "igo", ...

// A code valid on the dates [from, to] (inclusive). An undated code has
// from == kDateMin and to == kDateMax.
struct DatedCode {
  std::string code;  // "USAGOV"
  int32_t from = kDateMin;
  int32_t to = kDateMax;
  bool dated() const { return from != kDateMin || to != kDateMax; }
};

// One actor: a country, an organisation, a person, a group.
struct Actor {
  std::string name;  // canonical name ("China", "Joe Biden")
  ActorKind kind = ActorKind::kUnknown;
  std::string country;           // 3-letter country when known ("USA" for Biden)
  std::vector<DatedCode> codes;  // in file order
  Origin origin;                 // where the actor was first declared

  // The code on `date` (yyyymmdd): the first dated code whose range holds
  // `date`; else the first undated code; else, for date 0 (unknown), the last
  // code listed; else "" (no code then: TABARI's "not an actor on that date").
  std::string_view CodeOn(int32_t date) const;
};

// How a phrase refers to its actor. Metonyms (capital, seat) stand for the
// government of a country: see ActorPhraseCode().
enum class PhraseRole { kName, kAdjective, kDemonym, kCapital, kSeat };
std::string_view PhraseRoleName(PhraseRole role);  // "name", "adj", ...

struct ActorPhrase {
  Phrase phrase;
  uint32_t actor = 0;  // index into Dictionary::actors()
  PhraseRole role = PhraseRole::kName;
  Origin origin;
};

// Where an agent code goes relative to its actor's code: CHN + GOV -> CHNGOV
// (suffix, the common case, TABARI's "~GOV") or NGO + CHN -> NGOCHN (prefix,
// TABARI's "NGO~").
enum class AgentPlacement { kSuffix, kPrefix };

struct Agent {
  Phrase phrase;     // "foreign ministry"
  std::string code;  // "GOV"
  AgentPlacement placement = AgentPlacement::kSuffix;
  Origin origin;
};

// The code of an actor modified by an agent: "Chinese Foreign Ministry" is
// CombineActorAgent("CHN", GOV agent) == "CHNGOV". An empty actor code gives
// the agent code alone; an actor code that already ends (suffix) or begins
// (prefix) with the agent code is returned unchanged (no "CHNGOVGOV").
std::string CombineActorAgent(std::string_view actor_code, const Agent& agent);

// The code a matched actor phrase yields on `date`: the actor's CodeOn(date),
// plus "GOV" for a capital or seat of a country (Beijing -> CHNGOV).
std::string ActorPhraseCode(const Actor& actor, const ActorPhrase& phrase, int32_t date);

// A CAMEO code as dictionaries write it: "042", "1121", or "---" (none).
// `paired` is the second code of TABARI/PETRARCH "[042:043]" (an event the
// other way round); `flags` keeps trailing marks such as TABARI's '!'.
struct EventCode {
  std::string code;
  std::string paired;
  std::string flags;
  // Returns true iff this code yields no event ("---", "###", empty).
  bool IsNull() const;
};

// One element of a verb pattern.
struct PatternElement {
  enum class Kind {
    kWord,          // a word (text, prefix)
    kSynset,        // any member of synset `text` ("&currency")
    kAlternatives,  // any of `alternatives`
    kVerb,          // the verb itself ('*')
    kSource,        // the source actor ('$')
    kTarget,        // the target actor ('+')
    kSkip,          // one or more words, typically a noun phrase ('^')
    kCompound,      // TABARI '%': a compound actor
  };
  Kind kind = Kind::kWord;
  PhraseToken word;                  // kWord, kSynset ("&name")
  std::vector<Phrase> alternatives;  // kAlternatives
  // True iff other words may come between the previous element (toward the
  // verb) and this one; false: they must be adjacent.
  bool gap = false;
};

// A verb: a lemma ("visit", "call off"), its listed forms, its default code,
// and the class whose patterns it shares (PETRARCH's synonym blocks).
struct Verb {
  Phrase lemma;
  std::vector<Phrase> forms;  // extra surface forms given in the file
  EventCode code;             // when no pattern matches; may be null
  uint32_t verb_class = 0;    // index into Dictionary::verb_classes()
  Origin origin;
};

// A group of verbs sharing patterns.
struct VerbClass {
  std::string name;                // "VISIT", or the first verb's lemma
  std::vector<uint32_t> verbs;     // indexes into Dictionary::verbs()
  std::vector<uint32_t> patterns;  // indexes into Dictionary::patterns()
  Origin origin;
};

// A pattern: elements before the verb (in sentence order) and after it.
struct VerbPattern {
  uint32_t verb_class = 0;
  std::vector<PatternElement> before;
  std::vector<PatternElement> after;
  EventCode code;
  Origin origin;
};

struct Synset {
  std::string name;             // "&currency"
  std::vector<Phrase> members;  // a member token may itself be "&other"
  Origin origin;
};

struct Discard {
  Phrase phrase;
  bool whole_story = false;  // PETRARCH '+': discard the story, not the sentence
  Origin origin;
};

// ---- Look-up ---------------------------------------------------------------

// Finds, for a position in a tokenised sentence, the longest phrase of a set.
// Phrases are filed under a key from their first token (the whole token if
// exact, its first kPrefixKeyBytes bytes if a prefix), each key's list sorted
// longest first, so a probe costs at most kPrefixKeyBytes + 1 hash look-ups
// plus the comparison of the few candidates that share the key. Finish()
// copies the lists into flat open-addressing tables, and a key with many
// phrases ("international", "united") gets a second level keyed by the
// phrases' second token, so a probe compares only phrases that can match.
class PhraseIndex {
 public:
  static constexpr size_t kPrefixKeyBytes = 4;

  struct Match {
    uint32_t value = 0;   // the value given to Add()
    uint32_t length = 0;  // tokens matched
  };

  // Files `phrase` (non-empty) under `value`. Call Finish() before looking up.
  void Add(const Phrase* phrase, uint32_t value);
  void Finish();
  void Clear();

  // The longest phrase matching tokens[start...], ties broken by the earliest
  // added; nullopt if none. Tokens must be normalised.
  std::optional<Match> LongestMatch(std::span<const std::string_view> tokens, size_t start) const;
  // The same, given hashes[i] == HashToken(tokens[i]) for every token: a
  // coder looking a sentence's tokens up in several indexes hashes each once.
  std::optional<Match> LongestMatch(std::span<const std::string_view> tokens,
                                    std::span<const uint64_t> hashes, size_t start) const {
    // Most tokens start no phrase: answered here, without a call.
    if (start >= tokens.size() || (prefix_key_sizes_ == 0 && !exact_table_.MayHold(hashes[start])))
      return std::nullopt;
    return HashedLongestMatch(tokens, hashes, start);
  }
  // The hash the look-ups use for a (normalised) token.
  static uint64_t HashToken(std::string_view token);
  // Every phrase matching at tokens[start...], longest first.
  std::vector<Match> AllMatches(std::span<const std::string_view> tokens, size_t start) const;

  size_t size() const { return count_; }

 private:
  struct Item {
    const Phrase* phrase;
    uint32_t value;
    uint32_t order;
  };
  struct KeyHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  using Map = std::unordered_map<std::string, std::vector<Item>, KeyHash, std::equal_to<>>;
  // A flat open-addressing table (size a power of two, linear probing) from
  // keys (held in `keys`) to lists (indexes into lists_).
  static constexpr uint32_t kEmpty = UINT32_MAX;
  struct Slot {
    uint64_t hash = 0;
    uint32_t key_begin = 0, key_size = 0;  // in Table::keys
    uint32_t list = kEmpty;                // kEmpty: a free slot
    uint32_t second = kEmpty;              // index into seconds_, or kEmpty
  };
  struct Table {
    std::vector<Slot> slots;
    std::string keys;
    // One bit per hash value's top bits, set for each key: most sentence
    // tokens start no phrase, and this answers them without a slot read.
    std::vector<uint64_t> filter;
    uint32_t filter_shift = 64;
    void Build(const std::vector<std::pair<std::string_view, uint32_t>>& entries);
    const Slot* Find(std::string_view key, uint64_t hash) const;
    // False if no key has `hash` (the filter's answer, in line: most
    // sentence tokens start no phrase).
    bool MayHold(uint64_t hash) const {
      if (filter.empty()) return false;
      const uint64_t bit = hash >> filter_shift;
      return (filter[bit >> 6] >> (bit & 63)) & 1;
    }
  };
  // The second level of a long list: its phrases of two or more tokens whose
  // second token is exact, by that token; the others (one token, or a prefix
  // second token) in `rest`. Lists are indexes into lists_.
  struct Second {
    Table by_token;
    uint32_t rest = kEmpty;
  };
  template <typename F>
  void ForEachCandidate(std::string_view token, F&& f) const;
  // hash(i): HashToken(tokens[i]).
  template <typename H, typename F>
  void ForEachLongestCandidate(std::span<const std::string_view> tokens, size_t start, H&& hash,
                               F&& f) const;
  std::optional<Match> HashedLongestMatch(std::span<const std::string_view> tokens,
                                          std::span<const uint64_t> hashes, size_t start) const;
  template <typename H>
  std::optional<Match> Longest(std::span<const std::string_view> tokens, size_t start,
                               H&& hash) const;
  uint32_t AddList(std::vector<Item> items);
  void AddSecondLevel(const std::vector<Item>& items, Slot* slot);

  Map exact_;
  Map prefix_;
  size_t count_ = 0;
  // Built by Finish() from exact_ and prefix_.
  std::vector<std::vector<Item>> lists_;
  Table exact_table_, prefix_table_;
  std::vector<Second> seconds_;
  uint32_t prefix_key_sizes_ = 0;  // bit n set: some prefix key has n bytes
};

// ---- The dictionary --------------------------------------------------------

// Everything loaded from one or more dictionary files.
class Dictionary {
 public:
  Dictionary() = default;
  Dictionary(Dictionary&&) = default;
  Dictionary& operator=(Dictionary&&) = default;
  Dictionary(const Dictionary&) = delete;  // indexes point into the entries
  Dictionary& operator=(const Dictionary&) = delete;

  // Registers a file name; returns its index for Origin::file.
  uint32_t AddFile(std::string_view name);
  const std::vector<std::string>& files() const { return files_; }
  // "file:line".
  std::string Where(const Origin& origin) const;

  // Adding entries. Each returns the new entry's index.
  uint32_t AddActor(Actor actor);
  uint32_t AddActorPhrase(ActorPhrase phrase);  // REQUIRES: phrase.actor < actors().size()
  uint32_t AddAgent(Agent agent);
  uint32_t AddVerbClass(VerbClass verb_class);
  uint32_t AddVerb(Verb verb);               // also lists it in its class
  uint32_t AddPattern(VerbPattern pattern);  // also lists it in its class
  uint32_t AddSynset(Synset synset);
  uint32_t AddDiscard(Discard discard);

  // Finding entries by name (exact, case-insensitive for synsets).
  // The actor of `kind` whose canonical name or first code is `key`, or nullopt.
  std::optional<uint32_t> FindActor(ActorKind kind, std::string_view key) const;
  // The verb class holding a verb whose lemma is `lemma` (normalised text).
  std::optional<uint32_t> FindVerbClass(std::string_view lemma) const;
  const Synset* FindSynset(std::string_view name) const;

  Actor& mutable_actor(uint32_t i) { return actors_[i]; }
  Verb& mutable_verb(uint32_t i) { return verbs_[i]; }
  const std::vector<Actor>& actors() const { return actors_; }
  const std::vector<ActorPhrase>& actor_phrases() const { return actor_phrases_; }
  const std::vector<Agent>& agents() const { return agents_; }
  const std::vector<Verb>& verbs() const { return verbs_; }
  const std::vector<VerbClass>& verb_classes() const { return verb_classes_; }
  const std::vector<VerbPattern>& patterns() const { return patterns_; }
  const std::vector<Synset>& synsets() const { return synsets_; }
  const std::vector<Discard>& discards() const { return discards_; }

  // (Re)builds the look-up indexes. Call after the last Add and before any
  // look-up; adding after it requires calling it again.
  void BuildIndexes();
  // Values are indexes into actor_phrases(), agents(), verbs() (lemma and
  // forms), discards().
  const PhraseIndex& actor_index() const { return actor_index_; }
  const PhraseIndex& agent_index() const { return agent_index_; }
  const PhraseIndex& verb_index() const { return verb_index_; }
  const PhraseIndex& discard_index() const { return discard_index_; }
  // The verb-pattern prefilter (built by BuildIndexes): a coder tries only
  // the patterns of a verb's class whose literal words all occur in the
  // sentence, which finds exactly what trying every pattern finds. Returns
  // nullptr when disabled (see set_use_pattern_index) or not built.
  const coding::PatternIndex* pattern_index() const {
    return use_pattern_index_ ? pattern_index_.get() : nullptr;
  }
  // true (the default): coders use the prefilter. false: they try every
  // pattern of the class (the reference path tests compare against). Not
  // to be called while other threads code with this dictionary.
  void set_use_pattern_index(bool use) { use_pattern_index_ = use; }

 private:
  std::vector<std::string> files_;
  std::vector<Actor> actors_;
  std::vector<ActorPhrase> actor_phrases_;
  std::vector<Agent> agents_;
  std::vector<Verb> verbs_;
  std::vector<VerbClass> verb_classes_;
  std::vector<VerbPattern> patterns_;
  std::vector<Synset> synsets_;
  std::vector<Discard> discards_;
  std::unordered_map<std::string, uint32_t> actor_by_key_;  // "<kind>:<key>"
  std::unordered_map<std::string, uint32_t> class_by_lemma_;
  std::unordered_map<std::string, uint32_t> synset_by_name_;
  PhraseIndex actor_index_, agent_index_, verb_index_, discard_index_;
  std::shared_ptr<const coding::PatternIndex> pattern_index_;
  bool use_pattern_index_ = true;
};

// ---- Reading files -----------------------------------------------------------

// One line a reader could not use.
struct DictionaryProblem {
  std::string file;
  uint32_t line = 0;  // 0: the file as a whole
  std::string message;
  std::string ToString() const;  // "file:line: message"
};

enum class DictionaryFormat {
  kUnknown,           // detect (DetectDictionaryFormat)
  kDyad,              // dyad's own format (docs/dictionaries.md)
  kTabariActors,      // TABARI .actors
  kTabariVerbs,       // TABARI .verbs
  kTabariAgents,      // TABARI .agents
  kTabariOptions,     // TABARI .options
  kTabariProject,     // TABARI .project
  kPetrarchVerbs,     // PETRARCH2 CAMEO.2.0.txt and *.verbs.txt
  kPetrarchActors,    // PETRARCH2 Phoenix.*.actors.txt
  kPetrarchAgents,    // PETRARCH2 Phoenix.agents.txt
  kPetrarchDiscards,  // PETRARCH2 *.discards.txt
};
std::string_view DictionaryFormatName(DictionaryFormat format);

// The format of a file from its name, falling back on its first bytes
// (`head`, may be empty). Returns kUnknown if neither tells.
DictionaryFormat DetectDictionaryFormat(std::string_view path, std::string_view head);

// Reads `text` in `format` (REQUIRES: not kUnknown) into `dict`, naming it
// `file_name` in origins and problems. Bad lines are appended to `problems`
// and skipped. Does not rebuild the indexes. Returns a non-ok Status only if
// nothing could be read at all (unsupported format, file too large).
Status ReadDictionaryText(std::string_view text, std::string_view file_name,
                          DictionaryFormat format, Dictionary* dict,
                          std::vector<DictionaryProblem>* problems);

// Reads the file at `path` (format kUnknown: detected). Returns IOError if it
// cannot be read, TooLarge past kMaxDictionaryFileBytes.
Status LoadDictionaryFile(const std::string& path, DictionaryFormat format, Dictionary* dict,
                          std::vector<DictionaryProblem>* problems);

// The files a TABARI .project names, as written (relative to the project's
// folder): <actorsfile>, <verbsfile>, <agentsfile>, <optionsfile>, <textfile>.
struct TabariProject {
  std::vector<std::string> actors, verbs, agents, options, text;
};
TabariProject ReadTabariProject(std::string_view text, std::string_view file_name,
                                std::vector<DictionaryProblem>* problems);

// The dictionary files of dyad's defaults in `dir` (data/dictionaries):
// every *.txt there, sorted by name.
Result<Dictionary> LoadDefaultDictionaries(const std::string& dir,
                                           std::vector<DictionaryProblem>* problems);

// ---- dyad dict check ---------------------------------------------------------

struct DictionaryCounts {
  size_t actors = 0, actor_phrases = 0, agents = 0, verbs = 0, verb_classes = 0, patterns = 0,
         synsets = 0, discards = 0;
};

struct DictionaryFileReport {
  std::string path;
  DictionaryFormat format = DictionaryFormat::kUnknown;
  DictionaryCounts counts;  // what this file added
  std::vector<DictionaryProblem> problems;
  Status status;                   // not ok if the file could not be read at all
  std::vector<std::string> names;  // files a .project names (resolved paths)
};

struct DictionaryCheckReport {
  std::vector<DictionaryFileReport> files;
  size_t problem_count() const;
  // A human-readable report: one "file:line: message" per problem, then a
  // line of counts per file.
  std::string ToString() const;
};

// Detects the format of each file, loads it into a fresh dictionary, and
// reports what was loaded and every problem. A TABARI .project also loads
// the actors, verbs, agents and options files it names (each reported as a
// file of its own). Never fails: unreadable files are reported.
DictionaryCheckReport CheckDictionaries(const std::vector<std::string>& paths);

// ---- CAMEO ---------------------------------------------------------------------

// One CAMEO event code, from the public CAMEO codebook.
struct CameoCode {
  std::string_view code;  // "0231"
  std::string_view name;  // "Appeal for economic aid"
  double goldstein;       // Goldstein score published with CAMEO, -10..+10
  // "02": the first two digits.
  std::string_view root() const { return code.substr(0, 2); }
  // 1 verbal cooperation (01-05), 2 material cooperation (06-09),
  // 3 verbal conflict (10-14), 4 material conflict (15-20).
  int quad_class() const;
};

// The entry for `code` ("042", "0231", "20"), or nullptr if CAMEO has none.
// A two-digit root "04" finds the root's entry.
const CameoCode* FindCameoCode(std::string_view code);
// Every entry, sorted by code.
std::span<const CameoCode> AllCameoCodes();
// The QuadClass (1..4) of a code by its root, or 0 if the root is not 01..20.
int CameoQuadClass(std::string_view code);

}  // namespace dyad

#endif  // DYAD_DICTIONARY_H_
