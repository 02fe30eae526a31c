// Story features: the content-word and actor counts of an article, and the
// dates stories are timed by (include/dyad/stories.h).
#include <algorithm>
#include <chrono>
#include <map>

#include "dyad/provenance.h"
#include "dyad/stories.h"

namespace dyad {
namespace {

bool IsWordByte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// Reporting words every story has; they say nothing about the happening.
bool IsNewsWord(std::string_view w) {
  static const char* const kWords[] = {
      "said",     "says",      "say",      "told",   "according", "added",    "also",
      "would",    "could",     "will",     "year",   "week",      "day",      "monday",
      "tuesday",  "wednesday", "thursday", "friday", "saturday",  "sunday",   "news",
      "reported", "statement", "official", "people", "new",       "one",      "two",
      "three",    "last",      "first",    "time",   "percent",   "including"};
  for (const char* k : kWords)
    if (w == k) return true;
  return false;
}

// Lower-cases, strips a plural "s" (not "ss", "us", "is") and "ies" -> "y".
std::string Normalise(std::string_view word) {
  std::string w(word);
  for (char& c : w)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  size_t n = w.size();
  if (n > 4 && w.compare(n - 3, 3, "ies") == 0) {
    w.replace(n - 3, 3, "y");
  } else if (n > 3 && w[n - 1] == 's' && w[n - 2] != 's' && w[n - 2] != 'u' && w[n - 2] != 'i') {
    w.pop_back();
  }
  return w;
}

void CountWords(std::string_view text, float weight, std::map<std::string, float>& counts) {
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && !IsWordByte(text[i])) ++i;
    size_t start = i;
    bool digits_only = true;
    while (i < text.size() && IsWordByte(text[i])) {
      if (text[i] < '0' || text[i] > '9') digits_only = false;
      ++i;
    }
    if (i - start < 3 || digits_only) continue;
    std::string w = Normalise(text.substr(start, i - start));
    if (w.size() < 3 || IsFunctionWord(w) || IsNewsWord(w)) continue;
    counts[w] += weight;
  }
}

}  // namespace

StoryFeatures ComputeStoryFeatures(std::string_view title, std::string_view text,
                                   const std::vector<std::string>& actor_codes) {
  std::map<std::string, float> counts;
  CountWords(title, 3.0f, counts);
  CountWords(text, 1.0f, counts);
  for (const auto& code : actor_codes)
    if (!code.empty()) counts["@" + code] += 2.0f;
  StoryFeatures f;
  f.terms.assign(counts.begin(), counts.end());
  return f;
}

int32_t StoryDate(std::string_view p) {
  if (p.size() < 10 || p[4] != '-' || p[7] != '-') return 0;
  int32_t v = 0;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (p[i] < '0' || p[i] > '9') return 0;
    v = v * 10 + (p[i] - '0');
  }
  int32_t month = v / 100 % 100, day = v % 100;
  if (month < 1 || month > 12 || day < 1 || day > 31) return 0;
  return v;
}

namespace {
// Days since 1970-01-01 (C++20 calendar).
int64_t DayNumber(int32_t yyyymmdd) {
  const std::chrono::year_month_day ymd{std::chrono::year(yyyymmdd / 10000),
                                        std::chrono::month(unsigned(yyyymmdd / 100 % 100)),
                                        std::chrono::day(unsigned(yyyymmdd % 100))};
  return std::chrono::sys_days(ymd).time_since_epoch().count();
}
}  // namespace

int32_t StoryDaysBetween(int32_t a, int32_t b) {
  return static_cast<int32_t>(DayNumber(b) - DayNumber(a));
}

}  // namespace dyad
