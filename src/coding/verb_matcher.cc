// Verbs and their patterns: finding the verbs of a sentence (dictionary
// forms, stems, and regular inflections -s/-es/-ed/-ing undone here), and
// matching a verb class's patterns around a verb: words, synonym sets,
// alternatives, source '$', target '+', compound '%', skip '^', with gaps
// searched within a bounded window so time stays linear in the tokens.
#include <algorithm>
#include <cstring>

#include "coding/coder_internal.h"
#include "coding/pattern_index.h"

namespace dyad::coding {
namespace {

constexpr uint32_t kGapWindow = 16;  // tokens a gap may skip
constexpr int kMaxSynsetDepth = 3;

bool IsDeterminer(std::string_view t) {
  return t == "the" || t == "a" || t == "an";
}

// Candidate lemmas of an inflected form, written into `buf` (one at a time).
// Returns the number of candidates; fills out[i] views into buf.
int Lemmas(std::string_view w, char* buf, size_t cap, std::string_view* out) {
  int count = 0;
  size_t used = 0;
  auto add = [&](std::string_view stem, std::string_view suffix) {
    size_t len = stem.size() + suffix.size();
    if (stem.size() < 2 || used + len > cap || count >= 4) return;
    std::memcpy(buf + used, stem.data(), stem.size());
    std::memcpy(buf + used + stem.size(), suffix.data(), suffix.size());
    out[count++] = std::string_view(buf + used, len);
    used += len;
  };
  auto ends = [&](std::string_view s) { return w.size() > s.size() + 1 && w.ends_with(s); };
  if (ends("ies"))
    add(w.substr(0, w.size() - 3), "y");
  else if (ends("ied"))
    add(w.substr(0, w.size() - 3), "y");
  else if (ends("ing")) {
    std::string_view st = w.substr(0, w.size() - 3);
    add(st, "");
    add(st, "e");
    if (st.size() > 2 && st[st.size() - 1] == st[st.size() - 2])
      add(st.substr(0, st.size() - 1), "");
  } else if (ends("ed")) {
    std::string_view st = w.substr(0, w.size() - 2);
    add(st, "");
    add(st, "e");
    if (st.size() > 2 && st[st.size() - 1] == st[st.size() - 2])
      add(st.substr(0, st.size() - 1), "");
  } else if (ends("es")) {
    add(w.substr(0, w.size() - 2), "");
    add(w.substr(0, w.size() - 1), "");
  } else if (ends("s") && !w.ends_with("ss")) {
    add(w.substr(0, w.size() - 1), "");
  }
  return count;
}

// SynsetAt's answers for one sentence, by synset, nesting depth and
// position: the patterns tried around a sentence's verbs ask for the same
// synsets at the same positions over and over.
class SynsetMemo {
 public:
  static constexpr int16_t kUnknown = -2;

  // Forgets everything unless the memo already holds `s`'s answers for `dict`.
  void Use(const Dictionary& dict, const Scratch& s) {
    if (s.id == scratch_ && dict.synsets().data() == synsets_) return;
    scratch_ = s.id;
    synsets_ = dict.synsets().data();
    width_ = static_cast<uint32_t>(s.size()) + 1;
    rows_.assign(dict.synsets().size() * (kMaxSynsetDepth + 1), kNoRow);
    lengths_.clear();
  }
  // The answer's slot (kUnknown until set), or null if `at` is past the
  // end (or the sentence too long for an int16_t answer: nothing is kept).
  int16_t* Slot(const Synset* set, int depth, uint32_t at) {
    if (at >= width_ || width_ > INT16_MAX) return nullptr;
    uint32_t& row = rows_[static_cast<size_t>(set - synsets_) * (kMaxSynsetDepth + 1) + depth];
    if (row == kNoRow) {
      row = static_cast<uint32_t>(lengths_.size());
      lengths_.resize(lengths_.size() + width_, kUnknown);
    }
    return &lengths_[row + at];
  }

