// The word lists of quote attribution (see quote_words.h). Small sorted
// lists, indexed once in a hash table (one probe per look-up).
#include "quotes/quote_words.h"

#include <algorithm>
#include <array>
#include <cstdint>

#include "common/ascii.h"
#include "text/tokenizer_internal.h"

namespace dyad::quotes {
namespace {

template <size_t N>
bool InList(const std::array<std::string_view, N>& list, std::string_view w) {
  return std::find(list.begin(), list.end(), w) != list.end();
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

constexpr auto kRoleWords = std::to_array<std::string_view>({"adviser",       "advisor",
                                                             "aide",          "ambassador",
                                                             "analyst",       "attache",
                                                             "cardinal",      "chair",
                                                             "chairman",      "chairwoman",
                                                             "chancellor",    "chief",
                                                             "colonel",       "commander",
                                                             "commissioner",  "congressman",
                                                             "congresswoman", "councillor",
                                                             "counsellor",    "delegate",
                                                             "deputy",        "diplomat",
                                                             "director",      "economist",
                                                             "envoy",         "executive",
                                                             "expert",        "general",
                                                             "governor",      "head",
                                                             "lawmaker",      "leader",
                                                             "lieutenant",    "mayor",
                                                             "minister",      "negotiator",
                                                             "officer",       "official",
                                                             "owner",         "premier",
                                                             "president",     "prime",
                                                             "professor",     "representative",
                                                             "researcher",    "secretary",
                                                             "senator",       "shipowner",
                                                             "speaker",       "spokesman",
                                                             "spokesperson",  "spokeswoman",
                                                             "strategist",    "undersecretary",
                                                             "vice",          "ambassador-at-large",
                                                             "analysts",      "officials",
                                                             "admiral",       "brigadier",
                                                             "captain",       "commodore",
                                                             "lawyer",        "journalist",
                                                             "activist",      "historian",
                                                             "scientist",     "editor",
                                                             "correspondent", "major",
                                                             "marshal",       "sergeant",
                                                             "ministers",     "spokespeople",
                                                             "spokesmen",     "scholar",
                                                             "fellow",        "mp",
                                                             "leaders",       "diplomats",
                                                             "lawmakers",     "envoys",
                                                             "negotiators",   "experts"});

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

constexpr auto kHonorifics = std::to_array<std::string_view>(
    {"dame", "dr", "dr.", "madam", "miss", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "sir"});

constexpr auto kMaleWords = std::to_array<std::string_view>(
    {"businessman", "chairman", "congressman", "councilman", "mr", "mr.", "spokesman", "sir"});

constexpr auto kFemaleWords = std::to_array<std::string_view>(
    {"businesswoman", "chairwoman", "congresswoman", "councilwoman", "dame", "lady", "madam",
     "miss", "mrs", "mrs.", "ms", "ms.", "spokeswoman"});

constexpr auto kNeverNames = std::to_array<std::string_view>(
    {"april",    "august",  "but",     "december",  "february",  "friday", "he",     "i",
     "if",       "in",      "january", "july",      "june",      "march",  "may",    "monday",
     "november", "october", "on",      "saturday",  "september", "she",    "sunday", "the",
     "thursday", "tuesday", "we",      "wednesday", "when",      "while"});

}  // namespace

bool Words::CapitalisedNonAscii(std::string_view w) {
  // A non-ASCII first letter: take Latin-1 / Latin Extended capitals as
  // capitals (Ö, Ş); other scripts have no case and count as capitalised.
  unsigned char c = static_cast<unsigned char>(w[0]);
  if (c == 0xC3 && w.size() > 1) return static_cast<unsigned char>(w[1]) < 0x9F;
  return c != 0xC3 && c != 0xC4 && c != 0xC5;
}

bool Words::SpeechVerb(size_t i) const {
  return !Capitalised(i) && Has(i, kSpeech);
}

bool Words::ReportVerb(size_t i) const {
  return !Capitalised(i) && Has(i, kReport);
}

Gender GenderOfWord(std::string_view w) {
  const uint16_t bits = WordClasses(w);
  if (bits & kMaleWord) return Gender::kMale;
  if (bits & kFemaleWord) return Gender::kFemale;
  return Gender::kUnknown;
}

Gender GenderOfRole(std::string_view role) {
  if (role.empty()) return Gender::kUnknown;
  for (size_t b = 0; b < role.size();) {
    size_t e = role.find(' ', b);
    if (e == std::string_view::npos) e = role.size();
    const std::string_view word = role.substr(b, e - b);
    // Only a title (Mr, Ms, Sir, Lady ...: short, from a few letters) or a
    // "-man" / "-woman" word can be gendered: no probe for the rest.
    const char first = static_cast<char>(word.empty() ? 0 : word[0] | 0x20);
    const bool title =
        word.size() <= 5 && (first == 'm' || first == 's' || first == 'd' || first == 'l');
    if (!word.empty() && word.size() <= 16 && (title || word.ends_with("man"))) {
      char lower[16];
      for (size_t k = 0; k < word.size(); ++k)
        lower[k] = kLowerAscii[static_cast<unsigned char>(word[k])];
      const Gender g = GenderOfWord(std::string_view(lower, word.size()));
      if (g != Gender::kUnknown) return g;
    }
    b = e + 1;
  }
  return Gender::kUnknown;
}

namespace {

// The gender of the word of `text` that ends at `end` and holds `at`.
Gender GenderOfWordAt(std::string_view text, size_t at, size_t end) {
  auto letter = [](char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; };
  size_t b = at;
  while (b > 0 && letter(text[b - 1])) --b;
  if (end - b > 24) return Gender::kUnknown;
  char lower[24];
  for (size_t k = b; k < end; ++k) lower[k - b] = kLowerAscii[static_cast<unsigned char>(text[k])];
  return GenderOfWord(std::string_view(lower, end - b));
}

}  // namespace

bool HasGenderWords(std::string_view text, Gender gender) {
  // Titles as written, and the stems of gendered role words.
  static constexpr std::string_view kMale[] = {"Mr", "MR", "Sir", "SIR", "man"};
  static constexpr std::string_view kFemale[] = {"Ms",    "MS",   "Mrs",  "MRS",  "Miss",
                                                 "Madam", "Dame", "Lady", "woman"};
  auto any = [&](std::span<const std::string_view> words) {
    for (std::string_view w : words) {
      for (size_t at = text.find(w); at != std::string_view::npos; at = text.find(w, at + 1)) {
        // "sman" must end a word ("spokesman", not "salesmanship").
        const size_t end = at + w.size();
        const bool ends =
            end >= text.size() || !((text[end] | 0x20) >= 'a' && (text[end] | 0x20) <= 'z');
        if (ends && GenderOfWordAt(text, at, end) == gender) return true;
      }
    }
    return false;
  };
  return gender == Gender::kMale ? any(kMale) : gender == Gender::kFemale ? any(kFemale) : false;
}

Gender GenderOfPronoun(std::string_view p) {
  if (p == "he" || p == "He" || p == "HE") return Gender::kMale;
  if (p == "she" || p == "She" || p == "SHE") return Gender::kFemale;
  return Gender::kUnknown;
}

bool IsOfficeWord(std::string_view w) {
  static constexpr auto kOfficeWords = std::to_array<std::string_view>(
      {"affairs",   "agriculture", "commerce",    "culture",   "defence",  "defense", "economy",
       "education", "energy",      "environment", "europe",    "finance",  "foreign", "health",
       "home",      "homeland",    "interior",    "justice",   "labor",    "labour",  "security",
       "staff",     "state",       "trade",       "transport", "treasury", "veterans"});
  return InList(kOfficeWords, w);
}

bool IsFunctionWord(std::string_view w) {
  static constexpr auto kFunctionWords = std::to_array<std::string_view>(
      {"about", "after", "against", "and",   "as",   "at",  "before", "but",   "by",    "for",
       "from",  "in",    "into",    "nor",   "of",   "on",  "or",     "over",  "since", "so",
       "than",  "that",  "to",      "under", "were", "was", "which",  "while", "who",   "with"});
  return InList(kFunctionWords, w);
}

void Words::MakeLower(size_t i) const {
  const Token& t = tokens[i];
  const char* v = text.data() + t.begin;
  const size_t size = t.end - t.begin;
  char* out = lower_buffer_.data() + (t.begin - lower_base_);
  size_t n = 0;
  for (size_t k = 0; k < size; ++k) {
    const char c = v[k];
    if (c == '\xE2' && k + 2 < size && v[k + 1] == '\x80' && v[k + 2] == '\x99') {
      out[n++] = '\'';
      k += 2;
    } else {
      out[n++] = kLowerAscii[static_cast<unsigned char>(c)];
    }
  }
  lower_[i] = std::string_view(out, n);
}

void TokenizeSegmentsInto(std::string_view text, std::span<const Span> segments, Words* out) {
  Words& w = *out;
  w.text = text;
  w.tokens.clear();
  uint32_t first = 0, last = 0;
  bool any = false;
  for (const Span& g : segments) {
    if (g.begin >= g.end || g.end > text.size()) continue;
    if (!any) first = g.begin;
    any = true;
    last = g.end;
    text_internal::TokenizeRange(text, g.begin, g.end, &w.tokens);
  }
  // Lower-case forms are made on demand, each in its token's own bytes of
  // one buffer: no allocation per token.
  w.lower_base_ = first;
  if (w.lower_buffer_.size() < last - first) w.lower_buffer_.resize(last - first);
  w.lower_.assign(w.tokens.size(), std::string_view());
  w.classes.resize(w.tokens.size());
  for (size_t i = 0; i < w.tokens.size(); ++i)
    w.classes[i] = w.tokens[i].kind == TokenKind::kWord ? kUnknownClasses : 0;
}

Words TokenizeSegments(std::string_view text, const std::vector<Span>& segments) {
  Words w;
  TokenizeSegmentsInto(text, segments, &w);
  return w;
}

Words TokenizeRange(std::string_view text, uint32_t begin, uint32_t end) {
  if (begin >= end || end > text.size()) {
    Words w;
    w.text = text;
    return w;
  }
  return TokenizeSegments(text, {Span{begin, end}});
}

namespace {

// An open-addressing table of the listed words (FNV-1a, power-of-two size):
// one short hash and usually one comparison per look-up.
class WordTable {
 public:
  WordTable() {
    auto add = [this](const auto& list, uint16_t bit) {
      for (std::string_view x : list) Insert(x, bit);
    };
    add(kSpeechVerbs, kSpeech | kReport);
    add(kReportOnlyVerbs, kReport);
    add(kPronouns, kPronoun);
    add(kDeterminers, kDeterminer);
    add(kRoleWords, kRole);
    add(kOrganisationNouns, kOrganisation);
    add(kDocumentNouns, kDocument);
    add(kFillers, kFiller);
    add(kNeverNames, kNeverName);
    add(kHonorifics, kHonorific);
    add(kMaleWords, kMaleWord);
    add(kFemaleWords, kFemaleWord);
  }
  uint16_t Find(std::string_view w) const {
    if (w.empty() || w.size() > kMaxWord) return 0;
    // Most words probed are on no list: no word of theirs has this length
    // and first byte.
    const unsigned char c = static_cast<unsigned char>(w[0]);
    if (!(starts_[w.size()][c >> 6] >> (c & 63) & 1)) return 0;
    for (size_t i = Hash(w) & kMask;; i = (i + 1) & kMask) {
      if (slots_[i].word.empty()) return 0;
      if (slots_[i].word == w) return slots_[i].bits;
    }
  }

