// WordNet synonym table and the synonym spinner used by the provenance
// evaluation (see synonym_spinner.h).
#include "provenance/synonym_spinner.h"

#include <algorithm>
#include <fstream>
#include <sstream>

#include "dyad/provenance.h"
#include "dyad/text.h"
#include "provenance/synthetic_text.h"

namespace dyad::provenance {
namespace {

Result<std::string> ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound(path + ": cannot open (install Debian's wordnet-base)");
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

bool IsPlainWord(std::string_view w) {
  if (w.size() < 3) return false;
  return std::all_of(w.begin(), w.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

// The words of the synset at byte `offset` of a data file.
std::vector<std::string> SynsetWords(const std::string& data, size_t offset) {
  std::vector<std::string> out;
  if (offset >= data.size()) return out;
  std::istringstream line(data.substr(offset, data.find('\n', offset) - offset));
  std::string off, lex, type, count_hex;
  line >> off >> lex >> type >> count_hex;
  const int count = static_cast<int>(std::strtol(count_hex.c_str(), nullptr, 16));
  for (int i = 0; i < count; ++i) {
    std::string word, lex_id;
    line >> word >> lex_id;
    if (const size_t paren = word.find('('); paren != std::string::npos) word.resize(paren);
    if (IsPlainWord(word)) out.push_back(word);
  }
  return out;
}

}  // namespace

Result<SynonymTable> SynonymTable::LoadWordNet(const std::string& dir, int senses) {
  SynonymTable t;
  for (const char* pos : {"noun", "verb", "adj", "adv"}) {
    auto index = ReadFile(dir + "/index." + pos);
    if (!index.ok()) return index.status();
    auto data = ReadFile(dir + "/data." + pos);
    if (!data.ok()) return data.status();
    std::istringstream lines(*index);
    std::string line;
    while (std::getline(lines, line)) {
      if (line.empty() || line[0] == ' ') continue;  // licence header
      std::istringstream f(line);
      std::vector<std::string> fields;
      for (std::string x; f >> x;) fields.push_back(x);
      if (fields.size() < 4 || !IsPlainWord(fields[0])) continue;
      const int synsets = std::atoi(fields[2].c_str());
      if (synsets <= 0 || static_cast<size_t>(synsets) + 4 > fields.size()) continue;
      std::vector<std::string>& syn = t.synonyms_[fields[0]];
      for (int s = 0; s < std::min(synsets, senses); ++s) {
        const size_t offset =
            std::strtoull(fields[fields.size() - synsets + s].c_str(), nullptr, 10);
        for (std::string& w : SynsetWords(*data, offset))
          if (w != fields[0] && std::find(syn.begin(), syn.end(), w) == syn.end())
            syn.push_back(std::move(w));
      }
      if (syn.empty()) t.synonyms_.erase(fields[0]);
    }
    auto exc = ReadFile(dir + "/" + pos + ".exc");
    if (!exc.ok()) return exc.status();
    std::istringstream el(*exc);
    while (std::getline(el, line)) {
      std::istringstream f(line);
      std::string form, lemma;
      if (f >> form >> lemma && IsPlainWord(form) && IsPlainWord(lemma))
        t.irregular_.emplace(form, lemma);
    }
  }
  return t;
}

std::vector<std::string> SynonymTable::Synonyms(std::string_view word) const {
  const std::string w(word);
  if (auto it = synonyms_.find(w); it != synonyms_.end()) return it->second;
  if (auto irr = irregular_.find(w); irr != irregular_.end())
    if (auto it = synonyms_.find(irr->second); it != synonyms_.end()) return it->second;
  // Regular endings: strip, look up the lemma, put the ending back.
  struct Ending {
    std::string_view suffix, lemma_end, put_back;
  };
  static constexpr Ending kEndings[] = {{"ies", "y", "ies"}, {"es", "", "es"}, {"s", "", "s"},
                                        {"ed", "e", "d"},    {"ed", "", "ed"}, {"ing", "e", "ing"},
                                        {"ing", "", "ing"}};
  for (const Ending& e : kEndings) {
    if (w.size() <= e.suffix.size() + 2 || !w.ends_with(e.suffix)) continue;
    const std::string lemma = w.substr(0, w.size() - e.suffix.size()) + std::string(e.lemma_end);
    auto it = synonyms_.find(lemma);
    if (it == synonyms_.end()) continue;
    std::vector<std::string> out;
    for (const std::string& s : it->second) {
      std::string base = s;
      if (!e.lemma_end.empty() && base.ends_with(e.lemma_end))
        base.resize(base.size() - 1);
      else if (e.put_back == "ing" && base.ends_with('e'))
        base.pop_back();
      out.push_back(base + std::string(e.put_back));
    }
    return out;
  }
  return {};
}

std::string SpinText(std::string_view text, const SynonymTable& table, double fraction,
                     uint64_t seed, SpinStats* stats) {
  struct Candidate {
    Span span;
    std::vector<std::string> synonyms;
  };
  std::vector<Candidate> candidates;
  SpinStats local;
  for (const Token& t : Tokenize(text)) {
    if (t.kind != TokenKind::kWord) continue;
    std::string_view w = t.view(text);
    if (!IsPlainWord(w) || IsFunctionWord(w)) continue;
    ++local.content_words;
    std::vector<std::string> syn = table.Synonyms(w);
    if (syn.empty()) continue;
    ++local.with_synonym;
    candidates.push_back({t, std::move(syn)});
  }
  SplitMix r(SplitMix(seed).Next());
  // Fisher-Yates: the first `want` candidates after shuffling are replaced.
  for (size_t i = candidates.size(); i > 1; --i)
    std::swap(candidates[i - 1], candidates[r.Below(i)]);
  const size_t want =
      std::min(candidates.size(), static_cast<size_t>(fraction * local.content_words + 0.5));
  candidates.resize(want);
  std::sort(candidates.begin(), candidates.end(),
            [](const Candidate& a, const Candidate& b) { return a.span.begin < b.span.begin; });
  std::string out;
  size_t at = 0;
  for (const Candidate& c : candidates) {
    out.append(text.substr(at, c.span.begin - at));
    out += c.synonyms[r.Below(c.synonyms.size())];
    at = c.span.end;
  }
  out.append(text.substr(at));
  local.replaced = static_cast<uint32_t>(want);
  if (stats) {
    stats->content_words += local.content_words;
    stats->with_synonym += local.with_synonym;
    stats->replaced += local.replaced;
  }
  return out;
}

}  // namespace dyad::provenance
