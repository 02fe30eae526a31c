// Self-references of an outlet in its article text (see self_reference.h).
#include "extract/self_reference.h"

#include <array>
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
  std::vector<std::string_view> words = SplitWords(sentence);
  for (size_t n = 1; n <= 4 && n < words.size(); ++n) {
    if (!IsCapitalised(words[n - 1])) return "";
    // The name is words[0..n); the verb starts at words[n].
    const char* verb_begin = words[n].data();
    std::string_view after = sentence.substr(static_cast<size_t>(verb_begin - sentence.data()));
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

}  // namespace

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