 private:
  static constexpr uint32_t kNoRow = UINT32_MAX;
  uint64_t scratch_ = 0;
  const Synset* synsets_ = nullptr;
  uint32_t width_ = 0;
  std::vector<uint32_t> rows_;    // (synset, depth) -> offset in lengths_
  std::vector<int16_t> lengths_;  // per position: SynsetAt's answer
};

// Matching context for one pattern.
struct Matcher {
  const Dictionary& dict;
  const PatternIndex* index;  // resolves synset names; may be null
  const Scratch& s;
  uint32_t n;
  SynsetMemo* memo;
  // The last synset name resolved (by its text's address: a pattern
  // element's or a member's name, unchanged while matching) and its set.
  mutable const char* last_name = nullptr;
  mutable const Synset* last_set = nullptr;

  const Synset* Resolve(std::string_view name) const {
    if (name.data() == last_name) return last_set;
    last_set = index ? index->FindSynset(name) : dict.FindSynset(name);
    last_name = name.data();
    return last_set;
  }

  // Tokens the pattern word `pt` covers at `at` (1), or -1. A word written
  // with a trailing hyphen ("ANTI-") also covers the two tokens the sentence
  // tokenizer makes of it ("anti" "-"), when the options ask for it.
  int WordAt(const PhraseToken& pt, uint32_t at) const {
    if (at >= n) return -1;
    if (PhraseTokenMatches(pt, s.norm[at])) return 1;
    if (s.hyphen_pattern_words && pt.text.size() > 1 && pt.text.back() == '-' && at + 1 < n &&
        s.norm[at + 1] == "-" &&
        s.norm[at] == std::string_view(pt.text).substr(0, pt.text.size() - 1))
      return 2;
    return -1;
  }
  // Tokens the pattern word `pt` covers ending at `end` (exclusive), or -1.
  int WordEndingAt(const PhraseToken& pt, uint32_t end) const {
    if (end == 0) return -1;
    if (PhraseTokenMatches(pt, s.norm[end - 1])) return 1;
    if (end >= 2 && WordAt(pt, end - 2) == 2) return 2;
    return -1;
  }

  // Length of `phrase` matched at tokens[at...], or -1.
  int PhraseAt(const Phrase& phrase, uint32_t at, int depth) const {
    uint32_t i = at;
    for (const PhraseToken& pt : phrase) {
      if (!pt.text.empty() && pt.text[0] == '&' && pt.text.size() > 1) {
        int len = SynsetAt(pt.text, i, depth + 1);
        if (len < 0) return -1;
        i += len;
        continue;
      }
      int len = WordAt(pt, i);
      if (len < 0) return -1;
      i += static_cast<uint32_t>(len);
    }
    return static_cast<int>(i - at);
  }
  int SynsetAt(std::string_view name, uint32_t at, int depth) const {
    if (depth > kMaxSynsetDepth) return -1;
    const Synset* set = Resolve(name);
    if (set == nullptr) return -1;
    int16_t* known = memo->Slot(set, depth, at);
    if (known != nullptr && *known != SynsetMemo::kUnknown) return *known;
    int best = -1;
    for (const Phrase& m : set->members) best = std::max(best, PhraseAt(m, at, depth));
    if (known != nullptr) *known = static_cast<int16_t>(best);
    return best;
  }
  // Does `phrase` end exactly at `end` (exclusive)? Tries each start.
  int PhraseEndingAt(const Phrase& phrase, uint32_t end, int depth) const {
    // Phrases with synsets can vary in length: try starts up to 6 back.
    for (uint32_t len = 1; len <= 6 && len <= end; ++len) {
      if (PhraseAt(phrase, end - len, depth) == static_cast<int>(len)) return static_cast<int>(len);
    }
    return -1;
  }
  int SynsetEndingAt(std::string_view name, uint32_t end) const {
    for (uint32_t len = 1; len <= 6 && len <= end; ++len)
      if (SynsetAt(name, end - len, 0) == static_cast<int>(len)) return static_cast<int>(len);
    return -1;
  }

