// The in-memory Dictionary: entries with their origins, the codes an actor
// has on a date, actor + agent composition, and the PhraseIndex that makes
// phrase look-up a handful of hash probes per sentence token.
#define XXH_INLINE_ALL  // the hash of a key is computed in line, not by a library call
#include <xxhash.h>

#include <algorithm>
#include <cstring>

#include "dyad/dictionary.h"

#include "coding/pattern_index.h"

namespace dyad {

std::string_view ActorKindName(ActorKind kind) {
  switch (kind) {
    case ActorKind::kUnknown: return "unknown";
    case ActorKind::kCountry: return "country";
    case ActorKind::kIgo: return "igo";
    case ActorKind::kPerson: return "person";
    case ActorKind::kGroup: return "group";
    case ActorKind::kMetonym: return "metonym";
  }
  return "unknown";
}

std::string_view PhraseRoleName(PhraseRole role) {
  switch (role) {
    case PhraseRole::kName: return "name";
    case PhraseRole::kAdjective: return "adj";
    case PhraseRole::kDemonym: return "demonym";
    case PhraseRole::kCapital: return "capital";
    case PhraseRole::kSeat: return "seat";
  }
  return "name";
}

std::string_view Actor::CodeOn(int32_t date) const {
  if (date != 0) {
    for (const DatedCode& c : codes)
      if (c.dated() && c.from <= date && date <= c.to) return c.code;
  }
  for (const DatedCode& c : codes)
    if (!c.dated()) return c.code;
  if (date == 0 && !codes.empty()) return codes.back().code;
  return {};
}

std::string CombineActorAgent(std::string_view actor_code, const Agent& agent) {
  const std::string& a = agent.code;
  if (actor_code.empty()) return a;
  if (agent.placement == AgentPlacement::kSuffix) {
    if (actor_code.size() > a.size() && actor_code.ends_with(a)) return std::string(actor_code);
    return std::string(actor_code) + a;
  }
  if (actor_code.size() > a.size() && actor_code.starts_with(a)) return std::string(actor_code);
  return a + std::string(actor_code);
}

std::string ActorPhraseCode(const Actor& actor, const ActorPhrase& phrase, int32_t date) {
  std::string code(actor.CodeOn(date));
  if (code.empty()) return code;
  if ((phrase.role == PhraseRole::kCapital || phrase.role == PhraseRole::kSeat) &&
      actor.kind == ActorKind::kCountry) {
    Agent gov;
    gov.code = "GOV";
    return CombineActorAgent(code, gov);
  }
  return code;
}

bool EventCode::IsNull() const {
  return code.empty() || code == "---" || code == "###" || code == "+++";
}

// ---- PhraseIndex --------------------------------------------------------------

namespace {

// Lists longer than this get a second level keyed by the second token.
constexpr size_t kSecondLevelFrom = 12;

// Keys are sentence tokens and their first bytes, mostly short: one of up
// to 8 bytes is packed into an integer and mixed (splitmix64's finaliser,
// so both the low bits, a slot, and the high bits, a filter bit, vary);
// longer ones go through XXH3.
uint64_t HashKey(std::string_view s) {
  if (s.size() > 8) return XXH3_64bits(s.data(), s.size());
  uint64_t v = s.size() * 0x9E3779B97F4A7C15ull;
  for (size_t i = 0; i < s.size(); ++i) v ^= uint64_t{static_cast<uint8_t>(s[i])} << (8 * i);
  v = (v ^ (v >> 30)) * 0xBF58476D1CE4E5B9ull;
  v = (v ^ (v >> 27)) * 0x94D049BB133111EBull;
  return v ^ (v >> 31);
}

// `known`: how many of the phrase's first tokens are known to match (the
// table keys they were found by), so are not compared again.
bool MatchesAt(const Phrase& phrase, std::span<const std::string_view> tokens, size_t start,
               size_t known = 0) {
  if (start + phrase.size() > tokens.size()) return false;
  for (size_t i = known; i < phrase.size(); ++i)
    if (!PhraseTokenMatches(phrase[i], tokens[start + i])) return false;
  return true;
}

}  // namespace

void PhraseIndex::Table::Build(const std::vector<std::pair<std::string_view, uint32_t>>& entries) {
  size_t capacity = 8;
  while (capacity < entries.size() * 2) capacity *= 2;  // at most half full
  slots.assign(capacity, Slot{});
  keys.clear();
  // About 16 filter bits a key (a power of two, at least 64).
  uint32_t filter_bits_log2 = 6;
  while ((size_t{1} << filter_bits_log2) < entries.size() * 16 && filter_bits_log2 < 24)
    ++filter_bits_log2;
  filter.assign((size_t{1} << filter_bits_log2) / 64, 0);
  filter_shift = 64 - filter_bits_log2;
  for (const auto& [key, list] : entries) {
    const uint64_t h = HashKey(key);
    const uint64_t bit = h >> filter_shift;
    filter[bit >> 6] |= uint64_t{1} << (bit & 63);
    size_t i = h & (capacity - 1);
    while (slots[i].list != kEmpty) i = (i + 1) & (capacity - 1);
    slots[i] = Slot{h, static_cast<uint32_t>(keys.size()), static_cast<uint32_t>(key.size()), list,
                    kEmpty};
    keys.append(key);
  }
}

const PhraseIndex::Slot* PhraseIndex::Table::Find(std::string_view key, uint64_t hash) const {
  if (slots.empty()) return nullptr;
  const uint64_t bit = hash >> filter_shift;
  if (!((filter[bit >> 6] >> (bit & 63)) & 1)) return nullptr;
  const size_t mask = slots.size() - 1;
  for (size_t i = hash & mask;; i = (i + 1) & mask) {
    const Slot& slot = slots[i];
    if (slot.list == kEmpty) return nullptr;
    if (slot.hash == hash && slot.key_size == key.size() &&
        std::string_view(keys).substr(slot.key_begin, slot.key_size) == key)
      return &slot;
  }
}

void PhraseIndex::Add(const Phrase* phrase, uint32_t value) {
  if (phrase->empty()) return;
  const PhraseToken& first = phrase->front();
  Item item{phrase, value, static_cast<uint32_t>(count_++)};
  if (first.prefix) {
    prefix_[first.text.substr(0, std::min(first.text.size(), kPrefixKeyBytes))].push_back(item);
  } else {
    exact_[first.text].push_back(item);
  }
}

uint32_t PhraseIndex::AddList(std::vector<Item> items) {
  lists_.push_back(std::move(items));
  return static_cast<uint32_t>(lists_.size() - 1);
}

void PhraseIndex::AddSecondLevel(const std::vector<Item>& items, Slot* slot) {
  // Each sublist keeps the list's order (longest first, then added first).
  std::unordered_map<std::string_view, std::vector<Item>> by_token;
  std::vector<std::string_view> tokens_in_order;
  std::vector<Item> rest;
  for (const Item& item : items) {
    const Phrase& p = *item.phrase;
    if (p.size() < 2 || p[1].prefix) {
      rest.push_back(item);
      continue;
    }
    auto [it, added] = by_token.try_emplace(p[1].text);
    if (added) tokens_in_order.push_back(p[1].text);
    it->second.push_back(item);
  }
  Second second;
  std::vector<std::pair<std::string_view, uint32_t>> entries;
  for (std::string_view t : tokens_in_order) entries.emplace_back(t, AddList(by_token[t]));
  second.by_token.Build(entries);
  second.rest = AddList(std::move(rest));
  slot->second = static_cast<uint32_t>(seconds_.size());
  seconds_.push_back(std::move(second));
}

void PhraseIndex::Finish() {
  auto by_length = [](const Item& a, const Item& b) {
    if (a.phrase->size() != b.phrase->size()) return a.phrase->size() > b.phrase->size();
    return a.order < b.order;
  };
  for (auto& [key, items] : exact_) std::sort(items.begin(), items.end(), by_length);
  for (auto& [key, items] : prefix_) std::sort(items.begin(), items.end(), by_length);

  lists_.clear();
  seconds_.clear();
  prefix_key_sizes_ = 0;
  std::vector<std::pair<std::string_view, uint32_t>> entries;
  for (const auto& [key, items] : exact_) entries.emplace_back(key, AddList(items));
  exact_table_.Build(entries);
  entries.clear();
  for (const auto& [key, items] : prefix_) {
    entries.emplace_back(key, AddList(items));
    prefix_key_sizes_ |= 1u << key.size();
  }
  prefix_table_.Build(entries);
  for (Table* table : {&exact_table_, &prefix_table_})
    for (Slot& slot : table->slots)
      if (slot.list != kEmpty && lists_[slot.list].size() >= kSecondLevelFrom) {
        std::vector<Item> items = lists_[slot.list];  // lists_ grows below
        AddSecondLevel(items, &slot);
      }
}

void PhraseIndex::Clear() {
  exact_.clear();
  prefix_.clear();
  count_ = 0;
  lists_.clear();
  exact_table_ = Table();
  prefix_table_ = Table();
  seconds_.clear();
  prefix_key_sizes_ = 0;
}

template <typename F>
void PhraseIndex::ForEachCandidate(std::string_view token, F&& f) const {
  // f is called once per candidate list (each sorted longest first) that
  // may hold phrases starting with `token`.
  if (const Slot* slot = exact_table_.Find(token, HashKey(token))) f(lists_[slot->list]);
  if (prefix_key_sizes_ == 0) return;
  for (size_t n = 1; n <= std::min(token.size(), kPrefixKeyBytes); ++n) {
    if (!(prefix_key_sizes_ & (1u << n))) continue;
    std::string_view key = token.substr(0, n);
    if (const Slot* slot = prefix_table_.Find(key, HashKey(key))) f(lists_[slot->list]);
  }
}

template <typename H, typename F>
void PhraseIndex::ForEachLongestCandidate(std::span<const std::string_view> tokens, size_t start,
                                          H&& hash, F&& f) const {
  // As ForEachCandidate, but a list with a second level yields only its
  // phrases whose second token can match tokens[start + 1]. f(list, known):
  // the first `known` tokens of the list's phrases are those the exact
  // tables matched (in the exact table, the first is the key; in a second
  // level's by-token list under it, the second too; a prefix key proves
  // nothing, so under it only what follows the second would be known).
  auto visit = [&](const Slot* slot, size_t known) {
    if (slot == nullptr) return;
    if (slot->second == kEmpty) {
      f(lists_[slot->list], known);
      return;
    }
    const Second& second = seconds_[slot->second];
    if (start + 1 < tokens.size()) {
      if (const Slot* s = second.by_token.Find(tokens[start + 1], hash(start + 1)))
        f(lists_[s->list], known == 1 ? 2 : 0);
    }
    f(lists_[second.rest], known);
  };
  std::string_view token = tokens[start];
  const uint64_t h = hash(start);
  if (exact_table_.MayHold(h)) visit(exact_table_.Find(token, h), 1);
  if (prefix_key_sizes_ == 0) return;
  for (size_t n = 1; n <= std::min(token.size(), kPrefixKeyBytes); ++n) {
    if (!(prefix_key_sizes_ & (1u << n))) continue;
    std::string_view key = token.substr(0, n);
    visit(prefix_table_.Find(key, HashKey(key)), 0);
  }
}

template <typename H>
std::optional<PhraseIndex::Match> PhraseIndex::Longest(std::span<const std::string_view> tokens,
                                                       size_t start, H&& hash) const {
  if (start >= tokens.size()) return std::nullopt;
  const Item* best = nullptr;
  const size_t room = tokens.size() - start;
  ForEachLongestCandidate(tokens, start, hash, [&](const std::vector<Item>& items, size_t known) {
    for (const Item& item : items) {  // longest first: the first match wins
      if (best && (item.phrase->size() < best->phrase->size() ||
                   (item.phrase->size() == best->phrase->size() && item.order > best->order)))
        return;
      if (item.phrase->size() > room) continue;
      if (MatchesAt(*item.phrase, tokens, start, known)) {
        best = &item;
        return;
      }
    }
  });
  if (!best) return std::nullopt;
  return Match{best->value, static_cast<uint32_t>(best->phrase->size())};
}

std::optional<PhraseIndex::Match> PhraseIndex::LongestMatch(
    std::span<const std::string_view> tokens, size_t start) const {
  return Longest(tokens, start, [&](size_t i) { return HashKey(tokens[i]); });
}

std::optional<PhraseIndex::Match> PhraseIndex::HashedLongestMatch(
    std::span<const std::string_view> tokens, std::span<const uint64_t> hashes,
    size_t start) const {
  return Longest(tokens, start, [&](size_t i) { return hashes[i]; });
}

uint64_t PhraseIndex::HashToken(std::string_view token) {
  return HashKey(token);
}

std::vector<PhraseIndex::Match> PhraseIndex::AllMatches(std::span<const std::string_view> tokens,
                                                        size_t start) const {
  std::vector<std::pair<uint32_t, Match>> found;  // (order, match)
  if (start < tokens.size()) {
    ForEachCandidate(tokens[start], [&](const std::vector<Item>& items) {
      for (const Item& item : items)
        if (MatchesAt(*item.phrase, tokens, start))
          found.push_back(
              {item.order, Match{item.value, static_cast<uint32_t>(item.phrase->size())}});
    });
  }
  std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) {
    if (a.second.length != b.second.length) return a.second.length > b.second.length;
    return a.first < b.first;
  });
  std::vector<Match> out;
  out.reserve(found.size());
  for (auto& f : found) out.push_back(f.second);
  return out;
}

