// Speaker phrases around speech verbs (see speaker_phrase.h). The phrase is
// collected word by word away from the verb: capitalised words, possessives,
// role / organisation / document nouns, and ordinary words only when a
// determiner closes the phrase within a few words ("the NATO leaders'
// statement"). Anything else (a verb, "that", a comma not framing an
// apposition) ends it.
#include "quotes/speaker_phrase.h"

#include <algorithm>
#include <functional>
#include <span>
#include <string>
#include <unordered_map>

namespace dyad::quotes {
namespace {

constexpr size_t kMaxPhraseWords = 10;
constexpr size_t kMaxAppositionWords = 16;

bool IsPossessive(const Words& w, size_t i) {
  return w.Lower(i) == "'s" || w.Lower(i) == "'" || w.Lower(i) == "s'";
}

bool IsLinkWord(const Words& w, size_t i) {
  // "on" links names ("Council on Foreign Relations"), not dates ("on Monday").
  if (w.Is(i, "on")) return !w.Has(i + 1, kNeverName);
  return w.Is(i, "of") || w.Is(i, "for") || w.Is(i, "and") || w.Is(i, "de");
}

// Words that may sit inside a speaker phrase whatever their case.
bool IsPhraseNoun(const Words& w, size_t i) {
  return w.Has(i, kRole | kOrganisation | kDocument);
}

bool IsAllCaps(std::string_view s) {
  int letters = 0;
  for (char c : s) {
    if (c >= 'a' && c <= 'z') return false;
    if (c >= 'A' && c <= 'Z') ++letters;
  }
  return letters >= 2;
}

// Returns true iff an apposition's words name a role (not "speaking at ...").
bool AppositionNamesRole(const Words& w, size_t b, size_t e) {
  if (b >= e) return false;
  if (!w.Capitalised(b) && !w.Has(b, kDeterminer) && !IsPhraseNoun(w, b)) return false;
  for (size_t i = b; i < e; ++i)
    if (IsPhraseNoun(w, i)) return true;
  return false;
}

bool AllNameWords(const Words& w, size_t b, size_t e) {
  if (b >= e || e - b > 4) return false;
  for (size_t i = b; i < e; ++i)
    if (!IsNameWord(w, i)) return false;
  return true;
}

bool IsWeekday(std::string_view l) {
  return l == "monday" || l == "tuesday" || l == "wednesday" || l == "thursday" || l == "friday" ||
         l == "saturday" || l == "sunday";
}

std::string_view StripDeterminer(const Words& w, size_t b, size_t e) {
  if (b < e && (w.Is(b, "the") || w.Is(b, "a") || w.Is(b, "an"))) ++b;
  if (b >= e) return {};
  return w.Text(b, e);
}

}  // namespace

bool IsNameWord(const Words& w, size_t i) {
  if (i >= w.size() || !w.Capitalised(i)) return false;
  constexpr uint16_t kNotName =
      kRole | kOrganisation | kDocument | kNeverName | kPronoun | kDeterminer | kHonorific;
  if (w.Has(i, kNotName)) return false;
  if (w.Lower(i).ends_with("'s")) return false;  // "China's", "Smith's"
  std::string_view v = w.view(i);
  if (v.find('.') != std::string_view::npos && v.size() > 2) return false;  // U.S., Gen.
  if (IsAllCaps(v) && v.size() > 2) return false;                           // NATO, KCNA
  return true;
}

bool IsKnownNonPerson(const Dictionary* dict, const Words& w, size_t b, size_t e) {
  if (dict == nullptr || b >= e || e - b > 8) return false;
  // Names recur within and across articles, and the dictionary's tables are
  // large (a look-up there often misses the cache): answers are remembered
  // per thread by the words as written (bounded; cleared when full, or when
  // another dictionary is asked).
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  thread_local std::unordered_map<std::string, bool, Hash, std::equal_to<>> known;
  thread_local const Dictionary* known_dict = nullptr;
  thread_local size_t known_sizes = 0;
  const size_t sizes = dict->actors().size() * 1000003u + dict->actor_phrases().size();
  if (known_dict != dict || known_sizes != sizes || known.size() >= 8192) {
    known.clear();
    known_dict = dict;
    known_sizes = sizes;
  }
  const std::string_view written = w.Text(b, e);
  if (auto it = known.find(written); it != known.end()) return it->second;
  // Words' lower-case forms are what NormalizeDictionaryToken makes of them.
  std::span<const std::string_view> toks = w.LowerSpan(b, e);
  auto m = dict->actor_index().LongestMatch(toks, 0);
  bool non_person = false;
  if (m && m->length == toks.size())
    non_person = dict->actors()[dict->actor_phrases()[m->value].actor].kind != ActorKind::kPerson;
  known.emplace(written, non_person);
  return non_person;
}

std::optional<SpeakerPhrase> SubjectBefore(const Words& w, size_t verb, size_t floor) {
  if (verb == 0 || verb > w.size()) return std::nullopt;
  size_t i = verb;  // one past the last candidate word
  for (bool more = true; more;) {
    more = false;
    while (i > floor && w.IsWord(i - 1) && w.Has(i - 1, kFiller)) --i;
    // "on Wednesday", "late on Wednesday"
    if (i > floor + 1 && IsWeekday(w.Lower(i - 1)) && w.Is(i - 2, "on")) {
      i -= 2;
      if (i > floor && w.Is(i - 1, "late")) --i;
      more = true;
    }
  }
  if (i <= floor) return std::nullopt;
  SpeakerPhrase p;
  if (w.Has(i - 1, kPronoun)) {
    p.begin = i - 1;
    p.end = i;
    return p;
  }
  // "Name, the role, said": an apposition between two commas.
  size_t end = i;
  if (w.Is(i - 1, ",")) {
    size_t close = i - 1;
    size_t limit = close > kMaxAppositionWords ? close - kMaxAppositionWords : 0;
    limit = std::max(limit, floor);
    for (size_t j = close; j-- > limit;) {
      if (w.Is(j, ",")) {
        if (j > floor && IsNameWord(w, j - 1) && AppositionNamesRole(w, j + 1, close)) {
          p.appos_begin = j + 1;
          p.appos_end = close;
          end = j;
        } else if (j > floor && IsNameWord(w, j - 1) && j + 1 < close && !w.Capitalised(j + 1)) {
          end = j;  // "Name, who led the team, said": a parenthesis, no role
        } else if (j > floor && w.Has(j - 1, kRole) && AllNameWords(w, j + 1, close)) {
          // "A ministry spokesperson, Zhao Lei, said": the name in commas.
          p.appos_begin = j + 1;
          p.appos_end = close;
          end = j;
        }
        break;
      }
      if (w.tokens[j].kind == TokenKind::kQuote) break;
    }
    if (end == i) return std::nullopt;
  }
  size_t b = end;
  while (b > floor && end - b < kMaxPhraseWords) {
    size_t k = b - 1;
    if (w.IsWord(k) && (w.Capitalised(k) || IsPhraseNoun(w, k)) && !w.Has(k, kNeverName)) {
      b = k;
      continue;
    }
    if (IsPossessive(w, k) && k > floor && w.IsWord(k - 1)) {
      b = k;
      continue;
    }
    if (w.IsWord(k) && w.Has(k, kDeterminer) && !w.Is(k, "that") && !w.Is(k, "this")) {
      b = k;
      // "the PRC mission to the European Union": the body is named before.
      if (k > floor + 1 && (w.Is(k - 1, "to") || w.Is(k - 1, "of")) &&
          w.Has(k - 2, kOrganisation) && end - (k - 1) < kMaxPhraseWords) {
        b = k - 1;
        continue;
      }
      break;  // a determiner opens the phrase
    }
    if (w.IsWord(k) && IsLinkWord(w, k) && k > floor && w.Capitalised(k - 1) && w.Capitalised(b)) {
      b = k;
      continue;
    }
    // "France, Germany and Britain": a list of names.
    if (w.Is(k, ",") && k > floor && w.Capitalised(k - 1) && w.Capitalised(b) && b < end) {
      bool list = false;
      for (size_t j = b; j < end; ++j)
        if (w.Is(j, "and")) list = true;
      if (list) {
        b = k;
        continue;
      }
    }
    // "a Western diplomat in Ankara", "the EU delegation in China"
    if ((w.Is(k, "in") || w.Is(k, "at") || w.Is(k, "from")) && k > floor && b + 1 == end &&
        w.Capitalised(b) && w.Has(k - 1, kRole | kOrganisation)) {
      b = k;
      continue;
    }
    // An ordinary word, if a determiner opens the phrase within 3 words.
    bool closed = false;
    if (w.IsWord(k) && !IsFunctionWord(w.Lower(k))) {
      for (size_t d = k; d-- > floor && k - d <= 3;) {
        if (!w.IsWord(d) && !IsPossessive(w, d)) break;
        if (w.Has(d, kDeterminer) && !w.Is(d, "that")) {
          closed = true;
          b = d;
          break;
        }
      }
    }
    if (closed) break;
    break;
  }
  // "and" may not open a phrase.
  while (b < end && IsLinkWord(w, b)) ++b;
  if (b >= end) return std::nullopt;
  // The phrase must hold a name-ish word, a pronoun, or a determiner + noun.
  bool ok = false;
  for (size_t k = b; k < end; ++k)
    if (w.Capitalised(k) || IsPhraseNoun(w, k)) ok = true;
  if (!ok) {
    if (!w.Has(b, kDeterminer) || end - b < 2) return std::nullopt;
  }
  p.begin = b;
  p.end = end;
  return p;
}

std::optional<SpeakerPhrase> PhraseAfter(const Words& w, size_t start, size_t limit) {
  limit = std::min(limit, w.size());
  if (start >= limit) return std::nullopt;
  SpeakerPhrase p;
  p.begin = start;
  if (w.Has(start, kPronoun)) {
    p.end = start + 1;
    return p;
  }
  size_t e = start;
  if (e < limit && w.Has(e, kDeterminer) && !w.Is(e, "that")) ++e;
  while (e < limit && e - start < kMaxPhraseWords) {
    if (w.IsWord(e) && (w.Capitalised(e) || IsPhraseNoun(w, e))) {
      ++e;
    } else if (IsPossessive(w, e) && e > start) {
      ++e;
    } else if (w.IsWord(e) && IsLinkWord(w, e) && e + 1 < limit && w.Capitalised(e + 1) &&
               e > start && w.Capitalised(e - 1)) {
      ++e;
    } else if (w.IsWord(e) && e > start && w.Has(start, kDeterminer) && e + 1 < limit &&
               e - start <= 3 && (IsPhraseNoun(w, e + 1) || IsPossessive(w, e + 1))) {
      ++e;  // "the NATO leaders' statement"
    } else {
      break;
    }
  }
  if (e == start || (e == start + 1 && w.Has(start, kDeterminer))) return std::nullopt;
  p.end = e;
  if (e + 1 < limit && w.Is(e, ",")) {
    size_t a = e + 1, z = a;
    while (z < limit && !w.Is(z, ",") && z - a < kMaxAppositionWords) ++z;
    // The apposition ends at a comma or the clause's end (a final period).
    size_t zz = z;
    while (zz > a && w.tokens[zz - 1].kind == TokenKind::kPunctuation) --zz;
    if (AppositionNamesRole(w, a, zz)) {
      p.appos_begin = a;
      p.appos_end = zz;
    }
  }
  return p;
}

std::optional<SpeakerPhrase> ClauseSubject(const Words& w, size_t begin, size_t limit) {
  limit = std::min(limit, w.size());
  size_t b = begin;
  for (size_t k = begin; k < limit && k < begin + 12; ++k) {
    std::string_view v = w.view(k);
    if (v == "\xE2\x80\x94" || v == "--") {  // dateline
      b = k + 1;
      break;
    }
  }
  if (b < limit && (w.Is(b, "in") || w.Is(b, "at") || w.Is(b, "on") || w.Is(b, "after"))) {
    for (size_t k = b; k < limit && k < b + 10; ++k) {
      if (w.Is(k, ",")) {
        b = k + 1;
        break;
      }
    }
  }
  auto p = PhraseAfter(w, b, limit);
  if (!p || p->end >= limit || !w.IsWord(p->end) || w.Capitalised(p->end)) return std::nullopt;
  p->appos_begin = p->appos_end = 0;
  return p;
}

PhraseReading ReadPhrase(const Words& w, const SpeakerPhrase& p, const Dictionary* dict) {
  PhraseReading r;
  if (p.begin >= p.end) return r;
  r.mention = {w.tokens[p.begin].begin, w.tokens[p.end - 1].end};
  r.text = (w.Text(p.begin, p.end));
  if (p.end - p.begin == 1 && w.Has(p.begin, kPronoun)) {
    r.pronoun = true;
    r.kind = SpeakerKind::kPerson;
    return r;
  }
  size_t b = p.begin;
  r.definite = w.Is(b, "the");
  if (w.Is(b, "the") || w.Is(b, "a") || w.Is(b, "an")) ++b;
  if (b >= p.end) return r;
  std::string_view appos;
  if (p.appos_begin < p.appos_end) appos = StripDeterminer(w, p.appos_begin, p.appos_end);
  // "A ministry spokesperson, Zhao Lei": the apposition is the name.
  if (w.Has(p.end - 1, kRole) && AllNameWords(w, p.appos_begin, p.appos_end)) {
    r.kind = SpeakerKind::kPerson;
    r.name = (w.Text(p.appos_begin, p.appos_end));
    r.title = r.role = (w.Text(b, p.end));
    return r;
  }
  // The head noun: before "of"/"for" after a body ("Ministry of National
  // Defence"), before "in"/"at" after a role ("a diplomat in Ankara").
  size_t head_at = p.end - 1;
  bool group = false;
  for (size_t k = b + 1; k + 1 < p.end; ++k) {
    std::string_view l = w.Lower(k);
    if ((l == "of" || l == "for" || l == "to") &&
        (w.Has(k - 1, kOrganisation) || w.Has(k - 1, kDocument))) {
      head_at = k - 1;
      break;
    }
    if ((l == "in" || l == "at" || l == "from") && w.Has(k - 1, kRole | kOrganisation)) {
      head_at = k - 1;
      break;
    }
    if (l == "and" && !w.Has(p.end - 1, kOrganisation)) group = true;
  }
  std::string_view head = w.Lower(head_at);
  if (head_at + 1 < p.end && IsRoleWord(head)) {
    r.kind = r.definite ? SpeakerKind::kPerson : SpeakerKind::kAnonymous;
    r.name = r.title = r.role = (w.Text(b, p.end));
    if (r.kind == SpeakerKind::kPerson) r.kind = SpeakerKind::kAnonymous;
    return r;
  }
  if (group) {
    r.kind = SpeakerKind::kOrganisation;
    r.name = (w.Text(b, p.end));
    return r;
  }
  if (IsDocumentNoun(head)) {
    r.kind = SpeakerKind::kDocument;
    r.name = (w.Text(b, p.end));
    r.role = appos;
    return r;
  }
  if (IsOrganisationNoun(head) || IsKnownNonPerson(dict, w, b, p.end)) {
    r.kind = SpeakerKind::kOrganisation;
    r.name = (w.Text(b, p.end));
    r.role = appos;
    return r;
  }
  size_t n = p.end;
  // The name: trailing name words, not one after "of" ("Secretary of State").
  while (n > b && IsNameWord(w, n - 1) && p.end - n < 4 && !(n >= 2 && w.Is(n - 2, "of"))) --n;
  if (n == p.end) {
    // No name: a role alone ("the spokesman" points back to a person named
    // before; "a diplomat", "officials" are anonymous) or a body ("NATO").
    r.kind = !IsRoleWord(head) ? SpeakerKind::kOrganisation
             : r.definite      ? SpeakerKind::kPerson
                               : SpeakerKind::kAnonymous;
    // "NATO leaders", "EU foreign ministers": the members of a named body
    // or country speaking together, an organisation; so are "the leaders"
    // (resolved to the fuller name of a group that spoke before).
    if (r.kind != SpeakerKind::kOrganisation && head.ends_with('s') && head_at + 1 == p.end) {
      if (r.definite) r.kind = SpeakerKind::kOrganisation;
      for (size_t k = b; k < head_at; ++k)
        if (w.Capitalised(k) && (IsAllCaps(w.view(k)) || w.Has(k, kOrganisation) ||
                                 IsKnownNonPerson(dict, w, k, k + 1)))
          r.kind = SpeakerKind::kOrganisation;
    }
    r.name = (w.Text(b, p.end));
    r.title = r.kind != SpeakerKind::kOrganisation ? r.name : std::string_view();
    r.role = appos.empty() ? r.title : appos;
    return r;
  }
  if (n == b && IsKnownNonPerson(dict, w, n, p.end)) {
    r.kind = SpeakerKind::kOrganisation;
    r.name = (w.Text(b, p.end));
    return r;
  }
  r.kind = SpeakerKind::kPerson;
  r.name = (w.Text(n, p.end));
  if (n > b) r.title = (w.Text(b, n));
  // "Ms Ruiz": a title, but no role.
  size_t role_from = b;
  while (role_from < n && w.Has(role_from, kHonorific)) ++role_from;
  r.role = !appos.empty() ? appos : role_from < n ? (w.Text(role_from, n)) : std::string_view();
  return r;
}

std::string_view WithoutPlace(std::string_view role) {
  // " in Washington", " based in Brussels": where the speaker works.
  for (size_t at = role.find(" in "); at != std::string_view::npos;
       at = role.find(" in ", at + 1)) {
    const size_t next = at + 4;
    if (next < role.size() && ((role[next] >= 'A' && role[next] <= 'Z') ||
                               static_cast<unsigned char>(role[next]) >= 0x80)) {
      size_t end = at;
      if (role.substr(0, end).ends_with(" based")) end -= 6;
      while (end > 0 && role[end - 1] == ',') --end;
      return role.substr(0, end);
    }
  }
  return role;
}

std::string AffiliationOf(std::string_view role) {
  role = WithoutPlace(role);
  if (role.empty()) return {};
  Words w = TokenizeRange(role, 0, static_cast<uint32_t>(role.size()));
  size_t first_role = w.size();
  for (size_t i = 0; i < w.size(); ++i) {
    if (w.Has(i, kRole)) {
      first_role = i;
      break;
    }
  }
  if (first_role == w.size()) return {};
  // "ambassador to NATO", "chair of the AU panel", "spokesperson for the IAEA"
  for (size_t i = first_role + 1; i + 1 < w.size(); ++i) {
    if (w.Is(i, "to") || w.Is(i, "of") || w.Is(i, "for") || w.Is(i, "at")) {
      size_t b = i + 1;
      if (w.Is(b, "the")) ++b;
      size_t e = b;
      while (e < w.size() && !w.Is(e, ",")) ++e;
      // "Secretary of State": the office's field, not a body.
      bool office = b < e;
      for (size_t k = b; k < e && office; ++k) office = IsOfficeWord(w.Lower(k));
      if (b < e && w.Capitalised(b) && !office) return std::string(w.Text(b, e));
    }
    if (w.Is(i, ",")) break;
  }
  // "NATO Secretary General", "Foreign Ministry spokesperson", "Japan's defence minister"
  size_t e = first_role;
  while (e > 0 && !w.Capitalised(e - 1) && !IsPossessive(w, e - 1)) --e;  // "defence"
  if (e > 0 && IsPossessive(w, e - 1)) --e;
  if (e == 0) return {};
  size_t b = 0;
  if (w.Is(b, "the")) ++b;
  if (b >= e || !w.Capitalised(b)) return {};
  return std::string(w.Text(b, e));
}

}  // namespace dyad::quotes
