// bench_provenance: speed and memory of copy detection (dyad/provenance.h)
// on synthetic articles generated at run time, and the recall of its LSH
// against exact all-pairs Jaccard on a subset, side by side with the npm
// `minhash` package (bench/minhash_compare, run by Node) on the same data at
// the same threshold.
//
// A small main, not Google Benchmark: one pass over N articles is the
// measurement (insert + query, as ingest would do it), one core.
//
//   bench_provenance [--articles N] [--million] [--subset N] [--copy-rate R]
//                    [--minhash-compare] [--keep-data DIR]
//   --articles N       articles streamed through the index (default 100000)
//   --million          the same as --articles 1000000
//   --subset N         articles of the exact all-pairs comparison (default 20000; 0: none)
//   --copy-rate R      share of articles that copy an earlier one (default 0.1)
//   --minhash-compare  also run bench/minhash_compare (npm install there first if needed)
//
// Every article is fingerprinted from its text (CopyText + FingerprintText)
// and added (CopyIndex::Add returns its candidates). Printed: articles/s for
// fingerprint + add and for add alone, index bytes per article (the index's
// own accounting, and the process's resident-set growth), candidates per
// article; then, on the subset, the pairs whose exact word-shingle Jaccard
// reaches the threshold and the share of them the LSH returned.
#include <malloc.h>
#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <set>
#include <sstream>
#include <string>
#include <unordered_map>
#include <vector>

#include "dyad/provenance.h"
#include "provenance/copy_variants.h"
#include "provenance/synthetic_text.h"

using namespace dyad;
using namespace dyad::provenance;
using Clock = std::chrono::steady_clock;

// CPU time of this thread: what one core spent, whatever else the machine
// runs (the figures are per core; wall time under load would mix in others).
struct ThreadClock {
  using duration = std::chrono::nanoseconds;
  using time_point = std::chrono::time_point<ThreadClock, duration>;
  static time_point now() {
    timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return time_point(duration(int64_t{ts.tv_sec} * 1000000000 + ts.tv_nsec));
  }
};

