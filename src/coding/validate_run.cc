// Running a validation file: loads the dictionaries it names (a TABARI
// .project beside Validate.text; PETRARCH's <Environment> files), codes every
// record, and compares the coded events with the expected ones.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "coding/coder_internal.h"
#include "dyad/coding.h"

namespace dyad {
namespace {

Result<std::string> ReadWhole(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IOError("cannot read " + path);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string XmlElement(std::string_view text, std::string_view name) {
  std::string open = "<" + std::string(name) + ">", close = "</" + std::string(name) + ">";
  size_t a = text.find(open);
  if (a == std::string_view::npos) return {};
  size_t b = text.find(close, a);
  if (b == std::string_view::npos) return {};
  std::string_view v = text.substr(a + open.size(), b - a - open.size());
  while (!v.empty() && std::isspace(static_cast<unsigned char>(v.front()))) v.remove_prefix(1);
  while (!v.empty() && std::isspace(static_cast<unsigned char>(v.back()))) v.remove_suffix(1);
  return std::string(v);
}

// The story of a record id ("FRWD-001-002" -> "FRWD-001"): the sentences of
// one story share forwarded pronouns.
std::string_view StoryOf(std::string_view id) {
  size_t dash = id.rfind('-');
  return dash == std::string_view::npos ? std::string_view() : id.substr(0, dash);
}

}  // namespace

ValidationReport ScoreValidation(const Coder& base, std::vector<ValidationRecord> records) {
  ValidationReport report;
  CoderOptions options = base.options();
  bool forward = false;
  std::string forwarded, forwarded_story;
  for (ValidationRecord& r : records) {
    ValidationResult res;
    for (const std::string& line : r.options) ApplyTabariOption(line, &options, &forward);
    options.forwarded_actor.clear();
    if (forward && !forwarded.empty() && StoryOf(r.id) == forwarded_story)
      options.forwarded_actor = forwarded;
    const Coder coder(&base.dictionary(), options);
    if (forward) {
      forwarded = coding::FirstActorRoot(coder, r.text, r.date);
      forwarded_story = std::string(StoryOf(r.id));
    }
    for (const Event& e : coder.CodeText(r.text, r.date))
      if (!e.negated && !e.target.empty()) res.coded.push_back(EventTriple(e));
    std::sort(res.coded.begin(), res.coded.end());
    res.coded.erase(std::unique(res.coded.begin(), res.coded.end()), res.coded.end());
    res.passed = res.coded == r.expected;
    res.record = std::move(r);
    if (res.record.control) {
      ++report.control;
    } else {
      ++report.scored;
      if (res.passed) ++report.passed;
    }
    report.results.push_back(std::move(res));
  }
  return report;
}

Result<ValidationReport> RunValidation(const std::string& path,
                                       const std::vector<std::string>& dictionary_files) {
  namespace fs = std::filesystem;
  auto text = ReadWhole(path);
  if (!text.ok()) return text.status();
  const fs::path dir = fs::path(path).parent_path();
  const bool xml = text->find("<Sentence ") != std::string::npos;
  std::vector<std::string> files = dictionary_files;
  CoderOptions options = PeerConventionOptions();
  // "X was opposed by Y": PETRARCH's parses find the passive voice too.
  options.passive_voice = true;
  // TABARI's own defaults for its suite; its options records change them.
  if (!xml) options = TabariValidationOptions();
  if (files.empty()) {
    if (xml) {
      for (const char* tag : {"Verbfile", "Actorfile", "Agentfile", "Discardfile"}) {
        std::string f = XmlElement(*text, tag);
        if (!f.empty()) files.push_back((dir / f).string());
      }
    } else {
      // The .project beside the file that names it as <textfile>.
      std::string name = fs::path(path).filename().string();
      std::error_code ec;
      for (const auto& entry : fs::directory_iterator(dir.empty() ? fs::path(".") : dir, ec)) {
        if (entry.path().extension() != ".project") continue;
        auto pt = ReadWhole(entry.path().string());
        if (!pt.ok()) continue;
        std::vector<DictionaryProblem> problems;
        TabariProject project = ReadTabariProject(*pt, entry.path().string(), &problems);
        if (std::find(project.text.begin(), project.text.end(), name) == project.text.end())
          continue;
        for (const auto* list :
             {&project.actors, &project.agents, &project.verbs, &project.options})
          for (const std::string& f : *list) files.push_back((dir / f).string());
        break;
      }
    }
    if (files.empty()) return Status::NotFound("no dictionaries named for " + path);
  }
  Dictionary dict;
  std::vector<DictionaryProblem> problems;
  for (const std::string& f : files) {
    Status s = LoadDictionaryFile(f, DictionaryFormat::kUnknown, &dict, &problems);
    if (!s.ok()) return s;
  }
  dict.BuildIndexes();
  Coder coder(&dict, options);
  ValidationReport report =
      ScoreValidation(coder, xml ? ReadPetrarchValidation(*text) : ReadTabariValidation(*text));
  report.file = path;
  report.dictionary_files = files;
  return report;
}

}  // namespace dyad
