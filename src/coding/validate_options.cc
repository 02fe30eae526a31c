// TABARI's options records: the "OPTION: ..." lines of a validation file
// (DEFAULT:, COMMA:, SET: MINIMUM WORDS / CODE BY ..., FORWARD:) turned into
// CoderOptions, and the defaults TABARI codes its validation suite with.
#include <cctype>
#include <string>

#include "dyad/coding.h"

namespace dyad {
namespace {

std::string Upper(std::string_view s) {
  std::string out;
  for (char c : s) out.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
  return out;
}

// The code in brackets after `keyword` ("SOURCE [DEFSRC]"), or "".
std::string BracketAfter(std::string_view line, std::string_view keyword) {
  size_t k = line.find(keyword);
  if (k == std::string_view::npos) return {};
  size_t open = line.find('[', k), close = line.find(']', k);
  if (open == std::string_view::npos || close == std::string_view::npos || close < open) return {};
  std::string code;
  for (char c : line.substr(open + 1, close - open - 1))
    if (!std::isspace(static_cast<unsigned char>(c))) code.push_back(c);
  return code;
}

// The integer after "NAME =" in `line` (NAME preceded by a space or the
// start), or `fallback`.
int NumberAfter(std::string_view line, std::string_view name, int fallback) {
  for (size_t k = line.find(name); k != std::string_view::npos; k = line.find(name, k + 1)) {
    if (k > 0 && line[k - 1] != ' ' && line[k - 1] != ':') continue;
    size_t i = k + name.size();
    while (i < line.size() && line[i] == ' ') ++i;
    if (i >= line.size() || line[i] != '=') continue;
    ++i;
    while (i < line.size() && line[i] == ' ') ++i;
    int v = 0;
    bool any = false;
    while (i < line.size() && std::isdigit(static_cast<unsigned char>(line[i])) && v < 100000) {
      v = v * 10 + (line[i++] - '0');
      any = true;
    }
    if (any) return v;
  }
  return fallback;
}

}  // namespace

bool ApplyTabariOption(std::string_view raw, CoderOptions* o, bool* forward) {
  const std::string line = Upper(raw);
  std::string_view l(line);
  while (!l.empty() && l.front() == ' ') l.remove_prefix(1);
  if (l.starts_with("DEFAULT:")) {
    if (l.find("OFF") != std::string_view::npos && l.find('[') == std::string_view::npos) {
      o->default_source.clear();
      o->default_target.clear();
      o->default_source_prior = o->default_target_after = false;
      return true;
    }
    o->default_source = BracketAfter(l, "SOURCE");
    o->default_target = BracketAfter(l, "TARGET");
    o->default_source_prior = l.find("PRIOR") != std::string_view::npos;
    o->default_target_after = l.find("AFTER") != std::string_view::npos;
    return true;
  }
  if (l.starts_with("COMMA:")) {
    CoderOptions::CommaClauses& c = o->comma_clauses;
    if (l.find("OFF") != std::string_view::npos) {
      c.enabled = false;
      return true;
    }
    c.enabled = true;
    c.min = NumberAfter(l, "MIN", c.min);
    c.max = NumberAfter(l, "MAX", c.max);
    c.end_min = NumberAfter(l, "EMIN", c.end_min);
    c.end_max = NumberAfter(l, "EMAX", c.end_max);
    c.begin_min = NumberAfter(l, "BMIN", c.begin_min);
    c.begin_max = NumberAfter(l, "BMAX", c.begin_max);
    return true;
  }
  if (l.starts_with("FORWARD:")) {
    *forward = l.find(" OFF") == std::string_view::npos;
    if (!*forward) o->forwarded_actor.clear();
    return true;
  }
  if (l.starts_with("SET:")) {
    if (l.find("MINIMUM WORDS") != std::string_view::npos) {
      o->min_words = static_cast<size_t>(NumberAfter(l, "WORDS", static_cast<int>(o->min_words)));
      return true;
    }
    if (l.find("CODE BY SENTENCE") != std::string_view::npos) {
      o->one_event_per_sentence = true;
      o->one_event_per_clause = true;
      o->all_verbs_share_first_actors = false;
      return true;
    }
    if (l.find("CODE BY CLAUSE") != std::string_view::npos) {
      o->one_event_per_sentence = false;
      o->one_event_per_clause = true;
      o->all_verbs_share_first_actors = false;
      return true;
    }
    if (l.find("CONVERT AGENT") != std::string_view::npos) {
      o->convert_agents = l.find("TRUE") != std::string_view::npos;
      return true;
    }
    if (l.find("CODE ALL") != std::string_view::npos) {
      o->one_event_per_sentence = false;
      o->one_event_per_clause = false;
      o->all_verbs_share_first_actors = true;
      return true;
    }
  }
  return false;
}

CoderOptions PeerConventionOptions() {
  CoderOptions o;
  o.detect_modality = false;
  o.agent_country_from_context = false;
  o.allow_missing_target = false;
  o.one_event_per_clause = true;
  o.news_rules = false;
  return o;
}

CoderOptions TabariValidationOptions() {
  CoderOptions o = PeerConventionOptions();
  // Its defaults: comma-delimited clauses of 2-10 words inside and at the
  // end of a sentence are subordinate; a sentence needs 8 words.
  o.comma_clauses.enabled = true;
  o.min_words = 8;
  o.noun_endings = true;
  o.passive_voice = true;
  o.hyphen_pattern_words = true;
  o.pronoun_is_first_actor = true;
  return o;
}

}  // namespace dyad