// ---- Dictionary -----------------------------------------------------------------

uint32_t Dictionary::AddFile(std::string_view name) {
  files_.emplace_back(name);
  return static_cast<uint32_t>(files_.size() - 1);
}

std::string Dictionary::Where(const Origin& origin) const {
  std::string out = origin.file < files_.size() ? files_[origin.file] : std::string("?");
  out += ':';
  out += std::to_string(origin.line);
  return out;
}

namespace {
std::string ActorKey(ActorKind kind, std::string_view key) {
  return std::string(ActorKindName(kind)) + ":" + NormalizeDictionaryToken(key);
}
}  // namespace

uint32_t Dictionary::AddActor(Actor actor) {
  uint32_t index = static_cast<uint32_t>(actors_.size());
  if (!actor.name.empty()) actor_by_key_.emplace(ActorKey(actor.kind, actor.name), index);
  if (!actor.codes.empty()) actor_by_key_.emplace(ActorKey(actor.kind, actor.codes[0].code), index);
  actors_.push_back(std::move(actor));
  return index;
}

uint32_t Dictionary::AddActorPhrase(ActorPhrase phrase) {
  actor_phrases_.push_back(std::move(phrase));
  return static_cast<uint32_t>(actor_phrases_.size() - 1);
}

uint32_t Dictionary::AddAgent(Agent agent) {
  agents_.push_back(std::move(agent));
  return static_cast<uint32_t>(agents_.size() - 1);
}

