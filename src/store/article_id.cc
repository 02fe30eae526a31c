// ArticleId (see dyad/store.h): identity from normalised content.
//
// The hashed key is the outlet and the matching text, ASCII lower-cased with
// white space runs folded to one space, joined by '\x1f'. The key is never
// built: folded bytes go through a small buffer into XXH3's streaming state,
// which gives the same hash as hashing the whole key at once.
#include <xxhash.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <memory>
#include <string>

#include "common/ascii.h"
#include "dyad/store.h"
#include "dyad/text.h"

namespace dyad {
namespace {

// Folds text into the key and hashes it as it goes.
class FoldedKeyHasher {
 public:
  FoldedKeyHasher() : state_(XXH3_createState(), &XXH3_freeState) {
    XXH3_64bits_reset(state_.get());
  }

  // Appends `s` lower-cased (ASCII), every run of ASCII white space one
  // space; none at the start of the key or right after a '\x1f', and a run
  // at the end of `s` is dropped.
  void AppendFolded(std::string_view s) {
    size_t used = used_;  // locals: stores to the buffer cannot clobber them
    bool space_ok = space_ok_;
    bool pending_space = false;
    size_t i = 0;
    while (i < s.size()) {
      if (used + 2 > sizeof buffer_) {
        Flush(used);
        used = 0;
      }
      const auto c = static_cast<unsigned char>(s[i]);
      if (c == ' ' || (c >= '\t' && c <= '\r')) {  // \t \n \v \f \r
        pending_space = true;
        ++i;
        continue;
      }
      if (pending_space && space_ok) buffer_[used++] = ' ';
      pending_space = false;
      if (c < ' ') {  // another control character; '\x1f' allows no space after it
        buffer_[used++] = static_cast<char>(c);
        space_ok = c != '\x1f';
        ++i;
        continue;
      }
      // A run of bytes above ' ' (no white space, no '\x1f'), as far as the
      // buffer has room.
      const size_t stop = std::min(s.size(), i + (sizeof buffer_ - used));
      while (i < stop) {
        const auto d = static_cast<unsigned char>(s[i]);
        if (d <= ' ') {
          // A single ' ' between two such bytes is copied as it is (the byte
          // before allows a space); anything else takes the general path.
          if (d != ' ' || i + 1 >= stop || static_cast<unsigned char>(s[i + 1]) <= ' ') break;
        }
        buffer_[used++] = kLowerAscii[d];
        ++i;
      }
      space_ok = true;
    }
    used_ = used;
    space_ok_ = space_ok;
  }

  // Appends the separator between outlet and text.
  void AppendSeparator() {
    if (used_ == sizeof buffer_) {
      Flush(used_);
      used_ = 0;
    }
    buffer_[used_++] = '\x1f';
    space_ok_ = false;
  }

  XXH64_hash_t Digest() {
    Flush(used_);
    used_ = 0;
    return XXH3_64bits_digest(state_.get());
  }

 private:
  void Flush(size_t used) { XXH3_64bits_update(state_.get(), buffer_, used); }

  std::unique_ptr<XXH3_state_t, decltype(&XXH3_freeState)> state_;
  char buffer_[4096];
  size_t used_ = 0;
  bool space_ok_ = false;  // the key is not empty and does not end in '\x1f'
};

}  // namespace

std::string ArticleId(const Article& article) {
  FoldedKeyHasher key;
  key.AppendFolded(article.outlet);
  key.AppendSeparator();
  key.AppendFolded(MatchingText(article.text).text());
  const XXH64_hash_t h = key.Digest();
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(h));
  return hex;
}

}  // namespace dyad
