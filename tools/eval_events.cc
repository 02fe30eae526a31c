// eval_events: scores the event coder with dyad's default dictionaries on the
// gold set written here (data/gold/events.tsv): precision and recall of
// (source, target, root code) triples, exact-code agreement on the matches,
// sentences wholly right, and recall per phenomenon tag.
//
// Usage: eval_events [--gold FILE] [--dict DIR] [--failures]
#include <algorithm>
#include <cstdio>
#include <iostream>
#include <map>
#include <string>
#include <vector>

#include "coding/gold_set.h"
#include "dyad/coding.h"
#include "dyad/dictionary.h"

namespace {

struct Counts {
  size_t expected = 0, coded = 0, matched = 0;
  double Precision() const { return coded ? static_cast<double>(matched) / coded : 0; }
  double Recall() const { return expected ? static_cast<double>(matched) / expected : 0; }
};

std::string Triple(const std::string& s, const std::string& t, const std::string& root) {
  return s + " " + t + " " + root;
}

}  // namespace

int main(int argc, char** argv) {
  std::string gold = std::string(DYAD_SOURCE_DIR) + "/data/gold/events.tsv";
  std::string dict_dir = std::string(DYAD_SOURCE_DIR) + "/data/dictionaries";
  bool show_failures = false;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--gold" && i + 1 < argc) {
      gold = argv[++i];
    } else if (a == "--dict" && i + 1 < argc) {
      dict_dir = argv[++i];
    } else if (a == "--failures") {
      show_failures = true;
    } else {
      std::cerr << "usage: eval_events [--gold FILE] [--dict DIR] [--failures]\n";
      return 2;
    }
  }
  std::vector<dyad::DictionaryProblem> dict_problems;
  auto dict = dyad::LoadDefaultDictionaries(dict_dir, &dict_problems);
  if (!dict.ok()) {
    std::cerr << "eval_events: " << dict.status().ToString() << "\n";
    return 1;
  }
  std::vector<dyad::coding::GoldProblem> gold_problems;
  auto records = dyad::coding::LoadGoldSetFile(gold, &gold_problems);
  if (!records.ok()) {
    std::cerr << "eval_events: " << records.status().ToString() << "\n";
    return 1;
  }
  for (const auto& p : gold_problems) std::cerr << p.ToString() << "\n";

  // The gold set scores dyadic events (an EVENTS entry is SOURCE TARGET
  // CODE): an act with no target the dictionaries name is not an event here.
  dyad::CoderOptions options;
  options.allow_missing_target = false;
  dyad::Coder coder(&*dict, options);
  Counts all, exact;
  std::map<std::string, Counts> by_tag, by_root;
  size_t sentences_right = 0, silent_right = 0, silent = 0;
  for (const auto& r : *records) {
    std::vector<std::string> want, got, want_full, got_full;
    for (const auto& e : r.events) {
      want.push_back(Triple(e.source, e.target, e.root()));
      want_full.push_back(Triple(e.source, e.target, e.code));
    }
    for (const auto& e : coder.CodeText(r.sentence, r.date)) {
      if (e.negated) continue;
      got.push_back(Triple(e.source.code, e.target.code, e.root));
      got_full.push_back(Triple(e.source.code, e.target.code, e.code));
    }
    std::sort(want.begin(), want.end());
    std::sort(got.begin(), got.end());
    std::vector<std::string> common;
    std::set_intersection(want.begin(), want.end(), got.begin(), got.end(),
                          std::back_inserter(common));
    std::sort(want_full.begin(), want_full.end());
    std::sort(got_full.begin(), got_full.end());
    std::vector<std::string> common_full;
    std::set_intersection(want_full.begin(), want_full.end(), got_full.begin(), got_full.end(),
                          std::back_inserter(common_full));
    all.expected += want.size(), all.coded += got.size(), all.matched += common.size();
    exact.expected += want.size(), exact.coded += got.size(), exact.matched += common_full.size();
    for (const auto& tag : r.tags) {
      Counts& c = by_tag[tag];
      c.expected += want.size(), c.coded += got.size(), c.matched += common.size();
    }
    for (const auto& w : want) {
      Counts& c = by_root[w.substr(w.size() - 2)];
      ++c.expected;
      if (std::binary_search(common.begin(), common.end(), w)) ++c.matched;
    }
    for (const auto& g : got) ++by_root[g.substr(g.size() - 2)].coded;
    if (want == got) ++sentences_right;
    if (want.empty()) {
      ++silent;
      if (got.empty()) ++silent_right;
    }
    if (show_failures && want != got) {
      std::printf("%s (line %u): %s\n  expected:", r.id.c_str(), r.line, r.sentence.c_str());
      for (const auto& w : want) std::printf(" [%s]", w.c_str());
      std::printf("\n  coded:   ");
      for (const auto& g : got) std::printf(" [%s]", g.c_str());
      std::printf("\n");
    }
  }
  auto f1 = [](const Counts& c) {
    double p = c.Precision(), r = c.Recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
  };
  std::printf("gold set: %zu sentences, %zu expected events (%s)\n", records->size(), all.expected,
              gold.c_str());
  std::printf("root code with source and target: P=%.3f R=%.3f F1=%.3f (%zu of %zu coded right)\n",
              all.Precision(), all.Recall(), f1(all), all.matched, all.coded);
  std::printf("full code with source and target: P=%.3f R=%.3f\n", exact.Precision(),
              exact.Recall());
  std::printf(
      "sentences wholly right: %zu of %zu (%.1f%%); no-event sentences left silent: %zu "
      "of %zu\n",
      sentences_right, records->size(), 100.0 * sentences_right / records->size(), silent_right,
      silent);
  std::printf("\nby tag:            P      R   (expected)\n");
  for (const auto& [tag, c] : by_tag)
    std::printf("  %-14s %6.3f %6.3f  (%zu)\n", tag.c_str(), c.Precision(), c.Recall(), c.expected);
  std::printf("\nby root:           P      R   (expected)\n");
  for (const auto& [root, c] : by_root)
    std::printf("  %-14s %6.3f %6.3f  (%zu)\n", root.c_str(), c.Precision(), c.Recall(),
                c.expected);
  return 0;
}
