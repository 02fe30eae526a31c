// Loading dictionary files: format detection, dispatch to the readers, dyad's
// default dictionaries, and the `dyad dict check` report.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "coding/dictionary_lines.h"
#include "coding/dyad_reader.h"
#include "coding/petrarch_reader.h"
#include "coding/tabari_reader.h"
#include "dyad/dictionary.h"

namespace dyad {
namespace {

using coding::ReaderContext;

bool IsDyadKeyword(std::string_view w) {
  static const char* kWords[] = {"country", "igo",     "group", "metonym", "person",       "agent",
                                 "synset",  "discard", "verb",  "pattern", "discard-story"};
  for (const char* k : kWords)
    if (w == k) return true;
  return false;
}

// True iff the first entry line of `head` starts with a dyad keyword, or the
// file says "# dyad dictionary".
bool LooksLikeDyad(std::string_view head) {
  if (head.find("# dyad dictionary") != std::string_view::npos) return true;
  size_t pos = 0;
  while (pos < head.size()) {
    size_t end = head.find('\n', pos);
    if (end == std::string_view::npos) end = head.size();
    std::string_view line = coding::Trim(head.substr(pos, end - pos));
    pos = end + 1;
    if (line.empty() || line[0] == '#') continue;
    size_t sp = line.find_first_of(" \t");
    return sp != std::string_view::npos && IsDyadKeyword(line.substr(0, sp));
  }
  return false;
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

Result<std::string> ReadWholeFile(const std::string& path) {
  std::error_code ec;
  auto size = std::filesystem::file_size(path, ec);
  if (ec) return Status::IOError(path + ": " + ec.message());
  if (size > kMaxDictionaryFileBytes)
    return Status::TooLarge(path + ": " + std::to_string(size) + " bytes, over the limit of " +
                            std::to_string(kMaxDictionaryFileBytes));
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IOError(path + ": cannot open");
  std::string text(size, '\0');
  in.read(text.data(), static_cast<std::streamsize>(size));
  text.resize(static_cast<size_t>(in.gcount()));
  return text;
}

DictionaryCounts CountsOf(const Dictionary& d) {
  return {d.actors().size(),  d.actor_phrases().size(), d.agents().size(),
          d.verbs().size(),   d.verb_classes().size(),  d.patterns().size(),
          d.synsets().size(), d.discards().size()};
}

// Patterns naming a synset the dictionary does not define.
void CheckSynsetReferences(const Dictionary& d, const std::string& file,
                           std::vector<DictionaryProblem>* problems) {
  auto check = [&](const PhraseToken& t, const Origin& o) {
    if (t.text.size() > 1 && t.text[0] == '&' && !d.FindSynset(t.text))
      problems->push_back({file, o.line, "pattern uses undefined synset '" + t.text + "'"});
  };
  for (const VerbPattern& p : d.patterns()) {
    for (const auto* side : {&p.before, &p.after}) {
      for (const PatternElement& e : *side) {
        if (e.kind == PatternElement::Kind::kSynset) check(e.word, p.origin);
        for (const Phrase& alt : e.alternatives)
          for (const PhraseToken& t : alt) check(t, p.origin);
      }
    }
  }
}

}  // namespace

std::string_view DictionaryFormatName(DictionaryFormat format) {
  switch (format) {
    case DictionaryFormat::kUnknown: return "unknown";
    case DictionaryFormat::kDyad: return "dyad";
    case DictionaryFormat::kTabariActors: return "tabari-actors";
    case DictionaryFormat::kTabariVerbs: return "tabari-verbs";
    case DictionaryFormat::kTabariAgents: return "tabari-agents";
    case DictionaryFormat::kTabariOptions: return "tabari-options";
    case DictionaryFormat::kTabariProject: return "tabari-project";
    case DictionaryFormat::kPetrarchVerbs: return "petrarch-verbs";
    case DictionaryFormat::kPetrarchActors: return "petrarch-actors";
    case DictionaryFormat::kPetrarchAgents: return "petrarch-agents";
    case DictionaryFormat::kPetrarchDiscards: return "petrarch-discards";
  }
  return "unknown";
}

DictionaryFormat DetectDictionaryFormat(std::string_view path, std::string_view head) {
  std::string name = Lower(std::filesystem::path(path).filename().string());
  if (name.ends_with(".actors")) return DictionaryFormat::kTabariActors;
  if (name.ends_with(".verbs")) return DictionaryFormat::kTabariVerbs;
  if (name.ends_with(".agents")) return DictionaryFormat::kTabariAgents;
  if (name.ends_with(".options")) return DictionaryFormat::kTabariOptions;
  if (name.ends_with(".project")) return DictionaryFormat::kTabariProject;
  if (name.ends_with(".dyad") || LooksLikeDyad(head)) return DictionaryFormat::kDyad;
  if (name.find("discard") != std::string::npos) return DictionaryFormat::kPetrarchDiscards;
  if (name.find("agents") != std::string::npos) return DictionaryFormat::kPetrarchAgents;
  if (name.find("actors") != std::string::npos) return DictionaryFormat::kPetrarchActors;
  if (name.find("verbs") != std::string::npos || name.starts_with("cameo"))
    return DictionaryFormat::kPetrarchVerbs;
  // Content: PETRARCH verb blocks, TABARI bracketed codes.
  if (head.find("\n--- ") != std::string_view::npos) return DictionaryFormat::kPetrarchVerbs;
  return DictionaryFormat::kUnknown;
}

Status ReadDictionaryText(std::string_view text, std::string_view file_name,
                          DictionaryFormat format, Dictionary* dict,
                          std::vector<DictionaryProblem>* problems) {
  if (text.size() > kMaxDictionaryFileBytes)
    return Status::TooLarge(std::string(file_name) + ": over the dictionary size limit");
  switch (format) {
    case DictionaryFormat::kUnknown:
      return Status::Unsupported(std::string(file_name) + ": unknown dictionary format");
    case DictionaryFormat::kTabariProject: {
      ReadTabariProject(text, file_name, problems);
      dict->AddFile(file_name);
      return Status::OK();
    }
    default: break;
  }
  ReaderContext ctx(dict, file_name, problems);
  switch (format) {
    case DictionaryFormat::kDyad: coding::ReadDyadDictionary(text, ctx); break;
    case DictionaryFormat::kTabariActors: coding::ReadTabariActors(text, ctx, {}); break;
    case DictionaryFormat::kTabariAgents: coding::ReadTabariAgents(text, ctx, {}); break;
    case DictionaryFormat::kTabariVerbs: coding::ReadTabariVerbs(text, ctx); break;
    case DictionaryFormat::kTabariOptions: coding::ReadTabariOptions(text, ctx); break;
    case DictionaryFormat::kPetrarchVerbs: coding::ReadPetrarchVerbs(text, ctx); break;
    case DictionaryFormat::kPetrarchActors: coding::ReadPetrarchActors(text, ctx); break;
    case DictionaryFormat::kPetrarchAgents: coding::ReadPetrarchAgents(text, ctx); break;
    case DictionaryFormat::kPetrarchDiscards: coding::ReadPetrarchDiscards(text, ctx); break;
    default: break;
  }
  return Status::OK();
}

Status LoadDictionaryFile(const std::string& path, DictionaryFormat format, Dictionary* dict,
                          std::vector<DictionaryProblem>* problems) {
  auto text = ReadWholeFile(path);
  if (!text.ok()) return text.status();
  if (format == DictionaryFormat::kUnknown)
    format = DetectDictionaryFormat(path, std::string_view(*text).substr(0, 4096));
  return ReadDictionaryText(*text, path, format, dict, problems);
}

TabariProject ReadTabariProject(std::string_view text, std::string_view file_name,
                                std::vector<DictionaryProblem>* problems) {
  TabariProject project;
  Dictionary scratch;
  ReaderContext ctx(&scratch, file_name, problems);
  coding::ForEachLine(text, ctx, [&](uint32_t number, std::string_view line) {
    std::string_view t = coding::Trim(line);
    if (!t.starts_with('<') || t.starts_with("<session")) return;
    size_t close = t.find('>');
    if (close == std::string_view::npos) {
      ctx.Problem(number, "'<' without '>'");
      return;
    }
    std::string tag = Lower(t.substr(1, close - 1));
    std::string value(coding::Trim(t.substr(close + 1)));
    std::vector<std::string>* list = nullptr;
    if (tag == "actorsfile")
      list = &project.actors;
    else if (tag == "verbsfile")
      list = &project.verbs;
    else if (tag == "agentsfile")
      list = &project.agents;
    else if (tag == "optionsfile")
      list = &project.options;
    else if (tag == "textfile")
      list = &project.text;
    if (!list) return;  // output files, coder names: not dictionaries
    if (value.empty())
      ctx.Problem(number, "<" + tag + "> names no file");
    else
      list->push_back(value);
  });
  return project;
}

Result<Dictionary> LoadDefaultDictionaries(const std::string& dir,
                                           std::vector<DictionaryProblem>* problems) {
  std::error_code ec;
  std::vector<std::string> paths;
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec))
    if (entry.path().extension() == ".txt") paths.push_back(entry.path().string());
  if (ec) return Status::IOError(dir + ": " + ec.message());
  if (paths.empty()) return Status::NotFound(dir + ": no dictionary (*.txt) there");
  std::sort(paths.begin(), paths.end());
  Dictionary dict;
  for (const std::string& p : paths) {
    Status s = LoadDictionaryFile(p, DictionaryFormat::kDyad, &dict, problems);
    if (!s.ok()) return s;
  }
  dict.BuildIndexes();
  return dict;
}

