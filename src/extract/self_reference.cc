// Self-references of an outlet in its article text (see self_reference.h).
#include "extract/self_reference.h"

#include <array>
#include <initializer_list>
#include <vector>

#include "extract/outlet_names.h"
#include "extract/string_util.h"

namespace dyad::extract {
namespace {

constexpr std::array<std::string_view, 16> kContactVerbs = {"has contacted",
                                                            "contacted",
                                                            "has reached out to",
                                                            "reached out to",
                                                            "has asked",
                                                            "asked",
                                                            "has approached",
                                                            "approached",
                                                            "has emailed",
                                                            "emailed",
                                                            "has requested comment from",
                                                            "requested comment from",
                                                            "has sought comment from",
                                                            "sought comment from",
                                                            "is seeking comment from",
                                                            "has called"};

// The lower-case first letters of the contact verbs.
constexpr std::array<bool, 256> kVerbFirst = [] {
  std::array<bool, 256> first{};
  for (std::string_view verb : kContactVerbs) first[static_cast<unsigned char>(verb[0])] = true;
  return first;
}();

constexpr std::array<std::string_view, 7> kForComment = {
    "for comment",        "for a comment",    "for further comment", "for a response",
    "for their response", "for its response", "for reaction"};

// Words that start sentences but never name an outlet.
constexpr std::array<std::string_view, 22> kNotNames = {
    "He",   "She",   "They",  "We",        "It",          "I",        "You",       "This",
    "That", "These", "Those", "His",       "Her",         "Their",    "Officials", "Police",
    "The",  "A",     "An",    "Reporters", "Journalists", "Lawmakers"};

// Sentences of `text`, cut after ". ", "? ", "! " and at line breaks.
std::vector<std::string_view> Sentences(std::string_view text) {
  std::vector<std::string_view> out;
  size_t b = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    bool end = text[i] == '\n' || ((text[i] == '.' || text[i] == '?' || text[i] == '!') &&
                                   i + 1 < text.size() && text[i + 1] == ' ');
    if (end) {
      out.push_back(text.substr(b, i + 1 - b));
      b = i + 1;
    }
  }
  if (b < text.size()) out.push_back(text.substr(b));
  return out;
}

bool IsCapitalised(std::string_view w) {
  return !w.empty() && (IsAsciiUpper(w[0]) || IsAsciiDigit(w[0]));
}

// The name at the start of `sentence` followed by a contact verb and a
// "for comment" phrase later in the sentence; "" if the sentence is not a
// self-reference.
std::string NameBeforeContact(std::string_view sentence) {
  sentence = TrimSpace(sentence);
  // Only the first five words matter: a name of one to four, then the verb.
  std::array<std::string_view, 5> words;
  size_t count = 0, pos = 0;
  while (count < words.size()) {
    std::string_view w = NextWord(sentence, &pos);
    if (w.empty()) break;
    words[count++] = w;
  }
  for (size_t n = 1; n <= 4 && n < count; ++n) {
    if (!IsCapitalised(words[n - 1])) return "";
    // The name is words[0..n); the verb starts at words[n].
    const char* verb_begin = words[n].data();
    std::string_view after = sentence.substr(static_cast<size_t>(verb_begin - sentence.data()));
    // Most words start no contact verb: one table load instead of the list.
    if (!kVerbFirst[static_cast<unsigned char>(ToLowerAscii(after[0]))]) continue;
    for (std::string_view verb : kContactVerbs) {
      if (!(StartsWithIgnoreCase(after, verb) &&
            (after.size() == verb.size() || after[verb.size()] == ' ')))
        continue;
      bool comment = verb.find("comment") != std::string_view::npos;
      for (std::string_view fc : kForComment) {
        comment = comment || FindIgnoreCase(after, fc) != std::string_view::npos;
      }
      if (!comment) return "";
      std::string_view name = sentence.substr(
          0, static_cast<size_t>(words[n - 1].data() + words[n - 1].size() - sentence.data()));
      if (n == 1) {
        for (std::string_view bad : kNotNames) {
          if (name == bad) return "";
        }
      }
      return std::string(name);
    }
  }
  return "";
}

// The run of capitalised words that opens `s` (at most `max_words`; "of",
// "and", "&" inside it are fine), without trailing punctuation; "" when the
// first word is not capitalised. `rest` receives what follows the run,
// starting with the punctuation or space after its last word.
std::string_view NameRun(std::string_view s, size_t max_words, std::string_view* rest) {
  s = TrimSpace(s);
  std::vector<std::string_view> words = SplitWords(s);
  size_t taken = 0, end = 0;
  for (size_t k = 0; k < words.size() && k < max_words + 1; ++k) {
    std::string_view w = words[k];
    bool connector = k > 0 && (w == "of" || w == "and" || w == "&" || w == "the");
    if (!connector && !(IsAsciiUpper(w[0]) || IsAsciiDigit(w[0]))) break;
    if (k == max_words) return "";  // too long for a name
    std::string_view core = w;
    while (!core.empty() && std::string_view(".,;:!?").find(core.back()) != std::string_view::npos)
      core.remove_suffix(1);
    if (core.empty()) break;
    if (!connector) {
      taken = k + 1;
      end = static_cast<size_t>(core.data() + core.size() - s.data());
    }
    if (core.size() != w.size()) break;  // punctuation ends the name
  }
  if (taken == 0) return "";
  if (rest != nullptr) *rest = s.substr(end);
  return s.substr(0, end);
}

bool IsPronounName(std::string_view name) {
  for (std::string_view p : {"Us", "Me", "Him", "Her", "Them", "It", "This", "That", "These",
                             "Those", "The", "Our", "My", "Your"}) {
    if (name == p) return true;
  }
  return false;
}

bool ContainsAnyIgnoreCase(std::string_view s, std::initializer_list<std::string_view> words) {
  for (std::string_view w : words) {
    if (FindIgnoreCase(s, w) != std::string_view::npos) return true;
  }
  return false;
}

std::string Canonical(std::string_view name) {
  const OutletInfo* known = FindOutletByName(name);
  return known != nullptr ? std::string(known->name) : std::string(name);
}

}  // namespace

