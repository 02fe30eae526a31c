// Internal to cli: which dictionaries a command codes with (--dict dyad |
// tabari | petrarch | FILE, repeatable), found and loaded in one place so
// that `dyad code`, `dyad ingest`, `dyad recode` and `dyad serve` agree.
#ifndef DYAD_CLI_DICTIONARY_CHOICE_H_
#define DYAD_CLI_DICTIONARY_CHOICE_H_

#include <memory>
#include <string>
#include <vector>

#include "dyad/coding.h"
#include "dyad/dictionary.h"
#include "dyad/status.h"
#include "dyad/store.h"

namespace dyad::cli {

// The files --dict names, in order: "dyad" is every *.txt of
// $DYAD_DICT_DIR or the source tree's data/dictionaries, sorted; "tabari"
// and "petrarch" are the peers' dictionaries under ../shared/peers
// ($DYAD_SHARED_DIR); anything else is a file. An empty choice is {"dyad"}.
std::vector<std::string> DictionaryFiles(const std::vector<std::string>& choice);

// Loaded dictionaries with their indexes built, and the CoderRun that
// names them in the store.
struct LoadedDictionaries {
  Dictionary dict;
  std::vector<std::string> files;
  CoderRun run;
  std::vector<DictionaryProblem> problems;  // bad lines (skipped)
  double load_seconds = 0;
};

// Loads the files of `choice`. Returns IOError naming the file if one
// cannot be read; bad lines are kept in `problems` and skipped.
Result<std::unique_ptr<LoadedDictionaries>> LoadChosenDictionaries(
    const std::vector<std::string>& choice);

// Dictionaries with a Coder over them, for the commands that code articles
// as they store them (`dyad ingest`, `dyad serve` with its ingest endpoint).
struct ChosenCoder {
  std::unique_ptr<LoadedDictionaries> dictionaries;
  std::unique_ptr<Coder> coder;  // codes with dictionaries->dict
};

// Loads the dictionaries of `choice` into `out` and builds its Coder. On
// failure prints the error (PrintError) and returns false, `out` unchanged.
bool LoadChosenCoder(const std::vector<std::string>& choice, ChosenCoder* out);

}  // namespace dyad::cli

#endif  // DYAD_CLI_DICTIONARY_CHOICE_H_
