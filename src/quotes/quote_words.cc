// The word lists of quote attribution (see quote_words.h). Small sorted
// arrays searched in order: no allocation, no static initialisation.
#include "quotes/quote_words.h"

#include <algorithm>
#include <array>

#include "common/ascii.h"

namespace dyad::quotes {
namespace {

template <size_t N>
bool In(const std::array<std::string_view, N>& sorted, std::string_view w) {
  return std::find(sorted.begin(), sorted.end(), w) != sorted.end();
}

constexpr auto kSpeechVerbs = std::to_array<std::string_view>(
    {"acknowledged", "added",     "adds",     "admitted",  "announced", "argued",    "asked",
     "asks",         "cautioned", "claimed",  "concluded", "continued", "countered", "declared",
     "explained",    "explains",  "insisted", "noted",     "observed",  "posted",    "read",
     "reads",        "recalled",  "remarked", "replied",   "responded", "said",      "say",
     "says",         "stated",    "states",   "stressed",  "tells",     "told",      "tweeted",
     "warned",       "warns",     "wrote",    "writes",    "yelled"});

constexpr auto kReportOnlyVerbs = std::to_array<std::string_view>(
    {"accused",   "accuses",    "alleged",   "blamed",     "branded",    "called",   "calls",
     "charged",   "complained", "condemned", "criticised", "criticized", "decried",  "denounced",
     "described", "describes",  "dismissed", "emphasised", "emphasized", "insists",  "labeled",
     "labelled",  "lambasted",  "pledged",   "promised",   "rejected",   "repeated", "said",
     "slammed",   "termed",     "urged",     "urges",      "vowed",      "welcomed"});

constexpr auto kPronouns =
    std::to_array<std::string_view>({"he", "i", "it", "she", "they", "we", "you"});

constexpr auto kDeterminers = std::to_array<std::string_view>(
    {"a", "an", "her", "his", "its", "our", "that", "the", "their", "these", "this", "those"});

constexpr auto kRoleWords = std::to_array<std::string_view>({"adviser",
                                                             "advisor",
                                                             "aide",
                                                             "ambassador",
                                                             "analyst",
                                                             "attache",
                                                             "cardinal",
                                                             "chair",
                                                             "chairman",
                                                             "chairwoman",
                                                             "chancellor",
                                                             "chief",
                                                             "colonel",
                                                             "commander",
                                                             "commissioner",
                                                             "congressman",
                                                             "congresswoman",
                                                             "councillor",
                                                             "counsellor",
                                                             "delegate",
                                                             "deputy",
                                                             "diplomat",
                                                             "director",
                                                             "economist",
                                                             "envoy",
                                                             "executive",
                                                             "expert",
                                                             "general",
                                                             "governor",
                                                             "head",
                                                             "lawmaker",
                                                             "leader",
                                                             "lieutenant",
                                                             "mayor",
                                                             "minister",
                                                             "negotiator",
                                                             "officer",
                                                             "official",
                                                             "owner",
                                                             "premier",
                                                             "president",
                                                             "prime",
                                                             "professor",
                                                             "representative",
                                                             "researcher",
                                                             "secretary",
                                                             "senator",
                                                             "shipowner",
                                                             "speaker",
                                                             "spokesman",
                                                             "spokesperson",
                                                             "spokeswoman",
                                                             "strategist",
                                                             "undersecretary",
                                                             "vice",
                                                             "ambassador-at-large",
                                                             "analysts",
                                                             "officials",
                                                             "admiral",
                                                             "brigadier",
                                                             "captain",
                                                             "commodore",
                                                             "major",
                                                             "marshal",
                                                             "sergeant",
                                                             "ministers",
                                                             "spokespeople",
                                                             "spokesmen",
                                                             "scholar",
                                                             "fellow",
                                                             "mp"});

constexpr auto kOrganisationNouns = std::to_array<std::string_view>(
    {"administration", "agency",       "alliance",       "army",      "authorities",
     "authority",      "bank",         "bureau",         "cabinet",   "centre",
     "coalition",      "command",      "commission",     "committee", "council",
     "delegation",     "department",   "embassy",        "forces",    "government",
     "guard",          "headquarters", "institute",      "kremlin",   "military",
     "ministry",       "mission",      "navy",           "office",    "organisation",
     "organization",   "panel",        "parliament",     "police",    "presidency",
     "programme",      "secretariat",  "spokesperson's", "staff",     "union"});

constexpr auto kDocumentNouns = std::to_array<std::string_view>(
    {"announcement", "bulletin", "communique", "communiqué", "declaration", "directive",
     "document",     "draft",    "editorial",  "letter",     "memo",        "message",
     "note",         "post",     "readout",    "release",    "report",      "resolution",
     "statement",    "summary",  "text",       "transcript"});

constexpr auto kFillers = std::to_array<std::string_view>(
    {"again",      "also",   "earlier", "firmly", "flatly",     "had",      "has",
     "have",       "later",  "once",    "openly", "previously", "publicly", "quickly",
     "repeatedly", "simply", "sharply", "then",   "yesterday",  "would"});

constexpr auto kNeverNames = std::to_array<std::string_view>(
    {"april",    "august",  "but",     "december",  "february",  "friday", "he",     "i",
     "if",       "in",      "january", "july",      "june",      "march",  "may",    "monday",
     "november", "october", "on",      "saturday",  "september", "she",    "sunday", "the",
     "thursday", "tuesday", "we",      "wednesday", "when",      "while"});

bool IsAsciiUpper(char c) {
  return c >= 'A' && c <= 'Z';
}

}  // namespace

bool Words::Capitalised(size_t i) const {
  if (i >= tokens.size() || tokens[i].kind != TokenKind::kWord) return false;
  std::string_view w = view(i);
  if (w.empty()) return false;
  if (IsAsciiUpper(w[0])) return true;
  unsigned char c = static_cast<unsigned char>(w[0]);
  // A non-ASCII first letter: take Latin-1 / Latin Extended capitals as
  // capitals (Ö, Ş); other scripts have no case and count as capitalised.
  if (c >= 0x80) {
    if (c == 0xC3 && w.size() > 1) return static_cast<unsigned char>(w[1]) < 0x9F;
    return c != 0xC3 && c != 0xC4 && c != 0xC5;
  }
  return false;
}

bool Words::SpeechVerb(size_t i) const {
  return i < tokens.size() && IsWord(i) && !Capitalised(i) && IsSpeechVerb(lower[i]);
}

bool Words::ReportVerb(size_t i) const {
  return i < tokens.size() && IsWord(i) && !Capitalised(i) && IsReportVerb(lower[i]);
}

bool IsFunctionWord(std::string_view w) {
  static constexpr auto kFunctionWords = std::to_array<std::string_view>(
      {"about", "after", "against", "and",   "as",   "at",  "before", "but",   "by",    "for",
       "from",  "in",    "into",    "nor",   "of",   "on",  "or",     "over",  "since", "so",
       "than",  "that",  "to",      "under", "were", "was", "which",  "while", "who",   "with"});
  return In(kFunctionWords, w);
}

Words TokenizeRange(std::string_view text, uint32_t begin, uint32_t end) {
  Words w;
  w.text = text;
  if (begin >= end || end > text.size()) return w;
  w.tokens = Tokenize(text.substr(begin, end - begin));
  w.lower.reserve(w.tokens.size());
  for (Token& t : w.tokens) {
    t.begin += begin;
    t.end += begin;
    std::string l = LowerAscii(t.view(text));
    // U+2019 -> '
    for (size_t at = l.find("\xE2\x80\x99"); at != std::string::npos; at = l.find("\xE2\x80\x99"))
      l.replace(at, 3, "'");
    w.lower.push_back(std::move(l));
  }
  return w;
}

bool IsSpeechVerb(std::string_view w) {
  return In(kSpeechVerbs, w);
}
bool IsReportVerb(std::string_view w) {
  return In(kSpeechVerbs, w) || In(kReportOnlyVerbs, w);
}
bool IsPersonalPronoun(std::string_view w) {
  return In(kPronouns, w);
}
bool IsDeterminer(std::string_view w) {
  return In(kDeterminers, w);
}
bool IsRoleWord(std::string_view w) {
  return In(kRoleWords, w);
}
bool IsOrganisationNoun(std::string_view w) {
  return In(kOrganisationNouns, w);
}
bool IsDocumentNoun(std::string_view w) {
  return In(kDocumentNouns, w);
}
bool IsSubjectVerbFiller(std::string_view w) {
  return In(kFillers, w);
}
bool IsNeverName(std::string_view w) {
  return In(kNeverNames, w);
}

}  // namespace dyad::quotes