std::string FollowLineName(std::string_view line) {
  line = TrimSpace(line);
  if (line.size() > 120 || CountWords(line) > 14) return "";
  std::string_view after;
  for (std::string_view p : {"Follow ", "Like and follow ", "Like and Follow ", "Please follow ",
                             "Subscribe to and follow "}) {
    if (line.substr(0, p.size()) == p) after = line.substr(p.size());
  }
  if (after.empty()) return "";
  std::string_view rest;
  std::string_view name = NameRun(after, 5, &rest);
  if (name.empty() || IsPronounName(name)) return "";
  rest = TrimSpace(rest);
  if (rest == "!" || rest == "." || rest.empty()) {
    // "Like and follow Trendline Daily!": a bare call, short.
    return CountWords(line) <= 6 ? Canonical(name) : "";
  }
  if (rest.back() != '.' && rest.back() != '!' && !IsAsciiAlpha(rest.back())) return "";
  if (StartsWithIgnoreCase(rest, "on ") &&
      ContainsAnyIgnoreCase(
          rest, {"facebook", "twitter", " x ", " x.", "instagram", "threads", "mastodon", "bluesky",
                 "linkedin", "youtube", "tiktok", "telegram", "whatsapp", "google news",
                 "social media", "platforms", "social networks"}))
    return Canonical(name);
  if (StartsWithIgnoreCase(rest, "for ") &&
      ContainsAnyIgnoreCase(rest, {"more stories", "more news", "the latest", "updates",
                                   "breaking news", "more coverage", "weekly analysis",
                                   "daily news", "more like this", "more articles"}))
    return Canonical(name);
  return "";
}

std::string FooterLineName(std::string_view line) {
  line = TrimSpace(line);
  if (line.size() > 160 || CountWords(line) > 20) return "";
  std::string_view rest;
  std::string_view name = NameRun(line, 5, &rest);
  if (name.empty() || IsPronounName(name)) return "";
  if (!(rest.substr(0, 2) == ". " || rest.substr(0, 2) == ", ")) return "";
  if (TrimSpace(rest.substr(1)).empty()) return "";
  return Canonical(name);
}

std::string RepublishedFrom(std::string_view line) {
  line = TrimSpace(line);
  if (line.size() > 300) return "";
  for (std::string_view p : {"originally published by ", "first published by ",
                             "originally appeared in ", "originally appeared on ",
                             "first appeared in ", "first appeared on ", "originally published in ",
                             "first published in ", "republished from ", "reprinted from "}) {
    size_t at = FindIgnoreCase(line, p);
    if (at == std::string_view::npos) continue;
    std::string_view name = NameRun(line.substr(at + p.size()), 6, nullptr);
    if (!name.empty() && !IsPronounName(name)) return Canonical(name);
  }
  return "";
}

std::string FindSelfReference(std::string_view text, std::string* evidence) {
  for (std::string_view sentence : Sentences(text)) {
    std::string name = NameBeforeContact(sentence);
    if (name.empty()) continue;
    if (evidence != nullptr) *evidence = std::string(TrimSpace(sentence));
    const OutletInfo* known = FindOutletByName(name);
    return known != nullptr ? std::string(known->name) : name;
  }
  return "";
}

}  // namespace dyad::extract
