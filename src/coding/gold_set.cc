// Reader for the gold-set format (coding/gold_set.h, docs/gold.md).
#include "coding/gold_set.h"

#include <array>
#include <cctype>
#include <fstream>
#include <sstream>
#include <unordered_set>

#include "coding/dictionary_lines.h"
#include "dyad/dictionary.h"

namespace dyad::coding {
namespace {

constexpr std::array<std::string_view, 21> kTags = {
    "plain",       "negation",   "denial",     "future",  "intent",      "passive",  "compound",
    "attribution", "possessive", "apposition", "metonym", "person-date", "agent",    "igo",
    "multi",       "noun-led",   "multiword",  "quote",   "hedge",       "no-actor", "group"};

std::vector<std::string_view> Words(std::string_view s) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && std::isspace(static_cast<unsigned char>(s[i]))) ++i;
    size_t start = i;
    while (i < s.size() && !std::isspace(static_cast<unsigned char>(s[i]))) ++i;
    if (i > start) out.push_back(s.substr(start, i - start));
  }
  return out;
}

bool IsId(std::string_view s) {
  if (s.empty() || s.size() > 64) return false;
  for (char c : s)
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-' && c != '_') return false;
  return true;
}

}  // namespace

bool GoldRecord::HasTag(std::string_view tag) const {
  for (const std::string& t : tags)
    if (t == tag) return true;
  return false;
}

std::string GoldProblem::ToString() const {
  return file + ":" + std::to_string(line) + ": " + message;
}

std::span<const std::string_view> GoldTags() {
  return kTags;
}

bool IsGoldTag(std::string_view tag) {
  for (std::string_view t : kTags)
    if (t == tag) return true;
  return false;
}

Result<std::vector<GoldEvent>> ParseGoldEvents(std::string_view text) {
  text = Trim(text);
  std::vector<GoldEvent> events;
  if (text == "none") return events;
  if (text.empty()) return Status::InvalidArgument("no events (write 'none')");
  for (std::string_view piece : Split(text, ';')) {
    std::vector<std::string_view> w = Words(piece);
    if (w.size() != 3)
      return Status::InvalidArgument("an event is 'SOURCE TARGET CODE', not '" +
                                     std::string(Trim(piece)) + "'");
    for (int k = 0; k < 2; ++k)
      if (!IsActorCode(w[k]))
        return Status::InvalidArgument("bad actor code '" + std::string(w[k]) + "'");
    if (w[2].size() < 3 || !FindCameoCode(w[2]))
      return Status::InvalidArgument("'" + std::string(w[2]) + "' is not a CAMEO event code");
    events.push_back(GoldEvent{std::string(w[0]), std::string(w[1]), std::string(w[2])});
  }
  return events;
}

std::vector<GoldRecord> ReadGoldSet(std::string_view text, std::string_view file_name,
                                    std::vector<GoldProblem>* problems) {
  std::vector<GoldRecord> records;
  std::unordered_set<std::string> ids;
  auto problem = [&](uint32_t line, std::string message) {
    if (problems)
      problems->push_back(GoldProblem{std::string(file_name), line, std::move(message)});
  };
  auto read_line = [&](uint32_t number, std::string_view line) {
    if (Trim(line).empty() || Trim(line).front() == '#') return;
    std::vector<std::string_view> f = Split(line, '\t');
    if (f.size() != 5) {
      problem(number, "want 5 TAB-separated fields (ID DATE TAGS SENTENCE EVENTS), found " +
                          std::to_string(f.size()));
      return;
    }
    GoldRecord r;
    r.line = number;
    std::string_view id = Trim(f[0]);
    if (!IsId(id)) {
      problem(number, "bad id '" + std::string(id) + "'");
      return;
    }
    r.id = std::string(id);
    if (!ids.insert(r.id).second) {
      problem(number, "duplicate id '" + r.id + "'");
      return;
    }
    auto date = ParseIsoDate(Trim(f[1]));
    if (!date) {
      problem(number, "bad date '" + std::string(Trim(f[1])) + "' (want YYYY-MM-DD)");
      return;
    }
    r.date = *date;
    bool tags_ok = true;
    for (std::string_view t : Split(f[2], ',')) {
      t = Trim(t);
      if (t.empty()) continue;
      if (!IsGoldTag(t)) {
        problem(number, "unknown tag '" + std::string(t) + "'");
        tags_ok = false;
        break;
      }
      r.tags.emplace_back(t);
    }
    if (!tags_ok) return;
    if (r.tags.empty()) {
      problem(number, "no tag (use 'plain' for a plain sentence)");
      return;
    }
    r.sentence = std::string(Trim(f[3]));
    if (r.sentence.empty()) {
      problem(number, "empty sentence");
      return;
    }
    auto events = ParseGoldEvents(f[4]);
    if (!events.ok()) {
      problem(number, events.status().message());
      return;
    }
    r.events = std::move(events).value();
    records.push_back(std::move(r));
  };
  ForEachTextLine(text, kMaxGoldLineBytes, read_line, [&](uint32_t number) {
    problem(number, "line longer than " + std::to_string(kMaxGoldLineBytes) + " bytes");
  });
  return records;
}

Result<std::vector<GoldRecord>> LoadGoldSetFile(const std::string& path,
                                                std::vector<GoldProblem>* problems) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IOError("cannot read " + path);
  in.seekg(0, std::ios::end);
  std::streamoff size = in.tellg();
  if (size < 0) return Status::IOError("cannot read " + path);
  if (static_cast<uint64_t>(size) > kMaxGoldFileBytes)
    return Status::TooLarge(path + " is larger than " + std::to_string(kMaxGoldFileBytes) +
                            " bytes");
  in.seekg(0, std::ios::beg);
  std::string text(static_cast<size_t>(size), '\0');
  in.read(text.data(), size);
  if (!in) return Status::IOError("cannot read " + path);
  return ReadGoldSet(text, path, problems);
}

}  // namespace dyad::coding
