// Negation, denial and intent around a verb: "has not supplied", "denied
// supplying", "refused to", "stopped short of blaming" (negated); "will
// hold", "vowed to", "plans to" (intended), and the CAMEO intent code an
// intended action takes (CAMEO's 03x "express intent to ..." and 13x threats).
#include <array>

#include "coding/coder_internal.h"

namespace dyad::coding {
namespace {

bool IsAuxiliary(std::string_view t) {
  // Adverbs in -ly ("repeatedly denied", "has consistently refused") sit
  // between the subject's auxiliaries and the verb like the listed ones.
  if (t.size() > 4 && t.ends_with("ly")) return true;
  return In(t,
            {"has",   "have",     "had",      "did",      "does",       "do",         "is",
             "was",   "were",     "are",      "be",       "been",       "being",      "will",
             "would", "could",    "should",   "can",      "may",        "might",      "must",
             "shall", "to",       "yet",      "also",     "still",      "ever",       "so",
             "far",   "formally", "publicly", "directly", "officially", "explicitly", "actually"});
}

bool IsNegator(std::string_view t) {
  return In(t, {"not", "never", "no", "cannot", "n't", "neither", "nor"}) ||
         (t.size() > 3 && t.ends_with("n't"));
}

// Words of denial or refusal after which an action is not asserted.
bool IsDenial(std::string_view t) {
  return In(t, {"denied", "deny", "denies", "denying", "refused", "refuses", "refuse", "refusing",
                "declined", "declines", "decline", "failed", "fails", "rejected", "rejects",
                "dismissed", "avoided", "avoids", "short"});
}

bool IsIntentWord(std::string_view t, bool* threat) {
  if (In(t, {"threatened", "threatens", "threaten", "threatening", "warned", "warns"})) {
    *threat = true;
    return true;
  }
  return In(t, {"will",      "'ll",      "shall",    "plans",   "plan",    "planned",  "planning",
                "preparing", "prepares", "vowed",    "vows",    "vow",     "pledged",  "pledges",
                "pledge",    "promised", "promises", "intends", "intend",  "intended", "aims",
                "aim",       "expected", "set",      "going",   "offered", "offers",   "hopes",
                "hope",      "wants",    "want",     "seeks",   "seek",    "ready",    "prepared",
                "willing",   "agreed",   "agrees"});
}

}  // namespace

bool IsNegated(const Scratch& s, uint32_t first, uint32_t verb_begin) {
  // Walk back over auxiliaries and adverbs; a negator or denial word there
  // negates the verb ("has not supplied", "did not", "denied supplying",
  // "refused to meet", "stopped short of blaming").
  uint32_t i = verb_begin;
  int steps = 0;
  while (i > first && steps < 5) {
    std::string_view t = s.norm[i - 1];
    if (IsNegator(t) || IsDenial(t)) return true;
    if (t == "of" && i - 1 > first && s.norm[i - 2] == "short") return true;
    if (!IsAuxiliary(t)) break;
    --i;
    ++steps;
  }
  return false;
}

bool IsIntended(const Scratch& s, uint32_t first, uint32_t verb_begin, bool* threat) {
  *threat = false;
  uint32_t i = verb_begin;
  int steps = 0;
  while (i > first && steps < 4) {
    std::string_view t = s.norm[i - 1];
    if (IsIntentWord(t, threat)) {
      // "set to", "expected to", "is to": only with "to" after them.
      if ((t == "set" || t == "expected" || t == "going" || t == "ready" || t == "prepared" ||
           t == "willing") &&
          (i >= verb_begin || s.norm[i] != "to"))
        return false;
      return true;
    }
    if (!IsAuxiliary(t)) break;
    --i;
    ++steps;
  }
  return false;
}

std::string IntentCode(std::string_view code) {
  if (code.size() < 2) return {};
  std::string_view root = code.substr(0, 2);
  if (root == "04") return "036";
  if (root == "05") return "032";
  if (root == "06") return "031";
  if (root == "07") {
    if (code == "071") return "0331";
    if (code == "072") return "0332";
    if (code == "073") return "0333";
    if (code == "074") return "0334";
    return "033";
  }
  if (root == "08") return "035";
  if (root == "09") return "030";
  if (root == "15" || root == "18" || root == "19" || root == "20") return "138";
  if (root == "16") return "131";
  if (root == "17") return "137";
  return {};
}

}  // namespace dyad::coding
