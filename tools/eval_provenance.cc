// eval_provenance: scores copy detection (dyad/provenance.h) on copies
// generated in-house from the sample corpus (examples/corpus, with its
// manifest) and the seed articles of ../shared/corpus/seeds (read in place):
// exact copies, boilerplate variants, syndication under another outlet,
// sentences deleted, sentences reordered, synonym spinning of 10%, 30% and
// 50% of content words (WordNet, Debian's wordnet-base, read at run time),
// partial copies of 1 to 3 paragraphs; plus the corpus's own labelled
// copies, and hard negatives: independently written articles about the same
// event (the manifest's "independent" articles, the seeds), which must not
// link, and synthetic same-topic pairs.
//
// Every article goes through the real path: CopyText, FingerprintText,
// CopyIndex::Add (in publication order), CompareArticles on each candidate.
// Prints recall and kind accuracy per generated kind, precision per found
// kind, the hard-negative link rate, and how often the original chosen for
// a copy group is the article the copies were made from.
//
// Usage: eval_provenance [--rounds N] [--seed S] [--wordnet DIR] [--examples DIR]
//                        [--seeds DIR] [--check] [--verbose]
//   --rounds N   generate N independent rounds of copies (different seeds; default 3)
//   --check      exit 1 unless the targets of docs/provenance.md are met
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <numeric>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "dyad/extract.h"
#include "dyad/ingest.h"
#include "dyad/provenance.h"
#include "dyad/quotes.h"
#include "provenance/copy_variants.h"
#include "provenance/synonym_spinner.h"
#include "provenance/synthetic_text.h"
#include "quotes/quote_gold.h"

namespace fs = std::filesystem;
using namespace dyad;
using namespace dyad::provenance;

