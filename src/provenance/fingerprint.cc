// FingerprintText: one-permutation MinHash sketches (with optimal
// densification) of an article's word shingles and skeleton shingles, and
// its paragraph anchors; EstimateJaccard between two sketches.
#include <algorithm>
#include <limits>

#include "dyad/provenance.h"
#include "provenance/hash_mix.h"

namespace dyad {
namespace {

constexpr uint32_t kEmptyBin = std::numeric_limits<uint32_t>::max();

// Rolling hash of `width` consecutive values (cyclic polynomial), each
// window finalised with Mix64; calls emit(hash) once per window, or once
// for the whole sequence when it is shorter than a window.
template <typename Get, typename Emit>
void ForEachShingle(size_t n, uint32_t width, Get get, Emit emit) {
  if (n == 0) return;
  if (width == 0) width = 1;
  if (n < width) width = static_cast<uint32_t>(n);
  uint64_t h = 0;
  for (size_t i = 0; i < n; ++i) {
    h = provenance::Rotl64(h, 1) ^ get(i);
    if (i >= width) h ^= provenance::Rotl64(get(i - width), width);
    if (i + 1 >= width) emit(provenance::Mix64(h));
  }
}

// One-permutation hashing: the top bits of a shingle hash choose its bin,
// the bin keeps the smallest low bits. Empty bins borrow the value of a
// non-empty bin chosen by a hash of (bin, attempt), the same for every
// text, so two sketches of similar sets still agree bin by bin (Shrivastava,
// "Optimal densification for fast and accurate minwise hashing", 2017).
class OnePermutationSketch {
 public:
  explicit OnePermutationSketch(uint32_t bins) : bins_(bins, kEmptyBin) {}
  void Add(uint64_t h) {
    const uint32_t bin = static_cast<uint32_t>(((h >> 32) * bins_.size()) >> 32);
    const uint32_t v =
        static_cast<uint32_t>(h) == kEmptyBin ? kEmptyBin - 1 : static_cast<uint32_t>(h);
    if (v < bins_[bin]) bins_[bin] = v;
    any_ = true;
  }
  std::vector<uint32_t> Finish() {
    if (!any_) return {};
    const uint32_t k = static_cast<uint32_t>(bins_.size());
    std::vector<uint32_t> out = bins_;
    for (uint32_t i = 0; i < k; ++i) {
      if (bins_[i] != kEmptyBin) continue;
      for (uint64_t attempt = 1;; ++attempt) {
        const uint64_t r = provenance::Mix64((uint64_t{i} << 32) ^ attempt);
        const uint32_t donor = static_cast<uint32_t>(((r >> 32) * k) >> 32);
        if (bins_[donor] != kEmptyBin) {
          out[i] = bins_[donor];
          break;
        }
      }
    }
    return out;
  }

 private:
  std::vector<uint32_t> bins_;
  bool any_ = false;
};

}  // namespace

CopyFingerprint FingerprintText(const CopyText& text, const ProvenanceOptions& options) {
  CopyFingerprint fp;
  const std::vector<CopyToken>& tokens = text.tokens();
  fp.content_hash = text.content_hash();
  fp.words = static_cast<uint32_t>(tokens.size());
  if (tokens.empty()) return fp;

  OnePermutationSketch words(options.word_bands * options.word_rows);
  ForEachShingle(
      tokens.size(), options.shingle_words, [&](size_t i) { return tokens[i].word; },
      [&](uint64_t h) { words.Add(h); });
  fp.word_sketch = words.Finish();

  const std::vector<uint32_t>& skeleton = text.skeleton();
  std::vector<uint64_t> mixed(skeleton.size());
  for (size_t i = 0; i < skeleton.size(); ++i) mixed[i] = provenance::Mix64(skeleton[i]);
  OnePermutationSketch skel(options.skeleton_bands * options.skeleton_rows);
  ForEachShingle(
      mixed.size(), options.skeleton_shingle, [&](size_t i) { return mixed[i]; },
      [&](uint64_t h) { skel.Add(h); });
  fp.skeleton_sketch = skel.Finish();

  // Anchors skip shingles with fewer than two content words ("one of the
  // most"), which unrelated paragraphs share.
  for (const auto& paragraph : text.paragraphs()) {
    // Plain copies: clang 14 cannot capture structured bindings in lambdas.
    const uint32_t begin = paragraph.first, end = paragraph.second;
    if (end - begin < options.anchor_min_words) continue;
    uint64_t best = std::numeric_limits<uint64_t>::max(), second = best;
    // Content words in the current window, kept as the window slides.
    const uint32_t width = std::min<uint32_t>(std::max(options.shingle_words, 1u), end - begin);
    auto content = [&](size_t i) {
      return tokens[begin + i].skeleton == CopyToken::kContentWord ? 1u : 0u;
    };
    uint32_t in_window = 0;
    size_t next = 0;  // the window ending at token `next` is emitted next
    ForEachShingle(
        end - begin, options.shingle_words, [&](size_t i) { return tokens[begin + i].word; },
        [&](uint64_t h) {
          const size_t last = next == 0 ? width - 1 : next;
          if (next == 0)
            for (size_t k = 0; k < width; ++k) in_window += content(k);
          else
            in_window += content(last) - content(last - width);
          next = last + 1;
          if (in_window < 2 || h == best || h == second) return;
          if (h < best) {
            second = best;
            best = h;
          } else if (h < second) {
            second = h;
          }
        });
    // The two smallest together: one common phrase ("said in a statement")
    // is the smallest of many paragraphs, two rarely are.
    if (second != std::numeric_limits<uint64_t>::max())
      fp.anchors.push_back(
          provenance::Key32(provenance::Mix64(best ^ provenance::Rotl64(second, 17))));
  }
  std::sort(fp.anchors.begin(), fp.anchors.end());
  fp.anchors.erase(std::unique(fp.anchors.begin(), fp.anchors.end()), fp.anchors.end());
  if (fp.anchors.size() > options.max_anchors) fp.anchors.resize(options.max_anchors);
  return fp;
}

double EstimateJaccard(std::span<const uint32_t> a, std::span<const uint32_t> b) {
  if (a.empty() || a.size() != b.size()) return 0;
  size_t same = 0;
  for (size_t i = 0; i < a.size(); ++i) same += a[i] == b[i];
  return static_cast<double>(same) / a.size();
}

}  // namespace dyad