  // Element `e` starting at `at` (forward). Returns tokens consumed or -1.
  int ForwardAt(const PatternElement& e, uint32_t at, PatternMatch* pm) const {
    using K = PatternElement::Kind;
    switch (e.kind) {
      case K::kWord:
        if (e.word.text.size() > 1 && e.word.text[0] == '&') return SynsetAt(e.word.text, at, 0);
        return WordAt(e.word, at);
      case K::kSynset: return SynsetAt(e.word.text, at, 0);
      case K::kAlternatives: {
        int best = -1;
        for (const Phrase& p : e.alternatives) best = std::max(best, PhraseAt(p, at, 0));
        return best;
      }
      case K::kSource:
      case K::kTarget: {
        if (at >= n) return -1;
        // "summoned the German ambassador": a determiner may open the slot.
        const uint32_t slot = at;
        if (IsDeterminer(s.norm[at]) && at + 1 < n && s.mention_at[at + 1] != kNone) ++at;
        uint32_t m = s.mention_at[at];
        if (m == kNone || s.mentions[m].begin != at) return -1;
        (e.kind == K::kSource ? pm->source : pm->target) = m;
        // a compound slot spans the whole compound.
        uint32_t end = s.mentions[m].end;
        for (uint32_t k = m + 1;
             k < s.mentions.size() && s.mentions[k].group == s.mentions[m].group; ++k)
          end = s.mentions[k].end;
        return static_cast<int>(end - slot);
      }
      case K::kCompound: {
        if (at >= n) return -1;
        uint32_t m = s.mention_at[at];
        if (m == kNone || s.mentions[m].begin != at || s.mentions[m].group != m) return -1;
        if (m + 1 >= s.mentions.size() || s.mentions[m + 1].group != m) return -1;
        uint32_t end = s.mentions[m].end;
        for (uint32_t k = m + 1; k < s.mentions.size() && s.mentions[k].group == m; ++k)
          end = s.mentions[k].end;
        pm->compound = m;
        return static_cast<int>(end - at);
      }
      case K::kSkip: {
        // A noun phrase: an optional determiner, then an actor (a whole
        // compound) or one word.
        uint32_t i = at;
        if (i < n && IsDeterminer(s.norm[i])) ++i;
        if (i >= n) return -1;
        uint32_t m = s.mention_at[i];
        if (m == kNone) return static_cast<int>(i + 1 - at);
        uint32_t end = s.mentions[m].end;
        for (uint32_t k = m + 1;
             k < s.mentions.size() && s.mentions[k].group == s.mentions[m].group; ++k)
          end = s.mentions[k].end;
        return static_cast<int>(end - at);
      }
      case K::kVerb: return -1;
    }
    return -1;
  }

  // Element `e` ending at `end` (backward). Returns tokens consumed or -1.
  int BackwardAt(const PatternElement& e, uint32_t end, PatternMatch* pm) const {
    using K = PatternElement::Kind;
    if (end == 0) return -1;
    switch (e.kind) {
      case K::kWord:
        if (e.word.text.size() > 1 && e.word.text[0] == '&')
          return SynsetEndingAt(e.word.text, end);
        return WordEndingAt(e.word, end);
      case K::kSynset: return SynsetEndingAt(e.word.text, end);
      case K::kAlternatives: {
        int best = -1;
        for (const Phrase& p : e.alternatives) best = std::max(best, PhraseEndingAt(p, end, 0));
        return best;
      }
      case K::kSource:
      case K::kTarget:
      case K::kCompound: {
        uint32_t m = s.mention_at[end - 1];
        if (m == kNone || s.mentions[m].end != end) return -1;
        uint32_t first = m;
        while (first > 0 && s.mentions[first].group != first) --first;
        first = s.mentions[m].group;
        if (e.kind == K::kCompound) {
          if (first == m) return -1;
          pm->compound = first;
        } else {
          (e.kind == K::kSource ? pm->source : pm->target) = first;
        }
        return static_cast<int>(end - s.mentions[first].begin);
      }
      case K::kSkip: return 1;
      case K::kVerb: return -1;
    }
    return -1;
  }

