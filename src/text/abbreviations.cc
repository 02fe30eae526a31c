// The word lists behind abbreviations.h. Lists are short and consulted only
// at a period or at a possible sentence start; abbreviations are indexed by
// their first letter, sentence openers scanned.
#include "text/abbreviations.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <iterator>
#include <string_view>

namespace dyad::text_internal {
namespace {

struct Entry {
  std::string_view word;
  AbbreviationKind kind;
};

constexpr AbbreviationKind P = AbbreviationKind::kPrefix;
constexpr AbbreviationKind N = AbbreviationKind::kBeforeNumber;
constexpr AbbreviationKind M = AbbreviationKind::kMonth;
constexpr AbbreviationKind L = AbbreviationKind::kListEnd;
constexpr AbbreviationKind F = AbbreviationKind::kMaybeFinal;

constexpr Entry kAbbreviations[] = {
    // Titles and ranks before names.
    {"Mr", P},
    {"Mrs", P},
    {"Ms", P},
    {"Messrs", P},
    {"Dr", P},
    {"Prof", P},
    {"Gen", P},
    {"Lt", P},
    {"Col", P},
    {"Maj", P},
    {"Capt", P},
    {"Cmdr", P},
    {"Adm", P},
    {"Sgt", P},
    {"Cpl", P},
    {"Pvt", P},
    {"Brig", P},
    {"Sen", P},
    {"Sens", P},
    {"Rep", P},
    {"Reps", P},
    {"Gov", P},
    {"Govs", P},
    {"Pres", P},
    {"Rev", P},
    {"Hon", P},
    {"Amb", P},
    {"Atty", P},
    {"Supt", P},
    {"Insp", P},
    {"Det", P},
    {"St", P},
    {"Mt", P},
    {"Ft", P},
    // Latin and other inner abbreviations.
    {"vs", P},
    {"cf", P},
    {"approx", P},
    // Before numbers only.
    {"No", N},
    {"Nos", N},
    {"Vol", N},
    {"Fig", N},
    {"pp", N},
    {"Art", N},
    {"ca", N},
    // Months (May needs no period).
    {"Jan", M},
    {"Feb", M},
    {"Mar", M},
    {"Apr", M},
    {"Jun", M},
    {"Jul", M},
    {"Aug", M},
    {"Sep", M},
    {"Sept", M},
    {"Oct", M},
    {"Nov", M},
    {"Dec", M},
    // Ends of lists.
    {"etc", L},
    // Company forms and suffixes of names.
    {"Inc", F},
    {"Corp", F},
    {"Ltd", F},
    {"Co", F},
    {"Bros", F},
    {"Jr", F},
    {"Sr", F},
    {"Plc", F},
    {"Dept", F},
    {"Univ", F},
    {"Assn", F},
};

constexpr std::string_view kOpeners[] = {
    "A",       "An",      "The",       "This",    "That",      "These",     "Those",    "There",
    "Then",    "Their",   "They",      "He",      "She",       "It",        "Its",      "I",
    "We",      "You",     "His",       "Her",     "Our",       "My",        "Your",     "But",
    "And",     "Or",      "So",        "Yet",     "In",        "On",        "At",       "For",
    "From",    "By",      "With",      "Without", "If",        "When",      "While",    "Where",
    "What",    "Who",     "Why",       "How",     "After",     "Before",    "As",       "Although",
    "Though",  "Because", "Since",     "During",  "Meanwhile", "However",   "Also",     "Some",
    "Many",    "Most",    "All",       "Both",    "Each",      "Not",       "Such",     "Other",
    "Another", "Still",   "Now",       "Earlier", "Later",     "According", "Asked",    "Under",
    "Despite", "Today",   "Yesterday", "Last",    "Next",      "Officials", "Analysts",
};

// The abbreviations sorted, and for each ASCII first letter the index of the
// first entry starting with it, so a look-up reads only a handful.
constexpr size_t kAbbreviationCount = std::size(kAbbreviations);
constexpr std::array<Entry, kAbbreviationCount> kSorted = [] {
  std::array<Entry, kAbbreviationCount> a{};
  for (size_t i = 0; i < kAbbreviationCount; ++i) a[i] = kAbbreviations[i];
  std::sort(a.begin(), a.end(), [](const Entry& x, const Entry& y) { return x.word < y.word; });
  return a;
}();
constexpr std::array<uint8_t, 129> kFirstIndex = [] {
  std::array<uint8_t, 129> t{};
  size_t k = 0;
  for (size_t c = 0; c <= 128; ++c) {
    while (k < kAbbreviationCount && static_cast<unsigned char>(kSorted[k].word[0]) < c) ++k;
    t[c] = static_cast<uint8_t>(k);
  }
  return t;
}();

}  // namespace

AbbreviationKind LookupAbbreviation(std::string_view word) {
  if (word.empty() || word.size() > 6) return AbbreviationKind::kNone;
  const auto c = static_cast<unsigned char>(word[0]);
  if (c >= 128) return AbbreviationKind::kNone;
  for (size_t k = kFirstIndex[c]; k < kFirstIndex[c + 1]; ++k) {
    if (kSorted[k].word == word) return kSorted[k].kind;
  }
  return AbbreviationKind::kNone;
}

bool IsSentenceOpener(std::string_view word) {
  if (word.empty() || word.size() > 10 || word[0] < 'A' || word[0] > 'Z') return false;
  for (std::string_view w : kOpeners) {
    if (w[0] == word[0] && w == word) return true;
  }
  return false;
}

}  // namespace dyad::text_internal