namespace {

struct EvalArticle {
  std::string name;  // manifest id, seed file, or generated name
  std::string outlet;
  std::string published;
  std::string text;
  std::string kind = "base";  // base, a generated kind, or corpus:<manifest kind>
  int source = -1;            // the article it copies
  int host = -1;              // partial copies: the article the paragraphs went into
  std::string story;          // hard negatives: articles of one story, not copies
  CopyKind expected = CopyKind::kNone;
};

struct FoundLink {
  int a, b;  // a earlier
  CopyLink link;
};

struct KindCounts {
  int gold = 0, linked = 0, kind_right = 0;
};
struct FoundCounts {
  int links = 0, related = 0;
};

class Collect : public DocumentVisitor {
 public:
  void OnDocument(RawDocument doc) override { docs.push_back(std::move(doc)); }
  void OnProblem(const InputProblem& p) override { std::cerr << p.ToString() << "\n"; }
  std::vector<RawDocument> docs;
};

CopyKind ManifestKind(const std::string& k) {
  if (k == "exact_copy") return CopyKind::kExact;
  if (k == "syndicated") return CopyKind::kSyndicated;
  if (k == "spun") return CopyKind::kSpun;
  if (k == "partial") return CopyKind::kPartial;
  return CopyKind::kNone;
}

// The corpus articles: bases (originals and independents) and labelled copies.
bool LoadCorpus(const std::string& examples, std::vector<EvalArticle>* out) {
  auto gold = quotes::LoadCorpusGold(examples);
  if (!gold.ok()) {
    std::cerr << gold.status().ToString() << "\n";
    return false;
  }
  std::ifstream in(examples + "/corpus-manifest.json");
  nlohmann::json m = nlohmann::json::parse(in, nullptr, false);
  if (m.is_discarded()) return false;
  std::map<std::string, int> index;
  const auto& arts = m["articles"];
  for (size_t i = 0; i < arts.size() && i < gold->size(); ++i) {
    const auto& a = arts[i];
    EvalArticle e;
    e.name = a.value("id", "");
    e.outlet = a.value("outlet", "");
    e.published = a.value("published", "");
    e.text = (*gold)[i].article.text;
    e.story = a.value("story", "");
    const std::string kind = a.value("kind", "");
    if (kind != "original" && kind != "independent") {
      e.kind = "corpus:" + kind;
      e.expected = ManifestKind(kind);
    }
    index[e.name] = static_cast<int>(out->size());
    out->push_back(std::move(e));
  }
  for (size_t i = 0; i < arts.size() && i < gold->size(); ++i) {
    const std::string copy_of = arts[i].value("copy_of", "");
    if (!copy_of.empty() && index.count(copy_of))
      (*out)[index[arts[i].value("id", "")]].source = index[copy_of];
  }
  return true;
}

// The seed articles (real articles about one event, none a copy of another).
void LoadSeeds(const std::string& dir, std::vector<EvalArticle>* out) {
  if (!fs::is_directory(dir)) return;
  Collect c;  // ReadPaths walks the folder in sorted order
  (void)ReadPaths({dir}, ReaderOptions(), c);
  for (const RawDocument& d : c.docs) {
    auto a = ExtractArticle(d);
    if (!a.ok()) continue;
    EvalArticle e;
    e.name = "seed:" + fs::path(d.source).filename().string();
    e.outlet = a->outlet;
    e.published = a->published;
    e.text = a->text;
    e.story = "seeds";
    out->push_back(std::move(e));
  }
}

// Ancestors: the base articles an article was made from.
std::set<int> Ancestors(const std::vector<EvalArticle>& all, int i) {
  std::set<int> out;
  std::vector<int> todo = {i};
  while (!todo.empty()) {
    const int x = todo.back();
    todo.pop_back();
    if (all[x].source < 0 && all[x].host < 0) out.insert(x);
    if (all[x].source >= 0) todo.push_back(all[x].source);
    if (all[x].host >= 0) todo.push_back(all[x].host);
  }
  return out;
}

bool Related(const std::vector<EvalArticle>& all, int x, int y) {
  const std::set<int> ax = Ancestors(all, x), ay = Ancestors(all, y);
  return std::any_of(ax.begin(), ax.end(), [&](int a) { return ay.count(a) > 0; });
}

struct Round {
  std::vector<EvalArticle> articles;
};

// One round: the corpus and seeds, plus copies generated with `seed`.
Round Generate(const std::vector<EvalArticle>& corpus, const SynonymTable& synonyms, uint64_t seed,
               SpinStats spin_stats[3]) {
  Round r;
  r.articles = corpus;
  std::vector<int> bases;
  for (int i = 0; i < static_cast<int>(corpus.size()); ++i)
    if (corpus[i].kind == "base") bases.push_back(i);
  SplitMix rng(SplitMix(seed).Next());
  static const char* kFarms[] = {"Copycat Daily", "Buzzmill", "Newsreel Hub"};
  static const char* kPapers[] = {"Riverside Gazette", "Hill County Times", "Metro Ledger"};
  auto add = [&](int src, std::string kind, CopyKind expected, std::string outlet, std::string text,
                 int host = -1) {
    EvalArticle e;
    e.name = kind + ":" + corpus[src].name;
    e.kind = std::move(kind);
    e.expected = expected;
    e.outlet = std::move(outlet);
    // After its source, and after its host (a partial copy is new text around
    // the host's): copies come later than what they copy.
    const std::string& after =
        host >= 0 ? std::max(corpus[src].published, corpus[host].published) : corpus[src].published;
    e.published = AddDays(after, 1 + static_cast<int>(rng.Below(3)));
    e.text = std::move(text);
    e.source = src;
    e.host = host;
    r.articles.push_back(std::move(e));
  };
  for (int b : bases) {
    const EvalArticle& s = corpus[b];
    const uint64_t k = rng.Next();
    add(b, "exact", CopyKind::kExact, s.outlet, s.text);
    add(b, "boilerplate", CopyKind::kNear, s.outlet, AddBoilerplate(s.text, k));
    const std::string paper = kPapers[rng.Below(3)];
    // Another outlet is only known to be another when the original names its own.
    add(b, "syndicated", s.outlet.empty() ? CopyKind::kNear : CopyKind::kSyndicated, paper,
        Syndicate(s.text, paper, k + 1));
    add(b, "sentences-deleted", CopyKind::kNear, s.outlet, DeleteSentences(s.text, 0.15, k + 2));
    add(b, "sentences-reordered", CopyKind::kNear, s.outlet, ReorderSentences(s.text, k + 3));
    const double fractions[3] = {0.1, 0.3, 0.5};
    const char* names[3] = {"spun-10", "spun-30", "spun-50"};
    for (int f = 0; f < 3; ++f)
      add(b, names[f], CopyKind::kSpun, kFarms[rng.Below(3)],
          SpinText(s.text, synonyms, fractions[f], k + 4 + f, &spin_stats[f]));
    // Partial copies go into an article of another story.
    for (uint32_t n = 1; n <= 3; ++n) {
      int host = bases[rng.Below(bases.size())];
      for (int tries = 0; tries < 10 && corpus[host].story == s.story; ++tries)
        host = bases[rng.Below(bases.size())];
      if (corpus[host].story == s.story) continue;
      add(b, "partial-" + std::to_string(n), CopyKind::kPartial, corpus[host].outlet,
          PartialCopy(s.text, corpus[host].text, n, k + 10 + n), host);
    }
  }
  // Synthetic hard negatives: pairs about the same made-up event (same
  // names and numbers), written independently.
  for (int p = 0; p < 20; ++p) {
    const uint64_t topic = 1000 + seed * 100 + p;
    for (int w = 0; w < 2; ++w) {
      EvalArticle e;
      e.name = "synthetic:" + std::to_string(topic) + "/" + std::to_string(w);
      e.outlet = w ? "Synthetic B" : "Synthetic A";
      e.published = "2030-01-01";
      e.text = SyntheticArticle(topic * 2 + w, 8, topic);
      e.story = "synthetic-" + std::to_string(topic);
      r.articles.push_back(std::move(e));
    }
  }
  return r;
}

// Runs the index over a round in publication order; returns the links.
std::vector<FoundLink> Detect(const std::vector<EvalArticle>& arts, const ProvenanceOptions& o) {
  std::vector<int> order(arts.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(),
                   [&](int x, int y) { return arts[x].published < arts[y].published; });
  std::vector<std::unique_ptr<CopyText>> texts(arts.size());
  // Quotations (dyad's quotes module), for the quote-shared hook.
  std::vector<std::vector<Span>> quotes(arts.size());
  for (size_t i = 0; i < arts.size(); ++i) {
    const std::vector<Span> paras = SplitParagraphs(arts[i].text);
    for (const Quote& q :
         ExtractQuotes(arts[i].text, paras, SplitSentences(arts[i].text, paras, false)))
      quotes[i].push_back(q.inner);
  }
  CopyIndex index(o);
  std::vector<FoundLink> links;
  for (int i : order) {
    texts[i] = std::make_unique<CopyText>(arts[i].text);
    for (const CopyCandidate& c : index.Add(i, FingerprintText(*texts[i], o))) {
      const int j = static_cast<int>(c.id);
      CopyLink link = CompareArticles({texts[j].get(), arts[j].outlet, quotes[j]},
                                      {texts[i].get(), arts[i].outlet, quotes[i]}, o);
      if (link.kind != CopyKind::kNone) links.push_back({j, i, std::move(link)});
    }
  }
  return links;
}

}  // namespace

