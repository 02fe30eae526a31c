// TABARI's DEFAULT option: when a verb has no source or no target actor,
// codes named in the options stand in ("DEFAULT: SOURCE [DEFSRC] PRIOR
// TARGET [DEFTAR] AFTER"). PRIOR: the source must come before the verb;
// without it the first actor after the verb may be the source. AFTER: the
// target must come after the verb; without it the second member of a
// compound subject may be the target.
#include <algorithm>

#include "coding/coder_internal.h"

namespace dyad::coding {

bool DefaultsOn(const CoderOptions& options) {
  return !options.default_source.empty() || !options.default_target.empty();
}

void ApplyDefaultActors(const Scratch& s, const CoderOptions& o, const VerbHit& hit,
                        uint32_t clause_end, uint32_t* src, uint32_t* tgt, DefaultRoles* roles) {
  const auto& ms = s.mentions;
  auto next_in_group = [&](uint32_t k) -> uint32_t {
    return k + 1 < ms.size() && ms[k + 1].group == ms[k].group ? k + 1 : kNone;
  };
  if (o.default_source_prior && *src != kNone && ms[*src].begin >= hit.end) *src = kNone;
  if (!o.default_source_prior && *src == kNone) {
    // The first actor after the verb is the source, the next one the target.
    for (uint32_t k = 0; k < ms.size(); ++k) {
      if (ms[k].begin < hit.end || ms[k].end > clause_end) continue;
      *src = k;
      roles->source_single = true;
      uint32_t next = next_in_group(k);
      *tgt = kNone;
      if (next != kNone) {
        *tgt = next;
        roles->target_single = true;
      } else {
        for (uint32_t j = k + 1; j < ms.size() && *tgt == kNone; ++j)
          if (ms[j].group != ms[k].group && ms[j].end <= clause_end) *tgt = j;
      }
      break;
    }
  }
  if (!o.default_target_after && *tgt == kNone && *src != kNone) {
    // A compound subject: its first member acts on the next.
    uint32_t first = ms[*src].group;
    uint32_t next = next_in_group(first);
    if (next != kNone) {
      *src = first;
      *tgt = next;
      roles->source_single = roles->target_single = true;
    }
  }
  auto stand_in = [&](const std::string& code, Mention* m) {
    m->begin = hit.begin;
    m->end = hit.end;
    m->code = code;
    m->country = code.substr(0, std::min<size_t>(3, code.size()));
    m->has_actor = true;
  };
  if (*src == kNone && !o.default_source.empty()) {
    stand_in(o.default_source, &roles->source);
    roles->source_default = true;
  }
  if (*tgt == kNone && !o.default_target.empty()) {
    stand_in(o.default_target, &roles->target);
    roles->target_default = true;
  }
}

}  // namespace dyad::coding