uint32_t Dictionary::AddVerbClass(VerbClass verb_class) {
  verb_classes_.push_back(std::move(verb_class));
  return static_cast<uint32_t>(verb_classes_.size() - 1);
}

uint32_t Dictionary::AddVerb(Verb verb) {
  uint32_t index = static_cast<uint32_t>(verbs_.size());
  class_by_lemma_.emplace(PhraseToString(verb.lemma), verb.verb_class);
  if (verb.verb_class < verb_classes_.size()) verb_classes_[verb.verb_class].verbs.push_back(index);
  verbs_.push_back(std::move(verb));
  return index;
}

uint32_t Dictionary::AddPattern(VerbPattern pattern) {
  uint32_t index = static_cast<uint32_t>(patterns_.size());
  if (pattern.verb_class < verb_classes_.size())
    verb_classes_[pattern.verb_class].patterns.push_back(index);
  patterns_.push_back(std::move(pattern));
  return index;
}

uint32_t Dictionary::AddSynset(Synset synset) {
  uint32_t index = static_cast<uint32_t>(synsets_.size());
  synset_by_name_.insert_or_assign(NormalizeDictionaryToken(synset.name), index);
  synsets_.push_back(std::move(synset));
  return index;
}

uint32_t Dictionary::AddDiscard(Discard discard) {
  discards_.push_back(std::move(discard));
  return static_cast<uint32_t>(discards_.size() - 1);
}

