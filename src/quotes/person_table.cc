// Full names in an article, with their roles (see person_table.h). A name is
// a run of two to four name words (capitalised, not a role, body, month or
// abbreviation); its role is a following ", the ... ," apposition that names
// a role, else the title words just before it.
#include "quotes/person_table.h"

#include <algorithm>
#include <cctype>

#include "common/ascii.h"
#include "quotes/speaker_phrase.h"

namespace dyad::quotes {
namespace {

std::string LowerWord(std::string_view s) {
  std::string l = LowerAscii(s);
  return l;
}

}  // namespace

bool PersonTable::HasPersonAt(uint32_t begin) const {
  auto at = std::lower_bound(people_.begin(), people_.end(), begin,
                             [](const NamedPerson& q, uint32_t pos) { return q.span.begin < pos; });
  return at != people_.end() && at->span.begin == begin;
}

void PersonTable::Add(NamedPerson p) {
  if (HasPersonAt(p.span.begin)) return;
  auto at = std::upper_bound(people_.begin(), people_.end(), p.span.begin,
                             [](uint32_t pos, const NamedPerson& q) { return pos < q.span.begin; });
  people_.insert(at, std::move(p));
}

void PersonTable::Scan(const Words& w) {
  for (size_t i = 0; i < w.size();) {
    if (!IsNameWord(w, i)) {
      ++i;
      continue;
    }
    size_t e = i;
    while (e < w.size() && IsNameWord(w, e)) ++e;
    size_t b = i;
    i = e;
    // "Secretary of State Antony Blinken", "Minister for Foreign Affairs
    // Wang Yi": the office's own words are not the name.
    if (b >= 2 && (w.Is(b - 1, "of") || w.Is(b - 1, "for")) && w.Has(b - 2, kRole))
      while (e - b > 2 && IsOfficeWord(w.Lower(b))) ++b;
    if (e - b < 2 || e - b > 4) continue;
    // "Institute for Atlantic Studies", "Ministry of National Defence".
    if (b >= 2 && (w.Is(b - 1, "of") || w.Is(b - 1, "for")) && w.Capitalised(b - 2)) continue;
    // Met before (windows and paragraphs overlap): Add would keep the first.
    if (HasPersonAt(w.tokens[b].begin)) continue;
    // Not a place or body the dictionary knows ("South Korea").
    if (IsKnownNonPerson(dict_, w, b, e)) continue;
    NamedPerson p;
    p.name = std::string(w.Text(b, e));
    p.first = LowerWord(w.view(b));
    p.last = LowerWord(w.view(e - 1));
    p.span = {w.tokens[b].begin, w.tokens[e - 1].end};
    // ", the U.S. ambassador to NATO," after the name.
    if (e + 1 < w.size() && w.Is(e, ",")) {
      size_t a = e + 1, z = a;
      while (z < w.size() && !w.Is(z, ",") && !w.Is(z, ".") && z - a < 16) ++z;
      bool role = false;
      for (size_t k = a; k < z; ++k)
        if (w.Has(k, kRole)) role = true;
      if (role && z > a) {
        size_t ab = a;
        if (w.Is(ab, "the") || w.Is(ab, "a") || w.Is(ab, "an")) ++ab;
        if (ab < z && (w.Capitalised(ab) || w.Has(ab, kRole) || w.Has(a, kDeterminer)))
          p.role = std::string(w.Text(ab, z));
      }
    }
    // "Foreign Ministry spokesperson Lin Jian": title words before the name.
    if (p.role.empty() && b > 0) {
      auto subj = SubjectBefore(w, b, b > 8 ? b - 8 : 0);
      if (subj && subj->end == b && subj->appos_begin == subj->appos_end) {
        size_t tb = subj->begin;
        if (w.Is(tb, "the") || w.Is(tb, "a") || w.Is(tb, "an")) ++tb;
        bool has_role = false;
        for (size_t k = tb; k < b; ++k)
          if (w.Has(k, kRole)) has_role = true;
        if (has_role && tb < b) p.role = std::string(w.Text(tb, b));
      }
    }
    // "Ms Ana Ruiz", "the spokeswoman, Ana Ruiz"
    if (b > 0) p.gender = GenderOfWord(w.Lower(b - 1));
    if (p.gender == Gender::kUnknown) p.gender = GenderOfRole(p.role);
    // "the administration of former US President Donald Trump": named
    // inside a phrase, not as someone acting in the sentence.
    size_t start = b;
    while (start > 0 && (w.Capitalised(start - 1) || w.Has(start - 1, kRole) ||
                         w.Is(start - 1, "former") || w.Is(start - 1, "late")))
      --start;
    if (start > 0) {
      std::string_view before = w.Lower(start - 1);
      p.oblique = before == "of" || before == "by" || before == "under" || before == "with" ||
                  before == "from" || before == "to" || before == "against";
    }
    Add(std::move(p));
  }
}

void PersonTable::ScanRange(uint32_t begin, uint32_t end) {
  // One buffer per thread, reused: no allocation once warm.
  thread_local Words window;
  const Span range{begin, end};
  TokenizeSegmentsInto(text_, {&range, 1}, &window);
  Scan(window);
}

bool PersonTable::CachedCovers(size_t p, uint32_t begin, uint32_t end) const {
  if (paragraph_words_ == nullptr || p >= paragraph_words_->size() ||
      (*paragraph_words_)[p] == nullptr)
    return false;
  const Words& w = *(*paragraph_words_)[p];
  if (w.size() == 0) return false;
  return w.tokens.front().begin <= std::max(begin, paragraphs_[p].begin) &&
         std::min(end, paragraphs_[p].end) <= w.tokens.back().end;
}

void PersonTable::ScanCached(size_t p) {
  if (cached_scanned_.empty()) cached_scanned_.assign(paragraphs_.size(), false);
  if (cached_scanned_[p]) return;
  cached_scanned_[p] = true;
  Scan(*(*paragraph_words_)[p]);
}

void PersonTable::ScanParagraph(size_t p) {
  if (paragraph_scanned_.empty()) paragraph_scanned_.assign(paragraphs_.size(), false);
  if (p >= paragraphs_.size() || paragraph_scanned_[p]) return;
  paragraph_scanned_[p] = true;
  if (CachedCovers(p, paragraphs_[p].begin, paragraphs_[p].end)) {
    ScanCached(p);
  } else {
    ScanRange(paragraphs_[p].begin, paragraphs_[p].end);
  }
}

void PersonTable::ScanAround(uint32_t at) {
  constexpr uint32_t kBefore = 120, kAfter = 200;
  auto it = std::upper_bound(paragraphs_.begin(), paragraphs_.end(), at,
                             [](uint32_t o, const Span& p) { return o < p.begin; });
  if (it == paragraphs_.begin()) return;
  const Span& para = *(it - 1);
  const size_t index = static_cast<size_t>(it - 1 - paragraphs_.begin());
  if (at >= para.end) return;
  if (!paragraph_scanned_.empty() && paragraph_scanned_[index]) return;
  uint32_t b = at > para.begin + kBefore ? at - kBefore : para.begin;
  uint32_t e = std::min(para.end, at + kAfter);
  if (CachedCovers(index, b, e)) {
    ScanCached(index);  // already tokenised: no window needed
    return;
  }
  while (b > para.begin && text_[b - 1] != ' ') --b;  // whole words only
  while (e < para.end && text_[e] != ' ') ++e;
  for (const Span& done : windows_scanned_)
    if (done.begin <= b && e <= done.end) return;
  windows_scanned_.push_back({b, e});
  ScanRange(b, e);
}

void PersonTable::ScanOccurrences(std::string_view word, uint32_t limit) {
  if (word.empty()) return;
  // The first 8 whole-word occurrences of `word`, those before `limit` only
  // (the rest are left for a later call that needs them).
  Occurrences* done = nullptr;
  for (Occurrences& o : words_scanned_)
    if (o.word == word) done = &o;
  if (done == nullptr) done = &words_scanned_.emplace_back(Occurrences{std::string(word), 0, 0});
  for (size_t at = text_.find(word, done->next); at != std::string_view::npos && done->found < 8;
       at = text_.find(word, at + word.size())) {
    if (at >= limit) {
      done->next = at;
      return;
    }
    done->next = at + word.size();
    bool starts = at == 0 || !std::isalnum(static_cast<unsigned char>(text_[at - 1]));
    size_t end = at + word.size();
    bool ends = end >= text_.size() || !std::isalnum(static_cast<unsigned char>(text_[end]));
    if (!starts || !ends) continue;
    ++done->found;
    ScanAround(static_cast<uint32_t>(at));
  }
  done->next = text_.size();
}

const std::vector<NamedPerson>& PersonTable::PeopleBefore(uint32_t pos) {
  for (size_t p = 0; p < paragraphs_.size() && paragraphs_[p].begin <= pos; ++p) ScanParagraph(p);
  return people_;
}

const NamedPerson* PersonTable::FindShort(std::string_view word, uint32_t pos) {
  std::string l = LowerWord(word);
  auto find = [&]() -> const NamedPerson* {
    const NamedPerson* before = nullptr;
    const NamedPerson* after = nullptr;
    for (const NamedPerson& p : people_) {
      if (p.first != l && p.last != l) continue;
      if (p.span.begin <= pos) {
        before = &p;
      } else if (after == nullptr) {
        after = &p;
      }
    }
    return before != nullptr ? before : after;
  };
  const NamedPerson* found = find();
  if (found != nullptr && found->span.begin <= pos) return found;
  ScanOccurrences(word, pos + 1);  // introduced before: usually enough
  found = find();
  if (found != nullptr && found->span.begin <= pos) return found;
  ScanOccurrences(word, UINT32_MAX);
  return find();
}

const NamedPerson* PersonTable::Known(std::string_view name) const {
  for (const NamedPerson& p : people_)
    if (p.name == name) return &p;
  return nullptr;
}

const NamedPerson* PersonTable::FindFull(std::string name) {
  for (const NamedPerson& p : people_)
    if (p.name == name) return &p;
  ScanOccurrences(name, UINT32_MAX);
  for (const NamedPerson& p : people_)
    if (p.name == name) return &p;
  return nullptr;
}

const NamedPerson* PersonTable::LatestBetween(uint32_t from, uint32_t pos) {
  for (size_t p = 0; p < paragraphs_.size() && paragraphs_[p].begin <= pos; ++p)
    if (paragraphs_[p].end >= from) ScanParagraph(p);
  const NamedPerson* best = nullptr;
  for (const NamedPerson& p : people_) {
    if (p.span.begin > pos) break;
    if (p.span.begin >= from && !p.oblique) best = &p;
  }
  return best;
}

std::vector<const NamedPerson*> PersonTable::NamedBetween(uint32_t from, uint32_t pos) {
  for (size_t p = 0; p < paragraphs_.size() && paragraphs_[p].begin <= pos; ++p)
    if (paragraphs_[p].end >= from) ScanParagraph(p);
  std::vector<const NamedPerson*> out;
  for (const NamedPerson& p : people_) {
    if (p.span.begin > pos) break;
    if (p.span.begin >= from && !p.oblique) out.push_back(&p);
  }
  return out;
}

std::string PersonTable::RoleOf(std::string name) {
  for (const NamedPerson& p : people_)
    if (p.name == name && !p.role.empty()) return p.role;
  ScanOccurrences(name, UINT32_MAX);
  for (const NamedPerson& p : people_)
    if (p.name == name && !p.role.empty()) return p.role;
  return {};
}

}  // namespace dyad::quotes
