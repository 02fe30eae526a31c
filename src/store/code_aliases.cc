// ActorCodeAlias (see dyad/store.h): the one table of names that stand for
// actor codes in event filters, so `--source NATO` means IGOWSTNAT wherever
// events are queried (the command line now, the HTTP API later).
#include <array>
#include <string>
#include <string_view>
#include <utility>

#include "dyad/store.h"

namespace dyad {
namespace {

// Names a user types for an organisation whose CAMEO code is not guessable.
// Codes are those of data/dictionaries/igos.txt.
constexpr std::array<std::pair<std::string_view, std::string_view>, 5> kAliases = {{
    {"AU", "IGOAFRAFU"},
    {"EU", "IGOEUREEC"},
    {"NATO", "IGOWSTNAT"},
    {"UN", "IGOUNO"},
    {"UNSC", "IGOUNOSEC"},
}};

}  // namespace

std::string ActorCodeAlias(std::string_view name) {
  std::string upper(name);
  for (char& c : upper) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  for (const auto& [alias, code] : kAliases) {
    if (upper == alias) return std::string(code);
  }
  return upper;
}

}  // namespace dyad