std::optional<uint32_t> Dictionary::FindActor(ActorKind kind, std::string_view key) const {
  auto it = actor_by_key_.find(ActorKey(kind, key));
  if (it == actor_by_key_.end()) return std::nullopt;
  return it->second;
}

std::optional<uint32_t> Dictionary::FindVerbClass(std::string_view lemma) const {
  auto it = class_by_lemma_.find(std::string(lemma));
  if (it == class_by_lemma_.end()) return std::nullopt;
  return it->second;
}

const Synset* Dictionary::FindSynset(std::string_view name) const {
  auto it = synset_by_name_.find(NormalizeDictionaryToken(name));
  return it == synset_by_name_.end() ? nullptr : &synsets_[it->second];
}

void Dictionary::BuildIndexes() {
  actor_index_.Clear();
  agent_index_.Clear();
  verb_index_.Clear();
  discard_index_.Clear();
  for (uint32_t i = 0; i < actor_phrases_.size(); ++i)
    actor_index_.Add(&actor_phrases_[i].phrase, i);
  for (uint32_t i = 0; i < agents_.size(); ++i) agent_index_.Add(&agents_[i].phrase, i);
  for (uint32_t i = 0; i < verbs_.size(); ++i) {
    verb_index_.Add(&verbs_[i].lemma, i);
    for (const Phrase& f : verbs_[i].forms) verb_index_.Add(&f, i);
  }
  for (uint32_t i = 0; i < discards_.size(); ++i) discard_index_.Add(&discards_[i].phrase, i);
  actor_index_.Finish();
  agent_index_.Finish();
  verb_index_.Finish();
  discard_index_.Finish();
  pattern_index_ = std::make_shared<const coding::PatternIndex>(*this);
}

std::string DictionaryProblem::ToString() const {
  std::string out = file;
  if (line > 0) {
    out += ':';
    out += std::to_string(line);
  }
  out += ": ";
  out += message;
  return out;
}

}  // namespace dyad