  bool Match(const VerbPattern& p, const VerbHit& hit, PatternMatch* pm) const {
    int score = 0;
    // After the verb, in order.
    uint32_t pos = hit.end;
    for (const PatternElement& e : p.after) {
      bool gap = e.gap;
      uint32_t limit = gap ? std::min<uint32_t>(n, pos + kGapWindow) : pos;
      int len = -1;
      uint32_t at = pos;
      for (; at <= limit && at < n; ++at) {
        len = ForwardAt(e, at, pm);
        if (len >= 0) break;
      }
      if (len < 0) return false;
      pos = at + static_cast<uint32_t>(len);
      ++score;
    }
    pm->last = pos;
    // Before the verb, nearest first.
    uint32_t end = hit.begin;
    pm->before_gap = hit.begin;
    bool gap_next = false;
    for (size_t k = p.before.size(); k-- > 0;) {
      const PatternElement& e = p.before[k];
      bool gap = e.gap || gap_next;
      gap_next = e.kind == PatternElement::Kind::kSkip;
      uint32_t floor = gap ? (end > kGapWindow ? end - kGapWindow : 0) : end;
      int len = -1;
      uint32_t at = end;
      for (;; --at) {
        len = BackwardAt(e, at, pm);
        if (len >= 0 || at == floor || at == 0) break;
      }
      if (len < 0) return false;
      if (k + 1 == p.before.size()) pm->before_gap = at;
      end = at - static_cast<uint32_t>(len);
      ++score;
    }
    pm->first = end;
    pm->score = score;
    pm->ok = true;
    return true;
  }
};

}  // namespace

bool IsVerbToken(const Dictionary& dict, Scratch* s, uint32_t i) {
  std::span<const std::string_view> toks(s->norm);
  if (dict.verb_index().LongestMatch(toks, i)) return true;
  std::string_view cands[4];
  int c = Lemmas(s->norm[i], s->morph_buffer, sizeof s->morph_buffer, cands);
  std::string_view saved = s->norm[i];
  bool found = false;
  for (int k = 0; k < c && !found; ++k) {
    s->norm[i] = cands[k];
    found = dict.verb_index().LongestMatch(toks, i).has_value();
  }
  s->norm[i] = saved;
  return found;
}

void FindVerbs(const Dictionary& dict, Scratch* s) {
  s->verbs.clear();
  const uint32_t n = static_cast<uint32_t>(s->size());
  std::span<const std::string_view> toks(s->norm);
  bool all_caps_text = true;
  for (uint32_t i = 0; i < n && all_caps_text; ++i)
    if (s->kinds[i] == TokenKind::kWord && !s->capitalized[i]) all_caps_text = false;
  for (uint32_t i = 0; i < n;) {
    if (s->mention_at[i] != kNone || s->kinds[i] != TokenKind::kWord) {
      ++i;
      continue;
    }
    auto m = dict.verb_index().LongestMatch(toks, s->hashes, i);
    if (!m) {
      std::string_view cands[4];
      int c = Lemmas(s->norm[i], s->morph_buffer, sizeof s->morph_buffer, cands);
      std::string_view saved = s->norm[i];
      const uint64_t saved_hash = s->hashes[i];
      for (int k = 0; k < c && !m; ++k) {
        s->norm[i] = cands[k];
        s->hashes[i] = PhraseIndex::HashToken(cands[k]);
        m = dict.verb_index().LongestMatch(toks, s->hashes, i);
      }
      s->norm[i] = saved;
      s->hashes[i] = saved_hash;
    }
    if (!m) {
      ++i;
      continue;
    }
    // A capitalised word inside the sentence, or one after a determiner, is a noun.
    bool noun =
        (i > 0 && IsDeterminer(s->norm[i - 1])) || (i > 0 && s->capitalized[i] && !all_caps_text);
    if (!noun) s->verbs.push_back({i, i + m->length, m->value});
    i += m->length;
  }
}

PatternMatch MatchBestPattern(const Dictionary& dict, const Scratch& s, const VerbHit& hit) {
  PatternMatch best;
  const Verb& verb = dict.verbs()[hit.verb];
  thread_local SynsetMemo memo;
  memo.Use(dict, s);
  Matcher matcher{dict, dict.pattern_index(), s, static_cast<uint32_t>(s.size()), &memo};
  // Only patterns whose literal words all occur in the sentence can match
  // (pattern_index.h); they come in the class's order, so ties still go to
  // the first in file order.
  thread_local std::vector<uint32_t> candidates;
  CandidatePatterns(dict, dict.pattern_index(), verb.verb_class, s.norm, &candidates, s.id,
                    s.hashes);
  for (uint32_t pi : candidates) {
    PatternMatch pm;
    if (!matcher.Match(dict.patterns()[pi], hit, &pm)) continue;
    if (!best.ok || pm.score > best.score) {
      pm.pattern = pi;
      best = pm;
    }
  }
  return best;
}

}  // namespace dyad::coding