int main(int argc, char** argv) {
  std::string examples = std::string(DYAD_SOURCE_DIR) + "/examples";
  std::string seeds_dir = std::string(DYAD_SHARED_DIR) + "/corpus/seeds";
  std::string wordnet = "/usr/share/wordnet";
  int rounds = 3;
  uint64_t seed = 1;
  bool check = false, verbose = false;
  ProvenanceOptions options;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--rounds" && i + 1 < argc)
      rounds = std::max(1, std::atoi(argv[++i]));
    else if (a == "--seed" && i + 1 < argc)
      seed = std::strtoull(argv[++i], nullptr, 10);
    else if (a == "--wordnet" && i + 1 < argc)
      wordnet = argv[++i];
    else if (a == "--examples" && i + 1 < argc)
      examples = argv[++i];
    else if (a == "--seeds" && i + 1 < argc)
      seeds_dir = argv[++i];
    else if (a == "--skeleton" && i + 3 < argc) {
      options.skeleton_shingle = std::atoi(argv[++i]);
      options.skeleton_bands = std::atoi(argv[++i]);
      options.skeleton_rows = std::atoi(argv[++i]);
    } else if (a == "--check")
      check = true;
    else if (a == "--verbose")
      verbose = true;
    else {
      std::cerr << "usage: eval_provenance [--rounds N] [--seed S] [--wordnet DIR] "
                   "[--examples DIR] [--seeds DIR] [--check] [--verbose]\n";
      return 2;
    }
  }
  auto synonyms = SynonymTable::LoadWordNet(wordnet);
  if (!synonyms.ok()) {
    std::cerr << synonyms.status().ToString() << "\n";
    return 1;
  }
  std::vector<EvalArticle> corpus;
  if (!LoadCorpus(examples, &corpus)) return 1;
  LoadSeeds(seeds_dir, &corpus);

  std::map<std::string, KindCounts> by_kind;
  std::map<std::string, FoundCounts> by_found;
  std::map<std::string, int> rules;
  int negatives = 0, negatives_linked = 0, originals = 0, originals_right = 0;
  int quote_shared = 0, quote_shared_unrelated = 0;
  std::map<std::string, std::pair<int, int>> negatives_by_set;
  SpinStats spin[3];
  size_t articles = 0;
  for (int round = 0; round < rounds; ++round) {
    Round r = Generate(corpus, *synonyms, seed + round, spin);
    const auto& arts = r.articles;
    articles += arts.size();
    const std::vector<FoundLink> links = Detect(arts, options);
    std::map<std::pair<int, int>, const FoundLink*> linked;
    for (const FoundLink& l : links) {
      const std::string k(CopyKindName(l.link.kind));
      const bool rel = Related(arts, l.a, l.b);
      // A quote-shared link claims no copying: counted apart, not as a copy.
      if (l.link.kind == CopyKind::kQuoteShared) {
        ++quote_shared;
        quote_shared_unrelated += !rel;
        ++rules[std::string(l.link.rule)];
        continue;
      }
      linked[{std::min(l.a, l.b), std::max(l.a, l.b)}] = &l;
      ++by_found[k].links;
      by_found[k].related += rel;
      ++rules[std::string(l.link.rule)];
      if (!rel && verbose)
        std::printf("SPURIOUS %s %s -- %s (%s, cov %.2f/%.2f id %.2f)\n", k.c_str(),
                    arts[l.a].name.c_str(), arts[l.b].name.c_str(),
                    std::string(l.link.rule).c_str(), l.link.coverage_a, l.link.coverage_b,
                    l.link.identity);
    }
    for (int i = 0; i < static_cast<int>(arts.size()); ++i) {
      const EvalArticle& e = arts[i];
      if (e.source < 0) continue;
      if (round > 0 && e.kind.starts_with("corpus")) continue;  // the same pairs every round
      KindCounts& c = by_kind[e.kind];
      ++c.gold;
      auto it = linked.find({std::min(i, e.source), std::max(i, e.source)});
      if (it == linked.end()) {
        if (verbose) {
          CopyText ts(arts[e.source].text), tc(e.text);
          const CopyLink l =
              CompareArticles({&ts, arts[e.source].outlet, {}}, {&tc, e.outlet, {}}, options);
          const CopyFingerprint fs = FingerprintText(ts, options),
                                fc = FingerprintText(tc, options);
          int common = 0;
          for (uint32_t x : fc.anchors)
            common += std::count(fs.anchors.begin(), fs.anchors.end(), x);
          std::printf(
              "MISSED %s (compared alone: %s, %s; word J %.2f, skeleton J %.2f, anchors %zu/%zu, "
              "common %d)\n",
              e.name.c_str(), std::string(CopyKindName(l.kind)).c_str(),
              std::string(l.rule).c_str(), EstimateJaccard(fs.word_sketch, fc.word_sketch),
              EstimateJaccard(fs.skeleton_sketch, fc.skeleton_sketch), fs.anchors.size(),
              fc.anchors.size(), common);
        }
        continue;
      }
      ++c.linked;
      c.kind_right += it->second->link.kind == e.expected;
      if (verbose && it->second->link.kind != e.expected)
        std::printf("KIND %s: got %s (%s, cov %.2f/%.2f id %.2f)\n", e.name.c_str(),
                    std::string(CopyKindName(it->second->link.kind)).c_str(),
                    std::string(it->second->link.rule).c_str(), it->second->link.coverage_a,
                    it->second->link.coverage_b, it->second->link.identity);
    }
    // Hard negatives: different articles of one story that are not copies.
    for (int i = 0; i < static_cast<int>(arts.size()); ++i)
      for (int j = i + 1; j < static_cast<int>(arts.size()); ++j) {
        if (arts[i].story.empty() || arts[i].story != arts[j].story) continue;
        if (arts[i].kind != "base" || arts[j].kind != "base") continue;
        // The corpus and the seeds are the same every round.
        if (round > 0 && !arts[i].story.starts_with("synthetic")) continue;
        const std::string set =
            arts[i].story.starts_with("synthetic")
                ? "synthetic same topic"
                : (arts[i].story == "seeds" ? "seed articles" : "corpus same story");
        ++negatives;
        ++negatives_by_set[set].first;
        if (linked.count({i, j})) {
          ++negatives_linked;
          ++negatives_by_set[set].second;
          if (verbose)
            std::printf("NEGATIVE LINKED %s -- %s\n", arts[i].name.c_str(), arts[j].name.c_str());
        }
      }
    // Originals: each generated copy's group (its connected links) should
    // name the base it came from (the corpus's copies are dated the same
    // day as their originals at times, so only generated copies count).
    std::vector<CopyEdge> edges;
    for (const FoundLink& l : links)
      edges.push_back({static_cast<uint32_t>(l.a), static_cast<uint32_t>(l.b), l.link.kind});
    std::vector<CopyMember> members;
    for (int i = 0; i < static_cast<int>(arts.size()); ++i)
      members.push_back({static_cast<uint32_t>(i), arts[i].published,
                         static_cast<uint32_t>(CopyText(arts[i].text).tokens().size())});
    std::map<uint32_t, const CopyGroup*> group_of;
    const std::vector<CopyGroup> groups = GroupCopies(edges, members);
    for (const CopyGroup& g : groups)
      for (uint32_t id : g.members) group_of[id] = &g;
    for (int i = 0; i < static_cast<int>(arts.size()); ++i) {
      const EvalArticle& e = arts[i];
      if (e.source < 0 || e.kind.starts_with("corpus") || e.kind.starts_with("partial")) continue;
      auto g = group_of.find(static_cast<uint32_t>(i));
      if (g == group_of.end() ||
          !std::binary_search(g->second->members.begin(), g->second->members.end(),
                              static_cast<uint32_t>(e.source)))
        continue;
      // With no date for the base, "earliest" cannot name it (the seeds).
      if (arts[*Ancestors(arts, i).begin()].published.empty()) continue;
      ++originals;
      const OriginalChoice choice = g->second->original;
      const int want = *Ancestors(arts, i).begin();
      originals_right += choice.id == static_cast<uint32_t>(want);
      if (verbose && choice.id != static_cast<uint32_t>(want))
        std::printf("ORIGINAL of %s: chose %s (%s, %s), want %s (%s)\n", e.name.c_str(),
                    arts[choice.id].name.c_str(), std::string(choice.rule).c_str(),
                    arts[choice.id].published.c_str(), arts[want].name.c_str(),
                    arts[want].published.c_str());
    }
  }

  std::printf(
      "== provenance evaluation: %d round(s), %zu articles, options: shingle %u, word %ux%u, "
      "skeleton %u-grams %ux%u\n",
      rounds, articles, options.shingle_words, options.word_bands, options.word_rows,
      options.skeleton_shingle, options.skeleton_bands, options.skeleton_rows);
  const char* spin_names[3] = {"10%", "30%", "50%"};
  for (int f = 0; f < 3; ++f)
    std::printf("spinning %s: %u content words, %u with a WordNet synonym, %u replaced (%.1f%%)\n",
                spin_names[f], spin[f].content_words, spin[f].with_synonym, spin[f].replaced,
                spin[f].content_words ? 100.0 * spin[f].replaced / spin[f].content_words : 0.0);
  std::printf("\n%-24s %6s %7s %8s %11s\n", "generated kind", "pairs", "linked", "recall",
              "kind right");
  for (const auto& [k, c] : by_kind)
    std::printf("%-24s %6d %7d %8.3f %11.3f\n", k.c_str(), c.gold, c.linked,
                c.gold ? double(c.linked) / c.gold : 1.0,
                c.linked ? double(c.kind_right) / c.linked : 1.0);
  std::printf("\n%-24s %6s %8s %10s\n", "found kind", "links", "related", "precision");
  int all_links = 0, all_related = 0;
  for (const auto& [k, c] : by_found) {
    all_links += c.links;
    all_related += c.related;
    std::printf("%-24s %6d %8d %10.3f\n", k.c_str(), c.links, c.related,
                c.links ? double(c.related) / c.links : 1.0);
  }
  const double precision = all_links ? double(all_related) / all_links : 1.0;
  std::printf("%-24s %6d %8d %10.3f\n", "all", all_links, all_related, precision);
  std::printf(
      "(quote-shared links, not copies: %d, %d of them between articles not copied from each "
      "other)\n",
      quote_shared, quote_shared_unrelated);
  std::printf("\nrules:");
  for (const auto& [rule, n] : rules) std::printf(" %s %d;", rule.c_str(), n);
  std::printf(
      "\n\nhard negatives (same event, not copies; a quote-shared link is not a copy link):\n");
  for (const auto& [set, c] : negatives_by_set)
    std::printf("  %-22s %5d pairs, %3d linked\n", set.c_str(), c.first, c.second);
  const double negative_rate = negatives ? double(negatives_linked) / negatives : 0.0;
  std::printf("  %-22s %5d pairs, %3d linked (%.2f%%)\n", "all", negatives, negatives_linked,
              100 * negative_rate);
  std::printf(
      "originals chosen right (groups of a generated copy whose base has a date): %d / %d\n",
      originals_right, originals);

  if (!check) return 0;
  bool ok = precision >= 0.99 && negative_rate <= 0.01;
  auto recall = [&](const std::string& k) {
    const KindCounts& c = by_kind[k];
    return c.gold ? double(c.linked) / c.gold : 0.0;
  };
  for (const char* k :
       {"exact", "boilerplate", "syndicated", "sentences-deleted", "sentences-reordered"})
    if (recall(k) < 0.99) ok = false, std::printf("CHECK FAILED: recall of %s < 0.99\n", k);
  if (recall("spun-30") < 0.95) ok = false, std::printf("CHECK FAILED: recall of spun-30 < 0.95\n");
  if (precision < 0.99) std::printf("CHECK FAILED: precision < 0.99\n");
  if (negative_rate > 0.01) std::printf("CHECK FAILED: hard negatives linked > 1%%\n");
  std::printf(ok ? "targets met\n" : "targets NOT met\n");
  return ok ? 0 : 1;
}