namespace {

constexpr uint32_t kParagraphs = 6;

double Seconds(Clock::duration d) {
  return std::chrono::duration<double>(d).count();
}

long ResidentKb() {
  std::ifstream in("/proc/self/status");
  std::string line;
  while (std::getline(in, line))
    if (line.rfind("VmRSS:", 0) == 0) return std::strtol(line.c_str() + 6, nullptr, 10);
  return 0;
}

double LoadAverage() {
  double l = 0;
  std::ifstream("/proc/loadavg") >> l;
  return l;
}

// Made-up synonyms: a share of the lowercase non-function words replaced by
// other made-up words (the skeleton stays, as with a synonym spinner).
std::string SpinSynthetic(const std::string& text, double fraction, uint64_t seed) {
  SplitMix r(SplitMix(seed).Next());
  auto letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
  std::string out;
  size_t i = 0;
  while (i < text.size()) {
    size_t j = i;
    while (j < text.size() && letter(text[j])) ++j;
    if (j == i) {
      out += text[i++];
      continue;
    }
    const std::string w = text.substr(i, j - i);
    const bool lowercase = w[0] >= 'a' && w[0] <= 'z';  // names and sentence starts stay
    if (lowercase && !IsFunctionWord(w) && r.Unit() < fraction)
      out += "zy" + w.substr(1);  // a different word of the same shape
    else
      out += w;
    i = j;
  }
  return out;
}

// Article `i` of the stream: new text, or (copy_rate of the time) a copy of
// a recent article: sentences deleted, boilerplate added, or spun 30%.
std::string StreamArticle(uint64_t i, double copy_rate, int* copy_of, int* copy_kind = nullptr) {
  SplitMix r(SplitMix(i * 7919 + 3).Next());
  *copy_of = -1;
  if (i > 0 && r.Unit() < copy_rate) {
    const uint64_t j = i - 1 - r.Below(std::min<uint64_t>(i, 5000));
    int dummy;  // the source as the stream had it (maybe itself a copy)
    const std::string source = StreamArticle(j, copy_rate, &dummy);
    *copy_of = static_cast<int>(j);
    const int kind = static_cast<int>(r.Below(3));
    if (copy_kind) *copy_kind = kind;
    switch (kind) {
      case 0: return DeleteSentences(source, 0.15, i);
      case 1: return AddBoilerplate(source, i);
      default: return SpinSynthetic(source, 0.3, i);
    }
  }
  return SyntheticArticle(i, kParagraphs, i / 50 + 1);
}

// Word shingles of a text as the index sees them (lowercased words, 4 at a
// time), as 64-bit hashes for the exact Jaccard, and as strings for Node.
std::vector<uint64_t> ShingleSet(const CopyText& t, uint32_t width) {
  std::vector<uint64_t> out;
  const auto& tok = t.tokens();
  if (tok.empty()) return out;
  const size_t w = std::min<size_t>(width, tok.size());
  for (size_t i = 0; i + w <= tok.size(); ++i) {
    uint64_t h = 0x9E3779B97F4A7C15ULL;
    for (size_t k = 0; k < w; ++k) h = (h ^ tok[i + k].word) * 0x100000001B3ULL + (h >> 29);
    out.push_back(h);
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

struct PairKey {
  uint32_t a, b;
  bool operator<(const PairKey& o) const { return a != o.a ? a < o.a : b < o.b; }
};

// Exact all pairs with Jaccard >= threshold, through an inverted index over
// shingles (every pair sharing a shingle is counted exactly).
std::set<PairKey> ExactPairs(const std::vector<std::vector<uint64_t>>& sets, double threshold) {
  std::unordered_map<uint64_t, std::vector<uint32_t>> postings;
  std::set<PairKey> out;
  std::vector<uint32_t> count(sets.size(), 0);
  std::vector<uint32_t> touched;
  for (uint32_t i = 0; i < sets.size(); ++i) {
    touched.clear();
    for (uint64_t s : sets[i]) {
      auto& p = postings[s];
      for (uint32_t j : p) {
        if (count[j]++ == 0) touched.push_back(j);
      }
      p.push_back(i);
    }
    for (uint32_t j : touched) {
      const double inter = count[j];
      const double jac = inter / (sets[i].size() + sets[j].size() - inter);
      if (jac >= threshold) out.insert({j, i});
      count[j] = 0;
    }
  }
  return out;
}

std::string WordsLine(const CopyText& t) {
  // The lowercased words, for the Node side (which shingles them itself).
  std::string line;
  for (const CopyToken& tok : t.tokens()) {
    std::string w(tok.span.view(t.text()));
    for (char& c : w) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      if (c == ' ' || c == '\t' || c == '\n') c = '_';
    }
    if (!line.empty()) line += ' ';
    line += w;
  }
  return line;
}

}  // namespace

int main(int argc, char** argv) {
  uint64_t articles = 100000, subset = 20000;
  double copy_rate = 0.1;
  bool minhash = false;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--articles" && i + 1 < argc)
      articles = std::strtoull(argv[++i], nullptr, 10);
    else if (a == "--million")
      articles = 1000000;
    else if (a == "--subset" && i + 1 < argc)
      subset = std::strtoull(argv[++i], nullptr, 10);
    else if (a == "--copy-rate" && i + 1 < argc)
      copy_rate = std::atof(argv[++i]);
    else if (a == "--minhash-compare")
      minhash = true;
    else {
      std::cerr << "usage: bench_provenance [--articles N] [--million] [--subset N] "
                   "[--copy-rate R] [--minhash-compare]\n";
      return 2;
    }
  }
  const ProvenanceOptions options;
  std::printf(
      "bench_provenance: %llu articles (%u paragraphs each, %.0f%% copies), load average %.2f\n",
      static_cast<unsigned long long>(articles), kParagraphs, copy_rate * 100, LoadAverage());

