// Finding and loading the dictionaries --dict names (see dictionary_choice.h).
#include "cli/dictionary_choice.h"

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>

#include "cli/commands.h"
#include "dyad/pipeline.h"

namespace dyad::cli {
namespace {

namespace fs = std::filesystem;

// The source tree: DYAD_SOURCE_DIR if compiled in, else the first folder
// above the executable holding data/dictionaries.
fs::path SourceDir() {
#ifdef DYAD_SOURCE_DIR
  if (fs::is_directory(fs::path(DYAD_SOURCE_DIR) / "data" / "dictionaries")) return DYAD_SOURCE_DIR;
#endif
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  for (fs::path p = exe.parent_path(); !p.empty() && p != p.root_path(); p = p.parent_path())
    if (fs::is_directory(p / "data" / "dictionaries")) return p;
  return fs::current_path(ec);
}

fs::path SharedDir() {
  if (const char* env = std::getenv("DYAD_SHARED_DIR")) return env;
#ifdef DYAD_SHARED_DIR
  return DYAD_SHARED_DIR;
#else
  return SourceDir() / ".." / "shared";
#endif
}

}  // namespace

std::vector<std::string> DictionaryFiles(const std::vector<std::string>& given) {
  const std::vector<std::string> choice = given.empty() ? std::vector<std::string>{"dyad"} : given;
  std::vector<std::string> files;
  for (const std::string& c : choice) {
    if (c == "dyad") {
      fs::path dir = std::getenv("DYAD_DICT_DIR") ? fs::path(std::getenv("DYAD_DICT_DIR"))
                                                  : SourceDir() / "data" / "dictionaries";
      std::vector<std::string> txt;
      std::error_code ec;
      for (const auto& e : fs::directory_iterator(dir, ec))
        if (e.path().extension() == ".txt") txt.push_back(e.path().string());
      std::sort(txt.begin(), txt.end());
      files.insert(files.end(), txt.begin(), txt.end());
    } else if (c == "tabari") {
      fs::path d = SharedDir() / "peers" / "tabari";
      for (const char* f : {"TABARI.Demo.actors", "Validate.agents", "TABARI.Demo.verbs"})
        files.push_back((d / f).string());
    } else if (c == "petrarch") {
      fs::path d = SharedDir() / "peers" / "petrarch2";
      for (const char* f :
           {"CAMEO.2.0.txt", "Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
            "Phoenix.MilNonState.actors.txt", "Phoenix.agents.txt"})
        files.push_back((d / f).string());
    } else {
      files.push_back(c);
    }
  }
  return files;
}

Result<std::unique_ptr<LoadedDictionaries>> LoadChosenDictionaries(
    const std::vector<std::string>& choice) {
  auto t0 = std::chrono::steady_clock::now();
  auto loaded = std::make_unique<LoadedDictionaries>();
  loaded->files = DictionaryFiles(choice);
  if (loaded->files.empty()) {
    return Status::NotFound("no dictionary files found (is data/dictionaries there?)");
  }
  for (const std::string& f : loaded->files) {
    Status s = LoadDictionaryFile(f, DictionaryFormat::kUnknown, &loaded->dict, &loaded->problems);
    if (!s.ok()) return s;
  }
  loaded->dict.BuildIndexes();
  loaded->run = DescribeDictionaries(loaded->files);
  loaded->load_seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  return loaded;
}

bool LoadChosenCoder(const std::vector<std::string>& choice, ChosenCoder* out) {
  auto loaded = LoadChosenDictionaries(choice);
  if (!loaded.ok()) {
    PrintError(loaded.status().ToString());
    return false;
  }
  out->dictionaries = std::move(loaded).value();
  out->coder = std::make_unique<Coder>(&out->dictionaries->dict);
  return true;
}

}  // namespace dyad::cli
