// The verb-pattern prefilter (see pattern_index.h): patterns filed under a
// required literal word, sentence words marked once per sentence, candidates
// listed per verb in file order.
#include "coding/pattern_index.h"

#include <algorithm>
#include <atomic>

namespace dyad::coding {
namespace {

std::atomic<uint64_t> next_generation{1};
// Synsets nested deeper than this are taken to allow any first word (the
// matcher itself gives up sooner, so this only ever keeps more patterns).
constexpr int kMaxNesting = 8;

bool IsSynsetRef(const std::string& text) {
  return text.size() > 1 && text[0] == '&';
}

// "ANTI-": with CoderOptions::hyphen_pattern_words it also matches the two
// tokens "anti" "-", so it is no literal word a sentence must contain.
bool IsHyphenWord(const std::string& text) {
  return text.size() > 1 && text.back() == '-';
}

}  // namespace

size_t PatternIndex::KeyHash::operator()(std::string_view s) const {
  // FNV-1a: sentence tokens are short; this is cheaper than a general hash.
  uint64_t h = 1469598103934665603ull;
  for (char c : s) h = (h ^ static_cast<uint8_t>(c)) * 1099511628211ull;
  return static_cast<size_t>(h ^ (h >> 29));
}

uint32_t PatternIndex::WordId(const PhraseToken& word) {
  if (!word.prefix) {
    auto [it, added] = exact_.try_emplace(word.text, static_cast<uint32_t>(vocabulary_size_));
    if (added) ++vocabulary_size_;
    return it->second;
  }
  auto& bucket = prefix_by_byte_[static_cast<uint8_t>(word.text[0])];
  for (const auto& [text, id] : bucket)
    if (text == word.text) return id;
  bucket.emplace_back(word.text, static_cast<uint32_t>(vocabulary_size_));
  return static_cast<uint32_t>(vocabulary_size_++);
}

bool PatternIndex::FirstWords(const Phrase& phrase, int depth, std::vector<uint32_t>* out) {
  if (phrase.empty()) return false;  // matches with no token at all
  const PhraseToken& first = phrase.front();
  if (IsSynsetRef(first.text)) return SynsetFirstWords(first.text, depth + 1, out);
  if (first.text.empty() || IsHyphenWord(first.text)) return false;
  out->push_back(WordId(first));
  return true;
}

bool PatternIndex::SynsetFirstWords(std::string_view name, int depth, std::vector<uint32_t>* out) {
  if (depth > kMaxNesting) return false;
  const Synset* set = dict_->FindSynset(name);
  if (set == nullptr) return true;  // never matches: adds no word
  for (const Phrase& m : set->members)
    if (!FirstWords(m, depth, out)) return false;
  return true;
}

bool PatternIndex::Requirement(const PatternElement& e, std::vector<uint32_t>* out) {
  using K = PatternElement::Kind;
  out->clear();
  bool constrained = false;
  switch (e.kind) {
    case K::kWord:
      if (IsSynsetRef(e.word.text)) {
        constrained = SynsetFirstWords(e.word.text, 0, out);
      } else if (!e.word.text.empty() && !IsHyphenWord(e.word.text)) {
        out->push_back(WordId(e.word));
        constrained = true;
      }
      break;
    case K::kSynset: constrained = SynsetFirstWords(e.word.text, 0, out); break;
    case K::kAlternatives:
      constrained = true;
      for (const Phrase& p : e.alternatives)
        if (!FirstWords(p, 0, out)) constrained = false;
      break;
    default: break;
  }
  if (!constrained) return false;
  std::sort(out->begin(), out->end());
  out->erase(std::unique(out->begin(), out->end()), out->end());
  return true;
}

PatternIndex::PatternIndex(const Dictionary& dict) : dict_(&dict), generation_(next_generation++) {
  // Synset names as patterns and synsets write them, resolved once.
  auto name = [&](const std::string& text) {
    if (IsSynsetRef(text) && !synsets_.contains(text))
      synsets_.emplace(text, dict.FindSynset(text));
  };
  auto names_in = [&](const Phrase& p) {
    for (const PhraseToken& t : p) name(t.text);
  };
  for (const Synset& set : dict.synsets())
    for (const Phrase& m : set.members) names_in(m);

  const auto& patterns = dict.patterns();
  std::vector<uint32_t> group;
  requirement_begin_.reserve(patterns.size() + 1);
  for (const VerbPattern& p : patterns) {
    requirement_begin_.push_back(static_cast<uint32_t>(word_begin_.size()));
    for (const auto* side : {&p.before, &p.after})
      for (const PatternElement& e : *side) {
        if (e.kind == PatternElement::Kind::kSynset) {
          if (!synsets_.contains(e.word.text))
            synsets_.emplace(e.word.text, dict.FindSynset(e.word.text));
        } else {
          name(e.word.text);
        }
        for (const Phrase& a : e.alternatives) names_in(a);
        if (!Requirement(e, &group)) continue;
        word_begin_.push_back(static_cast<uint32_t>(words_.size()));
        words_.insert(words_.end(), group.begin(), group.end());
      }
  }
  requirement_begin_.push_back(static_cast<uint32_t>(word_begin_.size()));
  word_begin_.push_back(static_cast<uint32_t>(words_.size()));

  // How many requirements hold each word: the rarest requirement anchors.
  std::vector<uint32_t> uses(vocabulary_size_, 0);
  for (uint32_t id : words_) ++uses[id];
  auto cost = [&](uint32_t r) {
    uint64_t c = 0;
    for (uint32_t k = word_begin_[r]; k < word_begin_[r + 1]; ++k) c += uses[words_[k]];
    return c;
  };

  // Each class's patterns, by position in VerbClass::patterns (file order).
  classes_.resize(dict.verb_classes().size());
  for (size_t c = 0; c < classes_.size(); ++c) {
    Class& cls = classes_[c];
    const auto& list = dict.verb_classes()[c].patterns;
    std::vector<std::pair<uint32_t, uint32_t>> by_word;  // (anchor word, position)
    for (uint32_t pos = 0; pos < list.size(); ++pos) {
      const uint32_t pi = list[pos];
      if (pi >= patterns.size()) {  // not a pattern: leave it to the matcher
        cls.free.push_back(pos);
        continue;
      }
      uint32_t anchor = kNoAnchor;
      for (uint32_t r = requirement_begin_[pi]; r < requirement_begin_[pi + 1]; ++r)
        if (anchor == kNoAnchor || cost(r) < cost(anchor)) anchor = r;
      if (anchor == kNoAnchor) {
        cls.free.push_back(pos);
        continue;
      }
      // Filed under each word of its anchor (none: it can never match).
      for (uint32_t k = word_begin_[anchor]; k < word_begin_[anchor + 1]; ++k)
        by_word.emplace_back(words_[k], pos);
    }
    std::sort(by_word.begin(), by_word.end());
    for (const auto& [word, pos] : by_word) {
      if (cls.anchored.empty() || cls.anchored.back().word != word)
        cls.anchored.push_back({word, {}});
      cls.anchored.back().positions.push_back(pos);
    }
  }
  class_begin_.reserve(classes_.size() + 1);
  for (const VerbClass& vc : dict.verb_classes()) {
    class_begin_.push_back(static_cast<uint32_t>(class_patterns_.size()));
    class_patterns_.insert(class_patterns_.end(), vc.patterns.begin(), vc.patterns.end());
  }
  class_begin_.push_back(static_cast<uint32_t>(class_patterns_.size()));

  exact_phrases_.reserve(exact_.size());  // no reallocation: the index points into it
  for (const auto& [text, id] : exact_) {
    exact_phrases_.push_back(Phrase{PhraseToken{text, false}});
    exact_index_.Add(&exact_phrases_.back(), id);
  }
  exact_index_.Finish();
}

const Synset* PatternIndex::FindSynset(std::string_view name) const {
  if (auto it = synsets_.find(name); it != synsets_.end()) return it->second;
  return dict_->FindSynset(name);
}

void PatternIndex::FindWords(std::span<const std::string_view> tokens, SentenceWords* words,
                             std::span<const uint64_t> hashes) const {
  words->bits.assign((vocabulary_size_ + 63) / 64, 0);
  words->present.clear();
  auto mark = [&](uint32_t id) {
    uint64_t& w = words->bits[id >> 6];
    const uint64_t bit = uint64_t{1} << (id & 63);
    if (w & bit) return;
    w |= bit;
    words->present.push_back(id);
  };
  for (size_t k = 0; k < tokens.size(); ++k) {
    const std::string_view t = tokens[k];
    const auto exact = hashes.empty() ? exact_index_.LongestMatch(tokens, k)
                                      : exact_index_.LongestMatch(tokens, hashes, k);
    if (exact) mark(exact->value);
    if (t.empty()) continue;
    for (const auto& [text, id] : prefix_by_byte_[static_cast<uint8_t>(t[0])])
      if (t.starts_with(text)) mark(id);
  }
}

bool PatternIndex::Satisfied(uint32_t pattern, const SentenceWords& words) const {
  for (uint32_t r = requirement_begin_[pattern]; r < requirement_begin_[pattern + 1]; ++r) {
    bool met = false;
    for (uint32_t k = word_begin_[r]; k < word_begin_[r + 1] && !met; ++k)
      met = words.Has(words_[k]);
    if (!met) return false;
  }
  return true;
}

void PatternIndex::Candidates(uint32_t verb_class, const SentenceWords& words,
                              std::vector<uint32_t>* out) const {
  if (verb_class >= classes_.size()) return;
  const Class& cls = classes_[verb_class];
  const uint32_t* patterns = class_patterns_.data() + class_begin_[verb_class];
  const size_t start = out->size();
  out->insert(out->end(), cls.free.begin(), cls.free.end());
  auto take = [&](const Anchored& a) {
    for (uint32_t pos : a.positions)
      if (Satisfied(patterns[pos], words)) out->push_back(pos);
  };
  if (cls.anchored.size() <= 4 * words.present.size()) {
    for (const Anchored& a : cls.anchored)
      if (words.Has(a.word)) take(a);
  } else {
    for (uint32_t id : words.present) {
      auto it = std::lower_bound(cls.anchored.begin(), cls.anchored.end(), id,
                                 [](const Anchored& a, uint32_t w) { return a.word < w; });
      if (it != cls.anchored.end() && it->word == id) take(*it);
    }
  }
  std::sort(out->begin() + start, out->end());
  out->erase(std::unique(out->begin() + start, out->end()), out->end());
  for (size_t k = start; k < out->size(); ++k) (*out)[k] = patterns[(*out)[k]];
}

namespace {

// The words of the last sentence a thread looked at, keyed by the index's
// generation and the tokens themselves.
struct SentenceCache {
  uint64_t generation = 0;
  uint64_t sentence_id = 0;       // the caller's name for the tokens, or 0
  std::string joined;             // tokens back to back
  std::vector<uint32_t> lengths;  // token lengths
  SentenceWords words;

