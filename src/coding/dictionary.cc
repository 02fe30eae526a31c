// The in-memory Dictionary: entries with their origins, the codes an actor
// has on a date, actor + agent composition, and the PhraseIndex that makes
// phrase look-up a handful of hash probes per sentence token.
#include <algorithm>

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

void PhraseIndex::Finish() {
  auto by_length = [](const Item& a, const Item& b) {
    if (a.phrase->size() != b.phrase->size()) return a.phrase->size() > b.phrase->size();
    return a.order < b.order;
  };
  for (auto& [key, items] : exact_) std::sort(items.begin(), items.end(), by_length);
  for (auto& [key, items] : prefix_) std::sort(items.begin(), items.end(), by_length);
}

void PhraseIndex::Clear() {
  exact_.clear();
  prefix_.clear();
  count_ = 0;
}

template <typename F>
void PhraseIndex::ForEachCandidate(std::string_view token, F&& f) const {
  // f is called once per candidate list (each sorted longest first) that
  // may hold phrases starting with `token`. Transparent hashing: no
  // std::string is built per probe.
  if (auto it = exact_.find(token); it != exact_.end()) f(it->second);
  if (prefix_.empty()) return;
  for (size_t n = 1; n <= std::min(token.size(), kPrefixKeyBytes); ++n)
    if (auto it = prefix_.find(token.substr(0, n)); it != prefix_.end()) f(it->second);
}

namespace {
bool MatchesAt(const Phrase& phrase, std::span<const std::string_view> tokens, size_t start) {
  if (start + phrase.size() > tokens.size()) return false;
  for (size_t i = 0; i < phrase.size(); ++i)
    if (!PhraseTokenMatches(phrase[i], tokens[start + i])) return false;
  return true;
}
}  // namespace

std::optional<PhraseIndex::Match> PhraseIndex::LongestMatch(
    std::span<const std::string_view> tokens, size_t start) const {
  if (start >= tokens.size()) return std::nullopt;
  const Item* best = nullptr;
  const size_t room = tokens.size() - start;
  ForEachCandidate(tokens[start], [&](const std::vector<Item>& items) {
    for (const Item& item : items) {  // longest first: the first match wins
      if (best && (item.phrase->size() < best->phrase->size() ||
                   (item.phrase->size() == best->phrase->size() && item.order > best->order)))
        return;
      if (item.phrase->size() > room) continue;
      if (MatchesAt(*item.phrase, tokens, start)) {
        best = &item;
        return;
      }
    }
  });
  if (!best) return std::nullopt;
  return Match{best->value, static_cast<uint32_t>(best->phrase->size())};
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