 private:
  static constexpr size_t kSize = 1024, kMask = kSize - 1, kMaxWord = 24;
  struct Slot {
    std::string_view word;
    uint16_t bits = 0;
  };
  // The size and the first two and last two bytes: enough to spread the
  // listed words, and a fixed cost however long the word probed.
  static size_t Hash(std::string_view w) {
    auto byte = [&](size_t i) { return static_cast<uint32_t>(static_cast<unsigned char>(w[i])); };
    const size_t n = w.size();
    uint32_t h = static_cast<uint32_t>(n) * 0x9E3779B1u;
    h = (h ^ byte(0)) * 16777619u;
    h = (h ^ byte(n > 1 ? 1 : 0)) * 16777619u;
    h = (h ^ byte(n - 1)) * 16777619u;
    h = (h ^ byte(n > 1 ? n - 2 : 0)) * 16777619u;
    return h ^ (h >> 15);
  }
  void Insert(std::string_view w, uint16_t bit) {
    const unsigned char c = static_cast<unsigned char>(w[0]);
    if (w.size() <= kMaxWord) starts_[w.size()][c >> 6] |= uint64_t{1} << (c & 63);
    for (size_t i = Hash(w) & kMask;; i = (i + 1) & kMask) {
      if (slots_[i].word.empty()) slots_[i].word = w;
      if (slots_[i].word == w) {
        slots_[i].bits |= bit;
        return;
      }
    }
  }
  std::array<Slot, kSize> slots_{};
  std::array<std::array<uint64_t, 4>, kMaxWord + 1> starts_{};  // [size][first byte]
};

const WordTable& Table() {
  static const WordTable kTable;
  return kTable;
}

}  // namespace

uint16_t WordClasses(std::string_view w) {
  return Table().Find(w);
}

uint16_t Words::ClassesOf(size_t i) const {
  return WordClasses(Lower(i));
}

bool IsSpeechVerb(std::string_view w) {
  return WordClasses(w) & kSpeech;
}
bool IsReportVerb(std::string_view w) {
  return WordClasses(w) & kReport;
}
bool IsPersonalPronoun(std::string_view w) {
  return WordClasses(w) & kPronoun;
}
bool IsDeterminer(std::string_view w) {
  return WordClasses(w) & kDeterminer;
}
bool IsRoleWord(std::string_view w) {
  return WordClasses(w) & kRole;
}
bool IsOrganisationNoun(std::string_view w) {
  return WordClasses(w) & kOrganisation;
}
bool IsDocumentNoun(std::string_view w) {
  return WordClasses(w) & kDocument;
}
bool IsSubjectVerbFiller(std::string_view w) {
  return WordClasses(w) & kFiller;
}
bool IsNeverName(std::string_view w) {
  return WordClasses(w) & kNeverName;
}

}  // namespace dyad::quotes