  bool Holds(uint64_t g, std::span<const std::string_view> tokens) const {
    if (g != generation || tokens.size() != lengths.size()) return false;
    size_t at = 0;
    for (size_t i = 0; i < tokens.size(); ++i) {
      if (tokens[i].size() != lengths[i] ||
          std::string_view(joined).substr(at, lengths[i]) != tokens[i])
        return false;
      at += lengths[i];
    }
    return true;
  }
  void Store(uint64_t g, std::span<const std::string_view> tokens) {
    generation = g;
    joined.clear();
    lengths.clear();
    for (std::string_view t : tokens) {
      joined.append(t);
      lengths.push_back(static_cast<uint32_t>(t.size()));
    }
  }
};

}  // namespace

void CandidatePatterns(const Dictionary& dict, const PatternIndex* index, uint32_t verb_class,
                       std::span<const std::string_view> tokens, std::vector<uint32_t>* out,
                       uint64_t sentence_id, std::span<const uint64_t> hashes) {
  out->clear();
  if (verb_class >= dict.verb_classes().size()) return;
  if (index == nullptr) {
    const auto& all = dict.verb_classes()[verb_class].patterns;
    out->assign(all.begin(), all.end());
    return;
  }
  thread_local SentenceCache cache;
  if (sentence_id != 0) {
    if (cache.sentence_id != sentence_id || cache.generation != index->generation()) {
      index->FindWords(tokens, &cache.words, hashes);
      cache.generation = index->generation();
      cache.sentence_id = sentence_id;
      cache.lengths.clear();  // holds no tokens for the compare below
      cache.lengths.push_back(UINT32_MAX);
    }
  } else if (!cache.Holds(index->generation(), tokens)) {
    index->FindWords(tokens, &cache.words);
    cache.Store(index->generation(), tokens);
    cache.sentence_id = 0;
  }
  index->Candidates(verb_class, cache.words, out);
}

}  // namespace dyad::coding