  // ---- Stream: fingerprint + add, one core ----
  malloc_trim(0);
  const long rss_before = ResidentKb();
  CopyIndex index(options);
  ThreadClock::duration fingerprint_time{}, add_time{};
  uint64_t bytes = 0, candidates = 0, copies = 0, copies_found = 0;
  uint64_t by_kind[3] = {0, 0, 0}, found_by_kind[3] = {0, 0, 0};
  uint64_t by_word = 0, by_skeleton_only = 0, by_anchor_only = 0;
  const Clock::time_point start = Clock::now();
  for (uint64_t i = 0; i < articles; ++i) {
    int copy_of, copy_kind = 0;
    const std::string text = StreamArticle(i, copy_rate, &copy_of, &copy_kind);
    bytes += text.size();
    const ThreadClock::time_point t0 = ThreadClock::now();
    const CopyText ct(text);
    const CopyFingerprint fp = FingerprintText(ct, options);
    const ThreadClock::time_point t1 = ThreadClock::now();
    const std::vector<CopyCandidate> found = index.Add(static_cast<uint32_t>(i), fp);
    const ThreadClock::time_point t2 = ThreadClock::now();
    fingerprint_time += t1 - t0;
    add_time += t2 - t1;
    candidates += found.size();
    for (const CopyCandidate& c : found) {
      if (c.word_bands > 0 || c.same_content)
        ++by_word;
      else if (c.skeleton_bands > 0)
        ++by_skeleton_only;
      else
        ++by_anchor_only;
    }
    if (copy_of >= 0) {
      ++copies;
      const bool hit = std::any_of(found.begin(), found.end(), [&](const CopyCandidate& c) {
        return c.id == static_cast<uint32_t>(copy_of);
      });
      copies_found += hit;
      ++by_kind[copy_kind];
      found_by_kind[copy_kind] += hit;
    }
  }
  const double total = Seconds(Clock::now() - start);
  malloc_trim(0);
  const long rss_after = ResidentKb();
  const double work = Seconds(fingerprint_time + add_time);
  std::printf(
      "generated %.1f MB of text; stream %.1f s wall, %.1f s CPU in provenance (times below are "
      "CPU)\n",
      bytes / 1e6, total, work);
  std::printf(
      "insert+query from text (CopyText + FingerprintText + Add): %.0f articles/s per core (%.1f "
      "MB/s)\n",
      articles / work, bytes / 1e6 / work);
  std::printf("  of which fingerprinting %.0f%%; CopyIndex::Add alone: %.0f articles/s\n",
              100 * Seconds(fingerprint_time) / work, articles / Seconds(add_time));
  std::printf(
      "index memory: %.0f bytes/article by its own accounting, %.0f bytes/article resident-set "
      "growth; %llu bucket entries capped\n",
      double(index.MemoryBytes()) / articles, (rss_after - rss_before) * 1024.0 / articles,
      static_cast<unsigned long long>(index.capped_entries()));
  std::printf(
      "candidates: %.3f per article; generated copies found among them: %llu / %llu (%.4f)\n",
      double(candidates) / articles, static_cast<unsigned long long>(copies_found),
      static_cast<unsigned long long>(copies), copies ? double(copies_found) / copies : 1.0);
  std::printf(
      "  candidates by evidence: word bands or same content %llu, skeleton bands only %llu, "
      "anchors only %llu\n",
      static_cast<unsigned long long>(by_word), static_cast<unsigned long long>(by_skeleton_only),
      static_cast<unsigned long long>(by_anchor_only));
  std::printf(
      "  by copy kind: sentences deleted %llu / %llu, boilerplate %llu / %llu, spun 30%% %llu / "
      "%llu\n",
      static_cast<unsigned long long>(found_by_kind[0]),
      static_cast<unsigned long long>(by_kind[0]),
      static_cast<unsigned long long>(found_by_kind[1]),
      static_cast<unsigned long long>(by_kind[1]),
      static_cast<unsigned long long>(found_by_kind[2]),
      static_cast<unsigned long long>(by_kind[2]));
  std::printf("load average after the stream: %.2f\n", LoadAverage());
  if (subset == 0) return 0;