size_t DictionaryCheckReport::problem_count() const {
  size_t n = 0;
  for (const auto& f : files) n += f.problems.size() + (f.status.ok() ? 0 : 1);
  return n;
}

std::string DictionaryCheckReport::ToString() const {
  std::ostringstream out;
  for (const auto& f : files) {
    if (!f.status.ok()) out << f.status.message() << "\n";
    for (const auto& p : f.problems) out << p.ToString() << "\n";
  }
  for (const auto& f : files) {
    const DictionaryCounts& c = f.counts;
    out << f.path << " (" << DictionaryFormatName(f.format) << "): ";
    if (f.format == DictionaryFormat::kTabariProject) {
      out << f.names.size() << " files named";
    } else {
      out << c.actors << " actors, " << c.actor_phrases << " actor phrases, " << c.agents
          << " agents, " << c.verbs << " verbs in " << c.verb_classes << " classes, " << c.patterns
          << " patterns, " << c.synsets << " synsets, " << c.discards << " discards";
    }
    out << ", " << f.problems.size() << " problems\n";
  }
  return out.str();
}

DictionaryCheckReport CheckDictionaries(const std::vector<std::string>& paths) {
  DictionaryCheckReport report;
  std::vector<std::string> queue(paths.begin(), paths.end());
  std::set<std::string> seen;
  for (size_t i = 0; i < queue.size(); ++i) {
    const std::string path = queue[i];
    if (!seen.insert(path).second) continue;
    DictionaryFileReport fr;
    fr.path = path;
    auto text = ReadWholeFile(path);
    if (!text.ok()) {
      fr.status = text.status();
      report.files.push_back(std::move(fr));
      continue;
    }
    fr.format = DetectDictionaryFormat(path, std::string_view(*text).substr(0, 4096));
    if (fr.format == DictionaryFormat::kTabariProject) {
      TabariProject project = ReadTabariProject(*text, path, &fr.problems);
      std::filesystem::path dir = std::filesystem::path(path).parent_path();
      for (const auto* list : {&project.actors, &project.verbs, &project.agents, &project.options})
        for (const std::string& name : *list) {
          fr.names.push_back((dir / name).string());
          queue.push_back(fr.names.back());
        }
      report.files.push_back(std::move(fr));
      continue;
    }
    Dictionary dict;
    fr.status = ReadDictionaryText(*text, path, fr.format, &dict, &fr.problems);
    if (fr.status.ok()) {
      CheckSynsetReferences(dict, path, &fr.problems);
      fr.counts = CountsOf(dict);
    }
    report.files.push_back(std::move(fr));
  }
  return report;
}

}  // namespace dyad