  // ---- Subset: LSH recall against exact all-pairs Jaccard ----
  subset = std::min(subset, articles);
  const double threshold = 0.5;
  std::vector<std::vector<uint64_t>> sets;
  std::set<PairKey> lsh_pairs;
  std::string words_file = "/tmp/dyad_provenance_subset_" + std::to_string(getpid()) + ".txt";
  std::ofstream words_out(words_file);
  {
    CopyIndex sub(options);
    for (uint64_t i = 0; i < subset; ++i) {
      int copy_of;
      const std::string text = StreamArticle(i, copy_rate, &copy_of);
      const CopyText ct(text);
      sets.push_back(ShingleSet(ct, options.shingle_words));
      if (minhash) words_out << WordsLine(ct) << "\n";
      for (const CopyCandidate& c : sub.Add(static_cast<uint32_t>(i), FingerprintText(ct, options)))
        if (c.word_bands > 0 || c.same_content) lsh_pairs.insert({c.id, static_cast<uint32_t>(i)});
    }
  }
  words_out.close();
  const Clock::time_point e0 = Clock::now();
  const std::set<PairKey> exact = ExactPairs(sets, threshold);
  const double exact_time = Seconds(Clock::now() - e0);
  size_t hit = 0;
  for (const PairKey& p : exact) hit += lsh_pairs.count(p);
  const double dyad_recall = exact.empty() ? 1.0 : double(hit) / exact.size();
  std::printf(
      "\nsubset of %llu articles, word %u-shingles, Jaccard >= %.2f: %zu pairs (exact all-pairs "
      "via an inverted index, %.1f s)\n",
      static_cast<unsigned long long>(subset), options.shingle_words, threshold, exact.size(),
      exact_time);
  std::printf(
      "dyad LSH (%u bands x %u rows, one-permutation): %zu candidate pairs from word bands, recall "
      "%.4f\n",
      options.word_bands, options.word_rows, lsh_pairs.size(), dyad_recall);

  if (minhash) {
    const std::string dir = std::string(DYAD_SOURCE_DIR) + "/bench/minhash_compare";
    const std::string out_file = words_file + ".pairs";
    const std::string cmd = "cd '" + dir +
                            "' && ([ -d node_modules/minhash ] || npm install --no-audit --no-fund "
                            "--silent >&2) && node compare.js '" +
                            words_file + "' '" + out_file + "' " +
                            std::to_string(options.shingle_words) + " " +
                            std::to_string(options.word_bands * options.word_rows) + " " +
                            std::to_string(options.word_rows);
    const Clock::time_point n0 = Clock::now();
    const int rc = std::system(cmd.c_str());
    const double node_wall = Seconds(Clock::now() - n0);
    if (rc != 0) {
      std::printf("minhash comparison failed (exit %d): is node/npm installed?\n", rc);
    } else {
      std::ifstream in(out_file);
      std::string header;
      double node_seconds = 0;
      in >> header >> node_seconds;  // "seconds" S, then pairs "a b"
      std::set<PairKey> node_pairs;
      for (uint32_t x, y; in >> x >> y;) node_pairs.insert({std::min(x, y), std::max(x, y)});
      size_t node_hit = 0;
      for (const PairKey& p : exact) node_hit += node_pairs.count(p);
      const double node_recall = exact.empty() ? 1.0 : double(node_hit) / exact.size();
      // dyad's time for the same subset: fingerprint + add, measured again.
      const ThreadClock::time_point d0 = ThreadClock::now();
      {
        CopyIndex again(options);
        std::ifstream words(words_file);
        std::string line;
        for (uint32_t i = 0; std::getline(words, line); ++i)
          again.Add(i, FingerprintText(CopyText(line), options));
      }
      const double dyad_seconds = Seconds(ThreadClock::now() - d0);
      std::printf(
          "npm minhash (LshIndex, %u permutations, band size %u): %zu candidate pairs, recall "
          "%.4f, %.2f s CPU inside Node (%.1f s wall with start-up)\n",
          options.word_bands * options.word_rows, options.word_rows, node_pairs.size(), node_recall,
          node_seconds, node_wall);
      std::printf("dyad on the same words: %.2f s CPU\n", dyad_seconds);
      std::printf("ratios dyad / npm minhash: speed %.1fx, recall %.3f\n",
                  node_seconds / dyad_seconds, node_recall > 0 ? dyad_recall / node_recall : 0.0);
    }
    std::remove(out_file.c_str());
  }
  std::remove(words_file.c_str());
  return 0;
}
